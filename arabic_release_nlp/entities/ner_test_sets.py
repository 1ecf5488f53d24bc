"""Evaluation sets for NER (a CoNLL file, a split of our corpus) and scoring a pipeline on them.

    >>> from arabic_release_nlp.entities.ner_test_sets import corpus_evaluation_set, evaluate_pipeline, ner_pipeline
    >>> test = corpus_evaluation_set("data/corpus/corpus.jsonl", "test")     # doctest: +SKIP
    >>> evaluate_pipeline(ner_pipeline(domain=test.domain), test)["exact"]["micro"]["f1"]  # doctest: +SKIP
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from spacy.language import Language

from arabic_release_nlp.entities.conll import Entity, align_sentence, project_to_words, read_conll
from arabic_release_nlp.entities.ner_data import corpus_records, record_entities
from arabic_release_nlp.entities.ner_evaluation import score_entities


@dataclass
class EvaluationSet:
    """Texts with gold entities (character spans); CoNLL sets also keep the corpus's own word segmentation."""

    name: str
    texts: list[str]
    gold: list[set[Entity]]
    domain: str = "release"  # the kind of text, for a model trained with domains (ner_component.DOMAINS)
    word_spans: list[tuple[tuple[int, int], ...]] = field(default_factory=list)
    word_gold: list[set[Entity]] = field(default_factory=list)


def conll_evaluation_set(path: str | Path) -> EvaluationSet:
    """One text per sentence of a CoNLL file; gold aligned to our tokens (clitics outside), and as words."""
    aligned = [align_sentence(sentence) for sentence in read_conll(path)]
    return EvaluationSet(Path(path).name, [a.text for a in aligned], [set(a.entities) for a in aligned], "news",
                         [a.word_spans for a in aligned], [set(a.word_entities) for a in aligned])


def corpus_evaluation_set(path: str | Path, split: str) -> EvaluationSet:
    """Whole releases of one split of our corpus, as the pipeline sees them."""
    records = corpus_records(path, split)
    return EvaluationSet(f"{Path(path).name}:{split}", [r["text"] for r in records],
                         [set(record_entities(r)) for r in records])


def predict_entities(nlp: Language, texts: Sequence[str], batch_size: int = 64) -> list[set[Entity]]:
    """``(start, end, label)`` character spans of ``doc.ents`` for each text."""
    return [{(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents}
            for doc in nlp.pipe(texts, batch_size=batch_size)]


def evaluate_pipeline(nlp: Language, evaluation_set: EvaluationSet) -> dict:
    """Exact-span scores on our tokens (``"exact"``), scores on the corpus's words for CoNLL sets
    (``"words"``: a prediction counts for the words it touches, as published results are scored), and speed."""
    started = time.perf_counter()
    predicted = predict_entities(nlp, evaluation_set.texts)
    seconds = time.perf_counter() - started
    words = sum(len(text.split()) for text in evaluation_set.texts)
    result = {"set": evaluation_set.name, "exact": score_entities(evaluation_set.gold, predicted),
              "words": None, "words_per_second": words / seconds if seconds else 0.0}
    if evaluation_set.word_spans:
        projected = [project_to_words(p, spans) for p, spans in zip(predicted, evaluation_set.word_spans)]
        result["words"] = score_entities(evaluation_set.word_gold, projected)
    return result


def ner_pipeline(model: str | Path | None = None, domain: str = "release") -> Language:
    """Our tokenizer and the ``arn_ner`` component, with the shipped model or the one in ``model``, for texts of
    ``domain`` (``"release"`` or ``"news"``)."""
    from arabic_release_nlp.entities import ner_component  # noqa: F401  (registers arn_ner)
    from arabic_release_nlp.pipeline import blank_arabic

    nlp = blank_arabic()
    nlp.add_pipe("arn_ner", config={"model": str(model) if model else None, "domain": domain})
    return nlp


def format_evaluation(result: dict) -> str:
    """The tables of :func:`evaluate_pipeline`: exact spans on our tokens, then on the corpus's words if any."""
    from arabic_release_nlp.entities.ner_evaluation import format_scores

    parts = [f"{result['set']}: exact spans on our tokens (proclitics outside)", format_scores(result["exact"])]
    if result.get("words"):
        parts += ["", f"{result['set']}: spans on the corpus's own words (as published results are scored)",
                  format_scores(result["words"])]
    parts += ["", f"{result['words_per_second']:,.0f} words/s (tokenizer + NER)"]
    return "\n".join(parts)
