"""Small static word vectors for the NER model: positive PMI of co-occurrence counts, reduced by SVD.

PPMI-SVD vectors (Levy, Goldberg and Dagan 2015) reach word2vec's quality on similarity tasks with a few
lines of numpy and scipy, so training needs no extra library. Words are keyed by their matching form
(``token.norm_``) after our tokenizer has split the proclitics, and only the most frequent ``rows`` are kept.
Training needs scipy (the ``[train]`` extra); loading the result needs only spaCy.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from arabic_release_nlp.text.normalize import normalize_for_matching
from arabic_release_nlp.text.tokenizer import ArabicTokenizer


def read_article_texts(path: str | Path, limit: int | None = None) -> Iterator[str]:
    """The ``text`` field of each line of a JSON Lines file (gzip-compressed when it ends in ``.gz``)."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            yield json.loads(line)["text"]


def text_norms(texts: Iterable[str]) -> Iterator[list[str]]:
    """Each text as the matching forms of its tokens (our tokenizer: proclitics split off)."""
    tokenizer = ArabicTokenizer()
    forms: dict[str, str] = {}
    for text in texts:
        norms = []
        for start, end in tokenizer.spans(text):
            surface = text[start:end]
            norm = forms.get(surface)
            if norm is None:
                norm = forms[surface] = normalize_for_matching(surface)
            norms.append(norm)
        yield norms


def _token_ids(texts: Iterable[str], window: int) -> tuple[np.ndarray, list[str]]:
    """All texts as one array of word ids (``-1`` pads ``window`` positions between texts), and the words."""
    ids: dict[str, int] = {}
    chunks = []
    padding = [-1] * window
    for norms in text_norms(texts):
        row = [ids.setdefault(norm, len(ids)) for norm in norms]
        chunks.append(np.asarray(row + padding, dtype=np.int64))
    words = [""] * len(ids)
    for word, index in ids.items():
        words[index] = word
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int64), words


def cooccurrence_matrix(ids: np.ndarray, size: int, window: int):
    """Symmetric co-occurrence counts of ids ``0 .. size-1`` at distance ``1 .. window``, weighted 1/distance."""
    from scipy import sparse

    matrix = sparse.csr_matrix((size, size), dtype=np.float64)
    for distance in range(1, window + 1):
        left, right = ids[:-distance], ids[distance:]
        keep = (left >= 0) & (right >= 0)
        left, right = left[keep], right[keep]
        weights = np.full(len(left), 1.0 / distance)
        counts = sparse.coo_matrix((weights, (left, right)), shape=(size, size)).tocsr()
        matrix = matrix + counts + counts.T
    return matrix


def ppmi(matrix, alpha: float = 0.75):
    """Positive pointwise mutual information of a co-occurrence matrix, with context counts raised to ``alpha``."""
    from scipy import sparse

    matrix = matrix.tocoo()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    context = np.asarray(matrix.sum(axis=0)).ravel() ** alpha
    # P(w, c) / (P(w) P_alpha(c)) = n(w, c) * sum(c^alpha) / (n(w) * n(c)^alpha)
    values = np.log(matrix.data * context.sum() / (row_sums[matrix.row] * context[matrix.col]))
    keep = values > 0
    return sparse.csr_matrix((values[keep], (matrix.row[keep], matrix.col[keep])), shape=matrix.shape)


def train_word_vectors(texts: Iterable[str], rows: int = 20_000, dimensions: int = 100, window: int = 4,
                       seed: int = 0) -> tuple[list[str], np.ndarray]:
    """The ``rows`` most frequent matching forms of ``texts`` and their unit-length vectors (float32).

    Vectors are ``U * sqrt(S)`` of the truncated SVD of the PPMI matrix (eigenvalue weighting 0.5).
    """
    from scipy.sparse.linalg import svds

    ids, words = _token_ids(texts, window)
    frequency = np.bincount(ids[ids >= 0], minlength=len(words))
    # Keep words with letters or digits: punctuation gets no useful vector and would take rows.
    order = [index for index in np.argsort(-frequency, kind="stable") if any(ch.isalnum() for ch in words[index])]
    kept = order[:rows]
    remap = np.full(len(words) + 1, -1, dtype=np.int64)
    remap[np.asarray(kept)] = np.arange(len(kept))
    ids = remap[ids]  # -1 (padding) maps to remap[-1] == -1
    matrix = ppmi(cooccurrence_matrix(ids, len(kept), window))
    start = np.random.default_rng(seed).standard_normal(min(matrix.shape))
    # A small vocabulary (a test, a tiny corpus) has fewer dimensions to give.
    left, singular, _ = svds(matrix, k=min(dimensions, min(matrix.shape) - 1), v0=start)
    vectors = left * np.sqrt(singular)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-8)
    return [words[index] for index in kept], vectors.astype(np.float32)
