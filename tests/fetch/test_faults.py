"""Fetching under every fault a news site can throw, against real servers on loopback.

A small fixture site per outlet serves feeds, a sitemap index, a listing page and the
sample articles; single URLs inject one fault each. For every fault: the expected events,
no crash, no lost article, and a second run that fetches only what is still pending.
"""

from __future__ import annotations

import email.utils
import json
import socket
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from extractors.samples import sample_folder
from extractors.spec import Discovery
from tests.hostile.broken_inputs import to_cp1258
from extractors.sources.baoquocte import WorldAndVietnamReport
from extractors.sources.cand import CAND
from extractors.sources.vietnamplus import VietnamPlus
from extractors.sources.vov import VOV
from newsledger.fetch.client import PoliteClient
from newsledger.fetch.crawl import crawl
from newsledger.fetch.policy import FetchPolicy
from warehouse.application import Warehouse

PRIVATE_LINK_HOST = "10.20.30.40"  # never contacted: refused before any connection

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><link>http://localhost/x</link></item></channel></rss>"""


def rss(links: list[str]) -> str:
    items = "".join(f"<item><title>t</title><link>{link}</link><pubDate>Tue, 04 Nov 2025 09:15:00 +0700</pubDate></item>" for link in links)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>feed</title>{items}</channel></rss>'


