"""The only shared fixtures. The full pipeline (model + gazetteer) is built once per session."""

from __future__ import annotations

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
