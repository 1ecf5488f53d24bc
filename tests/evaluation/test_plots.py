"""Plots take a result and an optional Axes, return the Axes, never show; a missing extra is named."""

import sys

import pytest

from arabic_release_nlp.errors import MissingExtraError
from arabic_release_nlp.evaluation import evaluate_goals, plots

from .conftest import make_pair

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


@pytest.fixture(autouse=True)
def no_show_and_close(monkeypatch):
    def refuse():
        raise AssertionError("plots must not call plt.show()")

    monkeypatch.setattr(plt, "show", refuse)
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def result(small_corpus, tiny_model):
    return evaluate_goals(small_corpus, split="test", model=tiny_model)


def test_every_plot_draws_on_the_given_axes(result):
    figure, axes = plt.subplots(2, 3)
    drawn = [plots.per_label_f1(result, ax=axes[0, 0]), plots.confusion(result, "SDG", ax=axes[0, 1]),
             plots.confusion(result, "GCM", mode="instead", ax=axes[0, 2]),
             plots.score_distributions(result, ax=axes[1, 0]), plots.reliability(result, "SDG", ax=axes[1, 1]),
             plots.cooccurrence(result, ax=axes[1, 2])]
    assert drawn == list(axes.ravel())
    assert all(ax.has_data() for ax in drawn)


def test_without_axes_a_new_figure_is_made(result):
    ax = plots.per_label_f1(result, framework="GCM")
    assert isinstance(ax, matplotlib.axes.Axes)
    assert [tick.get_text() for tick in ax.get_yticklabels()][0] == "GCM 1"
    assert len(ax.patches) == 23
    assert ax.get_title() == "GCM: F1 per label"


def test_per_label_bars_are_the_f1_column(result):
    ax = plots.per_label_f1(result)
    heights = [patch.get_width() for patch in ax.patches]
    assert heights == pytest.approx(list(result.per_label["f1"]))
    assert any(text.get_text().startswith("n=") for text in ax.texts)


def test_confusion_diagonal_shows_recall(result):
    ax = plots.confusion(result, "SDG")
    recall = result.per_label.set_index("label").loc["SDG 1", "recall"]
    assert f"{recall:.2f}" in [text.get_text() for text in ax.texts]


def test_reliability_and_scores_need_classifier_probabilities():
    release, record = make_pair("r1", [("body", ["SDG 1"], ["SDG 1"])])
    from_releases = evaluate_goals([release], gold=[record])
    for plot in (plots.reliability, plots.score_distributions):
        with pytest.raises(ValueError, match="no classifier probabilities"):
            plot(from_releases)
    plots.per_label_f1(from_releases)  # the others work on any result
    plots.cooccurrence(from_releases, which="predicted")


def test_missing_matplotlib_names_the_extra(result, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(MissingExtraError, match=r"ARN065 evaluation plots: needs matplotlib.*\[plot\]"):
        plots.per_label_f1(result)


def test_missing_pandas_names_the_extra(result, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"needs pandas.*arabic_release_nlp\[notebook\]"):
        result.per_label
    assert result.summary["SDG"] and "micro F1" in result._repr_html_()  # no pandas needed for these
