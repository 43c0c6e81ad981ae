"""Sources served from a local http.server: pages, feeds, dead links, oversized and malformed input."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sitrep.ingest.fetch import Fetcher, FetchSettings
from sitrep.models import Document, ReadError
from sitrep.store import read_sources

ARTICLE = """<!doctype html><html><head><title>Truck bomb kills 20 in Mogadishu</title>
<meta property="article:published_time" content="2017-10-14"></head><body><nav>Home | World</nav>
<article><h1>Truck bomb kills 20 in Mogadishu</h1>
<p>A truck bomb exploded at a busy junction in Mogadishu on Saturday, killing at least 20 people,
police said. Dozens more were wounded in the blast, the deadliest in the Somali capital for years.</p>
<p>No group immediately claimed responsibility, but officials blamed al-Shabaab.</p></article></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title>
<item><title>Bomb kills 20 in Mogadishu</title><link>{base}/article</link>
<description>&lt;p&gt;A truck bomb killed 20 people in Mogadishu.&lt;/p&gt;</description>
<pubDate>Sat, 14 Oct 2017 18:00:00 GMT</pubDate></item>
<item><title>Clashes in Kismayo</title><guid>kismayo-1</guid><pubDate>Sun, 15 Oct 2017 08:00:00 +0000</pubDate></item>
<item><title></title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Car bomb in Baidoa</title><link href="https://example.org/baidoa"/><id>urn:1</id>
<updated>2017-10-16T09:00:00Z</updated><summary>A car bomb killed 4 in Baidoa.</summary></entry></feed>"""

PAGES = {
    "/article": ("text/html; charset=utf-8", ARTICLE),
    "/feed.rss": ("application/rss+xml", None),
    "/atom": ("application/atom+xml", ATOM),
    "/broken.xml": ("application/rss+xml", "<rss><channel><item><title>cut off"),
    "/huge": ("text/html", "<html><body>" + "x" * 5000 + "</body></html>"),
    "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private\n"),
    "/private/page": ("text/html", ARTICLE),
    "/plain": ("text/plain", "Gunmen killed three people in Kismayo on Sunday."),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path not in PAGES:
            self.send_error(404, "Not Found")
            return
        kind, body = PAGES[self.path]
        if body is None:
            body = RSS.format(base=f"http://127.0.0.1:{self.server.server_port}")
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fetcher():
    return Fetcher(FetchSettings(timeout=5, max_bytes=4000, delay=0))


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the with block ends: connection refused


def read(urls, fetcher, **kw):
    return list(read_sources(urls, 2_000_000, fetcher=fetcher, **kw))


def test_fetch_html_page_keyed_by_url(server, fetcher):
    [doc] = read([server + "/article"], fetcher)
    assert isinstance(doc, Document)
    assert doc.id == doc.url == server + "/article"
    assert "truck bomb exploded" in doc.text and "Home | World" not in doc.text
    assert doc.title == "Truck bomb kills 20 in Mogadishu"


def test_fetch_rss_and_atom_feeds(server, fetcher):
    items = read([server + "/feed.rss", server + "/atom"], fetcher)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.title for d in docs] == ["Bomb kills 20 in Mogadishu", "Clashes in Kismayo", "Car bomb in Baidoa"]
    assert docs[0].text == "Bomb kills 20 in Mogadishu\n\nA truck bomb killed 20 people in Mogadishu."
    assert [str(d.published) for d in docs] == ["2017-10-14", "2017-10-15", "2017-10-16"]
    assert docs[1].id == "kismayo-1" and docs[2].url == "https://example.org/baidoa"
    assert [e.reason for e in errors] == ["item has no title and no text"]


def test_fetch_follow_reads_each_item_page(server, fetcher):
    docs = [d for d in read([server + "/feed.rss"], fetcher, follow=True) if isinstance(d, Document)]
    assert "busy junction" in docs[0].text and docs[0].id == server + "/article"


@pytest.mark.parametrize("path, reason", [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken.xml", "malformed feed XML"),
    ("/huge", "byte limit"),
    ("/private/page", "disallowed by the site's robots.txt"),
])
def test_fetch_bad_sources_are_reported_with_a_reason(server, fetcher, path, reason):
    [error] = read([server + path], fetcher)
    assert isinstance(error, ReadError) and reason in error.reason and error.where == server + path


def test_fetch_connection_refused_is_reported(fetcher):
    url = f"http://127.0.0.1:{_closed_port()}/article"
    [error] = read([url], fetcher)
    assert isinstance(error, ReadError) and error.reason.startswith("cannot connect")


def test_fetch_refuses_other_schemes(fetcher):
    assert fetcher.fetch("ftp://example.org/x").reason.startswith("not an http(s) URL")


def test_fetch_waits_between_requests_to_one_host(server):
    slept = []
    polite = Fetcher(FetchSettings(delay=2.0, robots=False), clock=lambda: 0.0, sleep=slept.append)
    polite.fetch(server + "/plain")
    polite.fetch(server + "/plain")
    assert slept == [2.0]
