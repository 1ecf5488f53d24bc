"""The shipped corpus: valid, up to date with its source markup, and as large and varied as promised."""

import json

import pytest

from arabic_release_nlp.corpus import CORPUS_DIR, DEFAULT_CORPUS, load_corpus
from arabic_release_nlp.corpus.build import build_corpus, parse_sources, read_split
from arabic_release_nlp.corpus.markup import MarkupError
from arabic_release_nlp.corpus.stats import corpus_stats, coverage
from arabic_release_nlp.corpus.validate import validate_corpus


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_corpus_is_valid(corpus):
    assert validate_corpus(corpus) == []


def test_corpus_file_is_built_from_the_current_source_and_split(corpus):
    split = read_split(CORPUS_DIR / "split.tsv")
    rebuilt = {record["id"]: dict(record, split=split[record["id"]]) for record in parse_sources(CORPUS_DIR / "source")}
    assert {record["id"]: record for record in corpus} == rebuilt


def test_coverage_minimums_hold(corpus):
    assert {name: value for name, (value, minimum, ok) in coverage(corpus_stats(corpus)).items() if not ok} == {}


def test_split_is_stored_and_loading_by_split_partitions_the_corpus(corpus):
    parts = [load_corpus(split=split) for split in ("train", "dev", "test")]
    assert sorted(r["id"] for part in parts for r in part) == sorted(r["id"] for r in corpus)
    with pytest.raises(ValueError, match="split must be one of"):
        load_corpus(split="validation")


def test_offsets_reproduce_the_annotated_text(corpus):
    record = next(r for r in corpus if any(o["name"] for o in r["officials"]))
    names = {record["text"][e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PER"}
    assert {o["name"] for o in record["officials"]} <= names


def _corrupt(record, **changes):
    broken = json.loads(json.dumps(record))
    for path, value in changes.items():
        target = broken
        *keys, last = path.split(".")
        for key in keys:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value
    return broken


@pytest.mark.parametrize("changes, message", [
    ({"entities.0.start": 10**6}, "outside the text"),
    ({"entities.0.label": "PERSON"}, "unknown label"),
    ({"paragraphs.1.sdg": [18]}, "goal numbers out of range"),
    ({"paragraphs.1.kind": "lede"}, "unknown kind"),
    ({"officials": [{"name": "شخص غير موجود", "title": None, "position": None, "organization": None}]}, "is not a PER entity"),
    ({"organizations": [{"name": "منظمة غير موسومة", "roles": ["funder"]}]}, "is not an ORG or LOC entity"),
    ({"split": "holdout"}, "is not one of"),
])
def test_validator_catches_broken_records(corpus, changes, message):
    record = next(r for r in corpus if r["entities"] and r["officials"] and r["organizations"])
    broken = _corrupt(record, **changes)
    others = [r for r in corpus if r["id"] != record["id"]]
    assert any(message in problem for problem in validate_corpus(others + [broken]))


def test_validator_catches_copied_prose_and_duplicate_ids(corpus):
    first, second = corpus[0], json.loads(json.dumps(corpus[1]))
    body = next(p for p in first["paragraphs"] if p["kind"] == "body")
    target = next(p for p in second["paragraphs"] if p["kind"] == "body")
    copied = first["text"][body["start"]:body["end"]]
    second["text"] = second["text"][:target["start"]] + copied + second["text"][target["end"]:]
    shift = len(copied) - (target["end"] - target["start"])
    target["end"] = target["start"] + len(copied)
    second["entities"] = [e for e in second["entities"] if e["end"] <= target["start"]]
    for paragraph in second["paragraphs"]:
        if paragraph["start"] > target["start"]:
            paragraph["start"] += shift
            paragraph["end"] += shift
    problems = validate_corpus([first, second, dict(first)])
    assert any(p.startswith("8-word run shared by") for p in problems)
    assert f"duplicate release id {first['id']}" in problems


def test_default_corpus_path_is_the_repository_file():
    assert DEFAULT_CORPUS == CORPUS_DIR / "corpus.jsonl" and DEFAULT_CORPUS.is_file()


def test_building_puts_new_releases_in_the_split_asked_for_and_keeps_stored_ones(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    sample = (CORPUS_DIR / "source" / "EXAMPLE.markup").read_text(encoding="utf-8").replace("demo-001", "a-001")
    second = ("### release a-002\ntopic: water-sanitation\norganization_type: ngo\n\n[headline]\n"
              "جمعية أهلية تحفر بئراً في قرية نائية\n\n[body sdg=6]\nحفرت الجمعية بئراً جديدة تسقي ثلاثمئة أسرة.\n")
    (source / "a.txt").write_text(sample + "\n" + second, encoding="utf-8")
    split = tmp_path / "split.tsv"
    split.write_text("a-001\ttest\n", encoding="utf-8")
    with pytest.raises(MarkupError, match="1 releases have no split"):
        build_corpus(source, split, tmp_path / "out.jsonl")
    with pytest.raises(MarkupError, match="new_split must be one of"):
        build_corpus(source, split, tmp_path / "out.jsonl", new_split="holdout")
    records = build_corpus(source, split, tmp_path / "out.jsonl", new_split="train")
    assert {r["id"]: r["split"] for r in records} == {"a-001": "test", "a-002": "train"}
    assert read_split(split) == {"a-001": "test", "a-002": "train"}
