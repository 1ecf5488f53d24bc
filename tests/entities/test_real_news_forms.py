"""Forms of real news text the rules read: a person by family name alone, compass-point places, Persian letters."""

import pytest

from arabic_release_nlp.entities.gazetteer import load_gazetteer
from arabic_release_nlp.entities.name_mentions import family_name_mentions
from arabic_release_nlp.entities.org_bounds import organization_bounds
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


@pytest.mark.parametrize("text, places", [
    ("وقال إن الحملة الوطنية السعودية وزعت المساعدات بالتعاون مع السلطات السعودية.", []),
    ("ويهدف البرنامج إلى دعم التسهيلات الائتمانية للصادرات السعودية.", []),
    ("ووصل الوفد إلى السعودية قادماً من المملكة العربية السعودية.", ["السعودية", "المملكة العربية السعودية"]),
    ("استفادت 3202 عائلة سورية من المشروع في سورية.", ["سورية"]),
    ("ومن المقرر توقيع الاتفاق قبل 17 أغسطس (آب) المقبل في القاهرة.", ["القاهرة"]),
])
def test_country_adjectives_and_bracketed_months_are_not_places(nlp, text, places):
    assert [name for name, _ in entities(nlp(text), "LOC")] == places


def test_blessings_and_a_second_titled_person_stay_out_of_names(nlp):
    release = nlp("وجاء ذلك بتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وسمو ولي عهده – حفظهما الله –.")
    assert [(e["text"], e["label"]) for e in release.entities] == [("سلمان بن عبدالعزيز آل سعود", "PER")]


@pytest.mark.parametrize("text, organisation", [
    ("يشارك مركز الملك عبدالله بن عبدالعزيز الدولي للحوار في تنظيم المؤتمر.", "مركز الملك عبدالله بن عبدالعزيز الدولي للحوار"),
    ("وأوضح المشرف على كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع بجامعة جازان أن المشروع بدأ.",
     "كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع"),
])
def test_an_organisation_named_after_a_person_is_an_organisation(nlp, text, organisation):
    release = nlp(text)
    assert organisation in [name for name, _ in entities(release, "ORG")]
    assert not entities(release, "PER")


def test_a_definite_head_before_a_name_is_an_apposition(nlp):
    release = nlp("وقال مدير المركز محمد العلي إن العمل مستمر.")
    assert [name for name, _ in entities(release, "PER")] == ["محمد العلي"]


@pytest.mark.parametrize("text, organisation", [
    ("قدمت الحكومة اليونانية إلى البرلمان تشريعات جديدة.", "الحكومة اليونانية"),
    ("وأكدت البحرية الإيطالية أنها توزع أطواق النجاة.", "البحرية الإيطالية"),
    ("وأنقذ خفر السواحل الإيطالي 1800 مهاجر.", "خفر السواحل الإيطالي"),
    ("وأوضح المتحدث باسم الحكومة اليمنية الشرعية أن الوزراء عادوا.", "الحكومة اليمنية الشرعية"),
    ("وأوضح أن الحكومة اليمنية الشرعية تعمل على تهيئة النيابات.", "الحكومة اليمنية الشرعية"),
    ("بالتعاون مع الحكومة الشرعية اليمنية والجهات ذات العلاقة.", "الحكومة الشرعية اليمنية"),
])
def test_a_government_or_force_named_by_its_nationality_is_an_organisation(nlp, text, organisation):
    assert [name for name, _ in entities(nlp(text), "ORG")] == [organisation]


def test_nationalities_come_from_the_country_names():
    from arabic_release_nlp.entities.national_bodies import nationalities
    from arabic_release_nlp.text.normalize import matching_forms

    known = nationalities(load_gazetteer())
    assert matching_forms("اليوناني الإيطالية الألماني السعودية الأمريكي الكيني") <= known
    assert not matching_forms("المالي الوطني الدولية") & known


