"""Whole-pipeline speed on one core: load time, then words/s of tokenise + structure + NER + rules + goals.

    python benchmarks/pipeline.py [--raw ../shared/data/raw/saudinewsnet/articles.jsonl.gz] [--documents 300]

Without --raw, the releases of our corpus are used. Each stage is also timed alone, so the table shows where
the time goes.
"""

from __future__ import annotations

import os

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import arabic_release_nlp as arn  # noqa: E402
from news_sample import news_texts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--ner", type=Path, help="an entity model folder instead of models/entities/ner")
    args = parser.parse_args()
    started = time.perf_counter()
    nlp = arn.load(ner=args.ner)
    print(f"pipeline load: {time.perf_counter() - started:.2f} s ({', '.join(nlp.components)})")
    texts = news_texts(args.raw, every=50, documents=args.documents)
    words = sum(len(text.split()) for text in texts)
    nlp(texts[0])  # first call builds caches
    timings = {name: 0.0 for name in ["tokenizer"] + nlp.components}
    started = time.perf_counter()
    for text in texts:
        begin = time.perf_counter()
        doc = nlp.nlp.make_doc(text)
        timings["tokenizer"] += time.perf_counter() - begin
        for name, component in nlp.nlp.pipeline:
            begin = time.perf_counter()
            doc = component(doc)
            timings[name] += time.perf_counter() - begin
    total = time.perf_counter() - started
    print(f"{len(texts)} documents, {words:,} words in {total:.2f} s: {words / total:,.0f} words/s on one core\n")
    print(f"{'stage':16} {'seconds':>8} {'share':>6} {'words/s alone':>14}")
    for name, seconds in timings.items():
        print(f"{name:16} {seconds:>8.2f} {seconds / total:>6.0%} {words / max(seconds, 1e-9):>14,.0f}")


if __name__ == "__main__":
    main()
