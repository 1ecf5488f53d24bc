"""Names in a report on sport: clubs whose names are also common words («انتقل خالد الزيلعي لاعب وسط النصر إلى
صفوف التعاون», «مرتبط بعقد مع فريق الهلال») and competitions, which are events (``MISC``: «الدوري الإنجليزي
الممتاز», «دوري أبطال آسيا», «كأس العالم للشباب», «مونديال روسيا 2018»).

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
_CITY_WORDS = matching_forms("مدينة مدينتي العاصمة")


def _adjective(norm: str) -> bool:
    """A definite relational adjective, singular or plural: «السعودي», «المحليين», «الوطنيات»."""
    return is_nisba(norm) or (norm.startswith("ال") and norm.endswith(("يين", "يون", "يات")) and len(norm) > 6)


def _reports_on_sport(norms: Sequence[str]) -> bool:
    return len(_SPORT_WORDS.intersection(norms)) >= _SPORT_CONTEXT


def club_mentions(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``spans`` with listed club names as ``ORG`` in a text that reports on sport: left untagged, or tagged as the
    city a club is named after («وافق فريق ليفربول», not «مدينة ليفربول»)."""
    norms = token_norms(doc)
    if not gazetteer.club_names or not _reports_on_sport(norms):
        return list(spans)

    def club_city(start: int, end: int, label: str) -> bool:
        return label == "LOC" and (restore_article(norms[start]), *norms[start + 1:end]) in gazetteer.club_names \
            and not (start > 0 and norms[start - 1] in _CITY_WORDS)

    spans = [(start, end, "ORG" if club_city(start, end, label) else label) for start, end, label in spans]
    taken = covered(spans)
    found = []
    firsts = {name[0] for name in gazetteer.club_names}
    i = 0
    while i < len(doc):
        first = restore_article(norms[i])
        length = 0 if first not in firsts else next(
            (n for n in range(_LONGEST, 0, -1) if i + n <= len(doc) and (first, *norms[i + 1:i + n]) in gazetteer.club_names), 0)
        if not length or any(k in taken for k in range(i, i + length)) \
                or (i > 0 and norms[i - 1] in _CATEGORY_WORDS) \
                or (i > 1 and norms[i - 1] == "ل" and norms[i - 2] in _CATEGORY_WORDS) \
                or (i + length < len(doc) and _adjective(norms[i + length])) \
                or (i > 0 and norms[i - 1] == "ب" and i + 1 < len(doc) and norms[i + 1] == "مع"):
            i += 1
            continue
        found.append((i, i + length, "ORG"))
        i += length
    return spans + found


_COMPETITIONS = matching_forms("الدوري دوري كأس مونديال بطولة أولمبياد")
_COMPETITION_WORDS = matching_forms("أبطال الأبطال العالم الأمم الممتاز الملك ولي العهد الخليج العرب كأس دول")
_CATEGORIES = matching_forms("لمحترفين لشباب لناشئين لأندية لسيدات لرجال لمنتخبات")
_COMPETITION_REACH = 7


def competitions(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with the competitions of a report on sport as ``MISC``: a head («الدوري», «دوري», «كأس», «مونديال»,
    «بطولة»), then adjectives, words such as «أبطال», «العالم», «الممتاز», a place or a person's name («دوري عبداللطيف
    جميل»: one name), the category after «ل» («للشباب», «للمحترفين») and a year, not the game («الدوري الروسي لكرة
    القدم» names the league «الدوري الروسي»). Names inside give way to it. «الدوري» after a definite noun is the
    adjective «periodic» («الفحص الدوري»)."""
    norms = token_norms(doc)
    if not _reports_on_sport(norms):
        return list(spans)
    at = {start: end for start, end, _ in spans}
    found = []
    i = 0
    while i < len(doc) - 1:
        if norms[i] not in _COMPETITIONS or (norms[i] == "الدوري" and i > 0 and norms[i - 1].startswith("ال")):
            i += 1
            continue
        end = i + 1
        named = False
        while end < min(len(doc), i + _COMPETITION_REACH):
            if end in at and not named:
                end, named = at[end], True
            elif _adjective(norms[end]) or norms[end] in _COMPETITION_WORDS:
                end += 1
            elif norms[end] == "ل" and end + 1 < len(doc) and norms[end + 1] in _CATEGORIES:
                end += 2
            elif doc[end].like_num and len(doc[end].text) == 4:
                end += 1
                break
            else:
                break
        if end > i + 1 and not any(s < end and e > i and not (i <= s and e <= end) for s, e, _ in spans):
            found.append((i, end, "MISC"))
            i = end
        else:
            i += 1
    return [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b, _ in found)] + found
