"""Organisations named in an article: "Long Name (ACRONYM)" definitions, capitalised
phrases built on an organisation noun ("Ministry of ...", "... Committee"), and bodies
known by their acronym ("UN", "EU")."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from extractors.models import Organization, Span
from extractors.records.countries import country_names
from extractors.records.lexicon import (
    ACRONYMS_NEEDING_DEFINITION,
    CLAUSE_OPENERS,
    COMPANY_NOUNS_AFTER,
    COMPANY_NOUNS_IN_APPOSITION,
    PEOPLE_AFTER_COMPANY_NOUN,
    COMPANY_NOUNS_BEFORE,
    COMPANY_RELATIONS,
    MONTHS,
    BODY_ALIASES,
    KNOWN_BODIES,
    NEWS_AGENCIES,
    ORGANIZATION_HEADS,
    PLACE_WORDS,
    VIETNAMESE_SURNAMES,
    TITLE_WORDS,
)
from extractors.records.places import city_names, is_vietnamese_place
from extractors.records.text import Segment, word_key
from extractors.text_cleaning import fold

CONNECTORS = {"of", "on", "for", "and", "against", "&", "de"}
UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ"  # with Vietnamese capitals ("Đồng Nai")
# A lower-case place word after a place's name stays in a body's name ("the Ky Anh district Military
# Command", "the People's Committee of Lao Cai province").
PLACE_AFTER_NAME = r"(?:[ \t]+(?:district|province|city|commune|ward|town|provincial|municipal))?"
# A small number inside or after a name ("Military Region 5 Command", "District 8 Hospital",
# "Steering Committee 389"), not an amount ("1,500", "12.5") nor a count ("Committee 12 members").
NUMBER_IN_NAME = r"(?:[ \t]+\d{1,3}(?![\d.,:/\-]?\d|[ \t]*[a-z%]))?"
# A company's legal form may be abbreviated with a full stop ("X Steel Co. Ltd.").
LEGAL_FORM_STOP = r"(?:\.(?:(?<=\bCo\.)|(?<=\bLtd\.)|(?<=\bCorp\.)|(?<=\bInc\.)|(?<=\bPte\.)))?"
# "&" may join the letters of one word ("N&G Group"), or stand between two ("Trade & Services")
CAPITALISED = rf"(?:[{UPPER}][\w’'\-]*(?:&[{UPPER}][\w’'\-]*)?{LEGAL_FORM_STOP}{PLACE_AFTER_NAME}{NUMBER_IN_NAME}|&)"
# A capitalised phrase: capitalised words joined by connectors, within one line.
CAPITALISED_RUN = rf"{CAPITALISED}(?:[ \t]+{CAPITALISED})*"
# "Ministry of Labour, Invalids and Social Affairs": a list of fields in a name (checked by _name_part)
# (its last field may hold an "and" of its own: "Committee on Incident, Disaster Response and Search and Rescue")
FIELD_LIST = rf"(?:,[ \t]+{CAPITALISED_RUN})+,?[ \t]+and[ \t]+{CAPITALISED_RUN}(?:[ \t]+and[ \t]+{CAPITALISED_RUN})?"
# A diplomatic body is named with where it sits ("the Embassy of Chile in Japan", "the UN Mission in Mali").
# (checked by _name_part: only these bodies keep it)
SEAT = rf"[ \t]+in[ \t]+(?:the[ \t]+)?{CAPITALISED_RUN}"
SEATED_BODIES = {"embassy", "consulate", "consulate-general", "mission"}
# "Association for Friendship with Foreign Countries": "with" joins a name only after a relation
RELATION_WITH = r"(?:(?<=Friendship)|(?<=Relations)|(?<=Cooperation)|(?<=Solidarity))[ \t]+with"
# Translations write "people's" in lower case inside a name ("the Hai Phong City people's Court")
PEOPLES_INSIDE = rf"people[’']s(?=[ \t]+[{UPPER}])"
PHRASE = re.compile(
    rf"{CAPITALISED}(?:(?:{RELATION_WITH})?[ \t]+(?:(?:of|on|for|against|de)[ \t]+(?:the[ \t]+)?|(?:and|&)[ \t]+)?(?:{CAPITALISED}|{PEOPLES_INSIDE}))*(?:{FIELD_LIST})?(?:{SEAT})?"
)
# Words a body's name never ends in: dates ("... on November"), a group's letter.
NOT_IN_NAME_TAIL = MONTHS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "then"}
DEFINITION = re.compile(rf"(?P<long>{PHRASE.pattern})\s*\((?P<acronym>(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z&]{{1,9}})\)")
# "Saigon Beer Corporation (Sabeco)", "X Railway Company (Hanoi Metro)": a short name in brackets
SHORT_NAME = re.compile(rf"(?P<long>{PHRASE.pattern})[ \t]*\((?P<short>[{UPPER}][\w\-]+(?:[ \t]+[{UPPER}][\w\-]*){{0,2}})\)")
# "UN", "ASEAN", and mixed-case ones ("MoIT", "MoH")
ACRONYM_WORD = re.compile(r"\b[A-Z][a-z]?[A-Z][A-Za-z]{0,7}\b")
# Titles whose "of ..." names a portfolio rather than a body ("Minister of Justice").
PORTFOLIO_TITLES = {"minister", "ministers", "secretary", "deputy"}
# Title words that also name bodies ("General Assembly", "State Bank", "Standing Committee").
TITLE_WORDS_IN_BODY_NAMES = {"general", "state", "standing", "permanent", "special", "first", "party", "people's", "national", "senior", "executive"}


@dataclass
class OrgBuilder:
    name: str
    acronym: str | None = None
    mentions: list[Span] = field(default_factory=list)


def _name_part(phrase: str) -> str:
    """The phrase without a list or a place that PHRASE may have glued on but no name holds:
    "Hanoi, Hue and Da Nang" -> "Hanoi"; "Police in Hanoi" -> "Police" (and the rest is read again)."""
    seat = phrase.find(" in ")
    if seat >= 0:
        before = [w.lower() for w in phrase[:seat].split()]
        if not SEATED_BODIES & set(before):
            phrase = phrase[:seat]
    comma = phrase.find(",")
    if comma >= 0:
        words = phrase[:comma].split()
        fields = re.split(r",\s*|\s+and\s+|\s+in\s+", phrase[comma:].strip(", "))
        # the list must follow "<body> of|on|for ..." and hold fields, not bodies or places
        after_head = next((n for n, w in enumerate(words) if _is_head(w)), None)
        if (
            after_head is None
            or not {"of", "on", "for"} & {w.lower() for w in words[after_head:]}
            or any(_is_head(w) for field in fields for w in field.split())
            or any(w.isupper() for field in fields for w in field.split())  # "..., BIDV and VPBank": bodies
            or any(field.removeprefix("the ") in country_names() or is_vietnamese_place(field) for field in fields)
        ):
            phrase = phrase[:comma]
    return phrase


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters stand in the name in order, the first one opening it."""
    letters = iter(name.lower())
    return name[:1].lower() == acronym[:1].lower() and all(c in letters for c in acronym.lower())


