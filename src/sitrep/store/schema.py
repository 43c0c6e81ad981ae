"""The store's schema as numbered migrations; ``schema_migrations`` records which ones ran.

Tables (one row per ...):
  documents            document (its key: the caller's id, else the URL or file, else the text hash)
  revisions            version of a document's text; a changed page is a new revision
  mentions             event as one revision reports it (CONTRACT.md event JSON in ``json``)
  fused_events         real event, fused across mentions (CONTRACT.md "Stored (fused) events")
  fused_event_sources  mention supporting a fused event, with its document's url/title/date
  quarantine           input that could not be read (where, why, when first and last seen)
A migration is append-only: never edit one that has shipped, add the next number.
"""

from __future__ import annotations

from .db import Database, StorageError

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "initial schema", (
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            url TEXT, title TEXT, source TEXT, published TEXT,
            current_revision TEXT,
            first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)""",
        """CREATE TABLE revisions (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            number INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            published TEXT, title TEXT, url TEXT, source TEXT,
            n_mentions INTEGER NOT NULL,
            ingested_at TEXT NOT NULL)""",
        "CREATE INDEX revisions_document ON revisions(document_id)",
        """CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            revision_id TEXT NOT NULL REFERENCES revisions(id),
            document_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            event TEXT NOT NULL, status TEXT NOT NULL, background INTEGER NOT NULL,
            date_start TEXT, date_end TEXT, date_precision TEXT,
            country TEXT, admin1 TEXT, location TEXT,
            latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, geo_precision INTEGER,
            killed_low INTEGER, killed_high INTEGER, injured_low INTEGER, injured_high INTEGER,
            notes TEXT,
            json TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            fused_event_id TEXT)""",
        "CREATE INDEX mentions_revision ON mentions(revision_id)",
        "CREATE INDEX mentions_fused_event ON mentions(fused_event_id)",
        """CREATE TABLE fused_events (
            id TEXT PRIMARY KEY,
            event TEXT NOT NULL, acled_event_type TEXT, acled_sub_event_type TEXT,
            status TEXT NOT NULL, background INTEGER NOT NULL,
            date_start TEXT, date_end TEXT, date_precision TEXT,
            country TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
            latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, geo_precision INTEGER,
            actors TEXT,
            killed_low INTEGER, killed_high INTEGER, killed_best INTEGER,
            injured_low INTEGER, injured_high INTEGER, injured_best INTEGER,
            first_reported TEXT, last_reported TEXT, n_sources INTEGER NOT NULL,
            notes TEXT,
            search_text TEXT NOT NULL,
            block_country TEXT NOT NULL, block_start TEXT, block_end TEXT,
            stale INTEGER NOT NULL DEFAULT 0,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX fused_events_block ON fused_events(block_country, block_start)",
        "CREATE INDEX fused_events_date ON fused_events(date_start)",
        """CREATE TABLE fused_event_sources (
            mention_id TEXT PRIMARY KEY REFERENCES mentions(id),
            fused_event_id TEXT NOT NULL REFERENCES fused_events(id),
            document_id TEXT NOT NULL,
            url TEXT, title TEXT, published TEXT)""",
        "CREATE INDEX fused_event_sources_event ON fused_event_sources(fused_event_id)",
    )),
    (2, "quarantine of unreadable inputs", (
        """CREATE TABLE quarantine (
            id TEXT PRIMARY KEY,
            location TEXT NOT NULL,
            reason TEXT NOT NULL,
            times_seen INTEGER NOT NULL,
            first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)""",
    )),
)

SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(db: Database) -> int:
    exists = db.scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        if db.dialect == "sqlite" else
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        " AND table_schema = current_schema()")
    if not exists:
        return 0
    return db.scalar("SELECT MAX(version) FROM schema_migrations") or 0


def migrate(db: Database) -> int:
    """Apply the migrations this database lacks, each in its own transaction; returns the version."""
    from datetime import datetime, timezone

    with db.transaction():
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    version = current_version(db)
    if version > SCHEMA_VERSION:
        raise StorageError(f"the database has schema version {version}, newer than this sitrep "
                           f"({SCHEMA_VERSION}): upgrade sitrep")
    for number, name, statements in MIGRATIONS:
        if number <= version:
            continue
        with db.transaction():
            for statement in statements:
                db.execute(statement)
            db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                       (number, name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return SCHEMA_VERSION
