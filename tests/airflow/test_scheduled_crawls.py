"""Scheduled crawling as production runs it: every installed source DAG unpaused in the same
hourly slot under the real scheduler, each outlet's site served on loopback (the outlets'
host names are sent there by NEWSLEDGER_FETCH_CONNECT_TO, through our own HTTP client), two
consecutive slots with pages added in between and one outlet down in the second (the next
hour's runs are triggered through the API, all with one run id). Every run
succeeds, every article's events are stored once, the down outlet's failures are recorded
under its name, and nothing is left staged. Once on a DuckDB file (writer pool of one),
once on DuckLake with a writer pool of four, where appends of different sources run at once.

The source DAGs come from the plugin registry, so a plugin added later is crawled here too;
its site is written from its declaration: feeds and sitemaps listing its sample pages, and
listing pages built to match its `listing_links` selectors."""

from __future__ import annotations

import re
import subprocess
import threading
import sys
import time
from datetime import datetime, timedelta, timezone
from html import escape

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from extractors.plugin import SourcePlugin
from extractors.registry import declared_url, installed_sources
from extractors.samples import sample_pages
from newsledger.fetch.discovery import Found, keep_articles, listing_links
from newsledger.fetch.urls import normalise_url
from tests.airflow.live import LiveAirflow, live_airflow
from warehouse.application import Warehouse

PUBLISHED = "Tue, 04 Nov 2025 09:15:00 +0000"  # before either slot: no article is fetched again as changed
ARTICLE_EVENTS = ("ArticleDiscovered", "PageFetched", "ArticleExtracted")

# ten DAGs, two slots: 22-23 minutes a variant measured on 2 cores under a load of 10-17 (slots of about 8 minutes)
pytestmark = pytest.mark.slow


def is_article_address(plugin: SourcePlugin, url: str) -> bool:
    return plugin.handles_url(url) and bool(keep_articles([Found(url, None, "test")], plugin))


