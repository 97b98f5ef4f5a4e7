"""People named in an article, with the titles the text attaches to them.

A person is a run of two to four name words, confirmed by what stands around it: a title
before it ("Deputy Minister of Foreign Affairs Nguyen Minh Vu", "Mr. John Brandolino"),
an appositive title after it ("Ghada Waly, Executive Director of ..."), or a speech verb
("..., Mansour said"). Later short mentions ("Waly", "Deputy Minister Tung") resolve to
the person first named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.models import Person, Span
from extractors.records.lexicon import (
    CLAUSE_OPENERS,
    HONORIFICS,
    MONTHS,
    NUMBER_WORDS,
    NAME_CONNECTORS,
    NON_NAME_WORDS,
    ORGANIZATION_HEADS,
    PLACE_WORDS,
    PORTFOLIO_WORDS,
    RANK_WORDS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    VIETNAMESE_SURNAMES,
)
from extractors.records.places import is_vietnamese_place
from extractors.records.text import Segment, Sentence, Token, split_sentences, tokenize
from extractors.records.countries import country_names, country_words
from extractors.text_cleaning import fold

MAX_NAME_WORDS = 4
# Words before an appositive title that are not part of it ("a bus driver", "former head of X").
ARTICLES = {"the", "a", "an", "also", "now", "then", "currently", "former"}
# Role nouns that are also syllables of names ("Nguyen Xuan Son", "Tran Van Hung").
ROLE_NOUNS_IN_NAMES = {"son", "hero", "host", "model", "mc", "national", "official", "member", "judge", "major"}
# Function words that are also syllables of Vietnamese names ("Dang Hoang An", "To Lam").
NAME_SYLLABLES = {"an", "to"}
MAX_ROLE_WORDS = 24
INITIAL = re.compile(r"[A-Z]\.")
NAME_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
FIRST_WORD = re.compile(r"\W*[^\W\d_][\w’'\-]*\.?\s?")  # with the space after: an initial is "A. "


def is_title_word(token: Token) -> bool:
    return _is_title_text(token.text)


@lru_cache(maxsize=65536)  # asked of every word near a name, many times over: the answer is the word's own
def _is_title_text(text: str) -> bool:
    low = text.lower()
    return low.rstrip(".") in TITLE_WORDS or low in TITLE_WORDS or low.rstrip(".") in HONORIFICS or low in HONORIFICS


def is_role_word(token: Token) -> bool:
    """A title word, or a lower-case noun naming what a person is ("physician", "suspect"),
    also in the plural that stands before a list of names ("designers A, B and C")."""
    return is_title_word(token) or token.lower in ROLE_NOUNS or singular_role(token.lower) is not None


def singular_role(word: str) -> str | None:
    """'ministers' -> 'minister', 'designers' -> 'designer'; None for any other word."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        stem = word[:-1]
        if stem in ROLE_NOUNS or stem in TITLE_WORDS:
            return stem
    return None


def is_possessive(token: Token) -> bool:
    return token.text.endswith(("’s", "'s"))


# "Lao" names Laos before a title ("Lao Ambassador") but is mostly a place word elsewhere
# ("Lao Cai", "Lao Dong"), so it is no country name.
TITLE_DEMONYMS = {"Lao"}


def is_demonym(token: Token) -> bool:
    return token.is_capitalised and (token.text in country_names() or token.text in TITLE_DEMONYMS) and not token.is_acronym


def is_honorific(token: Token) -> bool:
    return token.lower in HONORIFICS or token.lower.rstrip(".") in HONORIFICS


def is_name_word(token: Token, position: int, length: int) -> bool:
    """Can this token be part of a person's name, at this position of the candidate?"""
    return _is_name_text(token.text, position, length)


@lru_cache(maxsize=65536)  # the most asked question of all the records: the answer is the word's own
def _is_name_text(text: str, position: int, length: int) -> bool:
    token = Token(text, 0, len(text))
    if not text[:1].isupper():  # most words: neither an initial nor capitalised
        return False
    if INITIAL.fullmatch(text):
        return 0 < position < length - 1 or length == 0  # an initial sits inside a name
    if token.is_acronym or not NAME_WORD.fullmatch(text):
        return False
    low = token.key.rstrip("’'")  # "the Philippines’ team"
    if token.key.endswith(("’s", "'s")):
        low = low[:-2]
        if position == 0 and length == 2:
            return False  # a possessive is a name's last word, never its first
    if low in NON_NAME_WORDS or is_title_word(token) or singular_role(low) is not None or low in country_words() or low.split("-")[0] in country_words() or (low in ROLE_NOUNS and low not in ROLE_NOUNS_IN_NAMES):
        return False
    return True


@dataclass
class Candidate:
    tokens: list[Token]
    sentence: Sentence
    prefix: list[Token] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.sentence.segment.text[self.tokens[0].start : self.tokens[-1].end]


