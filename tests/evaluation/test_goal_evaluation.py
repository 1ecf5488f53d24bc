"""evaluate_goals against values computed by hand on small fixtures, and on corpus records with a tiny model."""

import json
import math

import numpy as np
import pytest

from arabic_release_nlp.corpus import SECOND_GOAL_ANNOTATION, load_corpus
from arabic_release_nlp.errors import GoldTextMismatchError, MissingGoldError
from arabic_release_nlp.evaluation import GoalEvaluation, compare_goal_systems, evaluate_goals
from arabic_release_nlp.evaluation.goal_evaluation import ERROR_COLUMNS, second_annotation_labels, systems_report
from arabic_release_nlp.goals.training import framework_scores, paragraph_examples
from arabic_release_nlp.structure.release import Paragraph

from .conftest import goal, make_pair

ZERO = {"micro_precision": 0.0, "micro_recall": 0.0, "micro_f1": 0.0, "macro_precision": 0.0, "macro_recall": 0.0,
        "macro_f1": 0.0}


def scores_of(summary: dict) -> dict:
    return {key: summary[key] for key in ZERO}


def evaluate_pairs(*pairs):
    return evaluate_goals([release for release, _ in pairs], gold=[record for _, record in pairs])


def test_a_label_without_support_is_left_out_of_the_macro_average_but_not_the_micro():
    # SDG 3: gold once, predicted once, right.  SDG 5: no gold paragraph, predicted once.  The boilerplate
    # paragraph is not scored, whatever was predicted for it.
    release, record = make_pair("r1", [("headline", [], []), ("body", ["SDG 3"], ["SDG 3"]),
                                       ("body", [], [goal("SDG 5", 0.61, evidence=("المدارس",))]),
                                       ("boilerplate", [], ["SDG 1"])])
    result = evaluate_pairs((release, record))
    assert len(result.paragraphs) == 3
    sdg = result.summary["SDG"]
    # micro: 1 true positive, 2 predicted, 1 gold
    assert sdg["micro_precision"] == 0.5 and sdg["micro_recall"] == 1.0 and sdg["micro_f1"] == pytest.approx(2 / 3)
    # macro over SDG 3 alone (SDG 5 has no support): 1.0; with SDG 5 it would be 0.5, over all 17 labels 1/17
    assert (sdg["macro_precision"], sdg["macro_recall"], sdg["macro_f1"]) == (1.0, 1.0, 1.0)
    assert scores_of(result.summary["GCM"]) == ZERO
    sdg5 = result.per_label.set_index("label").loc["SDG 5"]
    assert (sdg5["support"], sdg5["predicted"], sdg5["true_positives"], sdg5["precision"]) == (0, 1, 0, 0.0)
    errors = result.errors
    assert len(errors) == 1
    row = errors.iloc[0]
    assert (row["id"], row["paragraph"], row["label"], row["error"], row["score"], row["evidence"]) == (
        "r1", 2, "SDG 5", "false positive", 0.61, "المدارس")
    assert row["text"] == release.paragraphs[2].text


def test_empty_predictions():
    release, record = make_pair("r1", [("body", ["SDG 1", "GCM 2"], []), ("quote", ["SDG 1"], [])])
    result = evaluate_pairs((release, record))
    assert scores_of(result.summary["SDG"]) == ZERO and scores_of(result.summary["GCM"]) == ZERO
    assert result.summary["SDG"]["support"] == 2 and result.summary["SDG"]["predicted"] == 0
    errors = result.errors
    assert list(errors["error"]) == ["false negative"] * 3
    assert list(errors["label"]) == ["SDG 1", "GCM 2", "SDG 1"]
    assert errors["score"].isna().all()  # releases carry no score for a goal they did not predict


def test_empty_gold():
    release, record = make_pair("r1", [("body", [], ["SDG 4"]), ("body", [], [])])
    result = evaluate_pairs((release, record))
    assert scores_of(result.summary["SDG"]) == ZERO
    assert result.summary["SDG"]["support"] == 0 and result.summary["SDG"]["predicted"] == 1
    assert list(result.errors["error"]) == ["false positive"]


