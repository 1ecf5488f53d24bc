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

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from arabic_release_nlp.structure.layout import find_dateline, is_headline, paragraph_kinds
from arabic_release_nlp.text.segment import split_paragraphs, split_sentences
from arabic_release_nlp.text.spacy_tokenizer import doc_text

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
        columns = doc.to_array([IDX, LENGTH, IS_SPACE]).astype(numpy.int64)
        starts, lengths, spaces = columns[:, 0], columns[:, 1], columns[:, 2]
        words = spaces == 0
        tokens = list(zip(starts[words].tolist(), (starts + lengths)[words].tolist()))
        structure = analyse_structure(doc_text(doc), tokens)
        doc._.set(EXTENSION, structure)
        if len(doc):
            # One array write instead of a ``token.is_sent_start`` per token, which spaCy makes costly on long
            # documents: 1 starts a sentence, -1 continues one (0 would mean "unknown" and break ``doc.sents``).
            sentence_starts = [start for paragraph in structure["paragraphs"] for start, _ in paragraph["sentences"]]
            flags = numpy.where(numpy.isin(starts, sentence_starts), 1, -1)
            if words.any() and not words[0]:
                flags[numpy.argmax(words)] = -1  # leading whitespace belongs to the first sentence, not one of its own
            flags[0] = 1
            doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))
        return doc


@Language.factory("arn_structure")
def make_structure_component(nlp: Language, name: str) -> StructureComponent:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
    return StructureComponent()
