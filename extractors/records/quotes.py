"""Direct speech and who said it.

A quote is text in double quotation marks of six words or more with a speech verb right
beside it ("..., Mansour said", "He stated: “...”"). A quote split by its attribution
("These three principles," the President affirmed, "reflect ...") is one quote. The
speaker is the person the attribution names (the name that ends it: "said the head of the
city health office, X", "said Provincial Police spokesman X"), or the person a pronoun ("he
said") or a title ("the President affirmed") points back to; a pronoun points past people of the other
sex and people named inside quotes, and a body that speaks ("the police said") names no
speaker. A paragraph that is a quote alone is the speaker's of the sentence before it: the
subject of its speech verb, or the one person it opens with and names. Scare quotes and titles
in quotation marks have no attribution and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.models import Person, Quote, Span
from extractors.records.lexicon import ORGANIZATION_HEADS, PRONOUNS, SPEECH_VERBS
from extractors.records.text import Segment
from extractors.text_cleaning import fold

MIN_WORDS = 6
MAX_ATTRIBUTION = 90
VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# A quote opened with one kind of mark may be closed with the other right after its last
# punctuation ("“... disruptions,\" Kim said"); the other kind elsewhere stands inside it.
# A straight mark typed after a space turns into an opening one ("... issues, “he said."):
# after punctuation and a space, before a lower-case attribution with its speech verb, it closes.
# No quote runs past its paragraph's end (one left open is continued paragraph by paragraph).
QUOTED = re.compile(
    r"“(?P<curly>(?:[^”“\"\n]|(?<![,.!?])\")+)"
    rf"(?P<curly_end>”|(?<=[,.!?])\"|(?<=[,.!?] )“(?=[a-z][^“”\".]{{0,40}}?\b(?:{VERBS})\b)|$)"
    r"|(?<![\w])\"(?P<straight>(?:[^\"”\n]|(?<![,.!?])”)+)(?P<straight_end>\"|(?<=[,.!?])”|$)",
    re.M,
)
OPENING = ("“", '"')
CLOSING = ("”", '"')
MARKS = "“”\""
# What may follow a closing mark: ', he said.' / ', said Deputy Minister X.' / ' Mansour added.'
# A full stop inside an attribution is an honorific's or a rank's ("- Mr. Mien added."), no sentence end.
ATTRIBUTION_CHAR = r"(?:\b(?:Mrs?|Ms|Dr|Prof|Assoc|Gen|Lt|Col|Maj|Capt|Sen|Gov|Rev|Fr)\.|\bU\.[SNK]\.|[^.“”\"])"
AFTER = re.compile(rf"^[\s,.–—-]*(?P<attr>(?:{ATTRIBUTION_CHAR}{{0,{MAX_ATTRIBUTION}}}?\b(?:{VERBS})\b(?:\s+out)?{ATTRIBUTION_CHAR}{{0,{MAX_ATTRIBUTION}}}?))\s*(?:[.,;]|$)", re.I)
# What may precede an opening mark: 'Mr. X noted, ' / 'He stated: ': a speech verb at the
# end, then up to MAX_ATTRIBUTION characters before it that are no sentence end or quote.
# Read from the end: a pattern searched for at every position before the mark was the
# costliest step of all the records.
VERB_AT_END = re.compile(rf"\b(?:{VERBS})\b(?:\s+that)?(?=\s*[,:]?\s*$)", re.I)
SPEECH_VERB = re.compile(rf"\b(?:{VERBS})\b", re.I)
# "According to Hoa, “...”": an attribution with no speech verb
ACCORDING_TO = re.compile(r"\baccording to\s+[^,.“”\"]{1,80}?,?\s*$", re.I)
# "In the words of Minister X, “...”", "In Hung’s words: “...”": a possessive attribution
IN_THE_WORDS = re.compile(r"\bin\s+(?:the\s+words\s+of\s+[^,.“”\"]{1,80}?|[^,.“”\"]{1,60}?['’]s?\s+(?:own\s+)?words)\s*[,:]?\s*$", re.I)
# Nouns of a possessive attribution ("the minister’s words: ..."): what points to the speaker is the word before them.
ATTRIBUTION_NOUNS = {"words", "message", "remarks", "statement", "comment", "comments", "answer", "reply", "view", "own", "in", "of"}
VERB_REACH = 64  # the longest verb, " that", and the punctuation after it fit in this
NOT_IN_ATTRIBUTION = frozenset(".“”\"")


def attribution_before(text: str) -> tuple[int, int] | None:
    """Where the attribution that ends `text` (just before a quote) stands, if any."""
    verb = VERB_AT_END.search(text, max(0, len(text.rstrip()) - VERB_REACH))
    if not verb:
        tail = max(0, len(text) - MAX_ATTRIBUTION - 14)
        according = ACCORDING_TO.search(text, tail) or IN_THE_WORDS.search(text, tail)
        return according.span() if according else None
    start, stop = verb.start(), max(0, verb.start() - MAX_ATTRIBUTION)
    while start > stop and text[start - 1] not in NOT_IN_ATTRIBUTION:
        start -= 1
    return start, verb.end()


@dataclass
class Raw:
    text: str
    start: int
    end: int  # after the closing mark
    closed: bool = True


def _quotes_in(paragraph: str, offset: int) -> list[Raw]:
    found = []
    for match in QUOTED.finditer(paragraph):
        curly = match.group("curly") is not None
        text = match.group("curly") if curly else match.group("straight")
        closed = bool(match.group("curly_end") if curly else match.group("straight_end"))
        found.append(Raw(text.strip(), offset + match.start(), offset + match.end(), closed))
    return found


def _continued(segment: Segment, paragraphs: list[re.Match], p: int, raws: list[Raw]) -> tuple[list[Raw], int]:
    """A quote left open at a paragraph's end goes on in the next paragraph when that one
    opens with a quotation mark (the convention for speech over several paragraphs), or
    when it has no mark but the closing one at its end (the opening one left out)."""
    while raws and not raws[-1].closed and p + 1 < len(paragraphs):
        following_text = paragraphs[p + 1].group().rstrip()
        if not following_text.lstrip().startswith(OPENING):
            if following_text.endswith(CLOSING) and not any(mark in following_text[:-1] for mark in MARKS):
                p += 1
                end = paragraphs[p].start() + len(following_text)
                raws = raws[:-1] + [Raw(f"{raws[-1].text} {following_text[:-1].strip()}", raws[-1].start, end)]
            break
        p += 1
        following = _quotes_in(paragraphs[p].group(), paragraphs[p].start())
        if not following:
            break
        first = following[0]
        raws = raws[:-1] + [Raw(f"{raws[-1].text} {first.text}", raws[-1].start, first.end, first.closed)] + following[1:]
    return raws, p


def _speaker_at(
    attribution: str, attr_start: int, attr_end: int, segment: Segment, mentions: list[tuple[Span, str]], persons: list[Person], before: int
) -> str | None:
    """Who an attribution names: a mention inside it, a pronoun, or a title."""
    inside = [(span.start, name) for span, name in mentions if span.where == segment.where and span.caption == segment.caption and attr_start <= span.start < attr_end]
    if inside:
        # the subject before the verb speaks ("X told Tuoi Tre"); after it, the first named ("said Minister X")
        verb = SPEECH_VERB.search(attribution)
        verb_at = attr_start + verb.start() if verb else attr_end
        subjects = [name for start, name in inside if start < verb_at]
        if subjects:
            return subjects[-1]
        # "said Arizona Department of Public Safety spokesman Bart Graves": a name that ends the
        # attribution is the speaker, the names in the description before it are not
        ending = [name for span, name in mentions if span.where == segment.where and span.caption == segment.caption and span.end == attr_start + len(attribution.rstrip(" ,.;"))]
        return ending[0] if ending else inside[0][1]
    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w’'-]+", attribution.lower())]
    earlier = [(span, name) for span, name in mentions if span.where == segment.where and span.caption == segment.caption and span.end <= before]
    pronouns = sorted((w for w in words if w in PRONOUNS), key=lambda w: w not in SUBJECT_PRONOUNS)
    if pronouns:
        # "she said" points back past the men named since ("her husband, Tran Van Nam")
        sex = PRONOUNS[pronouns[0]]
        others = {name for span, name in earlier if sex and _sex_of(segment.text, span, name) not in (None, sex)}
        # a person named inside a quote is spoken of, not speaking ("“I thank X ...” He added: ...")
        quoted = _quoted_spans(segment.text)
        fitting = [name for span, name in earlier if name not in others and not any(a <= span.start < b for a, b in quoted)]
        return fitting[-1] if fitting else None
    if _head_noun(words) in ORGANIZATION_HEADS:
        return None  # "the provincial police said": a body speaks, not one of its officers
    titled = [w for w in words if w not in SPEECH_VERBS and w not in ATTRIBUTION_NOUNS and w not in {"the", "a", "said", "out"}]
    earlier = [name for _, name in earlier]
    if titled:
        fitting = _titled(persons, set(titled))
        if not fitting and _head_noun(words):
            # "the French coach shared": a description whose head noun is one of the person's titles
            fitting = _titled(persons, {_head_noun(words)})
        for name in reversed(earlier):
            if name in fitting:
                return name
        if len(fitting) == 1:
            return fitting.pop()
    return None


COMMA = re.compile(r",\s*")
SENTENCE_END = re.compile(r"\s*(?:[.;]|$)")


def _speaker_after_description(segment: Segment, attribution_end: int, mentions) -> str | None:
    """'“...,” said the entomologist of the city health office, Marta Kellan.': the description
    ends the attribution's first clause, and the name after its comma closes the sentence."""
    comma = COMMA.match(segment.text, attribution_end)
    if not comma:
        return None
    for span, name in mentions:
        if span.where == segment.where and span.caption == segment.caption and span.start == comma.end():
            return name if SENTENCE_END.match(segment.text, span.end) else None
    return None


