"""Goals per paragraph and per release: explicit references, then the classifier, with evidence and targets."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Sequence

import numpy as np
from scipy import sparse

from arabic_release_nlp.goals.classifier import CONTEXT_SEPARATOR, GoalTagger
from arabic_release_nlp.goals.explicit import ExplicitGoal, ExplicitGoalFinder
from arabic_release_nlp.goals.features import ngram_spans
from arabic_release_nlp.goals.layout import LAYOUT_SEPARATOR, paragraph_layouts
from arabic_release_nlp.goals.migration_context import mentions_migration
from arabic_release_nlp.goals.taxonomy import Taxonomy

MAX_EVIDENCE = 3
MAX_TARGETS = 3
# Paragraph kinds that never carry goals: contacts and about-us notes describe the publisher, not the news.
SKIPPED_KINDS = frozenset({"boilerplate"})


def classifier_text(paragraph: str, release: str | None = None, layout: str | None = None) -> str:
    """What the classifier reads for a paragraph: the paragraph, then its release's text, then its layout code.

    A quote or a logistics paragraph often serves the goal its release announces; the rest of the release
    (its headline included) says which, and the layout (:mod:`goals.layout`) how likely the paragraph is to serve
    a goal of its own. ``release`` is :func:`release_context` of the release's scorable paragraphs. (Reading the
    headline with every paragraph, as the model did before the layout block, lent each paragraph the headline's
    goals: dev micro-F1 0.750 -> 0.759 for SDG, 0.763 -> 0.772 for GCM without it.)
    """
    text = f"{paragraph}{CONTEXT_SEPARATOR}{release}" if release else paragraph
    return f"{text}{LAYOUT_SEPARATOR}{layout}" if layout else text


def release_context(paragraphs: Sequence[str]) -> str:
    """The release context the classifier reads beside each paragraph: its scorable paragraphs, joined."""
    return "\n".join(paragraphs)


class GoalPredictor:
    """Combine the explicit-reference finder and a trained :class:`GoalTagger` over a release's paragraphs."""

    def __init__(self, tagger: GoalTagger, taxonomy: Taxonomy) -> None:
        self.tagger = tagger
        self.taxonomy = taxonomy
        self.finder = ExplicitGoalFinder(taxonomy.title_lookup)

    @cached_property
    def _vectorizers(self) -> tuple[Any, int, Any]:
        """The char vectorizer, the column offset of the word features, and the word vectorizer."""
        vectorizers = self.tagger.vectorizers_
        char, word = vectorizers.get("char"), vectorizers.get("word")
        return char, len(char.columns_) if char else 0, word

    @cached_property
    def _gcm_columns(self) -> np.ndarray:
        """The classifier's GCM labels: implicit ones need a release that speaks of migration."""
        return np.array([i for i, label in enumerate(self.tagger.classes_) if label.startswith("GCM")], dtype=np.int64)

    @cached_property
    def _targets(self) -> tuple[list[str], dict[int, np.ndarray], Any]:
        """Target ids, the row indices of each SDG's targets, and the targets' feature matrix."""
        targets = self.taxonomy.targets
        rows: dict[int, list[int]] = {}
        for row, target in enumerate(targets):
            rows.setdefault(target.goal, []).append(row)
        matrix = self.tagger.transform([t.text_ar for t in targets])[:, :self.tagger.paragraph_columns_]
        return [t.id for t in targets], {goal: np.array(r) for goal, r in rows.items()}, matrix

    def _ngram_features(self, text: str, features) -> tuple[list[tuple[int, int]], sparse.csr_matrix]:
        """The word n-grams of a paragraph (their first span) and, per n-gram, the feature values it carries.

        A word carries its character n-grams and its word feature; a bigram its word feature. Evidence for a
        label is then one product of this matrix with the label's coefficients.
        """
        char, word_offset, word = self._vectorizers
        spans_of = ngram_spans(text)
        terms = list(spans_of)
        rows, columns = [], []
        if char:
            unigrams = [(row, term) for row, term in enumerate(terms) if " " not in term]
            entries = char.word_counts([term for _, term in unigrams])
            rows += [np.full(len(kept), row) for (row, _), (kept, _) in zip(unigrams, entries)]
            columns += [kept for kept, _ in entries]
        if word:
            found = word.term_columns(terms)
            rows.append(np.array([row for row, term in enumerate(terms) if term in found], dtype=np.int64))
            columns.append(np.array([word_offset + found[term] for term in terms if term in found], dtype=np.int64))
        rows = np.concatenate(rows) if rows else np.zeros(0, np.int64)
        columns = np.concatenate(columns).astype(np.int64) if columns else np.zeros(0, np.int64)
        values = np.zeros(features.shape[1], dtype=np.float32)
        values[features.indices] = features.data
        present = values[columns] != 0
        rows, columns = rows[present], columns[present]
        order = np.lexsort((columns, rows))
        rows, columns = rows[order], columns[order]
        kept_rows, counts = np.unique(rows, return_counts=True)
        places = [spans_of[terms[row]][0] for row in kept_rows]
        indptr = np.concatenate([[0], np.cumsum(counts)])
        matrix = sparse.csr_matrix((values[columns], columns, indptr), shape=(len(places), features.shape[1]),
                                   dtype=np.float32)
        return places, matrix

    def _evidence(self, text: str, offset: int, ngrams, column: int) -> list[dict[str, Any]]:
        """Up to three spans of the paragraph whose features weigh most for the label (positive weight only)."""
        places, matrix = ngrams
        scores = matrix @ self.tagger.coef_[column] if places else np.zeros(0)
        chosen: list[tuple[int, int]] = []
        for index in np.argsort(-scores):
            if scores[index] <= 0 or len(chosen) == MAX_EVIDENCE:
                break
            start, end = places[index]
            if all(end <= a or start >= b for a, b in chosen):
                chosen.append((start, end))
        return [{"start": offset + a, "end": offset + b, "text": text[a:b]} for a, b in sorted(chosen)]

    def _similar_targets(self, goal: int, similarity: np.ndarray) -> list[dict[str, Any]]:
        ids, rows, _ = self._targets
        if goal not in rows:
            return []
        candidates = rows[goal][np.argsort(-similarity[rows[goal]])][:MAX_TARGETS]
        return [{"id": ids[i], "score": round(float(similarity[i]), 3)} for i in candidates if similarity[i] > 0]

    def _target_similarity(self, features) -> np.ndarray:
        """Cosine similarity of each paragraph (row) to every SDG target (TF-IDF blocks are unit length)."""
        columns = self.tagger.paragraph_columns_
        return (features[:, :columns] @ self._targets[2].T).toarray()

    def _goal(self, label: str, score: float, explicit: bool, evidence, targets) -> dict[str, Any]:
        goal = self.taxonomy.goal(label)
        return {"framework": goal.framework, "number": goal.number, "title_ar": goal.title_ar,
                "title_en": goal.title_en, "score": round(float(score), 4), "explicit": explicit,
                "evidence": evidence, "targets": targets}

    def _explicit_goal(self, text: str, reference: ExplicitGoal, similarity: np.ndarray) -> dict[str, Any]:
        evidence = [{"start": reference.start, "end": reference.end, "text": text[reference.start:reference.end]}]
        targets = [{"id": reference.target, "score": 1.0}] if reference.target else []
        if reference.framework == "SDG":
            targets += [t for t in self._similar_targets(reference.number, similarity) if t["id"] != reference.target]
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
        layouts = paragraph_layouts([text[start:end] for start, end in paragraphs], kinds, SKIPPED_KINDS)
        texts = [text[paragraphs[i][0]:paragraphs[i][1]] for i in indices]
        if self.tagger.reads_releases_in_one_pass:
            features = self.tagger.transform_release(texts, [layouts[index] for index in indices])
        else:
            context = release_context(texts)
            features = self.tagger.transform([classifier_text(paragraph, context, layouts[index])
                                              for paragraph, index in zip(texts, indices)])
        probabilities = self.tagger.scores(features)
        decisions = probabilities >= self.tagger.thresholds_
        if decisions[:, self._gcm_columns].any() and not mentions_migration(text):
            decisions[:, self._gcm_columns] = False
        similarities = None
        for row, index in enumerate(indices):
            row_features = features[row]
            columns = np.flatnonzero(decisions[row])
            if not columns.size and row not in explicit:
                continue
            if similarities is None:
                similarities = self._target_similarity(features)
            similarity = similarities[row]
            goals = {(ref.framework, ref.number): self._explicit_goal(text, ref, similarity)
                     for ref in explicit.get(row, [])}
            ngrams = None
            for column in columns:
                label = self.tagger.classes_[column]
                framework, number = label.split()
                if (framework, int(number)) in goals:
                    continue
                ngrams = ngrams or self._ngram_features(texts[row], row_features)
                targets = self._similar_targets(int(number), similarity) if framework == "SDG" else []
                evidence = self._evidence(texts[row], paragraphs[index][0], ngrams, column)
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
