"""Trigger profiles: how often a word of raw news text follows a word that announces a person, an organisation or
a place, as features for the NER model.

A name the labelled data never shows («جوزيه», «الليكود», «فولكسفاغن») is often met in raw news right after a
title or a common noun that says what it is: «المدرب جوزيه», «حزب الليكود», «شركة فولكسفاغن». Counting, for each
word, the share of its occurrences after such triggers (the word before it, or two before for persons and
organisations: «اللاعب محمد أبوتريكة», «شركة جنرال موتورز») carries that knowledge to sentences that lack the
trigger. Each share is given as a level from 0 (never) to 4 (at least 30%); words met fewer than ``MIN_COUNT``
times get none. Words are keyed by their matching form after our tokenizer has split the proclitics, so «بالرياض»
counts «الرياض» after the preposition «ب».

    >>> profiles = trigger_profiles(["قال المدرب جوزيه إن الفريق جاهز", "وأكد جوزيه أن حزب الليكود"], min_count=1)
    >>> profiles["جوزيه"], profiles["الليكود"]
    (('P4', 'O0', 'L0', 'B0'), ('P0', 'O4', 'L0', 'B0'))
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from arabic_release_nlp.entities.word_vectors import text_norms
from arabic_release_nlp.text.normalize import matching_forms

PERSON_TRIGGERS = matching_forms(
    "السيد السيدة الرئيس رئيس الأمير الملك الشيخ الدكتور اللاعب المدرب النجم الفنان الفنانة الممثل الممثلة المطرب "
    "المطربة الكاتب الشاعر المهندس الوزير وزير المتحدث الناطق قال قالت أكد أكدت الجنرال العقيد اللواء المستشار "
    "السفير الزعيم الإمام البابا المخرج المهاجم الحارس لاعب مدرب زميله نظيره المواطن الطفل الشاب")
ORGANIZATION_TRIGGERS = matching_forms(
    "شركة نادي النادي فريق حزب منظمة مؤسسة جمعية بنك مصرف مجموعة وكالة صحيفة قناة جامعة هيئة مجلس اتحاد حركة "
    "جبهة منتخب مصنع إذاعة تلفزيون شركات لفريق لنادي مباراة")
PLACE_TRIGGERS = matching_forms(
    "مدينة محافظة ولاية دولة عاصمة منطقة إقليم بلدة قرية جزيرة شمال جنوب شرق غرب العاصمة مدن بلاد")
PREPOSITIONS = matching_forms("في إلى من ب")
# (the kind's letter, its triggers, whether the word two before counts too)
KINDS = (("P", PERSON_TRIGGERS, True), ("O", ORGANIZATION_TRIGGERS, True), ("L", PLACE_TRIGGERS, False),
         ("B", PREPOSITIONS, False))
MIN_COUNT = 3


def _level(share: float) -> str:
    return "0" if share == 0 else "1" if share < 0.02 else "2" if share < 0.1 else "3" if share < 0.3 else "4"


def trigger_profiles(texts: Iterable[str], min_count: int = MIN_COUNT) -> dict[str, tuple[str, ...]]:
    """The profile of every word met at least ``min_count`` times in ``texts``: one level per kind of trigger
    (``KINDS``), e.g. ``("P1", "O4", "L0", "B3")``."""
    total: Counter[str] = Counter()
    after = {letter: Counter() for letter, _, _ in KINDS}
    for norms in text_norms(texts):
        total.update(norms)
        for i in range(1, len(norms)):
            before, two_before = norms[i - 1], norms[i - 2] if i > 1 else ""
            for letter, triggers, two in KINDS:
                if before in triggers or (two and two_before in triggers):
                    after[letter][norms[i]] += 1
    return {word: tuple(letter + _level(after[letter][word] / count) for letter, _, _ in KINDS)
            for word, count in total.items() if count >= min_count and any(ch.isalpha() for ch in word)}


def with_profiles(clusters: dict[str, tuple[str, ...]] | None, profiles: dict[str, tuple[str, ...]],
                  levels: int) -> dict[str, tuple[str, ...]]:
    """Word clusters (``levels`` ids per word, or none) extended by each word's profile, so that both travel in
    ``clusters.tsv``: a word without clusters is ``rare`` at every level, a word without a profile ``n`` for none."""
    clusters = clusters or {}
    none = tuple(letter + "n" for letter, _, _ in KINDS)
    return {word: clusters.get(word, ("rare",) * levels) + profiles.get(word, none)
            for word in clusters.keys() | profiles.keys()}