@pytest.mark.parametrize("text, official", [
    ("وقال فيديريكو فوسي -وهو متحدث باسم وكالة الأمم المتحدة لشؤون اللاجئين- إن المهاجرين وصلوا.",
     ("فيديريكو فوسي", None, "متحدث باسم وكالة الأمم المتحدة لشؤون اللاجئين")),
    ("وقالت جيوفانا دي بينيديتو، وهي متحدثة باسم منظمة أنقذوا الأطفال، إن العدد كبير.",
     ("جيوفانا دي بينيديتو", None, "متحدثة باسم منظمة أنقذوا الأطفال")),
    ("وقال مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد إن المحادثات مستمرة.",
     ("إسماعيل ولد الشيخ أحمد", None, "مبعوث الأمم المتحدة إلى اليمن")),
    ("وقالت جيوفانا دي بينيديتو، المتحدثة باسم منظمة إنقاذ الطفولة لوكالة الأنباء الألمانية، إن الوضع صعب.",
     ("جيوفانا دي بينيديتو", None, "المتحدثة باسم منظمة إنقاذ الطفولة")),
    ("وقال فيليب لازاريني، المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين، إن الوضع صعب.",
     ("فيليب لازاريني", None, "المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين")),
])
def test_positions_after_he_or_she_of_spokespeople_and_envoys_and_before_the_outlet_spoken_to(nlp, text, official):
    assert [(o["name"], o["title"], o["position"]) for o in nlp(text).officials] == [official]


@pytest.mark.parametrize("text, names", [
    ("أنهت الحملة المرحلة الثالثة من مشروع (شقيقي مسكنك طمأنينتك) الذي يوفر المنازل.", ["شقيقي مسكنك طمأنينتك"]),
    ("استقبل المركز 500 مراجع ضمن برنامج المطاعيم “شقيقي صحتك تهمنا” في المخيم.", ["شقيقي صحتك تهمنا"]),
    ("ضمن مشروع التطوير (المرحلة الثانية) في المدينة.", []),  # brackets after a describing word: no name
])
def test_a_programme_s_quoted_or_bracketed_name_is_misc(nlp, text, names):
    assert [e["text"] for e in nlp(text).entities if e["label"] == "MISC" and e["text"] in text and "مشروع" not in e["text"]] == names


def test_an_organisation_ends_before_an_honorific_or_the_occasion_of_speaking(nlp):
    release = nlp("وقال بندر الصالح عضو جمعية الأطفال المعوقين في كلمته إن الحفل ناجح، وأوضح المشرف على "
                  "كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع الدكتور علي العريشي أن المشروع بدأ.")
    organisations = [name for name, _ in entities(release, "ORG")]
    assert "جمعية الأطفال المعوقين" in organisations
    assert not any("الدكتور" in name or "كلمته" in name for name in organisations)


def test_an_organisation_ends_before_a_style_of_address(nlp):
    release = nlp("وقال رئيس الهيئة العامة للسياحة والتراث الوطني صاحب السمو الملكي الأمير سلطان بن سلمان إن الموسم ناجح.")
    assert [name for name, _ in entities(release, "ORG")] == ["الهيئة العامة للسياحة والتراث الوطني"]
    assert [(o["name"], o["title"]) for o in release.officials] == [("سلطان بن سلمان", "صاحب السمو الملكي الأمير")]


@pytest.mark.parametrize("text, organisation", [
    ("أعلن أن مركز المعلومات الوطني قام بتحديث الأنظمة.", "مركز المعلومات الوطني"),
    ("مركز الملك سلمان للإغاثة يوزع السلال الغذائية في عدن", "مركز الملك سلمان للإغاثة"),
])
def test_an_organisation_ends_before_the_verb_that_follows_it(nlp, text, organisation):
    assert organisation in [name for name, _ in entities(nlp(text), "ORG")]


def test_a_verb_that_is_also_a_noun_of_names_does_not_end_an_organisation():
    doc = blank_arabic().make_doc("افتتح مركز نظم المعلومات الجغرافية المعرض")
    assert organization_bounds(doc, [(1, 5, "ORG")]) == [(1, 5, "ORG")]


@pytest.mark.parametrize("text, person", [
    ("وفي ظل هذه التعقيدات الأمنية، أبان الصباغ أن هذه الجهود مستمرة.", "الصباغ"),
    ("وأبان محمد العلي أن العمل مستمر.", "محمد العلي"),
])
def test_a_verb_of_speech_before_a_name_is_not_part_of_it(nlp, text, person):
    assert [name for name, _ in entities(nlp(text), "PER")] == [person]


