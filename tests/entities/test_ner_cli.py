"""`arn evaluate entities` and the argument checks of `arn train entities` (no training in the tests)."""

import json

from typer.testing import CliRunner

from arabic_release_nlp.cli import app

CONLL = """قال O
وزير O
خارجية O
مصر B-LOC
إن O
الاتحاد B-ORG
الأوروبي I-ORG
سيدعم O
القاهرة B-LOC
. O
"""


def test_evaluate_a_conll_file_prints_exact_and_word_tables(tmp_path):
    path = tmp_path / "tiny.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "entities", "--conll", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["exact"]["micro"]["support"] == 3
    assert scores["words"]["micro"]["support"] == 3
    assert set(scores["exact"]) == {"PER", "ORG", "LOC", "MISC", "micro"}


def test_evaluate_table_names_every_label(tmp_path):
    path = tmp_path / "tiny.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "entities", "--conll", str(path)])
    assert result.exit_code == 0, result.output
    rows = [line.split()[0] for line in result.output.splitlines() if line.split()]
    assert {"PER", "ORG", "LOC", "MISC", "micro"} <= set(rows)


def test_evaluate_needs_exactly_one_source(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["evaluate", "entities"]).exit_code == 2
    assert runner.invoke(app, ["evaluate", "entities", "--conll", str(tmp_path / "missing.txt")]).exit_code == 2


def test_train_checks_its_arguments_before_training(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["train", "entities", "--anercorp", str(tmp_path / "missing.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.output
    path = tmp_path / "tiny.conll"
    path.write_text(CONLL, encoding="utf-8")
    bad_kind = runner.invoke(app, ["train", "entities", "--anercorp", str(path), "--kind", "bert"])
    assert bad_kind.exit_code == 2
