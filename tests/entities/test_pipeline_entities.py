"""The whole pipeline (statistical NER + rules) on the canonical example and on the officials/roles table."""

import json
from pathlib import Path

import pytest

from arabic_release_nlp.corpus.markup import matching_form
from arabic_release_nlp.entities.release_evaluation import official_key, role_pairs
from arabic_release_nlp.evaluation.metrics import set_scores

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "official_role_cases.jsonl").open(encoding="utf-8")]


def test_iom_example_comes_out_exactly(nlp, iom_example_path):
    release = nlp(iom_example_path.read_text(encoding="utf-8"), id="iom")
    officials = [(o["name"], o["title"], o["position"], o["organization"]) for o in release.officials]
    assert officials == [
        ("نائلة جبر", "السفيرة", "رئيس اللجنة الوطنية التنسيقية لمكافحة الهجرة غير الشرعية والاتجار بالبشر",
         "اللجنة الوطنية التنسيقية لمكافحة الهجرة غير الشرعية والاتجار بالبشر"),
        ("محمد القماري", "السيد المستشار/", "المستشار القانوني لوزارة التضامن الاجتماعي", "وزارة التضامن الاجتماعي"),
        ("كارلوس أوليفر", None, "رئيس بعثة المنظمة الدولية للهجرة", "المنظمة الدولية للهجرة"),
    ]
    roles = {o["name"]: o["roles"] for o in release.organizations if o["roles"]}
    assert roles == {"المنظمة الدولية للهجرة": ["organizer"],
                     "اللجنة الوطنية التنسيقية لمكافحة الهجرة غير الشرعية والاتجار بالبشر": ["partner"],
                     "الاتحاد الأوروبي": ["funder"], "وزارة الخارجية الدنماركية": ["funder"]}
    assert "القاهرة" in [e["text"] for e in release.entities if e["label"] == "LOC"]
    for entity in release.entities:
        assert release.text[entity["start"]:entity["end"]] == entity["text"]


@pytest.fixture(scope="module")
def table_results(nlp):
    return [(case, nlp(case["text"])) for case in CASES]


def test_officials_on_real_sentences(table_results):
    scores = set_scores([{official_key(o) for o in case["officials"]} for case, _ in table_results],
                        [{official_key(o) for o in release.officials} for _, release in table_results])
    assert scores["micro_f1"] >= 0.85, scores


def test_roles_on_real_sentences(table_results):
    gold = [{(matching_form(name), role) for name, roles in case["roles"].items() for role in roles}
            for case, _ in table_results]
    predicted = [role_pairs(release.organizations) for _, release in table_results]
    assert set_scores(gold, predicted)["micro_f1"] >= 0.85
    funders = set_scores([{p for p in g if p[1] == "funder"} for g in gold],
                         [{p for p in p_ if p[1] == "funder"} for p_ in predicted])
    assert funders["micro_f1"] >= 0.90, funders


def test_a_position_naming_the_start_of_an_organisation_belongs_to_it(nlp):
    release = nlp("وتسلم خفر السواحل الموريتاني زورقين للدوريات من الحكومة الإسبانية. وقال قائد خفر السواحل العقيد محمد "
                  "ولد سيدي إن الزورقين سيعززان عمليات الإنقاذ.")
    assert [(o["name"], o["title"], o["position"], o["organization"]) for o in release.officials] == [
        ("محمد ولد سيدي", "العقيد", "قائد خفر السواحل", "خفر السواحل الموريتاني")]
