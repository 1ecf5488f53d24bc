"""What goal and entity evaluation results share: summaries, per-label tables, DataFrames, the notebook view.

pandas is optional (the ``[notebook]`` extra): ``summary``, ``to_dict()`` and the notebook view work without it;
the DataFrame properties import it when used and name the extra when it is missing.
"""

from __future__ import annotations

import html
from typing import Any, Sequence

from arabic_release_nlp.evaluation.metrics import LabelScore

SUMMARY_COLUMNS = ("micro_precision", "micro_recall", "micro_f1", "macro_precision", "macro_recall", "macro_f1",
                   "support", "predicted")
LABEL_COLUMNS = ("label", "group", "support", "predicted", "true_positives", "precision", "recall", "f1")


def pandas():
    """The pandas module, or ARN065 naming the ``[notebook]`` extra."""
    from arabic_release_nlp.batch.extras import import_extra

    return import_extra("pandas", "notebook", "evaluation tables (DataFrames)")


def label_row(score: LabelScore, group: str) -> dict[str, Any]:
    """One row of the per-label table, unrounded."""
    return {"label": score.label, "group": group, "support": score.support, "predicted": score.predicted,
            "true_positives": score.true_positives, "precision": score.precision, "recall": score.recall,
            "f1": score.f1}


def _html_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(value: Any) -> str:
        return f"{value:.3f}" if isinstance(value, float) else html.escape(str(value))

    head = "".join(f"<th>{html.escape(name)}</th>" for name in header)
    body = "".join("<tr>" + "".join(f"<td>{cell(value)}</td>" for value in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class LabelledEvaluation:
    """Base of :class:`GoalEvaluation` and :class:`EntityEvaluation`.

    Subclasses provide ``title`` (for display), ``summary`` (``{group: {metric: value}}``), ``label_rows()``
    (dicts with :data:`LABEL_COLUMNS`) and ``error_rows()`` (dicts, one per false positive or negative).
    """

    title = "Evaluation"
    summary: dict[str, dict[str, float]]

    def label_rows(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def error_rows(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    error_columns: tuple[str, ...] = ()

    def summary_frame(self):
        """``summary`` as a DataFrame: one row per group (framework, or ``all`` entity labels)."""
        pd = pandas()
        frame = pd.DataFrame.from_dict(self.summary, orient="index", columns=list(SUMMARY_COLUMNS))
        frame.index.name = "group"
        return frame

    @property
    def per_label(self):
        """A DataFrame, one row per label: label, group, support, predicted, true_positives, precision, recall, f1."""
        return pandas().DataFrame(self.label_rows(), columns=list(LABEL_COLUMNS))

    @property
    def errors(self):
        """A DataFrame of the false positives and false negatives (see ``error_rows``)."""
        return pandas().DataFrame(self.error_rows(), columns=list(self.error_columns))

    def _repr_html_(self) -> str:
        summary = _html_table(["group", "micro P", "micro R", "micro F1", "macro P", "macro R", "macro F1", "support",
                               "predicted"], [[group, *(values[key] for key in SUMMARY_COLUMNS)]
                                              for group, values in self.summary.items()])
        rows = self.label_rows()
        labels = _html_table(["label", "support", "predicted", "P", "R", "F1"],
                             [[r["label"], r["support"], r["predicted"], r["precision"], r["recall"], r["f1"]]
                              for r in rows])
        errors = self.error_rows()
        false_positives = sum(row["error"] == "false positive" for row in errors)
        return (f"<div><p><strong>{html.escape(self.title)}</strong></p>{summary}"
                f"<details><summary>per label ({len(rows)})</summary>{labels}</details>"
                f"<p>{false_positives} false positives, {len(errors) - false_positives} false negatives "
                f"(<code>.errors</code>). Macro averages leave out labels without support.</p></div>")

    def __repr__(self) -> str:
        groups = ", ".join(f"{group} micro-F1 {values['micro_f1']:.3f} macro-F1 {values['macro_f1']:.3f}"
                           for group, values in self.summary.items())
        return f"<{type(self).__name__} {self.title}: {groups}>"