@dataclass
class PersonBuilder:
    name: str
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    key_words: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.key_words = {fold(w) for w in self.name.replace(".", " ").split() if len(w) > 1}

    def add_role(self, role: str) -> None:
        role = role.strip(" ,;")
        if not role:
            return
        words = _role_words(role)
        if any(words <= _role_words(r) for r in self.roles):
            return
        self.roles = [r for r in self.roles if not _role_words(r) <= words] + [role]


def _role_words(role: str) -> set[str]:
    return set(fold(role.replace("’", "'")).split())


def _name_runs(tokens: list[Token], sentence_start: int) -> list[tuple[int, int]]:
    """Index ranges [i, j) of maximal name-word sequences in a token list."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if not first.text[:1].isupper():  # most words: no name starts there (asked first, it is the cheapest)
            i += 1
            continue
        at_start = first.start == sentence_start or (i > 0 and tokens[i - 1].text in "“\"‘(")
        starts_name = is_name_word(first, 0, 2) and not (at_start and first.lower in CLAUSE_OPENERS)
        if first.key in VIETNAMESE_SURNAMES and first.is_capitalised and not at_start and not is_possessive(first):
            starts_name = True
        if not starts_name:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < MAX_NAME_WORDS + 1 and not is_possessive(tokens[j - 1]):
            t = tokens[j]
            if tokens[j].start - tokens[j - 1].end > 1:
                break
            if is_name_word(t, 1, 3) or (t.is_capitalised and t.lower in CLAUSE_OPENERS and j + 1 < len(tokens) and is_name_word(tokens[j + 1], 1, 3)):
                j += 1
                continue
            break
        # a trailing function word ("Pham The") is not part of the name
        while j - i > 1 and tokens[j - 1].lower in CLAUSE_OPENERS and tokens[j - 1].lower not in NAME_SYLLABLES:
            j -= 1
        # "Ha Tinh Nguyen Van An": a place before the family name that opens the person's name
        for k in range(i + 1, j - 1):
            before = " ".join(t.text for t in tokens[i:k])
            if tokens[k].key in VIETNAMESE_SURNAMES and (is_vietnamese_place(before) or before in country_names()):
                i = k
                break
        runs.append((i, j))
        i = j
    return runs


HYPHEN_SUFFIX = re.compile(r"-(?:led|born|based|backed|owned|run|made|funded|sponsored|linked|era|style)$")


def _without_possessive(tokens: list[Token]) -> list[Token]:
    """The name without "'s" or a lower-case suffix ("the Donald Trump-led administration")."""
    last = tokens[-1]
    if is_possessive(last):
        return tokens[:-1] + [Token(last.text[:-2], last.start, last.end - 2)]
    suffix = HYPHEN_SUFFIX.search(last.text)
    if suffix and suffix.start() > 1:
        return tokens[:-1] + [Token(last.text[: suffix.start()], last.start, last.start + suffix.start())]
    return tokens


def _title_prefix(tokens: list[Token], i: int) -> list[Token]:
    """The title standing right before token i: capitalised title phrases ("Vice Chairman of
    the Hanoi People's Committee"), a nationality or portfolio before them ("Thai Ambassador",
    "Foreign Minister") and lower-case roles ("physician", "deputy director of ...").
    A single name-like word inside a title ("Representative for Southeast Asia") is part of
    it; two in a row are another person's name, where the title stops."""
    strict = _title_prefix_walk(tokens, i, lenient=False)
    lenient = _title_prefix_walk(tokens, i, lenient=True)
    if len(lenient) > len(strict) and not _holds_another_name(lenient):
        return lenient
    return strict


def _holds_another_name(tokens: list[Token]) -> bool:
    return any(a + 1 < b and " ".join(t.text for t in tokens[a:b]) not in country_names() for a, b in _name_runs(tokens, -1))


BODY_WORDS = ORGANIZATION_HEADS | PORTFOLIO_WORDS | PLACE_WORDS


def _after_of(tokens: list[Token], k: int) -> bool:
    """Does "of" stand a word or three before token k ("of the city police")?"""
    return any(t.lower == "of" for t in tokens[max(0, k - 3) : k])


