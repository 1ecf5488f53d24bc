"""Who benefits in a sentence about training, equipping or a group's members (ANNOTATION.md §3, beneficiary).

Helpers of :mod:`arabic_release_nlp.entities.roles`: the organisations trainees come from, the one equipped, the
members named after «من بينها», and the people a training serves.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.gazetteer import TANWEEN, Gazetteer
from arabic_release_nlp.entities.money import is_donor
from arabic_release_nlp.entities.role_words import (
    BENEFIT_WORDS, EQUIPPING, EQUIPPING_VERBS, FROM_GROUP, HANDOVER_VERBS, MEMBERSHIP_LINKS, MONEY_WORDS, PARTNER_WORDS,
    PLURAL_ENDINGS, TRAINERS, TRAINING,
)
from arabic_release_nlp.entities.subjects import coordinated
from arabic_release_nlp.text.normalize import normalize_for_matching

_GROUP_REACH = 10  # tokens from a cue to the «من بينها» of its group
_NOT_PEOPLE = MONEY_WORDS | TRAINERS | TRAINING


def group_role(norms: Sequence[str], start: int, cues: Sequence[tuple[int, int, str]]) -> str | None:
    """The role of a group whose named members follow «من بينها/ومنها» at ``start``: the role of a cue shortly before
    it («بالتنسيق مع هيئات التدريب …، من بينها …» partners), a partner after «شريكة», else beneficiary where the sentence
    speaks of benefit, receipt, handing over, training or equipping («لاثنتي عشرة مدرسة، من بينها …»)."""
    before = [role for cue_start, _, role in cues if start - _GROUP_REACH <= cue_start < start
              and role not in ("members", "support")]
    if before:
        return before[-1]
    if start > 0 and (norms[start - 1] in PARTNER_WORDS or (start > 1 and norms[start - 2] in PARTNER_WORDS)):
        return "partner"
    if any(n in BENEFIT_WORDS or n in HANDOVER_VERBS or n in TRAINING or n in EQUIPPING for n in norms):
        return "beneficiary"
    return None


def trainees(doc: Doc, spans: list[Span], limit: int, stops: set[int], gazetteer: Gazetteer | None) -> list[Span]:
    """In a sentence about training, the organisations the trainees come from: «ورشة تدريبية لـ28 ضابطاً من الإدارة
    العامة …», «لأكثر من 200 من الأطباء والممرضين في مستشفى …», «تدريب 30 من أعضاء النيابة العامة», «ضم ضباطاً من
    مديرية شؤون الإقامة», «استفاد من الدورة صحفيون من إذاعة قفصة وإذاعة الكاف». Not the trainers' («خبراء من»),
    nor a donor after a plural («تدريب الباحثين الميدانيين من الاتحاد الأوروبي» names who pays)."""
    found: dict[int, Span] = {}
    for span in spans:
        if span.label_ != "ORG" or span.start < 2 or span.start in found:
            continue
        before = [doc[i].norm_ for i in range(span.start - 2, span.start)]
        person = doc[span.start - 2]
        people = person.like_num or bool(TANWEEN.search(person.text)) or (
            len(before[0]) > 4 and before[0].endswith(PLURAL_ENDINGS) and not is_donor(span, gazetteer))
        counted = before[0] not in TRAINERS and (
            (before[1] == "من" and (people or _counted_people(doc, span.start - 1)))
            or (before[1] == "في" and _counted_people(doc, span.start - 1)))
        staff = before[1] in FROM_GROUP and before[0] == "من"
        if before[1] == "في":
            # «لستين مسؤولاً من إدارات التعاقدات في هيئة الشراء الموحد»: the people's unit, then its organisation; a unit
            # with a name of its own is the one that benefits («من وحدة مكافحة الاتجار … في مديرية الأمن العام»).
            unit = next((i for i in range(span.start - 2, max(-1, span.start - 9), -1)
                         if doc[i].norm_ == "من" or doc[i].is_punct), None)
            named_unit = unit is not None and any(unit < s.start < span.start for s in spans)
            counted = not named_unit and (counted or (
                unit is not None and doc[unit].norm_ == "من" and _counted_people(doc, unit)))
        if counted or staff:
            found.update((s.start, s) for s in coordinated(doc, span.start, limit, spans, stops, reach=0))
    return list(found.values())


def _counted_people(doc: Doc, of: int) -> bool:
    """A count of people ends a few words before «من» or «في» at ``of``: «لخمسة وعشرين ضابطاً وضابط صف من …», «36 قابلة و18
    أخصائية اجتماعية من …», «400 مهندس ومفتش من …». Not an amount of money, nor trainers, nor the training
    itself («تلقت تدريباً على قانون الشغل من الاتحاد العام …» names who trained)."""
    for i in range(of - 1, max(-1, of - 6), -1):
        token = doc[i]
        if token.norm_ in _NOT_PEOPLE or token.is_punct or token.is_space:
            return False
        if token.like_num or TANWEEN.search(token.text):
            return True
    return False


def equipped(doc: Doc, position: int, norm: str, spans: Sequence[Span]) -> list[Span]:
    """The organisation equipped after «تزويد»/«زودت» at ``position``: «لتزويد خفر السواحل الموريتاني بزورقين»,
    «زودت المنظمة وزارة الصحة بمولدات». With the verb first, the first name is its subject, unless «ب» follows it
    at once (a passive: «وزُوّدت الدائرة بأجهزة»)."""
    after = [s for s in spans if s.label_ == "ORG" and s.start > position]
    if norm in EQUIPPING_VERBS and after and after[0].start - position <= 2 \
            and not any(s.end == position for s in spans) \
            and not (after[0].end < len(doc) and doc[after[0].end].text == "ب"):
        position, after = after[0].end - 1, after[1:]
    return after[:1] if after and after[0].start - position <= 2 else []


def members_of(doc: Doc, start: int, limit: int, spans: list[Span], stops: set[int]) -> list[Span]:
    """«لفائدة 40 ضابطاً من الإدارة العامة …»: the organisation of the people a training serves."""
    after = [s for s in spans if start < s.start < min(limit, start + 12) and s.label_ == "ORG"]
    if after and normalize_for_matching(doc[after[0].start - 1].text) in MEMBERSHIP_LINKS \
            and not any(start <= i < after[0].start for i in stops):
        return [after[0]]
    return []
