"""Organisation roles (ANNOTATION.md §3) from cue phrases: organizer, partner, funder, beneficiary.

A cue («بتمويل من», «بالتعاون مع», «لصالح») gives its role to the organisation after it and to every
organisation coordinated with it («بتمويل من الاتحاد الأوروبي … ووزارة الخارجية الدنماركية»); an organiser
verb («نظمت», «أطلقت», «وقعت») gives its role to its subject, after it (VSO) or before it (a headline's SVO).
Countries acting as donors take roles like organisations.
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.text.normalize import normalize_for_matching
from arabic_release_nlp.text.tokenizer import ArabicTokenizer

FUNDER_CUES = (
    "بتمويل من", "بتمويل مشترك من", "تمويل من", "بتمويل", "بدعم من", "بدعم مالي من", "بدعم سخي من", "بمنحة من",
    "بمنحة مقدمة من", "بمنحة قدمها", "بمنحة قدمتها", "منحة من", "منحة مقدمة من", "المنحة المقدمة من", "بمساهمة من",
    "بمساهمة مالية من", "بمساهمة", "الممول من", "الممولة من", "الممول من قبل", "الممولة من قبل", "بتبرع من",
    "تبرع من", "المقدمة من", "المقدم من", "مقدمة من", "بدعم", "ممول من", "ممولة من", "بقرض من", "بقرض ميسر من",
    "قرض من",
)
PARTNER_CUES = (
    "بالتعاون مع", "بالشراكة مع", "بالتنسيق مع", "بمشاركة", "بالاشتراك مع", "في شراكة مع", "بالتعاون بين",
    "بدعم فني من", "بدعم تقني من", "بدعم لوجستي من", "بالتنسيق بين", "بشراكة مع",
)
BENEFICIARY_CUES = ("لصالح", "لفائدة", "المستفيدة من", "يستفيد منها", "تستفيد منها", "إلى")
ORGANIZER_CUES = ("بتنظيم من", "بتنظيم مشترك من", "بتنظيم مشترك بين", "بتنظيم مشترك", "بتنظيم", "من تنظيم")
ORGANIZER_VERBS = frozenset(normalize_for_matching(verb) for verb in (
    "نظم نظمت ينظم تنظم تنظمان ينظمان أطلق أطلقت يطلق تطلق تطلقان يطلقان دشن دشنت يدشن تدشن عقد عقدت يعقد "
    "تعقد نفذ نفذت ينفذ تنفذ أعلن أعلنت يعلن تعلن افتتح افتتحت يفتتح تفتتح تفتتحان اختتم اختتمت يختتم تختتم "
    "وقع وقعت يوقع توقع يوقعان توقعان وقعتا وقعا استضاف استضافت يستضيف تستضيف أقام أقامت يقيم تقيم أطلقتا نظمتا "
    "سلم سلمت يسلم تسلم وزع وزعت يوزع توزع تنفذه ينفذه تنفذها ينفذها نفذه نفذها ينظمها تنظمه ينظمه تنظمها "
    "أصدر أصدرت يصدر تصدر شرع شرعت بدأ بدأت أنجز أنجزت ينجز تنجز أوفد أوفدت كشف كشفت أنشأ أنشأت"
).split())
# A subject that gives money: «قدمت الكويت مساهمة», «تبرعت الشركة», «الاتحاد الأوروبي يمول».
FUNDER_VERBS = frozenset(normalize_for_matching(verb) for verb in (
    "مول مولت يمول تمول يمولان تمولان تبرع تبرعت يتبرع تتبرع يموله تموله يمولها تمولها يمولانه "
    "يدعم تدعم يدعمان تدعمان يدعمه تدعمه يدعمها تدعمها").split())
GIVING_VERBS = frozenset(normalize_for_matching(verb) for verb in (
    "قدم قدمت يقدم تقدم يقدمان تقدمان منح منحت يمنح تمنح خصص خصصت يخصص تخصص يخصصان تخصصان خصصا").split())
FUNDING_NOUNS = frozenset(normalize_for_matching(noun) for noun in (
    "مساهمة تمويل تمويلا تمويلاً منحة منحا دعما دعماً مبلغ بمبلغ تبرعا قرضا مليون ملايين مليار دولار يورو").split())
# «بمساهمة قدرها ثلاثة ملايين دولار من صندوق …»: an amount between the funding noun and «من».
AMOUNT_CUES = frozenset(normalize_for_matching(cue) for cue in "بمساهمة بتمويل بمنحة بقرض مساهمة تمويل منحة قرض".split())
MAX_AMOUNT_TOKENS = 8
_SENTENCE_ENDS = frozenset(".؛;؟?!")
_LIST_LINKS = frozenset({"و", "،", ",", "وكذلك", "فضلا", "إضافة"})
# After «إلى» only a handover makes a beneficiary: «سلمت … إلى وزارة الصحة».
_HANDOVER_VERBS = frozenset(normalize_for_matching(v) for v in "سلم سلمت تسلم قدم قدمت تقدم منح منحت تمنح".split())
MAX_GAP = 25


@cache
def _cue_keys() -> dict[tuple[str, ...], str]:
    tokenizer = ArabicTokenizer()
    keys = {}
    for role, cues in (("beneficiary", BENEFICIARY_CUES), ("funder", FUNDER_CUES), ("partner", PARTNER_CUES),
                       ("organizer", ORGANIZER_CUES)):
        for cue in cues:
            keys[tuple(normalize_for_matching(cue[a:b]) for a, b in tokenizer.spans(cue))] = role
    return keys


def _cues(norms: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` of every cue in a sentence, longest first at each position."""
    keys = _cue_keys()
    longest = max(len(key) for key in keys)
    found = []
    index = 0
    while index < len(norms):
        for length in range(min(longest, len(norms) - index), 0, -1):
            role = keys.get(tuple(norms[index:index + length]))
            if role:
                found.append((index, index + length, role))
                index += length - 1
                break
        index += 1
    return found


