"""Other mentions of a name the release has named once: a recogniser tags a name in one sentence and misses it in
the next («أعلنت شركة أسمنت ينبع …», then «وأوضحت أسمنت ينبع …»). Every other occurrence of the same words, outside
every span and not run into a span right after it, gets the same label.

Only names of two words or more are repeated: a one-word name is too often also a common word («الأمل», «النور»).
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.missed_names import covered
from arabic_release_nlp.text.normalize import restore_article
from arabic_release_nlp.text.spacy_tokenizer import token_norms

_SHORTEST = 2  # tokens


def repeated_names(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans for the untagged repetitions of the names of ``spans`` (see the module doc)."""
    norms = token_norms(doc)
    names: dict[tuple[str, ...], str] = {}
    for start, end, label in spans:
        if end - start >= _SHORTEST and all(doc[i].is_alpha for i in (start, end - 1)):
            names.setdefault((restore_article(norms[start]), *norms[start + 1:end]), label)
    if not names:
        return []
    lengths: dict[str, list[int]] = {}  # a name's first word -> the lengths of the names it starts, longest first
    for name in sorted(names, key=len, reverse=True):
        lengths.setdefault(name[0], []).append(len(name))
    taken = covered(spans)
    found = []
    i = 0
    while i < len(doc):
        first = norms[i] if norms[i] in lengths or not norms[i].startswith("ل") else restore_article(norms[i])
        for length in lengths.get(first, ()):
            key = (first, *norms[i + 1:i + length])
            if key in names and i + length <= len(doc) and not any(k in taken for k in range(i, i + length)) \
                    and not (i + length < len(doc) and i + length in taken):
                found.append((i, i + length, names[key]))
                i += length - 1
                break
        i += 1
    return found
