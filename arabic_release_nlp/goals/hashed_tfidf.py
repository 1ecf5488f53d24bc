"""TF-IDF over hashed n-grams, keeping only the columns seen often in training: a model with no vocabulary.

A ``TfidfVectorizer`` stores its vocabulary as a dict of tens of thousands of strings, which ``skops`` takes
seconds to rebuild at load time. Here an n-gram's column is its hash (as ``HashingVectorizer`` computes it);
fitting keeps the ``max_features`` columns with the highest document frequency, as two small arrays (the
kept hash columns, sorted, and their idf), which load in milliseconds.

Character n-grams stay inside words, so a text's ``char_wb`` counts are the sum of its words'. Each distinct word is
hashed once and its kept columns are cached (outside the estimator, so the cache is never saved with the model):
words repeat across paragraphs, and most of the hashing disappears.

    >>> vectorizer = HashedTfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), max_features=50)
    >>> matrix = vectorizer.fit(["تطعيم الأطفال", "صحة الأطفال"]).transform(["تطعيم"])
    >>> matrix.shape, round(float(matrix.multiply(matrix).sum()), 3)   # rows are unit length
    ((1, 32), 1.0)
"""

from __future__ import annotations

from typing import Sequence
from weakref import WeakKeyDictionary

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer

from arabic_release_nlp.goals.features import word_ngrams
from arabic_release_nlp.text.normalize import normalize_for_matching

ANALYZERS = ("char_wb", "word")
# Each vectorizer's cache: normalised word -> (kept columns, counts) of its character n-grams, about 1 KB a word. It
# is emptied at 50,000 words (50 MB): on 3,000 news articles, goal tagging took as long with a limit of 20,000 or
# 200,000 words.
_WORD_CACHES: WeakKeyDictionary = WeakKeyDictionary()
_MAX_CACHED_WORDS = 50_000


def _terms(terms: list[str]) -> list[str]:
    return terms


