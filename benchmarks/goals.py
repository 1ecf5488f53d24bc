"""Goal classifier speed: paragraphs per second on one core, the classifier alone and the whole goal stage.

    python benchmarks/goals.py [--model models/goals] [--corpus data/corpus/corpus.jsonl] [--repeat 5]

Paragraphs are those of our corpus (all splits; speed does not depend on labels), classified in batches
of 256 as the pipeline's batch tagging does; the goal stage adds explicit references, evidence and targets.
"""

from __future__ import annotations

import os
import sys

# benchmarks/tokenize.py shares its name with the standard library's module that numpy imports.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from arabic_release_nlp.corpus import DEFAULT_CORPUS, load_corpus  # noqa: E402
from arabic_release_nlp.goals.component import DEFAULT_MODEL  # noqa: E402
from arabic_release_nlp.goals.persistence import load_model  # noqa: E402
from arabic_release_nlp.goals.predictor import GoalPredictor  # noqa: E402
from arabic_release_nlp.goals.taxonomy import load_taxonomy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    tagger = load_model(args.model)
    print(f"model load: {time.perf_counter() - started:.2f} s")
    records = load_corpus(args.corpus)
    texts = [r["text"][p["start"]:p["end"]] for r in records for p in r["paragraphs"]]
    predictor = GoalPredictor(tagger, load_taxonomy())
    predictor.predict(records[0]["text"], [(p["start"], p["end"]) for p in records[0]["paragraphs"]])

    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        for batch in range(0, len(texts), 256):
            tagger.predict(texts[batch:batch + 256])
        best = min(best, time.perf_counter() - started)
    print(f"classifier alone: {len(texts):,} paragraphs in {best:.2f} s = {len(texts) / best:,.0f} paragraphs/s")

    started = time.perf_counter()
    for record in records:
        predictor.predict(record["text"], [(p["start"], p["end"]) for p in record["paragraphs"]],
                          [p["kind"] for p in record["paragraphs"]])
    seconds = time.perf_counter() - started
    print(f"goal stage (explicit references, classifier, evidence, targets): {len(texts) / seconds:,.0f} paragraphs/s")


if __name__ == "__main__":
    main()