def _coordinated(doc: Doc, start: int, limit: int, spans: list[Span], stops: set[int]) -> list[Span]:
    """The organisation right after ``start`` and those coordinated with it, up to ``limit``."""
    following = [s for s in spans if start <= s.start < limit and s.label_ in ("ORG", "LOC")]
    if not following or following[0].start - start > 3 or any(start <= i < following[0].start for i in stops):
        return []
    chosen = [following[0]]
    for span in following[1:]:
        gap = range(chosen[-1].end, span.start)
        # A comma ends the list unless the next organisation follows it at once («…، ووزارة …»).
        commas = [i for i in gap if doc[i].text in "،,"]
        if span.start - chosen[-1].end > MAX_GAP or any(i in stops for i in gap) \
                or any(span.start - i > 2 for i in commas):
            break
        if doc[span.start - 1].text in _LIST_LINKS or normalize_for_matching(doc[span.start - 1].text) in _LIST_LINKS:
            chosen.append(span)
    return chosen


def assign_roles(doc: Doc, spans: Sequence[Span]) -> dict[int, set[str]]:
    """Roles by the token index where each entity starts."""
    roles: dict[int, set[str]] = {}
    for sentence in doc.sents:
        tokens = list(sentence)
        norms = [normalize_for_matching(token.text) for token in tokens]
        in_sentence = [s for s in spans if sentence.start <= s.start < sentence.end]
        cues = _cues(norms)
        verbs = {sentence.start + i for i, norm in enumerate(norms) if norm in ORGANIZER_VERBS}
        # A list stops at the next cue, organiser verb or sentence end.
        stops = {sentence.start + a for a, _, _ in cues} | verbs | {
            sentence.start + i for i, t in enumerate(tokens) if t.text in _SENTENCE_ENDS or t.is_space}
        for cue_start, cue_end, role in cues:
            if role == "beneficiary" and norms[cue_start] == "الي" and not any(
                    norms[i] in _HANDOVER_VERBS | GIVING_VERBS for i in range(max(0, cue_start - 15), cue_start)):
                continue
            for span in _coordinated(doc, sentence.start + cue_end, sentence.end, in_sentence, stops - {sentence.start + cue_start}):
                roles.setdefault(span.start, set()).add(role)
        for i, norm in enumerate(norms):
            if norm in AMOUNT_CUES and norms[i + 1:i + 2] != ["من"]:
                source = next((j for j in range(i + 1, min(i + 1 + MAX_AMOUNT_TOKENS, len(norms)))
                               if norms[j] == "من" or tokens[j].text in "،,." or sentence.start + j in stops), None)
                if source is not None and norms[source] == "من":
                    for span in _coordinated(doc, sentence.start + source + 1, sentence.end, in_sentence, stops):
                        roles.setdefault(span.start, set()).add("funder")
        givers = {sentence.start + i for i, norm in enumerate(norms) if norm in GIVING_VERBS
                  and any(n in FUNDING_NOUNS for n in norms[i + 1:i + 9])}
        funders = {sentence.start + i for i, norm in enumerate(norms) if norm in FUNDER_VERBS} | givers
        for verb in sorted(verbs | funders):
            role = "funder" if verb in funders else "organizer"
            for span in _subjects(doc, verb, sentence.end, in_sentence, stops - {verb}):
                roles.setdefault(span.start, set()).add(role)
            # The recipient of a grant: «قدمت سفارة اليابان منحة لوزارة الصحة».
            if verb in givers:
                after = [s for s in in_sentence if s.start > verb and s.label_ in ("ORG", "LOC")
                         and doc[s.start - 1].text == "ل" and s.start - verb <= 14]
                for span in after[:1]:
                    roles.setdefault(span.start, set()).add("beneficiary")
    return roles


def _subjects(doc: Doc, verb: int, limit: int, spans: list[Span], stops: set[int]) -> list[Span]:
    """The subject of a verb: the organisations after it (VSO), else right before it (SVO, as in headlines)."""
    subjects = _coordinated(doc, verb + 1, limit, spans, stops)
    if subjects:
        return subjects
    before = [s for s in spans if s.end == verb and s.label_ in ("ORG", "LOC")]
    if before and before[0].start >= 2 and doc[before[0].start - 1].text == "و":
        before += [s for s in spans if s.end == before[0].start - 1 and s.label_ in ("ORG", "LOC")]
    return before
