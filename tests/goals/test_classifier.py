"""GoalTagger follows the scikit-learn estimator contract and learns what it is shown."""

import pytest
from sklearn.base import clone
from sklearn.utils.estimator_checks import check_get_params_invariance, check_no_attributes_set_in_init, \
    check_parameters_default_constructible, check_set_params

from arabic_release_nlp.goals.baseline import KeywordTagger
from arabic_release_nlp.goals.classifier import GoalTagger

TEXTS = ["حملة لتطعيم الأطفال ضد الحصبة", "مكافحة الاتجار بالبشر وحماية الضحايا", "تطعيم الأمهات وصحة المواليد",
         "ضحايا الاتجار بالبشر في المحاكم", "توزيع لقاحات شلل الأطفال", "تدريب القضاة على قضايا الاتجار"]
LABELS = [["SDG 3"], ["SDG 16"], ["SDG 3"], ["SDG 16"], ["SDG 3"], ["SDG 16"]]


@pytest.mark.parametrize("check", [check_get_params_invariance, check_no_attributes_set_in_init,
                                   check_parameters_default_constructible, check_set_params])
def test_estimator_contract(check):
    check("GoalTagger", GoalTagger())


def test_fit_returns_self_and_learns_labels_with_unseen_ones_kept():
    tagger = GoalTagger(max_char_features=500, max_word_features=500, labels=["SDG 3", "SDG 16", "GCM 1"])
    assert tagger.fit(TEXTS, LABELS) is tagger
    assert list(tagger.classes_) == ["SDG 3", "SDG 16", "GCM 1"]
    assert tagger.predict_labels(["حملة تطعيم جديدة للأطفال", "محاكمة المتاجرين بالبشر"]) == [["SDG 3"], ["SDG 16"]]
    assert tagger.predict_proba(["أي نص"])[0, 2] < 0.01  # a label never seen is never predicted


def test_same_seed_same_model():
    first = GoalTagger(max_char_features=500, max_word_features=500, random_state=3).fit(TEXTS, LABELS)
    second = clone(first).fit(TEXTS, LABELS)
    assert (first.coef_ == second.coef_).all() and (first.intercept_ == second.intercept_).all()


def test_thresholds_are_tuned_per_label():
    tagger = GoalTagger(max_char_features=500, max_word_features=500).fit(TEXTS, LABELS)
    tagger.tune_thresholds(TEXTS, LABELS, min_support=1)
    assert tagger.thresholds_.shape == (2,)


def test_invalid_options_are_explained():
    with pytest.raises(ValueError, match="features must be one of"):
        GoalTagger(features="bert").fit(TEXTS, LABELS)
    with pytest.raises(ValueError, match="model must be one of"):
        GoalTagger(model="forest").fit(TEXTS, LABELS)


def test_keyword_baseline_matches_whole_words_with_clitics():
    baseline = KeywordTagger({"SDG 3": ["التطعيم"], "SDG 16": ["الاتجار بالبشر"]})
    assert baseline.predict_labels(["وبالتطعيم نحمي الأطفال", "مكافحة الاتجار بالبشر", "التطعيمات"]) == [
        ["SDG 3"], ["SDG 16"], []]


def test_release_context_is_read_beside_the_paragraph():
    from arabic_release_nlp.goals.classifier import CONTEXT_SEPARATOR

    tagger = GoalTagger(features="char", max_char_features=500).fit(TEXTS, LABELS)
    plain = tagger.transform(["توزيع لقاحات"])
    assert plain.shape[1] == 2 * tagger.paragraph_columns_
    # A text without context is its own context.
    assert (plain != tagger.transform([f"توزيع لقاحات{CONTEXT_SEPARATOR}توزيع لقاحات"])).nnz == 0
    neutral = "وحضر الاجتماع ممثلو الجهات الشريكة"
    vaccination, trafficking = (tagger.predict_proba([f"{neutral}{CONTEXT_SEPARATOR}{context}"])[0]
                                for context in ("حملة تطعيم الأطفال ضد الحصبة", "ضحايا الاتجار بالبشر"))
    column = list(tagger.classes_).index("SDG 3")
    assert vaccination[column] > trafficking[column]


def test_a_release_read_in_one_pass_gives_the_same_features():
    from arabic_release_nlp.goals.layout import paragraph_layouts
    from arabic_release_nlp.goals.predictor import classifier_text, release_context

    paragraphs = ["حملة لتطعيم الأطفال ضد الحصبة", "وقال الوزير إن «الحملة» مستمرة‏", "تطعيم الأمهات"]
    layouts = paragraph_layouts(paragraphs, ["headline", "quote", "body"], frozenset())
    tagger = GoalTagger(features="char", max_char_features=500, layout_weight=1.0).fit(TEXTS, LABELS)
    assert tagger.reads_releases_in_one_pass
    context = release_context(paragraphs)
    expected = tagger.transform([classifier_text(p, context, layout) for p, layout in zip(paragraphs, layouts)])
    assert (tagger.transform_release(paragraphs, layouts) != expected).nnz == 0
    # Word bigrams cross paragraph boundaries: char+word releases are read the long way.
    assert not GoalTagger(features="char+word").reads_releases_in_one_pass


def test_context_weight_zero_reads_the_paragraph_alone():
    tagger = GoalTagger(features="char+word", max_char_features=500, context_weight=0).fit(TEXTS, LABELS)
    assert tagger.transform(TEXTS).shape[1] == tagger.paragraph_columns_


def test_best_thresholds_per_label_and_shared_for_rare_labels():
    import numpy as np

    from arabic_release_nlp.goals.classifier import best_thresholds

    probabilities = np.array([[0.9, 0.2, 0.6], [0.7, 0.1, 0.1], [0.4, 0.3, 0.1], [0.2, 0.8, 0.1]])
    gold = np.array([[1, 0, 1], [1, 0, 0], [0, 0, 0], [0, 1, 0]])
    thresholds = best_thresholds(probabilities, gold, min_support=2, grid=(0.3, 0.5, 0.65, 0.75))
    # Label 0 (two positives) gets its own threshold between 0.4 and 0.7; the rare labels 1 and 2 share one
    # that keeps both of their positives (0.8 and 0.6) and drops the negatives at 0.3 and below.
    assert thresholds[0] == 0.5 and thresholds[1] == thresholds[2] == 0.5
    assert thresholds.dtype == np.float32


def test_variant_choice_prefers_the_smaller_model_when_dev_cannot_tell_them_apart():
    import numpy as np

    from arabic_release_nlp.goals.training import choose_variant

    small, large, weak = (type("Fitted", (), {"coef_": np.zeros(size)})() for size in (10, 20, 5))
    chosen = choose_variant([(large, 0.730, {"name": "large"}), (small, 0.727, {"name": "small"}),
                             (weak, 0.700, {"name": "weak"})])
    assert chosen[2] == {"name": "small"}
    assert choose_variant([(large, 0.75, {"name": "large"}), (small, 0.70, {"name": "small"})])[2]["name"] == "large"


def test_keyword_baseline_reads_the_paragraph_not_its_release_context():
    from arabic_release_nlp.goals.classifier import CONTEXT_SEPARATOR

    baseline = KeywordTagger({"SDG 3": ["التطعيم"]})
    assert baseline.predict_labels([f"وحضر الاجتماع ممثلون{CONTEXT_SEPARATOR}حملة التطعيم"]) == [[]]
