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
