"""What says a run of name words is a person's when no title does: a speech verb, a relative
or an age, a residence ("X of Y ward"), a country ("Indonesian X"), a Vietnamese full name
standing alone, a list with a person in it; and what says it is a place or a body instead."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.records.countries import country_names
from extractors.records.lexicon import (
    COMPANY_NOUNS_BEFORE,
    KIN_AND_RESIDENCE,
    PEOPLE_NOUNS,
    ORGANIZATION_HEADS,
    PLACE_WORDS,
    SPEECH_VERBS,
    VENUE_AND_FIRM_WORDS,
    VIETNAMESE_SURNAMES,
    WORK_NOUNS,
)
from extractors.records.name_runs import MAX_NAME_WORDS, without_possessive
from extractors.records.name_words import is_demonym, is_possessive, is_role_word
from extractors.records.places import is_vietnamese_place, is_world_place
from extractors.records.text import Sentence, Token
from extractors.text_cleaning import fold

# What confirms a name in brackets right after it: "(born 1990)", "(35)", "(aged 35)".
BRACKETED_AGE = re.compile(r"\s*\((?:born\b|aged\b|\d{1,3}\b)")
NEXT_WORD = re.compile(r"\s+(\w+)")


def speech_verb_near(sentence: Sentence, tokens: list[Token], i: int, j: int) -> bool:
    """'X said', 'said X', 'X, <who they are>, said', '“...,” said <who they are>, X': the run
    names someone who spoke."""
    text = sentence.segment.text
    # the word after, read from the text: the tokens may stop at a sentence's first word
    after_word = NEXT_WORD.match(text, tokens[j - 1].end, sentence.end)
    after = after_word.group(1).lower() if after_word else ""
    before = tokens[i - 1].lower if i > 0 else ""
    # "said X" names the speaker; "told X", "according X" name no one who spoke
    if after in SPEECH_VERBS or (before in SPEECH_VERBS and before not in LISTENER_VERBS):
        return True
    # the subject with its description between commas ("X, CEO of Y, on Monday said that ...")
    if i == 0 and APPOSITION_THEN_VERB.match(text, tokens[j - 1].end, sentence.end):
        return True
    # the quote's attribution ends on the name, after a description of its own
    return bool(QUOTE_ATTRIBUTION_BEFORE.search(text, max(sentence.start - 1, tokens[i].start - 160), tokens[i].start))


def quoted_as_saying(sentence: Sentence, tokens: list[Token], i: int, j: int) -> bool:
    """'quoted X, the firm's regional spokesman, as saying': a person is quoted so, a firm hardly."""
    return i > 0 and tokens[i - 1].lower in {"quoted", "cited"} and QUOTED_AS_SAYING.match(sentence.segment.text, tokens[j - 1].end, sentence.end) is not None


LISTENER_VERBS = {"told", "tells", "asked", "according", "cited", "quoted"}
# verbs whose subject speaks ("X, ..., told reporters"), unlike "according to", "quoted"
SUBJECT_SPEAKS = "|".join(sorted(SPEECH_VERBS - {"according", "cited", "quoted"}, key=len, reverse=True))
APPOSITION_THEN_VERB = re.compile(rf",[^.;:“”\"]{{1,160}},\s+(?:(?:on|last|this)\s+\w+\s+|also\s+|earlier\s+)?(?:{SUBJECT_SPEAKS})\b", re.I)
QUOTED_AS_SAYING = re.compile(r"(?:,[^.;“”\"]{1,120},)?\s+as\s+(?:saying|stating|telling)\b")
QUOTE_ATTRIBUTION_BEFORE = re.compile(rf"[,.!?][”\"]\s*,?\s*(?:{SUBJECT_SPEAKS})\s[^.;“”\"]{{1,120}},\s*$", re.I)

# Words right before a name that say it is a person's though they are no title of theirs.
KIN = KIN_AND_RESIDENCE - {"resident", "residents", "villager", "local", "native"}


