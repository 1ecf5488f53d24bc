"""A paragraph's layout (kind, place, length) as the goal classifier reads it."""

import numpy as np

from arabic_release_nlp.goals.classifier import GoalTagger, split_context
from arabic_release_nlp.goals.layout import FEATURES, LAYOUT_SEPARATOR, layout_matrix, paragraph_layouts
from arabic_release_nlp.goals.predictor import classifier_text

RELEASE = [
    "الاتحاد الأوروبي يمول مشروعاً لتحسين خدمات المياه في الأغوار",
    "أطلقت وزارة المياه والري بتمويل من الاتحاد الأوروبي مشروعاً لإعادة تأهيل شبكات المياه في أربع بلدات.",
    "وقال الوزير: «سيوفر المشروع مياه الشرب النظيفة لأكثر من أربعين ألف نسمة في المنطقة».",
    "وحضر حفل الإطلاق رؤساء البلديات وممثلو الجهات المانحة.",
    "للمزيد من المعلومات: المكتب الإعلامي، هاتف 0790000000",
]
KINDS = ["headline", "body", "body", "body", "boilerplate"]


def test_layout_codes_rank_body_paragraphs_and_read_quotes_from_the_text():
    codes = paragraph_layouts(RELEASE, KINDS, frozenset({"boilerplate"}))
    assert [code.split()[:3] if code else None for code in codes] == [
        ["headline", "0", "3"], ["body", "0", "3"], ["quote", "1", "3"], ["body", "2", "3"], None]
    assert codes[3].split()[3] == str(len(RELEASE[3].split()))


def test_layout_matrix_marks_first_and_last_and_leaves_missing_layouts_empty():
    first, last, missing = layout_matrix(["body 0 4 20", "quote 3 4 100", None])
    row = dict(zip(FEATURES, first))
    assert row["body"] == 1 and row["first"] == 1 and row["last"] == 0 and row["position"] == 0
    row = dict(zip(FEATURES, last))
    assert row["quote"] == 1 and row["last"] == 1 and row["position"] == 1 and row["length"] == 1
    assert not missing.any()


def test_layout_code_does_not_reach_the_text_features():
    text = classifier_text(RELEASE[3], "\n".join(RELEASE[:4]), "body 2 3 9")
    assert split_context(text) == (RELEASE[3], "\n".join(RELEASE[:4]))
    texts = ["تأهيل شبكات المياه", "حملة لتطعيم الأطفال", "محطة لتحلية المياه", "تطعيم المواليد"]
    labels = [["SDG 6"], ["SDG 3"], ["SDG 6"], ["SDG 3"]]
    tagger = GoalTagger(features="char", max_char_features=300, layout_weight=1.0).fit(
        [f"{t}{LAYOUT_SEPARATOR}body {i} 4 3" for i, t in enumerate(texts)], labels)
    with_layout, without = tagger.transform([f"{texts[0]}{LAYOUT_SEPARATOR}body 3 4 3", texts[0]]).toarray()
    columns = 2 * tagger.paragraph_columns_
    assert with_layout.shape[0] == columns + len(FEATURES)
    np.testing.assert_array_equal(with_layout[:columns], without[:columns])
    assert with_layout[columns:].any() and not without[columns:].any()


def test_a_tagger_without_layout_ignores_the_code():
    tagger = GoalTagger(features="char", max_char_features=300, context_weight=0.0).fit(
        ["تأهيل شبكات المياه", "حملة لتطعيم الأطفال"], [["SDG 6"], ["SDG 3"]])
    plain, coded = tagger.transform(["شبكات المياه", f"شبكات المياه{LAYOUT_SEPARATOR}body 0 1 2"]).toarray()
    np.testing.assert_array_equal(plain, coded)
