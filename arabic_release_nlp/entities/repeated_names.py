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
    lengths = sorted({len(name) for name in names}, reverse=True)
    taken = covered(spans)
    found = []
    i = 0
    while i < len(doc):
        for length in lengths:
            key = (restore_article(norms[i]), *norms[i + 1:i + length])
            if key in names and i + length <= len(doc) and not any(k in taken for k in range(i, i + length)) \
                    and not (i + length < len(doc) and i + length in taken):
                found.append((i, i + length, names[key]))
                i += length - 1
                break
        i += 1
    return found
