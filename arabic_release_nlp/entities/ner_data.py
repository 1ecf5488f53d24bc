"""NER examples from our three sources (ANERcorp, AQMAR, our corpus) and the spaCy Docs built from them.

Every example is a text with character-span entities on our token boundaries. For our corpus, a few
spans start inside a token (a preposition on a word the tokenizer keeps whole: «بوادي الأردن»);
:func:`make_training_doc` splits the token at the boundary, so the model still learns the right span.

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc, split = make_training_doc(blank_arabic(), TextExample("زار بوادي الأردن", ((5, 16, "LOC"),), "corpus"))
    >>> [token.text for token in doc], [(ent.text, ent.label_) for ent in doc.ents], split
    (['زار', 'ب', 'وادي', 'الأردن'], [('وادي الأردن', 'LOC')], 1)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from arabic_release_nlp.entities.conll import LABELS, Entity, align_sentence, read_conll


@dataclass(frozen=True)
class TextExample:
    """A text, its entities as ``(start, end, label)`` character spans, and the source it came from."""

    text: str
    entities: tuple[Entity, ...]
    source: str


def conll_examples(path: str | Path, source: str) -> list[TextExample]:
    """One example per sentence of a CoNLL file, aligned to our tokenizer (see ``conll.align_sentence``)."""
    examples = []
    for sentence in read_conll(path):
        aligned = align_sentence(sentence)
        examples.append(TextExample(aligned.text, aligned.entities, source))
    return examples


def corpus_records(path: str | Path, split: str) -> list[dict]:
    """The release records of one split of a corpus JSON Lines file (format: data/corpus/README.md)."""
    with Path(path).open(encoding="utf-8") as handle:
        return [record for record in map(json.loads, filter(str.strip, handle)) if record.get("split") == split]


def record_entities(record: dict) -> tuple[Entity, ...]:
    """The gold entities of a corpus record as ``(start, end, label)``."""
    return tuple((e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] in LABELS)


def corpus_examples(path: str | Path, split: str = "train") -> list[TextExample]:
    """One example per paragraph of the releases of ``split``; offsets are relative to the paragraph."""
    examples = []
    for record in corpus_records(path, split):
        entities = record_entities(record)
        for paragraph in record["paragraphs"]:
            start, end = paragraph["start"], paragraph["end"]
            inside = tuple((s - start, e - start, label) for s, e, label in entities if start <= s and e <= end)
            examples.append(TextExample(record["text"][start:end], inside, "corpus"))
    return examples


def _cut_words(text: str, words: list[str], spaces: list[bool], cuts: set[int]) -> tuple[list[str], list[bool]]:
    new_words: list[str] = []
    new_spaces: list[bool] = []
    position = 0
    for word, space in zip(words, spaces):
        end = position + len(word)
        pieces = [position] + sorted(cut for cut in cuts if position < cut < end) + [end]
        for index, (start, end) in enumerate(zip(pieces, pieces[1:])):
            new_words.append(text[start:end])
            new_spaces.append(space and index == len(pieces) - 2)
        position += len(word) + space
    return new_words, new_spaces


def make_training_doc(nlp: Language, example: TextExample) -> tuple[Doc, int]:
    """A ``Doc`` of ``example.text`` with ``doc.ents`` set, and how many tokens were split to fit a span.

    Overlapping entities (none in our sources) would keep the longest, as ``spacy.util.filter_spans``.
    """
    doc = nlp.make_doc(example.text)
    misaligned = {point for start, end, _ in example.entities if doc.char_span(start, end) is None
                  for point in (start, end)}
    split = 0
    if misaligned:
        words = [token.text for token in doc]
        spaces = [bool(token.whitespace_) for token in doc]
        new_words, new_spaces = _cut_words(example.text, words, spaces, misaligned)
        split = len(new_words) - len(words)
        doc = Doc(nlp.vocab, words=new_words, spaces=new_spaces)
    spans = [doc.char_span(start, end, label=label) for start, end, label in example.entities]
    doc.ents = filter_spans([span for span in spans if span is not None])
    return doc, split


def make_training_docs(nlp: Language, examples: Iterable[TextExample]) -> tuple[list[Doc], int]:
    """Docs for many examples, and the number of tokens split at entity boundaries over all of them."""
    docs, split = [], 0
    for example in examples:
        doc, count = make_training_doc(nlp, example)
        docs.append(doc)
        split += count
    return docs, split
