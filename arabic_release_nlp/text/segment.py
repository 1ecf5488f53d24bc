"""Paragraph and sentence boundaries, as character offsets into the original text."""

from __future__ import annotations

import re
from typing import Sequence

_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_SENTENCE_ENDS = frozenset({".", "؟", "?", "!", "؛", "…", "...", "....", "....."})
_CLOSERS = frozenset({'"', "»", "”", "’", "'", ")", "]", "﴿", "﴾"})
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "”", "‹": "›"}


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every paragraph: each non-blank line, without its surrounding whitespace.

    >>> split_paragraphs("عنوان\\n\\n  فقرة أولى.\\nفقرة ثانية.\\n")
    [(0, 5), (9, 19), (20, 31)]
    """
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def _quoted_tokens(words: Sequence[str]) -> list[bool]:
    """Which tokens lie inside a matched pair of quotation marks; an unmatched mark quotes nothing."""
    inside = [False] * len(words)
    open_at: dict[str, int] = {}
    for index, word in enumerate(words):
        if word == '"':
            if '"' in open_at:
                for between in range(open_at.pop('"') + 1, index):
                    inside[between] = True
            else:
                open_at['"'] = index
        elif word in _QUOTE_PAIRS:
            open_at.setdefault(_QUOTE_PAIRS[word], index)
        elif word in open_at and word != '"':
            for between in range(open_at.pop(word) + 1, index):
                inside[between] = True
    return inside


def split_sentences(text: str, tokens: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group the tokens of one paragraph into sentences; return each sentence's ``(start, end)``.

    A sentence ends at ``.`` ``؟`` ``!`` ``؛`` (with any closing quotes or brackets right after), never
    inside a matched quotation; numbers (``3.5``) and abbreviations (``د.``) are single tokens, so their
    periods never end a sentence.

    >>> from arabic_release_nlp.text.tokenizer import ArabicTokenizer
    >>> text = 'قال د. سمير: "نعم. لا". وانتهى الأمر عند 3.5 ملايين؛ ثم غادر'
    >>> [text[s:e] for s, e in split_sentences(text, ArabicTokenizer().spans(text))]
    ['قال د. سمير: "نعم. لا".', 'وانتهى الأمر عند 3.5 ملايين؛', 'ثم غادر']
    """
    if not tokens:
        return []
    words = [text[start:end] for start, end in tokens]
    quoted = _quoted_tokens(words)
    sentences = []
    sentence_start = tokens[0][0]
    index = 0
    while index < len(tokens):
        if words[index] in _SENTENCE_ENDS and not quoted[index]:
            while index + 1 < len(tokens) and (words[index + 1] in _SENTENCE_ENDS or words[index + 1] in _CLOSERS) \
                    and tokens[index + 1][0] == tokens[index][1]:
                index += 1
            sentences.append((sentence_start, tokens[index][1]))
            if index + 1 < len(tokens):
                sentence_start = tokens[index + 1][0]
        index += 1
    if not sentences or sentences[-1][1] != tokens[-1][1]:
        sentences.append((sentence_start, tokens[-1][1]))
    return sentences