class HashedTfidfVectorizer(TransformerMixin, BaseEstimator):
    """Sublinear TF-IDF with l2-normalised rows over hashed n-grams.

    Args:
        analyzer: ``"char_wb"`` (character n-grams inside words of the normalised text) or ``"word"``
            (word unigrams and bigrams of :func:`goals.features.word_ngrams`).
        ngram_range: character n-gram sizes (``char_wb`` only).
        n_features: size of the hash space; collisions are rare when it is far larger than ``max_features``.
        max_features: how many columns to keep (those in most training texts).
        min_df: minimum number of training texts a kept column occurs in.
    """

    def __init__(self, analyzer: str = "char_wb", ngram_range=(2, 5), n_features: int = 2 ** 21,
                 max_features: int = 40000, min_df: int = 1):
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.n_features = n_features
        self.max_features = max_features
        self.min_df = min_df

    def _hasher(self, analyzer=None, preprocessor=normalize_for_matching) -> HashingVectorizer:
        if self.analyzer not in ANALYZERS:
            raise ValueError(f"analyzer must be one of {ANALYZERS}, got {self.analyzer!r}")
        if analyzer is None and self.analyzer == "char_wb":
            return HashingVectorizer(analyzer="char_wb", ngram_range=tuple(self.ngram_range),
                                     preprocessor=preprocessor, lowercase=False,
                                     n_features=self.n_features, alternate_sign=False, norm=None, dtype=np.float32)
        return HashingVectorizer(analyzer=analyzer or word_ngrams, n_features=self.n_features,
                                 alternate_sign=False, norm=None, dtype=np.float32)

    def counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Hashed n-gram counts of ``texts`` (one row each), over the whole hash space."""
        hashed = self._hasher().transform(texts)
        hashed.sum_duplicates()
        return hashed

    def fit(self, texts: Sequence[str], y=None) -> HashedTfidfVectorizer:
        counts = self.counts(texts)
        document_frequency = np.bincount(counts.indices, minlength=self.n_features)
        candidates = np.flatnonzero(document_frequency >= self.min_df)
        # Most frequent first; ties by column, so the same texts always keep the same columns.
        order = np.lexsort((candidates, -document_frequency[candidates]))
        self.columns_ = np.sort(candidates[order[:self.max_features]]).astype(np.int32)
        documents = counts.shape[0]
        self.idf_ = (np.log((1 + documents) / (1 + document_frequency[self.columns_])) + 1).astype(np.float32)
        return self

    def _kept(self, hashed_columns: np.ndarray) -> np.ndarray:
        """The kept column of each hash column, or -1 (``columns_`` is sorted: a binary search)."""
        positions = np.searchsorted(self.columns_, hashed_columns)
        positions[positions == len(self.columns_)] = 0
        return np.where(self.columns_[positions] == hashed_columns, positions, -1)

    def _select(self, hashed: sparse.csr_matrix) -> sparse.csr_matrix:
        columns = self._kept(hashed.indices)
        kept = columns >= 0
        rows = np.repeat(np.arange(hashed.shape[0]), np.diff(hashed.indptr))[kept]
        return sparse.csr_matrix((hashed.data[kept], (rows, columns[kept])),
                                 shape=(hashed.shape[0], len(self.columns_)), dtype=np.float32)

    def kept_counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """N-gram counts of ``texts`` in the kept columns only (one row each), for :meth:`weigh`."""
        if self.analyzer != "char_wb":
            return self._select(self.counts(texts))
        words = [normalize_for_matching(text).split() for text in texts]
        entries = self.word_counts([word for text in words for word in text])  # one hashing call for all texts
        indices = [columns for columns, _ in entries]
        data = [counts for _, counts in entries]
        # a text's row ends where its last word's columns end
        ends = np.concatenate([[0], np.cumsum([len(columns) for columns in indices], dtype=np.int64)])
        indptr = ends[np.concatenate([[0], np.cumsum([len(text) for text in words], dtype=np.int64)])]
        matrix = sparse.csr_matrix((np.concatenate(data) if data else np.zeros(0, np.float32),
                                    np.concatenate(indices) if indices else np.zeros(0, np.int32), indptr),
                                   shape=(len(texts), len(self.columns_)), dtype=np.float32)
        matrix.sum_duplicates()
        return matrix

    def word_counts(self, words: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """The kept columns (sorted) and counts of each normalised word's character n-grams (``char_wb`` only)."""
        cache = _WORD_CACHES.setdefault(self, {})
        if len(cache) > _MAX_CACHED_WORDS:
            cache.clear()
        missing = [word for word in dict.fromkeys(words) if word not in cache]
        if missing:
            hashed = self._hasher(preprocessor=None).transform(missing)
            hashed.sum_duplicates()
            kept = self._kept(hashed.indices)
            for word, start, end in zip(missing, hashed.indptr[:-1], hashed.indptr[1:]):
                columns = kept[start:end]
                cache[word] = (columns[columns >= 0].astype(np.int32), hashed.data[start:end][columns >= 0])
        return [cache[word] for word in words]

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return self.weigh(self.kept_counts(texts))

    def weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """The TF-IDF rows of kept counts: ``weigh(kept_counts(texts))`` is ``transform(texts)``."""
        matrix = counts.astype(np.float32, copy=True)
        matrix.data = (np.log(matrix.data) + 1) * self.idf_[matrix.indices]
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1
        matrix.data /= np.repeat(norms, np.diff(matrix.indptr)).astype(np.float32)
        return matrix

    def term_columns(self, terms: Sequence[str]) -> dict[str, int]:
        """The kept column of each exact n-gram (``"تمويل"``, ``"تمويل من"``), for evidence; unknown ones are left out."""
        if not terms:
            return {}
        hashed = self._hasher(analyzer=_terms).transform([[term] for term in terms])
        columns = self._kept(hashed.indices)
        rows = np.repeat(np.arange(len(terms)), np.diff(hashed.indptr))
        return {terms[row]: int(column) for row, column in zip(rows, columns) if column >= 0}
