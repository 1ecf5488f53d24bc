"""A dense block for the goal classifier: the weighted mean of word vectors of a paragraph and of its release.

Character n-grams tell the classifier which words a paragraph uses; word vectors tell it which words are used alike,
so a paragraph about «الآبار» and «محطات الضخ» lands near one about «شبكات المياه» even when the classifier saw
neither word with its goal. The vectors are PPMI-SVD vectors (:mod:`entities.word_vectors`) trained at fit time on the
training paragraphs themselves (no outside text, so the model keeps the corpus's licence), keyed by the matching form
of each word. A text's vector is the sum of its words' vectors, each weighted by how rare the word is (its frequency
rank), scaled to unit length: sums add up, so a release's vector is the sum of its paragraphs'.

    >>> block = WordVectorBlock.train(["تطعيم الأطفال ضد الحصبة", "تطعيم الأمهات", "حفر الآبار"] * 5, words=20,
    ...                              dimensions=2)
    >>> block.transform(["تطعيم الأطفال", "نص بلا كلمات معروفة"]).shape
    (2, 2)
"""

from __future__ import annotations

from typing import Sequence
from weakref import WeakKeyDictionary

import numpy as np

from arabic_release_nlp.goals.features import feature_words

# A word's weight grows with its frequency rank (the commonest words say least about a goal): log(1 + rank / 50),
# at most 3.
_RANK_SCALE = 50.0
_MAX_WEIGHT = 3.0
# Each block's word -> row index, built on first use and kept outside the block, so it is never saved with the model.
_INDEXES: WeakKeyDictionary = WeakKeyDictionary()


class WordVectorBlock:
    """Word vectors (float16, one row per word, most frequent first) and the words, one per line of ``vocabulary``."""

    def __init__(self, vocabulary: str, vectors: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.vectors = vectors

    @classmethod
    def train(cls, texts: Sequence[str], words: int = 10_000, dimensions: int = 100, window: int = 5,
              seed: int = 0) -> WordVectorBlock:
        """Vectors of the ``words`` most frequent words of ``texts`` (needs scipy)."""
        from arabic_release_nlp.entities.word_vectors import train_word_vectors

        kept, vectors = train_word_vectors(texts, rows=words, dimensions=dimensions, window=window, seed=seed)
        weights = np.minimum(np.log1p(np.arange(len(kept)) / _RANK_SCALE), _MAX_WEIGHT)[:, None]
        return cls("\n".join(kept), (vectors * weights).astype(np.float16))

    def _index(self) -> tuple[dict[str, int], np.ndarray]:
        cached = _INDEXES.get(self)
        if cached is None:
            cached = _INDEXES[self] = ({word: row for row, word in enumerate(self.vocabulary.split("\n"))},
                                       self.vectors.astype(np.float32))
        return cached

    def sums(self, texts: Sequence[str]) -> np.ndarray:
        """The weighted sum of the vectors of each text's words (words without a vector count for nothing)."""
        index, vectors = self._index()
        result = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            rows = [index[word] for word, _, _ in feature_words(text) if word in index]
            if rows:
                result[row] = vectors[rows].sum(axis=0)
        return result

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        """Each text's vector: :meth:`sums`, scaled to unit length."""
        return unit_rows(self.sums(texts))


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """``matrix`` with every non-zero row scaled to unit length."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)
