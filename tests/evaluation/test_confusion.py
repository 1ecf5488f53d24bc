"""Multi-label confusion and co-occurrence counts, by hand."""

import pytest

from arabic_release_nlp.evaluation.confusion import cooccurrence, label_confusion

GOLD = [{"A"}, {"A"}, {"A", "B"}, set(), {"C"}]
PREDICTED = [{"B"}, {"A", "C"}, {"B", "C"}, {"A"}, {"C"}]


def test_instead_as_well_and_both():
    # A: 3 paragraphs. 1st: B instead. 2nd: found, C as well. 3rd: A missed, C instead (B is gold there: no error).
    # B: 1 paragraph (the 3rd), found, C as well.  C: found in the 5th, nothing wrong.
    assert label_confusion(GOLD, PREDICTED, ["A", "B", "C"], "instead") == [[1, 1, 1], [0, 1, 0], [0, 0, 1]]
    assert label_confusion(GOLD, PREDICTED, ["A", "B", "C"], "as_well") == [[1, 0, 1], [0, 1, 1], [0, 0, 1]]
    assert label_confusion(GOLD, PREDICTED, ["A", "B", "C"]) == [[1, 1, 2], [0, 1, 1], [0, 0, 1]]


def test_edge_cases():
    assert label_confusion([], [], ["A"]) == [[0]]
    assert label_confusion([set()], [{"A"}], ["A"]) == [[0]]       # a wrong label with no gold row to count in
    assert label_confusion([{"Z"}], [{"A"}], ["A"]) == [[0]]       # labels outside the list are ignored
    with pytest.raises(ValueError, match="mode must be one of"):
        label_confusion(GOLD, PREDICTED, ["A"], "sometimes")
    with pytest.raises(ValueError, match="5 gold items but 1 predictions"):
        label_confusion(GOLD, PREDICTED[:1], ["A"])


def test_cooccurrence():
    assert cooccurrence(GOLD, ["A", "B", "C"]) == [[3, 1, 0], [1, 1, 0], [0, 0, 1]]
    assert cooccurrence([], ["A"]) == [[0]]
