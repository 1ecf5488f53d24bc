"""Annotated data users bring: our corpus JSON Lines and CoNLL files become corpus records."""

import pytest

from arabic_release_nlp.corpus import load_corpus
from arabic_release_nlp.errors import UnsupportedAnnotationError
from arabic_release_nlp.evaluation import conll_records, load_annotated
from arabic_release_nlp.evaluation.annotated_data import is_release_list, select_records
from arabic_release_nlp.structure.release import Release

CONLL = "أطلقت O\nالمنظمة B-ORG\nالدولية I-ORG\nللهجرة I-ORG\nبرنامجا O\n\nفي O\nبيروت B-LOC\n.\n"


def test_corpus_json_lines_by_split(small_corpus):
    assert len(load_annotated(small_corpus)) == 30
    assert [r["id"] for r in load_annotated(small_corpus, split="test")] == [
        r["id"] for r in load_corpus(small_corpus, split="test")]


def test_conll_sentences_become_records_with_character_offsets(tmp_path):
    path = tmp_path / "ours.conll"
    path.write_text(CONLL, encoding="utf-8")
    records = conll_records(path)
    assert [r["id"] for r in records] == ["ours.conll#1", "ours.conll#2"]
    first = records[0]
    assert [first["text"][e["start"]:e["end"]] for e in first["entities"]] == ["المنظمة الدولية للهجرة"]
    assert first["paragraphs"] == [{"start": 0, "end": len(first["text"]), "kind": "body", "sdg": [], "gcm": []}]
    assert load_annotated(path) == records


def test_conll_has_no_split_and_other_files_are_refused(tmp_path):
    path = tmp_path / "ours.conll"
    path.write_text(CONLL, encoding="utf-8")
    with pytest.raises(ValueError, match="no splits"):
        load_annotated(path, split="test")
    with pytest.raises(UnsupportedAnnotationError, match="ARN042 .*releases.parquet"):
        load_annotated(tmp_path / "releases.parquet")


def test_records_in_memory_are_filtered_by_split():
    records = [{"id": "a", "split": "train"}, {"id": "b", "split": "test"}]
    assert select_records(records, "test") == [records[1]] and select_records(records) == records
    with pytest.raises(ValueError, match="split must be one of"):
        select_records(records, "validation")


def test_release_lists_are_told_apart_from_records():
    assert is_release_list([Release("a", "")]) and not is_release_list([{"id": "a"}]) and not is_release_list([])
