"""The store backends every store test runs against: SQLite always, PostgreSQL when reachable.

PostgreSQL comes from $SITREP_TEST_PG_URL (e.g. postgresql:///sitrep_test?host=/var/run/postgresql);
each test gets its own schema, dropped afterwards. (Same fixture as tests/integration/conftest.py;
it belongs in tests/conftest.py once both land.)
"""

from __future__ import annotations

import os
import uuid

import pytest


def _pg_url(request) -> str:
    url = os.environ.get("SITREP_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL tests need SITREP_TEST_PG_URL (e.g. postgresql:///sitrep_test?host=/var/run/postgresql)")
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
    except psycopg.Error as err:
        pytest.skip(f"no PostgreSQL server reachable at {url}: {str(err).strip()[:120]}")

    def drop() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    request.addfinalizer(drop)
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "sitrep.db")
    return _pg_url(request)
