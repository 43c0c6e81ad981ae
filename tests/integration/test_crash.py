"""kill -9 in the middle of an ingest leaves no half-written document, and a re-run finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from sitrep.store import Store

N_DOCS = 200

SCRIPT = textwrap.dedent("""
    import datetime as dt, sys, time
    from sitrep.models import Count, DateInfo, Document, Event, Location, Span
    from sitrep.store import Store, ingest

    PLACES = [Location(f"Town {i}", f"Town {i}", "SO", 2.0 + i * 0.5, 45.0, "Banaadir", geonameid=i, precision=1)
              for i in range(20)]

    def slow_extract(documents):
        for doc in documents:
            time.sleep(0.005)  # room for the kill to land mid-run
            n = int(doc.id.split("-")[1])
            events = [Event(document_id=doc.id, event="ASSAULT", location=PLACES[(n + k) % 20],
                            date=DateInfo(doc.published, doc.published, "day", "today"),
                            killed=Count(n, n, "x"), evidence=(Span(k, k + 5),)) for k in range(3)]
            yield doc, events

    docs = (Document(id=f"d-{i}", text=f"report {i} " * 5, published=dt.date(2020, 1, 1) + dt.timedelta(days=i % 9))
            for i in range(int(sys.argv[2])))
    with Store.open(sys.argv[1]) as store:
        print(ingest(docs, store, slow_extract, fuse_every=7).to_dict(), flush=True)
""")


def _run(url: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SCRIPT, url, str(N_DOCS)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def _consistent(store: Store) -> None:
    """Every stored revision has all its mentions; every mention of a fused event is listed as a source."""
    broken = store.db.query(
        "SELECT r.id FROM revisions r WHERE r.n_mentions != (SELECT COUNT(*) FROM mentions m WHERE m.revision_id = r.id)")
    assert broken == []
    orphans = store.db.scalar(
        "SELECT COUNT(*) FROM mentions m WHERE m.fused_event_id IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM fused_event_sources s WHERE s.mention_id = m.id AND s.fused_event_id = m.fused_event_id)")
    assert orphans == 0


def test_kill_9_mid_ingest_then_rerun_completes(store_url, tmp_path):
    with Store.open(store_url):
        pass  # migrate first, so the kill cannot land inside the schema creation
    process = _run(store_url)
    deadline = time.monotonic() + 30
    with Store.open(store_url) as store:
        while store.counts()["revisions"] < N_DOCS // 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        assert process.returncode == -signal.SIGKILL
        stored = store.counts()["revisions"]
        assert 0 < stored < N_DOCS, "the kill should land mid-run"
        _consistent(store)

    rerun = _run(store_url)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert f"'unchanged': {stored}" in out

    with Store.open(store_url) as store:
        _consistent(store)
        counts = store.counts()
        assert counts["revisions"] == N_DOCS and counts["mentions"] == 3 * N_DOCS
        assert store.db.scalar("SELECT COUNT(*) FROM mentions WHERE fused_event_id IS NULL") == 0
        assert sum(len(e["sources"]) for e in store.fused_events()) == 3 * N_DOCS
