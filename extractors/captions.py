"""Photo captions and their credits.

A caption without a credit is told from the paragraphs around it by its shape: where people
stand in the photo, a label of titles and names (or a role, then the name after a comma), a
present-tense sentence of what people (not things) do, with a verb of the common list anywhere or
any verb right after the people, a phrase with a participle and no verb (or what is given and to
whom), a pointer ("Above:"). Each shape asks for a second cue besides the first, as headlines and
sub-headings take most of these shapes too.

Credits are printed in many forms, at the end of the caption: "(Photo: Bao Chi)",
"(Source: X)", "Photo: VNA", "Photos: Thanh Hai/The Hanoi Times |", "__Photo: Tran Hai/VNA",
"Photo by Reuters/Lee.", "Photo courtesy of X", "– VNA/VNS Photo Minh Đức", "— Photo site.vn",
"… . Photo Dam Chi Duc", "… . Photo/Tuoi Tre".
"""

from __future__ import annotations

import re

_LABEL = (
    r"(?:photos?(?:\s+(?:source|credit|for\s+illustration))?|pictures?|ảnh|source|nguồn|image|file\s+photo"
    r"|illustrati(?:on|ve)(?:\s+(?:photo|image|picture))?)"
)
# a credit opens with a name, not a dash: "Source: – Read the original article" is a link's residue
_CREDIT_TEXT = r"(?P<credit>[^\s.|()\[\]–—-](?:[^|()\[\]]{0,58}[^\s.|()\[\]])?)"
CREDIT = re.compile(
    rf"\s*[\(\[]\s*{_LABEL}\s*(?:by\s*|courtesy\s*)?(?::|\s+by\b|\s+of\b)\s*(?P<credit>[^)\]]+?)\s*[\)\]]\s*\.?\s*\|?\s*$",
    re.I,
)
TRAILING_CREDIT = re.compile(
    rf"(?:^|(?<=[\s.!?”\"’)])|_)\s*(?:[–—-]\s*|_+\s*|\|\s*)?"
    rf"(?:{_LABEL}\s*:|photos?\s+by\b\s*:?|(?:photo\s+)?courtesy\s+(?:of\s+)?)\s*{_CREDIT_TEXT}\s*\.?\s*\|?\s*$",
    re.I,
)
# "– VNA/VNS Photo Minh Đức", "— VNA/VNS Photo", "— Photo somesite.vn": the credit after a dash
DASHED_CREDIT = re.compile(
    r"\s+[–—-]\s*(?P<credit>(?:[A-Z][\w.]*(?:/[A-Z][\w.]*)*\s+)?Photos?\b(?:\s+[^\s.|][^|]{0,48}?)?)\s*\.?\s*\|?\s*$"
)
# "… at the port. VNS Photo Minh Tam", "… at the port (VNA Photo)": an agency's photo credit without a dash
AGENCY_PHOTO_CREDIT = re.compile(
    r"(?:(?<=[.!?”\"])\s+|\s*\()(?P<credit>[A-Z]{2,}(?:/[A-Z]{2,})*\s+Photos?\b(?:\s+[A-ZÀ-Ỹ][^\s.|()]*(?:\s+[A-ZÀ-Ỹ][^\s.|()]*){0,4})?)\)?\s*\.?\s*\|?\s*$"
)
# "… for the premiere. Photo Dam Chi Duc", "… in class. Photo/Tuoi Tre": the label without a colon
# after the caption's last sentence, then a name in capitals
PHOTO_NAME_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+Photos?(?:\s+|\s*/\s*)(?P<credit>[A-ZÀ-Ỹ][^\s.|()/]*(?:\s*/?\s*[A-ZÀ-Ỹ][^\s.|()/]*){0,4})\s*\.?\s*\|?\s*$"
)
PHOTO_WORD = re.compile(r"\s*\bPhotos?\b\s*")
COURTESY = re.compile(r"(?i)^courtesy\s+(?:of\s+)?")
MAX_CREDIT_WORDS = 8
MAX_CAPTION_WORDS = 40
SENTENCE_END = (".", "!", "?", "”", '"', "…", ":", ";", ",")
CREDIT_HINTS = (":", "photo", "Photo", "PHOTO", "courtesy", "Courtesy")


