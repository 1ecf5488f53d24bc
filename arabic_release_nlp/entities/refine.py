"""Final entity spans: the statistical recogniser's, corrected and completed by the gazetteers."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.bylines import byline_entities
from arabic_release_nlp.entities.eponymous import eponymous_organizations
from arabic_release_nlp.entities.foreign_names import foreign_names
from arabic_release_nlp.entities.gazetteer import HONORIFICS, Gazetteer
from arabic_release_nlp.entities.kingdom import kingdom_mentions
from arabic_release_nlp.entities.missed_names import (
    appositive_names, names_after_positions, quoted_programmes, with_family_names, with_first_names, with_united_nations_heads)
from arabic_release_nlp.entities.name_mentions import family_name_mentions
from arabic_release_nlp.entities.media_names import media_names
from arabic_release_nlp.entities.names import entity_name
from arabic_release_nlp.entities.national_bodies import national_bodies
from arabic_release_nlp.entities.non_names import without_non_names
from arabic_release_nlp.entities.org_bounds import organization_bounds
from arabic_release_nlp.entities.patterned_bodies import local_services, patterned_bodies, public_authorities
from arabic_release_nlp.entities.quoted_organizations import quoted_organizations
from arabic_release_nlp.entities.recognised_spans import CLITICS, is_definite, place_adjective, split_span, trimmed
from arabic_release_nlp.entities.repeated_names import repeated_names
from arabic_release_nlp.entities.sport import club_mentions, competitions
from arabic_release_nlp.text.normalize import is_nisba, matching_forms, normalize_for_matching
from arabic_release_nlp.text.spacy_tokenizer import doc_text, token_norms, token_texts

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9\-]{1,9}")
# «محافظة نينوى» is a place unless it acts (ANNOTATION.md §1), and «مديرية تبن», «مركز طنطا» are districts;
# the other heads make «بلدية الموصل» an ORG.
_PLACE_HEADS = matching_forms("محافظة مديرية مركز المركز")
# «جمهورية موريتانيا الإسلامية»: «جمهورية» and the state's adjectives belong to the place's name, as in the corpus
# (every such place; «دولة الكويت» is written both ways, and «محافظة», «مدينة», «منطقة» mostly stay outside).
_STATE_WORDS = matching_forms("جمهورية الجمهورية")
_STATE_ADJECTIVES = matching_forms("الإسلامية الاتحادية الفدرالية الفيدرالية العربية الديمقراطية الشعبية المتحدة "
                                   "الاشتراكية الهاشمية")
# Actors coordinated after a name are other parties, not part of it: «وزارة العمل والقطاع الخاص».
_ACTOR_NOUNS = matching_forms(
    "القطاع القطاعين الجهات المصارف البنوك الشركات المنظمات المؤسسات الجمعيات السلطات الشركاء البلديات "
    "الوزارات الهيئات الدول الحكومات المانحين الجامعات المدارس المستشفيات المراكز النقابات الأجهزة الفرق "
    "الوكالات الاتحادات المجالس اللجان الممثلين الخبراء المسؤولين")
# Titles that also start names: of people («الشيخ ولد أحمدو»), foundations, awards and places («الملك عبدالله الثاني
# للتميز», «الشيخ زايد»).
_NAME_TITLES = matching_forms("الأمير الملك الشيخ الإمام الحاج")
_POSITION_BREAKS = frozenset('،,.؛;:؟?!"«»“”')
# One-word positions that also end people's names («عبد الحميد النقيب», «مينا والي»).
_NAME_LIKE_POSITIONS = matching_forms("أمير آمر والي نقيب صاحب عمدة")
_AGENT_LINKS = matching_forms("ب من")
_FUNCTION_WORDS = matching_forms("إلى على لدى حول بين عبر منذ خلال عند نحو ضمن غير")
# A relative pronoun starts a clause about the name, not a coordinated part of it: «الاتحاد الأوروبي والذي ينفذه …».
_RELATIVES = matching_forms("الذي التي الذين اللذين اللذان اللتين اللتان اللواتي اللاتي")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_spans(recognised: Sequence[tuple[int, int, str]], known: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end, label)`` from the recogniser and from gazetteer matches, merged.

    The recogniser's spans stand; a gazetteer match adds a name where it found none. (Letting the gazetteer
    replace overlapping spans cost 0.014 LOC F1 on the dev split once the recogniser was trained on the
    1,160-release corpus: «تونس العاصمة» for «تونس», «دولة الكويت» for «الكويت».)

    Only a name the recogniser cut in pieces gives way to the listed name the pieces make up, word for word:
    «جمهورية مصر» (LOC) and «العربية» (ORG) are «جمهورية مصر العربية» (not «برنامج الأغذية العالمي» and «الأمم المتحدة»
    in an alias «برنامج الأغذية العالمي التابع للأمم المتحدة»). A place or a MISC the recogniser found where a listed
    organisation is named word for word is that organisation: «مانشستر سيتي», a club named after its city, «البيت
    الأبيض» (not the other way round:
    «الدوحة (قنا)» is the agency, though «قنا» is also a city of Egypt).

    >>> merge_spans([(0, 2, "LOC"), (5, 9, "ORG")], [(0, 3, "ORG"), (6, 7, "LOC"), (11, 12, "LOC")])
    [(0, 2, 'LOC'), (5, 9, 'ORG'), (11, 12, 'LOC')]
    >>> merge_spans([(0, 2, "LOC"), (2, 3, "ORG")], [(0, 3, "LOC")])
    [(0, 3, 'LOC')]
    >>> merge_spans([(0, 3, "ORG"), (5, 7, "ORG")], [(0, 7, "ORG")])
    [(0, 3, 'ORG'), (5, 7, 'ORG')]
    >>> merge_spans([(0, 2, "LOC"), (4, 5, "ORG"), (7, 9, "MISC")], [(0, 2, "ORG"), (4, 5, "LOC"), (7, 9, "ORG")])
    [(0, 2, 'ORG'), (4, 5, 'ORG'), (7, 9, 'ORG')]
    """
    spans = list(recognised)
    for start, end, label in known:
        overlapping = [s for s in spans if _overlaps((s[0], s[1]), (start, end))]
        if len(overlapping) > 1 and sum(s[1] - s[0] for s in overlapping) == end - start \
                and all(start <= s[0] and s[1] <= end for s in overlapping):
            spans = [s for s in spans if s not in overlapping]
            overlapping = []
        if not overlapping:
            spans.append((start, end, label))
        elif label == "ORG" and len(overlapping) == 1 and overlapping[0] in ((start, end, "LOC"), (start, end, "MISC")):
            spans[spans.index(overlapping[0])] = (start, end, label)  # a listed organisation: «مانشستر سيتي» is a club
    return sorted(spans)


