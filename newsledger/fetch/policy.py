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

    @classmethod
    def from_env(cls, **overrides) -> "FetchPolicy":
        """Defaults, then NEWSLEDGER_FETCH_* environment variables, then the caller's values."""
        import os

        names = {"USER_AGENT": "user_agent", "DELAY": "per_domain_delay", "ATTEMPTS": "attempts", "READ_TIMEOUT": "read_timeout",
                 "CONNECT_TIMEOUT": "connect_timeout", "MAX_BYTES": "max_bytes", "BACKOFF": "backoff_base"}
        values = {field: os.environ[f"NEWSLEDGER_FETCH_{var}"] for var, field in names.items() if os.environ.get(f"NEWSLEDGER_FETCH_{var}")}
        return cls(**{**values, **{k: v for k, v in overrides.items() if v is not None}})
