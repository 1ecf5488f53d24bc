"""Build ``data/corpus/corpus.jsonl`` from the source markup and the stored split."""

from __future__ import annotations

import json
from pathlib import Path

from arabic_release_nlp.corpus import SPLITS
from arabic_release_nlp.corpus.markup import MarkupError, parse_markup, repeated_runs
from arabic_release_nlp.corpus.split import stratified_split


def read_split(path: Path) -> dict[str, str]:
    """The stored split: release id -> train, dev or test."""
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {release_id: split for release_id, split in rows}


def write_split(path: Path, assignment: dict[str, str]) -> None:
    lines = ["# release id<TAB>split; drawn once by `arn corpus build --assign-new`, never re-drawn"]
    lines += [f"{release_id}\t{assignment[release_id]}" for release_id in sorted(assignment)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_sources(source_dir: Path) -> list[dict]:
    """Every release of every ``*.txt`` markup file in ``source_dir``, in file and release order."""
    records = []
    for path in sorted(source_dir.glob("*.txt")):
        records.extend(parse_markup(path.read_text(encoding="utf-8"), str(path)))
    return records


def build_corpus(source_dir: Path, split_path: Path, out: Path, assign_new: bool = False,
                 new_split: str | None = None) -> list[dict]:
    """Convert the markup to JSON Lines with a ``split`` per release; return the records written.

    Releases missing from the stored split are an error unless ``assign_new``, which draws a stratified
    split for them alone, or ``new_split``, which puts them all in that split (a round written as training
    data only). Either adds them to the split file: existing assignments never change.
    """
    if new_split is not None and new_split not in SPLITS:
        raise MarkupError(f"new_split must be one of {', '.join(SPLITS)}, not {new_split!r}")
    records = parse_sources(source_dir)
    ids = [record["id"] for record in records]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise MarkupError(f"duplicate release ids: {', '.join(duplicates)}")
    repeated = repeated_runs(records)
    if repeated:
        run, places = repeated[0]
        raise MarkupError(f"{len(repeated)} runs of 8 words repeated across body paragraphs, e.g. {places}: {run}")
    assignment = read_split(split_path)
    missing = [record for record in records if record["id"] not in assignment]
    if missing and not (assign_new or new_split):
        raise MarkupError(f"{len(missing)} releases have no split (e.g. {missing[0]['id']}): "
                          "run `arn corpus build --assign-new` to draw one for them")
    if missing:
        assignment.update({record["id"]: new_split for record in missing} if new_split else stratified_split(missing))
        write_split(split_path, assignment)
    with out.open("w", encoding="utf-8") as handle:
        for record in sorted(records, key=lambda r: r["id"]):
            record["split"] = assignment[record["id"]]
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records