# '“Early Market” by Tran Van A': a photo's title and its author, as exhibitions and contests print them
TITLED_PHOTO = re.compile(r"^(?P<title>[“\"][^”\"]{1,80}[”\"])\s+by\s+(?P<credit>[A-ZÀ-Ỹ][\w’'.-]*(?:\s+[A-ZÀ-Ỹ][\w’'.-]*){1,4})\s*$")


CREDIT_SMALL_WORDS = {"of", "the", "and", "for", "in", "at", "on", "to", "a", "an", "with", "by", "from", "via"}


def is_sentence_tail(credit: str) -> bool:
    """"Destination, a photo by Tran Van A wins silver medal": after a name, words in lower case
    go on with the sentence; a credit names someone ("Tran Van A/The Hanoi Times", "the organisers")."""
    lower = [w for w in re.findall(r"[\w’'-]+", credit) if w[:1].islower() and w.lower() not in CREDIT_SMALL_WORDS]
    return credit[:1].isupper() and len(lower) >= 2


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """'Delegates at the event. (Photo: Bao Chi)' -> ('Delegates at the event.', 'Bao Chi')."""
    text = caption.strip()
    titled = TITLED_PHOTO.match(text) if text[:1] in "“\"" else None
    if titled:
        return titled.group("title"), titled.group("credit")
    if not any(hint in text for hint in CREDIT_HINTS):  # most lines read are body text
        return (text or None), None
    for pattern in (CREDIT, TRAILING_CREDIT, DASHED_CREDIT, AGENCY_PHOTO_CREDIT, PHOTO_NAME_CREDIT):
        match = pattern.search(text)
        if match:
            credit = match.group("credit").strip(" .|")
            if pattern in (DASHED_CREDIT, AGENCY_PHOTO_CREDIT):
                # "VNA/VNS Photo Minh Đức" credits the photographer, "VNA/VNS Photo" the agency
                agency, photographer = PHOTO_WORD.split(credit, maxsplit=1)
                credit = photographer.strip() or agency.strip()
            if pattern is TRAILING_CREDIT:
                credit = re.sub(r"(?i)^the\s+", "", credit)  # "Photo by the X News Agency" credits the agency
            credit = COURTESY.sub("", credit)  # "(Photo: courtesy of X)" credits X
            # a label with a colon ("Ảnh: Bệnh viện cung cấp", "Photo: provided by X") always gives a credit
            runs_on = ":" not in text[match.start() : match.start("credit")] and is_sentence_tail(credit)
            if not credit or len(credit.split()) > MAX_CREDIT_WORDS or runs_on:
                continue
            rest = text[: match.start()].strip().rstrip("|_,").strip()  # "Illustrative photo, Source: X"
            return (rest or None), credit
    return (text or None), None


