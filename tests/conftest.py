"""The only shared fixtures. The full pipeline (model + gazetteer) is built once per session."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def settings():
    from sitrep.config import Settings

    return Settings.from_env()


@pytest.fixture(scope="session")
def resources(settings):
    from sitrep.api import resources_for

    return resources_for(settings)


@pytest.fixture(scope="session")
def lexicon():
    from sitrep.ontology import load_lexicon

    return load_lexicon()


@pytest.fixture(scope="session")
def extract(resources, settings):
    """text, published -> list of event dicts, through the real pipeline."""
    from sitrep.api import extract as api_extract

    def run(text, published=None, doc_id="doc"):
        return [e.to_dict() for e in api_extract(text, published, doc_id=doc_id, settings=settings)]

    return run


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/expected/*.json from the current output (review the diff)")


# The store backends every store test runs against: SQLite always, PostgreSQL when reachable
# ($SITREP_TEST_PG_URL, e.g. postgresql:///sitrep_test?host=/var/run/postgresql; .ci/run sets it).
# Each PostgreSQL test gets its own schema, dropped afterwards.
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


@pytest.fixture
def broken_extraction(monkeypatch):
    """Extraction raises for the document with id "bad" (a bug stand-in); returns a function that
    mends it."""
    import sitrep.run as run

    real = run.extract_annotated

    def flaky(document, sentences, resources):
        if document.id == "bad":
            raise ValueError("boom")
        return real(document, sentences, resources)

    monkeypatch.setattr(run, "extract_annotated", flaky)
    return lambda: monkeypatch.setattr(run, "extract_annotated", real)