class RawServer:
    """A loopback TCP server that misbehaves below HTTP: resets, truncated bodies."""

    def __init__(self) -> None:
        self.mode = "reset"
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.paths: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            request = conn.recv(65536)
            self.paths.append(request.split(b" ")[1].decode() if b" " in request else "")
            if self.mode == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            elif self.mode == "truncated":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 50000\r\n\r\n<html><body><h1>cut</h1>")
            else:
                body = sample_folder("vov").glob("*.html").__next__().read_bytes()
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
            conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def httpserver():
    """A threaded server: a slow handler must not hold up the other requests."""
    server = HTTPServer(host="localhost", threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def raw_server():
    server = RawServer()
    yield server
    server.close()


def policy_for(httpserver: HTTPServer, raw: RawServer) -> FetchPolicy:
    return FetchPolicy(
        connect_timeout=2, read_timeout=0.5, attempts=2, backoff_base=0.05, per_domain_delay=0.0, retry_after_max=2,
        allowed_private_hosts=frozenset({f"localhost:{httpserver.port}", f"127.0.0.1:{raw.port}"}),
    )


def local_plugin(base: type, httpserver: HTTPServer, **discovery) -> object:
    """The outlet's real plugin, pointed at the fixture site on loopback."""
    cls = type(f"Local{base.__name__}", (base,), {
        "domains": ("localhost", "127.0.0.1", PRIVATE_LINK_HOST),
        "discovery": Discovery(**{"article_url": base.discovery.article_url, **discovery}),
    })
    return cls()


def events(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_vov_site_under_every_fault(httpserver: HTTPServer, raw_server: RawServer, tmp_path):
    vov_pages = sorted(sample_folder("vov").glob("*.html"))
    good = [f"/en/politics/good-{n}-post11900{n}.vov" for n in range(len(vov_pages))]
    for path, page in zip(good, vov_pages):
        httpserver.expect_request(path).respond_with_data(page.read_bytes(), content_type="text/html; charset=utf-8", headers={"ETag": f'"{path}"'})

    flaky_calls = {"n": 0}

    def flaky(request: Request) -> Response:  # 500 then 200
        flaky_calls["n"] += 1
        if flaky_calls["n"] == 1:
            return Response("busy", status=500)
        return Response(vov_pages[0].read_bytes(), content_type="text/html")

    throttled_calls = {"n": 0}

    def throttled(request: Request) -> Response:  # 429 with Retry-After, then 200
        throttled_calls["n"] += 1
        if throttled_calls["n"] == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(vov_pages[1].read_bytes(), content_type="text/html")

    slow = {"delay": 1.5}

    def sometimes_slow(request: Request) -> Response:  # read timeout on the first run only
        time.sleep(slow["delay"])
        return Response(vov_pages[2].read_bytes(), content_type="text/html")

    original_title = json.loads(vov_pages[0].with_name(vov_pages[0].stem + ".expected.json").read_text(encoding="utf-8"))["title"]
    vietnamese_title = "Hội thảo khu vực ở Đà Nẵng: " + original_title
    vietnamese = vov_pages[0].read_text(encoding="utf-8").replace(f">{original_title}<", f">{vietnamese_title}<")
    httpserver.expect_request("/en/politics/flaky-post1190101.vov").respond_with_handler(flaky)
    httpserver.expect_request("/en/politics/throttled-post1190102.vov").respond_with_handler(throttled)
    httpserver.expect_request("/en/politics/slow-post1190103.vov").respond_with_handler(sometimes_slow)
    def huge(request: Request) -> Response:  # 20 MB, streamed without a Content-Length
        return Response((b"<p>" + b"x" * 65536 for _ in range(320)), content_type="text/html")

    httpserver.expect_request("/en/politics/huge-post1190104.vov").respond_with_handler(huge)
    httpserver.expect_request("/en/politics/cp1258-post1190105.vov").respond_with_data(to_cp1258(vietnamese), content_type="text/html; charset=windows-1258")
    httpserver.expect_request("/en/politics/liar-post1190106.vov").respond_with_data(vietnamese.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
    httpserver.expect_request("/en/politics/loop-post1190107.vov").respond_with_data("", status=302, headers={"Location": "/en/politics/loop-post1190107.vov"})
    httpserver.expect_request("/en/politics/broken-post1190108.vov").respond_with_data(
        b"<html><body><h1 class='article-title'>Broken page<div class='row article-content'><div class='text-long'><p>Some text <b>unclosed <p>More text</table></td>",
        content_type="text/html")
    httpserver.expect_request("/en/politics/gone-post1190109.vov").respond_with_data("gone", status=410)
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /en/private/\n", content_type="text/plain")
    httpserver.expect_request("/bomb.rss").respond_with_data(BILLION_LAUGHS, content_type="application/rss+xml")
    raw_links = [f"http://127.0.0.1:{raw_server.port}/en/politics/reset-post1190110.vov"]
    links = [httpserver.url_for(p) for p in good] + [httpserver.url_for(p) for p in (
        "/en/politics/flaky-post1190101.vov", "/en/politics/throttled-post1190102.vov", "/en/politics/slow-post1190103.vov",
        "/en/politics/huge-post1190104.vov", "/en/politics/cp1258-post1190105.vov", "/en/politics/liar-post1190106.vov",
        "/en/politics/loop-post1190107.vov", "/en/politics/broken-post1190108.vov", "/en/politics/gone-post1190109.vov",
        "/en/private/secret-post1190111.vov",
    )] + raw_links + [
        "https://evil.example.com/en/politics/offsite-post1190112.vov",
        f"http://{PRIVATE_LINK_HOST}/en/politics/internal-post1190113.vov",
        httpserver.url_for("/en/tag/not-an-article"),
    ]
    httpserver.expect_request("/rss/home.rss").respond_with_data(rss(links), content_type="application/rss+xml")

    plugin = local_plugin(VOV, httpserver, feeds=[httpserver.url_for("/rss/home.rss"), httpserver.url_for("/bomb.rss")])
    path = tmp_path / "crawl.duckdb"
    warehouse = Warehouse(path)
    with PoliteClient(policy_for(httpserver, raw_server), plugin.domains) as client:
        first = crawl(plugin, warehouse, client)

    def reasons() -> dict[str, str]:
        rows = events(path, "SELECT stream_id, arg_max(coalesce(payload->>'reason', type), position) FROM events WHERE type IN ('FetchFailed', 'ArticleExtracted', 'ArticleGone', 'ExtractionFailed') GROUP BY 1")
        return {stream.split("/")[-1]: outcome for stream, outcome in rows}

    outcome = reasons()
    for n in range(len(good)):
        assert outcome[f"good-{n}-post11900{n}.vov"] == "ArticleExtracted"
    assert outcome["flaky-post1190101.vov"] == "ArticleExtracted" and flaky_calls["n"] == 2
    assert outcome["throttled-post1190102.vov"] == "ArticleExtracted" and throttled_calls["n"] == 2
    assert outcome["slow-post1190103.vov"] == "timeout"
    assert outcome["huge-post1190104.vov"] == "too_large"
    assert outcome["cp1258-post1190105.vov"] == outcome["liar-post1190106.vov"] == "ArticleExtracted"
    assert outcome["loop-post1190107.vov"] == "redirect_loop"
    assert outcome["broken-post1190108.vov"] in ("ArticleExtracted", "no_article")
    assert outcome["gone-post1190109.vov"] == "ArticleGone"
    assert outcome["secret-post1190111.vov"] == "robots_disallowed"
    assert outcome["reset-post1190110.vov"] == "connection_error"
    assert outcome["offsite-post1190112.vov"] == "off_domain"
    assert outcome["internal-post1190113.vov"] == "private_address"
    assert outcome["bomb.rss"] == "hostile_xml"
    assert "not-an-article" not in " ".join(outcome), "listing and tag pages are not articles"
    assert events(path, "SELECT count(*) FROM articles WHERE title = ?", [vietnamese_title]) == [(2,)], "both charset faults decoded right"
    assert not any(r.path.startswith("/en/private/") for r, _ in httpserver.log), "robots.txt was obeyed"
    assert first.failures["timeout"] == 1

    # second run: the site recovered; only what was still pending is fetched
    time.sleep(slow["delay"] + 0.2)  # let the server finish the requests the client gave up on
    slow["delay"] = 0
    raw_server.mode = "serve"
    before = len(httpserver.log)
    with PoliteClient(policy_for(httpserver, raw_server), plugin.domains) as client:
        second = crawl(plugin, warehouse, client)
    fetched_again = sorted(r.path.split("/")[-1] for r, _ in httpserver.log[before:] if r.path.startswith("/en/"))
    assert fetched_again == ["slow-post1190103.vov"]
    assert second.fetched == 2, "the slow page and the reset page, nothing else"
    outcome = reasons()
    assert outcome["slow-post1190103.vov"] == outcome["reset-post1190110.vov"] == "ArticleExtracted"
    assert events(path, "SELECT count(*) FROM events WHERE type = 'ArticleDiscovered'") == [(len(links) - 1,)], "each article discovered once"


def test_truncated_body_is_a_retryable_failure(httpserver: HTTPServer, raw_server: RawServer, tmp_path):
    raw_server.mode = "truncated"
    link = f"http://127.0.0.1:{raw_server.port}/en/politics/cut-post1190200.vov"
    httpserver.expect_request("/rss/home.rss").respond_with_data(rss([link]), content_type="application/rss+xml")
    plugin = local_plugin(VOV, httpserver, feeds=[httpserver.url_for("/rss/home.rss")])
    path = tmp_path / "cut.duckdb"
    with PoliteClient(policy_for(httpserver, raw_server), plugin.domains) as client:
        crawl(plugin, Warehouse(path), client)
    assert events(path, "SELECT payload->>'reason', payload->>'retryable' FROM events WHERE type = 'FetchFailed'") == [("truncated", "true")]
    assert [p for p in raw_server.paths if p != "/robots.txt"] == ["/en/politics/cut-post1190200.vov"] * 2, "retried once, as the policy says"


@pytest.mark.parametrize("base", [VietnamPlus, CAND, WorldAndVietnamReport])
def test_each_outlet_site_crawls_and_a_second_run_adds_nothing(base, httpserver: HTTPServer, raw_server: RawServer, tmp_path):
    folder = sample_folder(base.name)
    pages = sorted(folder.glob("*.html"))
    paths = {
        "vietnamplus": lambda n: f"/sample-{n}-post3300{n}.vnp",
        "cand": lambda n: f"/politics/sample-{n}-i7905{n}/",
        "baoquocte": lambda n: f"/sample-{n}-33379{n}.html",
    }[base.name]
    for n, page in enumerate(pages):
        httpserver.expect_request(paths(n)).respond_with_data(page.read_bytes(), content_type="text/html", headers={"ETag": f'"v{n}"'})
    links = [httpserver.url_for(paths(n)) for n in range(len(pages))]
    if base.name == "baoquocte":  # a sitemap index pointing at a Google News sitemap
        urls = "".join(f"<url><loc>{link}</loc><news:news><news:publication_date>2025-11-07T10:00:00+07:00</news:publication_date></news:news></url>" for link in links)
        httpserver.expect_request("/sitemap.xml").respond_with_data(
            f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{httpserver.url_for("/news.xml")}</loc></sitemap></sitemapindex>')
        httpserver.expect_request("/news.xml").respond_with_data(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')
        plugin = local_plugin(base, httpserver, sitemaps=[httpserver.url_for("/sitemap.xml")])
    elif base.name == "cand":  # a listing page read through the plugin's selectors
        anchors = "".join(f'<h3 class="box-title"><a href="{paths(n)}">story {n}</a></h3>' for n in range(len(pages)))
        httpserver.expect_request("/politics/").respond_with_data(f"<html><body><nav><a href='/'>Home</a></nav>{anchors}</body></html>", content_type="text/html")
        plugin = local_plugin(base, httpserver, listing_pages=[httpserver.url_for("/politics/")], listing_links=base.discovery.listing_links)
    else:
        httpserver.expect_request("/rss/home.rss").respond_with_data(rss(links), content_type="application/rss+xml")
        plugin = local_plugin(base, httpserver, feeds=[httpserver.url_for("/rss/home.rss")])
    path = tmp_path / f"{base.name}.duckdb"
    with PoliteClient(policy_for(httpserver, raw_server), plugin.domains) as client:
        first = crawl(plugin, Warehouse(path), client)
    assert first.extracted == len(pages) and not first.failures
    count = events(path, "SELECT count(*) FROM events")
    with PoliteClient(policy_for(httpserver, raw_server), plugin.domains) as client:
        second = crawl(plugin, Warehouse(path), client)
    assert second.fetched == 0 and events(path, "SELECT count(*) FROM events") == count
    assert {s for (s,) in events(path, "SELECT DISTINCT source FROM articles")} == {base.name}


def test_a_changed_hint_sends_validators_and_a_304_appends_nothing(httpserver: HTTPServer, raw_server: RawServer, tmp_path):
    page = sorted(sample_folder("vov").glob("*.html"))[0].read_bytes()
    seen_validators = []

    def conditional(request: Request) -> Response:
        seen_validators.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(page, content_type="text/html", headers={"ETag": '"v1"'})

    link = httpserver.url_for("/en/politics/changing-post1190300.vov")
    httpserver.expect_request("/en/politics/changing-post1190300.vov").respond_with_handler(conditional)
    feed = {"date": "Tue, 04 Nov 2025 09:15:00 +0700"}
    httpserver.expect_request("/rss/home.rss").respond_with_handler(
        lambda request: Response(rss([link]).replace("Tue, 04 Nov 2025 09:15:00 +0700", feed["date"]), content_type="application/rss+xml"))
    plugin = local_plugin(VOV, httpserver, feeds=[httpserver.url_for("/rss/home.rss")])
    path = tmp_path / "conditional.duckdb"
    with PoliteClient(policy_for(httpserver, raw_server), plugin.domains) as client:
        crawl(plugin, Warehouse(path), client)
        count = events(path, "SELECT count(*) FROM events")
        time.sleep(1.1)
        feed["date"] = email.utils.format_datetime(datetime.now(timezone.utc))  # the feed says the article changed
        report = crawl(plugin, Warehouse(path), client)
    assert seen_validators == [None, '"v1"']
    assert report.not_modified == 1 and events(path, "SELECT count(*) FROM events") == count
