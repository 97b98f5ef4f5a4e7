"""Numeric facts: a number, the noun phrase it counts, and how the text qualifies it.

"more than 2,500 delegates" -> 2500, "delegates", more_than. Years, calendar dates,
clock times, ordinals and identifiers ("Resolution 79/243") are not figures. A number
with no noun after it ("Of these, 64 signed") counts what the figure before it counted.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.models import Figure
from extractors.records.lexicon import MONTHS, MULTIPLIERS, NUMBER_WORDS, QUALIFIERS, UNIT_STOP_WORDS
from extractors.records.text import Segment, Sentence, split_sentences

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A currency written before the amount ("US$71.8 billion", "USD 388 billion", "VND29 trillion"),
# and the unit each one means.
CURRENCY_BEFORE = {"US$": "USD", "USD": "USD", "$": "USD", "VND": "VND", "VNĐ": "VND", "VNÐ": "VND", "€": "EUR", "EUR": "EUR", "£": "GBP", "S$": "SGD", "A$": "AUD", "¥": "JPY"}
CURRENCY = "|".join(re.escape(c) for c in sorted(CURRENCY_BEFORE, key=len, reverse=True))
# Units written onto the number ("13ha", "30km", "600mm"); the text has no space to find them by.
ATTACHED_UNITS = {"ha": "ha", "km": "km", "km2": "km2", "sq.km": "km2", "kg": "kg", "m": "m", "mm": "mm", "cm": "cm", "m2": "m2", "m3": "m3", "mw": "MW", "kw": "kW", "kwh": "kWh", "gw": "GW", "mwp": "MWp", "t": "tonnes", "ml": "ml", "mg": "mg"}
ATTACHED = "|".join(sorted(ATTACHED_UNITS, key=len, reverse=True))
SPELLED = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
# The lookahead on what a number can start with lets the engine skip most positions at once:
# a digit, a currency, or a number word's first letter opening a word (not inside one).
NUMBER_WORD_FIRST = "".join(sorted({w[0] for w in NUMBER_WORDS}))
CURRENCY_FIRST = re.escape("".join(sorted({c[0] for c in CURRENCY_BEFORE})))
MULTIPLIER = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
# Currencies are matched case-sensitively: "a", "e", "s" open a third of all words.
# A stop before a number makes it a decimal part, bar after a lower-case letter, where a sentence
# lost the space after its stop ("torrential rains.14,511 houses").
NUMBER = re.compile(
    rf"(?=\d|(?-i:[{CURRENCY_FIRST}])|(?<![\w-])[{NUMBER_WORD_FIRST}])(?:(?<![\w,/$:-])(?<![^a-z]\.)(?:(?-i:(?P<currency>{CURRENCY}))\s?)?(?P<digits>{DIGITS})(?:\s*(?P<mult>{MULTIPLIER})\b)?"
    rf"(?:(?P<percent>\s?%|\s+per\s?cent|\s+percent)|(?P<attached>{ATTACHED})\b)?(?![\w/]|[.,]\d|:\d)"
    rf"|(?<![\w-])(?P<words>{SPELLED})(?:\s+(?P<wmult>{MULTIPLIER}))?(?![\w-]))",
    re.I,
)
# Where neither a digit nor a number word stands, NUMBER finds nothing, and most sentences hold
# neither: a case-blind pattern is tried at every character, a digit and a word in the lower-cased
# text are searched for in C. The characters that match an ASCII letter only case-blind ("İ", "ı",
# "ſ", the Kelvin sign) send a sentence to NUMBER itself.
DIGIT = re.compile(r"\d")
NUMBER_WORD_CORES = tuple(w for w in NUMBER_WORDS if not any(other != w and other in w for other in NUMBER_WORDS))
CASE_BLIND_ONLY = re.compile("[\u0130\u0131\u017f\u212a]")
QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>" + "|".join(sorted((re.escape(p) for ps in QUALIFIERS.values() for p in ps), key=len, reverse=True)) + r")\s+$",
    re.I,
)
QUALIFIER_OF = {p.lower(): q for q, ps in QUALIFIERS.items() for p in ps}
IDENTIFIER_BEFORE = re.compile(r"(?i)\b(?:no\.?|number|resolution|decree|article|clause|point|chapter|page|section|law|directive|conclusion|decision|room|km|route|flight|version|item)\s*$")
# Digits are a word of their own so that a noun phrase stops at the next number ("1 clinic, 2 schools");
# so is an initialism written with stops, which stands before a noun as an adjective ("U.S. dollars").
WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-zÀ-ỹ][\w’'-]*|\d+|,|[^\w\s]")
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ate", "ese", "an", "ish", "ary", "ous", "ful", "less", "ern", "ile")
ADJECTIVES = {"domestic", "foreign", "private", "public", "new", "old", "major", "minor", "key", "top", "senior", "junior", "young", "small", "large", "big", "high", "low", "full", "main", "other", "more", "additional", "further", "separate", "different", "various", "several", "official"}
NOT_UNITS = {"percent"} | MONTHS
MEASURES = {"km", "m", "cm", "mm", "kg", "g", "ha", "min", "sec", "mph", "kmh", "km/h", "mw", "kw", "gw", "tonnes", "tons", "hectares", "metres", "meters", "kilometres", "kilometers", "kilograms"}
# "VND100 million per square meter", "VND6,400 a kilogram": a price keeps the unit it is per.
PER_UNIT = re.compile(r"\s+(?:per\s+|an?\s+(?=square|cubic|kilo|kg\b|tonne|ton\b|litre|liter))((?:square\s+|cubic\s+)?[a-z]+)", re.I)
# Plurals without an "s": the counted noun ends with them ("10 people dead" counts people).
IRREGULAR_PLURALS = {"people", "children", "men", "women"}
NOT_PLURAL = {"measles", "mumps", "diabetes", "rabies", "herpes", "tetanus", "news", "series", "species", "means", "headquarters", "politics", "economics", "physics", "mathematics", "logistics", "statistics", "analytics", "electronics"}
CURRENCIES = {"VND", "USD", "EUR", "JPY", "CNY", "GBP", "KRW", "THB", "SGD", "dong", "dollars", "euros", "yen", "yuan", "cents"}
# After a bare number these words show it counts what the number before it counted ("64 signed").
ELLIPSIS_VERBS = {"were", "was", "are", "is", "have", "has", "had", "did", "will", "would", "could", "can"}
# The second end may repeat the currency ("$610 - $640 per ton").
RANGE_TO_NEXT = re.compile(rf"^\s*(?P<connector>and|to|or|out of|[-–])\s*(?=(?-i:{CURRENCY})?\s?\d)")
# A hyphen glued to the second end hides it from NUMBER, whose look-behind keeps scores and
# codes out ("2-0", "COVID-19"); a range's second end is read here instead. NUMBER itself reads
# the end after an en dash ("aged 1–10 years"), so that one is no glued end.
GLUED_RANGE_END = re.compile(
    rf"^\s*-(?:(?-i:(?P<currency>{CURRENCY}))\s?)?(?P<digits>{DIGITS})(?:\s*(?P<mult>{MULTIPLIER})\b)?"
    rf"(?:(?P<percent>\s?%|\s+per\s?cent|\s+percent)|(?P<attached>{ATTACHED})\b)?(?![\w/]|[.,]\d|:\d)",
    re.I,
)
CURRENCY_AFTER = re.compile(r"\s*(VND|VNĐ|USD|dong)\b")
PARTICLE_VERB_BEFORE = re.compile(r"(?i)\b\w+(?:ed|en)\s+$|\b(?:hand|hands|take|takes|took|turn|turns|win|wins|won|get|gets|got)\s+$")


def _value(match: re.Match) -> float:
    if match.group("digits"):
        multiplier = match.group("mult")
        if multiplier:  # in decimal: 16.99 * 1e9 in floats is 16989999999.999998
            return float(Decimal(match.group("digits").replace(",", "")) * MULTIPLIERS[multiplier.lower()])
        value = float(match.group("digits").replace(",", ""))
    else:
        words = re.split(r"[- ]", match.group("words").lower())
        value = float(sum(NUMBER_WORDS[w] for w in words))
        multiplier = match.group("wmult")
    return value * MULTIPLIERS[multiplier.lower()] if multiplier else value


def _first_end_value(first: re.Match, second: re.Match) -> float:
    """ "7.2-7.5 million tonnes", "VND2-3 trillion": a first end written bare shares the second's
    multiplier, as long as the range still rises ("from 800 to 1.5 million" is 800)."""
    value = _value(first)
    if first.group("digits") and not first.group("mult") and second.group("digits") and second.group("mult"):
        scaled = float(Decimal(first.group("digits").replace(",", "")) * MULTIPLIERS[second.group("mult").lower()])
        return scaled if scaled <= _value(second) else value
    return value


def _written_kind(number: re.Match) -> str | None:
    return next((kind for kind in ("percent", "currency", "attached") if number.group(kind)), None)


def _ends_of_one_range(first: re.Match, second: re.Match) -> bool:
    """Whether two numbers joined by "-", "to" or "and" are one range's ends: they count in the
    same unit where both write one, and a percentage pairs only with a percentage ("rose 5.6
    percent to USD 24 billion" is a change and a level)."""
    first_kind, second_kind = _written_kind(first), _written_kind(second)
    if first_kind == "percent" or (first_kind and second_kind):
        return first_kind == second_kind
    return True


def _written_unit(number: re.Match, rest: str) -> str:
    """The unit written onto a number: a percent sign, a currency before it, a glued measure."""
    if number.group("percent"):
        return "percent"
    if number.group("currency"):
        return CURRENCY_BEFORE.get(number.group("currency").upper(), number.group("currency").upper()) + _per_unit(rest)
    if number.group("attached"):
        return ATTACHED_UNITS[number.group("attached").lower()]
    return ""


def _per_unit(rest: str) -> str:
    """" per tonne" when the text goes on with the unit a price is per ("... per tonne", "... a kilo")."""
    per = PER_UNIT.match(rest)
    return f" per {per.group(1)}" if per and per.group(1).lower() not in UNIT_STOP_WORDS else ""


def _is_adjective(word: str) -> bool:
    low = word.lower()
    return low in ADJECTIVES or (low.endswith(ADJECTIVE_ENDINGS) and len(low) > 4 and not low.endswith(("ians", "ans")))


def _is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in NOT_PLURAL


def _joined_plural(words: list[re.Match], n: int) -> int | None:
    """Index of the plural noun that "and" at words[n] joins on ("... and policy beneficiaries")."""
    if n >= len(words) or words[n].group() != "and":
        return None
    for k in range(n + 1, min(n + 3, len(words))):
        word = words[k].group()
        low = word.lower()
        # "countries and international organisations", "... and 160 stakeholders": another count
        if not word[:1].isalpha() or low in UNIT_STOP_WORDS or low in NUMBER_WORDS or _is_adjective(word) or re.search(r"\d", words[k - 1].string[words[k - 1].end() : words[k].start()]):
            return None
        if _is_plural(low):
            return k
    return None


def _unit_after(text: str) -> str:
    """The counted noun phrase at the start of `text` ('' when none)."""
    words = [m for m in WORD.finditer(text[:160])]
    taken: list[re.Match] = []
    seen_noun = False
    for n, match in enumerate(words):
        word = match.group()
        low = word.lower()
        nxt = words[n + 1].group() if n + 1 < len(words) else ""
        if word in {",", "and"}:
            # "international, regional and private organisations": adjectives in a row
            if taken and not seen_noun and nxt[:1].isalpha():
                taken.append(match)
                continue
            break
        if not word[:1].isalpha() or low in UNIT_STOP_WORDS or low.endswith("ly"):
            break
        if word[:1].isupper() and not (word.isupper() or _is_adjective(word) or (_is_plural(low) and low not in NOT_UNITS)):
            break  # a name after a number is no unit ("Resolution 79", "25 October"); "16 Ambassadors" is one
        if low.endswith(("ed", "ing")) and (seen_noun or not nxt[:1].islower() or nxt.lower() in UNIT_STOP_WORDS):
            break  # a verb: "countries signed", "64 signed right after"
        taken.append(match)
        if not taken[:-1] and low in MEASURES:
            seen_noun = True
            break  # "12.5 km long", "0.5 m higher": a measure is the whole unit
        if word in CURRENCIES or not (_is_adjective(word) or word.isupper()):
            seen_noun = True
        if seen_noun and _is_plural(low) and not (low in IRREGULAR_PLURALS and _is_plural(nxt.lower())):
            # "12 developing countries met": the plural noun closes the phrase, unless another
            # plural is joined to it ("48 countries and territories": the labels count both)
            joined = _joined_plural(words, n + 1)
            if joined is None:
                break
            taken += words[n + 1 : joined + 1]
            break
        if len(taken) >= 6:
            break
    while taken and taken[-1].group() in {",", "and"}:
        taken.pop()
    if not taken or not seen_noun:
        return ""
    unit = text[taken[0].start() : taken[-1].end()]
    return "" if unit.lower() in NOT_UNITS else unit


WORD_AT_END = re.compile(r"([A-Za-z]+)\.?$")
FIRST_WORD = re.compile(r"([A-Za-z]+)")
DAY_RANGE_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s*[–-]$")
YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def _is_date_or_year(sentence_text: str, start: int, end: int, digits: str | None) -> bool:
    before = sentence_text[:start].rstrip()
    after = sentence_text[end:].lstrip()
    previous_word = WORD_AT_END.search(before)
    next_word = FIRST_WORD.match(after)
    if previous_word and previous_word.group(1).lower() in MONTHS:
        return True
    if next_word and next_word.group(1).lower() in MONTHS:
        return True
    if DAY_RANGE_BEFORE.search(before):
        return True  # the second day of "October 25–26"
    if digits and YEAR.fullmatch(digits):
        return True  # a year
    return bool(IDENTIFIER_BEFORE.search(before))


def _may_hold_a_number(text: str) -> bool:
    if DIGIT.search(text) or (not text.isascii() and CASE_BLIND_ONLY.search(text)):
        return True
    lowered = text.lower()
    return any(word in lowered for word in NUMBER_WORD_CORES)


# "3 gold, 2 silver and 4 bronze medals": a number's modifier whose noun comes after the last one
NEXT_CONJUNCT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?=\d)")


