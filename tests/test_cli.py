"""The `arn` command line: JSON Lines out, one record per input, clear one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from arabic_release_nlp import __version__
from arabic_release_nlp.cli import app
from arabic_release_nlp.schema import release_schema

REPO = Path(__file__).resolve().parents[1]
RELEASE = "خبر صحفي: افتتاح مدرسة\n\nعمّان - افتتحت الوزارة مدرسة جديدة.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(RELEASE, encoding="utf-8")
    html = tmp_path / "page.html"
    html.write_text("<h1>خبر صحفي: عنوان</h1><p>القاهرة - فقرة.</p>", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    big = tmp_path / "big.txt"
    big.write_text("نص " * 400, encoding="utf-8")
    return {"good": good, "html": html, "empty": empty, "binary": binary, "big": big, "dir": tmp_path,
            "missing": tmp_path / "missing.txt"}


def records(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_analyze_prints_one_valid_record_per_file_in_order(runner, files):
    result = runner.invoke(app, ["analyze", str(files["good"]), str(files["html"])])
    assert result.exit_code == 0, result.output
    first, second = records(result.stdout)
    for record in (first, second):
        jsonschema.validate(record, release_schema())
    assert first["id"] == str(files["good"]) and first["headline"]["text"] == "خبر صحفي: افتتاح مدرسة"
    assert second["headline"]["text"] == "خبر صحفي: عنوان"


def test_pretty_output_is_indented_json(runner, files):
    result = runner.invoke(app, ["analyze", "--pretty", str(files["good"])])
    assert result.stdout.startswith("{\n  ")
    assert json.loads(result.stdout)["dateline"]["place"]["text"] == "عمّان"


def test_stdin_is_read_with_dash(runner):
    result = runner.invoke(app, ["analyze", "-"], input=RELEASE.encode())
    assert result.exit_code == 0
    assert records(result.stdout)[0]["id"] == "stdin"


@pytest.mark.parametrize("name, code, words", [
    ("missing", "ARN001", "no such file"),
    ("dir", "ARN002", "is a directory"),
    ("empty", "ARN003", "the file is empty"),
    ("binary", "ARN004", "binary file"),
])
def test_bad_input_gives_one_line_error_and_nonzero_exit(runner, files, name, code, words):
    result = runner.invoke(app, ["analyze", str(files[name])])
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert message.count("\n") == 0 and "Traceback" not in result.output
    assert message.startswith(f"arn: {code} {files[name]}: ") and words in message
    assert records(result.stdout)[0]["errors"] == [message.removeprefix("arn: ")]


def test_size_limit_is_configurable(runner, files):
    refused = runner.invoke(app, ["analyze", "--max-size", "1kB", str(files["big"])])
    assert refused.exit_code == 1 and "ARN005" in refused.stderr and "over the size limit of 1,024 bytes" in refused.stderr
    assert runner.invoke(app, ["analyze", "--max-size", "1MB", str(files["big"])]).exit_code == 0
    bad = runner.invoke(app, ["analyze", "--max-size", "lots", str(files["big"])])
    assert bad.exit_code == 2 and "ARN008" in bad.stderr


def test_the_kind_of_text_is_checked_before_any_file_is_read(runner, files):
    result = runner.invoke(app, ["analyze", "--domain", "tweets", str(files["good"])])
    assert result.exit_code == 2 and result.stderr.strip() == "arn: --domain must be one of release, news"
    assert records(runner.invoke(app, ["analyze", "--domain", "news", str(files["good"])]).stdout)[0]["paragraphs"]


def test_good_files_are_still_analysed_when_others_fail(runner, files):
    result = runner.invoke(app, ["analyze", str(files["missing"]), str(files["good"]), str(files["empty"])])
    assert result.exit_code == 1
    out = records(result.stdout)
    assert [bool(r["errors"]) for r in out] == [True, False, True]
    assert out[1]["paragraphs"] and len(result.stderr.strip().splitlines()) == 2
    for record in out:
        jsonschema.validate(record, release_schema())


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"arabic_release_nlp {__version__}"


def test_python_dash_m_runs_the_same_cli(files):
    result = subprocess.run([sys.executable, "-m", "arabic_release_nlp", "analyze", str(files["good"]), str(files["missing"])],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert [bool(r["errors"]) for r in records(result.stdout)] == [False, True]


def test_corpus_stats_and_check_commands(runner):
    stats = runner.invoke(app, ["corpus", "stats"])
    assert stats.exit_code == 0
    assert "ok  paragraphs per GCM objective" in stats.stdout and "LOW" not in stats.stdout
    as_json = json.loads(runner.invoke(app, ["corpus", "stats", "--json"]).stdout)
    assert as_json["releases"] >= 320 and set(as_json["SDG"]) == {str(n) for n in range(1, 18)}
    check = runner.invoke(app, ["corpus", "check"])
    assert check.exit_code == 0 and check.stdout.strip().endswith("0 problems")


def test_corpus_commands_explain_a_missing_file(runner, tmp_path):
    result = runner.invoke(app, ["corpus", "stats", "--corpus", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "no corpus file" in result.stderr


def test_evaluate_entities_needs_a_data_set(runner):
    result = runner.invoke(app, ["evaluate", "entities"])
    assert result.exit_code == 2 and "give exactly one of --conll PATH or --corpus PATH" in result.stderr


def test_evaluate_entities_on_a_conll_file(runner, tmp_path):
    conll = tmp_path / "tiny.txt"
    conll.write_text("قدم O\nالاتحاد B-ORG\nالأوروبي I-ORG\nمنحة O\nإلى O\nالأردن B-LOC\n. O\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "entities", "--conll", str(conll)])
    assert result.exit_code == 0, result.output
    assert "micro" in result.stdout and "words/s" in result.stdout
