"""What each part of a press release is: headline, dateline, and the kind of every paragraph."""

from __future__ import annotations

import re
from typing import Sequence

PARAGRAPH_KINDS = ("headline", "body", "quote", "boilerplate")

_RELEASE_PREFIX = re.compile(r"^\s*(?:خبر|بيان|تصريح)\s+(?:صحفي|صحافي|إعلامي)\s*[:：\-–]")
_ARABIC_WORD = r"[\u0621-\u064a][\u0621-\u064a\u064b-\u0652\u0640]*"
_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|"
    "جانفي|فيفري|أفريل|ماي|جوان|جويلية|أوت|"
    "محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة"
)
_DATELINE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})"
    rf"(?:\s*[،,]\s*(?:في\s+)?(?P<date>[\d٠-٩]{{1,2}}\s+(?:{_MONTHS})(?:\s+[\d٠-٩]{{4}}(?:\s?(?:م|هـ|ه)(?![\u0621-\u064a]))?)?))?"
    r"(?:\s*\((?P<source>[^()\n]{1,40})\))?"
    r"\s*[-–—]{1,2}\s"
)
# A newspaper's byline: «سبق- الرياض:», «عبدالله البرقاوي- سبق- جدة:», «واس- مكة المكرمة:». The place is the last part
# (so in about 1,000 of 1,270 such lines of SaudiNewsNet; the others name no place: «محمد السيد- سبق:»).
_BYLINE = re.compile(
    rf"^(?:(?P<author>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{1,3}})\s*[-–—]\s*)?(?P<source>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})"
    rf"\s*[-–—]\s*(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s*:"
)
# A news agency's dateline with the Hijri and Gregorian dates and no dash: «الطائف 25 شوال 1436 هـ الموافق 10 اغسطس
# 2015 م واس نظمت …» (the Saudi Press Agency's form; 341 of SaudiNewsNet's articles open with it).
_DAY_MONTH_YEAR = rf"[\d٠-٩]{{1,2}}\s+(?:{_MONTHS}|اغسطس)\s+[\d٠-٩]{{4}}"
_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s+(?P<date>{_DAY_MONTH_YEAR}\s*(?:هـ|ه)?"
    rf"(?:\s+الموافق\s+{_DAY_MONTH_YEAR}\s*م?)?)\s+\(?(?P<source>واس|كونا|وام|بنا|قنا|سبأ|بترا|وفا|سانا|واع|ومع|واج|وات)\)?\s"
)
_NOT_PLACES = frozenset("قال قالت وقال وقالت أكد أكدت وأكد وأكدت أعلن أعلنت وأعلن وأعلنت كما ومن في".split())
_BOILERPLATE_HEADINGS = re.compile(
    r"^\s*(?:نبذة\s+عن|حول\s+\S+\s*:|عن\s+[^،.:]{2,80}[:：]|ملاحظة\s+للمحرر|ملاحظات\s+للمحرر|"
    r"ملاحظات\s+للمحررين|ملاحظة\s+للمحررين)"
)
_BOILERPLATE_LINES = re.compile(
    r"^\s*(?:للمزيد\s+من|لمزيد\s+من|للاستفسار|للاستفسارات|للتواصل|للاتصال|للتواصل\s+الإعلامي|جهة\s+الاتصال|"
    r"تابعونا|تابعوا|-+\s*انتهى\s*-+|انتهى\s*$|#{3,}|الموقع\s+الإلكتروني|البريد\s+الإلكتروني|هاتف|"
    r"المكتب\s+الإعلامي|للمتابعة)"
)
# An about-us note without a heading: «جمعية كرامة منظمة غير حكومية تأسست عام 2011، …».
_ABOUT_US = re.compile(
    r"(?:منظمة|جمعية|مؤسسة|هيئة|وكالة)\s+(?:غير\s+حكومية|أهلية|دولية|حكومية|وطنية|تابعة\s+للأمم\s+المتحدة)"
    r"|(?:تأسست|تأسس|أنشئت|أُنشئت|أنشئ|أُنشئ)\s[^.،]{0,100}?(?:عام|سنة)\s+[\d٠-٩]{4}"
    r"|^تعمل\s[^.]{0,80}منذ\s+عام|(?:الوكالة|المنظمة)\s+الرائدة"
)
# An e-mail address, a link or a telephone number: nine digits or more, so that «2026-02-09» and «2025-2029» are not.
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w+|https?://|www\.|(?<![\d-])(?:\+|00)?\d(?:[\s-]?\d){8,}(?![\d-])")
# Where to find an organisation. A line pointing there is boilerplate; a sentence of the news that names it is not
# («وقال في بيان على تويتر، يجري الآن توزيع …», «ويمكن الاطلاع على القائمة في الموقع الإلكتروني للمصرف»).
_SOCIAL = re.compile(r"فيسبوك|تويتر|إنستغرام|انستغرام|يوتيوب|لينكد\s?إن|الموقع\s+الإلكتروني|منصات\s+التواصل|مركز\s+الاتصال")
_SENTENCE_LINK = re.compile(r"\s*[وف]")
_SPEECH_CUES = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرحت|أوضح|أوضحت|أشار|أشارت|شدد|شددت|تابع|تابعت|"
    r"اختتم|اختتمت|مضيفا|مضيفة|مؤكدا|مؤكدة|موضحا|موضحة|مشيرا|مشيرة|بحسب|وفق|كلمته|كلمتها|تصريح)(?:\s|:|،)"
)
_QUOTATION = re.compile(r"«([^»]+)»|“([^”]+)”|\"([^\"]+)\"")


