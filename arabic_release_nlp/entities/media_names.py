"""The name of a newspaper, magazine, channel or radio after the noun that says what it is: «بصحيفة الوئام»,
«صحيفة دايلي ميل», «صحيفة ألموندو ديبورتيفو الإسبانية», «قناة العربية». The name is the organisation; the noun and a nationality
adjective after the name stay outside, as annotators of real news draw it. A quoted name is read by
:mod:`arabic_release_nlp.entities.quoted_organizations`, and a listed name that starts with the noun («قناة الجزيرة»
if listed so) keeps it.

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("وذكرت صحيفة ألموندو ديبورتيفو الإسبانية أن اللاعب سينتقل، كما بثت قناة العربية الخبر.")
    >>> [doc[s:e].text for s, e, _ in media_names(doc, [])]
    ['ألموندو ديبورتيفو', 'العربية']
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.role_words import SPEECH_VERBS, VERBS
from arabic_release_nlp.text.normalize import is_nisba, matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms

# Not «وكالة»: «وكالة توظيف», «57 وكالة ثبت أنها …» are common nouns; news agencies are listed in the gazetteer.
_MEDIA = matching_forms("صحيفة جريدة مجلة قناة إذاعة")
_NOT_NAMES = matching_forms("في من على إلى عن مع حول أن إن ان التي الذي الذين قد كما أيضا اليوم أمس الرسمية "
                            "للأنباء الأنباء الإخبارية المحلية العالمية الدولية")
_LONGEST = 3


def media_names(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with the names after a media noun as ``ORG`` (see the module doc); spans inside or starting inside
    such a name give way to it."""
    norms = token_norms(doc)
    starts = {start: end for start, end, _ in spans}
    found = []
    for i in range(len(doc) - 1):
        if norms[i] not in _MEDIA or i in starts or any(s < i + 1 < e for s, e, _ in spans):
            continue
        if i + 1 in starts:  # a name found already, maybe as a place: «صحيفة الرياض», «صحيفة الشرق الأوسط»
            end = starts[i + 1]
            while end - 1 > i + 1 and is_nisba(norms[end - 1]):  # without the nationality after it
                end -= 1
            found.append((i + 1, end, "ORG"))
            continue
        end = i + 1
        # a definite name is one word («بصحيفة الوئام»: «قناة العربية الخبر» goes on with the object); «ألموندو» is not
        longest = 1 if doc[i + 1].text.startswith("ال") else _LONGEST
        while end < min(len(doc), i + 1 + longest) and _name_word(doc[end], norms[end], end == i + 1):
            end += 1
        if end > i + 1:
            found.append((i + 1, end, "ORG"))
    return [s for s in spans if not any(a <= s[0] < b for a, b, _ in found)] + found


def _name_word(token, norm: str, first: bool) -> bool:
    """A word of the name: not a function word or verb, nor an adjective after the name («… الإسبانية») or an
    indefinite one («إذاعة جهوية»: the noun is a common noun); a definite one may be the name («قناة العربية»)."""
    adjective = is_nisba(norm) if not first else norm.endswith("يه") and not norm.startswith("ال")
    return (token.is_alpha or token.like_num) and len(norm) > 1 and norm not in _NOT_NAMES and not adjective \
        and not (norm.endswith("يه") and not norm.startswith("ال")) and norm not in VERBS and norm not in SPEECH_VERBS
