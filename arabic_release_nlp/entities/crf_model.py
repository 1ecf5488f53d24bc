"""The CRF variant of the NER model: train with sklearn-crfsuite, tag with our reader of its model file.

The model file is crfsuite's own binary format (``model.crfsuite``): loading it runs no code. Word clusters, when
used, sit beside it in ``clusters.tsv`` (matching form, then cluster ids at each granularity).
Training needs the ``[train]`` extra (sklearn-crfsuite; scikit-learn for the clusters).
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.conll import tag_spans
from arabic_release_nlp.entities.crf_decoder import CrfDecoder, CrfWeights
from arabic_release_nlp.entities.crf_features import CrfFeaturizer
from arabic_release_nlp.entities.gazetteer_features import GazetteerTagger


def doc_lines(doc: Doc) -> list[tuple[list[int], list[str], list[bool]]]:
    """The CRF's sequences, one per line of ``doc`` (an entity never crosses a line break): for each, the
    token indexes, the tokens' matching forms, and whether each token is glued to the one before it."""
    lines = []
    indices: list[int] = []
    norms: list[str] = []
    glued: list[bool] = []
    previous_end = -1
    for token in doc:
        if token.is_space:
            if "\n" in token.text and indices:
                lines.append((indices, norms, glued))
                indices, norms, glued, previous_end = [], [], [], -1
            continue
        indices.append(token.i)
        norms.append(token.norm_)
        glued.append(token.idx == previous_end)
        previous_end = token.idx + len(token.text)
    if indices:
        lines.append((indices, norms, glued))
    return lines


def bio_tags(doc: Doc, indices: Sequence[int]) -> list[str]:
    """BIO tags of the tokens at ``indices`` from ``doc.ents``."""
    tags = []
    for index in indices:
        token = doc[index]
        tags.append("O" if token.ent_iob_ in ("O", "") else f"{token.ent_iob_}-{token.ent_type_}")
    return tags


def word_clusters(words: Sequence[str], vectors: np.ndarray, sizes: Sequence[int] = (64, 512),
                  seed: int = 0) -> dict[str, tuple[str, ...]]:
    """K-means clusters of the word vectors at each size in ``sizes`` (needs scikit-learn)."""
    from sklearn.cluster import MiniBatchKMeans

    ids = [MiniBatchKMeans(n_clusters=size, random_state=seed, n_init=3, batch_size=4096).fit_predict(vectors)
           for size in sizes]
    return {word: tuple(str(column[row]) for column in ids) for row, word in enumerate(words)}


def write_clusters(clusters: Mapping[str, tuple[str, ...]], path: str | Path) -> None:
    lines = ["\t".join((word, *ids)) for word, ids in clusters.items()]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_clusters(path: str | Path) -> dict[str, tuple[str, ...]]:
    clusters = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line:
            word, *ids = line.split("\t")
            clusters[word] = tuple(ids)
    return clusters


def train_crf(docs: Sequence[Doc], model_file: str | Path, clusters: Mapping[str, tuple[str, ...]] | None = None,
              gazetteer: GazetteerTagger | None = None, c1: float = 0.05, c2: float = 0.05,
              max_iterations: int = 150, domains: Sequence[str | None] | None = None) -> Path:
    """Train a CRF (L-BFGS, elastic net) on Docs whose ``ents`` are the gold entities; write ``model_file``.

    Args:
        domains: the domain of each Doc (see ``CrfFeaturizer``), or None to train without domains.
    """
    import sklearn_crfsuite

    featurizers: dict[str | None, CrfFeaturizer] = {}
    features, labels = [], []
    for doc, domain in zip(docs, domains or [None] * len(docs)):
        featurizer = featurizers.setdefault(domain, CrfFeaturizer(clusters, gazetteer, domain))
        for indices, norms, glued in doc_lines(doc):
            features.append(featurizer(norms, glued))
            labels.append(bio_tags(doc, indices))
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
                               all_possible_transitions=True, model_filename=str(model_file), keep_tempfiles=True)
    crf.fit(features, labels)
    return Path(model_file)


class CrfTagger:
    """Tag Docs with a crfsuite model file: ``tagger(doc)`` sets ``doc.ents``.

    The file is read and applied by :mod:`entities.crf_decoder` (the tags are crfsuite's, at about three times
    python-crfsuite's speed); a file that is not a crfsuite model raises :class:`ValueError`.
    """

    def __init__(self, model_file: str | Path, clusters: Mapping[str, tuple[str, ...]] | None = None,
                 gazetteer: GazetteerTagger | None = None, domain: str | None = None) -> None:
        self.decoder = CrfDecoder(CrfWeights.read(model_file), CrfFeaturizer(clusters, gazetteer, domain))

    def entities(self, doc: Doc) -> list[Span]:
        """The entities the model finds in ``doc``, line by line."""
        spans = []
        for indices, norms, glued in doc_lines(doc):
            spans.extend(Span(doc, indices[first], indices[end - 1] + 1, label=label)
                         for first, end, label in tag_spans(self.decoder.tag(norms, glued)))
        return spans

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = self.entities(doc)
        return doc
