"""Small archives made on the fly: folders of text files, JSON Lines, CSV and Parquet."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

HEADLINES = ["افتتاح مدرسة جديدة", "إطلاق برنامج للمياه", "توقيع اتفاقية شراكة", "ورشة عمل حول الهجرة"]
PLACES = ["عمّان", "القاهرة", "بيروت", "جنيف"]


def release_text(number: int, sentences: int = 2) -> str:
    """A small, varied press release: headline, dateline, body."""
    headline = HEADLINES[number % len(HEADLINES)]
    body = " ".join(f"أعلنت المنظمة اليوم عن المرحلة {number}-{k} من البرنامج بالتعاون مع الوزارة."
                    for k in range(sentences))
    return f"خبر صحفي: {headline} رقم {number}\n\n{PLACES[number % len(PLACES)]} - {body}\n"


def write_tree(root: Path, count: int, sentences: int = 2) -> list[str]:
    """``count`` .txt files in a few subfolders; returns their ids (paths relative to ``root``)."""
    ids = []
    for number in range(count):
        relative = Path(f"part{number % 3}") / f"release-{number:05d}.txt"
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(release_text(number, sentences), encoding="utf-8")
        ids.append(relative.as_posix())
    return ids


def write_jsonl(path: Path, records: list[dict | str | bytes]) -> Path:
    """One line per record (dicts as JSON, str and bytes as they are); ``.gz`` compresses."""
    lines = []
    for record in records:
        if isinstance(record, dict):
            record = json.dumps(record, ensure_ascii=False)
        lines.append(record if isinstance(record, bytes) else record.encode("utf-8"))
    data = b"\n".join(lines) + b"\n"
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture(scope="session")
def shared_pipeline(nlp):
    """In-process runs (``workers=0``) use the session's pipeline instead of loading their own."""
    from arabic_release_nlp.batch.tagging import use_pipeline

    use_pipeline(nlp)
    return nlp


@pytest.fixture
def tree(tmp_path) -> tuple[Path, list[str]]:
    root = tmp_path / "tree"
    return root, write_tree(root, 12)
