"""The recogniser's spans cleaned before the gazetteers complete them: edges trimmed where a name cannot go on
(:func:`trimmed`), and a span that names two split (:func:`split_span`)."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import TANWEEN, Gazetteer
from arabic_release_nlp.entities.missed_names import COUNTERPARTS, PROGRAMME_NOUNS, QUOTE_REACH
from arabic_release_nlp.entities.role_words import CLOSING_QUOTES, SPEECH_VERBS
from arabic_release_nlp.text.normalize import is_nisba, matching_forms, normalize_for_matching, remove_marks

CLITICS = frozenset("وفبكل")
_LDA = normalize_for_matching("لدى")
# «وأكدت مديرية التدريب أن مسيرة التعليم …»: «أن» opens a clause and ends an organisation's name («آن» is a name).
_THAT_CONJUNCTIONS = frozenset({"أن", "إن", "بأن", "ان", "بان"})
_HAMZA_THAT = frozenset({"أن", "إن", "بأن"})
# «حكومة قطر لتأسيس مكتب للمفوضية»: a government is named by its country; a split-off «ل» starts its purpose.
_GOVERNMENT = matching_forms("حكومة الحكومة")
_NAME_PREPOSITIONS = frozenset("بلك")
# Heads that always start another organisation after «و» (unlike «إدارة», «تنمية», which also name fields).
_SEPARATE_HEADS = matching_forms("وزارة سفارة منظمة مكتب مفوضية جمعية مؤسسة حكومة برنامج البرنامج مجموعة شركة جامعة هيئة "
                                 "صندوق بنك مركز مستشفى")  # not «والحكومة الإلكترونية»; no corpus name has «و» + these
_PREPOSITIONS = matching_forms("مع في من إلى عن لدى")  # not «على»: in matching form it is the name «علي»
_ALA = frozenset({"على", "إلى", "لدى", "حتى"})  # as written: «علي» is also a name
_KINSHIP = matching_forms("بن ابن بنت أبو أبي")
_LEADING_SPEECH_VERBS = SPEECH_VERBS | matching_forms("أبان أبانت بين بينت لفت لفتت ذكر ذكرت")
# Words that describe the person a name is followed by, never family names: «عمر عبداللطيف الملقب (لقمان)», «عمر
# الحسن المبتعث في ألمانيا».
_AFTER_NAMES = SPEECH_VERBS | matching_forms("الملقب الملقبة المكنى المدعو المدعوة المبتعث المبتعثة الراحل الراحلة "
                                             "المتهم المتهمة المقيم المقيمة المولود المولودة")


def trimmed(doc: Doc, start: int, end: int, label: str, given_names: frozenset[str]) -> tuple[int, int, str] | None:
    """A recognised span without punctuation or space at its edges («/ محمد القماري» -> «محمد القماري») or a word
    with tanween at its end (a common word: «مهاجراً سورياً», «منير بن سالم قائلاً»; campaign names keep theirs), and an
    ORG cut before «لدى» («الاتحاد الأوروبي لدى العراق») or «أن», a government's before «ل» («حكومة قطر لتأسيس …»).
    A leading «و» the recogniser kept is part of the name (the agencies «وام», «واس», «ومع» are split by the
    tokenizer like a proclitic), unless the article follows it: «والمفوض الأوروبي» is «و» and a position."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if end - start > 1 and doc[start].text == "و" and is_definite(doc, start + 1):
        start += 1
    if label == "ORG":
        end = next((i for i in range(start + 1, end) if doc[i].norm_ == _LDA
                    or remove_marks(doc[i].text) in _THAT_CONJUNCTIONS), end)
        if doc[start].norm_ in _GOVERNMENT:
            end = next((i for i in range(start + 2, end) if doc[i].text == "ل"), end)
    if label in ("ORG", "LOC"):
        # «وزارة الخدمة المدنية برنامج «ساعد»», «… والتراث الوطني وبرنامج «بارع»»: a bare programme noun starts
        # the next name.
        while end - start > 1 and doc[end - 1].norm_ in PROGRAMME_NOUNS:
            end -= 1
            if end - start > 1 and doc[end - 1].text == "و":
                end -= 1
    if label == "PER":
        # «الرائد بدر السحيباني فإن البلاغ …»: «أن»/«إن» starts the clause after a name, as after an organisation
        # (written with hamza: «فان» in «بيتر فان دام» is read ف + ان).
        end = next((i for i in range(start + 1, end) if remove_marks(doc[i].text) in _HAMZA_THAT), end)
        # «أبان الصباغ أن …»: a verb of speech before the name (the recogniser, which saw «أبان» as a listed given
        # name in training, takes it in).
        while end - start > 1 and doc[start].norm_ in _LEADING_SPEECH_VERBS:
            start += 1
        # «الأمير سلطان بالفرعاء»: a preposition with the article ends a name («بنعلي», «كلاين» have none), unless a
        # given name follows it: «عبد المجيد بالطيب» is a Maghrebi family name.
        end = next((i for i in range(start + 1, end - 1) if doc[i].text in _NAME_PREPOSITIONS
                    and doc[i + 1].norm_.startswith("ال") and doc[i + 1].norm_ not in given_names), end)
    # «أحمد العبد الله أوضح»: a verb of speech or a word that describes the person ends a name, as does «على» spelt with «ى» («محمد صالح أبكر على أن»;
    # the name «علي» is spelt with «ي», though «بن على» is the name too); «اليونيسيف ك»: so does a clitic left alone
    # at its end.
    while end - start > 1 and ((label == "PER" and (doc[end - 1].norm_ in _AFTER_NAMES or (
            doc[end - 1].text in _ALA and doc[end - 2].norm_ not in _KINSHIP))) or doc[end - 1].text in CLITICS):
        end -= 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or (label != "MISC" and TANWEEN.search(doc[end - 1].text))):
        end -= 1
    if label in ("ORG", "MISC") and _open_quote(doc, start, end):
        # «جمعية "النجدة الشعبية اللبنانية"», «هيئة “الجايكا” اليابانية»: a quoted name goes on to its closing quote.
        end = next((j + 1 for j in range(end, min(end + QUOTE_REACH, len(doc))) if doc[j].text in CLOSING_QUOTES),
                   end)
    return (start, end, label) if end > start else None


