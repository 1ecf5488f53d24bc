"""The rule layer on real sentences: officials and roles given the person names, spans and canonical links.

Person names come from the test table here, so these tests measure the rules alone; the statistical
recogniser is scored separately (test_pipeline_entities.py and `arn evaluate entities`).
"""

import json
from pathlib import Path

import pytest

from arabic_release_nlp.corpus.markup import matching_form
from arabic_release_nlp.entities.release_evaluation import official_key, role_pairs
from arabic_release_nlp.evaluation.metrics import set_scores
from arabic_release_nlp.pipeline import blank_arabic

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "official_role_cases.jsonl").open(encoding="utf-8")]


@pytest.fixture(scope="module")
def rules():
    nlp = blank_arabic()
    nlp.add_pipe("arn_structure")
    import arabic_release_nlp.entities.component  # noqa: F401  (registers arn_entities)

    nlp.add_pipe("arn_entities")
    return nlp


def analyse(nlp, text, persons):
    doc = nlp.make_doc(text)
    spans = []
    for name in persons:
        start = text.find(name)
        span = doc.char_span(start, start + len(name), label="PER", alignment_mode="contract")
        if span is not None and not any(span.start < s.end and s.start < span.end for s in spans):
            spans.append(span)
    doc.ents = spans
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


@pytest.fixture(scope="module")
def results(rules):
    return [(case, analyse(rules, case["text"], [o["name"] for o in case["officials"]])) for case in CASES]


def test_table_is_large_enough():
    assert len(CASES) >= 80


def test_officials_on_the_table(results):
    scores = set_scores([{official_key(o, True) for o in case["officials"]} for case, _ in results],
                        [{official_key(o, True) for o in doc._.arn_officials} for _, doc in results])
    assert scores["micro_f1"] >= 0.95, scores


def test_roles_on_the_table_with_gazetteer_entities_only(results):
    scores = set_scores([{(matching_form(name), role) for name, roles in case["roles"].items() for role in roles}
                         for case, _ in results],
                        [role_pairs(doc._.arn_organizations) for _, doc in results])
    assert scores["micro_precision"] >= 0.95 and scores["micro_f1"] >= 0.80, scores


@pytest.mark.parametrize("case", [case for case in CASES if case.get("exact")], ids=lambda case: case["note"][:40])
def test_phrase_boundaries_exactly(rules, case):
    """Cases marked ``exact`` (boundaries met in newswire: a new clause, the next person, a quoted name, a place
    after a common noun) must come out exactly, not just on average."""
    doc = analyse(rules, case["text"], [o["name"] for o in case["officials"]])
    assert [(o["name"], o["title"], o["position"], o["organization"]) for o in doc._.arn_officials] == [
        (o["name"], o["title"], o["position"], o["organization"]) for o in case["officials"]]
    assert {o["name"]: o["roles"] for o in doc._.arn_organizations if o["roles"]} == case["roles"]


def test_iom_example_officials_and_roles(rules, iom_example_path):
    text = iom_example_path.read_text(encoding="utf-8")
    doc = analyse(rules, text, ["نائلة جبر", "محمد القماري", "كارلوس أوليفر"])
    assert [(o["name"], o["title"], o["position"], o["organization"]) for o in doc._.arn_officials] == [
        ("نائلة جبر", "السفيرة", "رئيس اللجنة الوطنية التنسيقية لمكافحة الهجرة غير الشرعية والاتجار بالبشر",
         "اللجنة الوطنية التنسيقية لمكافحة الهجرة غير الشرعية والاتجار بالبشر"),
        ("محمد القماري", "السيد المستشار/", "المستشار القانوني لوزارة التضامن الاجتماعي", "وزارة التضامن الاجتماعي"),
        ("كارلوس أوليفر", None, "رئيس بعثة المنظمة الدولية للهجرة", "المنظمة الدولية للهجرة"),
    ]
    roles = {o["name"]: o["roles"] for o in doc._.arn_organizations if o["roles"]}
    assert roles == {"المنظمة الدولية للهجرة": ["organizer"],
                     "اللجنة الوطنية التنسيقية لمكافحة الهجرة غير الشرعية والاتجار بالبشر": ["partner"],
                     "الاتحاد الأوروبي": ["funder"], "وزارة الخارجية الدنماركية": ["funder"]}
    locations = [e["text"] for e in doc._.arn_entities if e["label"] == "LOC"]
    assert locations == ["القاهرة"]


