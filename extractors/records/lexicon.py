"""Word lists the record extractors read: titles, organisation heads, speech verbs,
number words. Data, not code, so a rule can be widened without touching the logic."""

# Words that make up a person's title or rank. Multi-word titles are sequences of these.
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "ministers", "deputy", "secretary", "secretary-general",
    "under-secretary-general", "general", "director", "director-general", "executive", "chair", "chairman",
    "chairwoman", "chairperson", "head", "chief", "ambassador", "permanent", "observer", "representative",
    "spokesperson", "spokesman", "spokeswoman", "governor", "mayor", "commissioner", "officer", "professor",
    "prof", "prof.", "dr", "dr.", "acting", "assistant", "senior", "lieutenant", "major", "colonel", "captain",
    "admiral", "rear", "brigadier", "sergeant", "state", "senator", "chancellor", "speaker", "justice",
    "judge", "prosecutor", "inspector", "envoy", "consul", "counsellor", "attaché", "founder", "ceo",
    "chief executive", "leader", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan",
    "lt.", "lt", "gen.", "gen", "sen.", "col.", "maj.", "capt.", "adm.", "first", "party", "politburo",
    "member", "standing", "special", "rapporteur", "coordinator", "co-ordinator", "manager", "editor", "adviser", "advisor",
    "expert", "delegate", "delegation", "councillor", "councilor", "lawmaker", "legislator", "premier",
    "vice-president", "vice-chairman", "vice-chair", "co-chair", "undersecretary", "commander", "marshal",
    "commissar", "principal", "rector", "dean", "superintendent", "treasurer", "administrator", "vice-rector",
    "vice-governor", "vice-minister", "deputy-director", "chief-of-staff", "lieutenant-general", "major-general",
    "secretary-general", "director-general", "consul-general", "charge", "chargé", "minister-counsellor",
    "provost", "lieut", "lieut.", "brig", "brig.", "sgt", "sgt.", "supt", "supt.", "insp.", "amb.", "cdr.", "cmdr.",
    "officer-in-charge", "ceo", "cfo", "coo", "cto", "chairperson", "president-elect", "head-coach", "gov", "gov.",
}
# Military and police ranks: a rank after another title is a title of its own
# ("Minister of Public Security General X" -> "Minister of Public Security", "General").
RANK_WORDS = {
    "general", "lieutenant", "colonel", "major", "captain", "admiral", "brigadier", "sergeant", "marshal", "senior",
    "rear", "gen.", "gen", "lt.", "lt", "lieut.", "lieut", "col.", "col", "maj.", "capt.", "adm.", "brig.", "sgt.", "sen.",
}
# Lower-case nouns that name what a person is or does, standing right before the name
# ("physician Hai Lan", "striker Le Van Minh", "suspect Tran Van Tu").
ROLE_NOUNS = {
    "physician", "doctor", "dr", "nurse", "surgeon", "scientist", "researcher", "scholar", "historian",
    "economist", "analyst", "lawyer", "attorney", "artist", "painter", "sculptor", "singer", "musician",
    "composer", "poet", "writer", "author", "novelist", "journalist", "reporter", "photographer", "filmmaker",
    "actor", "actress", "director", "producer", "designer", "architect", "engineer", "teacher", "lecturer",
    "student", "farmer", "fisherman", "businessman", "businesswoman", "entrepreneur", "owner", "founder",
    "player", "striker", "midfielder", "defender", "goalkeeper", "coach", "athlete", "boxer", "swimmer",
    "runner", "champion", "captain", "referee", "suspect", "defendant", "victim", "witness", "worker", "soldier", "officer", "pilot", "driver", "monk", "venerable", "official",
    "spokesperson", "spokesman", "spokeswoman", "head", "chief", "chairman", "chairwoman", "president",
    "secretary", "minister", "ambassador", "deputy", "vice", "editor-in-chief", "editor", "governor",
    "mayor", "commander", "colonel", "general", "lieutenant", "major", "manager", "representative",
    "expert", "professor", "consultant", "adviser", "advisor", "leader", "member", "delegate", "envoy",
    "investigator", "prosecutor", "judge", "inspector", "rapper", "model", "chef", "artisan", "craftsman",
    "veteran", "hero", "martyr", "citizen",
    "tourist", "pianist", "agent", "guide", "assistant", "broker", "trader", "vendor", "seller", "porter", "violinist", "dancer", "comedian", "host", "mc", "blogger", "tiktoker",
    "pastor", "priest", "bishop", "archbishop", "cardinal", "abbot", "nun", "imam", "rabbi", "grandmaster", "activist", "advocate",
}
# Words naming a portfolio or a field, which stand before a title as part of it
# ("Foreign Minister", "Defence Minister", "Health Minister", "Finance Secretary").
PORTFOLIO_WORDS = {
    "foreign", "defense", "defence", "finance", "financial", "health", "justice", "trade", "industry",
    "education", "culture", "cultural", "interior", "home", "security", "public", "labour", "labor",
    "agriculture", "transport", "construction", "information", "communications", "planning", "investment",
    "tourism", "sports", "science", "technology", "environment", "economic", "economy", "external",
    "political", "military", "legal", "police", "army", "navy", "air", "border", "customs", "party",
    "provincial", "municipal", "city", "district", "national", "regional", "local", "government",
}
# Words after a capitalised run that make it a place ("Quang Tri Province", "Tran Phu Street").
PLACE_WORDS = {
    "province", "provincial", "city", "district", "commune", "ward", "town", "township", "village", "hamlet",
    "street", "road", "avenue", "boulevard", "lake", "river", "mountain", "mount", "bay", "beach", "island",
    "bridge", "airport", "port", "pagoda", "temple", "communal", "square", "park", "market", "stadium",
    "hospital", "school", "university", "area", "zone", "park", "region", "highway", "pass", "cave", "compound",
    "municipality", "county", "state", "prefecture", "peninsula", "delta", "valley", "station", "tower",
    "metro", "expressway", "railway", "line", "route", "canal", "gate", "checkpoint", "post",
}
# Words that can open a title but are not titles alone ("State President", "Party General Secretary").
TITLE_MODIFIERS = {"vice", "deputy", "acting", "assistant", "senior", "permanent", "executive", "first", "state", "party", "former", "standing", "special", "rear", "lieutenant", "major", "chief", "prime", "general"}
# "Father" and "Reverend" address a priest as "Mr." addresses a man: no title of his, but a person follows.
HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "madam", "madame", "sir", "dame", "h.e.", "his excellency", "her excellency", "father", "reverend", "rev."}

