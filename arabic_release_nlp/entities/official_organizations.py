"""The organisation an official's position belongs to (ANNOTATION.md §2): named in the position, referred back to by a
bare head noun, spelt out from the holder's word («وزير العمل» -> «وزارة العمل …»), or the one the official signs for.

``officials.find_officials`` finds the official and the position; this module reads the position for its organisation.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.money import is_donor
from arabic_release_nlp.entities.names import entity_name
from arabic_release_nlp.text.normalize import is_nisba, matching_forms, normalize_for_matching, restore_article

# «رئيسة مجلس إدارة مؤسسة الخير»: the board belongs to the organisation named after it.
_BOARD_WORDS = frozenset({"اداره", "امناء"})
_MISSION_HEADS = matching_forms("البعثة المكتب")
_FOR_SIDE = matching_forms("عن جانب")  # «عن الصندوق», «من جانب المنظمة»: on whose behalf one signs
_AGENCY_TYPES = frozenset({"un_agency", "un_fund_programme", "international_organization", "regional_organization"})
# «وزير العمل» belongs to the «وزارة العمل …» the release names.
_BODIES = {normalize_for_matching(holder): normalize_for_matching(body) for holders, body in (
    ("وزير وزيرة", "وزارة"), ("نقيب نقيبة", "نقابة"), ("قنصل قنصلة", "قنصلية"), ("القنصل القنصلة", "القنصلية"),
    ("مدير مديرة", "مديرية"), ("المدير المديرة", "المديرية"))
    for holder in holders.split()}  # not «سفير»: the corpus gives an ambassador no organisation
_FIELD_ENDS = frozenset({"ل", "في", "لدى", "ب"})
# «المدير العام للأمن الوطني» -> «المديرية العامة للأمن الوطني»: a directorate's field goes on after «ل».
_DIRECTORS = frozenset(normalize_for_matching(word) for word in ("مدير", "مديرة", "المدير", "المديرة"))
_BARE_GENERAL = normalize_for_matching("عام")  # «مدير عام الأحوال المدنية» -> «مديرية الأحوال المدنية …»
# «المديرة القطرية للبرنامج»: a programme that is an organisation (WFP, UNDP) when the release names one.
_PROGRAMME = normalize_for_matching("البرنامج")


def position_organization(doc: Doc, text: str, position: tuple[int, int], spans: Sequence[Span],
                          gazetteer: Gazetteer) -> str | None:
    """The organisation a position belongs to: the first ORG inside it; else the named organisation a bare head noun
    in it refers back to («المدير العام للمكتب», «مدير إدارة التفتيش في الهيئة» -> «الهيئة العامة للقوى العاملة»
    named earlier); else a name that starts with an organisation head word («… لوزارة الطاقة والمعادن» -> «وزارة
    الطاقة والمعادن») up to the end of the position; else, for a minister, the ministry the release names («وزير
    العمل» -> «وزارة العمل اللبنانية»)."""
    inside = [s for s in spans if s.label_ == "ORG" and position[0] <= s.start and s.end <= position[1]]
    if inside:
        return entity_name(text, inside[0].start_char, inside[0].end_char)
    organisations = [s for s in spans if s.label_ == "ORG"]
    for index in range(position[0] + 1, position[1]):
        head = _fused_head(doc, index, gazetteer)
        if head.startswith("ال") and (head in gazetteer.organization_heads or head == _PROGRAMME):
            # «المدير العام للتشغيل في الوزارة»: the release's own ministry or agency, not a donor's, unless a
            # nationality says whose («ممثل الوكالة الإسبانية في المغرب»).
            nationality = index + 1 < position[1] and is_nisba(doc[index + 1].norm_)
            local = [s for s in organisations if nationality or not is_donor(s, gazetteer)]
            referent = _named_before(local, index, {head, head[2:]}) or _named_before(organisations, index, {head, head[2:]})
            if referent is not None:
                return entity_name(text, referent.start_char, referent.end_char)
    if any(restore_article(t.norm_) in _MISSION_HEADS for t in doc[position[0] + 1:position[1]]):
        # «نائبة رئيس البعثة», «الخبيرة في المكتب» where no mission or office is named: the first international
        # organisation of the release, whose mission or office it is.
        agency = next((s for s in organisations if getattr(gazetteer.lookup([t.text for t in s]), "type", None)
                       in _AGENCY_TYPES), None)
        if agency is not None:
            return entity_name(text, agency.start_char, agency.end_char)
    organization = _head_name(doc, text, position, gazetteer)
    # «وزير العمل» -> «وزارة العمل …», «نقيب الصحفيين» -> «نقابة الصحفيين العراقيين», «القنصل العام» -> «القنصلية العامة
    # لجمهورية مالي …»: the holder's word, then the body's field, name a body the release names.
    holder = next((i for i in (position[0], position[0] + 1) if i + 1 < position[1] and doc[i].norm_ in _BODIES), None)
    if organization is None and holder is not None:
        # «مساعد وزير الخارجية لشؤون المصريين بالخارج»: the field ends where its own complement starts.
        ends = _FIELD_ENDS - {"ل"} if doc[holder].norm_ in _DIRECTORS else _FIELD_ENDS
        field_end = next((i for i in range(holder + 2, position[1]) if doc[i].text in ends), position[1])
        field = [t.norm_ for t in doc[holder + 1:field_end]]
        body = _agreement_free([_BODIES[doc[holder].norm_], *(field[1:] if field[:1] == [_BARE_GENERAL] else field)])
        organization = _nearest_starting_with(text, organisations, body, position[0])
    if organization is None and position[1] - position[0] >= 3:
        # «قائد خفر السواحل» -> «خفر السواحل الموريتاني»: the words after the position's head begin a name the release gives.
        rest = _agreement_free([t.norm_ for t in doc[position[0] + 1:position[1]]])
        organization = _nearest_starting_with(text, organisations, rest, position[0])
    return organization


def _nearest_starting_with(text: str, organisations: Sequence[Span], words: str, index: int) -> str | None:
    """The name of the organisation nearest ``index`` whose words (agreement-free) start with ``words``."""
    found = [s for s in organisations if _agreement_free([t.norm_ for t in s]).startswith(words)]
    if not found:
        return None
    nearest = min(found, key=lambda s: abs(s.start - index))
    return entity_name(text, nearest.start_char, nearest.end_char)


def _fused_head(doc: Doc, index: int, gazetteer: Gazetteer) -> str:
    """A word read with its article: «لوكالة» is «الوكالة», but «لجنة» after a split-off «ل» is the head «اللجنة»."""
    word = doc[index].norm_
    doubled = "ال" + word
    if index and doc[index - 1].norm_ == "ل" and word.startswith("ل") and doubled in gazetteer.organization_heads:
        return doubled
    return restore_article(word)


def _agreement_free(words: Sequence[str]) -> str:
    """Words joined without a final «ة» (matching form «ه»), so «القنصل العام» matches «القنصلية العامة»."""
    return " ".join(word[:-1] if word.endswith("ه") and len(word) > 3 else word for word in words)


def signed_for(doc: Doc, text: str, index: int, spans: Sequence[Span], gazetteer: Gazetteer) -> str | None:
    """«ووقّع الاتفاقية عن الصندوق نائب المدير العام …», «وعن مؤسسة عامل الدولية مديرها التنفيذي …», «ومن جانب المنظمة
    مديرها الإقليمي …»: the organisation an official signs for, named (or named by a bare head noun) right before the
    title or position, is the official's."""
    organisations = [s for s in spans if s.label_ == "ORG"]
    named = next((s for s in organisations if s.end == index), None)
    if named is not None and named.start > 0 and doc[named.start - 1].norm_ in _FOR_SIDE:
        return entity_name(text, named.start_char, named.end_char)
    if index < 2 or doc[index - 2].norm_ not in _FOR_SIDE:
        return None
    head = doc[index - 1].norm_
    if not (head.startswith("ال") and head in gazetteer.organization_heads):
        return None
    referent = _named_before(organisations, index - 1, {head, head[2:]})
    return entity_name(text, referent.start_char, referent.end_char) if referent is not None else None


