"""A polite HTTP fetcher: a User-Agent, a timeout, a size cap, robots.txt, a delay per host.

Every failure (refused connection, timeout, HTTP error, oversized body, robots.txt) comes back as a
ReadError naming the URL, never as an exception, so one dead link cannot stop a batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit

from ..models import ReadError

USER_AGENT = "sitrep/0.1 (conflict-event extraction from news; polite fetcher)"


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 20.0          # seconds for connect and each read
    max_bytes: int = 10_000_000    # a news page is well under this; more is not an article
    delay: float = 1.0             # seconds between two requests to the same host
    user_agent: str = USER_AGENT
    robots: bool = True            # honour robots.txt


@dataclass(frozen=True)
class Page:
    url: str            # after redirects
    body: bytes
    content_type: str   # "text/html", "application/rss+xml", ...
    charset: str | None


@dataclass
class Fetcher:
    """Fetches URLs one at a time; remembers each host's last request and robots.txt."""

    settings: FetchSettings = field(default_factory=FetchSettings)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, object] = field(default_factory=dict)

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            remaining = self.settings.delay - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = self.clock()

    def _allowed(self, url: str) -> bool:
        from urllib.robotparser import RobotFileParser

        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = RobotFileParser()
            got = self._get(root + "/robots.txt")
            # No robots.txt (or an unreadable one) allows everything, as crawlers conventionally read it.
            parser.parse(got.body.decode("utf-8", "replace").splitlines() if isinstance(got, Page) else [])
            self._robots[root] = parser
        return self._robots[root].can_fetch(self.settings.user_agent, url)  # type: ignore[attr-defined]

    def fetch(self, url: str) -> Page | ReadError:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            return ReadError(url, f"not an http(s) URL (scheme {scheme or 'missing'!r})")
        if self.settings.robots and not self._allowed(url):
            return ReadError(url, "disallowed by the site's robots.txt")
        return self._get(url)

    def _get(self, url: str) -> Page | ReadError:
        import http.client
        import socket
        import urllib.error
        import urllib.request

        self._wait(urlsplit(url).netloc)
        request = urllib.request.Request(url, headers={
            "User-Agent": self.settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                      "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout) as response:
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.settings.max_bytes:
                    return ReadError(url, f"{int(length):,} bytes is over the {self.settings.max_bytes:,}"
                                          " byte limit")
                body = response.read(self.settings.max_bytes + 1)
                if len(body) > self.settings.max_bytes:
                    return ReadError(url, f"more than the {self.settings.max_bytes:,} byte limit")
                headers: Message = response.headers
                return Page(url=response.geturl(), body=body,
                            content_type=headers.get_content_type(), charset=headers.get_content_charset())
        except urllib.error.HTTPError as err:
            return ReadError(url, f"HTTP {err.code} {err.reason}")
        except urllib.error.URLError as err:
            reason = err.reason
            text = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)
            return ReadError(url, f"cannot connect: {text}")
        except (socket.timeout, TimeoutError):
            return ReadError(url, f"timed out after {self.settings.timeout:g} s")
        except (OSError, ValueError, http.client.HTTPException) as err:
            return ReadError(url, f"fetch failed: {err}")


def page_text(page: Page) -> str:
    """The body as text: the declared charset, else UTF-8; undecodable bytes become U+FFFD."""
    try:
        return page.body.decode(page.charset or "utf-8", errors="replace")
    except LookupError:  # an unknown charset name in the header
        return page.body.decode("utf-8", errors="replace")