def _shared_head(unit: str, value: float, rest: str) -> str:
    """The unit with the head noun a list of numbers shares, read from the list's last member."""
    if value == 1 or " " in unit or not unit.islower() or _is_plural(unit) or unit in CURRENCIES or unit in MEASURES:
        return unit  # "1 house, 2 schools": a singular noun is its own head after "1" only
    position = rest.index(unit) + len(unit)
    for _ in range(6):
        conjunct = NEXT_CONJUNCT.match(rest, position)
        number = NUMBER.match(rest, conjunct.end()) if conjunct else None
        if not number or _written_kind(number):
            return unit
        words = _unit_after(rest[number.end() :]).split()
        if len(words) > 1 and _is_plural(words[-1]):
            return f"{unit} {words[-1]}"
        if len(words) != 1:
            return unit
        position = rest.index(words[0], number.end()) + len(words[0])
    return unit


def figures_in(sentence: Sentence, previous_unit: str | None) -> tuple[list[Figure], str | None]:
    text = sentence.text
    found: list[Figure] = []
    if not _may_hold_a_number(text):
        return found, previous_unit
    # A range's second end written bare counts what its first end counted ("US$475 - 482 price
    # range"): its position in the text and that unit.
    carried: tuple[int, str] | None = None
    for match in NUMBER.finditer(text):
        if match.group("words") and match.group("words").lower() in {"one", "dozens"}:
            continue  # "one of the largest": a pronoun more than a count
        counted = match.group("currency") or match.group("attached") or match.group("percent")
        if _is_date_or_year(text, match.start(), match.end(), None if counted else match.group("digits")):
            continue
        rest = text[match.end() :]
        # "between 2 and 5 US cents", "6-6.5%": the first end counts what the second counts
        second_end = GLUED_RANGE_END.match(rest)
        glued = bool(second_end)
        range_to_next = None
        if second_end and _value(second_end) <= _value(match):
            second_end = None  # ranges rise; a falling pair is a score ("2-0 behind") and counts nothing
        elif not glued:
            range_to_next = RANGE_TO_NEXT.match(rest)
            second_end = NUMBER.match(rest, range_to_next.end()) if range_to_next else None
        if second_end and not _ends_of_one_range(match, second_end):
            second_end = None
        if second_end:
            rest = rest[second_end.end() :]
        value = _first_end_value(match, second_end) if second_end else _value(match)
        unit = _written_unit(match, rest) or (_written_unit(second_end, rest) if second_end else "")
        if not unit and carried and carried[0] == match.start():
            unit = carried[1]
        if not unit:
            unit = _unit_after(rest)
            currency_after = CURRENCY_AFTER.match(rest)
            if currency_after:  # "800 VND more": the currency is the whole unit, bar what it is per
                unit = CURRENCY_BEFORE.get(currency_after.group(1), "VND" if currency_after.group(1) == "dong" else currency_after.group(1))
                unit += _per_unit(rest[currency_after.end() :])
            elif unit:
                unit = _shared_head(unit, value, rest)
        if unit and unit.split()[0].lower() == "ones" and previous_unit:
            unit = previous_unit  # "50,000 houses by rivers, 23,000 ones in low areas": a pro-form
        if not unit:
            next_word = re.match(r"\s*([a-z]+)", rest)
            elliptic = next_word and (next_word.group(1).endswith("ed") or next_word.group(1) in ELLIPSIS_VERBS)
            if match.group("words") or not previous_unit or not elliptic:
                continue
            unit = previous_unit
        before = text[: match.start()]
        qualifier_match = QUALIFIER_BEFORE.search(before)
        if qualifier_match and qualifier_match.group("q").lower() == "over" and PARTICLE_VERB_BEFORE.search(before[: qualifier_match.start()]):
            qualifier_match = None  # "handed over 37 suspects": a verb's particle, not "more than"
        qualifier = QUALIFIER_OF[qualifier_match.group("q").lower()] if qualifier_match else None
        start = sentence.start + (qualifier_match.start() if qualifier_match else match.start())
        found.append(
            Figure(
                value=value,
                unit=unit,
                qualifier=qualifier,  # type: ignore[arg-type]
                sentence=text.strip(),
                span=sentence.segment.span(start, sentence.start + match.end()),
                spelled_out=bool(match.group("words")),
            )
        )
        if second_end and glued:
            # "US$512-$518 per ton", "VND14,000-15,000": NUMBER does not see the second end
            end_span = sentence.segment.span(sentence.start + match.end(), sentence.start + match.end() + second_end.end())
            found.append(found[-1].model_copy(update={"value": _value(second_end), "span": end_span}))
        elif second_end and range_to_next and range_to_next.group("connector").lower() in {"to", "-", "–"}:
            carried = (match.end() + second_end.start(), unit)  # not after "and": "$2.4 billion and 57 projects"
        previous_unit = unit
    return found, previous_unit


def extract_figures(segments: list[Segment]) -> list[Figure]:
    figures: list[Figure] = []
    for segment in segments:
        if segment.where != "body":
            continue  # captions repeat the body's numbers; the title's are its own
        previous_unit: str | None = None
        for sentence in split_sentences(segment):
            found, previous_unit = figures_in(sentence, previous_unit)
            figures += found
    return figures
