"""Role cues in a sentence: the fixed phrases of ``role_words`` («بتمويل من», «بالتعاون مع», «لصالح»), matched on
matching forms after our tokenizer's clitic split, and «مع» after a verb of working together.

    >>> from arabic_release_nlp.text.normalize import normalize_for_matching
    >>> find_cues([normalize_for_matching(w) for w in "نفذ المشروع ب التعاون مع الوزارة ب تمويل من البنك".split()])
    [(2, 5, 'partner'), (6, 9, 'funder')]
    >>> find_cues([normalize_for_matching(w) for w in "و تتعاون القنصلية مع الجمعية".split()])
    [(3, 4, 'partner')]
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from arabic_release_nlp.entities.role_words import (
    BENEFICIARY_CUES, COOPERATION_REACH, COOPERATION_VERBS, FUNDER_CUES, MEMBERS_CUES, ORGANIZER_CUES, PARTNER_CUES,
    SUPPORT_CUES,
)
from arabic_release_nlp.text.normalize import normalize_for_matching
from arabic_release_nlp.text.tokenizer import ArabicTokenizer


@cache
def _cue_keys() -> dict[tuple[str, ...], str]:
    tokenizer = ArabicTokenizer()
    keys = {}
    for role, cues in (("beneficiary", BENEFICIARY_CUES), ("funder", FUNDER_CUES), ("support", SUPPORT_CUES),
                       ("partner", PARTNER_CUES), ("organizer", ORGANIZER_CUES), ("members", MEMBERS_CUES)):
        for cue in cues:
            keys[tuple(normalize_for_matching(cue[a:b]) for a, b in tokenizer.spans(cue))] = role
    return keys


@cache
def _cue_lengths() -> dict[str, tuple[int, ...]]:
    """The lengths of the cues starting with each word, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in _cue_keys():
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


def find_cues(norms: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` of every cue in a sentence, longest first at each position."""
    keys, lengths = _cue_keys(), _cue_lengths()
    found = []
    index = 0
    while index < len(norms):
        for length in (n for n in lengths.get(norms[index], ()) if index + n <= len(norms)):
            role = keys.get(tuple(norms[index:index + length]))
            if role:
                found.append((index, index + length, role))
                index += length - 1
                break
        else:  # «وتتعاون القنصلية مع جمعية كاريتاس», «اتفقت الهيئة مع بنك الديرة»: who works with the subject partners it
            if norms[index] == "مع" and any(n in COOPERATION_VERBS for n in norms[max(0, index - COOPERATION_REACH):index]):
                found.append((index, index + 1, "partner"))
        index += 1
    return found