def _names_no_body(words: list[str]) -> bool:
    """A defined long form that is a place, a measure or a pact, not a body: "Ho Chi Minh City
    (HCMC)", "Consumer Price Index (CPI)", "Free Trade Agreement (FTA)"."""
    last = words[-1].lower().strip("'’‘\"“”")  # "the 'One Commune One Product' (OCOP) programme"
    if _names_a_programme(words):
        return True
    return not any(_is_head(w) for w in words) and (last in PLACE_WORDS or last in NOT_BODY_NOUNS or _is_place(" ".join(words)))


PROGRAMME_WORDS = {"programme", "program", "programmes", "programs"}
# The programmes that are bodies of their own, with staff and a head: the UN's ("United Nations
# Development Programme", "UN Environment Programme", "World Food Programme").
BODY_PROGRAMME_OPENERS = {"United", "UN", "World"}


def _names_a_programme(words: list[str]) -> bool:
    """"the National Target Programme on X", "Country Strategy and Program": a plan of work that
    a body runs, not a body (the labels count programmes as no organisation)."""
    heads = [w for w in words if _is_head(w)]
    return bool(heads) and heads[-1].lower() in PROGRAMME_WORDS and words[0] not in BODY_PROGRAMME_OPENERS


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _strip_country_tail(name: str) -> str:
    """'Ministry of Public Security of Vietnam' -> 'Ministry of Public Security': a country after a
    name that has its own "of ..." only says whose body it is, as it does after a legislature's
    name ('National People’s Congress of China'); but in 'State Bank of Vietnam', 'Communist
    Party of China' the country completes the name."""
    head, sep, tail = name.rpartition(" of ")
    tail = tail.removeprefix("the ")
    if sep and " " in head and (tail in country_names() or f"the {tail}" in country_names()):
        if " of " in head or head.split()[-1].lower() in LEGISLATURES:
            return head
    return name


LEGISLATURES = {"assembly", "congress", "parliament", "senate", "diet"}
POST_ENDINGS = {"executive", "executives"}
PROJECT_WORDS = {"project", "projects"}
PROJECT_OWNER_WORDS = {"investor", "investors", "developer", "owner"}


# A company's legal form abbreviated with a full stop; not "Co" alone, a syllable of places ("Co Loa").
LEGAL_FORMS = {"co.", "ltd.", "corp.", "inc.", "pte."}
HEAD_WORDS = frozenset(ORGANIZATION_HEADS | LEGAL_FORMS)


@lru_cache(maxsize=65536)  # asked of every word of every capitalised phrase, many times over
def _is_head(word: str) -> bool:
    head, hyphen, place = word.partition("-")
    if hyphen and place[:1].isupper():
        word = head  # "X National University-Hanoi": the place where the body sits is joined to its noun
    return (word[:-2] if word.endswith(("’s", "'s")) else word).lower() in HEAD_WORDS


def _holds_a_head(phrase: str) -> bool:
    """Does a word of the phrase, or its owner ("Police's" -> "Police"), name a kind of body?
    Without one `organisations_in` finds nothing: most capitalised phrases (names, places,
    the start of a sentence) are ruled out here before their titles and parts are read."""
    return any(_is_head(w) or _is_head(w.removesuffix("s").rstrip("’'")) for w in phrase.split())


def _is_title(word: str) -> bool:
    return word.lower() in TITLE_WORDS and word.lower() not in TITLE_WORDS_IN_BODY_NAMES


def _is_field(words: list[str], n: int) -> bool:
    """"Ministry of Justice", "Department of State": a title word after a body's "of" is its field."""
    return n > 1 and words[n - 1].lower() in {"of", "for"} and _is_head(words[n - 2])


def organisations_in(phrase: str) -> list[str]:
    """The organisations inside a capitalised phrase, cut free of people's titles.

    'National Assembly Chairman X' -> ['National Assembly']; 'Ministry of Public Security
    of Vietnam' -> ['Ministry of Public Security']; 'Minister of Justice of Nigeria' -> []
    (a title's portfolio is not a body); 'Director of the Department of Y' -> ['Department of Y'].
    """
    words = phrase.split()
    chunks: list[tuple[list[str], str | None]] = []  # words, and the title word before them
    current: list[str] = []
    title_before: str | None = None
    for n, word in enumerate(words):
        if word == "Member" and n > 0 and words[n - 1] == "One":
            current.append(word)  # "X One Member Limited Liability Company": a company's legal form
        # "Director General", "Commissioner General": a body word after a title is part of it
        elif (_is_title(word) or (word.lower() in TITLE_WORDS and n > 0 and words[n - 1].lower() in TITLE_WORDS and not current)) and not _is_field(words, n):
            if current:
                chunks.append((current, title_before))
            current, title_before = [], word.lower()
        else:
            current.append(word)
    if current:
        chunks.append((current, title_before))
    found: list[str] = []
    ends_in_title = bool(words) and _is_title(words[-1]) and not _is_field(words, len(words) - 1)
    for index, (chunk, title_before) in enumerate(chunks):
        is_last = index == len(chunks) - 1 and not ends_in_title
        if title_before and chunk[0].lower() in {"of", "for", "on", "at"}:
            chunk = chunk[1:]
            if chunk and chunk[0].lower() == "the":
                chunk = chunk[1:]
            # "Minister of Justice", "Minister of Public Administration and Y": a minister's portfolio,
            # not a body; "Director of the X Division", "Secretary of the Hanoi Party Committee": a body
            if not chunk or (title_before in PORTFOLIO_TITLES and not (_is_head(chunk[0]) or _is_head(chunk[-1]))):
                continue
        chunk = chunk[1:] if chunk[:1] and chunk[0] in SENTENCE_OPENERS else chunk  # a sentence's first word, no part of the name
        if _is_document_title(chunk):
            continue
        parts = _split_nested(_where_the_name_ends(chunk))
        for k, part in enumerate(parts):
            name = _body_name(part, is_last or k < len(parts) - 1)
            if name:
                found.append(name)
    return found


