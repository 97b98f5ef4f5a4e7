"""One canonical form per article URL, so the same article is always the same stream."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

TRACKING_PARAMETERS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid", "zarsrc", "mc_cid", "mc_eid", "ref")
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no 'www.', no default port, no fragment, no tracking
    parameters, the remaining query sorted."""
    cleaned = url_query_cleaner(url.strip(), TRACKING_PARAMETERS, remove=True)
    parts = urlsplit(canonicalize_url(cleaned))
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port != DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))
