"""Bodies named by pattern that the recogniser missed: an organisation noun, a definite noun and its relational
adjectives («لجنة السلامة المرورية», «هيئة الرقابة الإدارية», «جمعية الصحفيين الإماراتيين»); a public authority's
name, «الهيئة العامة للسياحة والتراث الوطني» (:func:`public_authorities`); and a service named by its sector and
place, «شرطة منطقة القصيم», «صحة حفر الباطن» (:func:`local_services`).

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


# «الهيئة العامة ل…»: a definite head, «العامة»/«العليا» or a relational adjective, and the field after a fused «لل».
# Not «الإدارة» nor «الأمانة»: with «العامة» they name a body's own department or secretariat as often as a body.
_AUTHORITIES = matching_forms("الهيئة المديرية الرئاسة المؤسسة المصلحة الشركة")
_RANKS = matching_forms("العامة العليا")
_FIELD_WORDS = 6  # tokens of the field: «للبحوث العلمية والإفتاء», «للتدريب التقني والمهني»


def public_authorities(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with a public authority's whole name as ``ORG``: a definite head, one or two of «العامة», «العليا» or
    relational adjectives, «ل» and its field, with the field's adjectives and «و» + a definite noun («المديرية العامة
    للجوازات», «المؤسسة العامة للتدريب التقني والمهني», «الشركة السعودية للكهرباء»). Spans inside the name give way
    to it; one that reaches outside it keeps its place."""
    norms = token_norms(doc)
    starts = {start for start, _, _ in spans}
    found = []
    for i in range(len(doc) - 3):
        if norms[i] not in _AUTHORITIES:
            continue
        j = i + 1
        while j < min(len(doc), i + 3) and (norms[j] in _RANKS or is_nisba(norms[j])):
            j += 1
        if j == i + 1 or j + 1 >= len(doc) or norms[j] != "ل" or not norms[j + 1].startswith("ل") or len(norms[j + 1]) < 4:
            continue
        end = j + 2
        while end < min(len(doc), j + 2 + _FIELD_WORDS):
            if norms[end].startswith("ال") and (is_nisba(norms[end]) or norms[end - 1] == "و"):
                end += 1
            elif norms[end] == "و" and end + 1 < len(doc) and norms[end + 1].startswith("ال") and len(norms[end + 1]) > 3 \
                    and end + 1 not in starts:  # not a name of its own: «الهيئة العامة للإحصاء والإسكوا»
                end += 1
            else:
                break
        if norms[end - 1] == "و":
            end -= 1
        if not any(s < end and e > i and not (i <= s and e <= end) for s, e, _ in spans + found):
            found.append((i, end, "ORG"))
    return [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b, _ in found)] + found


# «شرطة منطقة القصيم», «صحة حفر الباطن», «تعليم جدة»: a public service of a place, named by its sector (Gulf usage).
_SECTORS = matching_forms("شرطة صحة تعليم مرور جوازات جمرك أمانة")
_DIVISIONS = matching_forms("منطقة محافظة مدينة ولاية")


def local_services(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with a sector noun, an optional division word and a place found as ``LOC`` joined into one ``ORG``."""
    norms = token_norms(doc)
    starts = {start: (end, label) for start, end, label in spans}
    joined = {}
    for i in range(len(doc) - 1):
        if norms[i] not in _SECTORS or (i > 0 and doc[i - 1].norm_ in _SECTORS):
            continue
        # the place, or the division word that begins it («[منطقة القصيم]»)
        place = i + 1 if i + 1 in starts or norms[i + 1] not in _DIVISIONS else i + 2
        if place in starts and starts[place][1] == "LOC" and not any(s <= i < e for s, e, _ in spans):
            joined[place] = (i, starts[place][0], "ORG")
    return [joined.get(s[0], s) for s in spans]
