"""The title that stands before a name: the words right before it ("Deputy Minister of
Foreign Affairs", "murder suspect"), or a title phrase and a comma ("the new ambassador of
Thailand, X", "General, Minister of ... X")."""

from __future__ import annotations

from extractors.records.countries import country_names
from extractors.records.lexicon import (
    ARTICLES,
    CLAUSE_OPENERS,
    FINITE_VERBS,
    NAME_CONNECTORS,
    ORGANIZATION_HEADS,
    PLACE_WORDS,
    PORTFOLIO_WORDS,
    PRAISE,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from extractors.records.name_runs import name_runs
from extractors.records.name_words import is_demonym, is_honorific, is_name_word, is_possessive, is_role_text, is_role_word, is_title_word
from extractors.records.role_phrases import MAX_ROLE_WORDS
from extractors.records.text import Sentence, Token


def first_role_word(tokens: list[Token], until: int) -> int:
    """Index of the sentence's first role word before token `until` (`until` when none):
    no title stands before a name that comes before it."""
    return next((n for n in range(until) if is_role_text(tokens[n].text)), until)


def title_prefix(tokens: list[Token], i: int, first_role: int = 0) -> list[Token]:
    """The title standing right before token i: capitalised title phrases ("Vice Chairman of
    the Hanoi People's Committee"), a nationality or portfolio before them ("Thai Ambassador",
    "Foreign Minister") and lower-case roles ("physician", "deputy director of ...").
    A single name-like word inside a title ("Representative for Southeast Asia") is part of
    it; two in a row are another person's name, where the title stops.
    `first_role` is `first_role_word(tokens, until)` for an `until` at or after i: a title
    holds a role word, so with none before token i there is none to walk back for (most runs of capitalised words: the walk
    over every capitalised word before each was the costliest step of the persons)."""
    if i <= first_role:
        return []
    k = _walk_back(tokens, i, lenient=False)
    strict = _prefix_between(tokens, k, i)
    # the lenient walk differs only where the strict one stopped at a capitalised word that is
    # no clause opener (a name-like word it would take); elsewhere both stop at the same word
    if k == 0 or tokens[k].start - tokens[k - 1].end > 1 or not (tokens[k - 1].is_capitalised and tokens[k - 1].lower not in CLAUSE_OPENERS):
        return strict
    lenient = _prefix_between(tokens, _walk_back(tokens, i, lenient=True), i)
    if len(lenient) > len(strict) and not _holds_another_name(lenient):
        return lenient
    return strict


def _holds_another_name(tokens: list[Token]) -> bool:
    return any(a + 1 < b and " ".join(t.text for t in tokens[a:b]) not in country_names() for a, b in name_runs(tokens, -1))


BODY_WORDS = ORGANIZATION_HEADS | PORTFOLIO_WORDS | PLACE_WORDS


def _after_of(tokens: list[Token], k: int) -> bool:
    """Does "of" stand a word or three before token k ("of the city police")?"""
    return any(t.lower == "of" for t in tokens[max(0, k - 3) : k])


def _walk_back(tokens: list[Token], i: int, lenient: bool) -> int:
    """Where the words that can stand in a title before token i begin."""
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
    return k


def _prefix_between(tokens: list[Token], k: int, i: int) -> list[Token]:
    """The title within tokens k to i, the words a walk back from token i took."""
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


def role_before_comma(sentence: Sentence, tokens: list[Token], i: int, j: int) -> str | None:
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


def comma_title_before(sentence: Sentence, tokens: list[Token], k: int) -> str | None:
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