# Head nouns of organisation names ("Ministry of ...", "... Committee").
ORGANIZATION_HEADS = {
    "ministry", "office", "department", "division", "committee", "subcommittee", "commission", "council",
    "assembly", "agency", "organization", "organisation", "union", "league", "association", "center",
    "centre", "institute", "university", "bank", "fund", "programme", "program", "party", "court",
    "police", "authority", "authorities", "bureau", "sector", "secretariat", "forum", "academy",
    "federation", "corporation", "group", "company", "army", "navy", "command", "government",
    "parliament", "congress", "senate", "television", "radio", "alliance", "coalition",
    "foundation", "society", "board", "directorate", "administration", "service", "services",
    "network", "chamber", "cooperation", "community", "inc", "ltd", "limited", "corp", "unit", "jsc", "embassy",
    "consulate", "federation", "club", "fc", "team", "firm", "enterprise", "bureau", "agency", "mission", "front", "post",
    "procuracy", "airlines", "airways", "hospital", "force", "forces",
    # investors' names end so ("X Ventures", "Y Holdings")
    "ventures", "holdings", "factory",
}
# Lower-case nouns that say the capitalised word after them names a company or an outlet
# ("oil giant X", "listing platform X", "carmaker X"), or before them ("X newspaper").
COMPANY_NOUNS_BEFORE = {
    "giant", "firm", "company", "conglomerate", "lender", "bank", "platform", "carrier", "airline", "developer",
    "retailer", "startup", "start-up", "automaker", "carmaker", "broadcaster", "insurer", "manufacturer",
    "producer", "operator", "newspaper", "daily", "magazine", "website", "portal", "app", "subsidiary",
    "affiliate", "brand", "chain", "distributor", "supplier", "corporation", "telecom", "exporter", "importer",
    "fund",
}
COMPANY_NOUNS_AFTER = {"newspaper", "daily", "magazine", "conglomerate", "corporation", "news agency", "news website", "news site", "e-newspaper", "online newspaper"}
# Nouns that, in an apposition after a name, say it names a company or an outlet
# ("X, an investment consultancy company", "X, the country's largest lender").
COMPANY_NOUNS_IN_APPOSITION = {
    "company", "firm", "corporation", "conglomerate", "bank", "lender", "developer", "startup", "start-up",
    "manufacturer", "retailer", "carrier", "airline", "insurer", "newspaper", "broadcaster", "operator",
    "distributor", "supplier", "exporter", "importer", "producer", "automaker", "carmaker", "brokerage",
    "subsidiary", "shipbuilder",
}
# Words after such a noun that make it a person's description ("X, a company director").
PEOPLE_AFTER_COMPANY_NOUN = {"director", "owner", "chairman", "chairwoman", "executive", "employee", "staff", "worker", "official", "manager", "leader", "founder", "representative", "boss", "accountant"}
# "... of X" / "... in X": relations that only a company stands in ("a subsidiary of X", "a stake in X").
COMPANY_RELATIONS = {
    "subsidiary", "branch", "affiliate", "shares", "stake", "shareholder", "shareholders", "chairman",
    "chairwoman", "ceo", "founder", "owner",
}
# Lower-case words allowed inside a capitalised name.
NAME_CONNECTORS = {"of", "on", "for", "and", "against", "the", "de", "du", "la", "&", "in"}

