"""Errors of cleaning and extraction: expected rejections, each with a reason to record."""

from pydantic import ValidationError


class ExtractionError(Exception):
    """A page that cannot yield an article. Its message is recorded as the reason."""

    reason = "extraction_error"


class UnknownSource(ExtractionError):
    reason = "unknown_source"


class UnreadableInput(ExtractionError):
    """Bytes that are not text: binary files, undecodable encodings."""

    reason = "unreadable_input"


class NoArticle(ExtractionError):
    """A page with no article body, such as a page that is only chrome."""

    reason = "no_article"


class LayoutChanged(ExtractionError):
    """A known outlet's page in which its plugin's body selectors find nothing: the site
    changed its layout. Extraction falls back to the generic extractor and says so."""

    reason = "layout_changed"


class TooLarge(ExtractionError):
    """Input over the size cap: refused before parsing, so memory stays bounded."""

    reason = "too_large"


class ExtractionTimeout(ExtractionError):
    reason = "timeout"


def failure_reason(error: Exception) -> str:
    """The reason recorded for a page that failed: the rejection's own, or the kind of bug."""
    if isinstance(error, ExtractionError):
        return error.reason
    if isinstance(error, ValidationError):
        return "invalid_records"
    return f"internal_error:{type(error).__name__}"
