"""Tokenizer speed: ours (with offsets) against camel-tools' simple_word_tokenize and stock spacy.blank("ar").

All three run on the same ~1 MB of varied Arabic text in one process; the table gives words (tokens) per
second and the ratio to camel-tools. Run: `make benchmark`, or

    python benchmarks/tokenizer.py --raw ../shared/data/raw/saudinewsnet/articles.jsonl.gz [--megabytes 1]

Without --raw the text is the repository's own corpus (data/corpus/corpus.jsonl) and examples.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy
from camel_tools.tokenizers.word import simple_word_tokenize

from arabic_release_nlp.pipeline import blank_arabic
from arabic_release_nlp.text.tokenizer import ArabicTokenizer
from news_sample import news_texts


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
    text = "\n\n".join(news_texts(args.raw, megabytes=args.megabytes))
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
