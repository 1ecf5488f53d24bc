"""`arn tag`: a thin command over `tag_archive`, with exit codes 0 (all ok), 1 (some failed), 2 (cannot start)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

import arabic_release_nlp as arn
from arabic_release_nlp.cli import app

pytestmark = pytest.mark.usefixtures("shared_pipeline")


@pytest.fixture
def runner():
    return CliRunner()


def test_tag_a_folder_prints_a_summary_and_exits_0(runner, tree, tmp_path):
    root, ids = tree
    result = runner.invoke(app, ["tag", str(root), "--out", str(tmp_path / "out"), "--workers", "0",
                                 "--format", "jsonl", "--shard-size", "5"])
    assert result.exit_code == 0, result.output
    assert f"{len(ids)} documents ok, 0 failed" in result.stderr
    assert "documents/s" in result.stderr and result.stdout == ""
    assert len(list((tmp_path / "out" / arn.batch.model_version() / "results").glob("*.jsonl"))) == 3


def test_the_kind_of_text_is_part_of_each_shards_fingerprint(runner, tree, tmp_path):
    root, ids = tree
    out = tmp_path / "out"
    first = arn.tag_archive([root], out, workers=0, progress=False, format="jsonl", shard_size=5)
    again = arn.tag_archive([root], out, workers=0, progress=False, format="jsonl", shard_size=5)
    assert first.shards == again.shards_resumed == 3
    result = runner.invoke(app, ["tag", str(root), "--out", str(out), "--workers", "0", "--format", "jsonl",
                                 "--shard-size", "5", "--domain", "news", "--quiet"])
    assert result.exit_code == 0 and f"{len(ids)} documents ok, 0 failed" in result.stderr
    manifests = list((out / arn.batch.model_version() / "manifests").glob("*.json"))
    assert len(manifests) == 3 and all('"ner_domain": "news"' in path.read_text() for path in manifests)


def test_a_failed_document_gives_exit_code_1(runner, tree, tmp_path):
    root, _ = tree
    (root / "empty.txt").write_text("")
    result = runner.invoke(app, ["tag", str(root), "--out", str(tmp_path / "out"), "--workers", "0",
                                 "--format", "jsonl", "--quiet"])
    assert result.exit_code == 1 and "12 documents ok, 1 failed" in result.stderr and "errors in" in result.stderr


@pytest.mark.parametrize("arguments, message", [
    (["--max-size", "lots"], "ARN008"),
    (["--format", "xml"], "format must be one of"),
    (["--engine", "spark"], "engine must be one of"),
    (["--domain", "tweets", "--format", "jsonl"], "ner_domain must be one of ('release', 'news')"),
])
def test_bad_options_exit_2_with_one_line(runner, tree, tmp_path, arguments, message):
    root, _ = tree
    result = runner.invoke(app, ["tag", str(root), "--out", str(tmp_path / "out"), *arguments])
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.output


def test_missing_and_unsupported_inputs_exit_2(runner, tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    missing = runner.invoke(app, ["tag", str(tmp_path / "none"), "--out", str(tmp_path / "out"), "--format", "jsonl"])
    assert missing.exit_code == 2 and missing.stderr.startswith("arn: ARN001 ")
    other = runner.invoke(app, ["tag", str(tmp_path / "x.pdf"), "--out", str(tmp_path / "out"), "--format", "jsonl"])
    assert other.exit_code == 2 and other.stderr.startswith("arn: ARN063 ")


def test_parquet_without_the_extra_names_it(runner, tree, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    root, _ = tree
    result = runner.invoke(app, ["tag", str(root), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == ("arn: ARN065 Parquet input and output: needs pyarrow, which is not installed: "
                                     "pip install 'arabic_release_nlp[parquet]'")


def test_the_library_api_is_exported_lazily_and_imports_nothing_heavy():
    assert arn.tag_archive is arn.batch.runner.tag_archive and arn.tag_shard is arn.batch.tagging.tag_shard
    code = ("import sys, arabic_release_nlp as arn; arn.tag_archive; arn.tag_shard; "
            "print(sorted(m for m in ('numpy', 'spacy', 'pyarrow', 'pandas', 'dask') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"
