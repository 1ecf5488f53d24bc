"""Entity-level scores: exact-span precision, recall and F1 per label and micro-averaged.

A predicted entity counts only when its start, end and label all equal a gold entity's. Inputs are one
collection of ``(start, end, label)`` per document, gold and predicted in the same order; offsets can be
characters or word indexes, as long as both sides use the same.

    >>> scores = score_entities([{(0, 4, "PER"), (9, 15, "LOC")}], [{(0, 4, "PER"), (9, 12, "LOC")}])
    >>> scores["micro"]
    {'precision': 0.5, 'recall': 0.5, 'f1': 0.5, 'support': 2, 'predicted': 2, 'correct': 1}
"""

from __future__ import annotations

from collections import Counter
from typing import Collection, Sequence

from arabic_release_nlp.entities.conll import LABELS, Entity
from arabic_release_nlp.evaluation.metrics import LabelScore, span_scores


def prf(correct: int, predicted: int, support: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts; a ratio with a zero denominator is 0.0.

    >>> prf(3, 4, 6)
    {'precision': 0.75, 'recall': 0.5, 'f1': 0.6, 'support': 6, 'predicted': 4, 'correct': 3}
    """
    score = LabelScore("", support, predicted, correct)
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1, "support": support,
            "predicted": predicted, "correct": correct}


def count_entities(gold: Sequence[Collection[Entity]], predicted: Sequence[Collection[Entity]],
                   labels: Sequence[str] = LABELS) -> dict[str, Counter]:
    """Per-label counts ``{"correct", "predicted", "support"}`` over documents (duplicates count once)."""
    _, per_label = span_scores(gold, predicted, labels)
    return {"correct": Counter({s.label: s.true_positives for s in per_label}),
            "predicted": Counter({s.label: s.predicted for s in per_label}),
            "support": Counter({s.label: s.support for s in per_label})}


def score_entities(gold: Sequence[Collection[Entity]], predicted: Sequence[Collection[Entity]],
                   labels: Sequence[str] = LABELS) -> dict[str, dict]:
    """Scores per label (every label of ``labels``, with or without support) and ``"micro"`` over them.

    Entities whose label is not in ``labels`` are left out of every figure.

    Returns:
        ``{"PER": {...}, "ORG": {...}, "LOC": {...}, "MISC": {...}, "micro": {...}}``, each with
        ``precision``, ``recall``, ``f1``, ``support`` (gold entities), ``predicted`` and ``correct``.
    """
    _, per_label = span_scores(gold, predicted, labels)
    scores = {s.label: prf(s.true_positives, s.predicted, s.support) for s in per_label}
    scores["micro"] = prf(sum(s.true_positives for s in per_label), sum(s.predicted for s in per_label),
                          sum(s.support for s in per_label))
    return scores


def format_scores(scores: dict[str, dict]) -> str:
    """A plain-text table of :func:`score_entities` output, one row per label then ``micro``."""
    lines = [f"{'label':6} {'P':>6} {'R':>6} {'F1':>6} {'support':>8} {'predicted':>10}"]
    for label, row in scores.items():
        lines.append(f"{label:6} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                     f"{row['support']:8d} {row['predicted']:10d}")
    return "\n".join(lines)
