"""Read CoNLL-style NER corpora (ANERcorp, AQMAR), map their tags to ours and align them to our tokenizer.

The corpora are tokenised by whitespace, with proclitics left attached («والاتحاد B-ORG»). Our tokenizer
splits the proclitics, and ANNOTATION.md keeps them outside entity spans, so an aligned entity starts after
a split-off clitic and never begins or ends on a bare punctuation token:

    >>> sentence = ConllSentence(("أعلن", "والاتحاد", "الأوروبي"), ("O", "B-ORG", "I-ORG"))
    >>> aligned = align_sentence(sentence)
    >>> [(aligned.text[start:end], label) for start, end, label in aligned.entities]
    [('الاتحاد الأوروبي', 'ORG')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Iterable, Iterator

from arabic_release_nlp.text.tokenizer import ArabicTokenizer

LABELS = ("PER", "ORG", "LOC", "MISC")
Entity = tuple[int, int, str]

# ANERcorp writes PERS; AQMAR has article-specific MIS0-MIS3 classes (and typos of them), merged into MISC.
_TYPE_NAMES = {"PER": "PER", "PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_TAG = re.compile(r"^([BI])-+([A-Z]+)")
_PROCLITICS = frozenset("وفبكل")


def map_tag(tag: str) -> str:
    """Our BIO tag for a corpus tag: ``B-PERS`` -> ``B-PER``, ``I-MIS2`` -> ``I-MISC``; anything else -> ``O``.

    >>> [map_tag(tag) for tag in ("B-PERS", "I-LOC", "B-MIS1`", "I--ORG", "OO", "B-ENGLISH")]
    ['B-PER', 'I-LOC', 'B-MISC', 'I-ORG', 'O', 'O']
    """
    match = _TAG.match(tag.strip().upper())
    if not match:
        return "O"
    prefix, name = match.groups()
    label = _TYPE_NAMES.get(name) or ("MISC" if name.startswith("MIS") else None)
    return f"{prefix}-{label}" if label else "O"


@dataclass(frozen=True)
class ConllSentence:
    """One sentence of a CoNLL file: its whitespace words and their (mapped) BIO tags."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


def parse_conll(lines: Iterable[str]) -> Iterator[ConllSentence]:
    """Sentences of ``word TAG`` lines separated by blank lines; tags are mapped with :func:`map_tag`.

    A line whose word part holds several words (a few in ANERcorp) gives one word each, continuing the
    entity; a line with a tag and no word is skipped.
    """
    words: list[str] = []
    tags: list[str] = []
    for line in lines:
        fields = line.split()
        if not fields:
            if words:
                yield ConllSentence(tuple(words), tuple(tags))
                words, tags = [], []
            continue
        if len(fields) == 1:
            continue
        tag = map_tag(fields[-1])
        for index, word in enumerate(fields[:-1]):
            words.append(word)
            tags.append(tag if index == 0 or tag == "O" else "I-" + tag[2:])
    if words:
        yield ConllSentence(tuple(words), tuple(tags))


def read_conll(path: str | Path) -> list[ConllSentence]:
    """All sentences of a CoNLL file (UTF-8, ``word TAG`` per line)."""
    with Path(path).open(encoding="utf-8") as handle:
        return list(parse_conll(handle))


def tag_spans(tags: Iterable[str]) -> list[Entity]:
    """``(first, end, label)`` word-index spans of a BIO tag sequence, end exclusive.

    Read leniently, so IOB1 works too: ``I-X`` after ``O`` or after another label starts an entity.

    >>> tag_spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"])
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC'), (5, 6, 'ORG')]
    """
    spans: list[Entity] = []
    start, label = None, None
    for index, tag in enumerate(list(tags) + ["O"]):
        prefix, _, name = tag.partition("-")
        if label is not None and (prefix != "I" or name != label):
            spans.append((start, index, label))
            start, label = None, None
        if prefix in ("B", "I") and label is None:
            start, label = index, name
    return spans


@dataclass(frozen=True)
class AlignedSentence:
    """A CoNLL sentence as text, with its entities as character spans on our token boundaries.

    ``word_spans`` and ``word_entities`` keep the corpus's own segmentation (character span of each word,
    and entities as word-index spans), for scoring the way published results on these corpora are scored.
    ``moved`` counts entities whose start moved off a proclitic, ``trimmed`` those that lost an edge
    punctuation token, ``dropped`` those left with no token at all.
    """

    text: str
    entities: tuple[Entity, ...]
    word_spans: tuple[tuple[int, int], ...]
    word_entities: tuple[Entity, ...]
    moved: int = 0
    trimmed: int = 0
    dropped: int = field(default=0)


@cache
def _tokenizer() -> ArabicTokenizer:
    return ArabicTokenizer()


def _has_word_character(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def align_sentence(sentence: ConllSentence, tokenizer: ArabicTokenizer | None = None) -> AlignedSentence:
    """Join the words with spaces, tokenize, and move each entity onto our tokens (see the module doc)."""
    tokenizer = tokenizer or _tokenizer()
    text = " ".join(sentence.words)
    word_spans = []
    position = 0
    for word in sentence.words:
        word_spans.append((position, position + len(word)))
        position += len(word) + 1
    tokens = tokenizer.spans(text)
    word_entities = tag_spans(sentence.tags)
    entities: list[Entity] = []
    moved = trimmed = dropped = 0
    for first, end, label in word_entities:
        start_char, end_char = word_spans[first][0], word_spans[end - 1][1]
        inside = [(s, e) for s, e in tokens if s >= start_char and e <= end_char]
        # A proclitic token is one of و ف ب ك ل glued to the next token of the same word.
        had_clitic = False
        while len(inside) > 1 and text[inside[0][0]:inside[0][1]] in _PROCLITICS and inside[0][1] == inside[1][0]:
            inside.pop(0)
            had_clitic = True
        length = len(inside)
        while inside and not _has_word_character(text[inside[0][0]:inside[0][1]]):
            inside.pop(0)
        while inside and not _has_word_character(text[inside[-1][0]:inside[-1][1]]):
            inside.pop()
        if not inside:
            dropped += 1
            continue
        moved += had_clitic
        trimmed += len(inside) < length
        entities.append((inside[0][0], inside[-1][1], label))
    return AlignedSentence(text, tuple(entities), tuple(word_spans), tuple(word_entities), moved, trimmed, dropped)


def project_to_words(entities: Iterable[Entity], word_spans: tuple[tuple[int, int], ...]) -> set[Entity]:
    """Character-span entities as word-index spans of the corpus's segmentation (the words they touch).

    >>> project_to_words([(1, 16, "ORG")], ((0, 8), (9, 16)))
    {(0, 2, 'ORG')}
    """
    projected = set()
    for start, end, label in entities:
        touched = [index for index, (s, e) in enumerate(word_spans) if s < end and e > start]
        if touched:
            projected.add((touched[0], touched[-1] + 1, label))
    return projected
