"""Merging organisation mentions into the ``organizations`` records of the output contract."""

from arabic_release_nlp.entities.organizations import merge_organizations

AFDB = {"id": "afdb", "name_ar": "البنك الأفريقي للتنمية"}


def mention(start, name, paragraph, label="ORG", canonical=AFDB):
    return {"label": label, "start": start, "end": start + len(name), "text": name, "name": name,
            "paragraph": paragraph, "canonical": canonical}


def test_the_fullest_name_in_the_news_names_the_organisation_not_the_boilerplate():
    entities = [mention(0, "البنك الأفريقي للتنمية", 0), mention(60, "البنك", 1),
                mention(200, "مجموعة البنك الأفريقي للتنمية", 4)]
    merged = merge_organizations(entities, {0: {"funder"}}, aside={4})
    assert [(o["name"], o["roles"], len(o["mentions"])) for o in merged] == [("البنك الأفريقي للتنمية", ["funder"], 3)]
    # Without paragraphs set aside, the fullest form wins wherever it is.
    assert merge_organizations(entities, {0: {"funder"}})[0]["name"] == "مجموعة البنك الأفريقي للتنمية"


def test_an_organisation_named_only_in_the_boilerplate_keeps_that_name():
    entities = [mention(200, "البنك الأفريقي للتنمية", 4), mention(260, "مجموعة البنك الأفريقي للتنمية", 5)]
    assert merge_organizations(entities, {}, aside={4, 5})[0]["name"] == "مجموعة البنك الأفريقي للتنمية"


def test_a_place_is_kept_only_with_the_mentions_where_it_acts():
    entities = [mention(0, "اليابان", 0, "LOC", None), mention(40, "اليابان", 1, "LOC", None),
                mention(90, "الأردن", 1, "LOC", None)]
    merged = merge_organizations(entities, {40: {"funder"}})
    assert [(o["name"], o["roles"], o["mentions"]) for o in merged] == [
        ("اليابان", ["funder"], [{"start": 40, "end": 47}])]
