"""Organisations named after a person: «مركز الملك عبدالله بن عبدالعزيز الدولي للحوار», «كرسي الأمير محمد بن ناصر
لدراسات قضايا المجتمع», «مؤسسة محمد بن راشد آل مكتوم للمعرفة».

The recogniser reads the person's name inside them as a person. An organisation head without the article (the first
term of a construct: «مركز», «جائزة», «كرسي»; with the article it is an apposition, «مدير المركز محمد علي»), then
optionally a ruler's title, then a person's span, is one organisation, which goes on over relational adjectives
(«الدولي») and a purpose after «ل» («للحوار», «لدراسات قضايا المجتمع»).

    >>> from arabic_release_nlp.entities.gazetteer import load_gazetteer
    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> doc = blank_arabic().make_doc("يشارك مركز الملك عبدالله بن عبدالعزيز الدولي للحوار في المؤتمر")
    >>> [(doc[s:e].text, label) for s, e, label in eponymous_organizations(doc, [(3, 6, "PER")], load_gazetteer())]
    [('مركز الملك عبدالله بن عبدالعزيز الدولي للحوار', 'ORG')]
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.text.normalize import is_nisba, matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms, token_texts

_RULER_TITLES = matching_forms("الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان")
# Heads that name things after people besides the organisation heads of the gazetteer.
_EPONYM_HEADS = matching_forms("كرسي جائزة مكتبة مدينة مستشفى")
_PURPOSE_WORDS = 4  # words of the purpose after «ل»: «لدراسات قضايا المجتمع»


def _is_definite(norm: str) -> bool:
    return norm.startswith("ال") and len(norm) > 3


def _purpose_end(norms: Sequence[str], texts: Sequence[str], end: int) -> int:
    """Where a purpose after «ل» ends: its noun, then definite words, nouns in construct with a definite word, and
    «و» before a definite word («للإغاثة والأعمال الإنسانية»)."""
    if end + 1 >= len(norms) or texts[end] != "ل" or not texts[end + 1].isalpha():
        return end
    last = end + 2
    position = last
    while position < len(norms) and position - end - 2 < _PURPOSE_WORDS:
        norm = norms[position]
        following = norms[position + 1] if position + 1 < len(norms) else ""
        if _is_definite(norm):
            position += 1
            last = position
        elif texts[position].isalpha() and _is_definite(following) and len(norm) > 2:
            position += 1  # a noun in construct: «قضايا المجتمع»
        elif texts[position] == "و" and _is_definite(following):
            position += 1
        else:
            break
    return last


def eponymous_organizations(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``spans`` with each person's span that names an organisation after its head replaced by the organisation."""
    norms, texts = token_norms(doc), token_texts(doc)
    heads = gazetteer.organization_heads | _EPONYM_HEADS
    result = list(spans)
    for start, end, label in spans:
        if label != "PER" or start == 0:
            continue
        head = start - 2 if start >= 2 and norms[start - 1] in _RULER_TITLES else start - 1
        if norms[head] not in heads or norms[head].startswith("ال") or any(s[0] <= head < s[1] for s in result):
            continue
        stop = end
        while stop < len(norms) and is_nisba(norms[stop]):
            stop += 1
        stop = _purpose_end(norms, texts, stop)
        result = [s for s in result if s[1] <= head or s[0] >= stop] + [(head, stop, "ORG")]
    return sorted(result)
