"""Names the statistical recogniser missed or cut short, found from the words around them.

Each function takes the Doc and the spans found so far (``(start, token end, label)``) and returns spans: a person
whose rarer first name was left to the position before it, a person set off by commas from a position, a programme's
quoted name.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.role_words import CLOSING_QUOTES, OPENING_QUOTES
from arabic_release_nlp.text.normalize import is_nisba, matching_forms, normalize_for_matching
from arabic_release_nlp.text.spacy_tokenizer import token_norms, token_texts

# A name in apposition to a position: how far back the position may start, and words no name contains.
_APPOSITION_REACH = 8
_NOT_IN_NAMES = matching_forms("في من على إلى عن مع أن إن التي الذي هذا هذه ذلك تلك خلال بين حول وقد قد كما أيضا "
                               "اليوم أمس غدا الماضي المقبل الجاري")  # «صباح اليوم»
_SENTENCE_END_MARKS = frozenset(".؛;؟?!:")
COUNTERPARTS = matching_forms("نظيره نظيرته نظيرها نظيرتها نظيرهم نظراؤه")  # «his counterpart» before a name
_CLITICS = frozenset("وفبكل")
# Word starts that rule out a first name after a definite word: the article, with a proclitic the tokenizer kept
# («بالإنابة»), or a verb in the present («تدين», «يستقبل»).
_DEFINITE_OR_VERB = ("ال", "بال", "وال", "فال", "كال", "لل", "ي", "ت")
PROGRAMME_NOUNS = matching_forms("برنامج مشروع مبادرة حملة")
# Events, operations, services, courses and works named in quotes like programmes: «مؤتمر "الحوار بين أتباع الأديان"»,
# «عملية «عاصفة الحزم»», «خدمة "تواصل"», «دورة "مهارات الاتصال"», «قصيدة "إلى أمي"».
_EVENT_NOUNS = matching_forms("مؤتمر ملتقى مهرجان معرض منتدى عملية جائزة مسابقة خدمة تطبيق دورة ورشة "
                              "قصيدة ديوان رواية كتاب فيلم مسلسل أغنية")
QUOTE_REACH = 8  # tokens after a span in which its closing quote is looked for
_PROGRAMME_WORDS = 2  # words between a programme noun and its quoted name: «برنامج المطاعيم “…”»


def covered(spans: Sequence[tuple[int, int, str]]) -> set[int]:
    """The token indices inside any of ``spans``."""
    return {i for start, end, _ in spans for i in range(start, end)}


def position_at(doc: Doc, index: int, gazetteer: Gazetteer) -> int:
    """The length in tokens of a listed position starting at ``index`` (0 if none)."""
    return gazetteer.position_length([token.text for token in doc[index:index + gazetteer.longest_position]])


def with_first_names(doc: Doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A person starts one word earlier when that word, outside any entity, is a listed given name, or an indefinite
    word (none of the starts in ``_DEFINITE_OR_VERB``) right after a definite word that is not a title («اللواء شرطة»): no position phrase
    goes on that way. The recogniser often leaves a rarer first name to the position before it («مدير مكتب التربية
    بالمديرية الخضر سالم بجله», «مدير الإدارة العربية في وزارة الخارجية الجيبوتية هدن موسى أحمد»)."""
    taken = covered(spans)

    def first_name(index: int) -> bool:
        token = doc[index]
        if index in taken or token.text in _CLITICS or not token.is_alpha:
            return False
        if token.norm_ in COUNTERPARTS and doc[index + 1].norm_ in gazetteer.given_names:
            return False  # «ونظيره خالد العبيدي»: «his counterpart», though «نظيرة» is a name too
        if token.norm_ in gazetteer.given_names:
            return True
        before, norm = doc[index - 1].norm_ if index else "", token.norm_
        return before.startswith("ال") and before not in gazetteer.titles and not norm.startswith(_DEFINITE_OR_VERB) \
            and len(norm) > 2 and norm not in _NOT_IN_NAMES and norm not in gazetteer.titles and not is_nisba(norm) \
            and not gazetteer.position_length([token.text])

    return [(start - 1, end, label) if label == "PER" and start > 0 and first_name(start - 1) else (start, end, label)
            for start, end, label in spans]