# "(R)", "(2nd, L)", "(left)", "(centre, front row)": where someone stands in the photo
PHOTO_POSITION = re.compile(
    r"\((?:\d(?:st|nd|rd|th)?\s*,?\s*(?:from\s+)?)?[LRC](?:\s*,?\s*\d(?:st|nd|rd|th)?)?\)"
    r"|(?i:\((?:[^()]{0,25}\b)?(?:left|right|centre|center|middle|front\s+row|back\s+row|standing|seated|sitting)\b[^()]{0,25}\))"
)
PHOTO_WORDS = re.compile(
    r"(?i)^(?:illustrati(?:ve|on)\s+(?:photo|image)|file\s+photo|photo\s+for\s+illustration)\b"
    # "(AFP files) In a file picture taken on ...", "This handout photo released by ...": the agencies' form
    r"|^(?:\([^()]{1,25}\)\s*)?(?:in\s+)?this\s+(?:file\s+|handout\s+)?(?:picture|photo|photograph)\s+(?:taken|released|made|provided)\b"
    r"|^(?:\([^()]{1,25}\)\s*)?in\s+a\s+(?:file|handout)\s+(?:picture|photo|photograph)\b"
    r"|^(?:above|pictured|in\s+the\s+(?:photo|picture)|(?:the\s+)?photo\s+above)\s*:"  # "Above: a woman ..."
)
NOT_IN_A_LABEL = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "held", "made", "took", "met", "led"}
NAME_PHRASE_WORDS = {"of", "the", "and", "for", "in", "at", "on", "to", "with", "&", "-", "–", "a", "an", "from", "under"}
# what people do in a photo, in the present tense a caption is written in
PHOTO_ACTION = re.compile(
    r"(?<=[\w,)] )(?:speaks|talks\s+(?:with|to)|presents|receives|awards|visits|attends|delivers|addresses|chairs|"
    r"shakes?\s+hands|hands?\s+over|poses?|inspects|welcomes|greets|signs|pays?\s+(?:tribute|a\s+visit)|lays|"
    r"cuts?\s+the\s+ribbon|presides|inaugurates|examines|helps?|assists?|takes?\s+part|attend|gather|present\s+(?:gifts|flowers)"
    r"|offer\s+(?:incense|flowers|gifts))\b"
)
# a finite verb: what a sentence of the article has and a caption written as a phrase lacks
FINITE_VERB = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|did|does|do"
    r"|said|says|told|noted|added|stated|announced|reported|(?:it|that|there|he|she|what)[’']s)\b|\b\w+ed\b"
)
# "Volunteers planting trees on the dyke", "Delegates attending the ceremony": a
# participle where a sentence would have its verb
PARTICIPLE_PHRASE = re.compile(r"^(?:[\w’'.,-]+\s+){1,8}?(?P<verb>[a-z]{3,}ing)\b")
# "Goods loaded onto a ship at the port", "Delegates pictured at the congress": a past participle
# of a verb that takes an object, with no object but a place after it, stands for "being loaded"
PAST_PARTICIPLE_PHRASE = re.compile(
    r"^(?:[\w’'.,-]+\s+){1,8}?(?P<verb>pictured|seen|shown|photographed|taken|loaded|unloaded|displayed|exhibited"
    r"|arranged|packed|stacked|parked|piled|stored|transported|shipped|used|placed|decorated|covered|flooded|damaged"
    r"|destroyed|submerged|swept|installed|built|sold|served|prepared|harvested|processed|dried|grown|planted"
    r"|inspected|tested|treated|rescued|evacuated|honoured|honored|awarded|lined\s+up|queued|crowded|collected|seized)"
    # where it is seen; "Treatment covered by insurance", "Houses rebuilt for families" are headings' shapes
    r"\s+(?:at|in|on|onto|into|during|near|along|outside|inside|under|up)\b"
    # or what is given, and to whom: "Gifts presented to poor pupils", "Awards handed over to the winners"
    r"|^(?:[\w’'.,-]+\s+){1,8}?(?P<given>handed\s+over|presented|given|granted|donated|distributed|offered|awarded)\s+to\b"
)
MAX_PHRASE_CAPTION_WORDS = 25
MAX_SENTENCE_CAPTION_WORDS = 15
NOT_SUBJECTS = {
    "its", "his", "this", "thus", "plus", "was", "has", "does", "is", "as", "us", "whereas", "perhaps",
    "the", "a", "an", "these", "those", "their", "her", "our", "my", "your", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
    # and what stands before a participle without being its subject ("By providing your email", "And speaking of")
    "by", "of", "for", "in", "on", "at", "with", "after", "before", "while", "when", "and", "or", "but", "to", "from",
    "about", "into", "over", "under", "through", "without", "we", "you", "i", "it", "they", "he", "she",
}
# words in -ing that are adjectives, prepositions or nouns, not a participle standing for a verb
NOT_PARTICIPLES = {
    "during", "according", "including", "regarding", "concerning", "following", "outstanding", "leading",
    "upcoming", "ongoing", "existing", "remaining", "growing", "increasing", "emerging", "rising", "developing",
    "surrounding", "interesting", "amazing", "corresponding", "pending", "missing", "lasting", "morning", "evening",
    "meeting", "building", "training", "funding", "opening", "spending", "housing", "thing", "nothing", "something",
    "everything", "anything", "king", "spring", "string", "wedding", "painting", "setting", "ceiling", "being",
    "swimming", "shipping", "shopping", "parking", "banking", "marketing", "manufacturing", "processing", "planning",
    "understanding", "beijing", "wyoming", "willing", "cutting-edge", "reporting", "editing", "stunning", "breaking",
    "trending", "thanksgiving",
}
# "At the opening", "During the drill": the occasion a photo was taken at, standing alone
# ("On the train", "Inside the Guardian", "On the rise": openings of headlines and menu items too)
OCCASION = re.compile(r"^(?:At|During)\s+(?:the|a)\s+[\w’' -]{2,60}$")
# "Scene at the press conference", "Overview of the meeting", "A corner of the fair": what a photo shows
SCENE = re.compile(r"(?i)^(?:an?\s+)?(?:scene|view|overview|panorama|corner|glimpse|close-up|aerial\s+view)s?\s+(?:of|at|from|during|inside|on)\s")
PLACE_WORD = re.compile(r"\b(?:at|during|in|on|near|inside|outside|along|from|over|under)\s")
PAST_OR_REPORTED = re.compile(r"(?i)\b(?:said|says|was|were|had|has|have|will|would|according|told|noted|added)\b")


