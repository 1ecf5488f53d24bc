"""`arn evaluate goals` and the goal model card show the numbers of arabic_release_nlp.evaluation, exactly."""

import json

from typer.testing import CliRunner

from arabic_release_nlp.cli import app
from arabic_release_nlp.evaluation import evaluate_goals
from arabic_release_nlp.goals import workflow


def test_cli_json_is_the_notebook_evaluation(small_corpus, tiny_model):
    result = CliRunner().invoke(app, ["evaluate", "goals", "--corpus", str(small_corpus), "--split", "test",
                                      "--model", str(tiny_model), "--format", "json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    for system in ("pipeline", "classifier", "keyword_baseline"):
        notebook = evaluate_goals(small_corpus, split="test", model=tiny_model, system=system)
        assert printed["paragraphs"] == len(notebook.paragraphs)
        for framework in ("SDG", "GCM"):
            assert printed[system][framework]["summary"] == notebook.summary[framework]  # identical floats
            assert printed[system][framework]["per_label"] == notebook.framework_scores[framework]["per_label"]
            # the per-label DataFrame holds the same figures, unrounded
            frame = notebook.per_label[notebook.per_label["group"] == framework]
            for row, (_, unrounded) in zip(printed[system][framework]["per_label"], frame.iterrows()):
                assert row["label"] == unrounded["label"] and row["support"] == unrounded["support"]
                assert all(row[key] == round(unrounded[key], 4) for key in ("precision", "recall", "f1"))


def test_cli_table_prints_the_same_micro_f1(small_corpus, tiny_model):
    result = CliRunner().invoke(app, ["evaluate", "goals", "--corpus", str(small_corpus), "--split", "test",
                                      "--model", str(tiny_model)])
    assert result.exit_code == 0, result.output
    notebook = evaluate_goals(small_corpus, split="test", model=tiny_model)
    pipeline_sdg = next(line for line in result.output.splitlines() if line.startswith("pipeline") and " SDG " in line)
    assert f"{notebook.summary['SDG']['micro_f1']:.3f}" in pipeline_sdg
    assert f"{notebook.summary['SDG']['macro_f1']:.3f}" in pipeline_sdg


REPORT = {"variants": [{"variant": {"features": "char", "model": "logistic"}, "train_seconds": 1.0,
                        "dev_micro_f1": 0.5, "dev": {f: {"micro_f1": 0.5, "macro_f1": 0.4} for f in ("SDG", "GCM")},
                        "dev_classifier_only": {"SDG": {"micro_f1": 0.5}}}],
          "train_paragraphs": 1, "dev_paragraphs": 1, "weak_examples": 0, "seed": 0,
          "final": {"releases": 24, "folds": 4}}


def _train_without_training(small_corpus, tiny_tagger, out, monkeypatch):
    """`arn train goals` without the training: a fixed tagger and report, so the card's test figures can be checked."""
    monkeypatch.setattr(workflow, "train_goals", lambda *args, **kwargs: (tiny_tagger, REPORT))
    return workflow.train_and_save(small_corpus, out, log=lambda line: None)


def test_the_model_card_is_rendered_from_the_evaluation(small_corpus, tiny_tagger, tmp_path, monkeypatch):
    out = tmp_path / "goals"
    evaluation = _train_without_training(small_corpus, tiny_tagger, out, monkeypatch)
    card = (out / "README.md").read_text(encoding="utf-8")
    for system in ("pipeline", "classifier", "keyword_baseline"):
        notebook = evaluate_goals(small_corpus, split="test", model=tiny_tagger, system=system)
        assert evaluation[system] == notebook.framework_scores
        for framework in ("SDG", "GCM"):
            s = notebook.summary[framework]
            assert (f"| {system} | {framework} | {s['micro_precision']:.3f} | {s['micro_recall']:.3f} | "
                    f"{s['micro_f1']:.3f} | {s['macro_f1']:.3f} |") in card


def test_cli_refuses_a_second_annotation_it_cannot_read(small_corpus, tiny_model, tmp_path):
    missing = tmp_path / "none.jsonl"
    result = CliRunner().invoke(app, ["evaluate", "goals", "--corpus", str(small_corpus), "--split", "test",
                                      "--model", str(tiny_model), "--second-annotation", str(missing)])
    assert result.exit_code == 2
    assert "none.jsonl" in result.output and "Traceback" not in result.output


def test_the_card_is_written_again_from_the_stored_training_report(small_corpus, tiny_tagger, tmp_path, monkeypatch):
    out = tmp_path / "goals"
    _train_without_training(small_corpus, tiny_tagger, out, monkeypatch)
    assert json.loads((out / workflow.REPORT_FILE).read_text(encoding="utf-8")) == REPORT
    first = (out / "README.md").read_text(encoding="utf-8")
    (out / "README.md").write_text("stale", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "goals", "--corpus", str(small_corpus), "--model", str(out), "--write-card"])
    assert result.exit_code == 0, result.output
    assert (out / "README.md").read_text(encoding="utf-8") == first


def test_write_card_needs_the_training_report_and_the_test_split(small_corpus, tiny_model):
    result = CliRunner().invoke(app, ["evaluate", "goals", "--corpus", str(small_corpus), "--model", str(tiny_model),
                                      "--write-card"])
    assert result.exit_code == 2
    assert "goal training report" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(app, ["evaluate", "goals", "--corpus", str(small_corpus), "--split", "dev",
                                      "--model", str(tiny_model), "--write-card"])
    assert result.exit_code == 2 and "test split" in result.output
