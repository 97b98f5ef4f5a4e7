"""A crawl of one source: discover, decide what is new or changed from the events, fetch
politely, extract, append. Every URL ends as recorded events; the state of the next run
comes from those events, never from a side file."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from tqdm import tqdm

from extractors.plugin import SourcePlugin
from newsledger.fetch.client import FetchResult, PoliteClient
from newsledger.fetch.discovery import Found, HostileXml, feed_links, keep_articles, listing_links, sitemap_links
from newsledger.ingest.pipeline import process_content, url_stream_id
from warehouse.application import Pending, Warehouse, run_metadata
from warehouse.events import ArticleDiscovered, ArticleGone, FetchFailed
from warehouse.reads import StreamState

MAX_SITEMAP_DEPTH = 3
APPEND_EVERY = 50


@dataclass
class CrawlReport:
    discovered: int = 0
    new: int = 0
    fetched: int = 0
    not_modified: int = 0
    extracted: int = 0
    events_added: int = 0
    failures: Counter = field(default_factory=Counter)


def discover(plugin: SourcePlugin, client: PoliteClient) -> tuple[list[Found], list[tuple[str, FetchResult]]]:
    """Article URLs from the plugin's feeds, sitemaps and listing pages, and the
    discovery sources that failed."""
    found: list[Found] = []
    failed: list[tuple[str, FetchResult]] = []

    def get(url: str) -> bytes | None:
        result = client.fetch(url)
        if not result.ok:
            failed.append((url, result))
            return None
        return result.content

    for feed in plugin.discovery.feeds:
        content = get(feed)
        if content is not None:
            try:
                found += feed_links(content, feed)
            except HostileXml as error:
                failed.append((feed, FetchResult(url=feed, reason="hostile_xml", detail=str(error), retryable=False)))
    queue = [(sitemap, 0) for sitemap in plugin.discovery.sitemaps]
    while queue:
        sitemap, depth = queue.pop(0)
        content = get(sitemap)
        if content is None:
            continue
        try:
            links = sitemap_links(content, sitemap)
        except (HostileXml, Exception) as error:  # noqa: BLE001 - one bad sitemap must not stop discovery
            reason = "hostile_xml" if isinstance(error, HostileXml) else "bad_sitemap"
            failed.append((sitemap, FetchResult(url=sitemap, reason=reason, detail=str(error)[:300], retryable=False)))
            continue
        found += links.articles
        if depth < MAX_SITEMAP_DEPTH:
            queue += [(child, depth + 1) for child in links.sitemaps]
    for listing in plugin.discovery.listing_pages:
        content = get(listing)
        if content is not None:
            found += listing_links(content, listing, plugin)
    return keep_articles(found, plugin), failed


def needs_fetch(state: StreamState | None, found: Found) -> bool:
    if state is None or state.last_outcome is None:
        return True
    if state.last_outcome == "FetchFailed":
        return state.retryable
    if state.last_outcome == "ArticleGone":
        return False
    # fetched before: again only when the source says it changed since
    return bool(found.published and state.fetched_at and found.published > state.fetched_at)


def failure_event(url: str, result: FetchResult, plugin: SourcePlugin) -> FetchFailed:
    return FetchFailed(occurred_at=datetime.now(timezone.utc), location=url, reason=result.reason or "unknown",
                       detail=result.detail, retryable=result.retryable, http_status=result.status, plugin=plugin.name)


@dataclass
class PageOutcome:
    pending: list[Pending] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)
    not_modified: bool = False
    extracted: bool = False
    failure: str | None = None


def fetch_page(plugin: SourcePlugin, client: PoliteClient, url: str, state: StreamState | None, metadata: dict) -> PageOutcome:
    """Fetch one article URL and say what happened as events."""
    stream = url_stream_id(url)
    result = client.fetch(url, etag=state.etag if state else None, last_modified=state.last_modified if state else None)
    now = datetime.now(timezone.utc)
    if result.not_modified:
        return PageOutcome(not_modified=True)
    if result.status in (404, 410):
        gone = ArticleGone(occurred_at=now, url=url, http_status=result.status)
        return PageOutcome([Pending(stream, gone, f"gone:{result.status}", metadata)], failure=f"gone_{result.status}")
    if not result.ok:
        # a retryable failure is recorded at each attempt; a permanent one once
        key = f"{result.reason}:{now.isoformat()}" if result.retryable else result.reason
        return PageOutcome([Pending(stream, failure_event(url, result, plugin), key, metadata)], failure=result.reason)
    http = {"http_status": result.status, "etag": result.etag, "last_modified": result.last_modified}
    outcome = process_content(result.content, location=url, url=url, source=plugin, stream_id=stream, origin="http", http=http, charset=result.charset)
    return PageOutcome(
        [p.with_metadata(metadata) for p in outcome.pending],
        dict([outcome.blob]) if outcome.blob else {},
        extracted=not outcome.error,
        failure=outcome.error.split(":")[0] if outcome.error else None,
    )


@dataclass
class CrawlPlan:
    """What a crawl will do: events for what discovery found, and the pages to fetch."""

    discovery: list[Pending]
    to_fetch: list[dict]  # {"url", "etag", "last_modified"}: plain data, fit for an Airflow XCom
    discovered: int = 0
    new: int = 0
    failures: Counter = field(default_factory=Counter)


def plan_crawl(
    plugin: SourcePlugin,
    warehouse: Warehouse,
    client: PoliteClient,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    metadata: dict | None = None,
) -> CrawlPlan:
    """Discover, and decide from the events what is new, pending or changed."""
    metadata = metadata or {}
    found, failed_sources = discover(plugin, client)
    plan = CrawlPlan(discovery=[], to_fetch=[])
    today = datetime.now(timezone.utc)
    for url, result in failed_sources:
        plan.failures[result.reason] += 1
        # a failed feed is recorded on its own stream once per day
        plan.discovery.append(Pending(url_stream_id(url), failure_event(url, result, plugin), f"{result.reason}:{today:%Y-%m-%d}", metadata))
    if since:
        found = [f for f in found if f.published is None or f.published >= since]
    if until:
        found = [f for f in found if f.published is None or f.published < until]
    plan.discovered = len(found)
    for item in found:
        discovered = ArticleDiscovered(occurred_at=today, url=item.url, source=plugin.name, via=item.via, published_hint=item.published)
        plan.discovery.append(Pending(url_stream_id(item.url), discovered, item.url, metadata))
    states = warehouse.stream_states([url_stream_id(f.url) for f in found])
    for item in found:
        state = states.get(url_stream_id(item.url))
        if needs_fetch(state, item):
            plan.new += state is None or state.last_outcome is None
            plan.to_fetch.append({"url": item.url, "etag": state.etag if state else None, "last_modified": state.last_modified if state else None})
    if limit is not None:
        plan.to_fetch = plan.to_fetch[:limit]
    return plan


def fetch_pages(plugin: SourcePlugin, client: PoliteClient, items: list[dict], metadata: dict, progress: bool = False) -> tuple[list[Pending], dict[str, bytes], Counter]:
    """Fetch planned pages; their events, raw bytes and a tally of outcomes."""
    pending: list[Pending] = []
    blobs: dict[str, bytes] = {}
    tally: Counter = Counter()
    for item in tqdm(items, desc=f"crawl {plugin.name}", unit="page", disable=not progress):
        state = StreamState("PageFetched", False, item["etag"], item["last_modified"], None) if item["etag"] or item["last_modified"] else None
        page = fetch_page(plugin, client, item["url"], state, metadata)
        tally["fetched"] += 1
        tally["not_modified"] += page.not_modified
        tally["extracted"] += page.extracted
        if page.failure:
            tally[f"failed:{page.failure}"] += 1
        pending += page.pending
        blobs.update(page.blobs)
    return pending, blobs, tally


def crawl(
    plugin: SourcePlugin,
    warehouse: Warehouse,
    client: PoliteClient,
    since: datetime | None = None,
    limit: int | None = None,
    progress: bool = False,
    until: datetime | None = None,
) -> CrawlReport:
    """Plan, fetch and append in one process (the CLI); the DAGs run the same steps as tasks."""
    metadata = {**run_metadata(), "plugin": plugin.name, "plugin_version": plugin.version}
    plan = plan_crawl(plugin, warehouse, client, since=since, until=until, limit=limit, metadata=metadata)
    report = CrawlReport(discovered=plan.discovered, new=plan.new, failures=Counter(plan.failures))
    report.events_added += len(warehouse.append(plan.discovery))
    for start in range(0, len(plan.to_fetch), APPEND_EVERY):
        pending, blobs, tally = fetch_pages(plugin, client, plan.to_fetch[start : start + APPEND_EVERY], metadata, progress)
        report.events_added += len(warehouse.append(pending, blobs))
        report.fetched += tally["fetched"]
        report.not_modified += tally["not_modified"]
        report.extracted += tally["extracted"]
        for key, count in tally.items():
            if key.startswith("failed:"):
                report.failures[key.removeprefix("failed:")] += count
    warehouse.catch_up()
    return report
