"""Token features for the CRF variant of the NER model: matching form, affixes, clitics, shape, word
clusters, gazetteer membership, and the same for a window of neighbours (two either side; the word and its
coarsest cluster three away).

Features are plain strings (``"w=الاتحاد"``), as crfsuite takes them. A sequence is given as the
matching forms of its tokens and whether each token is glued to the previous one (a split-off proclitic
before it); the features of a word, alone and as each neighbour, are cached together. The features of a token
are those of its word and its neighbours' words (:meth:`CrfFeaturizer.features_of`) and those of its position
(:meth:`CrfFeaturizer.position_features`): :mod:`entities.crf_decoder` sums the weights of the first kind once a
word.

    >>> featurizer = CrfFeaturizer()
    >>> features = featurizer(["و", "الاتحاد", "الاوروبي"], [False, True, False])
    >>> sorted(f for f in features[0] if f.startswith(("w=", "clitic"))), "glued" in features[1]
    (['clitic', 'w=و'], True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

from arabic_release_nlp.text.normalize import restore_article

if TYPE_CHECKING:
    from arabic_release_nlp.entities.gazetteer_features import GazetteerTagger

_PROCLITICS = frozenset("وفبكل")
# Words in the feature cache before it is emptied. An entry holds a word's own features and the six lists it gives
# its neighbours, about 6 KB; 20,000 words take about 120 MB, what the two earlier caches of 60,000 entries (one of
# words, one of (offset, word) pairs) took. Those thrashed: the pair cache filled after 10,000 words and was emptied
# over and over, and tagging a cached sequence cost as much as a new one.
_CACHE_LIMIT = 20_000
_RARE = ("rare",)  # a word outside the clustered vocabulary is rare in news text: names mostly are
# The features a domain copies (see CrfFeaturizer): which word this is, and the words right before and after it.
DOMAIN_FEATURES = ("bias", "w=", "stem=", "shape=", "inname=", "gaz=", "-1w=", "1w=")
# Where a token's neighbours stand, in the order their features are listed.
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2, -3, 3)


def word_shape(text: str) -> str:
    """A short shape: runs of Arabic letters ``a``, Latin ``X``/``x``, digits ``d``; other characters kept.

    >>> word_shape("COVID-19"), word_shape("الاتحاد"), word_shape("(IOM)")
    ('X-d', 'a', '(X)')
    """
    classes = []
    for ch in text:
        if ch.isdigit():
            kind = "d"
        elif "A" <= ch <= "Z":
            kind = "X"
        elif "a" <= ch <= "z":
            kind = "x"
        elif ch.isalpha():
            kind = "a"
        else:
            kind = ch
        if not classes or classes[-1] != kind:
            classes.append(kind)
    return "".join(classes[:6])


class CrfFeaturizer:
    """Features of token sequences, from word clusters and a gazetteer (both optional).

    Args:
        clusters: matching form -> cluster ids at one or more granularities (from the word vectors).
        gazetteer: listed names and cue words; gives ``gaz=`` (the token's place in a listed name, or its cue)
            and ``inname=`` (the labels of the listed names the word occurs in).
        domain: the kind of text (``"release"``, ``"news"``): the features that say which word this is (its form,
            stem, shape, gazetteer tag and names, the words next to it; ``DOMAIN_FEATURES``) are given twice, as they
            are and prefixed with the domain, so the model learns what the domains share and where their
            annotations differ (Daumé III, "Frustratingly easy domain adaptation", 2007). Copying every feature
            scored about the same and tagged at half the speed. None: features once, as they are.
    """

    def __init__(self, clusters: Mapping[str, tuple[str, ...]] | None = None,
                 gazetteer: GazetteerTagger | None = None, domain: str | None = None) -> None:
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.domain = domain
        # word -> its own features, and the features it gives the token 3, 2, 1 before and 1, 2, 3 after it
        self._cache: dict[str, tuple[list[str], tuple[list[str], ...]]] = {}

    def _with_domain(self, features: list[str]) -> list[str]:
        """``features`` and, if there is a domain, the domain's copies of those in ``DOMAIN_FEATURES``."""
        if not self.domain:
            return features
        return features + [f"{self.domain}|{feature}" for feature in features if feature.startswith(DOMAIN_FEATURES)]

    def _cluster(self, norm: str) -> tuple[str, ...]:
        return self.clusters.get(norm, _RARE) if self.clusters else ()

    def word_features(self, norm: str) -> list[str]:
        """The features of a word that do not depend on its context."""
        stem = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
        features = ["bias", "w=" + norm, "shape=" + word_shape(norm), "len=" + str(min(len(norm), 8)),
                    "p1=" + stem[:1], "p2=" + stem[:2], "p3=" + stem[:3], "p4=" + stem[:4],
                    "s1=" + norm[-1:], "s2=" + norm[-2:], "s3=" + norm[-3:], "s4=" + norm[-4:], "stem=" + stem]
        if stem is not norm:
            features.append("article")
        features.extend("c%d=%s" % (index, value) for index, value in enumerate(self._cluster(norm)))
        in_names = self.gazetteer.word_labels.get(norm) if self.gazetteer else None
        if in_names:
            features.append("inname=" + in_names)
        return self._with_domain(features)

    def neighbour_features(self, offset: int, norm: str) -> list[str]:
        """The features a word gives the token ``offset`` positions away from it."""
        if offset in (-3, 3):
            # Far neighbours only say which word, or which coarse cluster, is there.
            features = [f"{offset}w={norm}"]
            features.extend(f"{offset}c0={value}" for value in self._cluster(norm)[:1])
            return self._with_domain(features)
        features = [f"{offset}w={norm}", f"{offset}shape={word_shape(norm)}",
                    f"{offset}s3={norm[-3:]}", f"{offset}p2={norm[:2]}"]
        features.extend(f"{offset}c{index}={value}" for index, value in enumerate(self._cluster(norm)))
        if offset in (-1, 1):
            stem = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
            features += [f"{offset}p3={stem[:3]}", f"{offset}s2={norm[-2:]}", f"{offset}art={stem is not norm}"]
            in_names = self.gazetteer.word_labels.get(norm) if self.gazetteer else None
            if in_names:
                features.append(f"{offset}inname={in_names}")
        return self._with_domain(features)

    def features_of(self, norm: str) -> tuple[list[str], tuple[list[str], ...]]:
        """A word's own features and, at index ``offset + 3``, those it gives a token ``offset`` away (cached)."""
        entry = self._cache.get(norm)
        if entry is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            entry = self._cache[norm] = (self.word_features(norm), tuple(
                self.neighbour_features(offset, norm) if offset else [] for offset in range(-3, 4)))
        return entry

    def prepare(self, norms: Sequence[str], glued: Sequence[bool]) -> tuple[list[str], list[bool], list[str]]:
        """The words as the features describe them, whether each is a split-off proclitic, and its gazetteer tag."""
        count = len(norms)
        clitic = [norms[i] in _PROCLITICS and i + 1 < count and glued[i + 1] for i in range(count)]
        gazetteer = self.gazetteer.tags(norms) if self.gazetteer else [""] * count
        # After a fused «لل» the token is «لوكالة»: describe it as the word it is, «الوكالة».
        words = [restore_article(norms[i]) if i and glued[i] and norms[i - 1] == "ل" else norms[i] for i in range(count)]
        return words, clitic, gazetteer

    def position_features(self, i: int, words: Sequence[str], glued: Sequence[bool], clitic: Sequence[bool],
                          gazetteer: Sequence[str]) -> list[str]:
        """The features of token ``i`` that depend on where it stands, not only on which words are around it."""
        count = len(words)
        position = []
        if glued[i]:
            position.append("glued")
        if clitic[i]:
            position.append("clitic")
        if gazetteer[i]:
            position.append("gaz=" + gazetteer[i])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < count:
                if gazetteer[j]:
                    position.append(f"{offset}gaz={gazetteer[j]}")
                if clitic[j] and offset in (-1, 1):
                    position.append(f"{offset}clitic")
            else:
                position.append(f"{offset}edge")
        if i > 0:
            position.append(f"-1w|w={words[i - 1]}|{words[i]}")
        if i + 1 < count:
            position.append(f"w|+1w={words[i]}|{words[i + 1]}")
        if self.domain and gazetteer[i]:  # the one position feature in DOMAIN_FEATURES
            position.append(f"{self.domain}|gaz={gazetteer[i]}")
        return position

    def __call__(self, norms: Sequence[str], glued: Sequence[bool]) -> list[list[str]]:
        """Features of each token of a sequence, given the tokens' matching forms and glued flags."""
        words, clitic, gazetteer = self.prepare(norms, glued)
        cached = [self.features_of(word) for word in words]
        count = len(words)
        sequence = []
        for i in range(count):
            # The cached features of the word and of its neighbours, then those of this position.
            features = list(cached[i][0])
            for offset in NEIGHBOUR_OFFSETS:
                if 0 <= i + offset < count:
                    features += cached[i + offset][1][offset + 3]
            sequence.append(features + self.position_features(i, words, glued, clitic, gazetteer))
        return sequence
