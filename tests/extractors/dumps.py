"""Text dumps written for the cleaning tests, read by the fallback (`Generic`) because it has no
rules but the shared ones; the lines are sentences of our own in the shapes seen on real pages."""

from __future__ import annotations

from extractors.generic import Generic

LEAD = "The provincial council approved a plan on Monday to build three new bridges over the river before the rainy season."
PARAGRAPH = "Officials said the work would start in March and employ about 400 local workers, most of them from nearby villages."
LAST = "The council will review the progress of the work at its next meeting in the summer, the chairwoman added."


def clean(*lines: str):
    return Generic().clean_text("\n".join(lines) + "\n")


def body_of(article) -> list[str]:
    return [block.text for block in article.blocks]
