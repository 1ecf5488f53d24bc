"""The CRF variant of the NER model: train with sklearn-crfsuite, tag with python-crfsuite.

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
from arabic_release_nlp.entities.crf_features import sequence_features
from arabic_release_nlp.entities.gazetteer_features import GazetteerTagger


def line_sequences(doc: Doc) -> list[list]:
    """The CRF's sequences: the content tokens of each line (an entity never crosses a line break)."""
    sequences: list[list] = [[]]
    for token in doc:
        if token.is_space:
            if "\n" in token.text and sequences[-1]:
                sequences.append([])
        else:
            if token.i > 0 and "\n" in doc[token.i - 1].whitespace_ and sequences[-1]:
                sequences.append([])
            sequences[-1].append(token)
    return [sequence for sequence in sequences if sequence]


def bio_tags(tokens: Sequence) -> list[str]:
    """BIO tags of ``tokens`` from the entities set on their Doc."""
    return ["O" if token.ent_iob_ in ("O", "") else f"{token.ent_iob_}-{token.ent_type_}" for token in tokens]


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


def token_features(tokens: Sequence, clusters: Mapping[str, tuple[str, ...]] | None = None,
                   gazetteer: GazetteerTagger | None = None) -> list[list[str]]:
    """CRF features of one sequence of tokens."""
    if gazetteer is None:
        return sequence_features(tokens, clusters)
    return sequence_features(tokens, clusters, gazetteer.tags(tokens), gazetteer.word_labels)


def train_crf(docs: Sequence[Doc], model_file: str | Path, clusters: Mapping[str, tuple[str, ...]] | None = None,
              gazetteer: GazetteerTagger | None = None, c1: float = 0.05, c2: float = 0.05,
              max_iterations: int = 150) -> Path:
    """Train a CRF (L-BFGS, elastic net) on Docs whose ``ents`` are the gold entities; write ``model_file``."""
    import sklearn_crfsuite

    sequences = [tokens for doc in docs for tokens in line_sequences(doc)]
    features = [token_features(tokens, clusters, gazetteer) for tokens in sequences]
    labels = [bio_tags(tokens) for tokens in sequences]
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
                               all_possible_transitions=True, model_filename=str(model_file), keep_tempfiles=True)
    crf.fit(features, labels)
    return Path(model_file)


class CrfTagger:
    """Tag Docs with a crfsuite model file: ``tagger(doc)`` sets ``doc.ents``."""

    def __init__(self, model_file: str | Path, clusters: Mapping[str, tuple[str, ...]] | None = None,
                 gazetteer: GazetteerTagger | None = None) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_file))
        self.clusters = clusters
        self.gazetteer = gazetteer

    def entities(self, doc: Doc) -> list[Span]:
        """The entities the model finds in ``doc``, line by line."""
        spans = []
        for tokens in line_sequences(doc):
            tags = self.tagger.tag(token_features(tokens, self.clusters, self.gazetteer))
            spans.extend(Span(doc, tokens[first].i, tokens[end - 1].i + 1, label=label)
                         for first, end, label in tag_spans(tags))
        return spans

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = self.entities(doc)
        return doc
