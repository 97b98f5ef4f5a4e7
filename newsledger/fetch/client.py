"""A polite, defensive HTTP client for news pages.

Every call ends in a `FetchResult`: content, not-modified, or a failure with a reason and
whether retrying later may help. Nothing raises for a bad site; only our own bugs do.
"""

from __future__ import annotations

import email.utils
import ipaddress
import random
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego
from tenacity import RetryCallState, Retrying, retry_if_result, stop_after_attempt

from newsledger.fetch.policy import FetchPolicy

RETRYABLE_STATUS = {429, 500, 502, 503, 504}
KEPT_HEADERS = ("content-type", "etag", "last-modified", "content-length", "retry-after", "location")


@dataclass
class FetchResult:
    url: str
    final_url: str | None = None
    status: int | None = None
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    charset: str | None = None
    not_modified: bool = False
    reason: str | None = None  # set when the fetch failed
    detail: str = ""
    retryable: bool = False
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return self.reason is None and not self.not_modified and self.content is not None

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def failure(url: str, reason: str, detail: str, retryable: bool, status: int | None = None) -> FetchResult:
    return FetchResult(url=url, reason=reason, detail=detail[:500], retryable=retryable, status=status)


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


class ConnectTo(httpx.BaseTransport):
    """Sends the requests for some hosts to another origin, keeping their Host header."""

    def __init__(self, origins: dict[str, str], inner: httpx.BaseTransport) -> None:
        self.origins = {host.lower(): httpx.URL(origin) for host, origin in origins.items()}
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        origin = self.origins.get(request.url.host)
        if origin is not None:
            request.url = request.url.copy_with(scheme=origin.scheme, host=origin.host, port=origin.port)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class PoliteClient:
    """One client per crawl: keeps the connection pool, robots.txt rules and per-host clocks."""

    def __init__(self, policy: FetchPolicy | None = None, allowed_domains: tuple[str, ...] = ()) -> None:
        self.policy = policy or FetchPolicy()
        self.allowed_domains = tuple(d.lower() for d in allowed_domains)
        self._client = httpx.Client(
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout),
            follow_redirects=False,
            transport=ConnectTo(self.policy.connect_to, httpx.HTTPTransport()) if self.policy.connect_to else None,
        )
        self._robots: dict[str, Protego | None] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- guards ---------------------------------------------------------------------

    def refusal(self, url: str) -> FetchResult | None:
        """Why this URL must not be fetched at all, or None."""
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises on a malformed port
        except ValueError:
            return failure(url, "bad_url", f"malformed URL: {url!r}", False)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return failure(url, "bad_url", f"not an http(s) URL: {url!r}", False)
        host = parts.hostname.lower()
        if self.allowed_domains and not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            return failure(url, "off_domain", f"{host} is outside this source's domains {self.allowed_domains}", False)
        netloc = parts.netloc.lower()
        if host in self.policy.allowed_private_hosts or netloc in self.policy.allowed_private_hosts or host in self.policy.connect_to:
            return None
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)}
        except socket.gaierror as error:
            return failure(url, "dns_error", str(error), True)
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
                return failure(url, "private_address", f"{host} resolves to {ip}, which is not a public address", False)
        return None

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            ready = self._last_request.get(host, 0.0) + self.policy.per_domain_delay
            self._last_request[host] = max(now, ready)
        if ready > now:
            time.sleep(ready - now)

    def allowed_by_robots(self, url: str) -> bool:
        if not self.policy.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            result = self._get(urljoin(origin, "/robots.txt"), {}, check_robots=False)
            text = result.content.decode("utf-8", errors="replace") if result.ok and result.status == 200 else None
            self._robots[origin] = Protego.parse(text) if text else None  # no robots.txt: all allowed
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(url, self.policy.user_agent)

    # -- fetching -------------------------------------------------------------------

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET with every guard; conditional when a validator is given."""
        refused = self.refusal(url)
        if refused:
            return refused
        if not self.allowed_by_robots(url):
            return failure(url, "robots_disallowed", "robots.txt disallows this path for our user agent", False)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers)

    def _get(self, url: str, headers: dict[str, str], check_robots: bool = True) -> FetchResult:
        def wait(state: RetryCallState) -> float:
            result: FetchResult = state.outcome.result()
            retry_after = _retry_after_seconds(result.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, self.policy.retry_after_max)
            backoff = min(self.policy.backoff_base * 2 ** (state.attempt_number - 1), self.policy.backoff_max)
            return backoff * (0.5 + random.random() / 2)

        retrying = Retrying(
            stop=stop_after_attempt(self.policy.attempts),
            retry=retry_if_result(lambda r: r.reason is not None and r.retryable),
            wait=wait,
            retry_error_callback=lambda state: state.outcome.result(),  # out of attempts: the last failure
        )
        result = retrying(self._get_once, url, headers, check_robots)
        result.attempts = retrying.statistics.get("attempt_number", 1)
        return result

    def _get_once(self, url: str, headers: dict[str, str], check_robots: bool) -> FetchResult:
        current = url
        for _ in range(self.policy.max_redirects + 1):
            host = urlsplit(current).hostname or ""
            self._wait_turn(host)
            try:
                with self._client.stream("GET", current, headers=headers) as response:
                    kept = {k: v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}
                    if response.has_redirect_location:
                        target = urljoin(current, response.headers.get("location", ""))
                        refused = self.refusal(target) or (None if not check_robots or self.allowed_by_robots(target) else failure(target, "robots_disallowed", "redirect target disallowed by robots.txt", False))
                        if refused:
                            refused.url = url
                            refused.detail = f"redirect to {target}: {refused.detail}"
                            return refused
                        current = target
                        continue
                    if response.status_code == 304:
                        return FetchResult(url=url, final_url=current, status=304, headers=kept, not_modified=True)
                    if response.status_code >= 400:
                        return FetchResult(url=url, final_url=current, status=response.status_code, headers=kept,
                                           reason=f"http_{response.status_code}", detail=response.reason_phrase,
                                           retryable=response.status_code in RETRYABLE_STATUS)
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                        return failure(url, "too_large", f"Content-Length {declared} exceeds the cap of {self.policy.max_bytes} bytes", False, response.status_code)
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > self.policy.max_bytes:
                            return failure(url, "too_large", f"body exceeds the cap of {self.policy.max_bytes} bytes", False, response.status_code)
                    return FetchResult(url=url, final_url=current, status=response.status_code, content=bytes(body),
                                       headers=kept, charset=response.charset_encoding)
            except httpx.TimeoutException as error:
                return failure(url, "timeout", f"{type(error).__name__}: {error}", True)
            except httpx.RemoteProtocolError as error:
                reason = "truncated" if "incomplete" in str(error).lower() or "peer closed" in str(error).lower() else "protocol_error"
                return failure(url, reason, str(error), True)
            except (httpx.ConnectError, httpx.ReadError, httpx.WriteError) as error:
                return failure(url, "connection_error", f"{type(error).__name__}: {error}", True)
            except httpx.HTTPError as error:
                return failure(url, "http_error", f"{type(error).__name__}: {error}", True)
        return failure(url, "redirect_loop", f"more than {self.policy.max_redirects} redirects", False)
