"""A keyword baseline for goal tagging, in the manner of OSDG v1 and text2sdg's query systems.

A paragraph gets a goal when it contains any of that goal's keywords from the taxonomy (matching form,
whole words). It sets the bar the trained classifier must clear.
"""

from __future__ import annotations

import re
from typing import Sequence

from arabic_release_nlp.goals.classifier import split_context
from arabic_release_nlp.goals.taxonomy import Taxonomy
from arabic_release_nlp.text.normalize import normalize_for_matching


def _keyword_pattern(keyword: str) -> str:
    """A keyword in its matching form, with the proclitics and article it may carry in running text."""
    keyword = normalize_for_matching(keyword)
    if keyword.startswith("ال"):
        return r"(?:[وف]?[بك]?ال|[وف]?لل)" + re.escape(keyword[2:])
    return r"(?:[وف]?[بكل]?)" + re.escape(keyword)


class KeywordTagger:
    """Label paragraphs by keyword lists: ``{label: [keyword, …]}``."""

    def __init__(self, keywords: dict[str, Sequence[str]]) -> None:
        self.patterns = {
            label: re.compile(r"(?<!\w)(?:" + "|".join(_keyword_pattern(k) for k in sorted(words, key=len, reverse=True))
                              + r")(?!\w)")
            for label, words in keywords.items() if words
        }

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy) -> KeywordTagger:
        return cls({goal.label: goal.keywords_ar for goal in taxonomy.goals})

    def predict_labels(self, texts: Sequence[str]) -> list[list[str]]:
        """The labels whose keywords occur in each text (a classifier input: the paragraph, not the release
        context after ``CONTEXT_SEPARATOR``, as keyword systems judge a passage by itself)."""
        normalised = [normalize_for_matching(split_context(text)[0]) for text in texts]
        return [[label for label, pattern in self.patterns.items() if pattern.search(text)] for text in normalised]
