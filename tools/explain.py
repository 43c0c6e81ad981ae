"""Show what each sentence of a document yields: triggers, counts, dates, actors, mentions.

    python tools/explain.py ARTICLE.txt [--published YYYY-MM-DD]
    python tools/explain.py --dev ID        # a record of ../shared/eval/dev.jsonl, with its gold

For error analysis: it runs the real pipeline and prints the intermediate records.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sitrep.api import resources_for
from sitrep.config import Settings
from sitrep.extraction.classify import find_triggers
from sitrep.extraction.mentions import sentence_mentions
from sitrep.ingest.clean import split_sentences
from sitrep.ingest.readers import parse_published
from sitrep.models import Document
from sitrep.nlp.convert import annotate
from sitrep.nlp.triage import select
from sitrep.run import document_context, extract_annotated


def explain(doc: Document, gold: dict | None = None) -> None:
    settings = Settings.from_env()
    res = resources_for(settings)
    chosen = select(split_sentences(doc.text), res.lexicon, settings.triage_context)
    sentences = annotate(res.nlp, chosen)
    places, weak, ctx = document_context(doc, sentences, res)  # exactly what the pipeline reads against
    print(f"focus={ctx.country} anchor={ctx.anchor} places={[(p.text, p.name, p.country, p.feature) for p in places]}"
          f" weak={[(p.text, p.name, p.country) for p in weak]}")
    previous: list = []
    for s in sentences:
        mentions, actor_hits = sentence_mentions(s, places, ctx, previous)
        previous = (previous + actor_hits)[-12:]
        print(f"\n[{s.index}] {s.text}")
        print("   ents:", [(e.label, e.text) for e in s.entities])
        print("   triggers:", [(h.trigger.name, doc.text[h.start:h.end]) for h in find_triggers(res.lexicon, s.text, s.start)])
        print("   actors:", [(a.kind, a.actor.name, a.actor.text) for a in actor_hits])
        for m in mentions:
            print(f"   -> {m.event} {m.modes} {m.acled_sub_event_type} {m.status} bg={m.background} "
                  f"date={m.date.start}({m.date.text}) place={m.place.name if m.place else None} "
                  f"actors={[a.name for a in m.actors]} recip={[a.name for a in m.recipients]} "
                  f"killed={m.killed} injured={m.injured} att={m.killed_attackers}")
    print("\nEVENTS")
    for e in extract_annotated(doc, sentences, res):
        print(json.dumps(e.to_dict(), ensure_ascii=False)[:600])
    if gold:
        print("\nGOLD", json.dumps(gold, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?")
    parser.add_argument("--published")
    parser.add_argument("--dev")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args()
    if args.dev:
        for line in (args.shared / "eval" / "dev.jsonl").open():
            rec = json.loads(line)
            if rec["id"] == args.dev:
                published = parse_published(rec["doc_date"]) if rec.get("doc_date") else None
                explain(Document(rec["id"], rec["text"], published), {**rec["gold"], **{
                    "event_type": (rec.get("meta") or {}).get("event_type")}})
        return
    text = Path(args.path).read_text()
    explain(Document("doc", text, parse_published(args.published) if args.published else None))


if __name__ == "__main__":
    main()
