"""Where multi-label decisions go wrong: which labels are predicted in place of, or beside, each gold label.

A multi-label prediction has no single "instead", so each paragraph that carries gold label *g* counts, in row
*g*, every label it was wrongly given (predicted but not gold). It counts as predicted **instead** of *g* when
*g* itself was missed, and **as well** when *g* was found too. The diagonal holds how often *g* was found.

    >>> gold, predicted = [{"A"}, {"A"}, {"B"}], [{"B"}, {"A", "C"}, {"B"}]
    >>> label_confusion(gold, predicted, ["A", "B", "C"], mode="instead")
    [[1, 1, 0], [0, 1, 0], [0, 0, 0]]
    >>> label_confusion(gold, predicted, ["A", "B", "C"], mode="as_well")
    [[1, 0, 1], [0, 1, 0], [0, 0, 0]]
"""

from __future__ import annotations

from typing import Iterable, Sequence

MODES = ("both", "instead", "as_well")


def label_confusion(gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]], labels: Sequence[str],
                    mode: str = "both") -> list[list[int]]:
    """Counts ``[gold label][predicted label]``: the diagonal is how often a gold label was predicted; off the
    diagonal, how often another label was wrongly predicted for it (``mode``: ``instead``, ``as_well`` or
    ``both``). Rows are not exclusive: a paragraph with two gold labels counts in both rows.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold items but {len(predicted)} predictions")
    position = {label: index for index, label in enumerate(labels)}
    counts = [[0] * len(labels) for _ in labels]
    for gold_labels, predicted_labels in zip(gold, predicted):
        gold_set, predicted_set = set(gold_labels), set(predicted_labels)
        wrong = [position[label] for label in predicted_set - gold_set if label in position]
        for label in gold_set & position.keys():
            row = position[label]
            found = label in predicted_set
            counts[row][row] += found
            if mode == "both" or (mode == "as_well") == found:
                for column in wrong:
                    counts[row][column] += 1
    return counts


def cooccurrence(label_sets: Sequence[Iterable[str]], labels: Sequence[str]) -> list[list[int]]:
    """How many items carry both labels, for every pair (the diagonal: how many carry the label).

    >>> cooccurrence([{"A", "B"}, {"A"}, {"B", "C"}], ["A", "B", "C"])
    [[2, 1, 0], [1, 2, 1], [0, 1, 1]]
    """
    position = {label: index for index, label in enumerate(labels)}
    counts = [[0] * len(labels) for _ in labels]
    for item in label_sets:
        present = sorted(position[label] for label in set(item) if label in position)
        for row in present:
            for column in present:
                counts[row][column] += 1
    return counts
