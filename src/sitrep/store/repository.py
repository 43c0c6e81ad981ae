"""The event store: documents and their mentions in, fused events out, on SQLite or PostgreSQL.

Identity is content-derived, so a re-run changes nothing: a document's key is its caller id, else
its URL (or file), else the hash of its text; a revision is the hash of key and text; a mention is
the hash of revision and event. ``write_document`` stores one revision and its mentions in one
transaction; ``fuse_pending`` then fuses every mention not yet in a fused event, also in one
transaction, so a crash between the two leaves work the next run finishes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import Document, Event, FusedEvent, ReadError, Report, Source, content_hash
from .codec import event_from_dict, iso
from .db import Database, DbUrl, parse_url
from .schema import migrate

_CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit


def revision_id(document_id: str, text: str) -> str:
    return "rev:" + content_hash(document_id, text, length=24)


def mention_id(revision: str, event: Event) -> str:
    return "m:" + content_hash(revision, event.id, length=20)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _marks(items: Sequence[Any]) -> str:
    return ", ".join("?" * len(items))


@dataclass(frozen=True)
class EventFilter:
    """``sitrep events`` filters; None means no filter. Dates compare with the event's date."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None     # ISO alpha-2
    admin1: str | None = None
    type: str | None = None        # PLOVER type, ACLED event type or sub-event type
    actor: str | None = None       # part of an actor's name
    min_killed: int | None = None  # on the reconciled best figure
    text: str | None = None        # words in place, actors, notes or source titles
    limit: int | None = None