def looks_like_uncredited_caption(line: str) -> bool:
    """A caption printed without a credit between paragraphs: one naming where people stand
    ("(R)", "(left)"), an illustration's label, a portrait's label that is only a title and a
    name ("Vice Chairman of the City People's Committee Nguyen Van A."), or one sentence telling
    in the present tense what the people in the photo do."""
    words = line.split()
    if len(words) > MAX_CAPTION_WORDS:
        return False
    if PHOTO_WORDS.match(line):
        return True
    if len(words) < 3 or "“" in line or '"' in line:
        return False
    if is_portrait_label(line):
        return True
    action = PHOTO_ACTION.search(" ".join(words[:12])) if len(words) <= 25 and line.count(". ") == 0 else None
    if (
        action
        and has_people_subject(" ".join(words[:12])[: action.start()])
        and not PAST_OR_REPORTED.search(line)
        and not re.search(r"\b\w+ed\b", " ".join(words[:6]))
    ):
        return True
    if is_people_scene(line):
        return True
    if len(words) <= MAX_PHRASE_CAPTION_WORDS and is_caption_phrase(line):
        return True
    # a title-and-names line without a full stop: "General A and Cambodian Ambassador to Vietnam B"
    # (a headline in title case has as many capitals, but no one's title)
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        not line.endswith(SENTENCE_END)
        and len(words) >= 8
        and len(capitalised) >= 0.7 * len(words)
        and bool(TITLE_WORD.search(line))
    )


# "Many visitors flock to the beach", "A worker paves a road in ...": people opening the line and the
# verb right after them, any verb, in the present tense (the list of `PHOTO_ACTION` is only the
# commonest); what may stand before the people: an article, a number, an adjective
SCENE_OPENERS = {"a", "an", "the", "many", "some", "several", "two", "three", "four", "five", "local", "young", "foreign", "little", "elderly", "other"}
MAX_SCENE_WORDS = 16
# people nouns a scene opens with beyond `PEOPLE_NOUNS`, in the singular too ("A worker paves")
SCENE_PEOPLE = re.compile(r"(?i)^(?:kids|boys?|girls?|babies|baby|man|woman|child|worker|farmer|fisherman|vendor|trader|resident|soldier|officer|student|pupil|tourist|visitor|villager|local|elder|elders|mother|father|mothers|fathers|porters?|labou?rers?)$")
# what stands after the people without being their verb, and verbs of wishes and plans, not scenes
SCENE_NOT_VERBS = {
    "who", "that", "which", "whose", "and", "or", "but", "as", "than", "also", "still", "often", "all", "both", "alike",
    "too", "only", "themselves", "there", "here", "now", "today", "like", "per", "via", "plus", "is", "are", "was",
    "were", "has", "have", "had", "does", "do", "did", "can", "could", "will", "would", "should", "may", "might", "must",
    "of", "in", "on", "at", "to", "from", "for", "with", "by", "about", "into", "during", "after", "before", "under",
    "over", "across", "near", "along", "around", "through", "inside", "outside", "between", "among", "against",
    "need", "needs", "want", "wants", "hope", "hopes", "say", "says", "think", "thinks", "believe", "believes",
    "expect", "expects", "plan", "plans", "face", "faces", "account", "accounts", "make", "makes", "remain", "remains",
    "become", "becomes", "get", "gets", "seem", "seems", "know", "knows", "continue", "continues", "urge", "urges",
}