def _named_before(organisations: Sequence[Span], index: int, heads: set[str]) -> Span | None:
    """The organisation named with one of ``heads`` nearest before ``index``, else the first after it."""
    named = [s for s in organisations if s[0].norm_ in heads and not s.start <= index < s.end]
    before = [s for s in named if s.end <= index]
    return before[-1] if before else named[0] if named else None


def _head_name(doc: Doc, text: str, position: tuple[int, int], gazetteer: Gazetteer) -> str | None:
    """The name in a position that starts with an organisation head word, up to «في»/«لدى» or a second position."""
    for index in range(position[0] + 1, position[1]):
        word = doc[index].norm_
        fused = restore_article(word)
        if (word in gazetteer.organization_heads or fused in gazetteer.organization_heads) and index + 1 < position[1] \
                and doc[index + 1].norm_ not in _BOARD_WORDS:
            end = position[1]
            for cut in range(index + 1, position[1]):
                # «المستشار بالديوان الملكي المشرف العام»: a second position ends the organisation's name.
                if doc[cut].norm_ in ("لدي", "في") \
                        or gazetteer.position_length([t.text for t in doc[cut:position[1]]]):
                    end = cut
                    break
            if end == index + 1 and word.startswith("ال"):
                return None  # «رئيس البعثة في السفارة»: a bare head names no organisation the release names
            return entity_name(text, doc[index].idx, doc[end - 1].idx + len(doc[end - 1]))
    return None
