"""A stratified train/dev/test split by release, drawn once and stored beside the corpus."""

from __future__ import annotations

import random
from collections import Counter

PROPORTIONS = {"train": 0.70, "dev": 0.15, "test": 0.15}


def release_labels(record: dict) -> set[str]:
    """The goal labels a release carries in any of its paragraphs: «SDG 3», «GCM 10»."""
    labels = set()
    for paragraph in record["paragraphs"]:
        labels.update(f"SDG {n}" for n in paragraph["sdg"])
        labels.update(f"GCM {n}" for n in paragraph["gcm"])
    return labels


def stratified_split(records: list[dict], proportions: dict[str, float] = PROPORTIONS, seed: int = 13) -> dict[str, str]:
    """Assign each release id to a split so that every label is spread by ``proportions``.

    Iterative stratification (Sechidis et al., 2011): releases are placed rarest label first, each into the
    split that most lacks that label, so every label that occurs in at least a few releases has test examples.
    """
    rng = random.Random(seed)
    label_counts = Counter(label for record in records for label in release_labels(record))
    wanted = {split: {label: share * count for label, count in label_counts.items()} for split, share in proportions.items()}
    room = {split: share * len(records) for split, share in proportions.items()}
    pending = list(records)
    rng.shuffle(pending)
    pending.sort(key=lambda record: min((label_counts[label] for label in release_labels(record)), default=10**9))
    assignment = {}
    for record in pending:
        labels = release_labels(record)
        rarest = min(labels, key=lambda label: label_counts[label], default=None)

        def need(split: str) -> tuple[float, float]:
            return (wanted[split][rarest] if rarest else 0.0, room[split])

        split = max(proportions, key=need)
        assignment[record["id"]] = split
        room[split] -= 1
        for label in labels:
            wanted[split][label] -= 1
    return assignment