SPEECH_VERBS = {
    "said", "says", "say", "stated", "states", "added", "adds", "noted", "notes", "emphasized", "emphasised",
    "emphasizes", "emphasises", "stressed", "stresses", "affirmed", "affirms", "underlined", "underlines",
    "highlighted", "highlights", "told", "tells", "asserted", "asserts", "remarked", "declared", "declares",
    "explained", "explains", "urged", "urges", "warned", "warns", "announced", "announces", "continued",
    "concluded", "commented", "observed", "shared", "insisted", "argued", "argues", "wrote", "writes",
    "recalled", "acknowledged", "confirmed", "confirms", "reiterated", "reaffirmed", "pointed", "expressed",
    "affirming", "saying", "stating", "adding", "noting", "emphasizing", "emphasising", "stressing",
    "asked", "replied", "answered", "suggested", "proposed", "maintained", "admitted", "quoted", "cited",
    "spoke", "speaking", "revealed", "recounted", "shares", "stressing", "according",
    "shouted", "exclaimed", "responded", "joked", "lamented", "cautioned",
    # verbs of manner that stand for "said" beside a quote ("..., she smiled.", "..., Gin claimed.")
    "claimed", "claims", "smiled", "laughed", "sighed", "quipped", "vowed", "pledged", "complained",
    "confided", "disclosed", "recalls", "conceded", "assured", "promised",
}
PRONOUNS = {"he": "male", "she": "female", "they": None, "him": "male", "her": "female"}

