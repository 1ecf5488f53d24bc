"""A foreign person named after a role and a nationality: «المدرب اليوناني دونيس», «المهاجم الأوروغوياني مورا»,
«الروائي البرازيلي باولو كويلو». News names foreigners this way, often by one name the given-name list lacks.

After a word for a person's role (``_ROLES``) and a nationality adjective come one to three words that are not
definite, not function words, verbs, positions or roles, not too short, and after the first not a noun with a
pronoun («دونيس سعادته»); they are the person.

    >>> from arabic_release_nlp.entities.gazetteer import load_gazetteer
    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("أكد المدرب اليوناني دونيس سعادته، وضم النادي المهاجم البلجيكي بنتيكي مقابل 32 مليوناً.")
    >>> [doc[s:e].text for s, e, _ in foreign_names(doc, [], load_gazetteer())]
    ['دونيس', 'بنتيكي']
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.missed_names import covered
from arabic_release_nlp.entities.national_bodies import nationalities
from arabic_release_nlp.entities.role_words import SPEECH_VERBS, VERBS
from arabic_release_nlp.text.normalize import matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms

_ROLES = matching_forms(
    "المدرب مدرب اللاعب لاعب المهاجم مهاجم المدافع مدافع الحارس حارس الظهير النجم نجم الدولي المحترف الجناح "
    "الكاتب الشاعر الروائي الفنان الفنانة الممثل الممثلة المغني المغنية المخرج الناشط الناشطة الصحفي الصحافي "
    "الصحفية الباحث العالم الملاكم العداء البطل البطلة اللاعبة")
_NOT_NAMES = matching_forms("في من على إلى عن مع أن إن التي الذي هذا هذه ذلك تلك خلال بين حول قد كما أيضا مقابل "
                            "بعد قبل عند منذ حتى لدى الذين سابقا سابق السابق حاليا اليوم أمس")
_LONGEST = 3
_POSSESSIVES = ("ته", "تها", "تهم", "ها", "هم")  # a noun with a pronoun is no family name


def foreign_names(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``PER`` spans for the words after a role and a nationality adjective, outside ``spans``."""
    norms = token_norms(doc)
    known = nationalities(gazetteer)
    taken = covered(spans)
    found = []
    for i in range(2, len(doc)):
        if norms[i - 1] not in known or norms[i - 2] not in _ROLES or i in taken:
            continue
        end = i
        while end < min(len(doc), i + _LONGEST) and end not in taken and _name_word(doc, end, norms[end], gazetteer) \
                and not (end > i and norms[end].endswith(_POSSESSIVES)):  # «دونيس سعادته»: his happiness
            end += 1
        if end > i:
            found.append((i, end, "PER"))
    return found


def _name_word(doc: Doc, index: int, norm: str, gazetteer: Gazetteer) -> bool:
    return doc[index].is_alpha and len(norm) > 2 and not norm.startswith("ال") and norm not in _NOT_NAMES \
        and norm not in _ROLES and norm not in gazetteer.titles and norm not in VERBS and norm not in SPEECH_VERBS \
        and not gazetteer.position_length([doc[index].text])