def is_people_scene(line: str) -> bool:
    """One short sentence in the present tense whose subject is people and whose verb stands right
    after them: "Kids build sand castles on the beach.", "A worker paves a road in the village."
    A sentence of an article tells of the past, reports what someone said, or holds figures."""
    words = [w.strip(",") for w in line.split()]
    if not 3 <= len(words) <= MAX_SCENE_WORDS or line.count(". ") or any(c.isdigit() for c in line):
        return False
    if '"' in line or "“" in line or line.rstrip().endswith(("?", "!", ":", ";", ",")) or PAST_OR_REPORTED.search(line):
        return False
    if not line.endswith(".") and "," in line:
        return False  # "Farmers embrace livestreams, new ways to sell": a headline's list
    at = next((i for i, w in enumerate(words[:4]) if PEOPLE_NOUNS.match(w) or SCENE_PEOPLE.match(w)), None)
    if at is None or at + 1 >= len(words) or any(w.lower() not in SCENE_OPENERS for w in words[:at]):
        return False
    if at == 0 and not words[0][:1].isupper():
        return False
    subject, verb = words[at].lower(), words[at + 1]
    if not verb.isalpha() or not verb.islower() or verb in SCENE_NOT_VERBS or verb.endswith(("ed", "ing", "ly")):
        return False
    singular = subject in ("he", "she") or not subject.endswith(("s", "children", "people", "men", "women", "staff", "police", "fishermen"))
    # a plural's verb has no -s; a singular's has it ("A worker paves")
    if singular != (verb.endswith("s") and not verb.endswith("ss")):
        return False
    return not FINITE_VERB.search(" ".join(words[at + 2 :]))


TITLE_WORD = re.compile(
    r"\b(?:Minister|Ambassador|General|President|Chairman|Chairwoman|Chair|Secretary|Director|Deputy|Colonel|Commander"
    r"|Governor|Mayor|Chief|Head|Lieutenant|Major|Captain|Admiral|Consul|Envoy|Premier|Speaker|Professor|Dr)\b"
)
# who a photo shows doing something: "Delegates", "Troops of the district command", "Minister A"
PEOPLE_NOUNS = re.compile(
    r"(?i)^(?:delegates?|participants?|people|residents?|locals?|villagers?|volunteers?|students?|pupils?|children|"
    r"teachers?|workers?|farmers?|fishermen|soldiers?|troops?|officers?|police(?:men)?|officials?|leaders?|members?|"
    r"guests?|visitors?|tourists?|athletes?|players?|artists?|performers?|doctors?|nurses?|medics?|patients?|rescuers?|"
    r"firefighters?|staff|employees?|voters?|deputies|representatives?|forces|guards?|youths?|women|men|families|"
    r"customers?|shoppers?|traders?|vendors?|drivers?|passengers?|monks?|pilgrims?|fans?|crowds?|groups?|teams?|"
    r"delegations?|crews?|couples?|producers?|growers?|owners?|"
    r"he|she|they)$"
)