def _with_state_word(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A place named after «جمهورية» starts with it and takes the state's adjectives that follow."""
    if label != "LOC" or start == 0 or doc[start - 1].norm_ not in _STATE_WORDS:
        return start, end, label
    while end < len(doc) and doc[end].norm_ in _STATE_ADJECTIVES:
        end += 1
    return start - 1, end, label


def _participle_clause(doc: Doc, index: int) -> bool:
    """«… الممول من الوكالة الإسبانية للتعاون الدولي والمنفذ بشراكة مع …»: a participle with its agent or manner
    («المنفذ ب…», «المنفذ من قبل …») goes on describing the project, not the name."""
    return doc[index].norm_.startswith("الم") and index + 1 < len(doc) and doc[index + 1].norm_ in _AGENT_LINKS


def _starts_name(doc: Doc, index: int, gazetteer: Gazetteer, starts: set[int]) -> bool:
    norm = doc[index].norm_
    return index in starts or norm in gazetteer.organization_heads \
        or bool(gazetteer.position_length([token.text for token in doc[index:index + 4]])) or norm in gazetteer.titles


def complete_organizations(doc: Doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer,
                           places: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Organisation names by pattern that the recogniser cut short.

    - a head word before a place is one ORG: «بلدية الموصل», «مصرف قطر المركزي», «دائرة صحة البصرة»;
    - a name that ends with a place goes on with its purpose: «جمعية الإمارات للغوص»;
    - coordinated definite nouns stay in the name: «الهيئة العامة للمنشآت الصغيرة والمتوسطة»,
      «وزارة التموين والتجارة الداخلية», unless «و» starts another name («… ووزارة الصحة»).
    """
    spans = sorted(spans)
    starts = {s[0] for s in spans}
    result = []
    for position, (start, end, label) in enumerate(spans):
        limit = spans[position + 1][0] if position + 1 < len(spans) else len(doc)
        if label == "LOC" and start > 0:
            for first in (start - 1, start - 2):
                if first < 0 or (result and result[-1][1] > first):
                    continue
                words = [t.norm_ for t in doc[first:start]]
                # «مديرية ماء نينوى»: one indefinite noun may stand between the head and the place.
                # Not a word with a pronoun: «يقرض الصندوق بموجبها تونس».
                middle_ok = len(words) == 1 or (doc[start - 1].is_alpha and len(words[1]) > 2
                                                and not words[1].startswith("ال") and words[1] not in _FUNCTION_WORDS
                                                and not doc[start - 1].text.endswith(("ها", "هم", "هما")))
                if words[0] in gazetteer.organization_heads and (len(words) == 2 or words[0] not in _PLACE_HEADS) and middle_ok \
                        and (start, end) in places \
                        and not any(doc[i].is_punct or doc[i].is_space or doc[i].text in CLITICS for i in range(first, start)):
                    start, label = first, "ORG"
                    while end < limit and is_nisba(doc[end].norm_):
                        end += 1
                    break
        if label == "ORG" and doc[start].norm_ in gazetteer.organization_heads:
            ends_with_place = any((first, end) in places for first in range(start + 1, end))
            if ends_with_place and end + 1 < limit and doc[end].text == "ل" \
                    and doc[end + 1].norm_.startswith("ل"):
                end += 2
            elif ends_with_place and end + 2 < limit and doc[end].text == "ل" and doc[end + 1].is_alpha \
                    and not is_definite(doc, end + 1) and is_definite(doc, end + 2):
                # «صندوق عمان لدعم المشاريع الناشئة»: «ل», a verbal noun, its object and the object's adjectives.
                end += 3
                while end < limit and is_definite(doc, end) and doc[end].norm_[-1] in "يه":
                    end += 1
            while end + 1 < limit and doc[end].text == "و" and is_definite(doc, end - 1) \
                    and is_definite(doc, end + 1) and not _starts_name(doc, end + 1, gazetteer, starts) \
                    and doc[end + 1].norm_ not in _ACTOR_NOUNS | _RELATIVES \
                    and not _participle_clause(doc, end + 1):
                end += 2
                while end < limit and is_nisba(doc[end].norm_):
                    end += 1
        result.append((start, end, label))
    return result


def _is_role_word(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A PER that is only a title or a position head («معاون»): the recogniser took the rank for a name."""
    words = [doc[i].text for i in range(start, end)]
    return all(normalize_for_matching(w) in gazetteer.titles for w in words) \
        or gazetteer.position_length(words) == len(words)


def _without_position(doc: Doc, span: tuple[int, int, str], gazetteer: Gazetteer) -> tuple[int, int, str]:
    """A PER with the first name the recogniser left out after an honorific, without the titles it starts with, and
    cut where a position of two words or more starts in it: «محمد بن سلمان ولي ولي العهد» -> «محمد بن سلمان»,
    or before a last word that starts a position: «خالد عبد الرحمن سفير مصر» -> «خالد عبد الرحمن»."""
    start, end, label = span
    if label == "PER" and start > 1 and doc[start - 2].norm_ in HONORIFICS and doc[start - 1].is_alpha \
            and not doc[start - 1].norm_.startswith("ال") and doc[start - 1].norm_ not in gazetteer.titles \
            and not gazetteer.position_length([doc[start - 1].text]):
        start -= 1  # «الأستاذة خيرية محمد الحاسي»: the recogniser left out the first name after an honorific
    if label == "PER":
        # «الأخ أحمد المدحدح»: titles stay outside a name; «وزير الداخلية الجيبوتي حسن عمر بوح»: so does the
        # nationality that ends the position before it.
        while end - start > 1 and doc[start].norm_ in gazetteer.titles and doc[start].norm_ not in _NAME_TITLES:
            start += 1
        if end - start > 2 and place_adjective(doc[start], gazetteer):
            start += 1
        words = [token.text for token in doc[start:end]]
        end = next((start + i for i in range(1, len(words) - 1) if gazetteer.position_length(words[i:]) >= 2), end)
        # «وخالد عبد الرحمن سفير مصر لدى …»: a last word that is a position going on after the name.
        if end < len(doc) and (end - start > 2 or (end - start == 2 and is_definite(doc, end))) and doc[end].is_alpha \
                and doc[end - 1].norm_ not in _NAME_LIKE_POSITIONS \
                and gazetteer.position_length([doc[end - 1].text]) == 1:
            end -= 1
        # «الملك سلمان بن عبد العزيز وولي العهد»: the «و» of the position cut off stays outside the name.
        while end - start > 1 and doc[end - 1].text in CLITICS:
            end -= 1
    return start, end, label


def _is_person_slot(doc: Doc, start: int, end: int, label: str, gazetteer: Gazetteer, places: set[tuple[int, int]]) -> bool:
    """A place or organisation no gazetteer knows, where only a person can stand: right after a title («السيدة
    ماريكو سيندا») or between commas right after a position («الممثل الرئيسي لوكالة جايكا في الأردن، موريهاتا
    شينجو،»). The recogniser takes unfamiliar foreign names for places."""
    if label not in ("LOC", "ORG") or (start, end) in places or gazetteer.lookup([t.text for t in doc[start:end]]):
        return False
    if start > 0 and doc[start - 1].norm_ in gazetteer.titles and doc[start - 1].norm_ not in _NAME_TITLES:
        return True
    return label == "LOC" and _in_apposition(doc, start, end, gazetteer)


def _in_apposition(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A name between commas right after a position."""
    if start < 2 or end >= len(doc) or doc[start - 1].text not in "،," or doc[end].text not in "،,.":
        return False
    for index in range(start - 2, max(start - 14, 0) - 1, -1):
        if doc[index].text in _POSITION_BREAKS:
            return False
        if gazetteer.position_length([token.text for token in doc[index:index + 4]]):
            return True
    return False


_COMPASS = matching_forms("جنوب شمال شرق غرب")


def refine_entities(doc: Doc, gazetteer: Gazetteer, paragraph_starts: Sequence[int] = (0,)) -> list[Span]:
    """The Doc's entities after gazetteer correction, acronym completion and removal of generic heads; a byline
    opening a paragraph at ``paragraph_starts`` (character offsets) is read by its parts."""
    words, norms = token_texts(doc), token_norms(doc)
    cleaned = [trimmed(doc, ent.start, ent.end, ent.label_, gazetteer.given_names) for ent in doc.ents]
    recognised = [part for span in cleaned if span for part in split_span(doc, _without_position(doc, span, gazetteer), gazetteer)
                  if not (part[2] == "PER" and _is_role_word(doc, *part[:2], gazetteer))]
    matches = [(start, end, entity) for start, end, entity in gazetteer.matches(words, norms)
               if not any(doc[i].is_space for i in range(start, end))]
    known = [(start, end, entity.label) for start, end, entity in matches]
    # A listed place named by a compass point and another place («جنوب السودان») is a place of its own: a place the
    # recogniser found inside it («السودان») gives way to it.
    compass = [(start, end) for start, end, label in known if label == "LOC" and norms[start] in _COMPASS]
    recognised = [s for s in recognised if not any(a <= s[0] and s[1] <= b and (s[0], s[1]) != (a, b) for a, b in compass)]
    spans = merge_spans(recognised, known)
    places = {(start, end) for start, end, entity in matches if entity.label == "LOC"}
    spans = complete_organizations(doc, spans, gazetteer, places)
    spans = [_with_state_word(doc, start, end, "PER" if _is_person_slot(doc, start, end, label, gazetteer, places) else label)
             for start, end, label in spans]
    spans = with_family_names(doc, with_first_names(doc, spans, gazetteer), gazetteer)
    spans = with_united_nations_heads(doc, spans, gazetteer)
    spans += appositive_names(doc, spans, gazetteer) + quoted_programmes(doc, spans)
    spans += names_after_positions(doc, spans, gazetteer)
    spans += foreign_names(doc, spans, gazetteer)
    spans = national_bodies(doc, eponymous_organizations(doc, spans, gazetteer), gazetteer)
    spans += family_name_mentions(doc, spans, gazetteer)
    spans += quoted_organizations(doc, spans, gazetteer)
    spans = media_names(doc, spans)
    spans = local_services(doc, public_authorities(doc, spans))
    spans += patterned_bodies(doc, spans)
    spans += kingdom_mentions(doc, spans)
    spans = competitions(doc, club_mentions(doc, spans, gazetteer))
    spans += repeated_names(doc, spans)
    # «… الوكالة الألمانية للتعاون الدولي (GIZ)»: an unknown Latin acronym in brackets after an ORG is an ORG.
    for start, end, label in list(spans):
        if label == "ORG" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and _ACRONYM.fullmatch(doc[end + 1].text) and not any(s[0] == end + 1 for s in spans):
            spans.append((end + 1, end + 2, "ORG"))
    spans = organization_bounds(doc, without_non_names(doc, spans, gazetteer.titles), gazetteer.given_names)
    spans = byline_entities(doc, spans, gazetteer, paragraph_starts)
    spans = [(start, end, label) for start, end, label in sorted(spans)
             if not (label == "ORG" and end - start == 1 and doc[start].norm_ in gazetteer.organization_heads)]
    return [Span(doc, start, end, label=label) for start, end, label in _without_overlaps(spans)]


def _without_overlaps(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans that overlap none kept before them (the longest first at a start): spaCy's ``doc.ents`` takes no
    overlap, and two rules may each find the same name («معرض ومسابقة "تشكيل واحد"»).

    >>> _without_overlaps([(0, 2, "ORG"), (0, 2, "ORG"), (1, 3, "LOC"), (3, 4, "PER")])
    [(0, 2, 'ORG'), (3, 4, 'PER')]
    """
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def entity_records(doc: Doc, spans: Sequence[Span], gazetteer: Gazetteer,
                   paragraph_starts: Sequence[int]) -> list[dict[str, Any]]:
    """The ``entities`` of the output contract for the given spans."""
    records = []
    text = doc_text(doc)
    for span in spans:
        known = gazetteer.lookup([token.text for token in span])
        name = entity_name(text, span.start_char, span.end_char)
        restored = name.startswith("ال") and not span.text.startswith("ال")
        if known and restored and normalize_for_matching(name[1:]) == normalize_for_matching(known.name_ar):
            name = name[1:]  # «للبنان» is ل + «لبنان», not a fused «لل» before «البنان»: the listed name says which
        records.append({
            "label": span.label_, "start": span.start_char, "end": span.end_char, "text": span.text,
            "name": name,
            "paragraph": max(bisect_right(paragraph_starts, span.start_char) - 1, 0),
            "canonical": known.canonical() if known and known.label == span.label_ else None,
        })
    return records
