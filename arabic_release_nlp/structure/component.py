"""The ``arn_structure`` spaCy component: paragraphs, sentences, headline, dateline and paragraph kinds.

It writes ``doc._.arn_structure`` (plain, serialisable values) and sets sentence boundaries, so
``doc.sents`` follows our segmentation. Registered through the ``spacy_factories`` entry point::

    >>> import spacy
    >>> nlp = spacy.blank("ar")
    >>> _ = nlp.add_pipe("arn_structure")
    >>> nlp("القاهرة - نظمت المنظمة دورة. وقال المدير إنها نجحت.")._.arn_structure["dateline"]
    {'place': [0, 7], 'date': None}
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from arabic_release_nlp.structure.layout import find_dateline, is_headline, paragraph_kinds
from arabic_release_nlp.text.segment import split_paragraphs, split_sentences

EXTENSION = "arn_structure"


def analyse_structure(text: str, tokens: list[tuple[int, int]]) -> dict[str, Any]:
    """Paragraphs (with kind and sentences), headline and dateline of ``text``, given its token spans."""
    paragraphs = split_paragraphs(text)
    texts = [text[start:end] for start, end in paragraphs]
    has_headline = bool(paragraphs) and is_headline(texts[0], len(paragraphs))
    kinds = paragraph_kinds(texts, has_headline)
    token_starts = [start for start, _ in tokens]
    records = []
    for (start, end), kind in zip(paragraphs, kinds):
        inside = tokens[bisect_left(token_starts, start):bisect_left(token_starts, end)]
        records.append({"start": start, "end": end, "kind": kind, "sentences": split_sentences(text, inside)})
    dateline = None
    first_body = 1 if has_headline else 0
    if len(paragraphs) > first_body:
        found = find_dateline(texts[first_body])
        if found:
            offset = paragraphs[first_body][0]
            dateline = {key: [offset + span[0], offset + span[1]] if span else None for key, span in found.items()}
    return {"headline": list(paragraphs[0]) if has_headline else None, "dateline": dateline, "paragraphs": records}


class StructureComponent:
    """Find the structure of a release and mark its sentences in the ``Doc``."""

    def __call__(self, doc: Doc) -> Doc:
        tokens = [(token.idx, token.idx + len(token)) for token in doc if not token.is_space]
        structure = analyse_structure(doc.text, tokens)
        doc._.set(EXTENSION, structure)
        sentence_starts = {start for paragraph in structure["paragraphs"] for start, _ in paragraph["sentences"]}
        for index, token in enumerate(doc):
            token.is_sent_start = index == 0 or token.idx in sentence_starts
        return doc


@Language.factory("arn_structure")
def make_structure_component(nlp: Language, name: str) -> StructureComponent:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
    return StructureComponent()
