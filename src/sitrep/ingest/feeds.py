"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> Documents, one per item, with the stdlib XML parser.

An item's text is its title (as the headline line) and its content or summary, HTML stripped; its
key is its link (else its guid), so a re-published item with changed text becomes a revision. The
stdlib parser resolves no external entities, and expat (2.4+) refuses entity-expansion bombs.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from ..models import Document, ReadError

FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml"}
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RSS1 = "{http://purl.org/rss/1.0/}"
_TAG = re.compile(r"<[^>]+>")
_BLANK = re.compile(r"[ \t\r\f\v]+")


def looks_like_feed(text: str) -> bool:
    """A quick sniff on the start of a body: an XML document whose root is rss, feed or RDF."""
    head = text.lstrip()[:2000].lower()
    return bool(re.search(r"<(rss|feed|rdf:rdf)[\s>]", head)) and not head.startswith(("<!doctype html", "<html"))


def _plain(markup: str | None) -> str:
    """Feed HTML snippets to text: tags dropped, entities decoded, paragraph breaks kept."""
    import html

    if not markup:
        return ""
    text = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n", markup)
    text = html.unescape(_TAG.sub("", text))
    lines = (_BLANK.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _date(value: str | None) -> dt.date | None:
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.date.fromisoformat(value[:10])    # Atom, Dublin Core: ISO 8601
    except ValueError:
        return None


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    # Atom text constructs may be XHTML (child elements) rather than a string.
    return "".join(element.itertext()).strip() or None


def _items(root: ET.Element) -> Iterator[dict[str, str | None]]:
    tag = root.tag.lower()
    if tag == _ATOM.lower() + "feed":
        for entry in root.iter(_ATOM + "entry"):
            link = next((l.get("href") for l in entry.findall(_ATOM + "link")
                         if l.get("rel", "alternate") == "alternate"), None)
            yield {"title": _text(entry.find(_ATOM + "title")), "link": link,
                   "id": _text(entry.find(_ATOM + "id")),
                   "body": _text(entry.find(_ATOM + "content")) or _text(entry.find(_ATOM + "summary")),
                   "date": _text(entry.find(_ATOM + "published")) or _text(entry.find(_ATOM + "updated"))}
    elif tag == "rss":
        for item in root.iter("item"):
            yield {"title": _text(item.find("title")), "link": _text(item.find("link")),
                   "id": _text(item.find("guid")),
                   "body": _text(item.find(_CONTENT)) or _text(item.find("description")),
                   "date": _text(item.find("pubDate")) or _text(item.find(_DC_DATE))}
    elif tag.endswith("}rdf"):
        for item in root.iter(_RSS1 + "item"):
            yield {"title": _text(item.find(_RSS1 + "title")), "link": _text(item.find(_RSS1 + "link")),
                   "id": item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"),
                   "body": _text(item.find(_CONTENT)) or _text(item.find(_RSS1 + "description")),
                   "date": _text(item.find(_DC_DATE))}
    else:
        raise ValueError(f"root element <{root.tag}> is not rss, feed or RDF")


def parse_feed(data: bytes | str, where: str, max_chars: int,
               source: str | None = None) -> Iterator[Document | ReadError]:
    """Each item of a feed as a Document; a malformed feed is one ReadError, a bad item another."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        yield ReadError(where, f"malformed feed XML ({err})")
        return
    try:
        items = list(_items(root))
    except ValueError as err:
        yield ReadError(where, str(err))
        return
    channel_title = _text(root.find("channel/title")) or _text(root.find(_ATOM + "title"))
    for number, item in enumerate(items, start=1):
        label = f"{where} item {number}"
        title = _plain(item["title"]) or None
        body = _plain(item["body"])
        if body and title and body.startswith(title):
            body = body[len(title):].lstrip()
        text = "\n\n".join(part for part in (title, body) if part)
        if not text.strip():
            yield ReadError(label, "item has no title and no text")
            continue
        if len(text) > max_chars:
            yield ReadError(label, f"{len(text):,} characters is over the {max_chars:,} limit (max_chars)")
            continue
        key = item["link"] or item["id"]
        yield Document(id=key or Document.make_id(text), text=text, published=_date(item["date"]),
                       title=title, url=item["link"], source=source or channel_title)
