import pytest

from arabic_release_nlp.structure.layout import find_dateline, is_headline, paragraph_kinds


def place_and_date(paragraph):
    found = find_dateline(paragraph)
    if found is None:
        return None
    return tuple(paragraph[slice(*span)] if span else None for span in (found["place"], found["date"]))


@pytest.mark.parametrize("paragraph, expected", [
    ("القاهرة - استكمالاً للبرنامج الوطني", ("القاهرة", None)),
    ("جنيف، 12 مارس (وكالات) - أعلنت المنظمة", ("جنيف", "12 مارس")),
    ("عمّان، 14 أيار 2024 - أطلقت منظمة", ("عمّان", "14 أيار 2024")),
    ("الرباط، 3 شعبان 1445هـ - وقعت الوزارة", ("الرباط", "3 شعبان 1445هـ")),
    ("دار السلام – نظمت الوكالة", ("دار السلام", None)),
    ("الرباط (وكالات) - قال مسؤول", ("الرباط", None)),
    ("نواكشوط، ٢٠ يناير ٢٠٢٤ - افتتح", ("نواكشوط", "٢٠ يناير ٢٠٢٤")),
    ("وقال المدير - في كلمته - إن", None),
    ("وذكر بيان صادر عن الوزارة أن البرنامج بدأ", None),
    # a newspaper's byline: the place is its last part, before the colon
    ("واس- الرياض: أحبط مفتشو الجمارك", ("الرياض", None)),
    ("عبدالله البرقاوي- سبق- مكة المكرمة: أقرّ الرئيس", ("مكة المكرمة", None)),
    ("القاهرة - قالت الوزيرة: إن البرنامج", ("القاهرة", None)),
])
def test_dateline_place_and_date(paragraph, expected):
    assert place_and_date(paragraph) == expected


@pytest.mark.parametrize("paragraph, count, expected", [
    ("خبر صحفي: المنظمة الدولية للهجرة تنظم دورتين تدريب للمدربين", 3, True),
    ("بيان صحفي: إطلاق حملة وطنية للتطعيم.", 3, True),
    ("اليونيسف تسلم معدات طبية لمستشفيات الشمال", 4, True),
    ("القاهرة - نظمت المنظمة الدولية للهجرة دورة تدريبية", 4, False),
    ("نظمت المنظمة دورة تدريبية لمدة يومين.", 3, False),
    ("اليونيسف تسلم معدات طبية لمستشفيات الشمال", 1, False),
])
def test_headline(paragraph, count, expected):
    assert is_headline(paragraph, count) is expected


def test_paragraph_kinds_of_a_release():
    paragraphs = [
        "خبر صحفي: افتتاح مدرسة",
        "عمّان - افتتحت الوزارة مدرسة جديدة بتمويل من اليابان.",
        'وقال الوزير: "هذه المدرسة ستخدم ألف طالب وطالبة من أبناء المنطقة كلها، ونحن فخورون بها".',
        "«نريد لكل طفل مقعداً في مدرسة آمنة ونظيفة ولائقة» بهذه الكلمات افتتحت المديرة الحفل.",
        "وأكدت المديرة على أهمية التعليم في المناطق النائية.",
        "نبذة عن اليونيسف:",
        "تعمل اليونيسف في أكثر من 190 بلداً.",
    ]
    assert paragraph_kinds(paragraphs, has_headline=True) == [
        "headline", "body", "quote", "quote", "body", "boilerplate", "boilerplate"]


@pytest.mark.parametrize("paragraph", [
    "للمزيد من المعلومات يرجى التواصل مع: media@iom.int",
    "لمزيد من المعلومات، يرجى زيارة www.unicef.org",
    "تابعونا على فيسبوك وتويتر: @UNICEFJordan",
    "-انتهى-",
    "هاتف: +962 6 550 2400",
    "لطلبات المقابلات: المكتب الإعلامي 0227901234",
    "صفحة الوزارة على منصات التواصل الاجتماعي",
])
def test_contact_and_social_lines_are_boilerplate(paragraph):
    assert paragraph_kinds(["نص", paragraph], has_headline=False)[1] == "boilerplate"


@pytest.mark.parametrize("paragraph", [
    # news that names a social network or a website, and dates that look like telephone numbers
    "وقال في بيان مقتضب على تويتر، يجري الآن توزيع الدورة السابعة من المساعدات الغذائية لأكثر من 71 ألف شخص.",
    "ويمكن الاطلاع على قائمة الشركات المرخصة في الموقع الإلكتروني للمصرف.",
    "date 2026-02-09 تسلمت وزارة الصحة اليوم الدفعة الثالثة من المنحة المقدمة من المنظمة.",
    "وجرى خلاله استكمال المناقشات بشأن إطار التعاون بين العراق والأمم المتحدة للأعوام 2025-2029.",
])
def test_news_that_names_a_contact_channel_is_body(paragraph):
    assert paragraph_kinds(["نص", paragraph], has_headline=False)[1] == "body"


def test_reported_speech_without_quotation_is_body():
    paragraph = ("وقد أكدت السفيرة رئيسة اللجنة الوطنية على الدور البارز الذي تقوم به منظمات المجتمع المدني "
                 "في توفير الخدمات للفئات الأكثر هشاشة.")
    assert paragraph_kinds([paragraph], has_headline=False) == ["body"]