def with_family_names(doc: Doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A person of two words or more ends one word later when that word, outside any entity, is followed by a position,
    at once or after a comma: the recogniser often leaves a rarer family name out («الدكتور محمد نور جعل وزير الدولة
    بوزارة الخارجية», «آمنة أحمد فارح، الأمين العام للوزارة»). The word may be no title, position or function word,
    nor a present-tense verb."""
    taken = covered(spans)

    def family_name(index: int) -> bool:
        if index + 2 >= len(doc) or index in taken:
            return False
        token, norm = doc[index], doc[index].norm_
        if not token.is_alpha or len(norm) < 3 or norm in _NOT_IN_NAMES or norm in gazetteer.titles \
                or norm.startswith(("ي", "ت")) or position_at(doc, index, gazetteer):
            return False
        after = index + 1 + (doc[index + 1].text in "،,")
        return bool(position_at(doc, after, gazetteer))

    return [(start, end + 1, label) if label == "PER" and end - start >= 2 and family_name(end) else (start, end, label)
            for start, end, label in spans]


# Heads of United Nations bodies besides those of organization_heads.txt: «برنامج الأمم المتحدة الإنمائي», «آلية …».
_UN_HEADS = matching_forms("برنامج آلية")
_UNITED_NATIONS = (matching_forms("الأمم لأمم"), normalize_for_matching("المتحدة"))
_UN_HEAD_REACH = 3  # tokens from «ل» back to the head: «المكتب الإقليمي للأمم المتحدة», «صندوق الأطفال للأمم المتحدة»


def with_united_nations_heads(doc: Doc, spans: list[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A United Nations body starts at its head, which the recogniser often leaves out: «وكالة [الأمم المتحدة لغوث
    وتشغيل اللاجئين]», «مكتب [الأمم المتحدة لمكافحة الجريمة]» (the span names more than the UN itself), and across a
    fused «لل»: «المكتب الإقليمي ل[لأمم المتحدة لمكافحة …]», «صندوق الأطفال ل[لأمم المتحدة]». Only an organisation head
    starts it, so «الأمين العام للأمم المتحدة» and «المنسق المقيم للأمم المتحدة» stay positions."""
    taken = covered(spans)
    heads = gazetteer.organization_heads | _UN_HEADS

    def head_start(start: int, end: int) -> int:
        if start < 1 or end - start < 2 or doc[start].norm_ not in _UNITED_NATIONS[0] \
                or normalize_for_matching(doc[start + 1].text) != _UNITED_NATIONS[1]:
            return start
        if doc[start - 1].norm_ != "ل":  # the head just before: «وكالة الأمم المتحدة لغوث …»
            return start - 1 if end - start > 2 and start - 1 not in taken and doc[start - 1].norm_ in heads else start
        for head in range(start - 2, max(-1, start - 2 - _UN_HEAD_REACH), -1):  # across a fused «لل»
            if head in taken or not doc[head].is_alpha:
                return start
            if doc[head].norm_ in heads:
                return head
        return start

    return [(head_start(start, end), end, label) if label == "ORG" else (start, end, label) for start, end, label in spans]


def appositive_names(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A name the recogniser missed, set off by commas from a position: right after it («وأكدت وزيرة التخطيط، رانيا
    المشاط، تطلعها …») or right before it («أعلنت غادة والي، وزيرة التضامن الاجتماعي، أنه …»). It starts with a
    listed given name and has two to four words, none a title, a position or a function word («علي» as written is a
    name, not «على»); a position before it starts at most ``_APPOSITION_REACH`` tokens before the first comma."""
    taken = covered(spans)
    norms = token_norms(doc)
    found = []
    for i in range(1, len(doc) - 2):
        if norms[i] not in gazetteer.given_names or i in taken:
            continue
        end = next((j for j in range(i + 2, min(i + 5, len(doc))) if doc[j].text in "،,"), None)
        if end is None or any(j in taken or not doc[j].is_alpha or (doc[j].norm_ in _NOT_IN_NAMES and doc[j].text != "علي")
                              or doc[j].norm_ in gazetteer.titles or gazetteer.position_length([doc[j].text])
                              for j in range(i, end)):
            continue
        if position_at(doc, end + 1, gazetteer):
            found.append((i, end, "PER"))
            continue
        if doc[i - 1].text not in "،,":
            continue
        for k in range(i - 2, max(-1, i - 2 - _APPOSITION_REACH), -1):  # back to the sentence's start
            if doc[k].text in _SENTENCE_END_MARKS or doc[k].is_space:
                break
            if position_at(doc, k, gazetteer):
                found.append((i, end, "PER"))
                break
    return found


_NAME_ENDS = matching_forms("و بينما")
_CLAUSE_STARTS = matching_forms("أن إن أنه إنه أنها إنها بأن لأن كما حيث")  # «قال وزير الصحة إن نجاح الخطة مهم»
_POSITION_REACH = 12  # tokens back from the name to its position's head: «المدير الإقليمي للدول العربية بصندوق …»


def names_after_positions(doc: Doc, spans: Sequence[tuple[int, int, str]], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """A name the recogniser missed right after a position, with no comma between: a listed given name and one or two
    more words, ending at a comma, a full stop, «و» or «بينما» («المدير الإقليمي للدول العربية بصندوق الأمم المتحدة
    للسكان حافظ شقير.», «ونائب محافظ إقليم باي آدم حسن،»). The position's head is at most ``_POSITION_REACH`` tokens
    before the name, in the same clause."""
    taken = covered(spans)

    def name_word(index: int) -> bool:
        token = doc[index]
        return index not in taken and token.is_alpha and token.text not in _CLITICS and token.norm_ not in _NOT_IN_NAMES \
            and token.norm_ not in gazetteer.titles \
            and not position_at(doc, index, gazetteer)

    norms = token_norms(doc)
    found = []
    for i in range(1, len(doc) - 1):
        if norms[i] not in gazetteer.given_names or not name_word(i) or norms[i - 1] in gazetteer.titles:
            continue
        end = i + 1
        while end < min(i + 3, len(doc)) and name_word(end):
            end += 1
        if end == i + 1 or (end < len(doc) and doc[end].text not in "،,." and doc[end].norm_ not in _NAME_ENDS):
            continue
        for k in range(i - 1, max(-1, i - 1 - _POSITION_REACH), -1):
            if doc[k].text in "،,.:؛" or doc[k].is_space or doc[k].norm_ in _CLAUSE_STARTS:
                break
            if position_at(doc, k, gazetteer):
                found.append((i, end, "PER"))
                break
    return found


def quoted_programmes(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """«برنامج "المنح الصغيرة"», «حملة «بيتك أمانك»», «مشروع (شقيقي مسكنك طمأنينتك)», «برنامج المطاعيم “شقيقي صحتك
    تهمنا”», «عملية «عاصفة الحزم»»: the quoted name after a programme or event noun (and at most ``_PROGRAMME_WORDS``
    words describing it) is MISC (the quote only, as in the corpus), when the recogniser tagged none of it."""
    taken = covered(spans)
    norms, texts = token_norms(doc), token_texts(doc)
    found = []
    for i in range(len(doc) - 3):
        if norms[i] not in PROGRAMME_NOUNS and norms[i] not in _EVENT_NOUNS:
            continue
        opening = next((j for j in range(i + 1, min(i + 2 + _PROGRAMME_WORDS, len(doc) - 2))
                        if texts[j] in OPENING_QUOTES or texts[j] == "(" or not texts[j].isalpha()), None)
        # Brackets only right after the noun: «مشروع (شقيقي مسكنك طمأنينتك)», not «مشروع التطوير (المرحلة الثانية)».
        if opening is None or not (texts[opening] in OPENING_QUOTES or (texts[opening] == "(" and opening == i + 1)):
            continue
        closing = ")" if texts[opening] == "(" else CLOSING_QUOTES
        end = next((j for j in range(opening + 2, min(opening + 1 + QUOTE_REACH, len(doc))) if texts[j] in closing), None)
        if end is not None and not any(j in taken for j in range(opening + 1, end)) and (opening + 1, end, "MISC") not in found \
                and not any(texts[j].isspace() or texts[j] in _SENTENCE_END_MARKS for j in range(opening + 1, end)):
            found.append((opening + 1, end, "MISC"))
    return found
