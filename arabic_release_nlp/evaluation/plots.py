"""Figures of evaluation results (the ``[plot]`` extra: matplotlib, imported when a function is called).

Each function takes a result of ``evaluate_goals`` or ``evaluate_entities`` and an optional matplotlib ``ax``,
draws on it (or on a new figure) and returns the ``Axes``; none calls ``plt.show()``.

    >>> from arabic_release_nlp.evaluation import evaluate_goals, plots
    >>> result = evaluate_goals("data/corpus/corpus.jsonl", split="test")   # doctest: +SKIP
    >>> plots.per_label_f1(result, framework="SDG")                          # doctest: +SKIP
    >>> plots.reliability(result)                                            # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from arabic_release_nlp.batch.extras import import_extra

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from arabic_release_nlp.evaluation.goal_evaluation import GoalEvaluation
    from arabic_release_nlp.evaluation.results import LabelledEvaluation


def _pyplot():
    return import_extra("matplotlib.pyplot", "plot", "evaluation plots")


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    _, ax = _pyplot().subplots(figsize=size)
    return ax


def _heatmap(ax: Axes, values: np.ndarray, labels: list[str], title: str, colorbar_label: str,
             diagonal_format: str | None = None) -> Axes:
    """Off-diagonal cells coloured (the diagonal would swamp the scale); the diagonal grey, its values written
    with ``diagonal_format`` when given."""
    import matplotlib

    off_diagonal = np.ma.masked_array(values, mask=np.eye(len(labels), dtype=bool))
    colours = matplotlib.colormaps["Blues"].with_extremes(bad="whitesmoke")
    top = float(off_diagonal.max()) if off_diagonal.count() and off_diagonal.max() > 0 else 1.0
    image = ax.imshow(off_diagonal, cmap=colours, aspect="auto", vmin=0, vmax=top)
    ax.set_xticks(range(len(labels)), labels, rotation=90, fontsize=7)
    ax.set_yticks(range(len(labels)), labels, fontsize=7)
    ax.set_title(title)
    ax.figure.colorbar(image, ax=ax, label=colorbar_label)
    if diagonal_format:
        for index in range(len(labels)):
            ax.text(index, index, format(values[index, index], diagonal_format), ha="center", va="center",
                    fontsize=6)
    return ax


def per_label_f1(result: LabelledEvaluation, framework: str | None = None, ax: Axes | None = None) -> Axes:
    """Horizontal F1 bars per label, each labelled with its support (``n``); labels without support are grey.

    ``framework`` (``"SDG"``, ``"GCM"``) keeps one framework of a goal evaluation.
    """
    rows = [row for row in result.label_rows() if framework is None or row["group"] == framework]
    ax = _axes(ax, (7, max(2.5, 0.25 * len(rows) + 1)))
    positions = np.arange(len(rows))[::-1]
    colours = ["tab:blue" if row["support"] else "lightgrey" for row in rows]
    ax.barh(positions, [row["f1"] for row in rows], color=colours)
    for position, row in zip(positions, rows):
        ax.text(min(row["f1"], 1.0) + 0.01, position, f"n={row['support']}", va="center", fontsize=7)
    ax.set_yticks(positions, [row["label"] for row in rows], fontsize=8)
    ax.set_xlim(0, 1.15)
    ax.set_xlabel("F1 (n = gold support)")
    ax.set_title(f"F1 per label — {result.title}" if framework is None else f"{framework}: F1 per label")
    return ax


def confusion(result: GoalEvaluation, framework: str = "SDG", mode: str = "both", ax: Axes | None = None) -> Axes:
    """The multi-label confusion view of one framework: for each gold label (rows), the share of its paragraphs
    in which each other label (columns) was wrongly predicted ``instead``, ``as_well`` or in ``both`` cases.
    The diagonal is the label's recall. See ``evaluation/confusion.py``."""
    frame = result.confusion(framework, mode)
    ax = _axes(ax, (9, 8) if framework == "GCM" else (8, 7))
    words = {"both": "instead or as well", "instead": "instead", "as_well": "as well"}[mode]
    ax = _heatmap(ax, frame.to_numpy(), list(frame.index), f"{framework}: labels predicted {words} (diagonal: recall)",
                  "share of the gold label's paragraphs", diagonal_format=".2f")
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    return ax


