"""Precision, recall and F1 for multi-label decisions and for span sets, per label, micro and macro."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable, Sequence


@dataclass(frozen=True)
class LabelScore:
    label: str
    support: int
    predicted: int
    true_positives: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        total = self.predicted + self.support
        return 2 * self.true_positives / total if total else 0.0


def _summary(scores: Sequence[LabelScore]) -> dict[str, float]:
    true_positives = sum(s.true_positives for s in scores)
    predicted = sum(s.predicted for s in scores)
    support = sum(s.support for s in scores)
    micro = LabelScore("micro", support, predicted, true_positives)
    # Macro averages over labels with support: a label absent from the gold data has no recall to average.
    supported = [s for s in scores if s.support]
    count = len(supported) or 1
    return {"micro_precision": micro.precision, "micro_recall": micro.recall, "micro_f1": micro.f1,
            "macro_precision": sum(s.precision for s in supported) / count,
            "macro_recall": sum(s.recall for s in supported) / count,
            "macro_f1": sum(s.f1 for s in supported) / count, "support": support, "predicted": predicted}


def multilabel_scores(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]],
                      labels: Sequence[str]) -> tuple[dict[str, float], list[LabelScore]]:
    """Scores of per-item label sets: ``(summary, per-label scores)`` over ``labels``.

    >>> summary, per_label = multilabel_scores([{"A"}, {"A", "B"}, set()], [{"A"}, {"B"}, {"B"}], ["A", "B"])
    >>> [(s.label, s.support, s.predicted, s.true_positives) for s in per_label]
    [('A', 2, 1, 1), ('B', 1, 2, 1)]
    >>> round(summary["micro_f1"], 3), round(summary["macro_f1"], 3)
    (0.667, 0.667)
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold items but {len(predicted)} predictions")
    counts = {label: [0, 0, 0] for label in labels}
    for gold_labels, predicted_labels in zip(gold, predicted):
        gold_set, predicted_set = set(gold_labels), set(predicted_labels)
        for label in labels:
            counts[label][0] += label in gold_set
            counts[label][1] += label in predicted_set
            counts[label][2] += label in gold_set and label in predicted_set
    per_label = [LabelScore(label, *counts[label]) for label in labels]
    return _summary(per_label), per_label


def span_scores(gold: Sequence[Iterable[tuple[int, int, str]]], predicted: Sequence[Iterable[tuple[int, int, str]]],
                labels: Sequence[str]) -> tuple[dict[str, float], list[LabelScore]]:
    """Exact-match scores of labelled spans ``(start, end, label)`` per document."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold documents but {len(predicted)} predicted")
    counts = {label: [0, 0, 0] for label in labels}
    for gold_spans, predicted_spans in zip(gold, predicted):
        gold_set, predicted_set = set(gold_spans), set(predicted_spans)
        for *_, label in gold_set:
            if label in counts:
                counts[label][0] += 1
        for span in predicted_set:
            if span[-1] in counts:
                counts[span[-1]][1] += 1
                counts[span[-1]][2] += span in gold_set
    per_label = [LabelScore(label, *counts[label]) for label in labels]
    return _summary(per_label), per_label


def set_scores(gold: Sequence[Iterable[Hashable]], predicted: Sequence[Iterable[Hashable]]) -> dict[str, float]:
    """Micro precision, recall and F1 of arbitrary hashable items per document (officials as tuples, roles…).

    >>> round(set_scores([{("a", 1), ("b", 2)}], [{("a", 1), ("c", 3)}])["micro_f1"], 2)
    0.5
    """
    support = predicted_count = true_positives = 0
    for gold_items, predicted_items in zip(gold, predicted):
        gold_set, predicted_set = set(gold_items), set(predicted_items)
        support += len(gold_set)
        predicted_count += len(predicted_set)
        true_positives += len(gold_set & predicted_set)
    return _summary([LabelScore("item", support, predicted_count, true_positives)])
