"""evaluate_entities against values computed by hand, error kinds, CoNLL input, records versus releases."""

import json

import pytest

import arabic_release_nlp as arn
from arabic_release_nlp.corpus import load_corpus
from arabic_release_nlp.errors import MissingGoldError, ModelNotFoundError
from arabic_release_nlp.evaluation import EntityEvaluation, evaluate_entities
from arabic_release_nlp.evaluation.entity_evaluation import ERROR_COLUMNS, entity_pipeline
from arabic_release_nlp.pipeline import DEFAULT_COMPONENTS
from arabic_release_nlp.structure.release import Release

TEXT = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ" * 2  # 56 letters: offsets only matter here

GOLD = [
    {(0, 4, "PER"), (10, 20, "ORG"), (25, 30, "LOC")},
    {(0, 4, "LOC"), (8, 12, "LOC")},
]
PREDICTED = [
    {(0, 4, "PER"), (10, 18, "ORG"), (25, 30, "ORG")},   # PER right; ORG ends early; LOC labelled ORG
    {(0, 4, "LOC"), (14, 16, "PER")},                    # one LOC right, one missed; a spurious PER
]


def pairs(gold, predicted):
    records = [{"id": f"d{n}", "text": TEXT, "split": "test",
                "entities": [{"start": s, "end": e, "label": label} for s, e, label in sorted(spans)]}
               for n, spans in enumerate(gold)]
    releases = [Release(f"d{n}", TEXT, entities=[{"start": s, "end": e, "label": label, "text": TEXT[s:e]}
                                                 for s, e, label in sorted(spans)])
                for n, spans in enumerate(predicted)]
    return releases, records


def evaluate(gold, predicted):
    releases, records = pairs(gold, predicted)
    return evaluate_entities(releases, gold=records)


def test_scores_by_hand():
    result = evaluate(GOLD, PREDICTED)
    rows = result.per_label.set_index("label")
    # PER 1 right of 2, 1 gold.  ORG 0 of 2, 1 gold.  LOC 1 of 1, 3 gold.  MISC: nothing.
    assert (rows.loc["PER", "precision"], rows.loc["PER", "recall"]) == (0.5, 1.0)
    assert rows.loc["PER", "f1"] == pytest.approx(2 / 3)
    assert rows.loc["ORG", ["precision", "recall", "f1"]].tolist() == [0.0, 0.0, 0.0]
    assert rows.loc["LOC", "recall"] == pytest.approx(1 / 3) and rows.loc["LOC", "f1"] == pytest.approx(0.5)
    assert rows.loc["MISC", ["support", "predicted"]].tolist() == [0, 0]
    summary = result.summary["all"]
    # micro: 2 right, 5 predicted, 5 gold
    assert summary["micro_precision"] == pytest.approx(0.4) and summary["micro_f1"] == pytest.approx(0.4)
    # macro over PER, ORG, LOC (MISC has no support and is left out)
    assert summary["macro_precision"] == pytest.approx(0.5)
    assert summary["macro_recall"] == pytest.approx(4 / 9)
    assert summary["macro_f1"] == pytest.approx(7 / 18)


def test_error_kinds_and_context():
    errors = evaluate(GOLD, PREDICTED).errors
    kinds = sorted(zip(errors["id"], errors["error"], errors["label"], errors["start"], errors["kind"]))
    assert kinds == [
        ("d0", "false negative", "LOC", 25, "wrong label"),
        ("d0", "false negative", "ORG", 10, "wrong boundary"),
        ("d0", "false positive", "ORG", 10, "wrong boundary"),
        ("d0", "false positive", "ORG", 25, "wrong label"),
        ("d1", "false negative", "LOC", 8, "missed"),
        ("d1", "false positive", "PER", 14, "spurious"),
    ]
    row = errors[(errors["id"] == "d0") & (errors["start"] == 25) & (errors["error"] == "false positive")].iloc[0]
    assert row["text"] == TEXT[25:30] and row["counterpart"] == f"LOC {TEXT[25:30]}"
    assert f"[{TEXT[25:30]}]" in row["context"]
    assert list(errors.columns) == list(ERROR_COLUMNS)


def test_label_without_support_is_left_out_of_the_macro_average():
    result = evaluate([{(0, 4, "PER")}], [{(0, 4, "PER"), (6, 9, "MISC")}])
    summary = result.summary["all"]
    assert summary["macro_f1"] == 1.0                      # PER alone; with MISC it would be 0.5
    assert summary["micro_precision"] == 0.5 and summary["micro_recall"] == 1.0