def kin_before(tokens: list[Token], i: int) -> bool:
    """'his daughter Tan Mai', 'her husband, X', '48-year-old X', 'identified as X': words
    that are said of a person only."""
    k = i - 1 if i > 0 and tokens[i - 1].text not in {",", "of", "("} else i - 2  # "the brother of X", "his son (X)"
    if k >= 0 and (tokens[k].lower.removesuffix("-in-law") in KIN or tokens[k].lower == "year-old"):  # "his brother-in-law, X"
        return True
    return i >= 2 and (tokens[i - 1].lower == "as" and tokens[i - 2].lower == "identified" or follows_named(tokens, i))


def follows_named(tokens: list[Token], i: int) -> bool:
    """'a man named Vu', 'a driver named Tran Van A'."""
    return i >= 2 and tokens[i - 1].lower == "named" and (tokens[i - 2].lower in PEOPLE_NOUNS or is_role_word(tokens[i - 2]))


def of_a_foreign_country(tokens: list[Token], i: int, j: int) -> bool:
    """'Indonesian Satria Bayu', 'Thailand’s Malee Sirichai', 'Artur Lenk of/from Estonia': an
    athlete or a visitor named with their country. Viet Nam's own names need a surer sign
    ("Vietnamese Ao Dai" is a dress). A capitalised word right after the name makes it a body's
    ("Thailand’s Muang Thong United")."""
    if j < len(tokens) and tokens[j].is_capitalised and tokens[j].start - tokens[j - 1].end <= 1:
        return False
    before = tokens[i - 1] if i > 0 else None
    if before is not None:
        country = before.text[:-2] if is_possessive(before) else before.text.rstrip("’'") if before.text.endswith(("s’", "s'")) else before.text
        if _foreign_country(country) and (is_possessive(before) or before.text.endswith(("’", "'")) or is_demonym(before)):
            return True
    if j + 1 < len(tokens) and tokens[j].lower in {"of", "from"}:
        k = j + 2 if tokens[j + 1].lower == "the" else j + 1
        return k < len(tokens) and _foreign_country(tokens[k].text)
    return False


def _foreign_country(name: str) -> bool:
    code = country_names().get(name)
    return code is not None and code != "VN"


# The middle names that mark a person's full name ("Nguyen Thi Thanh Hoa" ends with a province's name).
MIDDLE_NAMES = {"thi", "van", "duc", "huu", "dinh", "ngoc", "minh", "quoc", "xuan", "thanh"}
# Words that stand before the name of a thing, a place or an address, hardly before a bare person's name.
NOT_BEFORE_A_BARE_NAME = {"the", "a", "an", "at", "on", "no", "no."}


def stands_alone_as_a_name(tokens: list[Token], i: int, j: int) -> bool:
    """A Vietnamese full name needs no title: three or four words opening with a family
    name, not a place ("Ha Tinh", "Tran Phu Street") nor part of a longer proper name."""
    syllables = sum(1 + t.text.count("-") for t in tokens[i:j])  # "Kim Sang-sik": three
    if not 3 <= syllables <= MAX_NAME_WORDS or tokens[i].key not in VIETNAMESE_SURNAMES:
        return False
    words = without_possessive(tokens[i:j])
    if is_vietnamese_place(" ".join(t.text for t in words)) or words[-1].lower in PLACE_WORDS:
        return False
    if len(words) == 4 and words[1].key not in MIDDLE_NAMES and is_vietnamese_place(f"{words[2].text} {words[3].text}"):
        return False  # "Hoang Anh Gia Lai", "Hong Linh Ha Tinh": a club or a firm named with its province
    if i > 0 and (tokens[i - 1].lower in NOT_BEFORE_A_BARE_NAME or tokens[i - 1].text[:1].isdigit()):
        return False  # "the Tran Quoc Toan award", "studied at Le Quy Don", "lived at 7 Dinh Tien Hoang": a name given to a thing
    after = tokens[j] if j < len(tokens) and not is_possessive(tokens[j - 1]) else None  # "Tran Van Tuan's Party card": his
    if after is not None and after.start - tokens[j - 1].end <= 1 and (after.is_capitalised or after.lower in BODY_AFTER or after.lower[:-1] in PLACE_WORDS):
        return False  # "... and Nguyen Thi Nghia streets"
    return True


