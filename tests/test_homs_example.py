"""The canonical article, scored by the independent scorer (skipped where ../shared is absent)."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from sitrep.models import event_json_schema

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HOMS = SHARED / "examples" / "homs-ceasefire-2016-02-21"


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is not here")
def test_homs_example_scores(extract, tmp_path):
    events = extract(HOMS.with_suffix(".txt").read_text(), "2016-02-21", doc_id="homs")
    for event in events:
        jsonschema.validate(event, event_json_schema())
    out = tmp_path / "homs.jsonl"
    out.write_text("".join(json.dumps(e) + "\n" for e in events))
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "example", f"{HOMS}.gold.json", str(out),
         "--text", str(HOMS.with_suffix(".txt"))], capture_output=True, text=True, check=True)
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("example: 3/3 must"), result.stdout
    should = int(summary.split(",")[1].split("/")[0])
    assert should >= 2 and "0 must_not violations" in summary, result.stdout
