"""Turn files, streams and JSON Lines records into Documents, or into ReadErrors that say why not.

A reader never raises for one bad record: it yields a ReadError naming the file and line and goes
on, so one malformed line cannot cost the rest of a batch.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..models import Document, ReadError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


def parse_published(value: Any) -> dt.date:
    """'YYYY-MM-DD' or an ISO datetime -> date; ValueError with the bad value otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"published must be YYYY-MM-DD or an ISO datetime, not {value!r}")
    text = value.strip().replace("Z", "+00:00")
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"published must be YYYY-MM-DD or an ISO datetime, not {value!r}") from None


def decode_text(data: bytes, where: str, max_chars: int) -> str | ReadError:
    """Bytes -> text, refusing what is not a readable article."""
    if not data.strip():
        return ReadError(where, "empty input")
    if b"\x00" in data[:8192]:
        return ReadError(where, "binary data (NUL bytes), not text")
    if len(data) > max_chars * 4:
        # More bytes than max_chars characters can take in UTF-8: too big, whatever it holds.
        return ReadError(where, f"{len(data):,}+ bytes is over the {max_chars:,} limit (max_chars)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return ReadError(where, f"not UTF-8 text (byte {err.start}: {data[err.start:err.start + 1]!r})")
    if len(text) > max_chars:
        return ReadError(where, f"{len(text):,} characters is over the {max_chars:,} limit (max_chars)")
    return text


def html_to_document(html: str, where: str, doc_id: str | None = None,
                     published: dt.date | None = None, max_chars: int = 2_000_000,
                     **meta: Any) -> Document | ReadError:
    """Main text, title and date of a page through trafilatura."""
    import trafilatura  # imported here: it costs 0.2 s and only HTML input needs it

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True,
                                    include_comments=False, url=meta.get("url"))
    if not extracted:
        return ReadError(where, "no article text found in the HTML")
    data = json.loads(extracted)
    text = data.get("text") or ""
    if not text.strip():
        return ReadError(where, "no article text found in the HTML")
    if len(text) > max_chars:
        return ReadError(where, f"{len(text):,} characters is over the {max_chars:,} limit (max_chars)")
    if published is None and data.get("date"):
        try:
            published = parse_published(data["date"])
        except ValueError:
            published = None
    return Document(
        id=doc_id or Document.make_id(text), text=text, published=published,
        title=meta.get("title") or data.get("title"), url=meta.get("url") or data.get("source"),
        source=meta.get("source") or data.get("sitename"),
    )


def record_to_document(record: Any, where: str, max_chars: int) -> Document | ReadError:
    """One JSON Lines record (CONTRACT.md "Input: documents") -> Document."""
    if not isinstance(record, dict):
        return ReadError(where, f"expected a JSON object, got {type(record).__name__}")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or (doc_id is not None and not isinstance(doc_id, (str, int))):
        return ReadError(where, "'id' must be a string")
    if isinstance(doc_id, str) and not doc_id.strip():
        doc_id = None  # an empty id is no id: the content hash keeps documents apart
    label = f"{where} (id {doc_id})" if doc_id is not None else where
    published = None
    if record.get("published") not in (None, ""):
        try:
            published = parse_published(record["published"])
        except ValueError as err:
            return ReadError(label, str(err))
    meta = {k: record.get(k) if isinstance(record.get(k), str) else None
            for k in ("title", "url", "source")}
    text = record.get("text")
    if text is None and isinstance(record.get("html"), str):
        return html_to_document(record["html"], label, str(doc_id) if doc_id is not None else None,
                                published, max_chars, **meta)
    if not isinstance(text, str):
        return ReadError(label, "missing 'text' (or 'html')" if text is None else "'text' must be a string")
    if not text.strip():
        return ReadError(label, "empty 'text'")
    if len(text) > max_chars:
        return ReadError(label, f"{len(text):,} characters is over the {max_chars:,} limit (max_chars)")
    for field, value in (("text", text), *meta.items()):
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError:
            return ReadError(label, f"'{field}' holds an unpaired surrogate (\\ud800-\\udfff), not text")
    return Document(id=str(doc_id) if doc_id is not None else Document.make_id(text), text=text,
                    published=published, **meta)


def read_jsonl(stream: IO[bytes], name: str, max_chars: int) -> Iterator[Document | ReadError]:
    for number, raw in enumerate(stream, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield ReadError(where, "line is not UTF-8")
            continue
        except json.JSONDecodeError as err:
            yield ReadError(where, f"malformed JSON ({err.msg} at column {err.colno})")
            continue
        except (RecursionError, ValueError):
            yield ReadError(where, "malformed JSON (nested too deeply or out of range)")
            continue
        yield record_to_document(record, where, max_chars)


def files_under(path: Path) -> list[Path]:
    """The files of a directory tree, in name order, hidden files left out."""
    return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))


def read_file(path: Path, max_chars: int, published: dt.date | None = None,
              doc_id: str | None = None) -> Iterator[Document | ReadError]:
    """A text, HTML or JSON Lines file; a directory is read recursively, in name order."""
    where = str(path)
    if path.is_dir():
        for child in files_under(path):
            yield from read_file(child, max_chars, published)
        return
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, where, max_chars)
            return
        # Read one byte past the limit in bytes terms: enough to tell "too big" without loading 1 GB.
        with path.open("rb") as stream:
            data = stream.read(max_chars * 4 + 1)
    except OSError as err:
        yield ReadError(where, err.strerror or str(err))
        return
    text = decode_text(data, where, max_chars)
    if isinstance(text, ReadError):
        yield text
        return
    if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield html_to_document(text, where, doc_id, published, max_chars)
        return
    yield Document(id=doc_id or Document.make_id(text), text=text, published=published or date_in_name(path),
                   title=None, url=None, source=path.name)


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def date_in_name(path: Path) -> dt.date | None:
    """The publication date of a plain-text file saved under a dated name
    ("homs-ceasefire-2016-02-21.txt"), when nothing else gives one."""
    m = _NAME_DATE.search(path.name)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_jsonl_path(path: Path, max_chars: int) -> Iterator[Document | ReadError]:
    """``--input FILE``: JSON Lines whatever the file is called."""
    try:
        with path.open("rb") as stream:
            yield from read_jsonl(stream, str(path), max_chars)
    except OSError as err:
        yield ReadError(str(path), err.strerror or str(err))


def read_inputs(paths: Iterable[Path], max_chars: int,
                published: dt.date | None = None) -> Iterator[Document | ReadError]:
    for path in paths:
        if not path.exists():
            yield ReadError(str(path), "no such file or directory")
            continue
        yield from read_file(path, max_chars, published)