def _open_quote(doc: Doc, start: int, end: int) -> bool:
    """Whether a quotation mark opened inside ``doc[start:end]`` is still open at its end."""
    open_ = False
    for token in doc[start:end]:
        if token.text in "«“" or (token.text == '"' and not open_):
            open_ = True
        elif token.text in "»”" or token.text == '"':
            open_ = False
    return open_


def is_definite(doc: Doc, index: int) -> bool:
    """A definite noun or adjective, also after a fused «لل» («ل لنسائية»)."""
    norm = doc[index].norm_
    fused = norm.startswith("ل") and index > 0 and doc[index - 1].text == "ل"
    return (norm.startswith("ال") or fused) and len(norm) > 3


def place_adjective(token, gazetteer: Gazetteer) -> bool:
    """A relational adjective of a place the gazetteers know: «التشادي» (تشاد), «الجيبوتي» (جيبوتي), «الأردني»
    (الأردن), «السعودي» (السعودية), «الألمانية» (ألمانيا); not «الهادي», a given name."""
    if not is_nisba(token.norm_):
        return False
    norm = token.norm_
    base = norm[2:-2] if norm.endswith("يه") else norm[2:-1]
    return any(known(gazetteer, [form], "LOC") for form in (base, "ال" + base, base + "ي", base + "يه", "ال" + base + "يه", base + "يا"))


def known(gazetteer: Gazetteer, words: Sequence[str], label: str) -> bool:
    known = gazetteer.lookup(words)
    return known is not None and known.label == label


def split_span(doc: Doc, span: tuple[int, int, str], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A recognised span that names two: an ORG where «و» starts another organisation («وزارة الإعلام ومكتب
    "اليونسكو"», «دائرة الأحوال المدنية والجوازات والمفوضية السامية …»; not before a head that also names a field:
    «وزارة الشؤون الإنسانية وإدارة الكوارث» is one ministry; or before a listed organisation that ends the span:
    «الغرفة التجارية الصناعية بأبها ومدينة الملك عبدالله للطاقة الذرية والمتجددة»), a PER at a separate preposition («نبيل العربي مع
    رفائيل رونكاخيولو»), or a known organisation and a known place run together («البنك الدولي لبنان»)."""
    start, end, label = span
    if label == "ORG":
        # «وزارة التعاون الاقتصادي الألمانية كلاوديا فارننج»: a given name after a place's adjective starts the person.
        person = next((i for i in range(start + 2, end - 1) if doc[i].norm_ in gazetteer.given_names
                       and place_adjective(doc[i - 1], gazetteer)), None)
        if person is not None:
            return [(start, person, "ORG"), (person, end, "PER")]
        cut = next((i for i in range(start + 2, end - 1) if doc[i].text == "و" and (doc[i + 1].norm_ in _SEPARATE_HEADS or (
            doc[i + 1].norm_ in gazetteer.organization_heads and doc[i + 1].norm_.startswith("ال"))
            or known(gazetteer, [token.text for token in doc[i + 1:end]], "ORG"))), None)
        if cut is None:
            # «منح البنك الدولي لبنان قرضاً»: a known organisation and a known place run together.
            words = [token.text for token in doc[start:end]]
            place = next((i for i in range(2, len(words)) if known(gazetteer, words[:i], "ORG")
                          and known(gazetteer, words[i:], "LOC")), None)
            if place is not None:
                return [(start, start + place, "ORG"), (start + place, end, "LOC")]
    elif label == "PER":
        while end - start > 1 and doc[start].norm_ in COUNTERPARTS:  # «حيدر العبادي ونظيره خالد العبيدي»
            start += 1
        # «الملك سلمان بن عبدالعزيز وسمو ولي عهده»: «و» and a title start another person, named by title only.
        titled = next((i for i in range(start + 1, end - 1) if doc[i].text == "و" and doc[i + 1].norm_ in gazetteer.titles), None)
        if titled is not None:
            return split_span(doc, (start, titled, label), gazetteer)
        cut = next((i for i in range(start + 1, end) if doc[i].norm_ in _PREPOSITIONS), None)
    else:
        cut = None
    if cut is None:
        return [(start, end, label)]
    return [(start, cut, label), *(split_span(doc, (cut + 1, end, label), gazetteer) if cut + 1 < end else [])]