def _title_prefix_walk(tokens: list[Token], i: int, lenient: bool) -> list[Token]:
    k = i
    while k > 0:
        t = tokens[k - 1]
        if tokens[k].start - t.end > 1:
            break
        if (
            is_role_word(t)
            or _modifies_role(tokens, k, i)
            or is_demonym(t)
            or t.is_acronym
            or (t.is_capitalised and t.lower not in CLAUSE_OPENERS and (lenient or not is_name_word(t, 1, 3) or _names_a_body(tokens[k:i])))
            or (t.lower in NAME_CONNECTORS | {"to"} and k - 1 > 0 and _capitalised_before(tokens, k - 1))
            or (t.lower in PLACE_WORDS and k - 1 > 0 and tokens[k - 2].is_capitalised and tokens[k].is_capitalised)
            or (t.text in "()" and k >= 3 and (tokens[k - 2].is_acronym or tokens[k].is_acronym))  # "Office (UNODC) Representative"
            or (t.text == "," and k >= 2 and tokens[k - 2].is_capitalised and tokens[k].is_capitalised and any(x.lower == "and" for x in tokens[k:i]))  # "Minister of Culture, Sports and Tourism"
            or (t.text.islower() and t.lower in BODY_WORDS and _after_of(tokens, k - 1))  # "head of the provincial police"
        ):
            k -= 1
            continue
        break
    if i > 0 and (tokens[i - 1].lower in NAME_CONNECTORS | {"to"} or is_possessive(tokens[i - 1])):
        return []  # "Commander of the Baltic Fleet", "the city's Disease Center": no name follows
    prefix = tokens[k:i]
    modified_role = bool(prefix) and not prefix[-1].is_capitalised and prefix[-1].lower in ROLE_NOUNS
    while prefix and (prefix[0].lower in NAME_CONNECTORS | {"to"} or not prefix[0].is_capitalised and not is_role_word(prefix[0]) and not (modified_role and len(prefix) <= 3)):
        prefix = prefix[1:]
    # the title is what follows the first title word; words before it belong elsewhere, but
    # for a nationality or a portfolio ("Cambodian Ambassador", "Defence Minister")
    first_title = next((n for n, t in enumerate(prefix) if is_role_word(t) or (t.is_acronym and n + 1 < len(prefix) and is_title_word(prefix[n + 1]))), None)
    if first_title is None:
        return []
    while first_title > 0 and (is_demonym(prefix[first_title - 1]) or prefix[first_title - 1].lower in PORTFOLIO_WORDS):
        first_title -= 1
    if not prefix[first_title].is_capitalised:
        # "murder suspect", "real estate agent", "Hanoi police chief": the role's own modifiers
        while first_title > 0 and (prefix[first_title - 1].text.islower() and prefix[first_title - 1].text.isalpha() or first_title - 1 == 0 and not is_role_word(prefix[0])):
            first_title -= 1
    if first_title > 0 and prefix[first_title - 1].lower in ORGANIZATION_HEADS:
        # "National Assembly Chairwoman": the body before the title is part of it
        while first_title > 0 and (prefix[first_title - 1].is_capitalised or prefix[first_title - 1].lower in NAME_CONNECTORS):
            first_title -= 1
        while first_title < len(prefix) and prefix[first_title].lower in NAME_CONNECTORS:
            first_title += 1
    return prefix[first_title:]


# Words that describe a person rather than name a role ("the famous physician X").
PRAISE = {"famous", "renowned", "well-known", "noted", "late", "young", "old", "talented", "prominent", "great", "beloved", "popular", "new", "current", "female", "male", "local"}


def _modifies_role(tokens: list[Token], k: int, i: int) -> bool:
    """'murder suspect X', 'real estate agent X': up to two plain words before a lower-case
    role noun that stands right before the name belong to the role."""
    t = tokens[k - 1]
    if k >= i or i - k > 2 or tokens[i - 1].lower not in ROLE_NOUNS or tokens[i - 1].is_capitalised:
        return False
    low = t.lower
    at_start = k - 1 == 0 or tokens[k - 2].text in ".,;:—–-\"“("
    plain = t.text.isalpha() and (t.text.islower() or at_start) and low not in CLAUSE_OPENERS and low not in SPEECH_VERBS
    return plain and not low.endswith(("ed", "ly", "ing")) and low not in FINITE_VERBS | NAME_CONNECTORS | PRAISE


def _names_a_body(tokens: list[Token]) -> bool:
    """Do these capitalised words end in a body's head noun ("Security Guard Department")?
    Then a name-like word among them ("Guard") is part of the body, not a person."""
    return any(t.lower in ORGANIZATION_HEADS for t in tokens) and all(t.is_capitalised for t in tokens)


def _capitalised_before(tokens: list[Token], k: int) -> bool:
    """Is token k (a connector) inside a capitalised phrase: a capital a word or two before it?"""
    for back in (1, 2):
        if k - back < 0:
            return False
        t = tokens[k - back]
        if t.is_capitalised or is_role_word(t):
            return True
        if t.lower not in NAME_CONNECTORS:
            return False
    return False


