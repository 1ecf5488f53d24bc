"""The train and evaluate commands for goals: glue between the corpus, the trainer, the model files and the card."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any, Callable

from arabic_release_nlp.corpus import DEFAULT_CORPUS, SECOND_GOAL_ANNOTATION
from arabic_release_nlp.evaluation.goal_evaluation import compare_goal_systems, reported_systems, systems_report
from arabic_release_nlp.goals.model_card import render_model_card
from arabic_release_nlp.errors import ModelNotFoundError
from arabic_release_nlp.goals.persistence import read_manifest, save_model
from arabic_release_nlp.goals.predictor import GoalPredictor
from arabic_release_nlp.goals.taxonomy import load_taxonomy
from arabic_release_nlp.goals.training import environment, train_goals

# The training report (variants compared on dev, data sizes, seed) is kept beside the model, so that the card can be
# written again when the pipeline around the model changes (`arn evaluate goals --write-card`) without retraining.
REPORT_FILE = "training_report.json"


def _shown(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when it lies inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def train_and_save(corpus: Path, out: Path, seed: int = 0, log: Callable[[str], Any] = print) -> dict[str, Any]:
    """Train all variants, keep the best on dev, save it to ``out``, evaluate it on test and write the card."""
    taxonomy = load_taxonomy()
    tagger, report = train_goals(corpus, seed=seed, taxonomy=taxonomy, log=log)
    manifest = {
        "command": f"arn train goals --corpus {_shown(corpus)} --out {_shown(out)} --seed {seed}",
        "features": tagger.features, "model": tagger.model,
        "context_weight": tagger.context_weight,
        "layout_weight": tagger.layout_weight, "vector_weight": tagger.vector_weight, "labels": list(tagger.classes_),
        "trained": datetime.date.today().isoformat(), "environment": environment(),
    }
    save_model(tagger, out, manifest)
    (out / REPORT_FILE).write_text(json.dumps(report, ensure_ascii=False, indent=2, default=float) + "\n", encoding="utf-8")
    evaluation = _write_card(out, report, corpus, GoalPredictor(tagger, taxonomy))
    log(f"model, manifest, training report and card written to {out}")
    log(format_evaluation(evaluation))
    return evaluation


def rewrite_card(model_dir: Path, corpus: Path) -> dict[str, Any]:
    """Write the card of a saved model again from its training report and a new evaluation on the test split."""
    path = Path(model_dir) / REPORT_FILE
    if not path.is_file():
        raise ModelNotFoundError(str(model_dir), what="goal training report", path=str(path))
    return _write_card(Path(model_dir), json.loads(path.read_text(encoding="utf-8")), corpus, Path(model_dir))


def _write_card(out: Path, report: dict[str, Any], corpus: Path, model: Any) -> dict[str, Any]:
    # The card's figures come from arabic_release_nlp.evaluation, as those of `arn evaluate goals` and notebooks.
    # The second annotation covers our corpus's test split: beside its scores, the card shows how far two annotators agree.
    second = SECOND_GOAL_ANNOTATION if Path(corpus).resolve() == DEFAULT_CORPUS.resolve() else None
    evaluation = systems_report(compare_goal_systems(corpus, split="test", model=model, second_annotation=second))
    (out / "README.md").write_text(render_model_card(read_manifest(out), report, evaluation), encoding="utf-8")
    return evaluation


def evaluate_saved(corpus: Path, split: str = "test", model: Path | None = None,
                   second_annotation: Path | None = None) -> dict[str, Any]:
    """Scores of a saved goal model on one split of a corpus: ``arabic_release_nlp.evaluation.evaluate_goals`` of
    the pipeline, the classifier alone and the keyword baseline (the numbers a notebook gets), and of another
    annotator's labels when ``second_annotation`` is given."""
    return systems_report(compare_goal_systems(corpus, split=split, model=model, second_annotation=second_annotation))


def format_evaluation(result: dict[str, Any]) -> str:
    """A plain-text table: micro/macro per framework for each system, then per-label rows for the pipeline."""
    lines = [f"{result['paragraphs']} paragraphs", "",
             f"{'system':18} {'framework':9} {'micro P':>8} {'micro R':>8} {'micro F1':>9} {'macro F1':>9}"]
    for system in reported_systems(result):
        for framework in ("SDG", "GCM"):
            s = result[system][framework]["summary"]
            lines.append(f"{system:18} {framework:9} {s['micro_precision']:>8.3f} {s['micro_recall']:>8.3f} "
                         f"{s['micro_f1']:>9.3f} {s['macro_f1']:>9.3f}")
    lines += ["", f"{'label':8} {'support':>7} {'P':>6} {'R':>6} {'F1':>6}   (pipeline)"]
    for framework in ("SDG", "GCM"):
        for row in result["pipeline"][framework]["per_label"]:
            lines.append(f"{row['label']:8} {row['support']:>7} {row['precision']:>6.2f} {row['recall']:>6.2f} {row['f1']:>6.2f}")
    return "\n".join(lines)
