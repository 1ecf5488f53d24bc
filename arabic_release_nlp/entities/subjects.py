"""Who a role cue or verb points at: the organisations after a cue, coordinated with each other («بتمويل من الاتحاد
الأوروبي ووزارة الخارجية الدنماركية»), and a verb's subject after it (VSO), before it (a headline's SVO), across a
relative pronoun or behind a reporting «أنها». ``roles.py`` decides which role they take.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.gazetteer import TANWEEN
from arabic_release_nlp.entities.role_words import (
    CLOSING_QUOTES, FROM_SIDE, FUNDER_VERBS, FUNDING_NOUNS, HANDOVER_VERBS, HANDS_OVER_OR_RECEIVES, LIST_LINKS,
    LOCATIVES, MAX_GAP, OPENING_QUOTES, NEWS_WORDS, OBJECT_PREPOSITIONS, RECEIPT_VERBS, SELF_REPORT, SIGNED_FOR,
    SIGNING_VERBS, SUBJECT_OPENERS, THAT, VENUES, VERBS, VERB_PARTICLES,
)
from arabic_release_nlp.structure.component import EXTENSION as STRUCTURE
from arabic_release_nlp.text.normalize import normalize_for_matching
from arabic_release_nlp.text.spacy_tokenizer import doc_text

_RECEIVING = RECEIPT_VERBS | HANDS_OVER_OR_RECEIVES  # verbs whose subject may receive


def coordinated(doc: Doc, start: int, limit: int, spans: list[Span], stops: set[int], reach: int = 3) -> list[Span]:
    """The organisation right after ``start`` (at most ``reach`` tokens on) and those coordinated with it."""
    following = [s for s in spans if start <= s.start < limit and s.label_ in ("ORG", "LOC")]
    if not following or following[0].start - start > reach or any(start <= i < following[0].start for i in stops):
        return []
    # «بتمويل قطري، منظمة الصحة العالمية تعيد …», «بدعم التحالف في اليمن»: a comma, or a common noun and a
    # preposition, between the cue and the name.
    between = [normalize_for_matching(doc[i].text) for i in range(start, following[0].start)]
    if any(word in "،," for word in between) or any(word in LOCATIVES for word in between[1:]):
        return []
    chosen = [following[0]]
    for span in following[1:]:
        gap = range(chosen[-1].end, span.start)
        # A comma ends the list unless the next organisation follows it at once («…، ووزارة …»).
        commas = [i for i in gap if doc[i].text in "،,"]
        # A place joins a list of organisations (or the reverse) only right after «و»: «… في صفاقس ومدنين».
        mixed = span.label_ != chosen[-1].label_ and span.start - chosen[-1].end > 1
        # «بتمويل قطري، منظمة الصحة العالمية تعيد …»: a name right after a comma with no «و» starts a new clause.
        if span.start - chosen[-1].end > MAX_GAP or any(i in stops for i in gap) or mixed \
                or any(span.start - i > 2 for i in commas) or (commas and commas[-1] == span.start - 1):
            break
        if doc[span.start - 1].text in LIST_LINKS or normalize_for_matching(doc[span.start - 1].text) in LIST_LINKS:
            chosen.append(span)
    return chosen


def present(norm: str) -> str:
    """A future verb read as its present («ستقدم» -> «تقدم», «سيمول» -> «يمول»), other words unchanged."""
    if len(norm) > 3 and norm[0] == "س" and norm[1] in "يتن" and norm[1:] in VERBS:
        return norm[1:]
    return norm


def reported_subject(doc: Doc, verb: int, sentence_start: int, spans: Sequence[Span]) -> list[Span]:
    """«وذكرت وزارة الخارجية الدنماركية في بيان أنها ستسهم بمبلغ …»: the pronoun of «أنها» is the organisation that
    reports, the first in the sentence (the subject of the reporting verb), not the news agency of a dateline
    («الكويت (كونا) - …»)."""
    that = next((i for i in range(verb - 1, max(sentence_start, verb - 4) - 1, -1) if doc[i].norm_ in SELF_REPORT), None)
    if that is None:
        return []
    before = [s for s in spans if sentence_start <= s.start and s.end <= that and s.label_ == "ORG"
              and not (s.start > 0 and doc[s.start - 1].text == "(" and s.end < len(doc) and doc[s.end].text == ")")
              and not any(token.norm_ in NEWS_WORDS for token in s)]
    return before[:1]


def subject_before(doc: Doc, verb: int, spans: list[Span], sentence_start: int) -> list[Span]:
    """A headline's subject before its verb («الوكالة الكورية تسلّم …», «"أونروا" تفتتح مركزاً صحياً»): the sentence
    starts with it."""
    quoted = verb > 1 and doc[verb - 1].text in CLOSING_QUOTES
    before = [s for s in spans if s.end == verb - quoted and s.label_ in ("ORG", "LOC")]
    if not before:
        return []
    subjects = [before[0]]
    if before[0].start >= 2 and doc[before[0].start - 1].text == "و":
        subjects = [s for s in spans if s.end == before[0].start - 1 and s.label_ in ("ORG", "LOC")] + subjects
    first = subjects[0].start
    if quoted and first - 1 == sentence_start and doc[first - 1].text in OPENING_QUOTES:
        return subjects
    if first == sentence_start or doc[first - 1].text == ":" \
            or normalize_for_matching(doc[first - 1].text) in SUBJECT_OPENERS:
        return subjects
    return []


def headline_actors(doc: Doc, sentence: Span, spans: list[Span]) -> list[Span]:
    """«يونيسف توسّع برنامج التغذية …», «مصرف قطر المركزي يرخّص لخدمات …»: in the headline, an organisation right
    before a present-tense verb acts, whatever the verb (a verb of our lists gets its own role elsewhere). Not two
    of them («الوزارة ويونيسف توسّعان …»: the body tells which leads), nor a verb moving money («يحوّل 27 مليون يورو»)."""
    if not _in_headline(doc, sentence):
        return []
    actors: list[Span] = []
    for span in spans:
        verb = span.end
        if span.label_ != "ORG" or verb >= sentence.end:
            continue
        word = normalize_for_matching(doc[verb].text)
        if len(word) < 4 or word[0] not in "يت" or not word.isalpha() or present(word) in VERBS:
            continue
        if word[0] + word[-1] == "تت" or any(  # «تأسست» is past
                normalize_for_matching(token.text) in FUNDING_NOUNS for token in doc[verb + 1:min(verb + 5, sentence.end)]):
            continue
        subjects = subject_before(doc, verb, spans, sentence.start)
        if len(subjects) == 1:
            actors += subjects
    return actors


def _in_headline(doc: Doc, sentence: Span) -> bool:
    """Whether the sentence is in the release's headline (its first line when the structure is unknown)."""
    structure = doc._.get(STRUCTURE) if Doc.has_extension(STRUCTURE) else None
    if structure is None:
        first_line_end = doc_text(doc).find("\n")
        return first_line_end < 0 or sentence.start_char <= first_line_end
    return any(p["kind"] == "headline" and p["start"] <= sentence.start_char < p["end"] for p in structure["paragraphs"])