def _role_before_comma(sentence: Sentence, tokens: list[Token], i: int, j: int) -> str | None:
    """'... the new ambassador of Thailand, Tanee Sangrat.': a title phrase, its comma, then
    the name closing the clause."""
    if i < 3 or tokens[i - 1].text != "," or (j < len(tokens) and tokens[j].text not in ".,;:)"):
        return None
    k = i - 1
    while k > 0 and (tokens[k - 1].is_capitalised or is_role_word(tokens[k - 1]) or tokens[k - 1].lower in NAME_CONNECTORS) and not is_name_word(tokens[k - 1], 1, 3):
        k -= 1
    # up to two plain words that modify the role: "the bus assistant, X"
    while k > 0 and i - 1 - k < 3 and _plain_modifier(tokens[k - 1]) and tokens[k - 1].lower not in ARTICLES | {"new", "newly"}:
        k -= 1
    phrase = tokens[k : i - 1]
    while phrase and phrase[0].lower in NAME_CONNECTORS:
        phrase = phrase[1:]
    if not phrase or phrase[0].is_capitalised or not any(is_role_word(t) for t in phrase[:3]) or k == 0 or tokens[k - 1].lower not in ARTICLES | {"new", "newly"}:
        return None  # a lower-case title after "the" / "a": "the new ambassador of Thailand"
    return sentence.segment.text[phrase[0].start : phrase[-1].end]


def _plain_modifier(token: Token) -> bool:
    low = token.lower
    return token.text.isalpha() and token.text.islower() and low not in CLAUSE_OPENERS | NAME_CONNECTORS | FINITE_VERBS | PRAISE and low not in SPEECH_VERBS and not low.endswith(("ed", "ly", "ing"))


def _comma_title_before(sentence: Sentence, tokens: list[Token], k: int) -> str | None:
    """'General, Minister of ... Name': a bare rank before a comma is a title too."""
    if k < 2 or tokens[k - 1].text != ",":
        return None
    j = k - 1
    while j > 0 and is_title_word(tokens[j - 1]) and not is_honorific(tokens[j - 1]):
        j -= 1
    if j == k - 1:
        return _the_title_before_comma(sentence, tokens, k)
    if j > 0 and tokens[j - 1].text not in ",.;:“\"(" and tokens[j - 1].start != sentence.start:
        return None
    return sentence.segment.text[tokens[j].start : tokens[k - 2].end]


def _the_title_before_comma(sentence: Sentence, tokens: list[Token], k: int) -> str | None:
    """'reported it to the Minister of Public Security, General X': a title with its body
    after "the", a comma, then the person (with a rank of their own)."""
    j = k - 1
    while j > 0 and k - j < MAX_ROLE_WORDS and (
        is_title_word(tokens[j - 1]) and not is_honorific(tokens[j - 1])
        or tokens[j - 1].is_capitalised and not is_name_word(tokens[j - 1], 1, 3)
        or tokens[j - 1].lower in NAME_CONNECTORS and tokens[j - 1].lower != "and"
    ):
        j -= 1
    while j < k - 1 and tokens[j].lower in NAME_CONNECTORS:
        j += 1
    if j == k - 1 or j == 0 or tokens[j - 1].lower != "the" or not is_title_word(tokens[j]):
        return None
    return sentence.segment.text[tokens[j].start : tokens[k - 2].end]


AGE = re.compile(r"(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?")
AGE_PHRASE = re.compile(r"(?:an?\s+)?\d{1,3}-year-old\b")
BORN = re.compile(r"(?:both\s+\d{1,3}\b|born\b)")
# What confirms a name in brackets right after it: "(born 1990)", "(35)", "(aged 35)".
BRACKETED_AGE = re.compile(r"\s*\((?:born\b|aged\b|\d{1,3}\b)")


def _appositive_roles(sentence: Sentence, end: int) -> tuple[list[str], bool]:
    """'Name, Ambassador, Chair of the X, expressed ...' -> ['Ambassador', 'Chair of the X'];
    'Name, director of the city's X Center, said' -> ['director of the city's X Center'].
    The flag says whether anything after the name confirms it is a person (a title or an age)."""
    rest = sentence.segment.text[end : sentence.end]
    if not rest.startswith(","):
        return [], False
    roles: list[str] = []
    confirmed = False
    depth = 0
    pieces, current = [], ""
    for char in rest[1:]:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current.rstrip(".;:”\" "))
    for index, piece in enumerate(pieces):
        # a comma closes it ("X, CEO of travel firm Y, said"), or the sentence's end ("..., said X, head of Y.")
        comma_closed = index < len(pieces) - 1
        closed = comma_closed or rest.rstrip().endswith(".")
        stripped = piece.strip()
        if AGE.fullmatch(stripped) or BORN.match(stripped) or stripped.startswith("who "):
            confirmed = True  # "Tran Van Tu, 41, from ...": an age
            continue
        age = AGE_PHRASE.match(stripped)
        if age:
            confirmed = True  # "X, a 45-year-old tour guide who ...": the role after the age
            stripped = stripped[age.end() :].strip()
            if not stripped:
                continue
        words = tokenize(stripped)
        while words and words[0].lower in ARTICLES:
            words = words[1:]
        if not comma_closed:
            words = words[:MAX_ROLE_WORDS]  # the sentence goes on after the title: cut where it ends
        if not words or len(words) > MAX_ROLE_WORDS:
            break
        if any(w.lower in KIN_AND_RESIDENCE for w in words[:3]):
            confirmed = True  # "X, a resident of Y", "X, his daughter": a person, no title
            break
        lead = _role_lead(words)
        if lead is None or singular_role(words[lead].lower) is not None:
            break  # no title, or a plural one ("X, researchers found ...")
        if _names_another_person(words):
            return [], confirmed  # "..., Minister, Chairman of the Office Tran Van Son": his titles
        whole = closed and len(words) <= MAX_CLOSED_ROLE_WORDS and not any(_is_verb_like(w) or w.lower in RELATIVES or _is_participle(w) for w in words)
        stop = len(words) if whole else _role_end(words)
        roles.append(stripped[words[0].start : words[stop - 1].end])
        confirmed = True
        if stop < len(words):
            break  # the sentence goes on inside this piece: no more appositives
    return roles, confirmed