def test_nothing_at_all():
    for result in (evaluate_goals([], gold=[]), evaluate_pairs()):
        assert result.paragraphs == [] and scores_of(result.summary["SDG"]) == ZERO
        assert list(result.errors.columns) == list(ERROR_COLUMNS) and result.errors.empty
        assert len(result.per_label) == 40 and (result.per_label["support"] == 0).all()


def test_a_predicted_label_outside_the_taxonomy_is_an_error_row_and_no_score():
    release, record = make_pair("r1", [("body", ["SDG 1"], ["SDG 1", "SDG 18"])])
    result = evaluate_pairs((release, record))
    assert result.summary["SDG"]["micro_f1"] == 1.0  # scored over the 40 labels only
    assert list(result.errors["label"]) == ["SDG 18"]


def test_a_single_paragraph():
    release, record = make_pair("r1", [("body", ["SDG 1", "GCM 2"], ["SDG 1", "SDG 2"])])
    result = evaluate_pairs((release, record))
    sdg, gcm = result.summary["SDG"], result.summary["GCM"]
    # SDG: 1 right of 2 predicted, 1 gold.  Macro: SDG 1 alone has support -> 1.0.
    assert (sdg["micro_precision"], sdg["micro_recall"], sdg["micro_f1"]) == (0.5, 1.0, pytest.approx(2 / 3))
    assert sdg["macro_f1"] == 1.0
    # GCM: GCM 2 missed.
    assert scores_of(gcm) == ZERO and gcm["support"] == 1
    assert sorted(zip(result.errors["label"], result.errors["error"])) == [
        ("GCM 2", "false negative"), ("SDG 2", "false positive")]


def test_the_summary_is_goals_training_framework_scores():
    release, record = make_pair("r1", [("body", ["SDG 1", "GCM 2"], ["SDG 1", "GCM 3"]), ("body", ["SDG 8"], [])])
    result = evaluate_pairs((release, record))
    expected = framework_scores([["SDG 1", "GCM 2"], ["SDG 8"]], [["SDG 1", "GCM 3"], []], result.taxonomy)
    assert result.framework_scores == expected
    assert result.summary == {framework: expected[framework]["summary"] for framework in ("SDG", "GCM")}


def test_releases_are_matched_to_gold_by_id_and_paragraph_offsets():
    release, record = make_pair("r1", [("headline", [], []), ("body", ["SDG 6"], ["SDG 6"])])
    # The pipeline saw the body as two paragraphs: no paragraph of the release has the gold offsets.
    body = release.paragraphs[1]
    release.paragraphs[1:] = [Paragraph(1, body.start, body.start + 5, body.text[:5], "body", goals=[goal("SDG 6")]),
                              Paragraph(2, body.start + 6, body.end, body.text[6:], "body")]
    result = evaluate_pairs((release, record))
    assert result.predicted == [[], []] and result.summary["SDG"]["micro_recall"] == 0.0


def test_split_keeps_the_releases_whose_gold_record_is_of_that_split():
    first, first_gold = make_pair("r1", [("body", ["SDG 1"], ["SDG 1"])], split="test")
    second, second_gold = make_pair("r2", [("body", ["SDG 2"], [])], split="dev")
    result = evaluate_goals([first, second], gold=[first_gold, second_gold], split="test")
    assert [p["id"] for p in result.paragraphs] == ["r1"] and result.summary["SDG"]["micro_f1"] == 1.0


def test_release_input_errors_name_the_document():
    release, record = make_pair("r1", [("body", ["SDG 1"], ["SDG 1"])])
    with pytest.raises(MissingGoldError, match="ARN040 r1: has no gold record"):
        evaluate_goals([release], gold=[])
    with pytest.raises(MissingGoldError, match="ARN040"):
        evaluate_goals([release])
    with pytest.raises(GoldTextMismatchError, match="ARN041 r1:"):
        evaluate_goals([release], gold=[dict(record, text=record["text"] + " ")])
    with pytest.raises(ValueError, match="releases carry their goals"):
        evaluate_goals([release], gold=[record], model="models/goals")
    with pytest.raises(ValueError, match="gold= goes with Release objects"):
        evaluate_goals([record], gold=[record])
    with pytest.raises(ValueError, match="system must be one of"):
        evaluate_goals([record], system="bert")


