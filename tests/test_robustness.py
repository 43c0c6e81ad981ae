"""Whatever the text, the output is valid: schema, offsets inside the text, no crash.

Deterministic (fixed seed) splices of our own example sentences with noise: unicode, control
characters, very long runs, numbers in odd places, dates outside the calendar.
"""

import json
import random
from pathlib import Path

import jsonschema

from sitrep.models import event_json_schema

ROOT = Path(__file__).resolve().parents[1]
NOISE = [
    "", " ", "\n\n", "\u200b", "\x1b[31m", "🙂", "Ḩimş", "٣٤", "9999999999999999999999 people were killed",
    "killed 3000 years ago", "came 900000 days after", "On 31 February 2020,", "12/45/2021:", "(", ")",
    "“", "”", "—", "…", "U.S.", "Dr.", "a" * 6000, "killed killed killed", "no one", "at least",
]


def _sentences():
    out = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        out += [s for s in path.read_text().replace("\n", " ").split(". ") if s.strip()]
    for line in (ROOT / "tests" / "golden" / "inputs" / "notes.jsonl").read_text().splitlines():
        out += json.loads(line)["text"].split(". ")
    return out


def test_random_splices_give_valid_events(extract):
    rng = random.Random(20260226)
    sentences = _sentences()
    schema = event_json_schema()
    for _ in range(40):
        parts = rng.sample(sentences, 3) + rng.sample(NOISE, 3)
        rng.shuffle(parts)
        text = ". ".join(parts)
        published = rng.choice([None, "2016-02-21", "2021-08-27"])
        for event in extract(text, published, doc_id="fuzz"):
            jsonschema.validate(event, schema)
            for span in event["evidence"]:
                assert 0 <= span["start"] < span["end"] <= len(text)
