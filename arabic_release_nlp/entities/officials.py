"""Officials (ANNOTATION.md §2): a person with the title before the name and the position before or after it.

«وقد أكدت السفيرة نائلة جبر، رئيس اللجنة الوطنية …، على» -> title «السفيرة», position «رئيس اللجنة الوطنية …»;
«وقال وزير العمل الأردني الدكتور سامي العبادي» -> position «وزير العمل الأردني», title «الدكتور»;
«كما أعرب كارلوس أوليفر رئيس بعثة المنظمة الدولية للهجرة عن …» -> position «رئيس بعثة المنظمة الدولية للهجرة».
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.gazetteer import HONORIFICS, Gazetteer
from arabic_release_nlp.entities.names import entity_name
from arabic_release_nlp.entities.official_organizations import position_organization, signed_for
from arabic_release_nlp.entities.role_words import CLOSING_QUOTES, OPENING_QUOTES
from arabic_release_nlp.text.normalize import matching_forms, normalize_for_matching
from arabic_release_nlp.text.spacy_tokenizer import doc_text

MAX_POSITION_TOKENS = 22
_BOUNDARIES = frozenset('،,.؛;:؟?!"«»“”()[]-–—')
# «المسؤولة عن ملف …», «المشرف على البرنامج»: these heads take a preposition that otherwise ends a position.
_PREPOSITION_HEADS = matching_forms(
    "مسؤول مسؤولة المسؤول المسؤولة المشرف المشرفة مشرف مشرفة الخبير الخبيرة خبير خبيرة")
_GENERAL = matching_forms("العام العامة")
# «… وأحد المشاركين», «… وإحدى المؤسسات»: a second description after «و» is not part of the position.
_SECOND_DESCRIPTIONS = matching_forms("أحد إحدى عدد")  # also «… وعدد من ممثلي الجهات المعنية»
# «وأشارت وزيرة حقوق الإنسان خلال لقائها اليوم الممثل الإقليمي للمنظمة سارة كراجز», «… وبحضور مدير مكتب المفوضية
# إيرين أموندي»: time words and «بحضور» end a position before the name too.
_TIME_WORDS = matching_forms("خلال اليوم أمس يوم أثناء عقب بمناسبة حضور بحضور")
# Words after which a position phrase cannot go on: prepositions of the verb, complementisers, relatives, time.
_POSITION_STOPS = matching_forms(
    "عن على إن أن إنه أنه إنها أنها بأن الذي التي الذين اللذين حيث قائلا قائلة مؤكدا مؤكدة مشيرا مشيرة "
    "موضحا موضحة وذلك ذلك بعد قبل أمام إلى هو هي هم فيما بينما افتتاح قد لقد") | _TIME_WORDS
# «المتحدث الرسمي للمركز في تصريح صحافي»: «في» before the occasion of speaking ends a position.
_OCCASIONS = matching_forms(
    "تصريح تصريحات تصريحه تصريحها بيان بيانه كلمة كلمته كلمتها حديث حديثه حديثها مؤتمر مقابلة لقاء ختام افتتاح "
    "حفل اجتماع جلسة ندوة")
# A position never ends on a preposition: «الرئيس التنفيذي لـ"نماء"» when the name after it went untagged.
_DANGLING = matching_forms("ل لـ ـ في من ب عن على إلى لدى و ف")
# Verbs that open a clause: a position before the name never reaches back past them.
_CLAUSE_VERBS = matching_forms(
    "قال قالت أكد أكدت أوضح أوضحت أشار أشارت أعرب أعربت صرح صرحت أضاف أضافت شدد شددت افتتح افتتحت دعا دعت "
    "ألقى ألقت رحب رحبت استقبل استقبلت وقع وقعت شارك شاركت ترأس ترأست أعلن أعلنت ثمن ثمنت لفت لفتت نوه نوهت "
    "اعتبر اعتبرت تسلم تسلمت سلم سلمت زار زارت التقى التقت بحث بحثت وأكد أمر أمرت")

# Attached pronouns of a verbal noun that belongs to the sentence, not the position: «لتكريمه», «بتوقيعها».
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
# «بحثت الوزيرة مع الممثل الرئيسي …»: «مع» joins two parties; a position before a name does not reach back past it.
_WITH = normalize_for_matching("مع")
_HE_SHE = matching_forms("هو هي")
# «المتحدثة باسم المنظمة لوكالة الأنباء الألمانية», «… لصحيفة الحياة»: «ل» before the outlet spoken to ends a position.
_OUTLETS = matching_forms("صحيفة جريدة قناة مجلة إذاعة تلفزيون رويترز")
_AGENCY, _NEWS = normalize_for_matching("وكالة"), matching_forms("الأنباء أنباء فرانس")
# «أمير منطقة عسير», «رئيسة بعثة المنظمة في تونس»: a position goes on through a place after these.
_WHERE = matching_forms("في لدى")


def _is_boundary(token) -> bool:
    return token.is_space or token.text in _BOUNDARIES


def _title_start(doc: Doc, person: Span, gazetteer: Gazetteer) -> int:
    """The first token of the titles right before the name («السيد المستشار/ محمد» -> «السيد»)."""
    index = person.start
    while index > 0:
        previous = doc[index - 1]
        if previous.text == "/" and index > 1 and previous.idx == doc[index - 2].idx + len(doc[index - 2]):
            index -= 1
            continue
        # «صاحب السمو الملكي الأمير محمد», «الوزير المفوض طارق»: titles of several words, before their last word alone.
        length = next((n for n in (3, 2) if index >= n and " ".join(
            t.norm_ for t in doc[index - n:index]) in gazetteer.titles), 0)
        if length:
            index -= length
            continue
        key = previous.norm_.rstrip("/")
        if key in gazetteer.titles or (previous.text.endswith(".") and len(key) <= 4 and key.rstrip(".") in gazetteer.titles):
            index -= 1
            continue
        break
    # «مركز الملك حسين بن طلال للمؤتمرات», «جامعة الأمير سلطان»: after an organisation's head, the title and the
    # name are the name of a place or a body, not an official's.
    # (A head in construct, without the article: «أمين عام الوزارة الدكتور X», «الكاتب العام للجنة السيد X» are a
    # position and a title.)
    head = doc[index - 1].norm_ if index > 0 else ""
    definite = head.startswith("ال") or (index > 1 and doc[index - 2].text == "ل")
    if index < person.start and head in gazetteer.organization_heads and not definite:
        return person.start
    return index


def _pronoun_apposition(doc: Doc, start: int) -> int | None:
    """Where a position starts after «وهو» or «وهي» right after a name: «قال فيديريكو فوسي -وهو متحدث باسم …-»,
    «وقالت جيوفانا دي بينيديتو، وهي متحدثة باسم …»."""
    index = start + 1 if start < len(doc) and doc[start].text in "،,-–—(" else start
    if index + 2 < len(doc) and doc[index].text == "و" and doc[index + 1].norm_ in _HE_SHE:
        return index + 2
    return None


def _position_after(doc: Doc, start: int, entity_at: dict[int, Span], gazetteer: Gazetteer) -> tuple[int, int] | None:
    index = start
    apposition = index < len(doc) and doc[index].text in "،,"
    pronoun = _pronoun_apposition(doc, start)
    if pronoun is not None:
        index, apposition = pronoun, True
    elif apposition:
        index += 1
    last_and = None
    words = [token.text for token in doc[index:index + 6]]
    head = gazetteer.position_length(words) if words else 0
    if not head:
        return None
    end = index
    entity_ends = {span.end for span in entity_at.values()}
    while end < len(doc) and end - index < MAX_POSITION_TOKENS:
        entity = entity_at.get(end)
        if entity is not None:
            if entity.label_ == "PER":
                # «… رئيس الاتحاد وتضم اللجنة كلا من الممثلة نادين»: the words before the next name describe
                # that person; the position ends at the last «و», or before that person's titles («… في سفارة
                # خادم الحرمين الشريفين الأستاذ محمد العتيق»).
                end = last_and if last_and is not None else max(index, _title_start(doc, entity, gazetteer))
                break
            end = entity.end
            # «كرّم الأمير فيصل بن خالد أمير منطقة عسير شركة …»: without a comma the position ends with the
            # first name in it (and the place after «في», «لدى»); the sentence goes on with the verb's object.
            if not apposition:
                place = entity_at.get(end + 1)
                if end + 1 < len(doc) and doc[end].norm_ in _WHERE and place is not None \
                        and place.label_ != "PER":
                    end = place.end
                # «المستشار بالديوان الملكي المشرف العام على …», «نائب رئيس الجمعية السعودية للإدارة وعضو جمعية …»:
                # unless a second position follows, with or without «و».
                second = end + 1 if end < len(doc) and doc[end].text == "و" else end
                if not gazetteer.position_length([t.text for t in doc[second:second + 6]]):
                    break
            continue
        token = doc[end]
        norm = token.norm_
        closing = _quoted_name_end(doc, end, gazetteer) if end > index else None
        if closing is not None:
            end = closing
            continue
        # «أمير الكويت لتكريمه», «… بتوقيعها»: after a name, «ب» or «ل» before a verbal noun with a pronoun belongs to
        # the sentence («وكيل وزارة الصحة لشؤون الرعاية» goes on).
        if token.text in ("ب", "ل") and end in entity_ends and end + 1 < len(doc) and end + 1 not in entity_at \
                and doc[end + 1].text.endswith(_PRONOUNS) and len(doc[end + 1].text) > 4:
            break
        if end > index and norm in HONORIFICS:  # «… الأستاذة خيرية»: the next person's honorific, like the next name
            end = last_and if last_and is not None else end
            break
        if _is_boundary(token) or (end >= index + head and (norm in _POSITION_STOPS or norm in _CLAUSE_VERBS)
                                   and not _preposition_of_head(doc, end, entity_at)):
            break
        if norm in _WHERE and end + 1 < len(doc) and doc[end + 1].norm_ in _OCCASIONS:
            break
        if token.text == "ل" and end > index and _outlet_at(doc, end + 1):
            break
        if norm == "و":
            if end + 1 < len(doc) and doc[end + 1].norm_ in _SECOND_DESCRIPTIONS:
                break
            last_and = end
        end += 1
    return _trimmed(doc, index, end)


def _outlet_at(doc: Doc, index: int) -> bool:
    """Whether a news outlet's name starts at ``index``: «صحيفة …», «وكالة الأنباء …», «وكالة فرانس برس»."""
    if index >= len(doc):
        return False
    norm = doc[index].norm_
    return norm in _OUTLETS or (norm == _AGENCY and index + 1 < len(doc) and doc[index + 1].norm_ in _NEWS)


