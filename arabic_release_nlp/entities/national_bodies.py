"""A country's government and forces named by their nationality: «الحكومة اليونانية», «الحكومة اليمنية الشرعية»,
«خفر السواحل الإيطالي», «البحرية الألمانية», «الجيش الليبي», «القوات المسلحة الأردنية».

ANNOTATION.md §1 makes a government that acts an organisation, and the corpus tags these bodies as ``ORG``; the
recogniser, which sees a nationality adjective mostly inside longer names, misses them in news. The nationality
adjectives are derived from the one-word country names of the gazetteer («اليونان» -> «اليوناني», «ألمانيا» ->
«الألماني», «السعودية» -> «السعودي»), with the irregular ones listed here.

    >>> from arabic_release_nlp.entities.gazetteer import load_gazetteer
    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("قدمت الحكومة اليونانية مشروع القانون وأنقذ خفر السواحل الإيطالي المهاجرين")
    >>> [doc[s:e].text for s, e, _ in national_bodies(doc, [], load_gazetteer())]
    ['الحكومة اليونانية', 'خفر السواحل الإيطالي']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.text.normalize import is_nisba, matching_forms, normalize_for_matching
from arabic_release_nlp.text.spacy_tokenizer import token_norms

_BODIES = tuple(tuple(normalize_for_matching(word) for word in body.split())
                for body in ("الحكومة", "خفر السواحل", "البحرية", "الجيش", "القوات المسلحة", "القوات البحرية",
                             "القوات الجوية"))
_FIRST_WORDS = frozenset(body[0] for body in _BODIES)
_IRREGULAR = matching_forms("الأمريكي الأميركي الأمريكية الأميركية النمساوي النمساوية الأفغاني الأفغانية "
                            "الألماني الألمانية الألباني الألبانية")  # «ألمانيا» reads like «ال» + «مانيا»
# Derived forms that are ordinary words: «المالي» (financial), not Malian.
_NOT_NATIONALITIES = matching_forms("المالي المالية")


@lru_cache(maxsize=4)
def nationalities(gazetteer: Gazetteer) -> frozenset[str]:
    """Matching forms of nationality adjectives, masculine and feminine («اليوناني», «اليونانيه»), from the one-word
    countries of ``gazetteer``, also without the long vowel before the last letter, as the press often spells them
    («التايلندية» beside «التايلاندية», «الهولندي»)."""
    forms = set(_IRREGULAR)
    countries = {entity.name_ar for entity in gazetteer.entities.values() if entity.label == "LOC" and entity.type == "country"}
    for name in map(normalize_for_matching, countries):
        if " " in name:
            continue
        stem = name[2:] if name.startswith("ال") else name
        for ending in ("يا", "يه", "ا", "ه"):
            if stem.endswith(ending) and len(stem) > len(ending) + 2:
                stem = stem[:-len(ending)]
                break
        alef = stem.rfind("ا")
        stems = {stem, stem[:alef] + stem[alef + 1:]} if len(stem) > 4 and alef >= len(stem) - 3 else {stem}  # «التايلندي»
        forms |= {f"ال{s}{ending}" for s in stems for ending in ("ي", "يه")}
    return frozenset(forms - _NOT_NATIONALITIES)


def national_bodies(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``ORG`` spans for a body, its nationality and any further relational adjectives (one may come before the
    nationality: «الحكومة الشرعية اليمنية»), unless an ``ORG`` span reaches outside it; a place or a shorter ``ORG``
    inside one («السعودية» read as the country, the gazetteer's «الحكومة اليمنية») gives way to it."""
    norms = token_norms(doc)
    known = nationalities(gazetteer)
    found = []
    for start in range(len(norms)):
        if norms[start] not in _FIRST_WORDS:
            continue
        body = next((b for b in _BODIES if tuple(norms[start:start + len(b)]) == b), None)
        if body is None:
            continue
        end = start + len(body)
        if end + 1 < len(norms) and is_nisba(norms[end]) and norms[end] not in known and norms[end + 1] in known:
            end += 1  # «الحكومة الشرعية اليمنية»
        if end >= len(norms) or norms[end] not in known:
            continue
        end += 1
        while end < len(norms) and is_nisba(norms[end]) and norms[end] not in known:
            end += 1  # «الحكومة اليمنية الشرعية», not a second nationality
        # An ORG inside the span (the gazetteer's «الحكومة اليمنية») gives way to it; one reaching outside wins.
        if not any(s[0] < end and start < s[1] and s[2] == "ORG" and (s[0] < start or s[1] > end) for s in spans):
            found.append((start, end, "ORG"))
    return [s for s in spans if not any(s[0] < end and start < s[1] for start, end, _ in found)] + found