def _titled(persons: list[Person], words: set[str]) -> set[str]:
    """The persons with a title holding all these words."""
    return {p.name for p in persons if any(words <= set(fold(r).replace(",", " ").split()) for r in p.roles)}


@lru_cache(maxsize=64)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in QUOTED.finditer(text))


SUBJECT_PRONOUNS = {"he", "she", "they"}
# Words right before a name, or in it, that say whether the pronoun "he" or "she" can point to it.
MALE_WORDS = {"mr", "husband", "son", "father", "brother", "grandson", "nephew", "boyfriend", "grandfather", "uncle"}
FEMALE_WORDS = {"ms", "mrs", "madam", "madame", "miss", "wife", "daughter", "mother", "sister", "granddaughter", "niece", "girlfriend", "grandmother", "aunt"}
WORD_BEFORE = re.compile(r"(\w+)\W{0,3}$")


def _sex_of(text: str, span: Span, name: str) -> str | None:
    """'Mr. X', 'her husband, X', a Vietnamese middle name ('Van' a man's, 'Thi' a woman's)."""
    before = WORD_BEFORE.search(text, max(0, span.start - 20), span.start)
    word = before.group(1).lower() if before else ""
    middle = set(name.split()[1:-1])
    if word in MALE_WORDS or "Van" in middle or "Văn" in middle:
        return "male"
    if word in FEMALE_WORDS or "Thi" in middle or "Thị" in middle:
        return "female"
    return None