SENTENCE_OPENERS = {"The", "A", "An", "Its", "Their", "This", "That", "These", "Those", "His", "Her", "Our"}


def _where_the_name_ends(chunk: list[str]) -> list[str]:
    """The words of a chunk that can still be a name: none after "on" that opens a date or an
    address ("X Association on Friday", "X Corporation on Kha Van Can Street"), and none of a
    place before or after "and" ("... in Ho Chi Minh City and Y Private Enterprise": the place is
    where, not who)."""
    for n, word in enumerate(chunk):
        if word.lower().endswith(DESCRIPTOR_SUFFIXES):
            return _where_the_name_ends(chunk[n + 1 :])  # "Singapore-based X Capital": where it sits, not its name
        if word.lower() in PROJECT_WORDS and chunk[n + 1 : n + 2] == ["of"]:
            # "X Factory Project of the Investor Y Limited": a project is no body; its owner after "of" is
            owner = list(itertools.dropwhile(lambda w: w.lower() in {"the"} | PROJECT_OWNER_WORDS, chunk[n + 2 :]))
            return _where_the_name_ends(owner)
        if word.lower() == "on" and n > 0:
            rest = list(itertools.takewhile(lambda w: w.lower() not in CONNECTORS, chunk[n + 1 :]))
            if rest and (rest[0].lower() in NOT_IN_NAME_TAIL or rest[-1].lower() in ADDRESS_WORDS):
                return chunk[:n]
        if word.lower() == "and" and n > 0 and not any(_is_head(w) for w in chunk[:n]) and _is_place(_without_place_word(chunk[:n])):
            return chunk[n + 1 :]
        if word.lower() == "and" and any(_is_head(w) for w in chunk[:n]) and _is_place(_without_place_word(chunk[n + 1 :])):
            return chunk[:n]  # "police from the Ministry of X and Can Tho City": the place is the second actor
    return chunk


def _without_place_word(words: list[str]) -> str:
    """"Can Tho City" -> "Can Tho": the place's name, looked up without its kind."""
    return " ".join(words[:-1] if len(words) > 1 and words[-1].lower() in PLACE_WORDS else words)


# Words that name a body's meeting after its name ("X Forum Annual Meeting", "Y Assembly Session").
SITTING_NOUNS = {"meeting", "meetings", "summit", "session", "sessions", "conference", "plenum", "festival", "fair", "week"}
# Words that name an event: a name holding one is the event's, not a body's.
EVENT_WORDS = {"cup", "championship", "championships", "games", "tournament", "olympics", "olympiad", "expo", "marathon", "day"}
DESCRIPTOR_SUFFIXES = ("-based", "-headquartered", "-owned", "-listed", "-born", "-affiliated")
ADDRESS_WORDS = {"street", "road", "avenue", "boulevard", "alley", "lane", "highway"}


def _is_document_title(chunk: list[str]) -> bool:
    """"Memorandum of Understanding on Industrial Cooperation": a document, whose "of ..." names
    what it is, not a body ("the Charter of the United Nations" names one)."""
    return len(chunk) > 2 and chunk[0].lower() in DOCUMENT_NOUNS and chunk[1].lower() in {"of", "on"} and chunk[2] != "the" and not _is_head(chunk[2])


def _split_nested(chunk: list[str]) -> list[list[str]]:
    """'Department of Cybersecurity of the Ministry of Public Security' -> both bodies;
    "Hanoi Police's Economic Crime Department" -> "Hanoi Police", "Economic Crime Department"."""
    parts, current = [], []
    n = 0
    while n < len(chunk):
        word = chunk[n]
        owner = word.removesuffix("s").rstrip("’'") if word.endswith(("’s", "'s", "’", "'")) else None
        # "Hanoi Police's X Department"; but "Party Committee of China’s Y Ministry", "Association of
        # Viet Nam’s Universities" are one body (a country's name may take two words)
        two_words = n > 1 and owner is not None and f"{chunk[n - 1]} {owner}" in country_names()
        at_country = n - 1 if two_words else n
        of_country = (two_words or owner in country_names()) and at_country > 0 and chunk[at_country - 1].lower() == "of" and n + 1 < len(chunk)
        if owner and not of_country and not _possessive_in_name(current + [owner], chunk[n + 1 :]):
            parts.append(current + [owner])
            current = []
            n += 1
            continue
        if word.lower() == "of" and current:
            at = n + 2 if n + 2 < len(chunk) and chunk[n + 1].lower() == "the" else n + 1
            nxt = chunk[at] if at < len(chunk) else ""
            opens_next_name = at == n + 2 and not _takes_the(nxt)  # "of the Vietnam National University"
            if nxt in country_names() and not opens_next_name and any(_is_head(w) for w in current) and any(_is_head(w) for w in chunk[at + 1 :]):
                # "Democratic Party of Japan Policy Research Committee": the country ends the first name
                parts.append(current + chunk[n : at + 1])
                current = []
                n = at + 1
                continue
            # "Ministry of Police" is one body: the part after "of" needs more than its head noun
            rest = list(itertools.takewhile(lambda w: w.lower() != "of" and not _names_an_owner(w), chunk[at:]))
            # "Standing Committee of the National People's Congress": a body after "of" is its own
            body_after = len(rest) >= 2 and _is_head(rest[-1]) and (len(current) >= 2 or not any(_is_head(w) for w in current))
            # "Ministry of Government Relations": a field after "of" that only opens with a body's
            # noun is the first body's field, not a second body
            field_after = len(rest) >= 2 and rest[-1].lower() in FIELD_PLURALS and not _is_head(rest[-1])
            if any(_is_head(w) for w in current) and _is_head(nxt) and at + 1 < len(chunk) and not field_after or body_after:
                if not body_after or _is_head(nxt):
                    parts.append(current)  # the "Standing Committee" of a body is not named alone
                current = []
                n += 2 if n + 1 < len(chunk) and chunk[n + 1].lower() == "the" else 1
                continue
        if word.lower() in {"and", "&"} and len(current) >= 2 and any(_is_head(w) for w in current):
            # "Vietnam Airlines and Bamboo Airways", "Ministry of Industry and Trade and State Capital
            # Management Committee": two bodies, the second a name of its own ending in its head
            # noun; "Ministry of Industry and Trade" is one (no head after its "and")
            later = list(itertools.takewhile(lambda w: w.lower() != "of", chunk[n + 1 :]))
            # "Chamber of Commerce and Industry's Business Forum": the words after "and" end at their owner's mark
            owner_at = next((k for k, w in enumerate(later) if w.endswith(("’s", "'s"))), None)
            later = later if owner_at is None else later[: owner_at + 1]
            second_is_a_name = _is_head(current[-1]) or (len(later) >= 2 and not {"and", "&"} & {w.lower() for w in later})
            # "the New Zealand Labour Party and PM Ardern": what follows a finished name and
            # is no body is not part of it either
            # "X Centre for Culture and Arts and Departments of Y": bodies of a kind, named after a finished name
            bodies_after = bool(later) and later[0].endswith("s") and _is_head(later[0].removesuffix("s")) and any(_is_head(w) for w in current)
            if (later and _is_head(later[-1]) and second_is_a_name) or (_is_head(current[-1]) and not any(_is_head(w) for w in later)) or bodies_after:
                parts.append(current)
                current = []
                n += 1
                continue
        current.append(word)
        n += 1
    parts.append(current)
    return parts