def _quoted_name_end(doc: Doc, index: int, gazetteer: Gazetteer) -> int | None:
    """After a preposition or an organisation's head word, a quoted name belongs to the position: «المدير التنفيذي
    لـ"منصة غد"», «نائب رئيس مؤسسة «نماء»» (the end of the closing quote), else None."""
    previous = doc[index - 1].norm_
    if doc[index].text not in OPENING_QUOTES or (previous not in _DANGLING and previous not in gazetteer.organization_heads):
        return None
    for end in range(index + 2, min(index + 10, len(doc))):
        if doc[end].text in CLOSING_QUOTES:
            return end + 1
        if doc[end].text in _BOUNDARIES:
            return None
    return None


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without the prepositions and conjunctions left dangling at its end, nor a closing bracket
    («… في الوكالة اليابانية للتعاون الدولي (JICA)»: the corpus leaves acronyms and glosses out of positions)."""
    opening = _bracket_start(doc, end - 1) if end - 1 > start else None
    if opening is not None:
        end = opening
    while end > start and doc[end - 1].norm_ in _DANGLING:
        end -= 1
    return (start, end) if end > start else None


def _preposition_of_head(doc: Doc, index: int, entity_at: dict[int, Span]) -> bool:
    """Whether the stop word at ``index`` belongs to the position: «المسؤولة عن», «بعثة الاتحاد الأوروبي إلى لبنان»."""
    norm = doc[index].norm_
    if norm in ("عن", "علي"):
        # «مساعد المشرف العام على المركز للعمليات»: the head may have its adjective before the preposition.
        head = index - 2 if index > 1 and doc[index - 1].norm_ in _GENERAL else index - 1
        return head >= 0 and doc[head].norm_ in _PREPOSITION_HEADS
    if norm == "الي":  # a mission «to» a country
        following = entity_at.get(index + 1)
        return following is not None and following.label_ == "LOC" and index > 0 \
            and any(s.end == index and s.label_ == "ORG" for s in entity_at.values())
    return False


def _position_before(doc: Doc, end: int, gazetteer: Gazetteer, inside_entity: set[int],
                     taken: set[int], feminine: bool = False) -> tuple[int, int] | None:
    """The position phrase that ends at ``end`` («وقال وزير التربية والتعليم الدكتور …» -> «وزير التربية والتعليم»).

    «و» inside a ministry's name goes on, and so does «و» between two positions of one person («وقال نائب الرئيس
    والعضو المنتدب م. يوسف البسام»), unless the title is a woman's and the first position a man's («بحضور المدير
    العام للأمن الوطني وسفيرة هولندا السيدة …»: two people). Another person's name or position ends the phrase («…
    سمير فرج والمخرج خالد», «الدكتور وليد حمدان رئيس جامعة اليرموك وتضم اللجنة … الكاتبة سلمى يوسف»): ``taken``
    holds their tokens.
    """
    earliest = joined = None
    index = end - 1
    while index >= 0 and end - index <= MAX_POSITION_TOKENS:
        token = doc[index]
        if index in taken:
            break
        opening = _bracket_start(doc, index)
        if opening is not None:  # «الممثل الرئيسي لوكالة التعاون الدولي اليابانية (جايكا) في الأردن»
            index = opening - 1
            continue
        if token.text == "و" and index not in inside_entity:
            if index == end - 1:
                break
            if earliest == index + 1:
                joined = index
        elif (_is_boundary(token) or token.norm_ in _CLAUSE_VERBS or token.norm_ == _WITH or token.norm_ in _TIME_WORDS) \
                and index not in inside_entity:
            break
        if gazetteer.position_length([t.text for t in doc[index:end]]):
            earliest = index
        index -= 1
    if joined is not None and earliest is not None and earliest < joined and feminine \
            and not doc[earliest].norm_.endswith("ه"):
        earliest = joined + 1
    return _trimmed(doc, earliest, end) if earliest is not None else None


def _bracket_start(doc: Doc, index: int) -> int | None:
    """Where an acronym in brackets that ends at ``index`` opens («(جايكا)», «(IOM)»), else None."""
    if doc[index].text != ")" or index < 2 or doc[index - 2].text != "(" or not doc[index - 1].text.isalpha():
        return None
    return index - 2


def find_officials(doc: Doc, spans: Sequence[Span], gazetteer: Gazetteer,
                   paragraph_starts: Sequence[int]) -> list[dict[str, Any]]:
    """The ``officials`` of the output contract: every PER with a title or a position."""
    text = doc_text(doc)
    entity_at = {span.start: span for span in spans}
    inside_entity = {index for span in spans if span.label_ != "PER" for index in range(span.start + 1, span.end)}
    taken = {index for span in spans if span.label_ == "PER" for index in range(span.start, span.end)}
    officials = []
    for person in (span for span in spans if span.label_ == "PER"):
        title_start = _title_start(doc, person, gazetteer)
        feminine = any(token.norm_.endswith("ه") for token in doc[title_start:person.start])
        position = _position_after(doc, person.end, entity_at, gazetteer) \
            or _position_before(doc, title_start, gazetteer, inside_entity, taken, feminine)
        if position is None and title_start > 0 and doc[title_start - 1].text in "،,":
            # «وقال المدير العام للوكالة، السيد أحمدو …»: the position, a comma, then the title and name.
            position = _position_before(doc, title_start - 1, gazetteer, inside_entity, taken)
        if title_start == person.start and position is None:
            continue
        # Whom one signs for («عن X») is said outright; it comes before what the position names («… لدى دول المجلس»).
        organization = (signed_for(doc, text, min(title_start, position[0]), spans, gazetteer)
                        or position_organization(doc, text, position, spans, gazetteer)) if position else None
        if position:
            taken.update(range(*position))
        title = doc[title_start:person.start].text.strip() or None
        if title is None and position and position[1] == person.start and position[0] > 0 \
                and normalize_for_matching(doc[position[0] - 1].text) in gazetteer.titles:
            # «أكد معالي وزير العمل خالد الرواشدة»: an honorific before the position is the official's title.
            title = doc[position[0] - 1].text
        officials.append({
            "name": entity_name(text, person.start_char, person.end_char),
            "title": title,
            "position": doc[position[0]:position[1]].text.strip() if position else None,
            "organization": organization,
            "start": person.start_char, "end": person.end_char,
            "paragraph": max(bisect_right(paragraph_starts, person.start_char) - 1, 0),
        })
    return merge_mentions(officials)


def _shorter_form(name: str, other: str) -> bool:
    """«الكعبي» (the family name), «حنان» (the given name) or «سالم الصباح» (both) of «سالم عبد الله الجابر الصباح»."""
    if len(name) >= len(other):
        return False
    words, others = name.split(), other.split()
    # «بيير كرينبول وعبدالله الربيعة» is two people the recogniser joined, not «بيير كرينبول» in full.
    given_name_first = other.startswith(name + " ") and not others[len(words)].startswith("و")
    return other.endswith(" " + name) or given_name_first or (
        len(words) == 2 and len(others) > 2 and words[0] == others[0] and words[-1] == others[-1])


def merge_mentions(officials: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per person: «السفيرة نائلة جبر، رئيسة اللجنة …» and, later, «وأكدت السفيرة نائلة جبر» are one
    official. The record is the first mention with a position (else the first), with a title or organisation another
    mention gives when it has none; ``mentions`` lists where each mention's name is, in text order, as
    ``organizations[].mentions`` does. A shorter form of the name of exactly one other official — the family name
    alone («وأضاف الكعبي», «الوزيرة النابلسي»), the given name alone («الدكتورة حنان»), or the two («سالم الصباح») —
    is a mention of that person and adds nothing else."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for official in officials:
        groups.setdefault(normalize_for_matching(official["name"]), []).append(official)
    short_forms: dict[str, list[dict[str, Any]]] = {}
    for name in list(groups):
        longer = [other for other in groups if _shorter_form(name, other)]
        if len(longer) == 1:
            short_forms.setdefault(longer[0], []).extend(groups.pop(name))
    merged = []
    for name, mentions in groups.items():
        record = dict(next((m for m in mentions if m["position"]), mentions[0]))
        for field in ("title", "organization"):
            record[field] = record[field] or next((m[field] for m in mentions if m[field]), None)
        every = sorted(mentions + short_forms.get(name, []), key=lambda mention: mention["start"])
        record["mentions"] = [{"start": m["start"], "end": m["end"]} for m in every]
        merged.append(record)
    return sorted(merged, key=lambda record: record["start"])
