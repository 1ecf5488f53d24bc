"""Our annotated corpus of Arabic press releases: loading, building from source markup, splitting, statistics.

    >>> from arabic_release_nlp.corpus import load_corpus
    >>> test = load_corpus(split="test")        # doctest: +SKIP
    >>> test[0]["paragraphs"][0]["sdg"]          # doctest: +SKIP
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from arabic_release_nlp.corpus.markup import MarkupError, parse_markup

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "corpus"
DEFAULT_CORPUS = CORPUS_DIR / "corpus.jsonl"
# A second, independent annotation of the goals of the test split's paragraphs (see the corpus README).
SECOND_GOAL_ANNOTATION = CORPUS_DIR / "goals_second_annotation.jsonl"
SPLITS = ("train", "dev", "test")

__all__ = ["CORPUS_DIR", "DEFAULT_CORPUS", "SECOND_GOAL_ANNOTATION", "SPLITS", "MarkupError", "iter_corpus", "load_corpus", "parse_markup"]


def iter_corpus(path: str | Path = DEFAULT_CORPUS, split: str | None = None) -> Iterator[dict]:
    """Yield the release records of a corpus JSON Lines file, optionally of one split only."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if split is None or record.get("split") == split:
                    yield record


def load_corpus(path: str | Path = DEFAULT_CORPUS, split: str | None = None) -> list[dict]:
    """All release records of a corpus file (our format: see data/corpus/README.md), or those of one split."""
    return list(iter_corpus(path, split))
