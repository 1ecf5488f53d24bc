"""Sports clubs whose names are also common words, read as clubs in a report on sport: «انتقل خالد الزيلعي لاعب
وسط النصر إلى صفوف التعاون», «مرتبط بعقد مع فريق الهلال».

The gazetteer marks such names ambiguous («الهلال» is the crescent, «التعاون» cooperation, «الشباب» youth), so they are
not matched in other text. A report on sport names several of ``_SPORT_WORDS``; there a listed club name is an
``ORG``, unless a word before it makes it a category («كأس العالم للشباب», «دوري الشباب»), an adjective follows it
(«لاعبين من الشباب المحليين»: a club's nationality, «الهلال السعودي», is a listed name) or it is the noun of
«بالتعاون مع».

    >>> from arabic_release_nlp.entities.gazetteer import load_gazetteer
    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("انتقل لاعب النصر إلى التعاون بعقد لموسم واحد، وقال المدرب إن الدوري قوي.")
    >>> [doc[s:e].text for s, e, _ in club_mentions(doc, [], load_gazetteer())]
    ['النصر', 'التعاون']
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.missed_names import covered
from arabic_release_nlp.text.normalize import is_nisba, matching_forms, restore_article
from arabic_release_nlp.text.spacy_tokenizer import token_norms

_SPORT_WORDS = matching_forms(
    "لاعب لاعبا لاعباً اللاعب اللاعبين لاعبي مدرب المدرب مدربا الدوري دوري مباراة المباراة مباريات المباريات "
    "بطولة البطولة المنتخب الانتقالات التعاقد صفوف هدفا هدفاً أهداف الأهداف الكروي الكروية مهاجم المهاجم "
    "المدافع حارس الحارس الملعب ملعب النادي نادي الفريق فريق")
_SPORT_CONTEXT = 3  # distinct sport words in the text
_CATEGORY_WORDS = matching_forms("كأس منتخب فئة دوري درجة بطولة رعاية وزارة هيئة")
_LONGEST = 3


def _adjective(norm: str) -> bool:
    """A definite relational adjective, singular or plural: «السعودي», «المحليين», «الوطنيات»."""
    return is_nisba(norm) or (norm.startswith("ال") and norm.endswith(("يين", "يون", "يات")) and len(norm) > 6)


def club_mentions(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``ORG`` spans for listed club names left untagged, in a text that reports on sport."""
    if not gazetteer.club_names:
        return []
    norms = token_norms(doc)
    if len(_SPORT_WORDS.intersection(norms)) < _SPORT_CONTEXT:
        return []
    taken = covered(spans)
    found = []
    i = 0
    while i < len(doc):
        length = next((n for n in range(_LONGEST, 0, -1) if i + n <= len(doc)
                       and (restore_article(norms[i]), *norms[i + 1:i + n]) in gazetteer.club_names), 0)
        if not length or any(k in taken for k in range(i, i + length)) \
                or (i > 0 and norms[i - 1] in _CATEGORY_WORDS) \
                or (i > 1 and norms[i - 1] == "ل" and norms[i - 2] in _CATEGORY_WORDS) \
                or (i + length < len(doc) and _adjective(norms[i + length])) \
                or (i > 0 and norms[i - 1] == "ب" and i + 1 < len(doc) and norms[i + 1] == "مع"):
            i += 1
            continue
        found.append((i, i + length, "ORG"))
        i += length
    return found
