"""Gazetteer costs: index build time, size on disk, open time, lookups per second.

    .venv/bin/python bench/bench_gazetteer.py [--path DIR/gazetteer.sqlite] [--skip-build]

Builds into a temporary folder unless ``--path`` is given (then an existing file is reused
with ``--skip-build``). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from sitrep.geo.gazetteer import Gazetteer

QUERIES = ["Homs", "Aleppo", "Azaz", "A'zaz", "Raqqa", "Amman", "Syria", "Kabul", "Lagos",
           "Springfield", "Paris", "Niger", "Maiduguri", "Mogadishu", "Donetsk", "Gaza Strip",
           "Ivory Coast", "Zzyzx", "Hims", "Deir ez-Zor"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=Path)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--lookups", type=int, default=20_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.path or Path(tmp) / "gazetteer.sqlite"
        result: dict[str, float | int] = {}
        if not (args.skip_build and path.exists()):
            t = time.perf_counter()
            Gazetteer.build(path)
            result["build_s"] = round(time.perf_counter() - t, 2)
        result["size_mb"] = round(path.stat().st_size / 2**20, 1)
        opens = []
        for _ in range(5):
            t = time.perf_counter()
            g = Gazetteer.open(path)
            g.lookup("Homs")  # first query touches the file and the index pages
            opens.append(time.perf_counter() - t)
            g.close()
        result["open_first_lookup_ms"] = round(statistics.median(opens) * 1000, 2)
        g = Gazetteer.open(path)
        result.update(g.stats())
        rng = random.Random(0)
        # Fresh keys defeat the per-instance cache: this measures SQLite, not a dict.
        names = [rng.choice(QUERIES) + ("" if i % 2 else f" {i}") for i in range(args.lookups)]
        t = time.perf_counter()
        for name in names:
            g.lookup(name)
        dt = time.perf_counter() - t
        result["lookups_per_s"] = int(len(names) / dt)
        result["lookup_us"] = round(dt / len(names) * 1e6, 1)
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