@pytest.mark.parametrize("text, name", [
    ("تستضيف الكويت مؤتمر «الاستثمار في الشباب» في ديسمبر المقبل.", "الاستثمار في الشباب"),
    ("وأطلق التحالف عملية \"إعادة الأمل\" بعد انتهاء العمليات السابقة.", "إعادة الأمل"),
])
def test_a_quoted_event_or_operation_name_is_misc(nlp, text, name):
    assert name in [e["text"] for e in nlp(text).entities if e["label"] == "MISC"]


def test_one_quoted_name_after_two_event_nouns_is_one_entity(nlp):
    # Both «معرض» and «مسابقة» lead to the same quote: one MISC, and no overlapping spans for spaCy to refuse.
    release = nlp('كما تقيم جمعية الثقافة والفنون معرض ومسابقة "تشكيل واحد"، وهو يأتي استمرارا لجهود المركز.')
    assert [e["text"] for e in release.entities if e["label"] == "MISC"] == ["تشكيل واحد"]


@pytest.mark.parametrize("text, places", [
    ("وأكد السفير أن المملكة قدمت دعماً للعمال المقيمين في المملكة، وأعرب عن امتنانه للمملكة.",
     ["المملكة", "المملكة", "لمملكة"]),
    ("وسجلت المملكة العام الماضي تراجعاً في الحوادث.", ["المملكة"]),
    ("يدرس الطلاب في جامعات المملكة المتحدة والمملكة الأردنية الهاشمية.", ["المملكة المتحدة", "المملكة الأردنية الهاشمية"]),
    ("وزار الوفد محافظات البلاد ومؤسسات الدولة.", []),
])
def test_the_kingdom_alone_is_a_place_and_the_country_or_state_alone_is_not(nlp, text, places):
    found = entities(nlp(text), "LOC")
    assert [name for name, _ in found] == places
    assert all(text[start:start + len(name)] == name for name, start in found)


def test_the_eyes_are_not_laayoune(nlp):
    release = nlp("ويضم المستشفى أقسام الأوعية الدموية والعيون والعظام.")
    assert entities(release, "LOC") == []


def test_the_pilgrimage_is_not_the_governorate_of_lahij(nlp):
    release = nlp("وصل آلاف الحجاج إلى مكة المكرمة لأداء فريضة الحج، وأعلنت وزارة الحج والعمرة خطة الموسم.")
    assert [name for name, _ in entities(release, "LOC")] == ["مكة المكرمة"]


def test_a_quoted_organisation_name_and_its_later_mentions_are_organisations(nlp):
    release = nlp('أجرت هيئة "نزاهة" استفتاء بين الموظفين، ودعت نزاهة الجميع إلى الإبلاغ. '
                  'وأطلقت مؤسسة الأمير محمد بن سلمان الخيرية "مسك الخيرية" برنامجاً صيفياً، وقالت مسك الخيرية إنه مفتوح للطلاب.')
    names = [name for name, _ in entities(release, "ORG")]
    assert names.count("نزاهة") == 2 and names.count("مسك الخيرية") == 2
    assert "هيئة" not in " ".join(names)