def anchor_markup(selector: str, url: str, title: str) -> str | None:
    """Markup that `selector` finds as a link to `url`, for selectors made of tags, classes,
    ids and attributes joined by descendant or child combinators; None for anything else."""
    compounds = [c for c in re.split(r"\s*>\s*|\s+", selector.strip()) if c]
    opening, closing = [], []
    for number, compound in enumerate(compounds):
        parsed = re.fullmatch(r"([a-zA-Z][\w-]*)?((?:[.#][\w-]+|\[[\w-]+(?:=\"?[^\]\"]*\"?)?\])*)", compound)
        if not parsed:
            return None
        last = number == len(compounds) - 1
        tag = parsed.group(1) or ("a" if last else "div")
        if last and tag != "a":
            return None
        classes = re.findall(r"\.([\w-]+)", parsed.group(2))
        attributes = {"class": " ".join(classes)} if classes else {}
        attributes |= {"id": i for i in re.findall(r"#([\w-]+)", parsed.group(2))}
        attributes |= {name: value for name, value in re.findall(r"\[([\w-]+)(?:=\"?([^\]\"]*)\"?)?\]", parsed.group(2))}
        if last:
            attributes["href"] = url
        opening.append(f"<{tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attributes.items()) + ">")
        closing.insert(0, f"</{tag}>")
    return "".join(opening) + escape(title) + "".join(closing)


class OutletSite:
    """One outlet's site on loopback: robots.txt, its feeds, sitemaps and listing pages
    (all listing the articles published so far) and the article pages.

    Half of the articles are published at first; once each of them has been fetched (the
    first slot's crawl is then past its fetches), the rest are published, or the outlet goes
    down when `goes_down`. So the second slot meets the change whenever it starts, even when
    the scheduler itself starts it at the turn of the hour while the test still waits."""

    def __init__(self, plugin: SourcePlugin, goes_down: bool = False) -> None:
        self.plugin = plugin
        pages = [page for page in sample_pages(plugin.name) if page.suffix == ".html"]
        if len(pages) < 2:
            pytest.fail(f"{plugin.name}: needs two sample pages at least (one published in each slot); found {len(pages)}")
        self.articles: dict[str, bytes] = {}
        for page in pages:
            canonical = declared_url(page.read_text(encoding="utf-8", errors="replace"))
            if not canonical or not is_article_address(plugin, canonical):
                pytest.fail(f"{page}: its canonical URL {canonical!r} is not an article address of {plugin.name}")
            self.articles[normalise_url(canonical)] = page.read_bytes()
        self.first_round = list(self.articles)[: len(self.articles) // 2]
        self.published = len(self.first_round)
        self.goes_down = goes_down
        self.fetched: set[str] = set()
        self.changed = threading.Event()
        self.lock = threading.Lock()
        self.listing_selector = self._listing_selector()
        self.server = HTTPServer(host="127.0.0.1", threaded=True)
        self.server.expect_request(re.compile(".*")).respond_with_handler(self.respond)
        self.server.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    @property
    def hosts(self) -> set[str]:
        discovery = self.plugin.discovery
        urls = [*discovery.feeds, *discovery.sitemaps, *discovery.listing_pages, *self.articles]
        return set(self.plugin.domains) | {re.sub(r"^https?://([^/:]+).*", r"\1", u).lower() for u in urls}

    @property
    def live_articles(self) -> list[str]:
        return list(self.articles)[: self.published]

    def _after_fetch(self, url: str) -> None:
        with self.lock:
            self.fetched.add(url)
            if self.changed.is_set() or not set(self.first_round) <= self.fetched:
                return
            self.published = len(self.articles)
            self.changed.set()
        if self.goes_down:
            threading.Thread(target=self.stop, daemon=True).start()  # this response still goes out

    def _listing_selector(self) -> str | None:
        if not self.plugin.discovery.listing_pages:
            return None
        urls = list(self.articles)
        for selector in self.plugin.discovery.listing_links:
            html = self._listing_with(selector, urls)
            if html and [f.url for f in keep_articles(listing_links(html.encode(), self.plugin.discovery.listing_pages[0], self.plugin), self.plugin)] == urls:
                return selector
        pytest.fail(f"{self.plugin.name}: cannot write a listing page its selectors {self.plugin.discovery.listing_links} read back")

    @staticmethod
    def _listing_with(selector: str, urls: list[str]) -> str | None:
        anchors = [anchor_markup(selector, url, f"Story {n}") for n, url in enumerate(urls)]
        return None if None in anchors else f"<!doctype html><html><body><main>{''.join(anchors)}</main></body></html>"

    def respond(self, request: Request) -> Response:
        url = f"{request.host.split(':')[0]}{request.full_path.rstrip('?')}"
        discovery = self.plugin.discovery
        by_address = {re.sub(r"^https?://", "", u): u for u in [*discovery.feeds, *discovery.sitemaps, *discovery.listing_pages, *self.articles]}
        found = by_address.get(url) or by_address.get(url.rstrip("/"))
        if request.path == "/robots.txt":
            return Response("User-agent: *\nAllow: /\n", content_type="text/plain")
        if found in discovery.feeds:
            items = "".join(f"<item><title>Story</title><link>{escape(u)}</link><pubDate>{PUBLISHED}</pubDate></item>" for u in self.live_articles)
            return Response(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{self.plugin.name}</title>{items}</channel></rss>',
                            content_type="application/rss+xml")
        if found in discovery.sitemaps:
            entries = "".join(f"<url><loc>{escape(u)}</loc><lastmod>2025-11-04</lastmod></url>" for u in self.live_articles)
            return Response(f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
                            content_type="application/xml")
        if found in discovery.listing_pages:
            return Response(self._listing_with(self.listing_selector, self.live_articles), content_type="text/html; charset=utf-8")
        if found in self.live_articles:
            self._after_fetch(found)
            return Response(self.articles[found], content_type="text/html; charset=utf-8")
        return Response("not found", status=404)

    def stop(self) -> None:
        with self.lock:
            if self.server.is_running():
                self.server.stop()


def wait_for_dags(live: LiveAirflow, dag_ids: set[str], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not dag_ids <= {d["dag_id"] for d in live.api("GET", "/dags?limit=200")["dags"]}:
        if time.monotonic() > deadline:
            raise TimeoutError(f"Airflow did not list {dag_ids}")
        time.sleep(2)


def first_run_id(live: LiveAirflow, dag_id: str, timeout: float = 600) -> str:
    deadline = time.monotonic() + timeout
    while not (runs := live.api("GET", f"/dags/{dag_id}/dagRuns?order_by=run_after&limit=1")["dag_runs"]):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the scheduler started no run of {dag_id}")
        time.sleep(2)
    return runs[0]["dag_run_id"]


def wait_until_idle(live: LiveAirflow, dag_id: str, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while live.api("GET", f"/dags/{dag_id}/dagRuns?state=queued&state=running&limit=1")["total_entries"]:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{dag_id} still running after {timeout} s")
        time.sleep(2)


def appends_at_once(live: LiveAirflow, runs: dict[str, str]) -> int:
    """The most `append` tasks that were running at the same moment."""
    spans = []
    for dag_id, run_id in runs.items():
        ti = live.api("GET", f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances/append")
        spans.append((datetime.fromisoformat(ti["start_date"]), datetime.fromisoformat(ti["end_date"])))
    return max(sum(1 for s, e in spans if s <= start < e) for start, _ in spans)


@pytest.fixture
def outlets():
    plugins = {name: plugin for name, plugin in installed_sources().items() if plugin.domains}
    down = sorted(plugins)[0]
    sites = {name: OutletSite(plugin, goes_down=name == down) for name, plugin in plugins.items()}
    yield sites
    for site in sites.values():
        site.stop()


def next_slot(run: dict) -> dict:
    """A run an hour after `run`, with one run id for every DAG (`scheduled__` ids are the
    scheduler's own: the API refuses them)."""
    following = datetime.fromisoformat(run["logical_date"]) + timedelta(hours=1)
    return {"dag_run_id": f"manual__{following.isoformat()}", "logical_date": None, "conf": {}}


@pytest.mark.parametrize("store, writer_slots", [("duckdb", 1), ("ducklake", 4)])
def test_every_source_dag_in_the_same_hourly_slot_twice(outlets, tmp_path, store, writer_slots):
    warehouse = str(tmp_path / "warehouse.duckdb") if store == "duckdb" else f"ducklake:sqlite:{tmp_path / 'lake' / 'catalog.sqlite'}"
    dag_ids = {f"newsledger_source_{name}" for name in outlets}
    down = next(name for name, site in outlets.items() if site.goes_down)
    connect_to = ",".join(f"{host}={site.origin}" for site in outlets.values() for host in sorted(site.hosts))
    env = {"NEWSLEDGER_FETCH_CONNECT_TO": connect_to, "NEWSLEDGER_FETCH_DELAY": "0.05", "NEWSLEDGER_FETCH_CONNECT_TIMEOUT": "5"}

    with live_airflow(tmp_path, warehouse=warehouse, extra_env=env, writer_slots=writer_slots) as live:
        wait_for_dags(live, dag_ids)
        assert all(live.api("GET", f"/dags/{d}")["is_paused"] for d in dag_ids), "crawl DAGs start paused"
        now = datetime.now(timezone.utc)
        if now.minute == 59 and now.second > 30:  # unpausing across the hour would split the slot
            time.sleep(60 - now.second + 5)
        started = time.monotonic()
        live.unpause(*dag_ids)
        first_ids = {d: first_run_id(live, d) for d in dag_ids}
        first = {d: live.wait_for_runs(d, 1, timeout=1200, run_ids={first_ids[d]})[0] for d in dag_ids}
        slot_one_seconds = time.monotonic() - started
        assert {r["run_type"] for r in first.values()} == {"scheduled"}
        assert len(set(first_ids.values())) == 1, f"every source's run has the same run id: {first_ids}"
        assert {d: r["state"] for d, r in first.items()} == dict.fromkeys(dag_ids, "success")
        assert all(site.changed.is_set() for site in outlets.values()), "every outlet's first articles were fetched"
        overlap_one = appends_at_once(live, {d: r["dag_run_id"] for d, r in first.items()})

        # the next hour's runs, triggered here as a test cannot wait an hour (should the hour
        # turn meanwhile, the scheduler's own runs come too, and must succeed as well)
        started = time.monotonic()
        body = next_slot(next(iter(first.values())))
        for dag_id in dag_ids:
            live.api("POST", f"/dags/{dag_id}/dagRuns", body)
        second = {d: live.wait_for_runs(d, 1, timeout=1200, run_ids={body["dag_run_id"]})[0] for d in dag_ids}
        slot_two_seconds = time.monotonic() - started
        assert {d: r["state"] for d, r in second.items()} == dict.fromkeys(dag_ids, "success")
        overlap_two = appends_at_once(live, {d: body["dag_run_id"] for d in dag_ids})
        for dag_id in [*dag_ids, "newsledger_projections"]:
            wait_until_idle(live, dag_id)
        every_run = {d: {r["dag_run_id"]: r["state"] for r in live.api("GET", f"/dags/{d}/dagRuns?limit=100")["dag_runs"]} for d in dag_ids}
        assert all(set(states.values()) == {"success"} for states in every_run.values()), every_run
        airflow_env = live.env

    print(f"\n{store}: {len(dag_ids)} source DAGs; slot one {slot_one_seconds:.0f} s ({overlap_one} appends at once), "
          f"slot two {slot_two_seconds:.0f} s ({overlap_two} at once)")
    written = Warehouse(warehouse)
    written.catch_up()
    _, [(total, distinct)] = written.query("SELECT count(*), count(DISTINCT event_id) FROM events")
    assert total == distinct
    expected = {url for name, site in outlets.items() for url in (site.first_round if name == down else site.articles)}
    assert len(expected) > sum(len(site.first_round) for site in outlets.values()), "pages were added between the slots"
    _, rows = written.query(f"SELECT stream_id, type, count(*) FROM events WHERE type IN {ARTICLE_EVENTS} GROUP BY ALL")
    counts = {(stream, kind): n for stream, kind, n in rows}
    for url in expected:
        assert [counts.get((f"url:{url}", kind)) for kind in ARTICLE_EVENTS] == [1, 1, 1], url
    assert {s.removeprefix("url:") for s, _ in counts} == expected, "no article beyond those published while their outlet was up"
    _, [(articles,)] = written.query("SELECT count(*) FROM articles")
    assert articles == len(expected)

    failures = subprocess.run([sys.executable, "-m", "newsledger.cli", "failures", "--warehouse", warehouse], env=airflow_env,
                              capture_output=True, text=True, check=True).stdout
    _, rows = written.query("SELECT plugin, type, reason, count(*) FROM failures GROUP BY ALL")
    assert rows and {(plugin, kind, reason) for plugin, kind, reason, _ in rows} == {(down, "FetchFailed", "connection_error")}, failures
    assert down in failures and " ? " not in failures, failures
    assert not written.side_path(".staging").exists(), "every staged batch was appended and removed"
