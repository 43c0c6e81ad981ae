"""The store on every backend: idempotence, revisions, incremental fusion, queries, exports."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re

import pytest

from sitrep.models import Count, DateInfo, Document, Event, Location, ReadError, Span
from sitrep.store import EventFilter, Store, ingest, parse_url
from sitrep.store.db import StorageError
from sitrep.store.export import ACLED_COLUMNS, export

PLACES = {
    "Mogadishu": Location("Mogadishu", "Mogadishu", "SO", 2.0371, 45.3438, "Banaadir", geonameid=53654, precision=1),
    "Kismayo": Location("Kismayo", "Kismayo", "SO", -0.3582, 42.5454, "Lower Juba", geonameid=55671, precision=1),
    "Maiduguri": Location("Maiduguri", "Maiduguri", "NG", 11.8464, 13.1603, "Borno", geonameid=2331447, precision=1),
}


def fake_extract(documents):
    """One ASSAULT per document: its place is the first known town named, 'kills N' its toll."""
    for doc in documents:
        place = next((loc for name, loc in PLACES.items() if name in doc.text), None)
        toll = re.search(r"kills (\d+)", doc.text)
        event = Event(document_id=doc.id, event="ASSAULT", acled_event_type="Explosions/Remote violence",
                      acled_sub_event_type="Suicide bomb", date=DateInfo(doc.published, doc.published, "day", "today"),
                      location=place, killed=Count(int(toll[1]), int(toll[1]), toll[0]) if toll else None,
                      evidence=(Span(0, len(doc.text)),), confidence=0.7)
        yield doc, ([event] if place else [])


def doc(doc_id, text, day=dt.date(2017, 10, 14), **meta):
    return Document(id=doc_id, text=text, published=day, **meta)


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as opened:
        yield opened


def test_store_reingesting_changes_nothing(store):
    docs = [doc("a", "Truck bomb in Mogadishu kills 20."), doc("b", "Mogadishu blast kills 230.")]
    first = ingest(docs, store, fake_extract)
    assert (first.new, first.mentions) == (2, 2)
    before = store.counts(), store.fused_events()
    again = ingest(docs, store, fake_extract)
    assert (again.new, again.unchanged, again.mentions, again.fused) == (0, 2, 0, 0)
    assert (store.counts(), store.fused_events()) == before
    assert before[0] == {"documents": 2, "revisions": 2, "mentions": 2, "fused_events": 1, "quarantined": 0}


def test_store_fuses_across_documents_and_incrementally(store):
    ingest([doc("a", "Truck bomb in Mogadishu kills 20.", title="First")], store, fake_extract)
    ingest([doc("b", "Mogadishu blast kills 230.", dt.date(2017, 10, 15), url="https://x.org/b"),
            doc("c", "Kismayo attack kills 3.")], store, fake_extract)
    events = store.fused_events()
    assert len(events) == 2
    [mogadishu] = [e for e in events if e["location"]["name"] == "Mogadishu"]
    assert mogadishu["killed"] == {"low": 20, "high": 230, "best": 230, "text": "kills 230"}
    assert [s["document_id"] for s in mogadishu["sources"]] == ["a", "b"]
    assert mogadishu["sources"][0]["title"] == "First" and mogadishu["sources"][1]["url"] == "https://x.org/b"
    assert (mogadishu["first_reported"], mogadishu["last_reported"]) == ("2017-10-14", "2017-10-15")
    rows = store.db.query("SELECT mention_id, fused_event_id FROM fused_event_sources ORDER BY document_id")
    assert len(rows) == 3 and rows[0]["fused_event_id"] == mogadishu["id"]


def test_store_changed_text_is_a_revision(store):
    ingest([doc("a", "Truck bomb in Mogadishu kills 20.")], store, fake_extract)
    summary = ingest([doc("a", "Truck bomb in Mogadishu kills 276.")], store, fake_extract)
    assert (summary.revised, summary.new) == (1, 0)
    revisions = store.db.query("SELECT number FROM revisions WHERE document_id = 'a' ORDER BY number")
    assert [r["number"] for r in revisions] == [1, 2]
    [event] = store.fused_events()
    assert event["killed"]["low"] == 276 and len(event["sources"]) == 1
    assert store.counts()["mentions"] == 1
    # A revision that moves the event elsewhere empties the old fused event, which goes away.
    ingest([doc("a", "Truck bomb in Kismayo kills 5.")], store, fake_extract)
    [event] = store.fused_events()
    assert event["location"]["name"] == "Kismayo"


def test_store_documents_keyed_by_url_when_no_caller_id(store):
    page = Document(id=Document.make_id("Mogadishu blast kills 20."), text="Mogadishu blast kills 20.",
                    published=dt.date(2017, 10, 14), url="https://x.org/p")
    ingest([page], store, fake_extract)
    updated = Document(id=Document.make_id("Mogadishu blast kills 25."), text="Mogadishu blast kills 25.",
                       published=dt.date(2017, 10, 14), url="https://x.org/p")
    assert ingest([updated], store, fake_extract).revised == 1
    assert store.db.scalar("SELECT COUNT(*) FROM documents") == 1


def test_store_reports_bad_items_and_goes_on(store):
    errors = []
    summary = ingest([ReadError("x.jsonl:2", "malformed JSON"), doc("a", "Mogadishu blast kills 1.")],
                     store, fake_extract, on_error=errors.append)
    assert summary.new == 1 and [e.reason for e in summary.skipped] == ["malformed JSON"] == [e.reason for e in errors]


@pytest.mark.parametrize("where, expected", [
    (EventFilter(country="SO"), {"Mogadishu", "Kismayo"}),
    (EventFilter(country="NG"), {"Maiduguri"}),
    (EventFilter(admin1="borno"), {"Maiduguri"}),
    (EventFilter(min_killed=10), {"Mogadishu"}),
    (EventFilter(since=dt.date(2017, 10, 14), until=dt.date(2017, 10, 14)), {"Mogadishu"}),
    (EventFilter(type="Suicide bomb"), {"Mogadishu", "Kismayo", "Maiduguri"}),
    (EventFilter(type="PROTEST"), set()),
    (EventFilter(text="truck"), {"Mogadishu"}),
])
def test_store_filters_fused_events(store, where, expected):
    ingest([doc("a", "Truck bomb in Mogadishu kills 20."), doc("b", "Kismayo attack kills 3.", dt.date(2017, 11, 1)),
            doc("c", "Maiduguri bomb kills 2.", dt.date(2017, 12, 1))], store, fake_extract)
    assert {e["location"]["name"] for e in store.fused_events(where)} == expected


def test_store_exports_every_format(store, tmp_path):
    ingest([doc("a", "Truck bomb in Mogadishu kills 20."), doc("b", "Blast in Mogadishu kills 230.")],
           store, fake_extract)
    events = store.fused_events()
    assert export(events, "csv", tmp_path / "e.csv") == 1
    with (tmp_path / "e.csv").open() as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert (rows[0]["country"], rows[0]["iso"], rows[0]["fatalities"], rows[0]["time_precision"]) == (
        "Somalia", "706", "20", "1")
    assert rows[0]["disorder_type"] == "Political violence" and rows[0]["latitude"] == "2.0371"
    export(events, "plover", tmp_path / "e.jsonl")
    plover = json.loads((tmp_path / "e.jsonl").read_text())
    assert plover["event"] == ["ASSAULT"] and plover["dead"] == 230 and len(plover["cite_info"]) == 2
    export(events, "geojson", tmp_path / "e.geojson")
    geo = json.loads((tmp_path / "e.geojson").read_text())
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [45.3438, 2.0371]}
    pytest.importorskip("pyarrow", reason="Parquet export needs pyarrow")
    import pyarrow.parquet as pq

    export(events, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 1 and table.column("killed_best").to_pylist() == [230]


def test_store_migrations_are_recorded_once(store_url):
    with Store.open(store_url) as first:
        versions = first.db.query("SELECT version FROM schema_migrations")
    with Store.open(store_url) as second:
        assert second.db.query("SELECT version FROM schema_migrations") == versions == [
            {"version": 1}, {"version": 2}]


@pytest.mark.parametrize("value, dialect, target", [
    ("events.db", "sqlite", "events.db"),
    ("sqlite:///rel/events.db", "sqlite", "rel/events.db"),
    ("sqlite:////abs/events.db", "sqlite", "/abs/events.db"),
    ("postgresql://u@h/db", "postgresql", "postgresql://u@h/db"),
])
def test_parse_url(value, dialect, target):
    url = parse_url(value)
    assert (url.dialect, url.target) == (dialect, target)


def test_parse_url_defaults_to_env_then_sitrep_db():
    assert parse_url(None, {"SITREP_DB": "postgresql://x/y"}).dialect == "postgresql"
    assert parse_url(None, {}).target == "sitrep.db"
    with pytest.raises(StorageError):
        parse_url("mysql://x/y")


def test_ingest_quarantines_unreadable_inputs_and_counts_repeats(store):
    items = [ReadError("feed.xml", "malformed feed XML"), ReadError("feed.xml", "malformed feed XML"),
             ReadError("a.jsonl:3", "missing 'text'")]
    summary = ingest(items, store, fake_extract)
    assert len(summary.skipped) == 3
    rows = {r["location"]: r for r in store.quarantined()}
    assert rows["feed.xml"]["times_seen"] == 2 and rows["a.jsonl:3"]["reason"] == "missing 'text'"
    assert store.counts()["quarantined"] == 2
    assert store.release(["feed.xml"]) == 1
    assert [r["location"] for r in store.quarantined()] == ["a.jsonl:3"]
    assert store.release() == 1 and store.quarantined() == []
