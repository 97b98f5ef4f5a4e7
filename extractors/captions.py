"""Photo captions and their credits.

A caption without a credit is told from the paragraphs around it by its shape: where people
stand in the photo, a label of titles and names, a present-tense sentence of what they do.

Credits are printed in many forms, at the end of the caption: "(Photo: Bao Chi)",
"(Source: X)", "Photo: VNA", "Photos: Thanh Hai/The Hanoi Times |", "__Photo: Tran Hai/VNA",
"Photo by Reuters/Lee.", "Photo courtesy of X", "– VNA/VNS Photo Minh Đức", "— Photo site.vn".
"""

from __future__ import annotations

import re

_LABEL = (
    r"(?:photos?(?:\s+(?:source|credit|for\s+illustration))?|pictures?|ảnh|source|nguồn|image|file\s+photo"
    r"|illustrati(?:on|ve)(?:\s+(?:photo|image|picture))?)"
)
_CREDIT_TEXT = r"(?P<credit>[^\s.|()\[\]](?:[^|()\[\]]{0,58}[^\s.|()\[\]])?)"
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
PHOTO_WORD = re.compile(r"\s*\bPhotos?\b\s*")
MAX_CREDIT_WORDS = 8
MAX_CAPTION_WORDS = 40
SENTENCE_END = (".", "!", "?", "”", '"', "…", ":", ";", ",")
CREDIT_HINTS = (":", "photo", "Photo", "PHOTO", "courtesy", "Courtesy")


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """'Delegates at the event. (Photo: Bao Chi)' -> ('Delegates at the event.', 'Bao Chi')."""
    text = caption.strip()
    if not any(hint in text for hint in CREDIT_HINTS):  # most lines read are body text
        return (text or None), None
    for pattern in (CREDIT, TRAILING_CREDIT, DASHED_CREDIT, AGENCY_PHOTO_CREDIT):
        match = pattern.search(text)
        if match:
            credit = match.group("credit").strip(" .|")
            if pattern in (DASHED_CREDIT, AGENCY_PHOTO_CREDIT):
                # "VNA/VNS Photo Minh Đức" credits the photographer, "VNA/VNS Photo" the agency
                agency, photographer = PHOTO_WORD.split(credit, maxsplit=1)
                credit = photographer.strip() or agency.strip()
            if pattern is TRAILING_CREDIT:
                credit = re.sub(r"(?i)^the\s+", "", credit)  # "Photo by the X News Agency" credits the agency
            if not credit or len(credit.split()) > MAX_CREDIT_WORDS:
                continue
            rest = text[: match.start()].strip().rstrip("|_").strip()
            return (rest or None), credit
    return (text or None), None


# "(R)", "(2nd, L)", "(left)", "(centre, front row)": where someone stands in the photo
PHOTO_POSITION = re.compile(
    r"\((?:\d(?:st|nd|rd|th)?\s*,?\s*(?:from\s+)?)?[LRC](?:\s*,?\s*\d(?:st|nd|rd|th)?)?\)"
    r"|(?i:\((?:[^()]{0,25}\b)?(?:left|right|centre|center|middle|front\s+row|back\s+row|standing|seated|sitting)\b[^()]{0,25}\))"
)
PHOTO_WORDS = re.compile(r"(?i)^(?:illustrati(?:ve|on)\s+(?:photo|image)|file\s+photo|photo\s+for\s+illustration)\b")
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
MAX_PHRASE_CAPTION_WORDS = 25
MAX_SENTENCE_CAPTION_WORDS = 15
NOT_SUBJECTS = {
    "its", "his", "this", "thus", "plus", "was", "has", "does", "is", "as", "us", "whereas", "perhaps",
    "the", "a", "an", "these", "those", "their", "her", "our", "my", "your", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
}
# words in -ing that are adjectives, prepositions or nouns, not a participle standing for a verb
NOT_PARTICIPLES = {
    "during", "according", "including", "regarding", "concerning", "following", "outstanding", "leading",
    "upcoming", "ongoing", "existing", "remaining", "growing", "increasing", "emerging", "rising", "developing",
    "surrounding", "interesting", "amazing", "corresponding", "pending", "missing", "lasting", "morning", "evening",
    "meeting", "building", "training", "funding", "opening", "spending", "housing", "thing", "nothing", "something",
    "everything", "anything", "king", "spring", "string", "wedding", "painting", "setting", "ceiling", "being",
    "swimming", "shipping", "shopping", "parking", "banking", "marketing", "manufacturing", "processing", "planning",
    "understanding", "beijing", "wyoming", "willing", "cutting-edge",
}
# "At the opening", "During the drill": the occasion a photo was taken at, standing alone
OCCASION = re.compile(r"^(?:At|During|On|Inside|Outside)\s+(?:the|a)\s+[\w’' -]{2,60}$")
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
    if (
        len(words) <= 25
        and line.count(". ") == 0
        and PHOTO_ACTION.search(" ".join(words[:12]))
        and not PAST_OR_REPORTED.search(line)
        and not re.search(r"\b\w+ed\b", " ".join(words[:6]))
    ):
        return True
    if len(words) <= MAX_PHRASE_CAPTION_WORDS and is_caption_phrase(line):
        return True
    # a title-and-names line without a full stop: "General A and Cambodian Ambassador to Vietnam B"
    capitalised = [w for w in words if w[:1].isupper()]
    return not line.endswith(SENTENCE_END) and len(words) >= 8 and len(capitalised) >= 0.7 * len(words)


def is_caption_phrase(line: str) -> bool:
    """"Volunteers planting trees on the dyke", "A lion dance at the gala": what a
    photo shows, told without a finite verb (a participle in its place, or a noun phrase)."""
    if line.count(". ") or line.rstrip().endswith(("?", "!", ":", ";", ",")):
        return False
    if ": " in line:
        return False  # "<topic>: <heading>"
    participle = PARTICIPLE_PHRASE.match(line)
    # the participle's subject stands right before it: a name or a plural ("Delegates attending",
    # "Nguyen Van A speaking"); "its founding", "a meeting", "Monday morning" are nouns
    subject = line[: participle.start("verb")].split()[-1] if participle else ""
    if (
        participle
        and line[:1].isupper()
        and participle.group("verb") not in NOT_PARTICIPLES
        and subject.lower() not in NOT_SUBJECTS
        and (subject[:1].isupper() or (subject.endswith("s") and not subject.endswith("ss")))
        and not FINITE_VERB.search(line)
    ):
        # a sentence-like caption is short and holds no figures
        return not line.endswith(".") or (len(line.split()) <= MAX_SENTENCE_CAPTION_WORDS and not any(c.isdigit() for c in line))
    if OCCASION.match(line) and not line.endswith("."):
        return True
    # "A view of the bridge from the east": a noun phrase placing what is seen
    return bool(re.match(r"^An?\s", line) and PLACE_WORD.search(line)) and not line.endswith(".") and not FINITE_VERB.search(line)


def is_portrait_label(line: str) -> bool:
    """"Vice Chairman of the City People's Committee Nguyen Van A.", "Deputy Minister Nguyen Van
    B and leaders of the city police.": titles and names, with hardly a word that could be a verb."""
    words = line.split()
    if PHOTO_POSITION.search(line) and len(words) <= MAX_CAPTION_WORDS:
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