MAX_CLOSED_ROLE_WORDS = 14
RELATIVES = {"who", "whom", "whose", "which", "that"}
# Words that say a name is a person's but are no title of theirs.
KIN_AND_RESIDENCE = {"resident", "residents", "villager", "local", "native", "daughter", "son", "mother", "father", "wife", "husband", "brother", "sister", "grandson", "granddaughter", "nephew", "niece", "friend", "neighbour", "neighbor"}
FINITE_VERBS = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "said", "says", "told"}


def _is_participle(token: Token) -> bool:
    """'the team working on ...' goes on past the title ("anti-counterfeiting" does not)."""
    return token.text.islower() and token.text.endswith("ing") and "-" not in token.text


def _is_verb_like(token: Token) -> bool:
    low = token.lower
    return low in FINITE_VERBS or low in SPEECH_VERBS or (low.endswith("ed") and "-" not in low and not token.is_capitalised)


def _role_lead(words: list[Token]) -> int | None:
    """Index of the role word that opens an appositive title: first, or after a nationality,
    portfolio, acronym or a lower-case qualifier ("a bus assistant", "board chairman of X")."""
    for n, t in enumerate(words[:4]):
        if is_honorific(t):
            return None
        if is_role_word(t):
            return n
        qualifier = t.text.isalpha() and t.text.islower() and not t.lower.endswith(("ed", "ing")) and t.lower not in SPEECH_VERBS and t.lower not in NAME_CONNECTORS
        unit_name = t.text[:1].isupper() and t.text.isalnum() and (t.text.isupper() or not is_name_word(t, 0, 2) or is_vietnamese_place(t.text))
        if not (is_demonym(t) or t.lower in PORTFOLIO_WORDS or qualifier or unit_name):
            return None
    return None


def _role_end(words: list[Token]) -> int:
    """Where a title phrase ends: at the first lower-case word that is no connector or role."""
    for n, t in enumerate(words):
        if n == 0 or t.is_capitalised or is_role_word(t) or t.is_acronym or not t.text[:1].isalpha() and t.text not in ",;:.":
            continue
        if (t.lower in NAME_CONNECTORS | {"to", "at"} or t.lower in PLACE_WORDS or is_possessive(t)) and _capital_ahead(words, n + 1):
            continue
        end = n
        while end > 1 and words[end - 1].lower in NAME_CONNECTORS | {"to", "at"}:
            end -= 1
        return end
    return len(words)


def _capital_ahead(words: list[Token], n: int) -> bool:
    """Does a capitalised word follow, past connectors, place words and possessives
    ("of the city's Disease Control Center", "of the Ky Son district Military Command")?"""
    for t in words[n : n + 4]:
        if t.is_capitalised:
            return t.lower not in MONTHS  # "director of X in December 2007"
        if not (t.lower in NAME_CONNECTORS or t.lower in PLACE_WORDS or is_possessive(t)):
            return False
    return False


def _names_another_person(words: list[Token]) -> bool:
    for a, b in _name_runs(words, words[0].start):
        if b - a >= 2 and words[a].key in VIETNAMESE_SURNAMES and not _is_place(words[a:b]) and not (b < len(words) and words[b].lower in PLACE_WORDS):
            return True  # but "Secretary of the Lai Chau Provincial Party Committee" is his
        ends_a_name = b == len(words) or not words[b].is_capitalised  # not "X's Preventive Medicine Center"
        if b - a >= 2 and a > 0 and words[a - 1].is_capitalised and ends_a_name and not _is_place(words[a:b]):
            return True  # "..., President of the European Parliament Anna Berg": her title and name
        if a > 0 and is_title_word(words[a - 1]) and not is_possessive(words[b - 1]):
            return True  # "General Bao extended ...": a short mention after a title
    return False


def _is_place(words: list[Token]) -> bool:
    name = " ".join(t.text for t in words)
    return is_vietnamese_place(name) or name in country_names()


def split_conjoined(role: str) -> list[str]:
    """'Member of the Party Central Committee and Minister of Finance' -> two titles."""
    parts = re.split(r",?\s+and\s+(?=(?:[A-Z][\w-]*\s+){0,2}(?:" + TITLE_ALTERNATIVES + r")\b)", role)
    return [rank for p in parts if p.strip(" ,") for rank in _split_rank(p.strip(" ,"))]


