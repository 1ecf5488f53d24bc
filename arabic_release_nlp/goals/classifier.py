"""``GoalTagger``: a scikit-learn estimator that scores paragraphs for the 17 SDGs and 23 GCM objectives.

Features are TF-IDF over hashed character n-grams of the normalised text plus word n-grams from our tokenizer
(:mod:`goals.hashed_tfidf`: no vocabulary to store, so the model loads fast);
one binary classifier per label gives calibrated probabilities; per-label thresholds (tuned on held-out
data with :meth:`GoalTagger.tune_thresholds`) turn them into decisions.

    >>> tagger = GoalTagger(max_char_features=2000, max_word_features=2000)
    >>> texts = ["تطعيم الأطفال ضد الحصبة", "مكافحة الاتجار بالبشر", "تطعيم وصحة الأمهات", "ضحايا الاتجار"]
    >>> tagger = tagger.fit(texts, [["SDG 3"], ["SDG 16"], ["SDG 3"], ["SDG 16"]])
    >>> tagger.predict_labels(["حملة تطعيم جديدة"])
    [['SDG 3']]
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from scipy import sparse
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.preprocessing import MultiLabelBinarizer

from arabic_release_nlp.goals.hashed_tfidf import HashedTfidfVectorizer
from arabic_release_nlp.goals.layout import LAYOUT_SEPARATOR, layout_matrix
from arabic_release_nlp.goals.word_vector_block import WordVectorBlock, unit_rows

FEATURE_SETS = ("char+word", "char", "word")

# Separates a paragraph from its release's text in a classifier input (see ``predictor.classifier_text``).
CONTEXT_SEPARATOR = "\x1e"


def split_context(text: str) -> tuple[str, str]:
    """``(paragraph, release context)`` of a classifier input; a text without context is its own context."""
    paragraph, separator, context = split_layout(text)[0].partition(CONTEXT_SEPARATOR)
    return paragraph, context if separator else paragraph


def split_layout(text: str) -> tuple[str, str]:
    """``(text, layout code)`` of a classifier input (see :mod:`goals.layout`); the code is empty when absent."""
    text, _, layout = text.partition(LAYOUT_SEPARATOR)
    return text, layout


MODELS = ("logistic", "svm")


class GoalTagger(ClassifierMixin, BaseEstimator):
    """Multi-label goal classifier over paragraph texts.

    Args:
        features: ``"char+word"``, ``"char"`` or ``"word"``.
        model: ``"logistic"`` (logistic regression) or ``"svm"`` (linear SVM with sigmoid calibration).
        char_ngram_range, word_ngram_range: n-gram sizes (words come as unigrams and bigrams).
        max_char_features, max_word_features: vocabulary limits, which bound the model's size.
        C: inverse regularisation strength.
        context_weight: weight of the release-context block: the same features computed over the whole
            release's text (after ``CONTEXT_SEPARATOR`` in an input), so that a paragraph is read in the light
            of what its release is about. 0 leaves the block out.
        layout_weight: weight of the layout block: the paragraph's kind, place and length in its release
            (:mod:`goals.layout`; a code after ``LAYOUT_SEPARATOR`` in an input). 0 leaves the block out.
        vector_weight: weight of the word-vector block: the mean word vector of the paragraph and of its release
            (:mod:`goals.word_vector_block`; vectors trained on the training paragraphs at fit time). 0 leaves it out.
        default_threshold: the decision threshold of a label until :meth:`tune_thresholds` sets it.
        labels: the full label set, so that labels without training examples still have a column.
        random_state: seed for the solvers.
    """

    def __init__(self, features: str = "char+word", model: str = "logistic", char_ngram_range=(2, 5),
                 max_char_features: int = 40000, max_word_features: int = 20000, C: float = 3.0,
                 context_weight: float = 1.0, layout_weight: float = 0.0, vector_weight: float = 0.0,
                 default_threshold: float = 0.35,
                 labels: Sequence[str] | None = None, random_state: int = 0):
        self.features = features
        self.model = model
        self.char_ngram_range = char_ngram_range
        self.max_char_features = max_char_features
        self.max_word_features = max_word_features
        self.C = C
        self.context_weight = context_weight
        self.layout_weight = layout_weight
        self.vector_weight = vector_weight
        self.default_threshold = default_threshold
        self.labels = labels
        self.random_state = random_state

    def _vectorizers(self) -> dict[str, HashedTfidfVectorizer]:
        vectorizers = {}
        if "char" in self.features:
            vectorizers["char"] = HashedTfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngram_range),
                                                        max_features=self.max_char_features)
        if "word" in self.features:
            vectorizers["word"] = HashedTfidfVectorizer(analyzer="word", min_df=2, max_features=self.max_word_features)
        return vectorizers

    def _base_classifier(self):
        # Imported here: inference needs only the vectorizers and the weights, and loads faster without these.
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression
        from sklearn.svm import LinearSVC

        if self.model == "logistic":
            return LogisticRegression(C=self.C, solver="liblinear", class_weight="balanced",
                                      random_state=self.random_state)
        if self.model == "svm":
            return CalibratedClassifierCV(LinearSVC(C=self.C / 10, class_weight="balanced",
                                                    random_state=self.random_state), method="sigmoid", cv=3)
        raise ValueError(f"model must be one of {MODELS}, got {self.model!r}")

    @property
    def paragraph_columns_(self) -> int:
        """How many leading feature columns describe the paragraph itself (the rest describe its release)."""
        return sum(len(self.vectorizers_[name].columns_) for name in ("char", "word") if name in self.vectorizers_)

    def _block(self, texts: Sequence[str]) -> sparse.csr_matrix:
        parts = [self.vectorizers_[name].transform(texts) for name in ("char", "word") if name in self.vectorizers_]
        return sparse.hstack(parts, format="csr", dtype=np.float32)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """The feature matrix of ``texts``: the paragraph's features (char, then word), then its release's, then
        its layout's, then the word vectors of the paragraph and of its release."""
        pairs = [split_context(text) for text in texts]
        paragraph_texts = [paragraph for paragraph, _ in pairs]
        paragraphs = self._block(paragraph_texts)
        own_context = all(context is paragraph for paragraph, context in pairs)  # texts without context
        # every paragraph of a release shares its context: compute each distinct one once
        distinct: dict[str, int] = {}
        rows = [distinct.setdefault(context, len(distinct)) for _, context in pairs]
        contexts = None
        if self.context_weight:
            contexts = paragraphs if own_context else self._block(list(distinct))[rows]
        vectors = None
        if self._vector_block is not None:
            paragraph_vectors = self._vector_block.transform(paragraph_texts)
            context_vectors = paragraph_vectors if own_context else self._vector_block.transform(list(distinct))[rows]
            vectors = np.hstack([paragraph_vectors, context_vectors])
        return self._assemble(paragraphs, contexts, [split_layout(text)[1] for text in texts], vectors)

    @property
    def _vector_block(self) -> WordVectorBlock | None:
        # Models saved before the word-vector block have no vector_weight.
        return getattr(self, "vector_block_", None) if getattr(self, "vector_weight", 0.0) else None

    def _assemble(self, paragraphs: sparse.csr_matrix, contexts: sparse.csr_matrix | None,
                  layouts: Sequence[str], vectors: np.ndarray | None = None) -> sparse.csr_matrix:
        """The feature matrix from its blocks: paragraphs, their release contexts (weighted), their layouts, and the
        word vectors of paragraphs and contexts (weighted)."""
        blocks = [paragraphs]
        if contexts is not None:
            blocks.append(contexts * np.float32(self.context_weight))
        # Models saved before the layout block have no layout_weight.
        if getattr(self, "layout_weight", 0.0):
            blocks.append(sparse.csr_matrix(layout_matrix(list(layouts)) * np.float32(self.layout_weight)))
        if vectors is not None:
            blocks.append(sparse.csr_matrix(vectors * np.float32(self.vector_weight)))
        return blocks[0] if len(blocks) == 1 else sparse.hstack(blocks, format="csr", dtype=np.float32)

    @property
    def reads_releases_in_one_pass(self) -> bool:
        """Whether :meth:`transform_release` applies: character n-grams stay inside words, so a release's counts are
        the sum of its paragraphs' (word bigrams would cross paragraph boundaries)."""
        return self.features == "char" and bool(self.context_weight)

    def transform_release(self, paragraphs: Sequence[str], layouts: Sequence[str]) -> sparse.csr_matrix:
        """:meth:`transform` of each paragraph read with its release (the paragraphs joined by newlines, as
        ``predictor.release_context`` joins them) and its layout code, hashing every paragraph once: the same
        matrix, built from the paragraphs' counts and their sum. Needs :attr:`reads_releases_in_one_pass`."""
        char = self.vectorizers_["char"]
        counts = char.kept_counts(paragraphs)
        release = sparse.csr_matrix(counts.sum(axis=0), dtype=np.float32)
        contexts = char.weigh(release)[np.zeros(len(paragraphs), dtype=np.int32)]
        vectors = None
        if self._vector_block is not None:  # the release's sum of word vectors is the sum of its paragraphs'
            sums = self._vector_block.sums(paragraphs)
            release_vector = unit_rows(sums.sum(axis=0, keepdims=True))
            vectors = np.hstack([unit_rows(sums), np.repeat(release_vector, len(paragraphs), axis=0)])
        return self._assemble(char.weigh(counts), contexts, layouts, vectors)

    def fit(self, texts: Sequence[str], labels: Sequence[Sequence[str]], sample_weight=None) -> GoalTagger:
        """Learn from paragraph texts and their label lists (``[["SDG 3", "GCM 10"], []]``)."""
        if self.features not in FEATURE_SETS:
            raise ValueError(f"features must be one of {FEATURE_SETS}, got {self.features!r}")
        self.binarizer_ = MultiLabelBinarizer(classes=list(self.labels) if self.labels else None)
        targets = self.binarizer_.fit_transform(labels)
        self.classes_ = np.array(self.binarizer_.classes_)
        self.vectorizers_ = self._vectorizers()
        paragraphs = [split_context(text)[0] for text in texts]
        for vectorizer in self.vectorizers_.values():
            vectorizer.fit(paragraphs)
        self.vector_block_ = WordVectorBlock.train(paragraphs, seed=self.random_state) if self.vector_weight else None
        features = self.transform(texts)
        # coef_ holds every label's feature weights (for evidence); a logistic model also scores with it directly.
        self.coef_ = np.zeros((targets.shape[1], features.shape[1]), dtype=np.float32)
        self.intercept_ = np.zeros(targets.shape[1], dtype=np.float32)
        self.estimators_ = []
        for column in range(targets.shape[1]):
            y = targets[:, column]
            if y.min() == y.max():  # a label never (or always) seen: a constant answer
                self.intercept_[column] = 20.0 if y[0] else -20.0
                self.estimators_.append(None)
                continue
            estimator = self._base_classifier().fit(features, y, sample_weight=sample_weight)
            if self.model == "logistic":
                self.coef_[column] = estimator.coef_[0]
                self.intercept_[column] = estimator.intercept_[0]
                self.estimators_.append(None)
            else:
                self.coef_[column] = np.mean([c.estimator.coef_[0] for c in estimator.calibrated_classifiers_], axis=0)
                self.estimators_.append(estimator)
        if self.model == "logistic":
            self.estimators_ = None  # the weights above are the whole model
        self.thresholds_ = np.full(len(self.classes_), self.default_threshold, dtype=np.float32)
        self._coef_t = None
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probability of every label for every text: shape ``(len(texts), len(classes_))``."""
        return self.scores(self.transform(texts))

    def scores(self, features: sparse.csr_matrix) -> np.ndarray:
        """Probabilities from an already computed feature matrix."""
        if getattr(self, "_coef_t", None) is None or self._coef_t.shape[::-1] != self.coef_.shape:
            # A C-ordered copy of the transposed weights: the sparse product would copy coef_.T on every call.
            self._coef_t = np.ascontiguousarray(self.coef_.T)
        linear = np.asarray(features @ self._coef_t) + self.intercept_
        probabilities = expit(linear).astype(np.float32)
        for column, estimator in enumerate(self.estimators_ or []):
            if estimator is not None:
                probabilities[:, column] = estimator.predict_proba(features)[:, 1]
        return probabilities

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """0/1 decisions per label (the label indicator matrix)."""
        return (self.predict_proba(texts) >= self.thresholds_).astype(int)

    def predict_labels(self, texts: Sequence[str]) -> list[list[str]]:
        """The predicted label strings of each text."""
        return [list(self.classes_[row.astype(bool)]) for row in self.predict(texts)]

    def tune_thresholds(self, texts: Sequence[str], labels: Sequence[Sequence[str]], min_support: int = 4,
                        grid: Sequence[float] = tuple(np.arange(0.1, 0.91, 0.05))) -> GoalTagger:
        """Set each label's threshold to the one that maximises its F1 on held-out ``texts``.

        Labels with fewer than ``min_support`` held-out positives share one threshold, tuned for micro-F1
        over all of them, since a handful of examples cannot tune a threshold of their own.
        """
        return self.tune_thresholds_from_scores(self.predict_proba(texts), labels, min_support, grid)

    def tune_thresholds_from_scores(self, probabilities: np.ndarray, labels: Sequence[Sequence[str]],
                                    min_support: int = 4,
                                    grid: Sequence[float] = tuple(np.arange(0.1, 0.91, 0.05))) -> GoalTagger:
        """:meth:`tune_thresholds` from probabilities computed elsewhere (e.g. out-of-fold predictions)."""
        self.thresholds_ = best_thresholds(probabilities, self.binarizer_.transform(labels), min_support, grid,
                                           self.default_threshold)
        return self


def best_thresholds(probabilities: np.ndarray, gold: np.ndarray, min_support: int = 4,
                    grid: Sequence[float] = tuple(np.arange(0.1, 0.91, 0.05)),
                    default: float = 0.35) -> np.ndarray:
    """Per column of ``gold`` (a 0/1 label matrix), the threshold on ``probabilities`` with the best F1.

    Columns with fewer than ``min_support`` positives share one threshold, tuned for micro-F1 over all of them.
    """
    def f1(columns, threshold):
        predicted = probabilities[:, columns] >= threshold
        true_positive = (predicted & (gold[:, columns] == 1)).sum()
        return 2 * true_positive / max(predicted.sum() + gold[:, columns].sum(), 1)

    rare = [c for c in range(gold.shape[1]) if gold[:, c].sum() < min_support]
    shared = max(grid, key=lambda t: f1(rare, t)) if rare else default
    return np.array([shared if column in rare else max(grid, key=lambda t: f1([column], t))
                     for column in range(gold.shape[1])], dtype=np.float32)