def test_confusion_and_cooccurrence_by_hand():
    release, record = make_pair("r1", [("body", ["SDG 1"], ["SDG 2"]),            # SDG 2 instead of SDG 1
                                       ("body", ["SDG 1"], ["SDG 1", "SDG 3"]),   # SDG 3 as well as SDG 1
                                       ("body", ["SDG 1", "SDG 2"], ["SDG 2"])])  # SDG 1 missed; no wrong label
    result = evaluate_pairs((release, record))
    instead = result.confusion("SDG", mode="instead")
    as_well = result.confusion("SDG", mode="as_well")
    both = result.confusion("SDG")
    # SDG 1 has 3 gold paragraphs and was found in one: recall 1/3 on the diagonal.
    assert instead.loc["SDG 1", "SDG 1"] == pytest.approx(1 / 3)
    assert instead.loc["SDG 1", "SDG 2"] == pytest.approx(1 / 3) and instead.loc["SDG 1", "SDG 3"] == 0
    assert as_well.loc["SDG 1", "SDG 3"] == pytest.approx(1 / 3) and as_well.loc["SDG 1", "SDG 2"] == 0
    assert both.loc["SDG 1"].sum() == pytest.approx(1.0)
    assert both.loc["SDG 2", "SDG 2"] == 1.0 and both.loc["SDG 5"].sum() == 0  # no support: a row of zeros
    gold = result.cooccurrence("gold")
    assert (gold.loc["SDG 1", "SDG 1"], gold.loc["SDG 1", "SDG 2"], gold.loc["SDG 2", "SDG 1"]) == (3, 1, 1)
    assert result.cooccurrence("predicted").loc["SDG 1", "SDG 3"] == 1


def test_records_with_a_model_folder_and_the_same_tagger_give_the_same_result(small_corpus, tiny_tagger, tiny_model):
    from_folder = evaluate_goals(small_corpus, split="test", model=tiny_model)
    from_tagger = evaluate_goals(load_corpus(small_corpus, split="test"), model=tiny_tagger)
    assert from_folder.summary == from_tagger.summary
    assert from_folder.predicted == from_tagger.predicted
    gold = paragraph_examples(load_corpus(small_corpus, split="test"))
    assert from_folder.gold == gold.labels and len(from_folder.paragraphs) == len(gold.texts)
    assert from_folder.probabilities.shape == (len(gold.texts), 40)
    probabilities = from_folder.probabilities
    assert np.all((probabilities >= 0) & (probabilities <= 1) | np.isnan(probabilities))


def test_errors_of_records_carry_scores_and_thresholds(small_corpus, tiny_model):
    result = evaluate_goals(small_corpus, split="test", model=tiny_model)
    errors = result.errors
    assert set(errors["error"]) <= {"false positive", "false negative"}
    missed = errors[errors["error"] == "false negative"]
    column = {label: index for index, label in enumerate(result.labels)}
    for _, row in missed.head(20).iterrows():
        position = next(i for i, p in enumerate(result.paragraphs)
                        if (p["id"], p["paragraph"]) == (row["id"], row["paragraph"]))
        if not row["explicit"] and not math.isnan(row["score"]):
            assert row["score"] == pytest.approx(result.probabilities[position, column[row["label"]]], abs=1e-6)
            assert row["score"] < row["threshold"]  # a miss of the classifier scored under its threshold
    counts = result.to_dict()["errors"]
    assert counts["false_positives"] + counts["false_negatives"] == len(errors)


def test_systems_compared_on_the_same_records(small_corpus, tiny_model):
    results = compare_goal_systems(small_corpus, split="test", model=tiny_model)
    assert list(results) == ["pipeline", "classifier", "keyword_baseline"]
    for system, result in results.items():
        assert result.summary == evaluate_goals(small_corpus, split="test", model=tiny_model, system=system).summary
    assert results["keyword_baseline"].probabilities is None
    report = systems_report(results)
    assert report["paragraphs"] == len(results["pipeline"].paragraphs)
    # The model card is rendered from the same report (goals/workflow.py: systems_report(compare_goal_systems(…))).


