"""Which dev records changed between two prediction files, metric by metric.

    python tools/compare.py OLD_EVENTS.jsonl NEW_EVENTS.jsonl

For checking that a change fixes what it meant to fix and breaks nothing else.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from errors import SHARED, load_scorer


def load(path: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for line in Path(path).open():
        event = json.loads(line)
        out[event["document_id"]].append(event)
    return out


def main() -> None:
    score = load_scorer()
    old, new = load(sys.argv[1]), load(sys.argv[2])
    for line in (SHARED / "eval" / "dev.jsonl").open():
        rec = json.loads(line)
        before, _ = score.score_record(rec, old.get(rec["id"], []), set())
        after, _ = score.score_record(rec, new.get(rec["id"], []), set())
        for metric, ok in before.items():
            if after.get(metric) != ok:
                print(f"{rec['id']:28s} {metric:22s} {ok} -> {after.get(metric)}  {rec['text'][:90]!r}")


if __name__ == "__main__":
    main()
