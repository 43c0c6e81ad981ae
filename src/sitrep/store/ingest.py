"""``sitrep ingest`` as a library call: sources -> documents -> events -> store -> fused events.

``read_sources`` turns command-line sources (files, directories, feeds, http(s) URLs, JSON Lines,
``-`` for standard input) into Documents or ReadErrors; ``ingest`` quarantines the errors, stores
each new document with its events in one transaction and fuses every ``fuse_every`` documents. A document already stored (same key, same
text) is skipped before extraction, so re-running a batch, or finishing one that was killed, only
costs the new documents.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Document, Event, ReadError, replace
from .repository import Store, revision_id

Extractor = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Event]]]]


@dataclass
class IngestSummary:
    read: int = 0          # documents read (new, revised or unchanged)
    new: int = 0
    revised: int = 0
    unchanged: int = 0     # already stored with the same text: skipped before extraction
    mentions: int = 0      # events extracted from new and revised documents
    fused: int = 0         # fused events created or updated
    skipped: list[ReadError] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def to_dict(self) -> dict[str, object]:
        return {"read": self.read, "new": self.new, "revised": self.revised, "unchanged": self.unchanged,
                "skipped": len(self.skipped), "mentions": self.mentions, "fused": self.fused,
                "seconds": round(self.elapsed, 2)}


def document_key(document: Document) -> Document:
    """The document under its stable key: caller id, else URL (or file), else text hash."""
    if document.id.startswith("sha256:") and document.url:
        return replace(document, id=document.url)
    return document


def _read_path(path: Path, max_chars: int, published: dt.date | None) -> Iterator[Document | ReadError]:
    from ..ingest.feeds import FEED_SUFFIXES, looks_like_feed, parse_feed
    from ..ingest.readers import JSONL_SUFFIXES, files_under, read_file

    if path.is_dir():
        for child in files_under(path):
            yield from _read_path(child, max_chars, published)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_file(path, max_chars, published)
        return
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError as err:
        yield ReadError(str(path), err.strerror or str(err))
        return
    if suffix in FEED_SUFFIXES or looks_like_feed(head.decode("utf-8", "replace")):
        size = path.stat().st_size
        if size > max_chars * 4:  # checked before reading: a feed file can be any size
            yield ReadError(str(path), f"{size:,} bytes is over the limit for a feed (max_chars)")
            return
        data = path.read_bytes()
        yield from parse_feed(data, str(path), max_chars, source=path.name)
        return
    # A file's identity is its path: an edited file becomes a new revision of the same document.
    uri = path.resolve().as_uri()
    for item in read_file(path, max_chars, published, doc_id=uri):
        yield item if isinstance(item, ReadError) or item.url else replace(item, url=uri)


def _read_url(url: str, fetcher: object, max_chars: int, follow: bool) -> Iterator[Document | ReadError]:
    from ..ingest.feeds import FEED_TYPES, looks_like_feed, parse_feed
    from ..ingest.fetch import Page, page_text
    from ..ingest.readers import html_to_document

    page = fetcher.fetch(url)  # type: ignore[attr-defined]
    if isinstance(page, ReadError):
        yield page
        return
    assert isinstance(page, Page)
    text = page_text(page)
    if not text.strip():
        yield ReadError(url, "empty response")
        return
    if page.content_type in FEED_TYPES or looks_like_feed(text):
        for item in parse_feed(page.body, url, max_chars):
            if follow and isinstance(item, Document) and item.url:
                article = next(iter(_read_url(item.url, fetcher, max_chars, False)), None)
                if isinstance(article, Document):
                    # The article's own text, with the feed's date and title when the page lacks them.
                    item = replace(article, published=article.published or item.published,
                                   title=article.title or item.title, source=item.source or article.source)
            yield item
        return
    if len(text) > max_chars:
        yield ReadError(url, f"{len(text):,} characters is over the {max_chars:,} limit (max_chars)")
        return
    if page.content_type in ("text/html", "application/xhtml+xml") or "<html" in text[:2000].lower():
        yield html_to_document(text, url, doc_id=url, url=url)
        return
    if page.content_type.startswith("text/"):
        yield Document(id=url, text=text, url=url, source=None)
        return
    yield ReadError(url, f"unsupported content type {page.content_type}")


def read_sources(sources: Iterable[str], max_chars: int, *, fetcher: object | None = None,
                 published: dt.date | None = None, follow: bool = False) -> Iterator[Document | ReadError]:
    """Documents from each source in order: http(s) URLs, feeds, files, directories, JSON Lines,
    and JSON Lines on standard input for ``-``."""
    for source in sources:
        if source == "-":
            from ..ingest.readers import read_jsonl

            items = read_jsonl(sys.stdin.buffer, "<stdin>", max_chars)
        elif source.startswith(("http://", "https://")):
            if fetcher is None:
                from ..ingest.fetch import Fetcher

                fetcher = Fetcher()
            items: Iterable[Document | ReadError] = _read_url(source, fetcher, max_chars, follow)
        else:
            path = Path(source)
            if not path.exists():
                yield ReadError(source, "no such file or directory")
                continue
            items = _read_path(path, max_chars, published)
        for item in items:
            if isinstance(item, Document) and published is not None and item.published is None:
                item = replace(item, published=published)
            yield item


def ingest(items: Iterable[Document | ReadError], store: Store, extract: Extractor, *,
           fuse_every: int = 64, progress: Callable[[IngestSummary], None] | None = None,
           on_error: Callable[[ReadError], None] | None = None) -> IngestSummary:
    """Store each new document (with its events) and fuse; returns what happened."""
    summary = IngestSummary()
    seen: set[str] = set()

    def todo() -> Iterator[Document]:
        for item in items:
            if isinstance(item, ReadError):
                summary.skipped.append(item)
                store.quarantine(item)
                if on_error:
                    on_error(item)
            else:
                summary.read += 1
                document = document_key(item)
                revision = revision_id(document.id, document.text)
                if revision in seen or store.has_revision(revision):
                    summary.unchanged += 1
                else:
                    seen.add(revision)
                    yield document
            if progress:
                progress(summary)

    pending = 0
    for document, events in extract(todo()):
        status = store.write_document(document, events)
        if status == "unchanged":
            summary.unchanged += 1
        else:
            setattr(summary, status, getattr(summary, status) + 1)
            summary.mentions += len(events)
            pending += 1
        if pending >= fuse_every:
            summary.fused += store.fuse_pending()
            pending = 0
        if progress:
            progress(summary)
    # Always: also finishes the fusion of a run that was killed after storing its documents.
    summary.fused += store.fuse_pending()
    return summary
