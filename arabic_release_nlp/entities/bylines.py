"""The people, outlets and places of a newspaper's byline: «عبدالله البرقاوي- سبق- الرياض:», «واس- جدة:».

The recogniser reads a byline as running text and joins its parts («واس- الرياض» as one organisation) or misses the
outlet. Its parts are known from their order (:func:`arabic_release_nlp.structure.layout.find_byline`): the
author, if any, is a person; the outlet is an organisation; the place, when the gazetteer knows it, a place. Without
an author, the first part is the outlet only when the place is a known one and the part does not start with a given
name («أحمد البراهيم- جازان:» names the writer).

    >>> from arabic_release_nlp.entities.gazetteer import load_gazetteer
    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("عمر عريبي- سبق- جازان: يفتح المعهد أبوابه.")
    >>> [(doc[s:e].text, label) for s, e, label in sorted(byline_entities(doc, [], load_gazetteer(), [0]))]
    [('عمر عريبي', 'PER'), ('سبق', 'ORG'), ('جازان', 'LOC')]
"""

from __future__ import annotations

from typing import Iterator, Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.structure.layout import find_byline
from arabic_release_nlp.text.spacy_tokenizer import doc_text

_REACH = 120  # characters of a paragraph's start that can hold a byline


def _bylines(text: str, paragraph_starts: Sequence[int]) -> Iterator[tuple[int, dict]]:
    for offset in paragraph_starts:
        byline = find_byline(text[offset:offset + _REACH])
        if byline:
            yield offset, byline


def byline_ranges(doc: Doc, paragraph_starts: Sequence[int]) -> list[tuple[int, int]]:
    """The character ranges of the bylines that open paragraphs: the outlet named there reports the news and takes
    no role in it («… 2015 م واس ينفذ المركز الطبي …» is the centre's doing)."""
    return [(offset + min(c[0] for c in byline.values() if c), offset + max(c[1] for c in byline.values() if c))
            for offset, byline in _bylines(doc_text(doc), paragraph_starts)]


def byline_entities(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer,
                    paragraph_starts: Sequence[int]) -> list[tuple[int, int, str]]:
    """``spans`` with the parts of any byline that opens a paragraph in their place."""
    result = list(spans)
    for offset, byline in _bylines(doc_text(doc), paragraph_starts):
        parts = {}
        for part, chars in byline.items():
            span = doc.char_span(offset + chars[0], offset + chars[1], alignment_mode="contract") if chars else None
            if span is not None and len(span):
                parts[part] = (span.start, span.end)
        if "source" not in parts or "place" not in parts:  # (the date is no entity)
            continue
        place = gazetteer.lookup([token.text for token in doc[slice(*parts["place"])]])
        found = [(*parts["place"], "LOC")] if place is not None and place.label == "LOC" else []
        if "author" in parts:
            found += [(*parts["author"], "PER"), (*parts["source"], "ORG")]
        elif found and doc[parts["source"][0]].norm_ not in gazetteer.given_names:
            found.append((*parts["source"], "ORG"))
        if found:
            first, last = min(s for s, _, _ in found), max(e for _, e, _ in found)
            result = [s for s in result if s[1] <= first or s[0] >= last] + found
    return result
