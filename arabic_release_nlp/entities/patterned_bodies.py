"""Bodies named by pattern that the recogniser missed: an organisation noun, a definite noun and its relational
adjectives («لجنة السلامة المرورية», «هيئة الرقابة الإدارية», «جمعية الصحفيين الإماراتيين»).

The head must be a noun that names a body and nothing else (not «إدارة», management; «مركز», a centre; «مجلس»,
a sitting), written without the article (with it, the phrase usually refers back to a body named before: «اللجنة
الفنية المشتركة»), and at least one relational adjective must follow the definite noun: «هيئة التدريس» (the teaching
staff) and «لجنة الخبراء» stay generic.

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("وعقدت لجنة السلامة المرورية اجتماعها مع هيئة التدريس.")
    >>> [doc[start:end].text for start, end, _ in patterned_bodies(doc, [])]
    ['لجنة السلامة المرورية']
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.missed_names import covered
from arabic_release_nlp.text.normalize import is_nisba, matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms

_BODIES = matching_forms("وزارة هيئة لجنة جمعية مؤسسة منظمة مفوضية وكالة جامعة كلية شركة نقابة رابطة أكاديمية")
_LONGEST = 4  # relational adjectives after the definite noun


def patterned_bodies(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``ORG`` spans for a body noun, a definite noun and 1–``_LONGEST`` relational adjectives, outside ``spans``."""
    norms = token_norms(doc)
    taken = covered(spans)
    found = []
    i = 0
    while i < len(doc) - 2:
        noun = norms[i + 1]
        if norms[i] not in _BODIES or not noun.startswith("ال") or is_nisba(noun) or len(noun) < 5:
            i += 1
            continue
        end = i + 2
        while end < len(doc) and end - i - 2 < _LONGEST and is_nisba(norms[end]):
            end += 1
        if end > i + 2 and not any(k in taken for k in range(i, end)):
            found.append((i, end, "ORG"))
            i = end
        else:
            i += 1
    return found
