"""Forms of real news text the rules read: a person by family name alone, compass-point places, Persian letters."""

import pytest

from arabic_release_nlp.entities.gazetteer import load_gazetteer
from arabic_release_nlp.entities.name_mentions import family_name_mentions
from arabic_release_nlp.pipeline import blank_arabic


def entities(release, label):
    return [(e["text"], e["start"]) for e in release.entities if e["label"] == label]


def test_a_person_named_in_full_is_found_again_by_family_name(nlp):
    text = ("الربيعة: تدشين حملة السلال الغذائية في عدن\n\n"
            "دشن المستشار بالديوان الملكي الدكتور عبدالله الربيعة حملة لتوزيع السلال الغذائية في عدن. "
            "وأشار الربيعة في تصريح صحفي إلى أن الحملة تستهدف عشرة آلاف أسرة، فيما أكد \"الربيعة\" استمرار العمل.")
    persons = entities(nlp(text), "PER")
    assert [name for name, _ in persons] == ["الربيعة", "عبدالله الربيعة", "الربيعة", "الربيعة"]
    assert [start for _, start in persons][0] == 0  # in the headline, before the full name


@pytest.mark.parametrize("text, person", [
    ("قال وزير الخارجية خالد صالح إن الحوار مستمر مع صالح الجمعيات.", "خالد صالح"),  # also a given name
    ("وقال رئيس الجمعية محمد عبد الله إن الله وفق الجميع.", "محمد عبد الله"),  # the end of «عبد الله»
    ("وقالت المديرة سميرة السلطان إن السلطان قابوس دعم المشروع.", "سميرة السلطان"),  # a title
    ("قال الباحث محمد الصالح إن الجانب الصالح للتعاون واسع.", "محمد الصالح"),  # an adjective after a definite noun
    ("وقالت عائشة الأمين إن الأمين العام للأمم المتحدة زار المخيم.", "عائشة الأمين"),  # a position
])
def test_family_names_that_are_also_words_titles_or_positions_are_left_alone(text, person):
    doc = blank_arabic().make_doc(text)
    start = text.find(person)
    span = doc.char_span(start, start + len(person))
    assert family_name_mentions(doc, [(span.start, span.end, "PER")], load_gazetteer()) == []


def test_a_listed_place_named_by_a_compass_point_is_one_place(nlp):
    release = nlp("حذر نائب الأمين العام من النتائج المروعة للحرب في جنوب السودان، وزار جنوب أفريقيا وشمال دارفور.")
    assert [name for name, _ in entities(release, "LOC")] == ["جنوب السودان", "جنوب أفريقيا", "شمال دارفور"]


def test_persian_yeh_is_read_as_arabic_yeh(nlp):
    release = nlp("وأكدت أن دراسات السوق التي نفذها برنامج الأغذیة العالمي كشفت عن وجود فجوة.")
    organisation, = [e for e in release.entities if e["label"] == "ORG"]
    assert organisation["text"] == "برنامج الأغذیة العالمي"
    assert organisation["name"] == "برنامج الأغذية العالمي"
    assert organisation["canonical"] is not None
