"""A goal tagger trained on your own labels: save_goal_tagger, then arn.load(goals=folder), round trip."""

import json

import numpy as np
import pytest
from sklearn.exceptions import NotFittedError

import arabic_release_nlp as arn
from arabic_release_nlp.errors import UnknownGoalLabelError
from arabic_release_nlp.evaluation import evaluate_goals
from arabic_release_nlp.goals.classifier import GoalTagger
from arabic_release_nlp.goals.custom_model import save_goal_tagger
from arabic_release_nlp.goals.persistence import MANIFEST, MODEL_FILE, load_model, sha256_of
from arabic_release_nlp.goals.predictor import classifier_text, release_context

TEXTS = ["حملة لتطعيم الأطفال ضد الحصبة", "مكافحة الاتجار بالبشر وحماية الضحايا", "تطعيم الأمهات وصحة المواليد",
         "ضحايا الاتجار بالبشر في المحاكم", "توزيع لقاحات شلل الأطفال", "تدريب القضاة على قضايا الاتجار"]
LABELS = [["SDG 3"], ["GCM 10"], ["SDG 3"], ["GCM 10"], ["SDG 3"], ["GCM 10"]]
RELEASE = "خبر صحفي: حملة وطنية\n\nعمّان - أطلقت الوزارة حملة لتطعيم الأطفال ضد الحصبة وشلل الأطفال.\n"


@pytest.fixture(scope="module")
def tagger():
    return GoalTagger(features="char", max_char_features=2000).fit(TEXTS, LABELS)


def test_round_trip_through_the_pipeline(tagger, tmp_path):
    folder = save_goal_tagger(tagger, tmp_path / "goals-mine", training_data="six sentences",
                              description="vaccination and trafficking")
    assert sorted(path.name for path in folder.iterdir()) == sorted(["README.md", MANIFEST, MODEL_FILE])
    loaded = load_model(folder)
    assert list(loaded.classes_) == ["GCM 10", "SDG 3"]
    assert np.array_equal(loaded.coef_, tagger.coef_) and np.array_equal(loaded.thresholds_, tagger.thresholds_)
    assert np.allclose(loaded.predict_proba(TEXTS), tagger.predict_proba(TEXTS))
    release = arn.load(components=["arn_structure", "arn_goals"], goals=folder)(RELEASE, id="r1")
    body, headline = release.paragraphs[1], release.paragraphs[0]
    context = release_context([headline.text, body.text])
    expected = tagger.predict_labels([classifier_text(body.text, context)])[0]
    assert sorted(f"{g['framework']} {g['number']}" for g in body.goals) == sorted(expected)
    assert (body.goals[0]["framework"], body.goals[0]["number"]) == ("SDG", 3)  # the highest score


def test_the_manifest_and_card_describe_the_model(tagger, tmp_path):
    paragraphs = [{"id": "r1", "text": TEXTS[0], "split": "test", "entities": [],
                   "paragraphs": [{"start": 0, "end": len(TEXTS[0]), "kind": "body", "sdg": [3], "gcm": []}]}]
    evaluation = evaluate_goals(paragraphs, model=tagger)
    folder = save_goal_tagger(tagger, tmp_path / "goals-mine", evaluation=evaluation, training_data="six sentences")
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["files"] == {MODEL_FILE: sha256_of(folder / MODEL_FILE)}
    assert manifest["labels"] == ["GCM 10", "SDG 3"] and manifest["features"] == "char"
    assert manifest["parameters"]["max_char_features"] == 2000
    assert manifest["evaluation"]["summary"] == json.loads(json.dumps(evaluation.summary))
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert "do not edit by hand" in card and "six sentences" in card and "| SDG 3 | 1 |" in card
    assert f"| SDG | {evaluation.summary['SDG']['micro_precision']:.3f} |" in card
    unevaluated = save_goal_tagger(tagger, tmp_path / "other")
    assert "Not evaluated" in (unevaluated / "README.md").read_text(encoding="utf-8")


def test_labels_outside_the_taxonomy_and_unfitted_taggers_are_refused(tmp_path):
    mine = GoalTagger(features="char", max_char_features=500).fit(TEXTS, [["health"], ["crime"]] * 3)
    with pytest.raises(UnknownGoalLabelError, match="ARN043 .*crime, health"):
        save_goal_tagger(mine, tmp_path / "bad")
    assert not (tmp_path / "bad").exists()
    with pytest.raises(NotFittedError):
        save_goal_tagger(GoalTagger(), tmp_path / "unfitted")