# Words that open a clause at the start of a sentence though capitalised; never a name's first word.
CLAUSE_OPENERS = {
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "according", "speaking",
    "sharing", "echoing", "answering", "meanwhile", "however", "also", "this", "that", "these", "those",
    "it", "he", "she", "they", "we", "i", "our", "his", "her", "their", "its", "after", "before", "during",
    "under", "over", "through", "alongside", "immediately", "firstly", "secondly", "thirdly", "finally",
    "and", "but", "or", "so", "thus", "then", "there", "here", "when", "while", "since", "although", "if",
    "all", "many", "each", "every", "both", "beyond", "some", "other", "such", "more", "most", "new", "now", "yet",
    # sentence adverbs that open a clause before its subject ("Furthermore, the coach ...")
    "furthermore", "moreover", "additionally", "besides", "still", "nevertheless", "nonetheless", "likewise",
    "similarly", "instead", "otherwise", "therefore", "hence", "consequently", "accordingly", "indeed", "later",
    "earlier", "lastly", "overall", "notably", "importantly", "specifically", "separately", "previously", "currently",
}
# Content words that are never part of a person's name.
NON_NAME_WORDS = {
    "vietnam", "hanoi", "convention", "conventions", "ceremony", "conference", "signing", "session",
    "event", "events", "week", "day", "year", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "road", "photo", "source", "high-level", "global", "international", "national",
    "united", "nations", "states", "state", "republic", "city", "province", "street", "technology",
    "digital", "cyberspace", "cybercrime", "declaration", "resolution", "treaty", "agreement", "charter",
    "protocol", "law", "decree", "plan", "strategy", "project", "summit", "meeting", "dialogue",
    "exhibition", "festival", "award", "prize", "games", "cup", "championship", "north", "south", "east",
    "west", "central", "asia", "asian", "africa", "african", "europe", "european", "america", "american",
    "latin", "pacific", "atlantic", "ocean", "sea", "river", "mountain", "island", "islands", "peace",
    "closing", "opening", "affairs", "security", "public", "foreign", "justice", "defence", "defense",
    "health", "education", "finance", "trade", "industry", "information", "communication",
    "communications", "crime", "crimes", "drugs", "legal", "home", "interior", "labour", "labor",
    "planning", "investment", "agriculture", "transport", "construction", "culture", "sports", "tourism",
    "science", "natural", "resources", "environment", "administration", "intelligence", "cybersecurity",
    "high-tech", "prevention", "order", "treaty", "negotiation", "negotiations", "observer",
    "general", "assembly", "people", "people's", "socialist", "communist", "arab", "islamic", "kingdom",
    "federation", "democratic", "federal", "town", "district", "ward", "capital", "palace", "hall",
    "building", "airport", "hotel", "stadium", "bridge", "museum", "library", "school",
    "hospital", "temple", "pagoda", "church", "mosque", "happy", "press", "media", "news", "online",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "multilateralism", "future", "secure", "celebrating", "countering",
    "provincial", "municipal", "quarter", "lunar", "tet", "covid-19", "covid",
} | ORGANIZATION_HEADS | (PLACE_WORDS - {"park", "mount"}) | {"house", "communal"}
# Words after a capitalised run that make it a venue or a firm, not a person ("Ho Guom Theatre",
# "Bao Viet Holdings"), and nouns before one that make it a work's title ("the drama X").
VENUE_AND_FIRM_WORDS = {
    "theatre", "theater", "cinema", "opera", "mall", "mart", "plaza", "resort", "restaurant", "gallery", "zoo",
    "citadel", "tomb", "mausoleum", "monument", "memorial", "shrine", "cathedral", "holdings", "insurance",
    "securities", "industries", "electronics", "motor", "motors", "steel", "pharma", "logistics", "energy",
    "petroleum", "telecom", "trading", "airlines", "airways", "newspaper", "daily", "magazine", "fc", "club",
}
WORK_NOUNS = {"film", "movie", "drama", "series", "song", "album", "book", "novel", "play", "poem", "opera", "show", "musical", "painting"}
NON_NAME_WORDS |= VENUE_AND_FIRM_WORDS

# Vietnamese family names: a capitalised run that reaches one of them starts a name there
# ("Minister of Public Security Luong Tam Quang").
VIETNAMESE_SURNAMES = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
    "duong", "ly", "luong", "to", "dinh", "trinh", "mai", "truong", "lam", "doan", "cao", "ha", "ta",
    "chu", "quach", "kieu", "thai", "khuat", "tong", "dao", "lai", "la", "mac", "hau", "giang", "van",
    "lu", "luu", "trieu", "dam", "thach", "tang", "nong", "kim", "au", "quan", "phung", "ninh", "lo",
    "vuong", "tieu", "hua", "khong", "diep", "ung", "yen", "tat", "doan", "chau", "bach", "dau", "hoa",
}

