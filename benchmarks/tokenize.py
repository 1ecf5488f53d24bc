"""Tokenizer speed: ours (with offsets) against camel-tools' simple_word_tokenize and stock spacy.blank("ar").

All three run on the same ~1 MB of varied Arabic text in one process; the table gives words (tokens) per
second and the ratio to camel-tools. Run: `make benchmark`, or

    python benchmarks/tokenize.py --raw ../shared/data/raw/saudinewsnet/articles.jsonl.gz [--megabytes 1]

Without --raw the text is the repository's own corpus (data/corpus/corpus.jsonl) and examples.
"""

from __future__ import annotations

import os
import sys

# This file is named like the standard library's `tokenize`, which numpy imports: keep its folder off the path.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402

from arabic_release_nlp.pipeline import blank_arabic  # noqa: E402
from arabic_release_nlp.text.tokenizer import ArabicTokenizer  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def sample_text(raw: Path | None, megabytes: float) -> str:
    limit = int(megabytes * 1_000_000)
    texts: list[str] = []
    size = 0
    if raw is not None:
        with gzip.open(raw, "rt", encoding="utf-8") as handle:
            # Every 7th article, so that the sample spans all newspapers and dates of the archive.
            for number, line in enumerate(handle):
                if number % 7 == 0:
                    texts.append(json.loads(line)["text"])
                    size += len(texts[-1])
                if size >= limit:
                    break
    else:
        sources = [json.loads(line)["text"] for line in (REPO / "data/corpus/corpus.jsonl").open(encoding="utf-8")]
        sources += [path.read_text(encoding="utf-8") for path in (REPO / "examples").glob("*.txt")]
        while size < limit:
            for text in sources:
                texts.append(text)
                size += len(text)
    return "\n\n".join(texts)


def best_of(runs: int, function, text: str) -> tuple[float, int]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        count = function(text)
        timings.append(time.perf_counter() - start)
    return min(timings), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, help="JSON Lines (gzip) of real articles with a 'text' field")
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = sample_text(args.raw if args.raw and args.raw.exists() else None, args.megabytes)
    words = len(text.split())

    ours = ArabicTokenizer()
    ours.spans(text[:10000])  # build the regex and load the lexicon outside the timing
    ours_doc = blank_arabic()
    stock = spacy.blank("ar")
    stock.max_length = ours_doc.max_length
    systems = [
        ("camel-tools simple_word_tokenize", lambda t: len(simple_word_tokenize(t))),
        ("arabic_release_nlp spans (offsets)", lambda t: len(ours.spans(t))),
        ("arabic_release_nlp spaCy Doc", lambda t: len(ours_doc.make_doc(t))),
        ('stock spacy.blank("ar")', lambda t: len(stock.make_doc(t))),
    ]
    print(f"text: {len(text):,} characters, {words:,} whitespace words, best of {args.runs} runs\n")
    print(f"{'tokenizer':38} {'tokens':>9} {'seconds':>8} {'words/s':>11} {'vs camel':>9}")
    baseline = None
    for name, function in systems:
        seconds, tokens = best_of(args.runs, function, text)
        rate = words / seconds
        baseline = baseline or rate
        print(f"{name:38} {tokens:>9,} {seconds:>8.3f} {rate:>11,.0f} {rate / baseline:>8.2f}x")


if __name__ == "__main__":
    main()