def test_to_dict_is_json_and_the_notebook_view_is_html(small_corpus, tiny_model):
    result = evaluate_goals(small_corpus, split="test", model=tiny_model)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["task"] == "goals" and data["system"] == "pipeline" and len(data["per_label"]) == 40
    assert data["summary"]["SDG"]["micro_f1"] == result.summary["SDG"]["micro_f1"]
    html = result._repr_html_()
    assert html.startswith("<div>") and "micro F1" in html and "SDG 17" in html and "without support" in html
    assert "micro-F1" in repr(result)
    frame = result.summary_frame()
    assert list(frame.index) == ["SDG", "GCM"] and frame.loc["GCM", "micro_f1"] == result.summary["GCM"]["micro_f1"]
    assert isinstance(result, GoalEvaluation)


def _annotation_lines(records, change=None):
    """A second annotation that copies the gold of ``records``, with ``change(id, paragraph, item)`` applied."""
    lines = []
    for record in records:
        for index, paragraph in enumerate(record["paragraphs"]):
            item = {"id": record["id"], "paragraph": index, "sdg": paragraph["sdg"], "gcm": paragraph["gcm"]}
            lines.append(json.dumps(change(item) if change else item))
    return "\n".join(lines) + "\n"


def test_a_second_annotation_is_scored_like_a_system(small_corpus, tiny_model, tmp_path):
    records = load_corpus(small_corpus, split="test")
    first = next(p for p in records[0]["paragraphs"] if p["kind"] != "boilerplate" and p["sdg"])
    path = tmp_path / "second.jsonl"
    # The same labels as the gold, except one more SDG on the first scored paragraph that has one.
    extra = next(n for n in range(1, 18) if n not in first["sdg"])
    path.write_text(_annotation_lines(records, lambda item: dict(item, sdg=item["sdg"] + [extra])
                                      if (item["id"], item["paragraph"]) == (records[0]["id"], records[0]["paragraphs"].index(first))
                                      else item), encoding="utf-8")
    results = compare_goal_systems(small_corpus, split="test", model=tiny_model, second_annotation=path)
    assert list(results) == ["pipeline", "classifier", "keyword_baseline", "second_annotation"]
    summary = results["second_annotation"].summary
    gold_sdg = sum(label.startswith("SDG") for labels in paragraph_examples(records).labels for label in labels)
    assert summary["SDG"]["micro_recall"] == 1.0 and summary["GCM"]["micro_f1"] == 1.0
    assert math.isclose(summary["SDG"]["micro_precision"], gold_sdg / (gold_sdg + 1))


@pytest.mark.parametrize("change, message", [
    (lambda item: None if item["paragraph"] == 1 else item, r"lacks 6 of the 33 paragraphs scored, e\.g\. release \S+ paragraph 1"),
    (lambda item: dict(item, sdg=[18]), "SDG 18 is not a goal number"),
    (lambda item: {"id": item["id"], "paragraph": item["paragraph"], "sdg": item["sdg"]}, "line 1: not a paragraph annotation"),
])
def test_a_second_annotation_that_does_not_fit_is_refused_with_its_reason(small_corpus, tmp_path, change, message):
    records = load_corpus(small_corpus, split="test")
    path = tmp_path / "second.jsonl"
    lines = [line for line in _annotation_lines(records).splitlines() if change(json.loads(line)) is not None]
    lines[0] = json.dumps(change(json.loads(lines[0])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        second_annotation_labels(path, records)


def test_the_shipped_second_annotation_covers_the_test_split_and_differs_from_the_gold():
    records = load_corpus(split="test")
    labels = second_annotation_labels(SECOND_GOAL_ANNOTATION, records)
    gold = paragraph_examples(records).labels
    assert len(labels) == len(gold)
    differing = sum(set(a) != set(b) for a, b in zip(labels, gold))
    assert 0 < differing < len(gold) / 2  # an independent reading, not a copy of the gold
