"""Goals per paragraph and per release: explicit references, then the classifier, with evidence and targets."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Sequence

import numpy as np

from arabic_release_nlp.goals.classifier import GoalTagger
from arabic_release_nlp.goals.explicit import ExplicitGoal, ExplicitGoalFinder
from arabic_release_nlp.goals.features import ngram_spans
from arabic_release_nlp.goals.taxonomy import Taxonomy

MAX_EVIDENCE = 3
MAX_TARGETS = 3
# Paragraph kinds that never carry goals: contacts and about-us notes describe the publisher, not the news.
SKIPPED_KINDS = frozenset({"boilerplate"})


def classifier_text(paragraph: str, headline: str | None) -> str:
    """What the classifier reads for a paragraph: the paragraph, then the release's headline as context.

    A quote or a logistics paragraph often serves the goal its release announces; the headline says which.
    """
    return f"{paragraph}\n{headline}" if headline and headline != paragraph else paragraph


class GoalPredictor:
    """Combine the explicit-reference finder and a trained :class:`GoalTagger` over a release's paragraphs."""

    def __init__(self, tagger: GoalTagger, taxonomy: Taxonomy) -> None:
        self.tagger = tagger
        self.taxonomy = taxonomy
        self.finder = ExplicitGoalFinder(taxonomy.title_lookup)

    @cached_property
    def _vocabularies(self) -> tuple[dict[str, int], Any, int, dict[str, int]]:
        """Char vocabulary and analyzer, and the column offset and vocabulary of the word features."""
        vectorizers = self.tagger.vectorizers_
        char = vectorizers.get("char")
        char_vocabulary = char.vocabulary_ if char else {}
        analyzer = char.build_analyzer() if char else None
        word = vectorizers.get("word")
        return char_vocabulary, analyzer, len(char_vocabulary), word.vocabulary_ if word else {}

    @cached_property
    def _targets(self) -> dict[int, tuple[list[str], Any]]:
        """Per SDG goal: its target ids and their feature vectors, for target similarity."""
        by_goal: dict[int, list] = {}
        for target in self.taxonomy.targets:
            by_goal.setdefault(target.goal, []).append(target)
        return {goal: ([t.id for t in targets], self.tagger.transform([t.text_ar for t in targets]))
                for goal, targets in by_goal.items()}

    def _evidence(self, text: str, offset: int, features, column: int) -> list[dict[str, Any]]:
        """Up to three spans of the paragraph ``text`` whose features weigh most for the label.

        A word's weight is the sum, over its character n-grams and its word features, of feature value
        times the label's coefficient; word bigrams are scored the same way as two-word spans.
        """
        char_vocabulary, analyzer, word_offset, word_vocabulary = self._vocabularies
        weights = self.tagger.coef_[column]
        values = dict(zip(features.indices, features.data))

        def weight(columns) -> float:
            return sum(values[c] * weights[c] for c in columns if c in values)

        scored = []
        for feature, places in ngram_spans(text).items():
            columns = [word_offset + word_vocabulary[feature]] if feature in word_vocabulary else []
            if " " not in feature and analyzer is not None:
                columns += [char_vocabulary[g] for g in set(analyzer(feature)) if g in char_vocabulary]
            score = weight(columns)
            if score > 0:
                scored.append((score, places[0]))
        chosen: list[tuple[int, int]] = []
        for _, (start, end) in sorted(scored, reverse=True):
            if all(end <= a or start >= b for a, b in chosen):
                chosen.append((start, end))
            if len(chosen) == MAX_EVIDENCE:
                break
        return [{"start": offset + a, "end": offset + b, "text": text[a:b]} for a, b in sorted(chosen)]

    def _similar_targets(self, goal: int, features) -> list[dict[str, Any]]:
        if goal not in self._targets:
            return []
        ids, matrix = self._targets[goal]
        similarity = np.asarray((matrix @ features.T).todense()).ravel()
        best = np.argsort(-similarity)[:MAX_TARGETS]
        return [{"id": ids[i], "score": round(float(similarity[i]), 3)} for i in best if similarity[i] > 0]

    def _goal(self, label: str, score: float, explicit: bool, evidence, targets) -> dict[str, Any]:
        goal = self.taxonomy.goal(label)
        return {"framework": goal.framework, "number": goal.number, "title_ar": goal.title_ar,
                "title_en": goal.title_en, "score": round(float(score), 4), "explicit": explicit,
                "evidence": evidence, "targets": targets}

    def _explicit_goal(self, text: str, reference: ExplicitGoal, features) -> dict[str, Any]:
        evidence = [{"start": reference.start, "end": reference.end, "text": text[reference.start:reference.end]}]
        targets = [{"id": reference.target, "score": 1.0}] if reference.target else []
        if reference.framework == "SDG":
            targets += [t for t in self._similar_targets(reference.number, features) if t["id"] != reference.target]
        return self._goal(f"{reference.framework} {reference.number}", 1.0, True, evidence, targets[:MAX_TARGETS])

    def predict(self, text: str, paragraphs: Sequence[tuple[int, int]],
                kinds: Sequence[str] | None = None) -> tuple[dict[int, list[dict]], list[dict]]:
        """Goals of each paragraph (by index) and of the whole release.

        Args:
            text: the release's original text.
            paragraphs: ``(start, end)`` of each paragraph.
            kinds: each paragraph's kind; boilerplate paragraphs get no goals.
        """
        kinds = kinds or ["body"] * len(paragraphs)
        indices = [i for i, kind in enumerate(kinds) if kind not in SKIPPED_KINDS]
        per_paragraph: dict[int, list[dict]] = {}
        if not indices:
            return per_paragraph, []
        explicit = self.finder.find(text, [paragraphs[i] for i in indices])
        texts = [text[paragraphs[i][0]:paragraphs[i][1]] for i in indices]
        headline = text[paragraphs[0][0]:paragraphs[0][1]] if kinds[0] == "headline" else None
        features = self.tagger.transform([classifier_text(paragraph, headline) for paragraph in texts])
        probabilities = self.tagger.scores(features)
        decisions = probabilities >= self.tagger.thresholds_
        for row, index in enumerate(indices):
            row_features = features[row]
            goals = {(ref.framework, ref.number): self._explicit_goal(text, ref, row_features)
                     for ref in explicit.get(row, [])}
            for column in np.flatnonzero(decisions[row]):
                label = self.tagger.classes_[column]
                framework, number = label.split()
                if (framework, int(number)) in goals:
                    continue
                targets = self._similar_targets(int(number), row_features) if framework == "SDG" else []
                evidence = self._evidence(texts[row], paragraphs[index][0], row_features, column)
                goals[(framework, int(number))] = self._goal(label, probabilities[row, column], False, evidence, targets)
            if goals:
                per_paragraph[index] = sorted(goals.values(), key=lambda g: (-g["score"], g["framework"], g["number"]))
        return per_paragraph, document_goals(per_paragraph)


def document_goals(per_paragraph: dict[int, list[dict]]) -> list[dict]:
    """The release's goals: the union over paragraphs, score the maximum, with the paragraphs that carry each."""
    merged: dict[tuple[str, int], dict] = {}
    for index in sorted(per_paragraph):
        for goal in per_paragraph[index]:
            key = (goal["framework"], goal["number"])
            if key not in merged:
                merged[key] = {k: goal[k] for k in ("framework", "number", "title_ar", "title_en", "score", "explicit")}
                merged[key]["paragraphs"] = []
            entry = merged[key]
            entry["score"] = max(entry["score"], goal["score"])
            entry["explicit"] = entry["explicit"] or goal["explicit"]
            entry["paragraphs"].append(index)
    return sorted(merged.values(), key=lambda g: (-g["score"], g["framework"], g["number"]))
