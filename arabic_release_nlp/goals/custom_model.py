"""Goal taggers trained on your own labelled paragraphs: save one beside our models, load it in the pipeline.

Train a ``GoalTagger`` scikit-learn style on paragraph texts and their labels («SDG 1»…«SDG 17», «GCM 1»…«GCM 23»),
save it with :func:`save_goal_tagger` (skops file, SHA-256 manifest and a generated model card), and load it with
``arn.load(goals=folder)``:

    >>> import tempfile
    >>> import arabic_release_nlp as arn
    >>> from arabic_release_nlp.goals.classifier import GoalTagger
    >>> texts = ["حملة لتطعيم الأطفال ضد الحصبة", "مكافحة الاتجار بالبشر", "تطعيم الأمهات", "ضحايا الاتجار بالبشر"]
    >>> tagger = GoalTagger(features="char", max_char_features=2000).fit(
    ...     texts, [["SDG 3"], ["GCM 10"], ["SDG 3"], ["GCM 10"]])
    >>> folder = save_goal_tagger(tagger, tempfile.mkdtemp() + "/goals-mine", training_data="four sentences")
    >>> nlp = arn.load(components=["arn_structure", "arn_goals"], goals=folder)
    >>> [(g["framework"], g["number"]) for g in nlp("إطلاق حملة لتطعيم الأطفال").paragraphs[0].goals]
    [('SDG', 3)]
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sklearn.utils.validation import check_is_fitted

from arabic_release_nlp.errors import UnknownGoalLabelError
from arabic_release_nlp.goals.classifier import GoalTagger
from arabic_release_nlp.goals.persistence import read_manifest, save_model
from arabic_release_nlp.goals.taxonomy import FRAMEWORKS, load_taxonomy
from arabic_release_nlp.goals.training import environment

if TYPE_CHECKING:
    from arabic_release_nlp.evaluation.goal_evaluation import GoalEvaluation

CARD = "README.md"


def save_goal_tagger(tagger: GoalTagger, folder: str | Path, evaluation: GoalEvaluation | None = None,
                     training_data: str = "", description: str = "") -> Path:
    """Save a fitted tagger to ``folder`` for ``arn.load(goals=folder)``: model, manifest and model card.

    Args:
        tagger: a fitted ``GoalTagger`` whose labels are all SDG or GCM labels (ARN043 otherwise).
        folder: where to write, e.g. ``models/goals-mine`` next to our ``models/goals``.
        evaluation: ``evaluate_goals(held_out_records, model=tagger)``; its figures go into the manifest and
            the card. Without it the card says the model was not evaluated.
        training_data: what it was trained on, in words (for the card).
        description: one line on what the model is for.

    Returns the folder. Its ``README.md`` is generated: do not edit it by hand.
    """
    check_is_fitted(tagger, "classes_")
    folder = Path(folder)
    unknown = sorted(set(tagger.classes_) - set(load_taxonomy().labels))
    if unknown:
        raise UnknownGoalLabelError(str(folder), labels=", ".join(unknown))
    manifest: dict[str, Any] = {
        "command": "arabic_release_nlp.goals.custom_model.save_goal_tagger",
        "description": description, "training_data": training_data,
        "features": tagger.features, "model": tagger.model, "labels": [str(label) for label in tagger.classes_],
        "parameters": json.loads(json.dumps(tagger.get_params(), default=list)),
        "trained": datetime.date.today().isoformat(), "environment": environment(),
    }
    if evaluation is not None:
        manifest["evaluation"] = {"system": evaluation.system, "paragraphs": len(evaluation.paragraphs),
                                  "summary": evaluation.summary}
    save_model(tagger, folder, manifest)
    (folder / CARD).write_text(render_card(read_manifest(folder), evaluation), encoding="utf-8")
    return folder


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows])


def render_card(manifest: dict[str, Any], evaluation: GoalEvaluation | None) -> str:
    """The model card of a saved custom tagger, from its manifest and (optionally) its evaluation."""
    if evaluation is None:
        scores = ("Not evaluated: pass `evaluation=evaluate_goals(held_out_records, model=tagger)` to "
                  "`save_goal_tagger`.")
    else:
        summary = _table(["framework", "micro P", "micro R", "micro F1", "macro F1", "support"],
                         [[framework, *(f"{evaluation.summary[framework][key]:.3f}" for key in
                                        ("micro_precision", "micro_recall", "micro_f1", "macro_f1")),
                           evaluation.summary[framework]["support"]] for framework in FRAMEWORKS])
        rows = [row for row in evaluation.label_rows() if row["support"] or row["predicted"]]
        per_label = _table(["label", "support", "P", "R", "F1"],
                           [[row["label"], row["support"], f"{row['precision']:.2f}", f"{row['recall']:.2f}",
                             f"{row['f1']:.2f}"] for row in rows])
        scores = (f"`{evaluation.system}` on {len(evaluation.paragraphs)} held-out paragraphs (macro averages leave "
                  f"out labels without support):\n\n{summary}\n\n### Per label (labels with support or predictions)\n\n"
                  f"{per_label}")
    order = {label: index for index, label in enumerate(load_taxonomy().labels)}
    labels = sorted(manifest["labels"], key=order.__getitem__)
    return f"""# Goal tagger{f": {manifest['description']}" if manifest.get('description') else ""}

Generated by `save_goal_tagger` (`arabic_release_nlp/goals/custom_model.py`) from the tagger and its evaluation;
do not edit by hand. Load it with `arn.load(goals="<this folder>")`.

## What it is
A `GoalTagger` (`{manifest['features']}` features, `{manifest['model']}` per label) over {len(labels)} labels:
{", ".join(labels)}. Files: `goal_tagger.skops` (skops, loaded with an explicit allow-list of types) and
`manifest.json` (SHA-256 checked at load). In the pipeline, explicit references found by `goals/explicit.py`
still come first.

## Training data
{manifest.get('training_data') or "Not recorded."}

## Evaluation
{scores}

## Versions
{", ".join(f"{k} {v}" for k, v in manifest['environment'].items())}; saved {manifest['trained']}.
"""
