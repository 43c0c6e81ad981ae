"""Error analysis on the dev set: which records fail a metric, with gold and prediction side by side.

    python tools/errors.py EVENTS.jsonl [--metric killed_exact] [--source acled] [--limit 30]
    python tools/errors.py EVENTS.jsonl --summary      # failures per metric and source
    python tools/errors.py EVENTS.jsonl --gold OTHER.jsonl  # any gold file in dev.jsonl's format

Uses ../shared/eval/score.py itself (imported) to pick the primary event, so what is listed here
is exactly what the scorer counts as wrong.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def brief(event: dict | None) -> str:
    if event is None:
        return "(no event)"
    loc = event.get("location") or {}
    return (f"{event['event']} {event.get('modes')} {event.get('acled_sub_event_type')} "
            f"date={event['date']['start']} loc={loc.get('name')},{loc.get('admin1')},{loc.get('country')} "
            f"actors={[a['name'] for a in event['actors']]} att={event['attribution']['status']}:{event['attribution']['actor']} "
            f"killed={(event.get('killed') or {}).get('low')} injured={(event.get('injured') or {}).get('low')}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("events", type=Path)
    parser.add_argument("--metric")
    parser.add_argument("--source")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--summary", action="store_true")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev.jsonl")
    args = parser.parse_args()
    score = load_scorer()
    gold = [json.loads(line) for line in args.gold.open()]
    predicted: dict[str, list[dict]] = defaultdict(list)
    for line in args.events.open():
        event = json.loads(line)
        predicted[event["document_id"]].append(event)
    failures: Counter[tuple[str, str]] = Counter()
    shown = 0
    for rec in gold:
        source = rec["id"].split(":")[0]
        if args.source and source != args.source:
            continue
        result, _ = score.score_record(rec, predicted.get(rec["id"], []), set())
        for metric, ok in result.items():
            if ok:
                continue
            failures[(metric, source)] += 1
            if args.summary or (args.metric and metric != args.metric) or shown >= args.limit:
                continue
            shown += 1
            candidates = [e for e in predicted.get(rec["id"], []) if not e["background"] and e["status"] == "occurred"]
            primary = score.primary_event(candidates, score.expected_family(rec))
            g = rec["gold"]
            print(f"--- {rec['id']} [{metric}]\n{rec['text'][:500]}\n  GOLD {g.get('event_type_raw')} "
                  f"{(rec.get('meta') or {}).get('event_type')} date={g.get('date')} loc={g.get('location')},"
                  f"{g.get('admin1')},{g.get('country')} perp={g.get('perpetrator')} claimed={g.get('claimed')} "
                  f"killed={g.get('killed')} injured={g.get('injured')}\n  PRED {brief(primary)}")
    if args.summary:
        for (metric, source), n in sorted(failures.items()):
            print(f"{metric:28s} {source:18s} {n}")


if __name__ == "__main__":
    main()