def _takes_the(country: str) -> bool:
    """English writes "the" before a few countries' names ("the Philippines", "the US", "the United
    Kingdom"); before any other, "the" makes the country the first word of a longer name."""
    return country.isupper() or country.endswith("s") or country in {"United", "Republic", "Kingdom", "Czech", "Gambia", "Russian", "Dominican", "Central", "Democratic"}


def _names_an_owner(word: str) -> bool:
    """A possessive of a singular ("Hanoi Police's", "Vietnam’s") or of a field ending a body's
    name ("Ministry of Foreign Affairs’"), not of the people a body is made of ("People's",
    "Women’s", "Farmers’")."""
    if not word.endswith(("’s", "'s", "’", "'")):
        return False
    owner = word.removesuffix("s").rstrip("’'")
    if owner in country_names() or owner.isupper():
        return True  # "Laos’s", "MPS’s"
    owner = owner.lower()
    return not (owner in {"people", "women", "men", "children"} or (owner.endswith("s") and owner not in FIELD_PLURALS))


def _possessive_in_name(owner: list[str], rest: list[str]) -> bool:
    """"Vietnam Women’s Union", "Association of Diplomats’ Spouses": the possessive is part of the
    name, unless a body owns another ("the Farmers’ Union’s Training Centre")."""
    return not _names_an_owner(owner[-1] + "’s") and bool(rest) and not (any(_is_head(w) for w in owner) and any(_is_head(w) for w in rest))


def _without_trailing_person(chunk: list[str]) -> list[str]:
    """'Commission for External Relations Le Van Binh' -> the body: a Vietnamese full name
    (a family name and one to three more words, no body or place word among them) after a
    body's words is the person holding its title, where the persons rules missed him."""
    for n in range(2, len(chunk) - 1):
        rest = chunk[n:]
        if (
            word_key(chunk[n]) in VIETNAMESE_SURNAMES
            and chunk[n - 1].lower() not in CONNECTORS | {"the"}
            and 2 <= len(rest) <= 4
            and all(w[:1].isupper() and not _is_head(w) and w.lower() not in PLACE_WORDS for w in rest)
            and any(_is_head(w) for w in chunk[:n])
        ):
            return chunk[:n]
    return chunk


def _body_name(chunk: list[str], may_end_in_complement: bool) -> str | None:
    for n, word in enumerate(chunk):
        if word.lower() in NOT_IN_NAME_TAIL and n > 0:
            chunk = chunk[:n]  # "Police Department of X on November": the date is not the name
            break
    chunk = _without_trailing_person(chunk)
    while chunk and (chunk[-1].lower() in CONNECTORS | {"the"} or (len(chunk[-1]) == 1 and not chunk[-1].isdigit())):
        chunk = chunk[:-1]
    while chunk and (chunk[0].lower() in CONNECTORS | {"the"} or chunk[0].islower()):
        chunk = chunk[1:]  # "(The) municipal Department of Health": a place word after a sentence's first word
    while chunk and chunk[-1].lower() in CONNECTORS | {"the"}:
        chunk = chunk[:-1]
    while "of" in chunk and not any(_is_head(w) for w in chunk[: chunk.index("of")]):
        after = chunk[chunk.index("of") + 1 :]
        if not any(_is_head(w) for w in after):
            break
        # "(a researcher) Jane Doe of the Institute of Marine Biology": the body is after "of";
        # "Each of the Chiefs of Mission": none is
        chunk = after[1:] if after[:1] == ["the"] else after
    if chunk[-1:] == ["No"]:
        chunk = chunk[:-1]  # "Power Corporation No. 1", "Resolution No. 27": the number's label
    if len(chunk) < 2 or not any(_is_head(w) for w in chunk):
        return None  # a bare "Office" or "Committee"
    if chunk[-1].lower() in POST_ENDINGS:
        return None  # "Group Executive", "Chief Executive": a post, whose last word no body's name ends in
    if chunk[-1].lower() in DOCUMENT_NOUNS and chunk[-2].lower() not in CONNECTORS:
        return None  # "the Government Resolution", "a Politburo Directive": a document a body issued ("School of Law" is one)
    if any(w.lower() in EVENT_WORDS for w in chunk):
        return None  # "the AFF Suzuki Cup Group A": an event, or a part of one
    if _names_a_programme(chunk):
        return None
    last_head = max((k for k, w in enumerate(chunk) if _is_head(w)), default=None)
    if last_head is not None and chunk[-1].lower() in SITTING_NOUNS and not {"of", "for", "on"} & {w.lower() for w in chunk[last_head:]}:
        # "World Economic Forum Annual Meeting": the body that holds the meeting ("Committee for the
        # X Festival" is a body named for what it serves)
        chunk = chunk[: last_head + 1]
    if not may_end_in_complement and not _is_head(chunk[-1]):
        return None  # before a title only "X Assembly"-shaped names count
    if chunk[0] in KNOWN_BODIES:
        return None  # "MPS Office": a unit named after its parent's acronym ("HCMC Police" is a body)
    owner = chunk[chunk.index("of") + 1 :] if "of" in chunk and not any(_is_head(w) for w in chunk[: chunk.index("of")]) else chunk
    if all(w.lower() in CONNECTORS | {"the"} or w.lower() in GENERIC_WORDS for w in owner):
        return None  # "(Delegations of the) Party and State", "City Party": no body's own name
    return _strip_country_tail(" ".join(chunk))