def place_word_after(tokens: list[Token], j: int) -> bool:
    """Does a place's kind follow the name words ending before token j ("... streets", "... Province")?"""
    after = tokens[j] if j < len(tokens) else None
    return after is not None and after.start - tokens[j - 1].end <= 1 and (after.lower in PLACE_WORDS or after.lower[:-1] in PLACE_WORDS)


def of_a_place(tokens: list[Token], i: int, j: int) -> bool:
    """'Hoang Lan of Vinh Tuy Ward', 'Tran Nam from Ha Tinh': a resident named with a place;
    a name that opens with no family name needs the place's kind said ("of X province")."""
    if j + 1 >= len(tokens) or tokens[j].lower not in {"of", "from", "in"}:
        return False
    surname = tokens[i].key in VIETNAMESE_SURNAMES
    place = []
    for t in tokens[j + 1 : j + 6]:
        if t.lower in PLACE_WORDS:  # and no "the" before: "the Border Post of X Gate" is a unit
            return bool(place) and (surname or tokens[j].lower != "in" and (i == 0 or tokens[i - 1].lower != "the"))
        if not t.is_capitalised:
            break
        place.append(t.text)
    return surname and bool(place) and is_vietnamese_place(" ".join(place))


@lru_cache(maxsize=16384)  # asked of every run of name words, most of them many times over an article set
def _is_place_name(name: str) -> bool:
    return is_vietnamese_place(name) or is_world_place(name) or name in country_names() or fold(name) in {"viet nam", "ha noi"}


BODY_AFTER = ORGANIZATION_HEADS | PLACE_WORDS | VENUE_AND_FIRM_WORDS


def names_a_place_or_body(tokens: list[Token], i: int, j: int, name: str, titled: bool) -> bool:
    """'Viet Nam', 'Hoi An' (untitled: "President Ho Chi Minh" is a person), 'X Limited
    Liability Company', 'the Vietnam Fatherland Front' are no people."""
    if not titled and _is_place_name(name):
        return True
    after = tokens[j] if j < len(tokens) and not is_possessive(tokens[j - 1]) else None  # "President Donald Trump’s State of the Union": his
    if after is not None and after.start - tokens[j - 1].end <= 1 and after.lower in BODY_AFTER and (after.is_capitalised or after.lower in VENUE_AND_FIRM_WORDS):
        return True  # "X Theatre", "X newspaper"
    if i > 0 and (tokens[i - 1].lower in WORK_NOUNS or tokens[i - 1].lower in COMPANY_NOUNS_BEFORE) and not titled:
        return True  # "the drama X", "carmaker X"
    # "the Vietnam Fatherland Front"; but "Ambassador to Vietnam Somchai Dee" is a person
    before = tokens[i - 1] if i > 0 else None
    country_noun = before is not None and before.text in country_names() and not before.text.endswith(("ese", "an", "ish", "i"))
    k = i - 3 if i >= 3 and tokens[i - 2].lower == "the" else i - 2  # "Prime Minister of the Netherlands Mark Rutte"
    return country_noun and tokens[i].key not in VIETNAMESE_SURNAMES and (k < 0 or tokens[k].lower not in {"to", "of", "in", "for"})


# what stands between two names of a list: commas, "and", ages, birth years. Written with
# possessive repeats, and tried only on short gaps: on a long gap (a table's row of figures
# between two names) a regex that can split its digits and spaces many ways backtracks for minutes
LIST_GLUE = re.compile(r"(?:[\s,&()]++|\band\b|\bboth\b|\baged\b|\bborn\b|\bin\b|\d++)++")
LONGEST_LIST_GLUE = 40


def list_starts(sentence: Sentence, tokens: list[Token], runs: list[tuple[int, int]]) -> list[int]:
    """For each run, the index of the first run of the list it stands in: runs joined by
    commas and "and", with ages between ("A, 37, B and C")."""
    firsts: list[int] = []
    for n, (i, _) in enumerate(runs):
        if n > 0:
            between = sentence.segment.text[tokens[runs[n - 1][1] - 1].end : tokens[i].start]
            if len(between) <= LONGEST_LIST_GLUE and LIST_GLUE.fullmatch(between) and ("," in between or "and" in between or "&" in between):
                firsts.append(firsts[-1])
                continue
        firsts.append(n)
    return firsts