def test_names_of_one_organisation_link_to_one_canonical_record(rules):
    text = ("نظمت المنظمة الدولية للهجرة ورشة بالتعاون مع وزارة الصحة. وقالت منظمة الهجرة الدولية (IOM) إن "
            "الورشة ممولة. وشكر الوزير للمنظمة الدولية للهجرة دعمها.")
    doc = analyse(rules, text, [])
    iom = [e for e in doc._.arn_entities if e["canonical"] and e["canonical"]["id"] == "iom"]
    assert [e["text"] for e in iom] == ["المنظمة الدولية للهجرة", "منظمة الهجرة الدولية", "IOM", "لمنظمة الدولية للهجرة"]
    assert iom[-1]["name"] == "المنظمة الدولية للهجرة"  # the fused «لل» gives back the article
    merged = [o for o in doc._.arn_organizations if o["canonical"] and o["canonical"]["id"] == "iom"]
    assert len(merged) == 1 and len(merged[0]["mentions"]) == 4 and merged[0]["roles"] == ["organizer"]
    assert merged[0]["canonical"]["name_en"] == "International Organization for Migration"


@pytest.mark.parametrize("text, span", [
    ("بتمويل من والاتحاد الأوروبي", "الاتحاد الأوروبي"),
    ("وقدمت لوزارة التضامن الاجتماعي", "وزارة التضامن الاجتماعي"),
    ("سفارة اليابان في عمّان", "سفارة اليابان"),
])
def test_spans_leave_proclitics_out_and_keep_full_names(rules, text, span):
    doc = analyse(rules, text, [])
    assert span in [e["text"] for e in doc._.arn_entities]
    for entity in doc._.arn_entities:
        assert text[entity["start"]:entity["end"]] == entity["text"]


@pytest.mark.parametrize("text, name, donor", [
    ("وقّع الصندوق الكويتي للتنمية الاقتصادية العربية الاتفاقية.", "الصندوق الكويتي للتنمية الاقتصادية العربية", True),
    ("وقّعت سفارة اليابان الاتفاقية.", "سفارة اليابان", True),
    ("وقّع الاتحاد الأوروبي الاتفاقية.", "الاتحاد الأوروبي", True),
    ("وقّعت وزارة المالية العراقية الاتفاقية.", "وزارة المالية العراقية", False),
    ("وقّعت المنظمة الدولية للهجرة الاتفاقية.", "المنظمة الدولية للهجرة", False),
])
def test_donors_are_told_from_other_signatories(rules, text, name, donor):
    from arabic_release_nlp.entities.gazetteer import load_gazetteer
    from arabic_release_nlp.entities.roles import is_donor

    doc = analyse(rules, text, [])
    span = next(span for span in doc.ents if span.text == name)
    assert is_donor(span, load_gazetteer()) is donor


def test_support_is_money_only_when_no_funder_is_named(rules):
    alone = analyse(rules, "وأُنجز المسح بدعم من صندوق الأمم المتحدة للسكان.", [])
    beside = analyse(rules, "وأُنجز المسح بدعم من صندوق الأمم المتحدة للسكان وبتمويل من الاتحاد الأوروبي.", [])
    roles_alone = {o["name"]: o["roles"] for o in alone._.arn_organizations}
    roles_beside = {o["name"]: o["roles"] for o in beside._.arn_organizations}
    assert roles_alone["صندوق الأمم المتحدة للسكان"] == ["funder"]
    assert roles_beside == {"صندوق الأمم المتحدة للسكان": ["partner"], "الاتحاد الأوروبي": ["funder"]}


@pytest.mark.parametrize("name, donor", [
    ("وكالة الإمارات للمساعدات الدولية", True),   # an aid agency the gazetteer does not know, by its name
    ("الصندوق الدولي للتنمية الزراعية", True),     # a fund, though the gazetteer types it as a UN agency
    ("وكالة الأنباء الأردنية", False),
    ("البنك المركزي العراقي", False),
])
def test_donors_by_name(name, donor):
    from spacy.tokens import Span

    from arabic_release_nlp.entities.gazetteer import load_gazetteer
    from arabic_release_nlp.entities.roles import is_donor

    doc = blank_arabic().make_doc(name)
    assert is_donor(Span(doc, 0, len(doc), label="ORG"), load_gazetteer()) is donor


