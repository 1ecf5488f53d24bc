"""Words of real news that look like names to the recogniser but name nothing here.

- «السعودية» after a definite word and «سورية» after an indefinite noun are adjectives, not the countries:
  «السلطات السعودية», «الحملة الوطنية السعودية», «للصادرات السعودية», «3202 عائلة سورية» (but «إلى السعودية»,
  «في سورية»).
- A Levantine month name in brackets after the Gregorian one is a date: «أغسطس (آب)», «أبريل (نيسان)».
- «حفظه الله», «رحمه الله» and the like are blessings after a name.

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("بالتعاون مع السلطات السعودية في 17 أغسطس (آب) المقبل")
    >>> without_non_names(doc, [(0, 2, "ORG"), (4, 5, "LOC"), (9, 10, "LOC")], frozenset())
    [(0, 2, 'ORG')]
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.text.normalize import matching_forms, restore_article
from arabic_release_nlp.text.spacy_tokenizer import token_norms, token_texts

# Country names that are also the adjective of the country: definite («السعودية») or not («سورية»).
_DEFINITE_ADJECTIVE_COUNTRIES = matching_forms("السعودية")
_INDEFINITE_ADJECTIVE_COUNTRIES = matching_forms("سورية")
# Words after which such a word is still the country: prepositions and place heads («دولة», «إلى»).
_BEFORE_COUNTRIES = matching_forms("في من إلى الى على عن مع بين حول نحو داخل خارج عبر لدى دولة الدولة مملكة المملكة "
                                   "جمهورية الجمهورية العربية بلاد شمال جنوب شرق غرب وسط أنحاء ضد")
_GREGORIAN_MONTHS = matching_forms("يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر")
_LEVANTINE_MONTHS = matching_forms("كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين")
_BLESSINGS = matching_forms("حفظه حفظها حفظهما حفظهم رحمه رحمها رحمهما رحمهم يرحمه يرحمها")


def _adjective(norms: Sequence[str], texts: Sequence[str], start: int, end: int, titles: frozenset[str]) -> bool:
    if end - start != 1 or start == 0 or not texts[start - 1].isalpha():
        return False
    word, before = norms[start], norms[start - 1]
    if start > 1 and texts[start - 2] == "ل":  # «للصادرات السعودية»: ل + «لصادرات», the article fused
        before = restore_article(before)
    if before in _BEFORE_COUNTRIES or before in titles:
        return False
    if word in _DEFINITE_ADJECTIVE_COUNTRIES:
        return before.startswith("ال")
    return word in _INDEFINITE_ADJECTIVE_COUNTRIES and not before.startswith("ال") and len(before) > 2


def _bracketed_month(norms: Sequence[str], texts: Sequence[str], start: int) -> bool:
    return norms[start] in _LEVANTINE_MONTHS and start >= 2 and texts[start - 1] == "(" \
        and norms[start - 2] in _GREGORIAN_MONTHS


def without_non_names(doc: Doc, spans: Sequence[tuple[int, int, str]], titles: frozenset[str]) -> list[tuple[int, int, str]]:
    """``spans`` without those that are adjectives of a country, bracketed month names or blessings."""
    norms, texts = token_norms(doc), token_texts(doc)
    return [(start, end, label) for start, end, label in spans
            if not (_adjective(norms, texts, start, end, titles) or _bracketed_month(norms, texts, start)
                    or norms[start] in _BLESSINGS)]
