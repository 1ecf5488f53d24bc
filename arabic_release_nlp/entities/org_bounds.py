"""Where an organisation's span ends, when the recogniser ran past it.

- A personal honorific or a style of address starts a person, not a word of the name: «كرسي … لدراسات قضايا المجتمع
  الدكتور علي …», «الهيئة العامة للسياحة والتراث الوطني صاحب السمو الملكي الأمير …», «… معالي …».
- A military or police rank before a given name starts a person, who is the rest of the span: «شرطة منطقة القصيم
  الرائد بدر السحيباني».
- «في» before the occasion of speaking is the sentence's: «جمعية الأطفال المعوقين في كلمته».
- A verb the role and speech rules know starts the predicate («مركز المعلومات الوطني قام …», «جامعة نايف تنظم …»),
  unless it is also a noun that names use («نظم المعلومات», «عقد», «سلم»).

Not cut: a listed place after «ب» or «في» at the end of a name («مؤسسة رعاية الفتيات بالأحساء»). Annotators of real
news split these every time, but our corpus keeps about half of them whole, and cutting them cost its test split
0.010 ORG F1 (real excerpts: +0.004 entity micro-F1).

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("وقال عضو جمعية الأطفال المعوقين في كلمته إن الحفل ناجح")
    >>> [(doc[s:e].text, label) for s, e, label in organization_bounds(doc, [(3, 8, "ORG")])]
    [('جمعية الأطفال المعوقين', 'ORG')]
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import HONORIFICS
from arabic_release_nlp.entities.role_words import SPEECH_VERBS, VERBS
from arabic_release_nlp.text.normalize import matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms

_STYLES = matching_forms("صاحب صاحبة معالي سعادة فخامة سمو")
_OCCASIONS = matching_forms("كلمة كلمته كلمتها تصريح تصريحه تصريحها حديثه حديثها")
_PREDICATE_VERBS = (VERBS | SPEECH_VERBS) - matching_forms("نظم عقد سلم كشف شرع بدأ تعاون")
_RANKS = matching_forms("الرائد العقيد المقدم العميد النقيب الملازم المشير اللواء")
_NOT_IN_NAMES = matching_forms("فإن إن أن بأن أنه إنه في من على إلى عن مع قال قالت أكد أوضح")
_NAME_WORDS = 4


def organization_bounds(doc: Doc, spans: Sequence[tuple[int, int, str]],
                        given_names: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """``spans`` with each organisation's span ended where its name ends (see the module doc)."""
    norms = token_norms(doc)
    result = []
    for start, end, label in spans:
        if label == "ORG":
            cut = next((i for i in range(start + 1, end) if norms[i] in HONORIFICS or norms[i] in _STYLES or norms[i] in _PREDICATE_VERBS
                        or (norms[i] == "في" and i + 1 < end and norms[i + 1] in _OCCASIONS)
                        or (norms[i] in _RANKS and i > start + 1 and i + 1 < end and norms[i + 1] in given_names)), end)
            if cut < end and norms[cut] in _RANKS:  # the ranked person the span ran into, up to a word of the sentence
                person = next((i for i in range(cut + 2, min(end, cut + _NAME_WORDS + 1))
                               if not doc[i].is_alpha or norms[i] in _NOT_IN_NAMES), min(end, cut + _NAME_WORDS + 1))
                result.append((cut + 1, person, "PER"))
            end = cut
        result.append((start, end, label))
    return result