# Phrases before a number and the qualifier they give it.
QUALIFIERS = {
    "more_than": ["more than", "over", "above", "upwards of", "in excess of", "exceeding", "greater than"],
    "at_least": ["at least", "no fewer than", "no less than", "a minimum of", "not less than"],
    "about": ["about", "approximately", "around", "some", "roughly", "an estimated", "circa", "approx."],
    "nearly": ["nearly", "almost", "close to", "just under", "just shy of"],
    "as_many_as": ["as many as", "as much as"],
    "up_to": ["up to", "a maximum of", "no more than", "not more than"],
    "fewer_than": ["fewer than"],
    "less_than": ["less than", "under", "below"],
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 12,
}
MULTIPLIERS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000, "trln": 1_000_000_000_000, "tln": 1_000_000_000_000,
}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Words after a number that say it is not a count (time units of a date, clock times).
NOT_COUNT_UNITS = {"am", "pm", "a.m.", "p.m.", "gmt", "utc", "hrs"}
# Words that end a counted noun phrase.
UNIT_STOP_WORDS = {
    "from", "to", "in", "at", "on", "with", "as", "who", "that", "which", "during", "since", "for", "by",
    "of", "and", "or", "were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "can",
    "be", "been", "being", "but", "than", "into", "across", "per", "each", "after", "before", "under",
    "over", "while", "when", "where", "whose", "including", "such", "like", "through", "about", "against",
    "between", "among", "amid", "within", "without", "via", "out", "up", "down", "off", "so", "not", "also",
    "then", "there", "it", "they", "this", "these", "those", "its", "their", "right", "already", "a", "an",
    "the",
}