def _head_noun(words: list[str]) -> str | None:
    """The noun the attribution's speaker phrase ends on, before any 'of', 'for', 'at' ('the
    director of the provincial police' → director)."""
    phrase = [w for w in words if w not in SPEECH_VERBS and w not in {"also", "then", "later", "out"}]
    for i, w in enumerate(phrase):
        if w in {"of", "for", "at", "from", "in", "on", "to", "with", "that", "as"}:
            phrase = phrase[:i]
            break
    return phrase[-1] if phrase else None


def _speaker_of_sentence_before(segment: Segment, paragraph_start: int, quote_start: int, mentions, persons) -> str | None:
    """'X spoke to reporters. “...”': the sentence before a quote, in the same paragraph,
    names its speaker with a speech verb."""
    before = segment.text[paragraph_start:quote_start]
    if not before.rstrip().endswith((".", ":")) or not SPEECH_VERB.search(before):
        return None
    start = paragraph_start + max(before.rstrip().rfind(". ", 0, len(before.rstrip()) - 1) + 1, 0)
    sentence = segment.text[start:quote_start]
    return _speaker_at(sentence, start, quote_start, segment, mentions, persons, start)


def _speaker_of_paragraph_before(segment: Segment, paragraphs: list[re.Match], p: int, mentions, persons) -> str | None:
    """'Ambassador X told a reporter how much the visit meant.' then a paragraph that is the
    quote alone: the last sentence of the paragraph before, with its speech verb, names the
    speaker (a paragraph with quotes of its own has its speakers already)."""
    if p == 0:
        return None
    previous = paragraphs[p - 1]
    text = previous.group().rstrip()
    if not text.endswith("."):
        return None
    # after the paragraph's own quotes, only a sentence of its own ("“...,” A said. Meanwhile,
    # B told reporters ..."), not the attribution of the last quote
    last_mark = max(text.rfind(mark) for mark in "“”\"")
    sentence_start = text.rfind(". ", last_mark + 1, len(text) - 1)
    if last_mark >= 0 and sentence_start < 0:
        return None
    start = previous.start() + max(sentence_start + 1, 0)
    sentence = segment.text[start : previous.start() + len(text)]
    verb = SPEECH_VERB.search(sentence)
    if not verb:
        return _only_person_of_sentence(segment, start, start + len(sentence), mentions)
    if verb.group().lower() in {"according", "quoted", "cited"}:
        return None
    # the speaker is the verb's subject, right before it ("X told", "He said"); "the newspaper
    # said, citing X" names someone who did not speak
    subject_end = start + len(sentence[: verb.start()].rstrip())
    subject = next((name for span, name in mentions if span.where == segment.where and span.caption == segment.caption and span.end == subject_end), None)
    if subject is None and sentence[: verb.start()].split()[-1:] in (["He"], ["She"], ["he"], ["she"]):
        return _speaker_at(sentence, start, start + len(sentence), segment, mentions, persons, start)
    return subject