def has_people_subject(subject: str) -> bool:
    """"Deputy Minister Tran Van Binh", "Leaders of the province", "Troops of the district command":
    a person or people doing what the photo shows; "The programme helps", "Our systems gather",
    "A spoonful of sugar helps" are sentences about things."""
    words = [w.strip(",()") for w in subject.split() if w.strip(",()")]
    if not words or FINITE_VERB.search(subject):
        return False  # "... claims the legend is showing signs": the verb came before
    return any(PEOPLE_NOUNS.match(w) for w in words[:4] + words[-1:]) or (words[-1][:1].isupper() and words[0][:1].isupper())


def is_caption_phrase(line: str) -> bool:
    """"Volunteers planting trees on the dyke", "Goods loaded onto a ship", "A lion dance at the
    gala": what a photo shows, told without a finite verb (a participle in its place, or a noun phrase)."""
    if line.count(". ") or line.rstrip().endswith(("?", "!", ":", ";", ",")):
        return False
    if ": " in line:
        return False  # "<topic>: <heading>"
    present = PARTICIPLE_PHRASE.match(line)
    if present and present.group("verb") not in NOT_PARTICIPLES and is_participle_caption(line, present, line):
        return True
    past = PAST_PARTICIPLE_PHRASE.match(line)
    # the past participle ends in -ed like a finite verb: the rest of the line must have none, nor
    # figures ("Exports shipped to the US rose 20 percent" has a verb no list holds)
    verb = ("verb" if past.group("verb") else "given") if past else None
    rest = line[: past.start(verb)] + line[past.end(verb) :] if past else ""
    if past and not any(c.isdigit() for c in line) and is_participle_caption(line, past, rest, any_noun_subject=True, verb=verb):
        return True
    if OCCASION.match(line) and not line.endswith("."):
        return True
    # "Female deputies on Women's Day", "Foreign delegates at the ceremony": people placed, no verb
    words = line.split()
    if (
        len(words) <= 12
        and not line.endswith(".")
        and any(PEOPLE_NOUNS.match(w) and (i == 0 or w.islower()) for i, w in enumerate(words[:3]))  # not "AI in Patient Care"
        and "|" not in line
        and PLACE_WORD.search(line)
        and not FINITE_VERB.search(line)
        and not PHOTO_ACTION.search(line)
    ):
        return True
    # "A view of the bridge from the east": a noun phrase placing what is seen
    # ("A Partner in Research and Innovation" is a headline in title case)
    return bool(re.match(r"^An?\s+[a-z]", line) and PLACE_WORD.search(line)) and not line.endswith(".") and not FINITE_VERB.search(line)


OPENING_PREPOSITIONS = {"in", "on", "at", "by", "for", "from", "with", "during", "after", "before", "and", "or", "but", "of"}


def is_participle_caption(line: str, participle: re.Match, rest: str, any_noun_subject: bool = False, verb: str = "verb") -> bool:
    """The participle's subject stands right before it: a name or a plural ("Delegates attending",
    "Nguyen Van A speaking"; after a participle that needs an object, any noun: "Crates of fruit
    loaded onto"); "its founding", "a meeting", "Monday morning" are nouns, and no finite verb
    stands in the `rest` of the line."""
    before = line[: participle.start(verb)].split()
    subject = before[-1] if before else ""
    after = line[participle.end(verb) :].split()[:1]
    if not (
        line[:1].isupper()
        and before[0].lower() not in OPENING_PREPOSITIONS  # "In the South grown as ground cover"
        and subject.lower() not in NOT_SUBJECTS
        and (subject[:1].isupper() or ((any_noun_subject or (subject.endswith("s") and not subject.endswith("ss"))) and not is_verb_after_name(before)))
        and after[:1] not in (["of"], ["and"])  # "Easy triggering of", "Smart resizing and": a noun in -ing
        and not FINITE_VERB.search(rest)
    ):
        return False
    # a sentence-like caption is short and holds no figures
    return not line.endswith(".") or (len(line.split()) <= MAX_SENTENCE_CAPTION_WORDS and not any(c.isdigit() for c in line))


