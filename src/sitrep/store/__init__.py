"""The event store: documents, mentions and fused events in SQLite (default) or PostgreSQL.

``Store.open(url)`` connects and migrates; ``ingest(...)`` is ``sitrep ingest`` as a call;
``export(...)`` writes fused events as ACLED CSV, PLOVER JSON Lines, GeoJSON or Parquet.
Importing this package connects to nothing.
"""

from sitrep.store.db import Database, DbUrl, StorageError, parse_url
from sitrep.store.ingest import IngestSummary, ingest, read_sources
from sitrep.store.repository import EventFilter, Store

__all__ = ["Database", "DbUrl", "EventFilter", "IngestSummary", "StorageError", "Store", "ingest",
           "parse_url", "read_sources"]