def _split_rank(role: str) -> list[str]:
    """'Minister of Public Security Senior Lieutenant General' -> the post, then the rank."""
    words = role.split()
    for n in range(1, len(words)):
        word, before = words[n].lower(), words[n - 1].lower()
        if word in RANK_WORDS and words[n][:1].isupper() and before not in RANK_WORDS and before not in TITLE_WORDS and before.rstrip(".") not in TITLE_WORDS and before not in NAME_CONNECTORS:
            if all(w.lower() in RANK_WORDS for w in words[n:]):
                return [" ".join(words[:n]), " ".join(words[n:])]
    return [role]


TITLE_ALTERNATIVES = "|".join(sorted((re.escape(w.capitalize()) for w in TITLE_WORDS if w.isalpha() and w not in {"party", "state", "first", "general", "member", "special", "standing", "delegation"}), key=len, reverse=True)) + "|Member"


NEXT_WORD = re.compile(r"\s+(\w+)")


def _speech_verb_near(sentence: Sentence, tokens: list[Token], i: int, j: int) -> bool:
    # the word after, read from the text: the tokens may stop at a sentence's first word
    after_word = NEXT_WORD.match(sentence.segment.text, tokens[j - 1].end, sentence.end)
    after = after_word.group(1).lower() if after_word else ""
    before = tokens[i - 1].lower if i > 0 else ""
    # "said X" names the speaker; "told X", "according X" name no one who spoke
    return after in SPEECH_VERBS or (before in SPEECH_VERBS and before not in LISTENER_VERBS)


LISTENER_VERBS = {"told", "tells", "asked", "according", "cited", "quoted"}


def _role_text(sentence: Sentence, prefix: list[Token]) -> str | None:
    words = [t for t in prefix if not is_honorific(t)]
    while words and (words[0].lower in NUMBER_WORDS or words[0].text.isdigit()):
        words = words[1:]  # "Six artists A, B and C": each is an artist
    if not words or not any(is_role_word(t) for t in words):
        return None
    return _singular(sentence.segment.text, words)


def _singular(text: str, words: list[Token]) -> str:
    """The text from the first word to the last, a plural title made singular: each of
    "Deputy Prime Ministers A and B" is a "Deputy Prime Minister" (but "House of
    Representatives" stays a body's name)."""
    role = text[words[0].start : words[-1].end]
    inside_a_name = len(words) > 1 and words[-2].lower in NAME_CONNECTORS
    return role[:-1] if singular_role(words[-1].lower) is not None and not inside_a_name else role


def _tokens_for_names(sentence: Sentence) -> list[Token]:
    """The sentence's tokens, or only those up to its first word when no later word is
    capitalised: names start with a capital, so the rest can hold none (most sentences)."""
    text = sentence.text
    head = FIRST_WORD.match(text)
    if head:
        rest = text[head.end():]
        if rest == rest.lower():
            return tokenize(text[: head.end()], sentence.start)
    return tokenize(text, sentence.start)


def _stands_alone_as_a_name(tokens: list[Token], i: int, j: int) -> bool:
    """A Vietnamese full name needs no title: three or four words opening with a family
    name, not a place ("Ha Tinh", "Tran Phu Street") nor part of a longer proper name."""
    syllables = sum(1 + t.text.count("-") for t in tokens[i:j])  # "Kim Sang-sik": three
    if not 3 <= syllables <= MAX_NAME_WORDS or tokens[i].key not in VIETNAMESE_SURNAMES:
        return False
    words = _without_possessive(tokens[i:j])
    if is_vietnamese_place(" ".join(t.text for t in words)) or words[-1].lower in PLACE_WORDS:
        return False
    after = tokens[j] if j < len(tokens) else None
    if after is not None and after.start - tokens[j - 1].end <= 1 and (after.is_capitalised or after.lower in PLACE_WORDS | ORGANIZATION_HEADS or after.lower[:-1] in PLACE_WORDS):
        return False  # "... and Nguyen Thi Nghia streets"
    return True


def _of_a_place(tokens: list[Token], i: int, j: int) -> bool:
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


def _names_a_place_or_body(tokens: list[Token], i: int, j: int, name: str, titled: bool) -> bool:
    """'Viet Nam', 'Hoi An' (untitled: "President Ho Chi Minh" is a person), 'X Limited
    Liability Company', 'the Vietnam Fatherland Front' are no people."""
    if not titled and (is_vietnamese_place(name) or name in country_names() or fold(name) in {"viet nam", "ha noi"}):
        return True
    after = tokens[j] if j < len(tokens) else None
    if after is not None and after.is_capitalised and after.start - tokens[j - 1].end <= 1 and (after.lower in ORGANIZATION_HEADS or after.lower in PLACE_WORDS):
        return True
    # "the Vietnam Fatherland Front"; but "Ambassador to Vietnam Somchai Dee" is a person
    before = tokens[i - 1] if i > 0 else None
    country_noun = before is not None and before.text in country_names() and not before.text.endswith(("ese", "an", "ish", "i"))
    return country_noun and tokens[i].key not in VIETNAMESE_SURNAMES and (i < 2 or tokens[i - 2].lower not in {"to", "of", "in", "for"})


