"""Final entity spans: the statistical recogniser's, corrected and completed by the gazetteers."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.names import entity_name
from arabic_release_nlp.text.normalize import normalize_for_matching

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9\-]{1,9}")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_spans(recognised: Sequence[tuple[int, int, str]], known: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, label)`` from the recogniser and from gazetteer matches, merged.

    A gazetteer match wins over the recognised spans it overlaps, unless one recognised span contains it
    and is longer («سفارة اليابان» keeps its ORG although «اليابان» is a known place).

    >>> merge_spans([(0, 2, "LOC"), (5, 9, "ORG")], [(0, 3, "ORG"), (6, 7, "LOC"), (11, 12, "LOC")])
    [(0, 3, 'ORG'), (5, 9, 'ORG'), (11, 12, 'LOC')]
    """
    spans = list(recognised)
    for start, end, label in known:
        overlapping = [s for s in spans if _overlaps((s[0], s[1]), (start, end))]
        if any(s[0] <= start and end <= s[1] and (s[1] - s[0]) > (end - start) for s in overlapping):
            continue
        spans = [s for s in spans if s not in overlapping] + [(start, end, label)]
    return sorted(spans)


def _trimmed(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """A recognised span without punctuation or space at its edges («/ محمد القماري» -> «محمد القماري»)."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end, label) if end > start else None


def refine_entities(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """The Doc's entities after gazetteer correction, acronym completion and removal of generic heads."""
    words = [token.text for token in doc]
    recognised = [span for span in (_trimmed(doc, ent.start, ent.end, ent.label_) for ent in doc.ents) if span]
    known = [(start, end, entity.label) for start, end, entity in gazetteer.matches(words)
             if not any(doc[i].is_space for i in range(start, end))]
    spans = merge_spans(recognised, known)
    # «… الوكالة الألمانية للتعاون الدولي (GIZ)»: an unknown Latin acronym in brackets after an ORG is an ORG.
    for start, end, label in list(spans):
        if label == "ORG" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and _ACRONYM.fullmatch(doc[end + 1].text) and not any(s[0] == end + 1 for s in spans):
            spans.append((end + 1, end + 2, "ORG"))
    spans = [(start, end, label) for start, end, label in sorted(spans)
             if not (label == "ORG" and end - start == 1 and normalize_for_matching(doc[start].text) in gazetteer.organization_heads)]
    return [Span(doc, start, end, label=label) for start, end, label in spans]


def entity_records(doc: Doc, spans: Sequence[Span], gazetteer: Gazetteer,
                   paragraph_starts: Sequence[int]) -> list[dict[str, Any]]:
    """The ``entities`` of the output contract for the given spans."""
    records = []
    for span in spans:
        known = gazetteer.lookup([token.text for token in span])
        records.append({
            "label": span.label_, "start": span.start_char, "end": span.end_char, "text": span.text,
            "name": entity_name(doc.text, span.start_char, span.end_char),
            "paragraph": max(bisect_right(paragraph_starts, span.start_char) - 1, 0),
            "canonical": known.canonical() if known and known.label == span.label_ else None,
        })
    return records
