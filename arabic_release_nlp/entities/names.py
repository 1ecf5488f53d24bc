"""The ``name`` of an entity (ANNOTATION.md §4): its surface form cleaned, with a fused article restored.

Standard library only: the corpus markup checker uses it too.
"""

from __future__ import annotations

import re

from arabic_release_nlp.text.characters import PERSIAN_TO_ARABIC_LETTERS

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")


def entity_name(text: str, start: int, end: int) -> str:
    """The surface text of ``text[start:end]`` without marks or tatweel, whitespace collapsed, Persian yeh and
    keheh written as the Arabic letters they stand for, and the article restored when the span follows a fused «لل»
    (``ل|لمنظمة`` -> «المنظمة»).

    >>> text = "تدريب للمنظمة الدولية للهجرة"
    >>> entity_name(text, 7, len(text))
    'المنظمة الدولية للهجرة'
    >>> entity_name("برنامج الأغذیة العالمي", 0, 22) == "برنامج الأغذية العالمي"
    True
    """
    surface = " ".join(_MARKS.sub("", text[start:end]).translate(PERSIAN_TO_ARABIC_LETTERS).split())
    fused = start > 0 and text[start - 1] == "ل" and surface.startswith("ل") and not surface.startswith("ال")
    if fused and (start == 1 or not text[start - 2].isalpha() or text[start - 2] in "وف"):
        return "ا" + surface
    return surface
