"""Token features for the CRF variant of the NER model: matching form, affixes, clitics, shape, word
clusters, gazetteer membership, and the same for a window of neighbours.

Features are plain strings (``"w=الاتحاد"``), as python-crfsuite takes them.

    >>> from arabic_release_nlp import tokenize
    >>> features = sequence_features(tokenize("والاتحاد الأوروبي"))
    >>> [f for f in features[0] if f.startswith(("w=", "clitic"))], "glued" in features[1]
    (['w=و', 'clitic'], True)
"""

from __future__ import annotations

from typing import Mapping, Sequence

_PROCLITICS = frozenset("وفبكل")


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


def _own_features(norm: str, shape: str, glued: bool, is_clitic: bool, cluster: tuple[str, ...],
                  gazetteer: str, in_names: str) -> list[str]:
    stem = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    features = ["bias", "w=" + norm, "shape=" + shape, "len=" + str(min(len(norm), 8)),
                "p1=" + stem[:1], "p2=" + stem[:2], "p3=" + stem[:3], "p4=" + stem[:4],
                "s1=" + norm[-1:], "s2=" + norm[-2:], "s3=" + norm[-3:], "s4=" + norm[-4:], "stem=" + stem]
    if stem is not norm:
        features.append("article")
    if glued:
        features.append("glued")
    if is_clitic:
        features.append("clitic")
    features.extend("c%d=%s" % (index, value) for index, value in enumerate(cluster))
    if gazetteer:
        features.append("gaz=" + gazetteer)
    if in_names:
        features.append("inname=" + in_names)
    return features


def sequence_features(tokens: Sequence, clusters: Mapping[str, tuple[str, ...]] | None = None,
                      gazetteer_tags: Sequence[str] | None = None,
                      name_words: Mapping[str, str] | None = None) -> list[list[str]]:
    """Features of each token (spaCy ``Token`` objects without whitespace tokens, in order).

    Args:
        clusters: matching form -> cluster ids at one or more granularities (from the word vectors).
        gazetteer_tags: one tag per token (``"B-LOC"``, ``"I-ORG"``, ``"TITLE"``, ``""``), see ``Gazetteer.tags``.
        name_words: word -> the labels of the listed names it occurs in (``"ORG"``, ``"LOC+ORG"``).
    """
    count = len(tokens)
    norms = [token.norm_ for token in tokens]
    shapes = [word_shape(norm) for norm in norms]
    ends = [token.idx + len(token) for token in tokens]
    glued = [index > 0 and tokens[index].idx == ends[index - 1] for index in range(count)]
    clitic = [norms[i] in _PROCLITICS and i + 1 < count and glued[i + 1] for i in range(count)]
    # A word outside the clustered vocabulary is rare in news text: names mostly are.
    unknown = ("rare",)
    token_clusters = [clusters.get(norm, unknown) if clusters else () for norm in norms]
    in_names = [name_words.get(norm, "") for norm in norms] if name_words else [""] * count
    gazetteer = list(gazetteer_tags) if gazetteer_tags is not None else [""] * count
    sequence = []
    for i in range(count):
        features = _own_features(norms[i], shapes[i], glued[i], clitic[i], token_clusters[i], gazetteer[i], in_names[i])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < count:
                features.append(f"{offset}w={norms[j]}")
                features.append(f"{offset}shape={shapes[j]}")
                features.extend(f"{offset}c{k}={value}" for k, value in enumerate(token_clusters[j]))
                if gazetteer[j]:
                    features.append(f"{offset}gaz={gazetteer[j]}")
                if offset in (-1, 1):
                    features.append(f"{offset}s3={norms[j][-3:]}")
                    features.append(f"{offset}p2={norms[j][:2]}")
                    if clitic[j]:
                        features.append(f"{offset}clitic")
            else:
                features.append(f"{offset}edge")
        if i > 0:
            features.append(f"-1w|w={norms[i - 1]}|{norms[i]}")
        if i + 1 < count:
            features.append(f"w|+1w={norms[i]}|{norms[i + 1]}")
        sequence.append(features)
    return sequence