def _only_person_of_sentence(segment: Segment, start: int, end: int, mentions) -> str | None:
    """'Gov. Haley also thanked the crews for their long hours.' then a paragraph that is the
    quote alone: the person the sentence opens with, and the only one it names, speaks."""
    named = [(span.start, name) for span, name in mentions if span.where == segment.where and span.caption == segment.caption and start <= span.start < end]
    if not named or any(name != named[0][1] for _, name in named):
        return None
    # nothing but capitalised title words before the name ("Mayor", "Gov.")
    return named[0][1] if TITLE_WORDS_ONLY.fullmatch(segment.text[start : named[0][0]]) else None


TITLE_WORDS_ONLY = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,4}")


def _speaker_before_colon(segment: Segment, paragraphs: list[re.Match], p: int, quote_start: int, mentions, persons) -> str | None:
    """'Coach X praised his striker: “...”', or a paragraph ending 'X told reporters:' before
    a quoted one: a clause that ends with a colon introduces the quote, whatever its verb."""
    paragraph = paragraphs[p]
    before = segment.text[paragraph.start() : quote_start].rstrip()
    start = paragraph.start()
    if not before and p > 0:
        start = paragraphs[p - 1].start()
        before = paragraphs[p - 1].group().rstrip()
    if not before.endswith(":"):
        return None
    clause_start = start + max(before.rfind(". ") + 1, 0)
    clause_end = start + len(before)
    clause = segment.text[clause_start:clause_end]
    speaker = _speaker_at(clause, clause_start, clause_end, segment, mentions, persons, clause_start)
    described = DESCRIBED_SUBJECT.match(clause)
    if speaker is None and described:
        # "Furthermore, the Portuguese coach considered that ...:": the subject's head noun is a title of one person
        fitting = _titled(persons, {described.group(1)})
        speaker = fitting.pop() if len(fitting) == 1 else None
    return speaker


# the subject a clause opens with, described by a title ("the Portuguese coach", "Furthermore, the minister")
DESCRIBED_SUBJECT = re.compile(r"\s*(?:[A-Z]\w+,\s+)?the\s+(?:[A-Z][\w-]*\s+)?([a-z][\w-]*)\b")


def _speaker_earlier_in_sentence(segment: Segment, paragraph_start: int, quote_start: int, mentions, persons) -> str | None:
    """'The minister said the sector would “...”': a speech verb earlier in the quote's own
    sentence, with its subject before it."""
    before = segment.text[paragraph_start:quote_start]
    start = paragraph_start + max(before.rfind(". ") + 1, before.rfind("” ") + 1, before.rfind('" ') + 1, 0)
    clause = segment.text[start:quote_start]
    verb = SPEECH_VERB.search(clause)
    if not verb or verb.group().lower() in {"according", "quoted", "cited"}:
        return None
    return _speaker_at(clause, start, quote_start, segment, mentions, persons, start)


# "“...” – Mr. Nguyen Van A, chairman of the commune.": a dash and a name after the quote sign it
DASH_AFTER = re.compile(r"[\s,.]*[–—-]\s*(?:(?:Mrs?|Ms|Dr|Prof)\.?\s+)?")


def _speaker_signed_with_a_dash(segment: Segment, quote_end: int, paragraph_end: int, mentions) -> str | None:
    dash = DASH_AFTER.match(segment.text, quote_end, paragraph_end)
    if not dash:
        return None
    return next((name for span, name in mentions if span.where == segment.where and span.caption == segment.caption and span.start == dash.end()), None)