# Bodies known by their acronym alone. Names are the bodies' own English names.
KNOWN_BODIES = {
    "UN": "United Nations",
    "UNODC": "United Nations Office on Drugs and Crime",
    "UNGA": "United Nations General Assembly",
    "UNSC": "United Nations Security Council",
    "UNDP": "United Nations Development Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "WHO": "World Health Organization",
    "WTO": "World Trade Organization",
    "IMF": "International Monetary Fund",
    "ILO": "International Labour Organization",
    "ITU": "International Telecommunication Union",
    "EU": "European Union",
    "ASEAN": "Association of Southeast Asian Nations",
    "APEC": "Asia-Pacific Economic Cooperation",
    "NATO": "North Atlantic Treaty Organization",
    "INTERPOL": "International Criminal Police Organization",
    "ASEANAPOL": "ASEAN National Police",
    "AU": "African Union",
    "OECD": "Organisation for Economic Co-operation and Development",
    "WB": "World Bank",
    "ADB": "Asian Development Bank",
    "VNA": "Vietnam News Agency",
    "VOV": "Voice of Vietnam",
    "MPS": "Ministry of Public Security",
    "MOFA": "Ministry of Foreign Affairs",
    "NA": "National Assembly",
    "CPV": "Communist Party of Vietnam",
    "FIFA": "International Federation of Association Football",
    "AFC": "Asian Football Confederation",
    "AFF": "ASEAN Football Federation",
    "IOC": "International Olympic Committee",
    "UEFA": "Union of European Football Associations",
    "WADA": "World Anti-Doping Agency",
    "FAO": "Food and Agriculture Organization",
    "IAEA": "International Atomic Energy Agency",
    "UNEP": "United Nations Environment Programme",
    "UNFPA": "United Nations Population Fund",
    "WFP": "World Food Programme",
    "IFAD": "International Fund for Agricultural Development",
    "AIIB": "Asian Infrastructure Investment Bank",
    "EC": "European Commission",
    "ECB": "European Central Bank",
    "JICA": "Japan International Cooperation Agency",
    "KOICA": "Korea International Cooperation Agency",
    "USAID": "United States Agency for International Development",
    "AIPA": "ASEAN Inter-Parliamentary Assembly",
    "IPU": "Inter-Parliamentary Union",
    "UNCTAD": "United Nations Conference on Trade and Development",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "WMO": "World Meteorological Organization",
    "ICAO": "International Civil Aviation Organization",
    "UNWTO": "World Tourism Organization",
    "IFC": "International Finance Corporation",
    "WWF": "World Wide Fund for Nature",
    # wire services the press cites by their acronym ("told AFP", "(TASS) -")
    "AFP": "Agence France-Presse",
    "TASS": "TASS",
    "KPL": "Lao News Agency",
    "AKP": "Agence Kampuchea Presse",
}
# Wire services and newswires cited by a one-word name ("Reuters reported", "according to Xinhua").
NEWS_AGENCIES = {"Reuters", "Xinhua", "Bloomberg", "Kyodo", "Yonhap", "Bernama", "Antara", "Sputnik", "Interfax", "Nikkei"}
# Vietnamese state bodies the press names by acronym alone ("according to the MoIT").
KNOWN_BODIES |= {
    "MOIT": "Ministry of Industry and Trade", "MoIT": "Ministry of Industry and Trade",
    "MPI": "Ministry of Planning and Investment",
    "MOF": "Ministry of Finance", "MoF": "Ministry of Finance",
    "MOH": "Ministry of Health", "MoH": "Ministry of Health",
    "MONRE": "Ministry of Natural Resources and Environment", "MoNRE": "Ministry of Natural Resources and Environment",
    "MARD": "Ministry of Agriculture and Rural Development",
    "MOET": "Ministry of Education and Training", "MoET": "Ministry of Education and Training",
    "MOLISA": "Ministry of Labour, Invalids and Social Affairs", "MoLISA": "Ministry of Labour, Invalids and Social Affairs",
    "MOCST": "Ministry of Culture, Sports and Tourism",
    "SBV": "State Bank of Vietnam",
    "GSO": "General Statistics Office",
    "VCCI": "Vietnam Chamber of Commerce and Industry",
    "EVN": "Vietnam Electricity",
}
# Other names under which a known body appears ("the UN Office on Drugs and Crime").
BODY_ALIASES = {
    "UN Office on Drugs and Crime": "UNODC",
    "Office on Drugs and Crime": "UNODC",
    "UN General Assembly": "UNGA",
    "UN Security Council": "UNSC",
    "Interpol": "INTERPOL",
}
# Acronyms that need the text to spell them out before they count ("MPS", "NA" are too short
# or too local to assume).
ACRONYMS_NEEDING_DEFINITION = {"MPS", "MOFA", "NA", "WB", "AU", "VNA", "VOV", "CPV"}
# Shared by the readers of a person's titles before and after the name and of what confirms a person.
# Words before an appositive title that are not part of it ("a bus driver", "former head of X").
ARTICLES = {"the", "a", "an", "also", "now", "then", "currently", "former"}
# Words that describe a person rather than name a role ("the famous physician X").
PRAISE = {"famous", "renowned", "well-known", "noted", "late", "young", "old", "talented", "prominent", "great", "beloved", "popular", "new", "current", "female", "male", "local"}
# Verbs a title phrase never holds: the sentence goes on past the title where one stands.
FINITE_VERBS = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "said", "says", "told"}
# Words that say a name is a person's but are no title of theirs.
KIN_AND_RESIDENCE = {"resident", "residents", "villager", "local", "native", "daughter", "son", "mother", "father", "wife", "husband", "brother", "sister", "grandson", "granddaughter", "nephew", "niece", "friend", "neighbour", "neighbor"}
# Nouns for a person that are no title ("a man named Vu", "X, a Colombian woman who ...").
PEOPLE_NOUNS = {"man", "woman", "boy", "girl", "person", "men", "women", "guy", "lady", "child", "teenager"}
