"""Entity-level exact-span scores, against values computed by hand."""

import pytest

from arabic_release_nlp.entities.ner_evaluation import count_entities, format_scores, prf, score_entities

GOLD = [
    {(0, 5, "PER"), (10, 20, "ORG"), (25, 30, "LOC")},
    {(0, 4, "LOC"), (8, 12, "LOC")},
]
PREDICTED = [
    {(0, 5, "PER"), (10, 18, "ORG"), (25, 30, "ORG")},   # PER right; ORG wrong end; LOC labelled ORG
    {(0, 4, "LOC"), (14, 16, "PER")},                    # one LOC right, one missed; a spurious PER
]


def test_scores_per_label_and_micro():
    scores = score_entities(GOLD, PREDICTED)
    # PER: 1 correct of 2 predicted, 1 gold.  ORG: 0 of 2, 1 gold.  LOC: 1 of 1, 3 gold.  MISC: nothing.
    assert scores["PER"] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3), "support": 1,
                             "predicted": 2, "correct": 1}
    assert scores["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1, "predicted": 2, "correct": 0}
    assert scores["LOC"]["precision"] == 1.0
    assert scores["LOC"]["recall"] == pytest.approx(1 / 3)
    assert scores["LOC"]["f1"] == pytest.approx(0.5)
    # micro: 2 correct, 5 predicted, 5 gold
    assert scores["micro"]["precision"] == pytest.approx(0.4)
    assert scores["micro"]["recall"] == pytest.approx(0.4)
    assert scores["micro"]["f1"] == pytest.approx(0.4)


def test_a_label_without_support_scores_zero_and_keeps_its_row():
    scores = score_entities(GOLD, PREDICTED)
    assert scores["MISC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0, "predicted": 0, "correct": 0}
    spurious = score_entities([set()], [{(0, 3, "MISC")}])
    assert spurious["MISC"]["predicted"] == 1 and spurious["MISC"]["precision"] == 0.0


def test_empty_predictions():
    scores = score_entities(GOLD, [set(), set()])
    assert scores["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 5, "predicted": 0, "correct": 0}


def test_nothing_at_all():
    assert score_entities([], [])["micro"]["f1"] == 0.0
    assert score_entities([set()], [set()])["PER"]["support"] == 0


def test_perfect_predictions():
    assert score_entities(GOLD, GOLD)["micro"]["f1"] == 1.0


def test_labels_outside_the_list_are_ignored():
    scores = score_entities([{(0, 2, "DATE"), (3, 5, "PER")}], [{(0, 2, "DATE"), (3, 5, "PER")}])
    assert scores["micro"]["support"] == 1 and "DATE" not in scores


def test_documents_are_not_mixed():
    # The same span in another document is not a match.
    assert score_entities([{(0, 5, "PER")}, set()], [set(), {(0, 5, "PER")}])["micro"]["correct"] == 0


def test_counts_and_length_check():
    counts = count_entities(GOLD, PREDICTED)
    assert counts["support"]["LOC"] == 3 and counts["predicted"]["ORG"] == 2 and counts["correct"]["PER"] == 1
    with pytest.raises(ValueError):
        count_entities(GOLD, PREDICTED[:1])


def test_prf_and_table():
    assert prf(0, 0, 0)["f1"] == 0.0
    table = format_scores(score_entities(GOLD, PREDICTED))
    assert table.splitlines()[0].split()[:4] == ["label", "P", "R", "F1"]
    assert table.splitlines()[-1].startswith("micro")
