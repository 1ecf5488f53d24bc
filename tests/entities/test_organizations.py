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


IRAQ_PLANNING = {"id": "iq_mop", "name_ar": "وزارة التخطيط"}


def test_a_bare_name_joins_its_one_form_with_a_relational_adjective():
    # r5-012 of the corpus: the headline's «وزارة التخطيط العراقية» is linked, the body's «وزارة التخطيط» is not
    # (several countries have one), and it is the body's mention that organises.
    entities = [mention(0, "وزارة التخطيط العراقية", 0, canonical=IRAQ_PLANNING),
                mention(50, "وزارة التخطيط", 1, canonical=None)]
    merged = merge_organizations(entities, {50: {"organizer"}})
    assert [(o["name"], o["roles"], o["canonical"], len(o["mentions"])) for o in merged] == [
        ("وزارة التخطيط العراقية", ["organizer"], IRAQ_PLANNING, 2)]
    # The bare name first keeps the canonical record its qualified form brings.
    merged = merge_organizations(list(reversed(entities)), {50: {"organizer"}})
    assert [(o["name"], o["canonical"]) for o in merged] == [("وزارة التخطيط العراقية", IRAQ_PLANNING)]


def test_a_bare_name_stays_apart_when_two_qualified_forms_could_claim_it():
    entities = [mention(0, "وزارة الصحة", 0, canonical=None), mention(40, "وزارة الصحة الأردنية", 1, canonical=None),
                mention(90, "وزارة الصحة الفلسطينية", 1, canonical=None), mention(150, "البنك الأفريقي", 2, canonical=None),
                mention(180, "البنك الأفريقي للتنمية", 2, canonical=None)]
    names = [o["name"] for o in merge_organizations(entities, {})]
    assert names == ["وزارة الصحة", "وزارة الصحة الأردنية", "وزارة الصحة الفلسطينية", "البنك الأفريقي",
                     "البنك الأفريقي للتنمية"]