def test_the_words_between_two_quoted_organisations_are_not_an_organisation(nlp):
    release = nlp('وقع "مركز الملك سلمان للإغاثة والأعمال الإنسانية" مع "الهيئة العالمية للتنمية البشرية" اتفاقية، '
                  'وتعاون المركز مع منظمات أخرى.')
    assert [name for name, _ in entities(release, "ORG")] == [
        "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "الهيئة العالمية للتنمية البشرية"]


def test_a_quoted_phrase_after_an_ordinary_noun_is_not_an_organisation(nlp):
    release = nlp('وقال المدير إن شعار "العمل للجميع" يلخص رؤية الفريق.')
    assert entities(release, "ORG") == []


def test_a_listed_name_that_starts_with_lam_keeps_it_after_a_preposition(nlp):
    release = nlp("قدمت تركيا مساعدات للبنان وللجنة الإنقاذ الدولية وللمنظمة الدولية للهجرة.")
    names = {e["text"]: e["name"] for e in release.entities}
    assert names == {"تركيا": "تركيا", "لبنان": "لبنان", "لجنة الإنقاذ الدولية": "لجنة الإنقاذ الدولية",
                     "لمنظمة الدولية للهجرة": "المنظمة الدولية للهجرة"}


@pytest.mark.parametrize("text, organisations", [
    ("وأوضح أن لجنة السلامة المرورية عقدت اجتماعها الأول أمس.", ["لجنة السلامة المرورية"]),
    ("وشارك في الورشة أعضاء هيئة التدريس ولجنة الخبراء.", []),  # no relational adjective: generic
    ("وأشاد بدور إدارة الأزمات الصحية في المستشفى.", []),  # «إدارة» is also management
])
def test_a_body_noun_with_a_definite_noun_and_its_adjectives_is_an_organisation(nlp, text, organisations):
    assert [name for name, _ in entities(nlp(text), "ORG")] == organisations


@pytest.mark.parametrize("text, organisations", [
    ("أوضحت المديرية العامة للجوازات أن عدد المصحح وضعهم بلغ 363 ألفاً.", ["المديرية العامة للجوازات"]),
    ("وقعت المؤسسة العامة للتدريب التقني والمهني والشركة السعودية للكهرباء مذكرة تفاهم.",
     ["المؤسسة العامة للتدريب التقني والمهني", "الشركة السعودية للكهرباء"]),
    ("وقال مدير عام الهيئة العامة للسياحة والتراث الوطني إن الموسم ناجح.", ["الهيئة العامة للسياحة والتراث الوطني"]),
    # a name of its own after «و» is not part of the field; «الإدارة العامة» is as often a department as a body
    ("وأصدرت الهيئة العامة للإحصاء والإسكوا تقريراً مشتركاً.", ["الهيئة العامة للإحصاء", "الإسكوا"]),
    ("وتعمل الإدارة العامة في الشركة على خطة جديدة.", []),
])
def test_a_public_authority_is_named_with_its_whole_field(nlp, text, organisations):
    assert [name for name, _ in entities(nlp(text), "ORG")] == organisations


@pytest.mark.parametrize("text, organisations, places", [
    ("وقال الناطق الإعلامي لشرطة منطقة القصيم إن شرطة محافظة النبهانية تلقت بلاغاً.",
     ["شرطة منطقة القصيم", "شرطة محافظة النبهانية"], []),
    ("كرمت صحة حفر الباطن منسوبيها، وأطلق تعليم جدة برنامجاً للأمهات.", ["صحة حفر الباطن", "تعليم جدة"], []),
    ("وتحدث عن صحة المرأة في جدة.", [], ["جدة"]),  # the sector noun is not followed by the place
])
def test_a_public_service_named_by_its_sector_and_place_is_an_organisation(nlp, text, organisations, places):
    release = nlp(text)
    assert [name for name, _ in entities(release, "ORG")] == organisations
    assert [name for name, _ in entities(release, "LOC")] == places


@pytest.mark.parametrize("paragraph, expected", [
    ("عمر عريبي- سبق- جازان: يفتح المعهد الصناعي أبوابه.", [("عمر عريبي", "PER"), ("سبق", "ORG"), ("جازان", "LOC")]),
    ("واس- الرياض: أحبط مفتشو الجمارك عملية تهريب.", [("واس", "ORG"), ("الرياض", "LOC")]),
    ("أحمد البراهيم- جازان: افتتح المعهد أبوابه.", [("أحمد البراهيم", "PER"), ("جازان", "LOC")]),  # the writer, no outlet
])
def test_a_bylines_parts_are_a_writer_an_outlet_and_a_place(nlp, paragraph, expected):
    release = nlp("المعهد يفتح أبوابه\n\n" + paragraph)
    assert [(e["text"], e["label"]) for e in release.entities][:len(expected)] == expected
    assert release.dateline["place"].text == expected[-1][0]


def test_club_names_that_are_common_words_are_clubs_in_a_report_on_sport(nlp):
    release = nlp("انتقل خالد الزيلعي لاعب وسط النصر إلى صفوف التعاون بعقد لمدة موسم. وكان التعاون أنهى الموسم "
                  "الماضي في المركز التاسع بين فرق الدوري، وقال المدرب إن اللاعبين من الشباب المحليين سيشاركون.")
    assert [name for name, _ in entities(release, "ORG")] == ["النصر", "التعاون", "التعاون"]


def test_competitions_are_events_in_a_report_on_sport(nlp):
    release = nlp("بطل الدوري الروسي لكرة القدم يبحث عن مهاجم، والفريق المدرج ضمن الدوري الإنجليزي الممتاز أجرى للاعب "
                  "الفحص الدوري، وسيلعب المنتخب في كأس العالم للشباب ثم في تصفيات مونديال روسيا 2018.")
    assert [name for name, _ in entities(release, "MISC")] == [
        "الدوري الروسي", "الدوري الإنجليزي الممتاز", "كأس العالم للشباب", "مونديال روسيا 2018"]
    assert entities(release, "LOC") == []  # «روسيا» is inside the event's name


def test_no_competition_outside_sport(nlp):
    release = nlp("أجرت الوزارة الفحص الدوري للمنشآت، وسلّم الأمير كأس التميز للمدرسة الفائزة في الرياض.")
    assert entities(release, "MISC") == []


def test_a_name_tagged_once_is_tagged_where_it_comes_again():
    from arabic_release_nlp.entities.repeated_names import repeated_names

    doc = blank_arabic().make_doc("أعلنت مؤسسة الأمل الخيرية عن حملة في جدة، ووزعت مؤسسة الأمل الخيرية ألف سلة، "
                                  "وقالت مؤسسة الأمل إنها تشارك، ولمؤسسة الأمل الخيرية جدة فرع.")
    first = [t.i for t in doc if t.text == "مؤسسة"][0]
    jeddah = [t.i for t in doc if t.text == "جدة"]
    spans = [(first, first + 3, "ORG"), (jeddah[0], jeddah[0] + 1, "LOC"), (jeddah[1], jeddah[1] + 1, "LOC")]
    found = [(doc[s:e].text, label) for s, e, label in repeated_names(doc, spans)]
    # the second mention; not the shorter «مؤسسة الأمل», nor the last, run into the place after it
    assert found == [("مؤسسة الأمل الخيرية", "ORG")]


@pytest.mark.parametrize("text, persons", [
    ("أكد المدرب اليوناني دونيس سعادته بتدريب الفريق.", ["دونيس"]),
    ("وصدرت رواية جديدة للروائي البرازيلي باولو كويلو في القاهرة.", ["باولو كويلو"]),
    ("وقال المدرب السعودي إن الفريق جاهز.", []),  # «إن» after the nationality: no name
])
def test_a_foreign_person_is_named_after_a_role_and_a_nationality(nlp, text, persons):
    assert [name for name, _ in entities(nlp(text), "PER")] == persons


@pytest.mark.parametrize("text, organisations", [
    ("رابط الخبر بصحيفة الوئام: ارتفاع أسعار الذهب.", ["الوئام"]),
    ("وتقول صحيفة دايلي ميل إن النادي يعد عرضاً.", ["دايلي ميل"]),
    ("وذكرت صحيفة ألموندو ديبورتيفو الإسبانية أن اللاعب سينتقل.", ["ألموندو ديبورتيفو"]),
    ("وقالت مذيعة في إذاعة جهوية إن البث مستمر.", []),  # a regional radio: no name
])
def test_a_newspapers_name_after_the_noun_is_an_organisation(nlp, text, organisations):
    assert [name for name, _ in entities(nlp(text), "ORG")] == organisations


def test_a_club_named_after_its_city_is_the_club_in_a_report_on_sport(nlp):
    release = nlp("وافق فريق ليفربول على ضم المهاجم مقابل 32 مليون جنيه، ووقع اللاعب عقده في مدينة ليفربول "
                  "قبل مباراة الدوري.")
    assert [(e["text"], e["label"]) for e in release.entities if e["text"] == "ليفربول"] == [("ليفربول", "ORG"), ("ليفربول", "LOC")]


def test_club_names_stay_common_words_outside_sport(nlp):
    release = nlp("وقعت الوزارة اتفاقية بالتعاون مع البلدية لدعم الشباب، ورفع الهلال الأحمر جاهزيته.")
    assert "التعاون" not in [name for name, _ in entities(release, "ORG")]
    assert "الشباب" not in [name for name, _ in entities(release, "ORG")]


def test_a_news_agencys_dateline_gives_the_place_and_date_and_the_agency_takes_no_role(nlp):
    release = nlp("حملة تطعيم\n\nالرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس ينفذ المركز الطبي حملة للتطعيم.")
    assert release.dateline["place"].text == "الرياض"
    assert release.dateline["date"].text == "26 شوال 1436 هـ الموافق 11 اغسطس 2015 م"
    assert ("واس", "ORG") in [(e["text"], e["label"]) for e in release.entities]
    assert all(not o["roles"] for o in release.organizations if o["name"] == "واس")


def test_a_rank_ends_an_organisation_and_a_position_after_a_fused_lam_is_read(nlp):
    release = nlp("ووفقاً للناطق الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني فإن البلاغ ورد مساء أمس.")
    assert [(e["text"], e["label"]) for e in release.entities] == [("شرطة منطقة القصيم", "ORG"), ("بدر السحيباني", "PER")]
    official = release.officials[0]
    # the position starts after the first «ل» of «للناطق», as an entity's span does (ANNOTATION.md §1)
    assert (official["name"], official["title"], official["position"], official["organization"]) == (
        "بدر السحيباني", "الرائد", "لناطق الإعلامي لشرطة منطقة القصيم", "شرطة منطقة القصيم")


@pytest.mark.parametrize("text, work", [
    ("ودعا الوزير إلى تخصيص أماكن للمستفيدين من خدمة \"تواصل\" الإلكترونية.", "تواصل"),
    ("واختتمت الغرفة دورتها التي حملت عنوان دورة \"مهارات الاتصال\" أمس.", "مهارات الاتصال"),
    ("وغنى الفنان قصيدة \"إلى أمي\" في الحفل.", "إلى أمي"),
])
def test_a_quoted_name_after_a_service_course_or_work_is_misc(nlp, text, work):
    assert [name for name, _ in entities(nlp(text), "MISC")] == [work]


def test_a_nationality_spelt_without_its_long_vowel_names_a_government(nlp):
    release = nlp("أعلنت الحكومة التايلندية أن الصين تعتزم شراء مليون طن من الأرز.")
    assert ("الحكومة التايلندية", "ORG") in [(e["text"], e["label"]) for e in release.entities]


def test_an_appointment_names_the_position_in_the_accusative(nlp):
    release = nlp("وتضمنت القرارات تكليف عبدالله الفواز مديراً لفرع هيئة منطقة الرياض، "
                  "وأصدر المجلس قراراً بتعيين الدكتور أحمد السالم وزيراً للصحة.")
    assert [(o["name"], o["title"], o["position"]) for o in release.officials] == [
        ("عبدالله الفواز", None, "مديراً لفرع هيئة منطقة الرياض"), ("أحمد السالم", "الدكتور", "وزيراً للصحة")]


@pytest.mark.parametrize("text, official", [
    ("وقال نائب الرئيس والعضو المنتدب م. يوسف بن إبراهيم البسام إن الصندوق يدعم المصدرين.",
     ("يوسف بن إبراهيم البسام", "م.", "نائب الرئيس والعضو المنتدب")),
    ("وانتظم الحفل بحضور المدير العام للأمن الوطني وسفيرة هولندا بتونس السيدة يوليا فان در بيرخ.",
     ("يوليا فان در بيرخ", "السيدة", "سفيرة هولندا بتونس")),
    ("وأكد بندر الصالح نائب رئيس الجمعية السعودية للإدارة وعضو جمعية الأطفال المعوقين أن الحفل ناجح.",
     ("بندر الصالح", None, "نائب رئيس الجمعية السعودية للإدارة وعضو جمعية الأطفال المعوقين")),
])
def test_two_positions_joined_by_and_are_one_person_s_unless_a_woman_follows_a_man_s_position(nlp, text, official):
    assert [(o["name"], o["title"], o["position"]) for o in nlp(text).officials] == [official]
