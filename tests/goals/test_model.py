"""The shipped goal model: safe loading, and what it says about the canonical example."""

import json
import shutil

import numpy as np
import pytest
import skops.io

from arabic_release_nlp.errors import ModelIntegrityError, ModelNotFoundError, UntrustedModelError
from arabic_release_nlp.goals.component import DEFAULT_MODEL
from arabic_release_nlp.goals.persistence import MANIFEST, MODEL_FILE, load_model, save_model, sha256_of
from arabic_release_nlp.goals.predictor import GoalPredictor, continued_objectives, document_goals
from arabic_release_nlp.goals.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def tagger():
    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def predictor(tagger):
    return GoalPredictor(tagger, load_taxonomy())


def test_model_files_are_small_and_match_their_manifest():
    manifest = json.loads((DEFAULT_MODEL / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["files"][MODEL_FILE] == sha256_of(DEFAULT_MODEL / MODEL_FILE)
    assert (DEFAULT_MODEL / MODEL_FILE).stat().st_size < 20 * 1024 * 1024
    assert len(manifest["labels"]) == 40


def test_tampered_model_is_refused(tmp_path):
    copy = tmp_path / "goals"
    shutil.copytree(DEFAULT_MODEL, copy)
    data = bytearray((copy / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="ARN031 .*goal_tagger.skops: the file does not match the SHA-256"):
        load_model(copy)


def test_untrusted_types_are_refused_even_with_a_matching_manifest(tmp_path):
    # A model whose manifest is honest but which carries a type outside the allow-list.
    from sklearn.dummy import DummyClassifier

    save_model({"payload": DummyClassifier()}, tmp_path / "evil", {"command": "test"})
    with pytest.raises(UntrustedModelError, match="ARN032 .*sklearn.dummy.DummyClassifier"):
        load_model(tmp_path / "evil")


def test_missing_model_gives_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="ARN030 .*no goal model manifest"):
        load_model(tmp_path / "nothing")


def test_model_file_is_not_a_pickle():
    head = (DEFAULT_MODEL / MODEL_FILE).read_bytes()[:4]
    assert head == b"PK\x03\x04"  # a skops zip archive
    assert set(skops.io.get_untrusted_types(file=DEFAULT_MODEL / MODEL_FILE)) - {
        "arabic_release_nlp.goals.classifier.GoalTagger", "arabic_release_nlp.goals.features.word_ngrams",
        "arabic_release_nlp.text.normalize.normalize_for_matching"} <= set(__import__(
            "arabic_release_nlp.goals.persistence", fromlist=["TRUSTED_TYPES"]).TRUSTED_TYPES)


def test_iom_example_goals(predictor, iom_example_path):
    text = iom_example_path.read_text(encoding="utf-8")
    from arabic_release_nlp.text.segment import split_paragraphs

    paragraphs = split_paragraphs(text)
    kinds = ["headline"] + ["body"] * (len(paragraphs) - 1)
    per_paragraph, document = predictor.predict(text, paragraphs, kinds)
    last = {(g["framework"], g["number"]): g for g in per_paragraph[len(paragraphs) - 1] if g["explicit"]}
    assert set(last) == {("SDG", 3), ("SDG", 8), ("SDG", 10), ("GCM", 10), ("GCM", 7)}
    assert last[("SDG", 3)]["evidence"][0]["text"] == 'الهدف 3 "الصحة الجيدة والرفاه"'
    assert last[("GCM", 10)]["evidence"][0]["text"].startswith('الهدف 10 "منع الاتجار بالأشخاص')
    assert all(g["score"] == 1.0 for g in last.values())
    for index in (1, 2, 3, 4):  # the body paragraphs about trafficking
        labels = {(g["framework"], g["number"]) for g in per_paragraph.get(index, [])}
        assert ("SDG", 16) in labels and ("GCM", 10) in labels, (index, labels)
    for goals in per_paragraph.values():
        for goal in goals:
            for span in goal["evidence"]:
                assert text[span["start"]:span["end"]] == span["text"]
    assert {(g["framework"], g["number"]) for g in document} >= set(last)


def test_document_goals_take_the_maximum_score_and_list_paragraphs():
    goal = {"framework": "SDG", "number": 3, "title_ar": "t", "title_en": "t", "explicit": False}
    merged = document_goals({1: [dict(goal, score=0.4)], 4: [dict(goal, score=0.9, explicit=True)]})
    assert merged == [dict(goal, score=0.9, explicit=True, paragraphs=[1, 4])]


def test_a_gcm_objective_carries_to_the_next_paragraph_only_above_its_share_of_the_threshold():
    thresholds = np.array([0.6, 0.6, 0.5])
    probabilities = np.array([[0.9, 0.9, 0.1],   # serves labels 0 and 1
                              [0.5, 0.5, 0.1],   # 0.5 >= 0.7 * 0.6: label 1 (a GCM column) carries, label 0 (SDG) not
                              [0.3, 0.3, 0.9],   # under 0.42: the story has moved on
                              [0.1, 0.1, 0.4]])  # label 2 is not a GCM column here
    decided = continued_objectives(probabilities, thresholds, np.array([1]))
    assert decided.tolist() == [[True, True, False], [False, True, False], [False, False, True], [False, False, False]]
    assert continued_objectives(probabilities, thresholds, np.array([1]), share=1.0)[1].tolist() == [False, False, False]


def test_scores_are_probabilities_and_thresholds_are_per_label(tagger):
    probabilities = tagger.predict_proba(["حملة لتطعيم الأطفال ضد شلل الأطفال في المحافظات الشمالية"])
    assert probabilities.shape == (1, 40) and np.all((0 <= probabilities) & (probabilities <= 1))
    assert tagger.classes_[probabilities[0].argmax()] == "SDG 3"
    assert len(set(tagger.thresholds_.round(2))) > 1


def test_a_closing_attendance_paragraph_gets_no_goal_of_its_own(nlp):
    text = ("إطلاق حملة وطنية لتطعيم الأطفال ضد الحصبة في ثلاث محافظات\n\n"
            "عمّان - أطلقت وزارة الصحة بالتعاون مع منظمة الأمم المتحدة للطفولة حملة وطنية لتطعيم نحو مليون طفل دون سن "
            "الخامسة ضد الحصبة والحصبة الألمانية في محافظات الشمال، بعد تسجيل ارتفاع في عدد الإصابات خلال الأشهر الماضية.\n\n"
            "وحضر حفل الإطلاق محافظ إربد وعدد من أعضاء مجلس النواب وممثلو السفارات المعتمدة في عمّان.\n")
    first, last = nlp(text).paragraphs[1:]
    assert ("SDG", 3) in {(g["framework"], g["number"]) for g in first.goals}
    assert last.goals == []


def _predict(predictor, text, kinds):
    spans, start = [], 0
    for part in text.split("\n\n"):
        start = text.index(part, start)
        spans.append((start, start + len(part)))
        start += len(part)
    per_paragraph, _ = predictor.predict(text, spans, kinds)
    return [{(g["framework"], g["number"]) for g in per_paragraph.get(i, [])} for i in range(len(spans))]


def test_no_implicit_gcm_objective_without_migration_in_the_release(predictor):
    # Real news read cooperation as GCM 23 and aid as GCM 15 (ANNOTATION.md §5: GCM only for migration content).
    security = ("المغرب والإمارات يوقعان مذكرة تفاهم في المجال الأمني\n\nوقّع المغرب والإمارات، الاثنين، مذكرة تفاهم لتبادل "
                "الخبرات بين أجهزة الشرطة في البلدين وتنفيذ برامج تدريب مشتركة في مجالات التحقيق الجنائي والتعاون الدولي.")
    goals = _predict(predictor, security, ["headline", "body"])
    assert ("SDG", 17) in goals[1] and not any(framework == "GCM" for g in goals for framework, _ in g)
    # The same cooperation about migrant workers keeps its GCM objectives.
    migration = security.replace("في المجال الأمني", "لحماية العمال المهاجرين")
    assert any(framework == "GCM" for g in _predict(predictor, migration, ["headline", "body"]) for framework, _ in g)
