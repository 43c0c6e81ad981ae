"""Store and fusion speed on synthetic data (no model: this measures the store, not extraction).

    python bench/bench_store.py [--docs 2000] [--pg postgresql:///sitrep_test?host=/var/run/postgresql]
                                [--fuse 10000 100000]

- ingest: documents/s written with their event (one per document) into a fresh SQLite file and, with
  --pg or $SITREP_TEST_PG_URL, into PostgreSQL, fusing every 64 documents as `sitrep ingest` does;
- fusion: seconds for the pure ``fuse`` over N synthetic mentions (events told by 1-4 sources,
  spread over 60 countries and a year, with jittered places and dates).
End-to-end ingest is bounded by extraction: see bench/bench_extract.py for documents/s there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
import uuid
from pathlib import Path


def synthetic_reports(n: int, seed: int = 7):
    from sitrep.models import Count, DateInfo, Event, Location, Report, Source, Span

    rng = random.Random(seed)
    countries = [f"{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(60)]
    reports = []
    event = 0
    while len(reports) < n:
        event += 1
        country = rng.choice(countries)
        lat, lon = rng.uniform(-30, 30), rng.uniform(-20, 60)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(365))
        toll = rng.randrange(0, 50)
        for k in range(rng.randint(1, 4)):
            doc = f"doc-{event}-{k}"
            loc = Location("p", "p", country, lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05),
                           "a1", geonameid=None, precision=rng.choice((1, 1, 2, 3)))
            e = Event(document_id=doc, event="ASSAULT", date=DateInfo(day, day, "day", "on Monday"),
                      location=loc, killed=Count(toll + k, toll + k, "x"), evidence=(Span(0, 10),))
            reports.append(Report(e, Source(doc, f"m-{doc}", None, None, day + dt.timedelta(days=k))))
    return reports[:n]


def bench_fuse(n: int) -> float:
    from sitrep.fuse import fuse

    reports = synthetic_reports(n)
    started = time.perf_counter()
    fused = fuse(reports)
    seconds = time.perf_counter() - started
    print(f"fuse {n:>7,} mentions -> {len(fused):,} fused events: {seconds:.2f} s")
    return seconds


def bench_ingest(url: str, n_docs: int, label: str) -> float:
    from sitrep.models import Document
    from sitrep.store import Store, ingest

    reports = synthetic_reports(n_docs * 3, seed=11)
    by_doc: dict[str, list] = {}
    for r in reports:
        by_doc.setdefault(r.source.document_id, []).append(r.event)
    docs = [Document(id=d, text=f"synthetic report {d} " * 40, published=evs[0].date.start)
            for d, evs in by_doc.items()]

    def extract(documents):
        for doc in documents:
            yield doc, by_doc[doc.id]

    with Store.open(url) as store:
        summary = ingest(docs, store, extract)
    rate = summary.new / summary.elapsed
    print(f"ingest {label:10s} {summary.new:,} documents, {summary.mentions:,} mentions, "
          f"{summary.fused:,} fused writes: {summary.elapsed:.1f} s = {rate:,.0f} documents/s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--pg", default=os.environ.get("SITREP_TEST_PG_URL"))
    parser.add_argument("--fuse", type=int, nargs="*", default=[10_000, 100_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_ingest(str(Path(tmp) / "bench.db"), args.docs, "SQLite")
    if args.pg:
        import psycopg

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            sep = "&" if "?" in args.pg else "?"
            bench_ingest(f"{args.pg}{sep}options=-csearch_path%3D{schema}", args.docs, "PostgreSQL")
        finally:
            with psycopg.connect(args.pg, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
    for n in args.fuse:
        bench_fuse(n)


if __name__ == "__main__":
    main()
