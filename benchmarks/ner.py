"""NER speed: words per second of the `arn_ner` component on ~1 MB of real news text, on one core.

Three timings on the same text, each the best of --runs: the tokenizer alone, tokenizer + arn_ner, and the
default pipeline (structure) + arn_ner. The NER's own rate is words / (time with NER - time without). Run:

    python benchmarks/ner.py --raw ../shared/data/raw/saudinewsnet/articles.jsonl.gz [--megabytes 1] [--model DIR]

Without --raw the text is the repository's own corpus and examples, repeated to the size asked for.
"""

from __future__ import annotations

import os

# One core: the figure must hold for a pipeline that runs one process per core.
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from arabic_release_nlp.pipeline import blank_arabic  # noqa: E402
from news_sample import news_texts  # noqa: E402


def best_time(nlp, texts: list[str], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, help="JSON Lines (gzip) of real articles with a 'text' field")
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", type=Path, help="NER model folder (default: models/entities/ner)")
    args = parser.parse_args()
    texts = news_texts(args.raw, megabytes=args.megabytes)
    words = sum(len(text.split()) for text in texts)
    config = {"model": str(args.model) if args.model else None}

    started = time.perf_counter()
    with_ner = blank_arabic()
    blank_seconds = time.perf_counter() - started
    started = time.perf_counter()
    with_ner.add_pipe("arn_ner", config=config)
    load_seconds = time.perf_counter() - started
    tokenizer_only = blank_arabic()
    pipeline = blank_arabic()
    pipeline.add_pipe("arn_structure")
    pipeline.add_pipe("arn_ner", config=config)
    for nlp in (tokenizer_only, with_ner, pipeline):
        list(nlp.pipe(texts[:20]))  # warm up caches outside the timing

    print(f"text: {len(texts)} articles, {sum(map(len, texts)):,} characters, {words:,} whitespace words; "
          f"best of {args.runs} runs")
    print(f"first blank pipeline (imports, factories found through entry points) {blank_seconds:.2f} s; "
          f"arn_ner added (model loaded) in {load_seconds:.2f} s\n")
    tokenizer_seconds = best_time(tokenizer_only, texts, args.runs)
    ner_seconds = best_time(with_ner, texts, args.runs)
    pipeline_seconds = best_time(pipeline, texts, args.runs)
    rows = [
        ("tokenizer", tokenizer_seconds),
        ("tokenizer + arn_ner", ner_seconds),
        ("tokenizer + arn_structure + arn_ner", pipeline_seconds),
        ("arn_ner alone (difference)", ner_seconds - tokenizer_seconds),
    ]
    print(f"{'what':38} {'seconds':>8} {'words/s':>11}")
    for name, seconds in rows:
        print(f"{name:38} {seconds:>8.3f} {words / seconds:>11,.0f}")


if __name__ == "__main__":
    main()
