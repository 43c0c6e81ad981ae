"""The Python API: ``sitrep.extract(text, published=...)`` and friends.

Resources are loaded on first use and kept for the process, keyed by the settings they were built
from: one model load per process, none at import.
"""

from __future__ import annotations

import datetime as dt

from .config import Settings
from .ingest.readers import parse_published
from .models import Document, Event, Place


# The one process-wide cache in sitrep, and a deliberate one: the README promises one model load
# per process for the convenience functions below. Code that manages its own lifetimes calls
# ``run.load_resources`` and passes the result down instead.
_LOADED: dict[Settings, object] = {}


def resources_for(settings: Settings):  # -> run.Resources (imported lazily: it pulls in spaCy)
    """The model, lexicons and gazetteer for ``settings``, loaded on first use and kept."""
    if settings not in _LOADED:
        from .run import load_resources

        _LOADED[settings] = load_resources(settings)
    return _LOADED[settings]


def _document(text: str, published: str | dt.date | None, doc_id: str | None, **meta: str | None) -> Document:
    day = parse_published(published) if published is not None else None
    return Document(id=doc_id or Document.make_id(text), text=text, published=day, **meta)


def extract(text: str, published: str | dt.date | None = None, *, doc_id: str | None = None,
            settings: Settings | None = None) -> list[Event]:
    """The events one article reports, as ``Event`` records (``.to_dict()`` gives CONTRACT.md JSON)."""
    from .run import extract_documents

    settings = settings or Settings.from_env()
    resources = resources_for(settings)
    [(_, events)] = list(extract_documents([_document(text, published, doc_id)], resources, settings))
    return events


def places(text: str, *, doc_id: str | None = None, settings: Settings | None = None) -> list[Place]:
    """Every toponym of one text, resolved against the gazetteer."""
    from .run import places_documents

    settings = settings or Settings.from_env()
    [(_, found)] = list(places_documents([_document(text, None, doc_id)], resources_for(settings), settings))
    return found
