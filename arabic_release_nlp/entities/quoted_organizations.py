"""Organisations named in quotes: «هيئة "نزاهة"», «صحيفة "الوئام"», «مؤسسة … الخيرية "مسك الخيرية"», and the same
name met again on its own («ودعت نزاهة …»).

News and releases put a short or popular name in quotes right after an organisation's head noun or after its full
name, then use that name alone. The recogniser seldom tags a quoted word it does not know; annotators tag the quoted
name as the organisation (the head noun outside, the quotes outside). When the name goes on after the quote
(«مؤسسة «نماء» للارتقاء بالمرأة»: a complement with «ل», a relational adjective), the whole is the name, as in our
corpus, and the quote alone is left to the recogniser.

    >>> from arabic_release_nlp.pipeline import blank_arabic
    >>> from arabic_release_nlp.entities.gazetteer import load_gazetteer
    >>> doc = blank_arabic().make_doc('أجرت هيئة "نزاهة" استفتاء، ودعت نزاهة الموظفين إلى الإبلاغ.')
    >>> [doc[s:e].text for s, e, _ in quoted_organizations(doc, [], load_gazetteer())]
    ['نزاهة', 'نزاهة']
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.missed_names import covered
from arabic_release_nlp.entities.role_words import CLOSING_QUOTES, OPENING_QUOTES
from arabic_release_nlp.text.normalize import is_nisba, matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms, token_texts

# Heads written before a quoted name that the organisation heads list lacks: a newspaper, a club.
_MORE_HEADS = matching_forms("صحيفة جريدة مجلة قناة نادي")
_LONGEST = 4  # words in a quoted name


def _quoted_name(texts: Sequence[str], opening: int) -> int | None:
    """The end (the closing quote's index) of a quoted name of 1–``_LONGEST`` words opening at ``opening``."""
    if texts[opening] not in OPENING_QUOTES:
        return None
    for j in range(opening + 2, min(opening + 2 + _LONGEST, len(texts))):
        if texts[j] in CLOSING_QUOTES:
            return j if all(texts[k].isalpha() for k in range(opening + 1, j)) and len(texts[opening + 1]) > 2 else None
    return None


def quoted_organizations(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """``ORG`` spans for quoted names after an indefinite organisation head or right after an ``ORG`` span, and for
    every other mention of such a name outside ``spans``."""
    norms, texts = token_norms(doc), token_texts(doc)
    taken = covered(spans)
    # After an ORG span, not after a quoted one: its closing «"» would open the next words («"…" مع "…"»).
    org_ends = {end for start, end, label in spans if label == "ORG" and not (start and texts[start - 1] in OPENING_QUOTES)}
    heads = {head for head in gazetteer.organization_heads if not head.startswith("ال")} | _MORE_HEADS
    found: list[tuple[int, int, str]] = []
    for opening in range(1, len(doc) - 2):
        if not (opening in org_ends or norms[opening - 1] in heads):
            continue
        end = _quoted_name(texts, opening)
        if end is None or any(k in taken for k in range(opening + 1, end)):
            continue
        after = end + 1
        if after < len(doc) and norms[opening - 1] in heads \
                and (texts[after] == "ل" or norms[after].startswith("لل") or is_nisba(norms[after])):
            continue
        found.append((opening + 1, end, "ORG"))
    names = {tuple(norms[s:e]) for s, e, _ in found}
    taken |= covered(found)
    for name in names:
        size = len(name)
        for i in range(len(doc) - size + 1):
            if tuple(norms[i:i + size]) == name and not any(k in taken for k in range(i, i + size)):
                found.append((i, i + size, "ORG"))
                taken |= set(range(i, i + size))
    return found
