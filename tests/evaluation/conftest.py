"""Fixtures for evaluation: hand-made releases with their gold records, a tiny goal model, a small corpus file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arabic_release_nlp.corpus import load_corpus
from arabic_release_nlp.goals.classifier import GoalTagger
from arabic_release_nlp.goals.custom_model import save_goal_tagger
from arabic_release_nlp.goals.training import paragraph_examples
from arabic_release_nlp.structure.release import Paragraph, Release

WORDS = ["أطلقت", "المنظمة", "برنامجا", "جديدا", "لدعم", "المدارس", "في", "المحافظات", "الشمالية", "اليوم"]


def paragraph_text(number: int) -> str:
    return " ".join(WORDS[(number + k) % len(WORDS)] for k in range(6)) + "."


def goal(label: str, score: float = 0.8, explicit: bool = False, evidence: tuple[str, ...] = ()) -> dict:
    framework, number = label.split()
    return {"framework": framework, "number": int(number), "score": score, "explicit": explicit,
            "evidence": [{"start": 0, "end": len(text), "text": text} for text in evidence]}


def make_pair(id: str, paragraphs: list[tuple[str, list[str], list]], split: str = "test") -> tuple[Release, dict]:
    """A gold record and an analysed Release of the same text.

    ``paragraphs``: ``(kind, gold labels, predicted goals)`` per paragraph; predicted goals are labels or goal dicts.
    """
    texts = [paragraph_text(number) for number in range(len(paragraphs))]
    text = "\n\n".join(texts)
    record = {"id": id, "text": text, "split": split, "paragraphs": [], "entities": []}
    release = Release(id=id, text=text)
    start = 0
    for index, ((kind, gold, predicted), paragraph) in enumerate(zip(paragraphs, texts)):
        end = start + len(paragraph)
        record["paragraphs"].append({"start": start, "end": end, "kind": kind,
                                     "sdg": [int(label.split()[1]) for label in gold if label.startswith("SDG")],
                                     "gcm": [int(label.split()[1]) for label in gold if label.startswith("GCM")]})
        goals = [goal(item) if isinstance(item, str) else item for item in predicted]
        release.paragraphs.append(Paragraph(index, start, end, paragraph, kind, goals=goals))
        start = end + 2
    return release, record


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """A corpus file with 24 train releases and 6 test releases of our corpus."""
    records = load_corpus(split="train")[:24] + load_corpus(split="test")[:6]
    path = tmp_path_factory.mktemp("corpus") / "small.jsonl"
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_tagger(small_corpus) -> GoalTagger:
    examples = paragraph_examples(load_corpus(small_corpus, split="train"))
    return GoalTagger(features="char", max_char_features=3000, default_threshold=0.3).fit(examples.texts,
                                                                                          examples.labels)


@pytest.fixture(scope="session")
def tiny_model(tiny_tagger, tmp_path_factory) -> Path:
    return save_goal_tagger(tiny_tagger, tmp_path_factory.mktemp("models") / "goals-tiny",
                            training_data="24 releases of our corpus's train split")