def _scored_pairs(result: GoalEvaluation, framework: str | None) -> tuple[np.ndarray, np.ndarray]:
    """Classifier probabilities and gold 0/1 of every (paragraph, label) pair with a known probability."""
    if result.probabilities is None:
        raise ValueError("this result has no classifier probabilities: evaluate corpus records with the pipeline "
                         "or the classifier (Release objects and the keyword baseline carry no scores for every label)")
    columns = [index for index, label in enumerate(result.labels)
               if framework is None or label.startswith(framework + " ")]
    gold = np.array([[label in set(row) for label in result.labels] for row in result.gold],
                    dtype=float).reshape(len(result.gold), len(result.labels))
    scores, truth = result.probabilities[:, columns].ravel(), gold[:, columns].ravel()
    known = ~np.isnan(scores)
    return scores[known], truth[known]


def score_distributions(result: GoalEvaluation, framework: str | None = None, bins: int = 20,
                        ax: Axes | None = None) -> Axes:
    """Histograms of the classifier's probabilities for gold (label, paragraph) pairs and for the others,
    with the median decision threshold; the counts are on a log scale, as negatives far outnumber positives."""
    scores, truth = _scored_pairs(result, framework)
    ax = _axes(ax, (7, 4))
    edges = np.linspace(0, 1, bins + 1)
    ax.hist(scores[truth == 0], bins=edges, alpha=0.6, label=f"not gold ({int((truth == 0).sum())})", color="tab:grey")
    ax.hist(scores[truth == 1], bins=edges, alpha=0.7, label=f"gold ({int(truth.sum())})", color="tab:orange")
    if result.thresholds is not None and not np.all(np.isnan(result.thresholds)):
        ax.axvline(float(np.nanmedian(result.thresholds)), color="black", linestyle="--", label="median threshold")
    ax.set_yscale("log")
    ax.set_xlabel("classifier probability")
    ax.set_ylabel("label–paragraph pairs")
    ax.set_title(f"Score distributions{f' — {framework}' if framework else ''}")
    ax.legend()
    return ax


def reliability(result: GoalEvaluation, framework: str | None = None, bins: int = 10,
                ax: Axes | None = None) -> Axes:
    """The reliability (calibration) curve: in each probability bin (equal width), the share of pairs that are
    gold against the mean probability; the diagonal is perfect calibration. Uses sklearn's ``calibration_curve``."""
    from sklearn.calibration import calibration_curve

    scores, truth = _scored_pairs(result, framework)
    ax = _axes(ax, (5, 5))
    ax.plot([0, 1], [0, 1], linestyle=":", color="grey", label="perfectly calibrated")
    if truth.size and 0 < truth.sum() < truth.size:
        observed, predicted = calibration_curve(truth, scores, n_bins=bins, strategy="uniform")
        ax.plot(predicted, observed, marker="o", label=f"classifier ({truth.size} pairs)")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("mean predicted probability")
    ax.set_ylabel("share of gold labels")
    ax.set_title(f"Reliability{f' — {framework}' if framework else ''}")
    ax.legend(loc="upper left")
    return ax


def cooccurrence(result: GoalEvaluation, which: str = "gold", ax: Axes | None = None) -> Axes:
    """A heatmap of how many paragraphs carry each pair of goals (SDG and GCM together), gold or predicted;
    each goal's own paragraph count is in its tick label (the diagonal is left grey)."""
    frame = result.cooccurrence(which)
    ax = _axes(ax, (10, 9))
    values: Any = frame.to_numpy()
    labels = [f"{label} ({values[index, index]})" for index, label in enumerate(frame.index)]
    return _heatmap(ax, values, labels, f"Goals in the same paragraph ({which})", "paragraphs")
