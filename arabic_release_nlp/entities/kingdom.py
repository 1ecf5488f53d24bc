"""«المملكة» alone: the kingdom a text is about, named by its kind («قدمت المملكة …», «داخل المملكة»).

News and releases from Saudi Arabia, Jordan, Morocco or Bahrain name the country in full once and then as «المملكة».
Annotators reading ANNOTATION.md §1 tag it as a place (95 of 106 such mentions in 150 real news excerpts; our corpus
follows them, see its README). «البلاد» and «الدولة» stay generic: no annotator tagged them. A following
relational adjective or «المتحدة» makes «المملكة» the head of a longer name («المملكة المتحدة», «المملكة الأردنية
الهاشمية»), which the gazetteer and the recogniser find whole.

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("وقدمت المملكة العام الماضي دعما للمملكة المتحدة وللمملكة المغربية وللمملكة.")
    >>> [doc[start:end].text for start, end, _ in kingdom_mentions(doc, [])]
    ['المملكة', 'لمملكة']
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.missed_names import covered
from arabic_release_nlp.text.normalize import is_nisba, matching_forms, restore_article
from arabic_release_nlp.text.spacy_tokenizer import token_norms

_KINGDOM = matching_forms("المملكة")
_UNITED = matching_forms("المتحدة")


def kingdom_mentions(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One-token ``LOC`` spans for «المملكة» (or «لمملكة» after a split «ل») outside ``spans``, unless a
    relational adjective or «المتحدة» follows."""
    norms = token_norms(doc)
    taken = covered(spans)
    return [(i, i + 1, "LOC") for i, norm in enumerate(norms)
            if restore_article(norm) in _KINGDOM and i not in taken
            and not (i + 1 < len(norms) and (is_nisba(norms[i + 1]) or norms[i + 1] in _UNITED))]
