"""Later mentions of a person by family name alone: «وأشار الربيعة إلى …» after «الدكتور عبدالله الربيعة».

News and releases name a person in full once and then by the last name («وأضاف المهنا», «قال بحاح:»), often
before the full name in a headline. The recogniser finds the full name, with its given name as a cue, but rarely
the bare family name. A family name of a person named in full in the same release is a person wherever it stands
alone, unless the word is also an ordinary word or name part that would make such a reading doubtful:

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("قال وزير المالية محمد الجدعان إن الموازنة متوازنة. وأضاف الجدعان أن العجز تراجع.")
    >>> from arabic_release_nlp.entities.gazetteer import load_gazetteer
    >>> spans = [(3, 5, "PER")]
    >>> [doc[start:end].text for start, end, _ in family_name_mentions(doc, spans, load_gazetteer())]
    ['الجدعان']
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.missed_names import covered, position_at
from arabic_release_nlp.text.normalize import matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms

# Last words of full names that are not family names standing alone: the end of «عبد الله», «نور الدين», «عبد
# الرحمن», «آل …»-less lineage words, and everyday words that end some names.
_NOT_FAMILY_NAMES = matching_forms("الله الدين الرحمن الرحيم العزيز الكريم الملك الحق الإله النبي الرسول الأمير "
                                   "بن ابن بنت أبو أبي آل عبد الجديد الكبير الصغير الأول الثاني الثالث")
_SHORTEST = 3  # letters: «بادي» yes, two-letter words never


def family_name_mentions(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """One-token ``PER`` spans for the family names of persons named in full elsewhere in ``doc``.

    A family name is the last word of a ``PER`` span of two words or more; it is left alone when it is also a given
    name («صالح», «علي»: too often another person), a title («السلطان») or an organisation head. A mention is a word
    outside every span, written as a word (no digits or punctuation), that starts no listed position («الأمين
    العام») and follows neither a given name (that is another person's full name) nor a definite word other than a
    title (there the word is an adjective: «الجانب الصالح»).
    """
    norms = token_norms(doc)
    family_names = {norms[end - 1] for start, end, label in spans if label == "PER" and end - start >= 2}
    family_names = {name for name in family_names if len(name) >= _SHORTEST and name not in _NOT_FAMILY_NAMES
                    and name not in gazetteer.given_names and name not in gazetteer.titles
                    and name not in gazetteer.organization_heads}
    if not family_names:
        return []
    taken = covered(spans)
    found = []
    for i, norm in enumerate(norms):
        if norm not in family_names or i in taken or not doc[i].is_alpha:
            continue
        before = norms[i - 1] if i else ""
        if before in gazetteer.given_names or (before.startswith("ال") and before not in gazetteer.titles) \
                or position_at(doc, i, gazetteer):
            continue
        found.append((i, i + 1, "PER"))
    return found
