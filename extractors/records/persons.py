"""People named in an article, with the titles the text attaches to them.

A person is a run of two to four name words, confirmed by what stands around it: a title
before it ("Deputy Minister of Foreign Affairs Nguyen Minh Vu", "Mr. John Brandolino"),
an appositive title after it ("Ghada Waly, Executive Director of ..."), or a speech verb
("..., Mansour said"). Later short mentions ("Waly", "Deputy Minister Tung") resolve to
the person first named in full.

The words (`name_words`), the runs of them (`name_runs`), the titles before a name
(`titles_before_name`) and after it (`appositive_roles`), the titles' text (`role_phrases`)
and the other cues that confirm a person (`person_cues`) each have a module; this one
walks the sentences and decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from extractors.models import Person, Span
from extractors.records.appositive_roles import appositive_roles, role_after_as
from extractors.records.countries import country_words
from extractors.records.lexicon import CLAUSE_OPENERS, MONTHS, NAME_CONNECTORS, ROLE_NOUNS, VIETNAMESE_SURNAMES
from extractors.records.name_runs import name_runs, tokens_for_names, without_possessive
from extractors.records.name_words import is_honorific, is_title_word, singular_role
from extractors.records.person_cues import (
    BRACKETED_AGE,
    KIN,
    follows_named,
    kin_before,
    list_starts,
    names_a_place_or_body,
    of_a_foreign_country,
    of_a_place,
    place_word_after,
    quoted_as_saying,
    speech_verb_near,
    stands_alone_as_a_name,
)
from extractors.records.places import is_vietnamese_place
from extractors.records.role_phrases import role_text, roles_of
from extractors.records.text import Segment, Sentence, Token, split_sentences
from extractors.records.titles_before_name import comma_title_before, first_role_word, role_before_comma, title_prefix
from extractors.text_cleaning import fold


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
    titled: bool = False  # a title or an honorific stood by one of its mentions
    only_speaks: bool = False  # named once in full with a speech verb and nothing else ("Fitch Ratings said")
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


# A syllable of a Vietnamese name, which a single-word mention must be to count alone ("Vinh said").
VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?")


@dataclass
class Run:
    candidate: Candidate
    i: int
    j: int
    known: PersonBuilder | None
    roles: list[str | None]
    confirmed: bool = False
    capital_after: bool = False  # a capitalised word right after: "Statistics Office"
    listed: bool = False  # in a list with a person: "the bodies of Thien and Le Thi Bien"
    named: bool = False  # "a man named Vu"
    body: bool = False  # a place's or a body's name, untitled ("Hoi An", "X Theatre")
    only_speaks: bool = False  # a speech verb alone confirms it, and it has no Vietnamese name's shape
    titled: bool = False  # a title, an honorific or an appositive says so, whatever stands around it

    @cached_property
    def span(self) -> Span:  # made only for a run that names someone: most runs name no one
        return self.candidate.sentence.segment.span(self.candidate.tokens[0].start, self.candidate.tokens[-1].end)


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
    # names the article gives a place's, a firm's or an outlet's word somewhere ("Tuoi Tre newspaper"):
    # where they "said" something with no title, they are that body, not a person
    bodies: set[str] = set()
    for segment in segments:
        for sentence in split_sentences(segment):
            tokens = tokens_for_names(sentence)
            runs = name_runs(tokens, sentence.start)
            first_role = first_role_word(tokens, runs[-1][0]) if runs else 0
            found: list[Run] = []
            for i, j in runs:
                candidate = Candidate(without_possessive(tokens[i:j]), sentence, title_prefix(tokens, i, first_role))
                run = Run(candidate, i, j, find(candidate.name), [])
                role = role_text(sentence, candidate.prefix)
                comma_title = comma_title_before(sentence, tokens, i - len(candidate.prefix)) or (None if candidate.prefix else role_before_comma(sentence, tokens, i, j))
                appositives, confirmed, as_role = [], False, None
                if j - i >= 2 or run.known is not None:  # a lone unknown word's titles are those before it
                    appositives, confirmed = appositive_roles(sentence, tokens[j - 1].end)
                    as_role = role_after_as(sentence, tokens, j)
                elif not candidate.prefix:
                    # ... or an age or a person's noun right after it: "Greta, 45, ...", "Greta, a tourist from Oslo, ..."
                    # ... or a kin noun: "Elizabett, the daughter of a scientist, ..."
                    appositives, _ = appositive_roles(sentence, tokens[j - 1].end)
                    after = sentence.segment.text
                    run.titled = bool(AGE_AFTER.match(after, tokens[j - 1].end) or KIN_AFTER.match(after, tokens[j - 1].end)) or _of_a_person_only(appositives)
                    appositives = appositives if run.titled else []
                run.roles = [comma_title, role, *appositives, as_role]
                run.body = names_a_place_or_body(tokens, i, j, candidate.name, titled=False)
                if run.body:
                    bodies.add(fold(candidate.name))
                if j - i >= 2 and run.known is None:
                    run.titled = bool(role or comma_title or confirmed or as_role or any(is_honorific(t) for t in candidate.prefix))
                    surer = bool(
                        run.titled or kin_before(tokens, i - len(candidate.prefix))
                        or BRACKETED_AGE.match(sentence.segment.text, tokens[j - 1].end)
                        or stands_alone_as_a_name(tokens, i, j) or of_a_place(tokens, i, j)
                        or of_a_foreign_country(tokens, i, j) or quoted_as_saying(sentence, tokens, i, j)
                    )
                    speaks = not surer and speech_verb_near(sentence, tokens, i, j)
                    run.confirmed = (surer or speaks) and not (names_a_place_or_body(tokens, i, j, candidate.name, titled=True) if role else run.body)
                    run.only_speaks = speaks and not _looks_vietnamese(candidate.tokens) and not any(mark in sentence.text for mark in "“”\"")
                run.named = follows_named(tokens, i)
                run.capital_after = j < len(tokens) and tokens[j].is_capitalised and tokens[j].start - tokens[j - 1].end <= 1
                found.append(run)
            # a list with one person in it is a list of people, who share a plural title before it
            firsts = list_starts(sentence, tokens, runs)
            # "on Thanh Nien, Tran Hung Dao and Hoang Hoa Tham streets": the place word after the
            # last name makes every untitled name of the list a place, though one looks like a person's
            place_lists = {firsts[n] for n, run in enumerate(found) if firsts[n] != n and (n + 1 == len(found) or firsts[n + 1] != firsts[n]) and place_word_after(tokens, run.j)}
            for n, run in enumerate(found):
                if firsts[n] in place_lists and not run.titled:
                    run.confirmed = False
            # and a list that also holds a body or a place ("Minister X, Hoa Phat and Masan Group") is no list of people
            mixed = {firsts[n] for n, run in enumerate(found) if not run.titled and run.body}
            lists_with_a_person = {firsts[m] for m, member in enumerate(found) if (member.confirmed or member.known) and firsts[m] not in place_lists | mixed}
            for n, run in enumerate(found):
                head = found[firsts[n]]
                if firsts[n] not in lists_with_a_person:
                    continue
                if run.known is None and run.j - run.i >= 2 and not run.confirmed:
                    run.confirmed = not run.body
                run.listed = True
                shared = head.candidate.prefix
                if head is not run and shared and singular_role(shared[-1].lower) is not None and not any(run.roles):
                    run.roles = [role_text(sentence, shared)]
            for run in found:
                if run.confirmed:
                    run.known = add(run.candidate.name)
                    run.known.only_speaks = run.only_speaks
                elif run.known is None:
                    speaks = speech_verb_near(sentence, tokens, run.i, run.j)
                    pending_short.append((run, speaks))
                    continue
                for r in roles_of(run.roles):
                    run.known.add_role(r)
                run.known.titled |= run.titled or any(run.roles)
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
            for r in roles_of(run.roles):
                known.add_role(r)
            known.titled = any(run.roles) or any(is_honorific(t) for t in run.candidate.prefix)
        if known:
            known.mentions.append(run.span)
            mentions.append((run.span, known.name))
    # an untitled name the article gives a body's word elsewhere, or a name that is no Vietnamese one,
    # said something once and is never named again: a firm or an outlet ("Fitch Ratings said")
    not_people = {p.name for p in people if not p.titled and (fold(p.name) in bodies or p.only_speaks and len(p.mentions) == 1)}
    mentions = [m for m in mentions if m[1] not in not_people]
    persons = [Person(name=p.name, roles=p.roles, mentions=p.mentions) for p in people if p.name not in not_people]
    mentions.sort(key=lambda m: (m[0].where != "title", m[0].where, m[0].caption or 0, m[0].start))
    return persons, mentions


# "X, the daughter of ...", "X, his wife": kin, not "Earlier, a Canadian woman ..." (an adverb
# before the subject) nor "VietABank, who ..."
KIN_AFTER = re.compile(rf",\s*(?:the|his|her|their)\s+(?:{'|'.join(sorted(KIN))})\b", re.I)
AGE_AFTER = re.compile(r",\s*(?:(?:aged\s+)?\d{1,2}\s*[,.]|(?:a|an|the)\s+\d{1,2}-year-old\b)")
# Nouns said of a person and never of a firm, a club or a place ("Vinfast, a member of ...").
NOT_PERSON_ONLY = {"head", "member", "leader", "representative", "owner", "founder", "president", "chairman", "chief", "deputy", "vice", "host", "model", "agent", "guide", "veteran", "hero", "champion", "partner", "player", "investor"}


def _of_a_person_only(appositives: list[str]) -> bool:
    words = set(appositives[0].lower().split()) if appositives else set()
    return bool(words & ROLE_NOUNS) and not words & NOT_PERSON_ONLY


def _looks_vietnamese(tokens: list[Token]) -> bool:
    return tokens[0].key in VIETNAMESE_SURNAMES or all(VIETNAMESE_SYLLABLE.fullmatch(t.key) for t in tokens)


def _single_word_person(run: Run, speaks: bool) -> bool:
    """A person the text names by one word only: after a title or an honorific
    ("Deputy Minister Long", "Mr. Vinh"), a name that speaks a quote ("“...,” Soucek said"), or a
    Vietnamese name that speaks ("Vinh said") or stands in a list of people ("Thien and Le Thi Bien, 75")."""
    word = run.candidate.tokens[0]
    if len(word.text) < 2 or run.capital_after or word.lower in CLAUSE_OPENERS or word.lower in MONTHS or is_vietnamese_place(word.text) or word.key in country_words():
        return False
    if run.titled and not run.body:
        return True  # "Greta, a tourist from Oslo"
    prefix = run.candidate.prefix
    # "State" and "Party" open a body's name as often as a title ("the Vietnam State Treasury")
    title_before = prefix and prefix[-1].lower not in {"state", "party"}
    if title_before and not any(t.lower in NAME_CONNECTORS for t in prefix) and (any(t.is_capitalised and is_title_word(t) for t in prefix) or is_honorific(prefix[-1])):
        return True  # no "of" in the title: "Chief of the X Missions" names a body's word
    if speaks and not run.body and not is_title_word(word) and not is_honorific(word) and any(mark in run.candidate.sentence.text for mark in "“”\""):
        return True  # "“...,” Soucek said": the speaker of a quote, whatever the name's shape
    return (speaks or run.listed or run.named) and VIETNAMESE_SYLLABLE.fullmatch(word.key) is not None
