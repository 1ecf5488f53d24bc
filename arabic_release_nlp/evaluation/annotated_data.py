"""Annotated data as corpus records: our corpus JSON Lines, CoNLL files for NER, and analysed releases with gold.

Every evaluation reads gold annotations from records in our corpus format (``data/corpus/README.md``). A CoNLL
file (``word TAG`` per line, blank line between sentences: ANERcorp, AQMAR or your own) becomes one record per
sentence, its entities aligned to our tokenizer by ``entities/conll.py``:

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "mine.conll"
    >>> _ = path.write_text("زار O\\nوزير B-PER\\nالأردن I-PER\\n\\nفي O\\nعمان B-LOC\\n", encoding="utf-8")
    >>> records = load_annotated(path)
    >>> [(r["id"], r["text"], r["entities"]) for r in records][1]
    ('mine.conll#2', 'في عمان', [{'start': 3, 'end': 7, 'label': 'LOC'}])
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Sequence

from arabic_release_nlp.corpus import SPLITS, load_corpus
from arabic_release_nlp.errors import GoldTextMismatchError, MissingGoldError, UnsupportedAnnotationError
from arabic_release_nlp.structure.release import Release

CORPUS_SUFFIXES = (".jsonl", ".json")
CONLL_SUFFIXES = (".conll", ".conllu", ".txt", ".tsv", ".bio", ".iob", ".iob2")


def conll_records(path: str | Path) -> list[dict[str, Any]]:
    """One corpus record per sentence of a CoNLL file: the words joined by spaces, entities on our tokens.

    The records have one ``body`` paragraph without goals, and ids ``FILE#N`` (N the sentence, from 1).
    """
    from arabic_release_nlp.entities.conll import align_sentence, read_conll

    path = Path(path)
    records = []
    for number, sentence in enumerate(read_conll(path), start=1):
        aligned = align_sentence(sentence)
        records.append({
            "id": f"{path.name}#{number}", "text": aligned.text, "split": None,
            "paragraphs": [{"start": 0, "end": len(aligned.text), "kind": "body", "sdg": [], "gcm": []}],
            "entities": [{"start": start, "end": end, "label": label} for start, end, label in aligned.entities],
            "officials": [], "organizations": [],
        })
    return records


def load_annotated(path: str | Path, split: str | None = None) -> list[dict[str, Any]]:
    """Records of an annotated file: our corpus JSON Lines (``.jsonl``), or a CoNLL file for NER.

    Args:
        path: the file.
        split: ``train``, ``dev`` or ``test`` to keep one split of a corpus (CoNLL files have no splits).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in CORPUS_SUFFIXES:
        return load_corpus(path, split=split)
    if suffix in CONLL_SUFFIXES:
        if split is not None:
            raise ValueError(f"{path}: a CoNLL file has no splits; give split=None")
        return conll_records(path)
    raise UnsupportedAnnotationError(str(path))


def is_release_list(items: Sequence[Any]) -> bool:
    """Whether ``items`` are analysed ``Release`` objects (rather than corpus records)."""
    return bool(items) and all(isinstance(item, Release) for item in items)


def select_records(source: str | Path | Iterable[dict], split: str | None = None) -> list[dict[str, Any]]:
    """Records from a file (see :func:`load_annotated`) or from a list of records, optionally one split only."""
    if isinstance(source, (str, Path)):
        return load_annotated(source, split=split)
    records = list(source)
    if split is None:
        return records
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    return [record for record in records if record.get("split") == split]


def pair_releases(releases: Sequence[Release], gold: str | Path | Iterable[dict] | None,
                  split: str | None = None) -> list[tuple[Release, dict[str, Any]]]:
    """Each release with its gold record (matched by id); with ``split``, only releases whose record is of it.

    Raises ARN040 for a release without a gold record and ARN041 when the texts differ (offsets would not match).
    """
    if gold is None:
        raise MissingGoldError(releases[0].id if releases else None)
    by_id = {record["id"]: record for record in select_records(gold)}
    pairs = []
    for release in releases:
        record = by_id.get(release.id)
        if record is None:
            raise MissingGoldError(release.id)
        if split is not None and record.get("split") != split:
            continue
        if record["text"] != release.text:
            raise GoldTextMismatchError(release.id)
        pairs.append((release, record))
    return pairs
