"""Where a paragraph sits in its release, as features for the goal classifier.

A release's closing paragraphs (who attended, when the next meeting is, where the report can be downloaded) and
its quotes of thanks share the release's vocabulary but rarely serve a goal of their own (ANNOTATION.md §5), while
the first body paragraph usually states what the release is about. Words alone cannot tell these apart; the
paragraph's kind, its place among the body paragraphs and its length can.

A paragraph's layout travels inside the classifier's text input as a short code after ``LAYOUT_SEPARATOR``
(``"body 4 6 31"``: kind, rank among the release's body and quote paragraphs, their count, words), so the
classifier keeps its text-in, labels-out contract:

    >>> texts = ["عنوان الخبر", "أطلقت المنظمة حملة لتطعيم الأطفال في ثلاث محافظات.",
    ...          "وقالت الممثلة: «نشكر شركاءنا على دعمهم السخي لهذه الحملة ولكل العاملين فيها».",
    ...          "وحضر الحفل ممثلون عن الوزارات."]
    >>> paragraph_layouts(texts, ["headline", "body", "body", "body"])
    ['headline 0 3 2', 'body 0 3 8', 'quote 1 3 12', 'body 2 3 5']
    >>> {name: round(float(value), 2) for name, value in zip(FEATURES, layout_matrix(["body 2 3 5"])[0])}
    {'headline': 0.0, 'body': 1.0, 'quote': 0.0, 'first': 0.0, 'last': 1.0, 'second_last': 0.0, 'position': 1.0, 'length': 0.06}
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from arabic_release_nlp.structure.layout import is_quote

# Separates a classifier input's text from its paragraph's layout code.
LAYOUT_SEPARATOR = "\x1f"
FEATURES = ("headline", "body", "quote", "first", "last", "second_last", "position", "length")
# Paragraph lengths (in words) count up to this; longer paragraphs are all "long".
LONG_PARAGRAPH = 80


def paragraph_layouts(texts: Sequence[str], kinds: Sequence[str], skipped: frozenset[str] = frozenset()) -> list[str | None]:
    """The layout code of every paragraph; ``None`` for paragraphs whose kind is in ``skipped``.

    ``kinds`` says which paragraph is the headline and which are skipped; body and quote are told apart here,
    from the text, so that training on annotated releases and tagging new ones read quotes the same way.
    """
    ranked = [i for i, kind in enumerate(kinds) if kind not in skipped and kind != "headline"]
    rank = {index: position for position, index in enumerate(ranked)}
    codes: list[str | None] = []
    for index, (text, kind) in enumerate(zip(texts, kinds)):
        if kind in skipped:
            codes.append(None)
            continue
        if kind != "headline":
            kind = "quote" if is_quote(text) else "body"
        codes.append(f"{kind} {rank.get(index, 0)} {len(ranked)} {len(text.split())}")
    return codes


def layout_matrix(codes: Sequence[str | None]) -> np.ndarray:
    """One row of ``FEATURES`` per layout code; a ``None`` or empty code (a text without layout) is all zeros."""
    matrix = np.zeros((len(codes), len(FEATURES)), dtype=np.float32)
    for row, code in enumerate(codes):
        if not code:
            continue
        kind, rank, count, words = code.split()
        rank, count = int(rank), int(count)
        matrix[row, FEATURES.index(kind)] = 1.0
        if kind != "headline":
            matrix[row, 3:7] = [rank == 0, rank == count - 1, rank == count - 2, rank / max(count - 1, 1)]
        matrix[row, 7] = min(int(words), LONG_PARAGRAPH) / LONG_PARAGRAPH
    return matrix
