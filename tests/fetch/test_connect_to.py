"""`connect_to` sends an outlet's requests to another origin (a local server in tests), with
the outlet's URL and Host header kept; every other host is guarded as before."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from newsledger.fetch.client import PoliteClient
from newsledger.fetch.policy import FetchPolicy, parse_connect_to


@pytest.fixture
def httpserver():
    server = HTTPServer(host="127.0.0.1")
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


def test_an_outlets_host_is_served_by_the_origin_named_for_it(httpserver, monkeypatch):
    httpserver.expect_request("/en/rss.xml", headers={"Host": "news.example"}).respond_with_data("<rss/>", content_type="application/rss+xml")
    httpserver.expect_request("/a", headers={"Host": "news.example"}).respond_with_data("", status=301, headers={"Location": "https://news.example/b"})
    httpserver.expect_request("/b", headers={"Host": "news.example"}).respond_with_data("moved here")
    monkeypatch.setenv("NEWSLEDGER_FETCH_CONNECT_TO", f"news.example=http://127.0.0.1:{httpserver.port}, other.example=http://127.0.0.1:9")
    policy = FetchPolicy.from_env(per_domain_delay=0.0, respect_robots=False)

    with PoliteClient(policy, ("news.example", "other.example", "unnamed.example")) as client:
        assert client.fetch("https://news.example/en/rss.xml").content == b"<rss/>"
        redirected = client.fetch("https://news.example/a")
        assert (redirected.content, redirected.final_url) == (b"moved here", "https://news.example/b")
        assert client.fetch("https://other.example/x").reason == "connection_error", "a named origin that is down fails like the outlet"
        assert client.fetch(f"http://127.0.0.1:{httpserver.port}/en/rss.xml").reason == "off_domain"

    with PoliteClient(FetchPolicy(connect_to={"news.example": f"http://127.0.0.1:{httpserver.port}"}, respect_robots=False)) as client:
        assert client.fetch(f"http://127.0.0.1:{httpserver.port}/en/rss.xml").reason == "private_address", "only the hosts named skip the guard"


def test_a_malformed_setting_says_what_it_takes():
    with pytest.raises(ValueError, match="host=http"):
        parse_connect_to("news.example 127.0.0.1:8000")