def test_empty_predictions_empty_gold_and_nothing():
    empty = evaluate(GOLD, [set(), set()])
    assert empty.summary["all"]["micro_f1"] == 0.0 and empty.summary["all"]["support"] == 5
    assert set(empty.errors["kind"]) == {"missed"}
    no_gold = evaluate([set()], [{(0, 3, "MISC")}])
    assert no_gold.summary["all"]["micro_precision"] == 0.0 and no_gold.summary["all"]["macro_f1"] == 0.0
    assert list(no_gold.errors["kind"]) == ["spurious"]
    nothing = evaluate_entities([], gold=[])
    assert nothing.documents == [] and nothing.errors.empty and nothing.summary["all"]["micro_f1"] == 0.0


def test_a_single_document_with_one_entity():
    result = evaluate([{(0, 4, "LOC")}], [{(0, 4, "LOC")}])
    assert result.summary["all"]["micro_f1"] == 1.0 and result.summary["all"]["macro_f1"] == 1.0
    assert result.errors.empty


def test_labels_outside_ours_are_left_out():
    result = evaluate([{(0, 4, "LOC"), (5, 8, "DATE")}], [{(0, 4, "LOC"), (10, 12, "MONEY")}])
    assert result.summary["all"]["micro_f1"] == 1.0 and result.errors.empty


def test_release_input_errors():
    releases, records = pairs(GOLD, PREDICTED)
    with pytest.raises(MissingGoldError, match="ARN040 d0"):
        evaluate_entities(releases)
    with pytest.raises(ValueError, match="releases carry their entities"):
        evaluate_entities(releases, gold=records, model="models/entities/ner")
    with pytest.raises(ValueError, match="not both"):
        evaluate_entities(records, model="x", nlp=object())


def test_to_dict_and_html():
    result = evaluate(GOLD, PREDICTED)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["task"] == "entities" and data["errors"] == {"false_positives": 3, "false_negatives": 3}
    assert "LOC" in result._repr_html_() and isinstance(result, EntityEvaluation)
    assert list(result.summary_frame().index) == ["all"]


@pytest.fixture(scope="module")
def gazetteer_nlp():
    # Structure and the rule layer only: the gazetteers tag what they know, no NER model needed.
    return arn.load(components=["arn_structure", "arn_entities"])


def test_records_and_releases_give_the_same_numbers(gazetteer_nlp):
    records = load_corpus(split="test")[:3]
    from_records = evaluate_entities(records, nlp=gazetteer_nlp)
    releases = list(gazetteer_nlp.pipe([r["text"] for r in records], ids=[r["id"] for r in records]))
    from_releases = evaluate_entities(releases, gold=records)
    assert from_records.summary == from_releases.summary
    assert from_records.summary["all"]["support"] == sum(len(r["entities"]) for r in records)
    assert 0 < from_records.summary["all"]["micro_f1"] <= 1


def test_a_conll_file_is_read_with_entities_on_our_tokens(tmp_path, gazetteer_nlp):
    path = tmp_path / "mine.conll"
    path.write_text("وصل O\nالوفد O\nإلى O\nالأردن B-LOC\n. O\n\nقدم O\nوالاتحاد B-ORG\nالأوروبي I-ORG\nمنحة O\n",
                    encoding="utf-8")
    result = evaluate_entities(path, nlp=gazetteer_nlp)
    assert [document["id"] for document in result.documents] == ["mine.conll#1", "mine.conll#2"]
    text = result.documents[1]["text"]
    assert [(text[s:e], label) for s, e, label in result.gold[1]] == [("الاتحاد الأوروبي", "ORG")]  # clitic outside
    assert result.summary["all"]["support"] == 2


def test_the_default_pipeline_scores_the_test_split_sensibly():
    result = evaluate_entities(load_corpus(split="test")[:5])
    assert result.summary["all"]["micro_f1"] > 0.5


def test_an_ner_model_folder_adds_the_recogniser(tmp_path):
    assert entity_pipeline().components == [name for name in DEFAULT_COMPONENTS if name != "arn_goals"]
    with pytest.raises(ModelNotFoundError, match="ARN030 .*no NER model"):
        evaluate_entities(load_corpus(split="test")[:1], model=tmp_path / "no-model")