def test_a_person_mentioned_twice_is_one_official_with_both_mentions(rules):
    text = ("نواكشوط - قال السفير أحمدو ولد الشيخ سيديا إن المنحة ستخصص لتحديث السجل المدني.\n\n"
            "وأضاف أحمدو ولد الشيخ سيديا، السفير الموريتاني لدى الكويت، أن بلاده تقدر هذا الدعم.")
    name = "أحمدو ولد الشيخ سيديا"
    doc = rules.make_doc(text)
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    doc.ents = [doc.char_span(start, start + len(name), label="PER") for start in starts]
    for _, component in rules.pipeline:
        doc = component(doc)
    [official] = doc._.arn_officials
    # The position comes from the second mention, the title from the first; the record is the mention with the position.
    assert (official["title"], official["position"]) == ("السفير", "السفير الموريتاني لدى الكويت")
    assert (official["start"], official["paragraph"]) == (starts[1], 1)
    assert [(m["start"], m["end"]) for m in official["mentions"]] == [(s, s + len(name)) for s in starts]
    assert all(text[m["start"]:m["end"]] == name for m in official["mentions"])


def test_a_family_name_alone_is_a_mention_of_the_official_it_ends(rules):
    text = ("أبوظبي - قال السيد سعيد الكعبي، مدير عام صندوق أبوظبي للتنمية، إن المشروع يخدم 40 ألف أسرة. "
            "وأضاف السيد الكعبي أن الصندوق سيتابع التنفيذ، فيما أشاد الدكتور محمد الكعبي بالمشروع.")
    doc = rules.make_doc(text)
    names = [("سعيد الكعبي", text.index("سعيد الكعبي")), ("الكعبي", text.index("الكعبي أن")),
             ("محمد الكعبي", text.index("محمد الكعبي"))]
    doc.ents = [doc.char_span(start, start + len(name), label="PER") for name, start in names]
    for _, component in rules.pipeline:
        doc = component(doc)
    # «الكعبي» ends two officials' names here, so it is left as it is: which person it means is not known.
    assert [o["name"] for o in doc._.arn_officials] == ["سعيد الكعبي", "الكعبي", "محمد الكعبي"]
    doc = rules.make_doc(text[:text.index("، فيما")] + ".")
    doc.ents = [doc.char_span(start, start + len(name), label="PER") for name, start in names[:2]]
    for _, component in rules.pipeline:
        doc = component(doc)
    [official] = doc._.arn_officials
    assert (official["name"], official["title"], official["position"]) == (
        "سعيد الكعبي", "السيد", "مدير عام صندوق أبوظبي للتنمية")
    assert [text[m["start"]:m["end"]] for m in official["mentions"]] == ["سعيد الكعبي", "الكعبي"]


@pytest.mark.parametrize("short", ["حنان", "حنان الحمدان"])
def test_a_given_name_alone_or_with_the_family_name_is_a_mention_of_the_official(rules, short):
    text = (f"قالت الدكتورة حنان عبد الله الحمدان، ممثلة منظمة الصحة العالمية في الأردن، إن الحملة تستمر شهراً. "
            f"وأوضحت الدكتورة {short} أن الفرق تزور المدارس.")
    second = text.index(short, text.index("وأوضحت"))
    doc = rules.make_doc(text)
    doc.ents = [doc.char_span(text.index("حنان"), text.index("، ممثلة"), label="PER"),
                doc.char_span(second, second + len(short), label="PER")]
    for _, component in rules.pipeline:
        doc = component(doc)
    [official] = doc._.arn_officials
    assert (official["name"], official["organization"]) == ("حنان عبد الله الحمدان", "منظمة الصحة العالمية")
    assert [text[m["start"]:m["end"]] for m in official["mentions"]] == ["حنان عبد الله الحمدان", short]


def test_a_name_is_not_the_start_of_two_names_the_recogniser_joined(rules):
    text = ("ووقّع الاتفاقية بيير كرينبول وعبدالله الربيعة، مستشار الديوان الملكي. وقال السيد بيير كرينبول، المفوض العام "
            "للأونروا، إن الدعم يصل في وقته.")
    doc = rules.make_doc(text)
    joined, second = text.index("بيير كرينبول و"), text.index("بيير كرينبول،")
    doc.ents = [doc.char_span(joined, text.index("، مستشار"), label="PER"),
                doc.char_span(second, second + len("بيير كرينبول"), label="PER")]
    for _, component in rules.pipeline:
        doc = component(doc)
    assert "بيير كرينبول" in [o["name"] for o in doc._.arn_officials]