def is_headline(paragraph: str, paragraph_count: int) -> bool:
    """Whether the first paragraph reads as a title: a «خبر صحفي:» prefix, or short with no final period."""
    if _RELEASE_PREFIX.match(paragraph):
        return True
    if paragraph_count < 2 or _DATELINE.match(paragraph):
        return False
    return len(paragraph.split()) <= 30 and not paragraph.rstrip().endswith((".", "!", "؛", ":"))


def find_byline(paragraph: str) -> dict[str, tuple[int, int] | None] | None:
    """The author, source, place and date of a newspaper's byline at the start of a paragraph, as offsets in it:
    «عبدالله البرقاوي- سبق- الرياض:» (author, source, place), «واس- جدة:» (source, place; no author), «الطائف 25 شوال
    1436 هـ الموافق 10 اغسطس 2015 م واس» (place, date, source)."""
    agency = _AGENCY_DATELINE.match(paragraph)
    if agency:
        return {"author": None, "source": agency.span("source"), "place": agency.span("place"), "date": agency.span("date")}
    match = _BYLINE.match(paragraph)
    if not match or {match.group("source").split()[0], match.group("place").split()[0]} & _NOT_PLACES:
        return None  # «القاهرة - قالت الوزيرة:» is a dateline and a sentence
    return {**{part: match.span(part) if match.group(part) else None for part in ("author", "source", "place")}, "date": None}


def find_dateline(paragraph: str) -> dict[str, tuple[int, int] | None] | None:
    """The place and date at the start of a paragraph («القاهرة -», «جنيف، 12 مارس (…) -», a byline's «سبق- الرياض:»),
    as offsets in it."""
    byline = find_byline(paragraph)
    if byline:
        return {"place": byline["place"], "date": byline["date"]}
    match = _DATELINE.match(paragraph)
    if not match or match.group("place").split()[0] in _NOT_PLACES:
        return None
    return {"place": match.span("place"), "date": match.span("date") if match.group("date") else None}


def is_quote(paragraph: str) -> bool:
    """Whether a paragraph is mostly a quotation: it opens with one, or quoted words are a third of it after a
    speech cue («وقال», «وأكدت» …)."""
    quoted_words = sum(len(next(g for g in m.groups() if g).split()) for m in _QUOTATION.finditer(paragraph))
    if paragraph.lstrip().startswith(("«", "“", '"')) and quoted_words >= 4:
        return True
    return quoted_words >= 6 and quoted_words * 3 >= len(paragraph.split()) and bool(_SPEECH_CUES.search(paragraph))


def paragraph_kinds(paragraphs: Sequence[str], has_headline: bool) -> list[str]:
    """The kind of every paragraph: headline, body, quote or boilerplate.

    Boilerplate is contact lines, social-media lines and «للمزيد من المعلومات»; an about-us heading
    («نبذة عن …», «عن المنظمة الدولية للهجرة:») makes the rest of the release boilerplate too.
    """
    kinds = []
    in_about = False
    for index, paragraph in enumerate(paragraphs):
        if index == 0 and has_headline:
            kinds.append("headline")
        elif in_about or _BOILERPLATE_HEADINGS.match(paragraph):
            in_about = True
            kinds.append("boilerplate")
        elif _BOILERPLATE_LINES.match(paragraph) or (len(paragraph.split()) <= 25 and (_CONTACT.search(paragraph) or (
                _SOCIAL.search(paragraph) and not _SENTENCE_LINK.match(paragraph)))) \
                or (index >= len(paragraphs) / 2 and _ABOUT_US.search(paragraph[:120])):
            kinds.append("boilerplate")
        elif is_quote(paragraph):
            kinds.append("quote")
        else:
            kinds.append("body")
    return kinds