class Store:
    """Typed reads and writes over a migrated Database."""

    def __init__(self, db: Database, fusion: Any = None) -> None:
        from ..fuse import FusionSettings

        self.db = db
        self.fusion = fusion or FusionSettings()

    @classmethod
    def open(cls, url: str | DbUrl | None = None, fusion: Any = None) -> "Store":
        db = Database.connect(url if isinstance(url, DbUrl) else parse_url(url))
        migrate(db)
        return cls(db, fusion)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ documents and mentions

    def has_revision(self, revision: str) -> bool:
        return self.db.scalar("SELECT COUNT(*) FROM revisions WHERE id = ?", (revision,)) > 0

    def write_document(self, document: Document, events: Sequence[Event]) -> str:
        """Store one document version and its events: 'new', 'revised' or 'unchanged'."""
        db, now = self.db, _now()
        revision = revision_id(document.id, document.text)
        with db.transaction():
            if self.has_revision(revision):
                return "unchanged"
            previous = [r["id"] for r in db.query(
                "SELECT id FROM revisions WHERE document_id = ?", (document.id,))]
            db.execute(
                "INSERT INTO documents (id, url, title, source, published, current_revision, first_seen,"
                " last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " url = excluded.url, title = excluded.title, source = excluded.source,"
                " published = excluded.published, current_revision = excluded.current_revision,"
                " last_seen = excluded.last_seen",
                (document.id, document.url, document.title, document.source, iso(document.published),
                 revision, now, now))
            db.execute(
                "INSERT INTO revisions (id, document_id, number, content_hash, text, published, title, url,"
                " source, n_mentions, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (revision, document.id, len(previous) + 1, Document.make_id(document.text), document.text,
                 iso(document.published), document.title, document.url, document.source, len(events), now))
            if previous:
                self._retire(previous)
            db.executemany(
                "INSERT INTO mentions (id, revision_id, document_id, event_id, event, status, background,"
                " date_start, date_end, date_precision, country, admin1, location, latitude, longitude,"
                " geo_precision, killed_low, killed_high, injured_low, injured_high, notes, json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO NOTHING",
                [self._mention_row(revision, document, e) for e in events])
        return "revised" if previous else "new"

    @staticmethod
    def _mention_row(revision: str, document: Document, e: Event) -> tuple:
        loc = e.location
        notes = " ".join(document.text[s.start:s.end].strip() for s in e.evidence)[:2000] or None
        return (mention_id(revision, e), revision, document.id, e.id, e.event, e.status, int(e.background),
                iso(e.date.start), iso(e.date.end), e.date.precision,
                loc.country if loc else None, loc.admin1 if loc else None, loc.name if loc else None,
                loc.lat if loc else None, loc.lon if loc else None, loc.precision if loc else None,
                e.killed.low if e.killed else None, e.killed.high if e.killed else None,
                e.injured.low if e.injured else None, e.injured.high if e.injured else None,
                notes, json.dumps(e.to_dict(), ensure_ascii=False))

    def _retire(self, revisions: Sequence[str]) -> None:
        """An older text of a document no longer speaks: its mentions leave their fused events."""
        db = self.db
        marks = _marks(revisions)
        db.execute(f"UPDATE fused_events SET stale = 1 WHERE id IN (SELECT fused_event_id FROM mentions"
                   f" WHERE revision_id IN ({marks}) AND fused_event_id IS NOT NULL)", revisions)
        db.execute(f"DELETE FROM fused_event_sources WHERE mention_id IN (SELECT id FROM mentions"
                   f" WHERE revision_id IN ({marks}))", revisions)
        db.execute(f"UPDATE mentions SET active = 0, fused_event_id = NULL WHERE revision_id IN ({marks})",
                   revisions)

    # ------------------------------------------------------------------ fusion

    _REPORT_SQL = ("SELECT m.id, m.document_id, m.json, m.notes, m.fused_event_id, r.url, r.title,"
                   " r.published FROM mentions m JOIN revisions r ON r.id = m.revision_id")

    @staticmethod
    def _report(row: dict[str, Any]) -> Report:
        source = Source(document_id=row["document_id"], mention_id=row["id"], url=row["url"],
                        title=row["title"], published=dt.date.fromisoformat(row["published"])
                        if row["published"] else None)
        return Report(event_from_dict(json.loads(row["json"])), source, row["notes"])

    def _members(self, fused_ids: Sequence[str]) -> dict[str, list[Report]]:
        out: dict[str, list[Report]] = defaultdict(list)
        for chunk in _chunks(list(fused_ids)):
            for row in self.db.query(f"{self._REPORT_SQL} WHERE m.active = 1 AND m.fused_event_id"
                                     f" IN ({_marks(chunk)})", chunk):
                out[row["fused_event_id"]].append(self._report(row))
        return out

    def _candidates(self, reports: Sequence[Report]) -> set[str]:
        """Fused events sharing a block (country, date window) with any of the reports."""
        from ..fuse import block_span

        spans: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
        undated: set[str] = set()
        for report in reports:
            country, span = block_span(report, self.fusion)
            if span is None:
                undated.add(country)
            else:
                spans[country].append(span)
        found: set[str] = set()
        for country, windows in spans.items():
            lo, hi = min(w[0] for w in windows).isoformat(), max(w[1] for w in windows).isoformat()
            where = "block_country IN (?, '')" if country else "1 = 1"
            params = (country,) if country else ()
            found.update(r["id"] for r in self.db.query(
                f"SELECT id FROM fused_events WHERE {where} AND (block_start IS NULL OR"
                f" (block_start <= ? AND block_end >= ?))", (*params, hi, lo)))
        for country in undated:
            found.update(r["id"] for r in self.db.query(
                "SELECT id FROM fused_events WHERE block_start IS NULL AND block_country IN (?, '')",
                (country,)))
        return found

    def fuse_pending(self) -> int:
        """Fuse every active mention not yet in a fused event; returns the fused events written."""
        from ..fuse import fuse, merge

        db = self.db
        written = 0
        with db.transaction():
            stale = [r["id"] for r in db.query("SELECT id FROM fused_events WHERE stale = 1")]
            members = self._members(stale)
            for fid in stale:
                if members.get(fid):
                    self._write_fused(merge(fid, members[fid]))
                    written += 1
                else:
                    db.execute("DELETE FROM fused_event_sources WHERE fused_event_id = ?", (fid,))
                    db.execute("DELETE FROM fused_events WHERE id = ?", (fid,))
            pending = [self._report(r) for r in db.query(
                f"{self._REPORT_SQL} WHERE m.active = 1 AND m.fused_event_id IS NULL")]
            if not pending:
                return written
            existing = self._members(sorted(self._candidates(pending)))
            for fused in fuse(pending, existing, self.fusion):
                self._write_fused(fused)
                written += 1
        return written

    def _write_fused(self, fused: FusedEvent) -> None:
        from ..fuse import block_span

        db, e = self.db, fused.event
        loc = e.location
        country, span = block_span(Report(e, fused.sources[0]), self.fusion)
        names = [a.name for a in (*e.actors, *e.recipients)]
        titles = [s.title for s in fused.sources if s.title]
        search = " | ".join(x for x in (
            loc.name if loc else None, loc.admin1 if loc else None, loc.country if loc else None,
            *names, e.attribution.actor, fused.notes, *titles, e.event, e.acled_sub_event_type) if x)
        k, i = fused.killed, fused.injured
        row = {
            "id": fused.id, "event": e.event, "acled_event_type": e.acled_event_type,
            "acled_sub_event_type": e.acled_sub_event_type, "status": e.status,
            "background": int(e.background), "date_start": iso(e.date.start), "date_end": iso(e.date.end),
            "date_precision": e.date.precision, "country": loc.country if loc else None,
            "admin1": loc.admin1 if loc else None, "admin2": loc.admin2 if loc else None,
            "location": loc.name if loc else None, "latitude": loc.lat if loc else None,
            "longitude": loc.lon if loc else None, "geo_precision": loc.precision if loc else None,
            "actors": "; ".join(dict.fromkeys(a.name for a in e.actors)) or None,
            "killed_low": k.low if k else None, "killed_high": k.high if k else None,
            "killed_best": k.best if k else None, "injured_low": i.low if i else None,
            "injured_high": i.high if i else None, "injured_best": i.best if i else None,
            "first_reported": iso(fused.first_reported), "last_reported": iso(fused.last_reported),
            "n_sources": len(fused.sources), "notes": fused.notes, "search_text": search.casefold(),
            "block_country": country, "block_start": iso(span[0]) if span else None,
            "block_end": iso(span[1]) if span else None, "stale": 0,
            "json": json.dumps(fused.to_dict(), ensure_ascii=False), "updated_at": _now(),
        }
        columns = list(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        db.execute(f"INSERT INTO fused_events ({', '.join(columns)}) VALUES ({_marks(columns)})"
                   f" ON CONFLICT (id) DO UPDATE SET {updates}", list(row.values()))
        db.execute("DELETE FROM fused_event_sources WHERE fused_event_id = ?", (fused.id,))
        # A mention moves only forward (pending -> event), so its old source row is gone already.
        db.executemany(
            "INSERT INTO fused_event_sources (mention_id, fused_event_id, document_id, url, title, published)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (mention_id) DO UPDATE SET"
            " fused_event_id = excluded.fused_event_id",
            [(s.mention_id, fused.id, s.document_id, s.url, s.title, iso(s.published)) for s in fused.sources])
        for chunk in _chunks([s.mention_id for s in fused.sources]):
            db.execute(f"UPDATE mentions SET fused_event_id = ? WHERE id IN ({_marks(chunk)})",
                       (fused.id, *chunk))

    # ------------------------------------------------------------------ reads

    def fused_events(self, where: EventFilter | None = None) -> list[dict[str, Any]]:
        """Fused events as CONTRACT.md dicts, oldest event first."""
        f = where or EventFilter()
        clauses, params = ["1 = 1"], []
        if f.since:
            clauses.append("COALESCE(date_end, date_start) >= ?")
            params.append(f.since.isoformat())
        if f.until:
            clauses.append("date_start <= ?")
            params.append(f.until.isoformat())
        if f.country:
            clauses.append("country = ?")
            params.append(f.country.upper())
        if f.type:
            clauses.append("(LOWER(event) = ? OR LOWER(acled_event_type) = ? OR LOWER(acled_sub_event_type) = ?)")
            params += [f.type.casefold()] * 3
        if f.min_killed is not None:
            clauses.append("killed_best >= ?")
            params.append(f.min_killed)
        sql = f"SELECT json FROM fused_events WHERE {' AND '.join(clauses)} ORDER BY date_start, id"
        events = (json.loads(r["json"]) for r in self.db.query(sql, params))
        # Names are compared folded, in Python, so that both backends agree on "Īlām" = "ilam"
        # (SQLite's LOWER folds ASCII only) and user text needs no LIKE escaping.
        kept = [e for e in events if _matches(e, f)]
        return kept[:f.limit] if f.limit else kept

    def counts(self) -> dict[str, int]:
        q = self.db.scalar
        return {"documents": q("SELECT COUNT(*) FROM documents"),
                "revisions": q("SELECT COUNT(*) FROM revisions"),
                "mentions": q("SELECT COUNT(*) FROM mentions WHERE active = 1"),
                "fused_events": q("SELECT COUNT(*) FROM fused_events"),
                "quarantined": q("SELECT COUNT(*) FROM quarantine")}

    # ------------------------------------------------------------------ quarantine

    def quarantine(self, error: ReadError) -> None:
        """Record an input that could not be read, so that it can be found and fixed later; the
        same input failing the same way again only updates when it was last seen."""
        now = _now()
        key = content_hash(error.where, error.reason)
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO quarantine (id, location, reason, times_seen, first_seen, last_seen)"
                " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " times_seen = quarantine.times_seen + 1, last_seen = excluded.last_seen",
                (key, error.where[:2000], error.reason[:2000], now, now))

    def quarantined(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Quarantined inputs, most recently seen first."""
        rows = self.db.query("SELECT location, reason, times_seen, first_seen, last_seen FROM quarantine"
                             " ORDER BY last_seen DESC, location")
        return rows[:limit] if limit else rows

    def release(self, locations: Sequence[str] = ()) -> int:
        """Forget quarantined inputs (those at ``locations``, or all): after fixing them."""
        with self.db.transaction():
            if locations:
                marks = _marks(locations)
                n = self.db.scalar(f"SELECT COUNT(*) FROM quarantine WHERE location IN ({marks})", locations)
                self.db.execute(f"DELETE FROM quarantine WHERE location IN ({marks})", locations)
            else:
                n = self.db.scalar("SELECT COUNT(*) FROM quarantine")
                self.db.execute("DELETE FROM quarantine")
        return n


def _matches(event: dict[str, Any], f: EventFilter) -> bool:
    from ..fuse.rules import fold

    location = event.get("location") or {}
    if f.admin1 and fold(location.get("admin1")) != fold(f.admin1):
        return False
    names = " ".join(f"{a.get('name', '')} {a.get('text', '')}" for a in event.get("actors") or [])
    if f.actor and fold(f.actor) not in fold(names):
        return False
    if f.text:
        haystack = fold(" ".join([
            names, location.get("name") or "", location.get("text") or "", event.get("notes") or "",
            *(s.get("title") or "" for s in event.get("sources") or [])]))
        if any(fold(word) not in haystack for word in f.text.split()):
            return False
    return True