def verb_subjects(doc: Doc, verb: int, limit: int, spans: list[Span], stops: set[int], reach: int = 3) -> list[Span]:
    """The subject of a verb: the organisations after it (VSO), else right before it (SVO, as in headlines),
    also across a relative pronoun («الوكالة التي تموّل الحملة», «الجمعية، التي حصلت على منحة»)."""
    subjects = coordinated(doc, verb + 1, limit, spans, stops, reach)
    # «عُقدت في القاهرة», «اختُتمت في مقر مفوضية الاتحاد الأفريقي»: where it happened, not who did it (but
    # «يشارك في تمويله صندوق أوبك» names its subject).
    if subjects and normalize_for_matching(doc[verb + 1].text) == "في" and (
            subjects[0].start == verb + 2 or normalize_for_matching(doc[verb + 2].text) in VENUES):
        return []
    # «سيوزع على كل من منظمة العمل الدولية …», «تبرع المملكة لبرنامج المفوضية»: a name after a preposition is
    # the verb's object or, after «ل» and a verb of giving, its recipient («افتتح المكتب الإقليمي لمنظمة …», «كشف المكتب
    # القطري لبرنامج الأمم المتحدة الإنمائي» are not).
    # «فيما وقّع عن برنامج الأغذية العالمي مدير مكتبه»: who signs «عن» an organisation signs for it.
    verb_norm = present(doc[verb].norm_)
    prepositions = OBJECT_PREPOSITIONS - (SIGNED_FOR if verb_norm in SIGNING_VERBS else set()) \
        | ({"ل"} if verb_norm in FUNDER_VERBS | HANDOVER_VERBS else set())
    if subjects and any(normalize_for_matching(doc[i].text) in prepositions for i in range(verb + 1, subjects[0].start)):
        return []
    # «تتسلم الحكومة معدات من الأمم المتحدة», «مذكرة تسلّم الشحنة من فريق المركز»: who gives what is received is not
    # the receiver (but «وقعت كل من …», «تلقّى 45 مشرفاً من المديرية …» name it).
    if subjects and verb_norm in _RECEIVING and subjects[0].start > verb + 2:
        source = subjects[0].start - 1 - (doc[subjects[0].start - 1].norm_ in FROM_SIDE)
        before = doc[source - 1]
        if doc[source].norm_ == "من" and source > verb + 1 and before.norm_ != "كل" and not before.like_num \
                and not TANWEEN.search(before.text):
            return []
    if subjects:
        return subjects
    end = verb - 1 if verb > 0 and normalize_for_matching(doc[verb - 1].text) in THAT | VERB_PARTICLES else verb
    relative = end < verb and normalize_for_matching(doc[end].text) in THAT
    if end < verb and end > 0 and doc[end - 1].text in "،,":  # «جمعية نساء عكار، التي حصلت على منحة»
        end -= 1
    before = [s for s in spans if s.end == end and s.label_ in ("ORG", "LOC")]
    if before and before[0].start >= 2 and doc[before[0].start - 1].text == "و":
        before += [s for s in spans if s.end == before[0].start - 1 and s.label_ in ("ORG", "LOC")]
    # «جمعيات الجالية في المملكة المتحدة وكندا تموّل …»: a name after a preposition is not the subject, unless a
    # relative pronoun makes it the one that receives («وفي مدرسة المتفوقين التي تسلمت أول مختبر»; «أستاذة في جامعة
    # ذي قار التي شاركت …» is the professor).
    receiver = relative and verb_norm in _RECEIVING
    if before and not receiver and min(s.start for s in before) > 0 \
            and doc[min(s.start for s in before) - 1].norm_ in LOCATIVES:
        return []
    return before


_APPOSITION_REACH = 25  # tokens from the comma after a subject to the comma that closes its apposition


def past_apposition(norms: Sequence[str], end: int) -> int:
    """Where the subject ending at ``end`` really ends: after «، … ،» when an apposition follows it and «عن» (what the
    subject announces) follows the apposition."""
    if norms[end:end + 1] != ["،"]:
        return end
    close = next((j for j in range(end + 1, min(end + _APPOSITION_REACH, len(norms) - 1))
                  if norms[j] == "،" and norms[j + 1] == "عن"), None)
    return close + 1 if close is not None else end
