"""Real text for the benchmarks: articles of a news archive (JSON Lines, gzip, a 'text' field per line), or
our own corpus and examples when no archive is given."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def news_texts(raw: Path | None, *, every: int = 7, megabytes: float | None = None,
               documents: int | None = None) -> list[str]:
    """Every ``every``-th article of ``raw``, so that the sample spans the archive's papers and dates, until
    ``megabytes`` of text or ``documents`` articles; without an archive, our corpus releases and examples,
    repeated up to the size asked for."""
    limit = int(megabytes * 1_000_000) if megabytes is not None else None

    def enough(texts: list[str], size: int) -> bool:
        return (limit is not None and size >= limit) or (documents is not None and len(texts) >= documents)

    texts: list[str] = []
    size = 0
    if raw is not None and raw.exists():
        with gzip.open(raw, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if number % every == 0:
                    texts.append(json.loads(line)["text"])
                    size += len(texts[-1])
                if enough(texts, size):
                    break
        return texts
    sources = [json.loads(line)["text"] for line in (REPO / "data/corpus/corpus.jsonl").open(encoding="utf-8")]
    sources += [path.read_text(encoding="utf-8") for path in (REPO / "examples").glob("*.txt")]
    while not enough(texts, size):
        text = sources[len(texts) % len(sources)]
        texts.append(text)
        size += len(text)
    return texts