COMPANY_WORD = rf"[{UPPER}][\w\-]*(?!\w|[’']s\b)"  # not a possessive ("Hanoi’s clinic"); a closing quote may follow
COMPANY_RUN = rf"{COMPANY_WORD}(?:[ \t]+{COMPANY_WORD}){{0,2}}(?![ \t]+[{UPPER}])"
# Companies and outlets the text names in one to three words with no organisation noun in the
# name, known by the noun that describes them: "oil giant X", "X newspaper", "a subsidiary of X".
# Each cue is found from a cheap anchor (a word before a capital, a noun, a suffix): one pattern
# of every noun tried at every word cost more than the rest of the organisations together.
# (the name may stand in quotes: "shipbuilding company ‘X’")
# (possessive: a word and its spaces end where they end, and are not given back one character at a time)
WORD_BEFORE_CAPITAL = re.compile(rf"\b([A-Za-z][\w\-]*+)[ \t]++(?:(of|in|at)[ \t]++)?[‘“]?(?=[{UPPER}])")
COMPANY_RUN_AT = re.compile(COMPANY_RUN)
COMPANY_WORD_AT = re.compile(rf"{COMPANY_WORD}(?![ \t]+[{UPPER}])")
NOUN_AFTER = re.compile(rf"\b(?:{'|'.join(sorted(COMPANY_NOUNS_AFTER))})\b")
RUN_BEFORE_NOUN = re.compile(rf"(?<![\w’'])(?P<name>{COMPANY_RUN})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+\Z")
# "X, an investment consultancy company", "X, the country's largest lender": what follows the comma
# describes the name before it (its noun within five words of the article); the words are looked
# up in a set, a pattern of every noun tried at every word cost more
APPOSITION_START = re.compile(r",[ \t]+(?:an?|the)[ \t]+")
RUN_BEFORE_COMMA = re.compile(rf"(?<![\w’'])(?P<name>{COMPANY_RUN})\Z")
# one-word banks and groups: "Vietcombank", "Vingroup", "TPBank"
BANK_OR_GROUP = re.compile(rf"\b[{UPPER}]\w+(?:bank|Bank|group|Group)\b")
NOT_COMPANY_WORDS = {"the", "a", "an", "its", "his", "her", "their", "this", "that"} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} | MONTHS


def _company_spans(text: str) -> Iterator[tuple[int, int]]:
    for anchor in WORD_BEFORE_CAPITAL.finditer(text):
        word, relation = anchor.group(1).lower(), anchor.group(2)
        if relation and word in COMPANY_RELATIONS:
            found = COMPANY_WORD_AT.match(text, anchor.end())
        elif not relation and word in COMPANY_NOUNS_BEFORE and anchor.group(1).islower():
            found = COMPANY_RUN_AT.match(text, anchor.end())
        else:
            continue
        if found:
            yield found.span()
    for noun in NOUN_AFTER.finditer(text):
        reach = max(0, noun.start() - 120)
        found = RUN_BEFORE_NOUN.search(text, reach, noun.start())
        if found:
            yield found.span("name")
    for opening in APPOSITION_START.finditer(text):
        words = [w.strip(",.;:’'\"") for w in text[opening.end() : opening.end() + 80].split()[:6]]
        noun = next((n for n, w in enumerate(words[:5]) if w in COMPANY_NOUNS_IN_APPOSITION), None)
        if noun is None or (noun + 1 < len(words) and words[noun + 1].lower() in PEOPLE_AFTER_COMPANY_NOUN):
            continue  # "X, a company director": a person
        found = RUN_BEFORE_COMMA.search(text, max(0, opening.start() - 60), opening.start())
        if found:
            yield found.span("name")
    for found in BANK_OR_GROUP.finditer(text):
        yield found.span()
        # "loans from Sacombank, BIDV and TPBank": the names listed with a bank are its peers
        if separator := LIST_SEPARATOR.match(text, found.end()):
            yield from _list_items(text, separator.end())
    for opening in LIST_OF_COMPANIES.finditer(text):
        yield from _list_items(text, opening.end())


# "giants Tokyo Sun, Orka and Delta Mall", "a joint venture between X, Y and Z": each name of a list
# after a plural company noun is a company
COMPANY_NOUNS_PLURAL = ("giants", "firms", "companies", "corporations", "conglomerates", "lenders", "insurers", "retailers", "automakers", "carmakers")
LIST_OF_COMPANIES = re.compile(rf"\b(?:{'|'.join(COMPANY_NOUNS_PLURAL)}|joint[ \t]+venture[ \t]+between)[ \t]+(?=[{UPPER}])")
LIST_SEPARATOR = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")


def _list_items(text: str, at: int) -> Iterator[tuple[int, int]]:
    while found := COMPANY_RUN_AT.match(text, at):
        yield found.span()
        separator = LIST_SEPARATOR.match(text, found.end())
        if not separator:
            return
        at = separator.end()


