"""Tag with a crfsuite model in numpy: its weights read from ``model.crfsuite``, a word's feature weights summed once.

python-crfsuite's ``Tagger`` takes each token's features as strings and looks every one of them up (64 a token in
our model), although most of them depend only on the word and its neighbours' words. Here the weights are read
from the model file itself (crfsuite's CRF1d format: a header, the features as ``(type, source, target, weight)``
records, and the label and attribute names in two CQDB string tables), a word's features are summed per label once
and cached, and only the features of a token's position are looked up per token. The Viterbi search is crfsuite's
(``crf1dc_viterbi``): the same scores, ties going to the lowest label index, so the tags are crfsuite's.

Reading the file runs no code from it: it is parsed as numbers and UTF-8 strings, and a file that is not a CRF1d
model is refused with :class:`ValueError`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from arabic_release_nlp.entities.crf_features import NEIGHBOUR_OFFSETS, CrfFeaturizer

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1
_CQDB_BYTE_ORDER = 0x62445371
# Words whose summed weights are cached before the cache is emptied: 7 rows of 9 labels a word, about 1 KB.
_CACHE_LIMIT = 50_000


def _strings(data: bytes, offset: int, count: int, what: str) -> list[str]:
    """The ``count`` strings of the CQDB table at ``offset``, by id (its backward links: id -> record)."""
    chunk, _, _, byte_order, links, links_offset = struct.unpack_from("<4sIIIII", data, offset)
    if chunk != b"CQDB" or byte_order != _CQDB_BYTE_ORDER or links != count:
        raise ValueError(f"the {what} table is not a CQDB table of {count} strings")
    strings = []
    for record in np.frombuffer(data, "<u4", count, offset + links_offset).tolist():
        start = offset + record + 8  # the record: its id, the key's size (with the final NUL), the key
        size = int.from_bytes(data[start - 4:start], "little")
        strings.append(data[start:start + size - 1].decode("utf-8"))
    return strings


@dataclass(frozen=True)
class CrfWeights:
    """A linear-chain CRF: label names, attribute ids, state weights (attribute x label) and transition weights."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray
    transition: np.ndarray

    @classmethod
    def read(cls, path: str | Path) -> CrfWeights:
        """Read a model written by crfsuite (``model.crfsuite``)."""
        data = Path(path).read_bytes()
        if len(data) < _HEADER.size:
            raise ValueError("too short for a crfsuite model")
        magic, size, kind, _, _, labels, attributes, features_at, labels_at, attributes_at, _, _ = \
            _HEADER.unpack_from(data)
        if magic != b"lCRF" or kind != b"FOMC" or size != len(data):
            raise ValueError("not a crfsuite CRF1d model, or a truncated one")
        chunk, _, count = struct.unpack_from("<4sII", data, features_at)
        if chunk != b"FEAT" or features_at + 12 + count * _FEATURE.itemsize > len(data):
            raise ValueError("the feature table is damaged")
        features = np.frombuffer(data, _FEATURE, count, features_at + 12)
        state = np.zeros((attributes, labels))
        transition = np.zeros((labels, labels))
        for table, kind_, rows in ((state, _STATE, attributes), (transition, _TRANSITION, labels)):
            chosen = features[features["type"] == kind_]
            if chosen.size and (chosen["source"].max() >= rows or chosen["target"].max() >= labels):
                raise ValueError("a feature points outside the label or attribute tables")
            table[chosen["source"], chosen["target"]] = chosen["weight"]
        names = _strings(data, attributes_at, attributes, "attribute")
        return cls(tuple(_strings(data, labels_at, labels, "label")), {name: i for i, name in enumerate(names)},
                   state, transition)

    def viterbi(self, scores: np.ndarray) -> list[int]:
        """The best label sequence for per-token label scores (``crf1dc_viterbi``; ties to the lowest label)."""
        count, labels = scores.shape
        if not count:
            return []
        back = np.zeros((count, labels), dtype=np.intp)
        columns = np.arange(labels)
        alpha = scores[0]
        for t in range(1, count):
            candidates = alpha[:, None] + self.transition
            back[t] = best = candidates.argmax(axis=0)
            alpha = candidates[best, columns] + scores[t]
        path = [int(alpha.argmax())]
        for t in range(count - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return path[::-1]


class CrfDecoder:
    """Tag token sequences with :class:`CrfWeights` and the features of a :class:`CrfFeaturizer`."""

    def __init__(self, weights: CrfWeights, featurizer: CrfFeaturizer) -> None:
        self.weights = weights
        self.featurizer = featurizer
        # word -> its summed weights: row offset + 3 for what it gives a token ``offset`` away, row 3 its own
        self._cache: dict[str, np.ndarray] = {}

    def _summed(self, feature_lists: Sequence[Sequence[str]], rows: int) -> np.ndarray:
        """Per list, the summed weights of its features (rows of ``rows`` x labels; unknown features weigh nothing)."""
        attributes = self.weights.attributes
        places, ids = [], []
        for place, features in enumerate(feature_lists):
            for feature in features:
                attribute = attributes.get(feature)
                if attribute is not None:
                    places.append(place)
                    ids.append(attribute)
        summed = np.zeros((rows, len(self.weights.labels)))
        np.add.at(summed, places, self.weights.state[ids])
        return summed

    def _word_scores(self, word: str) -> np.ndarray:
        entry = self._cache.get(word)
        if entry is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            featurizer = self.featurizer
            entry = self._cache[word] = self._summed([
                featurizer.neighbour_features(offset, word) if offset else featurizer.word_features(word)
                for offset in range(-3, 4)], 7)
        return entry

    def scores(self, norms: Sequence[str], glued: Sequence[bool]) -> np.ndarray:
        """Per token and label, the summed weights of the token's features (what crfsuite computes from them)."""
        words, clitic, gazetteer = self.featurizer.prepare(norms, glued)
        count = len(words)
        words_scores = np.stack([self._word_scores(word) for word in words]) if count else np.zeros((0, 7, 1))
        scores = words_scores[:, 3].copy()
        for offset in NEIGHBOUR_OFFSETS:  # token i gets what the word at i + offset gives it
            if abs(offset) >= count:
                continue
            if offset > 0:
                scores[:count - offset] += words_scores[offset:, offset + 3]
            else:
                scores[-offset:] += words_scores[:count + offset, offset + 3]
        position = self.featurizer.position_features
        return scores + self._summed([position(i, words, glued, clitic, gazetteer) for i in range(count)], count)

    def tag(self, norms: Sequence[str], glued: Sequence[bool]) -> list[str]:
        """The BIO tags of a sequence, as crfsuite's tagger gives them for ``featurizer(norms, glued)``."""
        labels = self.weights.labels
        return [labels[i] for i in self.weights.viterbi(self.scores(norms, glued))]
