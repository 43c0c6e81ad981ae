"""One thin query layer over sqlite3 and psycopg: ``?`` placeholders, dict rows, explicit transactions.

SQL is written once, in the dialect both understand (TEXT, INTEGER, DOUBLE PRECISION, ``ON
CONFLICT``); the only translation is the placeholder style. Dates are ISO strings in both, so
they sort and compare the same way everywhere and read as-is in sqlite3, pandas or Datasette.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StorageError

DEFAULT_DB = "sitrep.db"




@dataclass(frozen=True)
class DbUrl:
    dialect: str  # "sqlite" or "postgresql"
    target: str   # a file path (or ":memory:") for SQLite, the connection URL for PostgreSQL


def parse_url(value: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None) -> DbUrl:
    """``--db`` value -> DbUrl: a path, ``sqlite:///path``, ``postgresql://...``; None: $SITREP_DB or sitrep.db."""
    if value is None:
        value = (environ if environ is not None else os.environ).get("SITREP_DB") or DEFAULT_DB
    text = str(value)
    if text.startswith(("postgresql://", "postgres://")):
        return DbUrl("postgresql", text)
    if text.startswith("sqlite://"):
        path = text[len("sqlite://"):]
        # sqlite:///rel.db is relative, sqlite:////abs.db absolute (SQLAlchemy's convention).
        path = path[1:] if path.startswith("/") else path
        return DbUrl("sqlite", path or ":memory:")
    if "://" in text:
        raise StorageError(f"unsupported database URL {text!r}: use a path, sqlite:///PATH or postgresql://...")
    return DbUrl("sqlite", text)


class Database:
    """A connection plus the dialect; every statement goes through ``execute``/``query``."""

    def __init__(self, connection: Any, dialect: str) -> None:
        self.connection = connection
        self.dialect = dialect
        self._depth = 0

    @classmethod
    def connect(cls, url: DbUrl) -> "Database":
        if url.dialect == "postgresql":
            try:
                import psycopg
                from psycopg.rows import dict_row
            except ImportError:
                raise StorageError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
            try:
                conn = psycopg.connect(url.target, autocommit=True, row_factory=dict_row)
            except psycopg.Error as err:
                raise StorageError(f"cannot connect to {url.target}: {str(err).strip()}") from None
            return cls(conn, "postgresql")
        import sqlite3

        if url.target != ":memory:":
            Path(url.target).parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(url.target, isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            # WAL + NORMAL: a killed process loses nothing committed (only a power cut could).
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as err:
            raise StorageError(f"cannot open SQLite database {url.target}: {err}") from None
        return cls(conn, "sqlite")

    def _sql(self, sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.connection.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            with self.connection.cursor() as cursor:
                cursor.executemany(self._sql(sql), [tuple(r) for r in rows])
        else:
            self.connection.executemany(sql, [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        if row is None:
            return None
        return next(iter(dict(row).values()))

    @contextmanager
    def transaction(self) -> Iterator["Database"]:
        """All or nothing; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            if self.dialect == "postgresql":
                with self.connection.transaction():
                    yield self
            else:
                # IMMEDIATE takes the write lock up front: SQLite has one writer at a time.
                self.connection.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    self.connection.execute("ROLLBACK")
                    raise
                self.connection.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self.connection.close()