def _companies(text: str, person_starts: list[int]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each company or outlet a cue names; never a person, a place, a
    country or a body a longer name holds (those the phrase rules find)."""
    found = []
    for start, end in _company_spans(text):
        words = text[start:end].split()
        while words and words[0].lower() in NOT_COMPANY_WORDS:
            start += len(words.pop(0)) + 1
        # "lent its subsidiary X VND35 trillion": an amount's currency is no part of the name
        words = list(itertools.takewhile(lambda w: not (w.isupper() and pycountry.currencies.get(alpha_3=w)), words))
        name = " ".join(words)
        if (
            not words
            or (len(words) == 1 and words[0].lower() in CLAUSE_OPENERS)  # "Earlier, the central bank said": no apposition
            or any(w.lower() in NOT_COMPANY_WORDS or _is_head(w) or w.lower() in TITLE_WORDS for w in words)
            or any(start <= at < end for at in person_starts)
            or _is_place(name)
        ):
            continue
        found.append((name, start, start + len(name)))
    return found


# "former Vinashin chairman", "PetroVietnam’s general director X": a one-word name before the title of
# the person who runs it names a company (a place, a country or a person's word before it is checked out)
COMPANY_BEFORE_TITLE = re.compile(
    rf"(?<![\w’'\-])(?P<name>[{UPPER}][\w\-]{{2,}})(?:[’']s)?[ \t]+(?:(?i:deputy|vice)[ \t]+)?"
    r"(?i:general[ \t]+director|chairman|chairwoman|president|ceo|chief[ \t]+executive)\b"
)
CAPITALISED_WORD_BEFORE = re.compile(rf"[{UPPER}][\w’'\-]*[ \t]+\Z")
SENTENCE_START_BEFORE = re.compile(r"(?:\A|[.!?:;“\"‘(–—-])\s*\Z")


def _companies_before_titles(text: str, person_starts: list[int]) -> list[tuple[str, int, int]]:
    found = []
    for match in COMPANY_BEFORE_TITLE.finditer(text):
        name, start = match.group("name"), match.start()
        before = text[max(0, start - 40) : start]
        if (
            CAPITALISED_WORD_BEFORE.search(before)  # a longer name's last word ("Vietnam Airlines President")
            # "Former president" opens a sentence; "Korvana’s chairman", "PetroVietnam Chairman" may
            or (SENTENCE_START_BEFORE.search(before) and not any(c.isupper() for c in name[1:]) and not text.startswith(("’s", "'s"), match.end("name")))
            or name.isupper()  # acronyms are read with the titles after them below
            or name.lower() in TITLE_WORDS | NOT_COMPANY_WORDS | KIND_WORDS | PLACE_WORDS
            or _is_head(name)
            or word_key(name) in VIETNAMESE_SURNAMES
            or _is_place(name)
            or any(start <= at < match.end("name") for at in person_starts)
        ):
            continue
        found.append((name, start, match.end("name")))
    return found


NEWS_AGENCY = re.compile(rf"\b(?:{'|'.join(sorted(NEWS_AGENCIES))})\b")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: the word is part of a longer name."""
    before = re.search(rf"[{UPPER}][\w’'\-]*(?<![’']s)[ \t]+\Z", text[max(0, start - 40) : start])  # not "Japan’s Kyodo"
    return bool(before or re.match(rf"[ \t]+[{UPPER}]", text[end:]))


TITLE_AFTER = re.compile(r"\s+(?:(?:Deputy|Vice|General|Acting|Senior|Chief)\s+)*(?:Director|Chairman|Chairwoman|Chair|President|Head|Chief|Secretary|Spokesperson|Spokesman|Governor|Commissioner|CEO)\b")
# Nouns that end the long form of an acronym naming no body.
NOT_BODY_NOUNS = {
    "product", "index", "agreement", "agreements", "partnership", "assistance", "investment", "vehicle", "vehicles",
    "games", "law", "plan", "strategy", "project", "rate", "tax", "system", "goals", "initiative", "corridor",
    "disease", "syndrome", "virus", "fever", "treaty", "convention", "declaration", "model",
    "intelligence", "technology", "income", "price", "prices", "standards", "standard", "certificate", "code",
}
# Nouns a document's title opens with ("Memorandum of Understanding on ...", "Protocol of ...").
DOCUMENT_NOUNS = {
    "memorandum", "memoranda", "protocol", "agreement", "treaty", "convention", "charter", "declaration", "law",
    "decree", "resolution", "certificate", "letter", "minutes", "statement", "statute", "plan", "directive",
    "decision", "circular", "dispatch", "act",
}
# Plurals that end a body's name as its field ("Ministry of Foreign Affairs’ X Department").
FIELD_PLURALS = {"affairs", "resources", "relations", "communications", "services", "sciences", "arts", "sports", "nations", "forces", "statistics", "customs", "invalids"}
# Names made only of these words ("Party and State", "City Party") name no body.
GENERIC_WORDS = {"city", "provincial", "municipal", "district", "party", "state", "national", "central", "local"}


def _is_place(name: str) -> bool:
    return name in country_names() or fold(name) in city_names() or is_vietnamese_place(name)


def _names_something_else(text: str, end: int) -> bool:
    """A body's acronym opening another name is no mention of the body: "the ASEAN Cup", "the AFC
    Champions League"; before a title or a body's noun it is ("ASEAN Chair", "UN Secretariat")."""
    following = re.match(rf"[ \t]+([{UPPER}][\w’'\-]*)", text[end:])
    return bool(following) and not (_is_head(following.group(1)) or following.group(1).lower() in TITLE_WORDS)


def _inside_known_name(phrase: str, at: int, defined: dict[str, str]) -> bool:
    """A known or defined body's long name runs across this point of the phrase."""
    for name in itertools.chain(KNOWN_BODIES.values(), defined.values()):
        start = phrase.find(name)
        if 0 <= start < at < start + len(name):
            return True
    return False


# whitespace that is not a single space: where a name's words may stand spaced otherwise
OTHER_SPACING = re.compile(r"[^\S ]| {2}")


def _where_in(phrase: str, name: str) -> tuple[int, int]:
    """Where a name found in a phrase stands in it; its words may be cased or spaced
    differently there (a defined long form), and then the whole phrase is the evidence."""
    if phrase.isascii() and name.isascii() and not OTHER_SPACING.search(phrase):
        # single spaces and ASCII letters: the pattern below would find the name's words, a
        # space apart, in any case; a pattern compiled for every name cost more than the rest
        words = " ".join(name.split())
        start = phrase.lower().find(words.lower())
        return (start, start + len(words)) if start >= 0 else (0, len(phrase))
    found = re.search(r"\s+".join(map(re.escape, name.split())), phrase, re.I)
    return found.span() if found else (0, len(phrase))


# Words that say what kind of body a name is and where it sits in the state, but not which one:
# a name made only of them ("the Provincial Police", "the Organising Committee") is a short
# mention of a longer name that holds it.
KIND_WORDS = GENERIC_WORDS | {"people's", "people’s", "organising", "organizing", "steering", "standing", "executive", "general", "military", "high", "public", "security", "investigation"}


# Words that place a body in the Party's or the state's tiers without saying which body it is.
TIER_WORDS = {"party", "central", "standing", "executive", "steering", "organising", "organizing", "management", "municipal", "provincial", "district", "city", "people's", "people’s"}


def _in_title_case(title: str) -> bool:
    """"Strong Force to Promote Business Community Development": a headline that capitalises
    every longer word, its verbs too, says nothing by its capitals; a body it names only there is
    no body ("Vietnam introduces ... at the United Nations General Assembly" is in sentence case)."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", title) if len(w) > 3]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _names_a_tier_only(name: str) -> bool:
    """"the Standing Committee", "the Party Central Committee", "the Municipal Party Committee":
    a tier of some body the text names elsewhere or not at all. The real-article labels count
    such a name optional at most, never required, so it is left out unless a longer name
    holds it (then it is that name's mention)."""
    words = name.split()
    return all(w.lower() in TIER_WORDS or _is_head(w) for w in words) and any(w.lower() in TIER_WORDS for w in words)


# The organs every company has: "Chairman of the Board of Directors of X" names X, not a body of its own
# (the real-article labels count such an organ optional at most).
COMPANY_ORGANS = {
    "board of directors", "board of management", "board of supervisors", "supervisory board", "members' council",
    "members’ council", "board of trustees", "board of members",
}


def _has_no_word_of_its_own(name: str) -> bool:
    return all(w.lower() in KIND_WORDS or _is_head(w) or w.lower() in CONNECTORS | {"the"} for w in name.split())


def _is_proper_name_after_country(name: str) -> bool:
    """"Fatherland Front", "National University": words of a name of its own, which a country's
    name may open ("the Vietnam Fatherland Front"); not a generic name opened by its body's noun
    ("Ministry of Health"), which a country only places ("the Vietnamese Ministry of Health")."""
    return not _is_head(name.split()[0])


def _short_mentions_merged(orgs: list[OrgBuilder]) -> list[OrgBuilder]:
    """"Thanh Hoa Provincial Police ... the Provincial Police": the short name is the long one's
    mention, as is "the Organising Committee" of "the Organising Committee for the X Festival";
    a name with a nationality before it is a mention of the same generic name without it, and a
    name of its own is a mention of the same name with its country's first."""
    kept = []
    for org in orgs:
        longer = None
        nationality, _, rest = org.name.partition(" ")
        if nationality in country_names() and rest and not _is_proper_name_after_country(rest):
            # "the Vietnamese Ministry of Foreign Affairs" where "the Ministry of Foreign Affairs" is named too
            longer = next((other for other in orgs if other.name.lower() == rest.lower()), None)
        if longer is None and not org.acronym and _is_proper_name_after_country(org.name):
            # "the Fatherland Front organisations" where "the Vietnam Fatherland Front" is named: the
            # country is the first word of the body's own name, and the short name its mention
            longer = next((other for other in orgs if other.name.partition(" ")[0] in country_names() and other.name.partition(" ")[2].lower() == org.name.lower()), None)
        if longer is None and not org.acronym and _has_no_word_of_its_own(org.name):
            short = org.name.lower()
            longer = next(
                (other for other in orgs if other is not org and (other.name.lower().endswith(" " + short) or other.name.lower().startswith((short + " of ", short + " for ")))),
                None,
            )
        if longer is not None:
            longer.mentions.extend(org.mentions)
            longer.acronym = longer.acronym or org.acronym
        else:
            kept.append(org)
    return kept


AT_THE = re.compile(r"(?<![\w’'])[a-z\d][\w’'\-]*[ \t]+at[ \t]+(?:the[ \t]+)?\Z")
# Bodies that are also buildings: "at the X Centre" may say where, not who.
VENUE_HEADS = {"centre", "center", "hospital", "forum", "house", "hall", "palace", "museum", "theatre", "theater", "stadium"}
PREMISES = re.compile(r"[ \t]+(?:headquarters|offices|premises|building)\b")


ORDINAL_BEFORE = re.compile(r"(?i:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+\Z")


def _names_a_sitting(text: str, start: int, end: int) -> bool:
    """"the 8th National Congress", "the Party's 13th National Congress": a numbered congress is a
    meeting, an event, not a body; a legislature that is called a congress ("National People's
    Congress") stays one."""
    words = text[start:end].split()
    return words[-1].lower() == "congress" and not any(w.lower().startswith("people") for w in words) and bool(ORDINAL_BEFORE.search(text, max(0, start - 20), start))


def _names_a_venue(text: str, start: int, end: int) -> bool:
    """"(held) at the X Centre", "(treated) at X Hospital", "at the X headquarters": the body
    stands for the place where something happens, not for an actor. The real-article labels count
    such a body optional at most, never required; one named so in every mention is left out. Not
    after a title ("Head of the Y Sector at the League of Arab States"): that is where a person works."""
    if not AT_THE.search(text, max(0, start - 30), start):
        return False
    return PREMISES.match(text, end) is not None or any(w.lower() in VENUE_HEADS for w in text[start:end].split())


def extract_organizations(segments: list[Segment], person_spans: list[Span] = ()) -> list[Organization]:
    """Organisations; a capitalised phrase stops where a person's name starts in it
    ("the Hanoi People's Committee Tran Van Binh")."""
    orgs: list[OrgBuilder] = []

    def add(name: str, acronym: str | None, span: Span) -> None:
        key = name.lower()
        for org in orgs:
            if org.name.lower() == key or (acronym and org.acronym == acronym) or (org.acronym and org.acronym == name):
                if acronym and not org.acronym:
                    org.acronym = acronym
                if len(name) > len(org.name) and org.acronym == acronym and not name.isupper():
                    org.name = name
                org.mentions.append(span)
                return
        orgs.append(OrgBuilder(name, acronym, [span]))

    defined: dict[str, str] = {}  # acronyms and short names -> the long names they stand for
    for segment in segments:
        if "(" not in segment.text:  # no definition without one: skip trying at every phrase
            continue
        names = [(s.start, s.end) for s in person_spans if s.where == segment.where and s.caption == segment.caption]
        for match in DEFINITION.finditer(segment.text):
            acronym, words = match.group("acronym"), _name_part(match.group("long")).split()
            if acronym in country_names():
                continue  # "Democratic People's Republic of Korea (DPRK)": a country
            for start in range(len(words)):
                if words[start].lower() in CONNECTORS | {"the"}:
                    continue
                if _initials(words[start:]).upper() == acronym.upper():
                    if not _names_no_body(words[start:]):
                        defined[acronym] = _strip_country_tail(" ".join(words[start:]))
                    break
            else:
                inners = organisations_in(match.group("long"))
                if inners:
                    defined[acronym] = inners[-1]
                elif _spells(acronym, " ".join(words)) and any(_is_head(w) for w in words):
                    # "UN Mission in South Sudan (UNMISS)": letters from inside the words too
                    defined[acronym] = _strip_country_tail(" ".join(words))
        for match in SHORT_NAME.finditer(segment.text):
            short, inners = match.group("short"), organisations_in(_name_part(match.group("long")))
            a_name = any(start < match.end("short") and match.start("short") < end for start, end in names)
            if inners and short not in defined and not _is_place(short) and not a_name:
                defined[short] = inners[-1]

    for segment in segments:
        taken: list[tuple[int, int]] = []
        names = sorted((span.start, span.end) for span in person_spans if span.where == segment.where and span.caption == segment.caption)
        name_starts = [start for start, _ in names]
        position = 0
        while match := PHRASE.search(segment.text, position):
            phrase = _name_part(match.group())
            position = match.start() + max(len(phrase), 1)
            after = bisect.bisect_right(name_starts, match.start())
            cut = name_starts[after] if after < len(name_starts) and name_starts[after] < position else None
            if cut is not None and _inside_known_name(phrase, cut - match.start(), defined):
                cut = None  # "the Ministry of Agriculture and Rural Development said": no person
            if cut is not None and _holds_a_head(segment.text[cut : names[after][1]]):
                cut = None  # "... and Central Mass Organisations" read as a person: a body's noun is in no one's name
            if cut is not None and segment.text[match.start() : cut].split()[-1:] in (["for"], ["of"], ["on"], ["and"]):
                # "Commission for External Relations Le Hoai Trung" read as a person "External ...":
                # a name runs on after its connector; the person at its end is cut off below
                cut = None
            if cut is not None:
                phrase = segment.text[match.start() : cut].rstrip()
                # "Director Tran Van A of the Hanoi Center for X": read on after the name
                position = names[after][1]
            if phrase in BODY_ALIASES or phrase.removeprefix("the ") in BODY_ALIASES:
                acronym = BODY_ALIASES[phrase.removeprefix("the ")]
                end = match.start() + len(phrase)
                add(KNOWN_BODIES[acronym], acronym, segment.span(match.start(), end))
                taken.append((match.start(), end))
                continue
            inners = organisations_in(phrase) if _holds_a_head(phrase) else []
            for inner in inners:
                # "UN Office of Legal Affairs (OLA)": the defined long form is the name
                inner = next((long for long in defined.values() if inner.lower().endswith(long.lower())), inner)
                start, end = _where_in(phrase, inner)
                start, end = match.start() + start, match.start() + end
                acronym = next((a for a, long in defined.items() if long.lower() == inner.lower()), None)
                acronym = acronym or next((a for a, long in KNOWN_BODIES.items() if long.lower() == inner.lower()), None)
                add(inner, acronym, segment.span(start, end))
                taken.append((start, end))
            inner = " ".join(inners)
            for known_name, acronym in ((KNOWN_BODIES["UN"], "UN"),):
                # "the United Nations Development Programme": the body inside a longer name; but
                # not the title of a document ("the 1982 United Nations Convention on ..."), which
                # names no actor
                index = phrase.find(known_name)
                next_word = phrase[index + len(known_name) :].split()[:1]
                names_a_document = bool(next_word) and next_word[0].lower() in DOCUMENT_NOUNS | NOT_BODY_NOUNS
                if index >= 0 and not (inner and known_name in inner) and not names_a_document:
                    start = match.start() + index
                    add(known_name, acronym, segment.span(start, start + len(known_name)))
        for name, start, end in _companies(segment.text, name_starts) + _companies_before_titles(segment.text, name_starts):
            if not any(a <= start < b for a, b in taken) and name not in defined:
                add(name, None, segment.span(start, end))
                taken.append((start, end))
        # a plain look for each name first: one pattern of them all tried at every word costs more
        agencies = NEWS_AGENCY.finditer(segment.text) if any(name in segment.text for name in NEWS_AGENCIES) else ()
        for match in agencies:
            # standing alone: "Kyodo News", "Bloomberg Philanthropies" are other names
            if not any(a <= match.start() < b for a, b in taken) and not _in_longer_name(segment.text, match.start(), match.end()):
                add(match.group(), None, segment.span(match.start(), match.end()))
        for match in ACRONYM_WORD.finditer(segment.text):
            acronym = match.group()
            if any(a <= match.start() < b for a, b in taken):
                continue
            if acronym in defined:
                add(defined[acronym], acronym, segment.span(match.start(), match.end()))
            elif acronym in KNOWN_BODIES and acronym not in ACRONYMS_NEEDING_DEFINITION:
                if not _names_something_else(segment.text, match.end()):
                    add(KNOWN_BODIES[acronym], acronym, segment.span(match.start(), match.end()))
            elif acronym.isupper() and TITLE_AFTER.match(segment.text, match.end()) and acronym not in country_names():
                # "GSO General Director X": an acronym heading a title is the body the person leads
                add(acronym, acronym, segment.span(match.start(), match.end()))
    orgs = _short_mentions_merged(orgs)
    text_of = {(segment.where, segment.caption): segment.text for segment in segments}
    orgs = [
        org for org in orgs
        if not all(_names_a_venue(text_of[(m.where, m.caption)], m.start, m.end) for m in org.mentions)
        and not all(_names_a_sitting(text_of[(m.where, m.caption)], m.start, m.end) for m in org.mentions)
        and not (org.acronym is None and (_names_a_tier_only(org.name) or org.name.lower() in COMPANY_ORGANS))
        and org.name not in country_names()  # "the Russian Federation": a country, though "Federation" names bodies too
        and not all(m.where == "title" and _in_title_case(text_of[(m.where, m.caption)]) for m in org.mentions)
    ]
    texts = [segment.text for segment in segments]
    for org in orgs:
        # a body the text names only by its acronym is named so ("ASEAN", not our long form)
        if org.acronym and KNOWN_BODIES.get(org.acronym) == org.name and not any(org.name in text for text in texts):
            org.name = org.acronym
    return [Organization(name=o.name, acronym=o.acronym, mentions=o.mentions) for o in orgs]
