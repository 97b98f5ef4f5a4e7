"""How politely and defensively to fetch; one object, layered defaults < caller."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from newsledger import __version__


class FetchPolicy(BaseModel):
    model_config = ConfigDict(frozen=True)

    user_agent: str = f"newsledger/{__version__} (+https://github.com/newsledger; news archive crawler)"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    attempts: int = 4  # first try plus retries, for connection errors, 5xx and 429
    backoff_base: float = 1.0  # seconds; doubled each retry, with jitter
    backoff_max: float = 60.0
    retry_after_max: float = 120.0  # never wait longer than this on a Retry-After
    per_domain_delay: float = 1.0  # seconds between two requests to one host
    respect_robots: bool = True
    # Hosts (host or host:port) allowed although they resolve to private, loopback or
    # link-local addresses. Empty in production; tests name their local server here.
    allowed_private_hosts: frozenset[str] = frozenset()
    # Requests for these hosts go to another origin, e.g. {"english.vov.vn": "http://127.0.0.1:8001"}
    # (curl's --connect-to): a mirror, or a test's local server standing in for the outlet.
    # The request keeps the outlet's URL and Host header; the operator who names a host here
    # vouches for its address, so the public-address guard does not apply to it.
    connect_to: dict[str, str] = {}

    @classmethod
    def from_env(cls, **overrides) -> "FetchPolicy":
        """Defaults, then NEWSLEDGER_FETCH_* environment variables, then the caller's values."""
        import os

        names = {"USER_AGENT": "user_agent", "DELAY": "per_domain_delay", "ATTEMPTS": "attempts", "READ_TIMEOUT": "read_timeout",
                 "CONNECT_TIMEOUT": "connect_timeout", "MAX_BYTES": "max_bytes", "BACKOFF": "backoff_base"}
        values = {field: os.environ[f"NEWSLEDGER_FETCH_{var}"] for var, field in names.items() if os.environ.get(f"NEWSLEDGER_FETCH_{var}")}
        if os.environ.get("NEWSLEDGER_FETCH_CONNECT_TO"):
            values["connect_to"] = parse_connect_to(os.environ["NEWSLEDGER_FETCH_CONNECT_TO"])
        return cls(**{**values, **{k: v for k, v in overrides.items() if v is not None}})


def parse_connect_to(value: str) -> dict[str, str]:
    """`host=origin` pairs, separated by commas or spaces."""
    pairs = value.replace(",", " ").split()
    malformed = [p for p in pairs if "=" not in p or not p.split("=", 1)[1].startswith(("http://", "https://"))]
    if malformed:
        raise ValueError(f"NEWSLEDGER_FETCH_CONNECT_TO takes host=http(s)://origin pairs; not {', '.join(malformed)}")
    return dict(pair.split("=", 1) for pair in pairs)