def _roles_of(texts: list[str | None]) -> list[str]:
    return [part for text in texts if text for part in split_conjoined(text)]


LIST_GLUE = re.compile(r"(?:\s*(?:,|\band\b|&|\bboth\b|\baged\b|\bborn\b|\bin\b|\d{1,4}|[()]))+\s*")


def _lists(sentence: Sentence, tokens: list[Token], runs: list[tuple[int, int]]) -> list[int]:
    """For each run, the index of the first run of the list it stands in: runs joined by
    commas and "and", with ages between ("A, 37, B and C")."""
    firsts: list[int] = []
    for n, (i, _) in enumerate(runs):
        if n > 0:
            between = sentence.segment.text[tokens[runs[n - 1][1] - 1].end : tokens[i].start]
            if LIST_GLUE.fullmatch(between) and ("," in between or "and" in between or "&" in between):
                firsts.append(firsts[-1])
                continue
        firsts.append(n)
    return firsts


# Words right before a name that say it is a person's though they are no title of theirs.
KIN = KIN_AND_RESIDENCE - {"resident", "residents", "villager", "local", "native"}


def _kin_before(tokens: list[Token], i: int) -> bool:
    """'his daughter Tan Mai', 'her husband, X', '48-year-old X', 'identified as X': words
    that are said of a person only."""
    k = i - 1 if i > 0 and tokens[i - 1].text not in {",", "of", "("} else i - 2  # "the brother of X", "his son (X)"
    if k >= 0 and (tokens[k].lower in KIN or tokens[k].lower == "year-old"):
        return True
    return i >= 2 and (tokens[i - 1].lower == "as" and tokens[i - 2].lower == "identified" or _named(tokens, i))


PEOPLE_NOUNS = {"man", "woman", "boy", "girl", "person", "men", "women", "guy", "lady", "child", "teenager"}


def _named(tokens: list[Token], i: int) -> bool:
    """'a man named Vu', 'a driver named Tran Van A'."""
    return i >= 2 and tokens[i - 1].lower == "named" and (tokens[i - 2].lower in PEOPLE_NOUNS or is_role_word(tokens[i - 2]))


def _of_a_foreign_country(tokens: list[Token], i: int, j: int) -> bool:
    """'Indonesian Satria Bayu', 'Thailand’s Malee Sirichai', 'Artur Lenk of/from Estonia': an
    athlete or a visitor named with their country. Viet Nam's own names need a surer sign
    ("Vietnamese Ao Dai" is a dress)."""
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


def _role_after_as(sentence: Sentence, tokens: list[Token], j: int) -> str | None:
    """'appointed X as general director of Y': the post given after "as"."""
    if j >= len(tokens) or tokens[j].lower != "as":
        return None
    words = tokenize(sentence.segment.text[tokens[j].end : sentence.end])[:MAX_ROLE_WORDS]
    while words and words[0].lower in ARTICLES:
        words = words[1:]
    if not words or _role_lead(words) != 0 or words[0].lower in {"well", "long", "soon", "much", "many"}:
        return None
    text = sentence.segment.text[tokens[j].end : sentence.end]
    return text[words[0].start : words[_role_end(words) - 1].end].split(" (")[0]


# A syllable of a Vietnamese name, which a single-word mention must be to count alone ("Vinh said").
VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?")


@dataclass
class Run:
    candidate: Candidate
    span: Span
    i: int
    j: int
    known: PersonBuilder | None
    roles: list[str | None]
    confirmed: bool = False
    capital_after: bool = False  # a capitalised word right after: "Statistics Office"
    listed: bool = False  # in a list with a person: "the bodies of Thien and Le Thi Bien"
    named: bool = False  # "a man named Vu"