@pytest.mark.parametrize("position, expected", [
    ("المدير العام للتشغيل في الوزارة", "وزارة العمل"),
    # A nationality says whose agency it is.
    ("ممثل الوكالة الإسبانية في المغرب", "الوكالة الإسبانية للتعاون الدولي من أجل التنمية"),
])
def test_a_bare_head_names_the_release_s_own_body_before_a_donor_s(rules, position, expected):
    text = ("أطلقت وزارة العمل برنامجاً للتشغيل بتمويل من وزارة الخارجية الهولندية والوكالة الإسبانية للتعاون الدولي من "
            f"أجل التنمية. وقال السيد أحمد المنصوري، {position}، إن البرنامج يبدأ الشهر المقبل.")
    names = [("وزارة العمل", "ORG"), ("وزارة الخارجية الهولندية", "ORG"),
             ("الوكالة الإسبانية للتعاون الدولي من أجل التنمية", "ORG"), ("أحمد المنصوري", "PER")]
    doc = rules.make_doc(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in names]
    for _, component in rules.pipeline:
        doc = component(doc)
    assert [(o["position"], o["organization"]) for o in doc._.arn_officials] == [(position, expected)]


@pytest.mark.parametrize("text, organisation, person, expected", [
    ("افتتحت القنصلية العامة لجمهورية مالي في تمنراست مكتباً لتسجيل المواطنين. وقال القنصل العام السيد باكاري "
     "كوليبالي إن المكتب يفتح أبوابه يومياً.", "القنصلية العامة لجمهورية مالي في تمنراست", "باكاري كوليبالي",
     "القنصلية العامة لجمهورية مالي في تمنراست"),
    ("نظمت نقابة الصحفيين العراقيين ورشة عن التغطية الآمنة. وقال نقيب الصحفيين رعد الكعبي إن الورشة تستمر يومين.",
     "نقابة الصحفيين العراقيين", "رعد الكعبي", "نقابة الصحفيين العراقيين"),
    # A director's directorate: its field goes on after «ل», and a bare «عام» is left out.
    ("أعلنت المديرية العامة للأمن الوطني تفكيك شبكة للتهريب. وقال المدير العام للأمن الوطني اللواء رشيد بن عودة إن "
     "التحقيق مستمر.", "المديرية العامة للأمن الوطني", "رشيد بن عودة", "المديرية العامة للأمن الوطني"),
    ("بدأت مديرية الأحوال المدنية والجوازات والإقامة إصدار البطاقة الموحدة. وقال مدير عام الأحوال المدنية اللواء "
     "نصير الشمري إن الإصدار يتم في يوم واحد.", "مديرية الأحوال المدنية والجوازات والإقامة", "نصير الشمري",
     "مديرية الأحوال المدنية والجوازات والإقامة"),
    # A bare head («الكلية», «التعاونية», «الجماعة») refers back to the body the release named with it.
    ("نظمت كلية الإعلام في جامعة اليرموك ندوة عن الهجرة. وقالت عميدة الكلية الدكتورة سناء الرواشدة إن الندوة "
     "سنوية.", "كلية الإعلام في جامعة اليرموك", "سناء الرواشدة", "كلية الإعلام في جامعة اليرموك"),
    ("أطلقت وحدة مكافحة الاتجار بالبشر خطاً ساخناً. وقال مدير الوحدة العقيد منذر الرواشدة إن الخط يعمل ليلاً ونهاراً.",
     "وحدة مكافحة الاتجار بالبشر", "منذر الرواشدة", "وحدة مكافحة الاتجار بالبشر"),
    # The corpus gives an ambassador no organisation, even where the embassy is named.
    ("افتتحت سفارة اليابان معرضاً. وقال سفير اليابان لدى مصر أكيرا ماتسودا إن المعرض يستمر أسبوعاً.",
     "سفارة اليابان", "أكيرا ماتسودا", None),
])
def test_a_holder_belongs_to_the_body_the_release_names(rules, text, organisation, person, expected):
    doc = rules.make_doc(text)
    spans = [(organisation, "ORG"), (person, "PER")]
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in spans]
    for _, component in rules.pipeline:
        doc = component(doc)
    assert [(o["name"], o["organization"]) for o in doc._.arn_officials] == [(person, expected)]


def test_a_royal_title_after_an_organisation_head_belongs_to_a_name(rules):
    # «الملك» is a title (real releases: «خادم الحرمين الشريفين الملك سلمان»), but not in a venue's name.
    text = "واستضاف المعرض مركز الملك حسين بن طلال للمؤتمرات برعاية الملك عبدالله الثاني."
    doc = analyse(rules, text, ["حسين بن طلال", "عبدالله الثاني"])
    assert [(o["name"], o["title"]) for o in doc._.arn_officials] == [("عبدالله الثاني", "الملك")]