def _is_a_title(text: str) -> bool:
    """'the “Safe Internet for Everyone in Every Family” campaign': a name, not speech."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in {"of", "for", "and", "the", "in", "on", "to", "a", "an", "with"}]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _only_attribution_between(between: str, attribution: str, following: str) -> bool:
    """Does only the attribution, and who the speaker is, stand between two quoted pieces?
    ("A," said X, a lawyer in Hanoi and a member of the chamber. "B"); not when the second piece
    goes on with the sentence ("A," said X, pledging that an "enormous effort" ...)."""
    between, attribution = between.strip(" ,."), attribution.strip(" ,.")
    rest = between[len(attribution) :]
    if not between.startswith(attribution):
        return False
    if not rest:
        return True
    return rest.startswith(",") and ". " not in rest and len(rest) <= 2 * MAX_ATTRIBUTION and following.lstrip()[:1].isupper()


def _sentence_after(raw: Raw, after: re.Match) -> bool:
    """The quote ends its sentence and the words after it open a new one ("“... spring.” Mr. Le said
    ..."), unlike "“...,” he said" or "“...” said Mr. Le"."""
    return raw.text.rstrip().endswith((".", "!", "?", "…")) and after.group("attr").lstrip()[:1].isupper()


# A quoted term in a list of them ("charged with “robbery,” “fraud,” and “...”") is no speech.
AFTER_ANOTHER_QUOTE = re.compile(r"[”\"]\s*,?\s*(?:and\s+|or\s+)?$")


def extract_quotes(segments: list[Segment], persons: list[Person], mentions: list[tuple[Span, str]]) -> list[Quote]:
    quotes: list[Quote] = []
    for segment in segments:
        if segment.where != "body":
            continue
        paragraphs = list(re.finditer(r"[^\n]+", segment.text))
        last_speaker, last_paragraph = None, -2
        p = 0
        while p < len(paragraphs):
            paragraph = paragraphs[p]
            raws, last = _continued(segment, paragraphs, p, _quotes_in(paragraph.group(), paragraph.start()))
            paragraph_end = paragraphs[last].end()
            n = 0
            while n < len(raws):
                raw = raws[n]
                after = AFTER.match(segment.text[raw.end : paragraph_end])
                if after and _sentence_after(raw, after) and attribution_before(segment.text[paragraph.start() : raw.start]):
                    after = None  # 'A said: “...” B added that ...': B's verb is a sentence of its own
                attribution = None
                if after:
                    start = raw.end + after.start("attr")
                    attribution = (after.group("attr"), start, start + len(after.group("attr")))
                    # "A," the President affirmed, "B": one quote around its attribution, which may
                    # go on to say who the speaker is ("A," said Hoa, whose house flooded. "B")
                    if n + 1 < len(raws) and _only_attribution_between(segment.text[raw.end : raws[n + 1].start], after.group("attr"), raws[n + 1].text):
                        following = raws[n + 1]
                        raw = Raw(f"{raw.text} {following.text}", raw.start, following.end, following.closed)
                        n += 1
                n += 1
                if len(raw.text.split()) < MIN_WORDS or AFTER_ANOTHER_QUOTE.search(segment.text, max(paragraph.start(), raw.start - 8), raw.start):
                    continue
                speaker = _speaker_at(*attribution, segment, mentions, persons, raw.start) if attribution else None
                if speaker is None and attribution:
                    speaker = _speaker_after_description(segment, attribution[2], mentions)
                if speaker is None:
                    before = attribution_before(segment.text[paragraph.start() : raw.start])
                    if before:
                        attr_start, attr_end = paragraph.start() + before[0], paragraph.start() + before[1]
                        speaker = _speaker_at(segment.text[attr_start:attr_end], attr_start, attr_end, segment, mentions, persons, attr_start)
                if speaker is None and attribution is None:
                    speaker = _speaker_of_sentence_before(segment, paragraph.start(), raw.start, mentions, persons)
                if speaker is None and attribution is None and not _is_a_title(raw.text):
                    speaker = _speaker_earlier_in_sentence(segment, paragraph.start(), raw.start, mentions, persons)
                if speaker is None and attribution is None:
                    speaker = _speaker_before_colon(segment, paragraphs, p, raw.start, mentions, persons)
                if speaker is None and attribution is None:
                    speaker = _speaker_signed_with_a_dash(segment, raw.end, paragraph_end, mentions)
                if speaker is None and attribution is None and raw.start == paragraph.start() and not _is_a_title(raw.text):
                    speaker = _speaker_of_paragraph_before(segment, paragraphs, p, mentions, persons)
                if speaker is None and attribution is None and raw.start == paragraph.start() and last_paragraph >= p - 1:
                    speaker = last_speaker  # a quoted paragraph right after another goes on with its speaker
                if speaker is None:
                    continue
                quotes.append(Quote(text=raw.text.rstrip(" ,"), speaker=speaker, span=segment.span(raw.start, raw.end)))
                last_speaker, last_paragraph = speaker, last
            p = last + 1
    return quotes
