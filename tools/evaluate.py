"""Score sitrep on the shared dev sets with the independent scorer, per source.

    python tools/evaluate.py [--shared ../shared] [--events-only | --places-only] [--out DIR]

Runs `score.py to-input`, `sitrep extract` / `sitrep places` and `score.py events|places
--by-source`, exactly the commands of the issues, and prints the scorer's tables.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path


def run(cmd: list[str], stdout=None) -> None:
    print("$", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=stdout)


def dev_set(score: Path, sitrep: str, gold: Path, out: Path, command: str, kind: str) -> None:
    """to-input -> sitrep COMMAND -> score.py KIND --by-source, exactly as the issues say."""
    docs = out / f"{gold.stem}_docs.jsonl"
    with docs.open("w") as stream:
        run([sys.executable, str(score), "to-input", str(gold)], stdout=stream)
    predictions = out / f"{kind}.jsonl"
    run([sitrep, command, "--input", str(docs), "--output", str(predictions)])
    run([sys.executable, str(score), kind, str(gold), str(predictions), "--by-source"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--events-only", action="store_true")
    parser.add_argument("--places-only", action="store_true")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    score = args.shared / "eval" / "score.py"
    sitrep = str(Path(sys.executable).with_name("sitrep"))
    out = args.out or Path(tempfile.mkdtemp(prefix="sitrep-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    if not args.places_only:
        dev_set(score, sitrep, args.shared / "eval" / "dev.jsonl", out, "extract", "events")
        homs = args.shared / "examples" / "homs-ceasefire-2016-02-21"
        with (out / "homs.jsonl").open("w") as stream:
            run([sitrep, "extract", f"{homs}.txt", "--published", "2016-02-21"], stdout=stream)
        run([sys.executable, str(score), "example", f"{homs}.gold.json", str(out / "homs.jsonl")])
    if not args.events_only:
        dev_set(score, sitrep, args.shared / "eval" / "geo_dev.jsonl", out, "places", "places")
    print(f"outputs in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