def is_verb_after_name(before: list[str]) -> bool:
    """"Cork University Hospital suspends", "Kim Kardashian shares": a word in -s after a name
    inside the line is the name's verb, not a plural subject ("Local residents" opens the line)."""
    return len(before) >= 3 and before[-1][:1].islower() and before[-2][:1].isupper()


# "Le Van A, deputy editor-in-chief", "Tran Thi B, a farmer in Long An": a portrait's label
NAME_WITH_ROLE = re.compile(
    r"^(?:[A-ZÀ-Ỹ][\w’'-]*\s+){1,4}[A-ZÀ-Ỹ][\w’'-]*,\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w’'-]*\s+){0,3}"
    r"(?:chairman|chairwoman|director|deputy|minister|secretary|editor(?:-in-chief)?|ambassador|president|head|chief"
    r"|officer|spokes(?:man|woman|person)|ceo|founder|expert|professor|teacher|student|farmer|resident|worker|member"
    r"|official|leader|manager|representative|owner|commander|governor|mayor|doctor|researcher|artist|coach|vice)\b"
    r"[^.!?:;\d]{0,60}\.?$"
)


# "Vietnamese Ambassador to the US, Pham Van A.", "Director of the institute, Tran Thi B": the role
# first, then the name after a comma, and nothing else
ROLE_WITH_NAME = re.compile(
    r"^(?:[A-ZÀ-Ỹ][\w’'-]*\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}(?:[Cc]hairman|[Cc]hairwoman|[Dd]irector|[Mm]inister|[Ss]ecretary"
    r"|[Aa]mbassador|[Pp]resident|[Hh]ead|[Cc]hief|[Gg]overnor|[Mm]ayor|[Cc]onsul(?:\s+[Gg]eneral)?|[Cc]ommander|[Ee]nvoy|[Ss]pokes(?:man|woman|person))"
    r"(?:\s+(?:of|to|for|at)\s+(?:the\s+)?[A-ZÀ-Ỹ][\w’'&-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-ZÀ-Ỹ][\w’'&-]*){0,6})?"
    r",\s+(?:[A-ZÀ-Ỹ][\w’'-]*\s+){1,4}[A-ZÀ-Ỹ][\w’'-]*\.?$"
)
# "PM Pham Van A", "Mr. Tran Van B": a short title before a name under a portrait
SHORT_TITLE = re.compile(r"^(?:PM|Deputy\s+PM|Mr\.?|Mrs\.?|Ms\.?|Madam|Prof\.?|Dr\.?)\s")


def is_portrait_label(line: str) -> bool:
    """"Vice Chairman of the City People's Committee Nguyen Van A.", "Deputy Minister Nguyen Van
    B and leaders of the city police.": titles and names, with hardly a word that could be a verb."""
    words = line.split()
    if PHOTO_POSITION.search(line) and len(words) <= MAX_CAPTION_WORDS:
        return True
    if len(words) <= 14 and NAME_WITH_ROLE.match(line) and not FINITE_VERB.search(line.split(",", 1)[1]):
        return True
    if 3 <= len(words) <= 6 and (TITLE_WORD.match(line) or SHORT_TITLE.match(line)) and all(w[:1].isupper() for w in words):
        return True  # "Ambassador Tran Van Binh" under a portrait
    if len(words) <= 16 and ROLE_WITH_NAME.match(line):
        return True
    if not 3 <= len(words) <= 20 or not line.endswith(".") or not words[0][:1].isupper() or any(c.isdigit() for c in line):
        return False  # figures belong to sentences
    common = [i for i, w in enumerate(words) if not w[:1].isupper() and w.lower() not in NAME_PHRASE_WORDS]
    if not common:
        return True
    # "... B and leaders of the city police.": the common words stand in a phrase opened by
    # "and", "of"...; right after a name they would be its verb ("Company runs ferries.")
    return (
        words[1][:1].isupper()
        and len(common) <= 3
        and words[common[0] - 1].lower() in NAME_PHRASE_WORDS
        and not any(words[i].rstrip(".,").endswith(("ed", "ing")) or words[i] in NOT_IN_A_LABEL for i in common)
    )