def extract_persons(segments: list[Segment]) -> tuple[list[Person], list[tuple[Span, str]]]:
    """People, and every mention (full or short) with the person's name."""
    people: list[PersonBuilder] = []
    mentions: list[tuple[Span, str]] = []

    by_name: dict[str, PersonBuilder] = {}

    def find(name: str) -> PersonBuilder | None:
        exact = by_name.get(fold(name))
        if exact or not people:
            return exact
        words = {fold(w) for w in name.replace(".", " ").split() if len(w) > 1}
        return next((p for p in people if words and words <= p.key_words), None)

    def add(name: str) -> PersonBuilder:
        person = PersonBuilder(name=name)
        people.append(person)
        by_name[fold(name)] = person
        return person

    pending_short: list[tuple[Run, bool]] = []
    for segment in segments:
        for sentence in split_sentences(segment):
            tokens = _tokens_for_names(sentence)
            runs = _name_runs(tokens, sentence.start)
            found: list[Run] = []
            for i, j in runs:
                candidate = Candidate(_without_possessive(tokens[i:j]), sentence, _title_prefix(tokens, i))
                run = Run(candidate, segment.span(candidate.tokens[0].start, candidate.tokens[-1].end), i, j, find(candidate.name), [])
                role = _role_text(sentence, candidate.prefix)
                comma_title = _comma_title_before(sentence, tokens, i - len(candidate.prefix)) or (None if candidate.prefix else _role_before_comma(sentence, tokens, i, j))
                appositives, confirmed, as_role = [], False, None
                if j - i >= 2 or run.known is not None:  # a lone unknown word's titles are those before it
                    appositives, confirmed = _appositive_roles(sentence, tokens[j - 1].end)
                    as_role = _role_after_as(sentence, tokens, j)
                run.roles = [comma_title, role, *appositives, as_role]
                if j - i >= 2 and run.known is None:
                    honorific = any(is_honorific(t) for t in candidate.prefix)
                    run.confirmed = bool(
                        role or comma_title or confirmed or as_role or honorific or _kin_before(tokens, i - len(candidate.prefix))
                        or BRACKETED_AGE.match(sentence.segment.text, tokens[j - 1].end)
                        or _speech_verb_near(sentence, tokens, i, j) or _stands_alone_as_a_name(tokens, i, j) or _of_a_place(tokens, i, j)
                        or _of_a_foreign_country(tokens, i, j)
                    ) and not _names_a_place_or_body(tokens, i, j, candidate.name, titled=bool(role))
                run.named = _named(tokens, i)
                run.capital_after = j < len(tokens) and tokens[j].is_capitalised and tokens[j].start - tokens[j - 1].end <= 1
                found.append(run)
            # a list with one person in it is a list of people, who share a plural title before it
            firsts = _lists(sentence, tokens, runs)
            for n, run in enumerate(found):
                head = found[firsts[n]]
                if not any(found[m].confirmed or found[m].known for m in range(len(found)) if firsts[m] == firsts[n]):
                    continue
                if run.known is None and run.j - run.i >= 2 and not run.confirmed:
                    run.confirmed = not _names_a_place_or_body(tokens, run.i, run.j, run.candidate.name, titled=False)
                run.listed = True
                shared = head.candidate.prefix
                if head is not run and shared and singular_role(shared[-1].lower) is not None and not any(run.roles):
                    run.roles = [_role_text(sentence, shared)]
            for run in found:
                if run.confirmed:
                    run.known = add(run.candidate.name)
                elif run.known is None:
                    speaks = _speech_verb_near(sentence, tokens, run.i, run.j)
                    pending_short.append((run, speaks))
                    continue
                for r in _roles_of(run.roles):
                    run.known.add_role(r)
                run.known.mentions.append(run.span)
                mentions.append((run.span, run.known.name))
    for run, speaks in pending_short:
        known = find(run.candidate.name)
        if known is None and run.j - run.i == 1 and _single_word_person(run, speaks):
            # "Indonesian President Soekarno", "Vinh said"; or the last word of a full name
            # nothing else confirmed ("the Donald Trump-led administration ... President Trump")
            word = run.candidate.tokens[0].key
            full = (r.candidate.name for r, _ in pending_short if len(r.candidate.tokens) >= 2 and r.candidate.tokens[-1].key == word and not is_vietnamese_place(r.candidate.name))
            known = add(next(full, run.candidate.name))
            for r in _roles_of(run.roles):
                known.add_role(r)
        if known:
            known.mentions.append(run.span)
            mentions.append((run.span, known.name))
    persons = [Person(name=p.name, roles=p.roles, mentions=p.mentions) for p in people]
    mentions.sort(key=lambda m: (m[0].where != "title", m[0].where, m[0].caption or 0, m[0].start))
    return persons, mentions


def _single_word_person(run: Run, speaks: bool) -> bool:
    """A person the text names by one word only: after a title or an honorific
    ("Deputy Minister Long", "Mr. Vinh"), or a Vietnamese name that speaks ("Vinh said") or
    stands in a list of people ("Thien and Le Thi Bien, 75")."""
    word = run.candidate.tokens[0]
    if len(word.text) < 2 or run.capital_after or word.lower in CLAUSE_OPENERS or is_vietnamese_place(word.text) or word.key in country_words():
        return False
    prefix = run.candidate.prefix
    if prefix and not any(t.lower in NAME_CONNECTORS for t in prefix) and (any(t.is_capitalised and is_title_word(t) for t in prefix) or is_honorific(prefix[-1])):
        return True  # no "of" in the title: "Chief of the X Missions" names a body's word
    return (speaks or run.listed or run.named) and VIETNAMESE_SYLLABLE.fullmatch(word.key) is not None
