"""Fusion quality: do headlines of the same GTD event end up in the same fused event?

    python bench/bench_fusion.py [--gold ../shared/eval/dev.jsonl] [--json]

Each GTD 2021 record of the dev set cites up to three outlets' headlines in ``meta.scite1..3``
(``"Headline," Outlet, Month D, YYYY.``). Every distinct headline (text, outlet, date) becomes one
document, published that day, and goes through the real pipeline into a temporary SQLite store,
which fuses them. A headline cited by two GTD events belongs to both. Scores:

- pairwise precision / recall / F1 over headline pairs: a pair is gold-same when the headlines
  share a GTD event, predicted-same when their events share a fused event; reported over all
  headlines and over those the extractor found an event in (fusion can only join what exists);
- fused events per GTD event (1.0 is perfect; headlines with no event are not counted).

The gold data is for measurement only: nothing here feeds back into the rules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CITE = re.compile(r'^"(?P<title>.*?),?"\s+(?P<outlet>.*),\s+(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})\.?$')


def headlines(gold_path: Path) -> tuple[list[dict], dict[str, set[str]]]:
    """Distinct headline documents and, per document id, the GTD events that cite it."""
    from sitrep.models import content_hash

    docs: dict[str, dict] = {}
    events: dict[str, set[str]] = defaultdict(set)
    for line in gold_path.open():
        record = json.loads(line)
        meta = record.get("meta") or {}
        if not record["id"].startswith("gtd2021") or not meta.get("eventid"):
            continue
        for key in ("scite1", "scite2", "scite3"):
            match = CITE.match((meta.get(key) or "").strip())
            if not match:
                continue
            try:
                day = dt.datetime.strptime(match["date"].replace(".", ""), "%B %d, %Y").date()
            except ValueError:
                continue
            doc_id = "h:" + content_hash(match["title"], match["outlet"], day.isoformat())
            docs[doc_id] = {"id": doc_id, "text": match["title"], "title": match["title"],
                            "source": match["outlet"], "published": day.isoformat()}
            events[doc_id].add(meta["eventid"])
    return list(docs.values()), events


def pairwise(items: list[str], gold: dict[str, set[str]], pred: dict[str, set[str]]) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        same, said = bool(gold[a] & gold[b]), bool(pred[a] & pred[b])
        tp += same and said
        fp += said and not same
        fn += same and not said
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "gold_pairs": tp + fn, "predicted_pairs": tp + fp}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.jsonl")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a summary")
    parser.add_argument("--errors", action="store_true",
                        help="also print each GTD event whose headlines were split or merged wrongly")
    args = parser.parse_args()

    from sitrep.api import resources_for
    from sitrep.config import Settings
    from sitrep.ingest.readers import record_to_document
    from sitrep.run import extract_documents
    from sitrep.store import Store, ingest

    records, gold = headlines(args.gold)
    settings = Settings.from_env()
    resources = resources_for(settings)
    documents = [record_to_document(r, r["id"], settings.max_chars) for r in records]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "bench.db")) as store:
        read: dict[str, list] = {}

        def extract(docs):
            for document, events in extract_documents(docs, resources, settings):
                read[document.id] = events
                yield document, events

        summary = ingest(documents, store, extract)
        fused = store.fused_events()
    seconds = time.perf_counter() - started

    pred: dict[str, set[str]] = defaultdict(set)
    for event in fused:
        for source in event["sources"]:
            pred[source["document_id"]].add(event["id"])
    ids = sorted(gold)
    with_event = [i for i in ids if pred[i]]
    per_event: dict[str, set[str]] = defaultdict(set)
    for doc_id in with_event:
        for eventid in gold[doc_id]:
            per_event[eventid] |= pred[doc_id]
    result = {
        "gtd_events": len({e for s in gold.values() for e in s}), "headlines": len(ids),
        "headlines_with_event": len(with_event), "mentions": summary.mentions, "fused_events": len(fused),
        "all_headlines": pairwise(ids, gold, pred),
        "headlines_with_event_only": pairwise(with_event, gold, pred),
        "fused_events_per_gtd_event": round(sum(map(len, per_event.values())) / max(len(per_event), 1), 3),
        "seconds": round(seconds, 2),
    }
    if args.errors:
        _print_errors(records, gold, pred, read)
    if args.json:
        json.dump(result, sys.stdout)
        sys.stdout.write("\n")
        return
    print(f"{result['headlines']} headlines of {result['gtd_events']} GTD events; "
          f"{result['headlines_with_event']} with an event; {result['mentions']} mentions -> "
          f"{result['fused_events']} fused events in {result['seconds']} s")
    for name in ("all_headlines", "headlines_with_event_only"):
        r = result[name]
        print(f"  {name:26s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
              f"  ({r['gold_pairs']} gold pairs, {r['predicted_pairs']} predicted)")
    print(f"  fused events per GTD event: {result['fused_events_per_gtd_event']}")


def _print_errors(records: list[dict], gold: dict[str, set[str]], pred: dict[str, set[str]],
                  read: dict[str, list]) -> None:
    """Per GTD event with split or wrongly joined headlines: each headline's fused events and
    what the extractor read (type, date, place, toll, armed sides)."""
    text = {r["id"]: (r["text"], r["published"]) for r in records}
    by_event: dict[str, list[str]] = defaultdict(list)
    for doc_id, eventids in gold.items():
        for e in eventids:
            by_event[e].append(doc_id)
    for eventid, docs in sorted(by_event.items()):
        fused = [frozenset(pred[d]) for d in docs]
        joined = {d for d in gold if d not in docs and any(pred[d] & f for f in fused)}
        if len(set(fused)) <= 1 and not joined:
            continue
        print(f"\nGTD {eventid}")
        for d in [*docs, *sorted(joined)]:
            mark = " " if d in docs else "+"
            print(f" {mark} {','.join(sorted(x[-6:] for x in pred[d])) or '-':14s} {text[d][1]}  {text[d][0][:90]}")
            for e in read.get(d, []):
                where = e.location and f"{e.location.name}/{e.location.country}/p{e.location.precision}"
                print(f"      {e.event} {e.date.start}..{e.date.end} ({e.date.precision}, {e.date.text!r}) "
                      f"{where} killed={e.killed and e.killed.low} "
                      f"actors={[a.name for a in (*e.actors, *e.recipients)]}")


if __name__ == "__main__":
    main()
