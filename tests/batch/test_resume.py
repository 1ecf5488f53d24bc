"""Resuming: finished shards are skipped, unfinished or changed ones redone; each model version has its own root."""

from __future__ import annotations

import io
import json

import pytest

from arabic_release_nlp.batch import model_version, tag_archive, tag_shard
from arabic_release_nlp.batch import version as version_module
from arabic_release_nlp.batch.inputs import find_sources
from arabic_release_nlp.batch.progress import Progress
from arabic_release_nlp.batch.shards import plan_shards
from arabic_release_nlp.batch.tagging import TagOptions

from .conftest import release_text

pytestmark = pytest.mark.usefixtures("shared_pipeline")


def run(root, out, **options):
    return tag_archive([root], out, workers=0, format="jsonl", shard_size=5, progress=False, **options)


def stamps(folder):
    return {path.relative_to(folder).as_posix(): path.stat().st_mtime_ns for path in folder.rglob("shard-*")}


def output_ids(summary):
    ids = [json.loads(line)["id"] for path in (summary.output_root / "results").glob("*.jsonl")
           for line in path.read_text(encoding="utf-8").splitlines()]
    return ids + [json.loads(line)["id"] for path in (summary.output_root / "errors").glob("*.jsonl")
                  for line in path.read_text(encoding="utf-8").splitlines()]


def test_rerunning_skips_finished_shards_and_redoes_only_unfinished_ones(tree, tmp_path):
    root, ids = tree
    out = tmp_path / "out"
    first = run(root, out)
    assert (first.shards, first.shards_resumed, first.processed, first.ok) == (3, 0, 12, 12)
    before = stamps(first.output_root)

    again = run(root, out)
    assert (again.shards_resumed, again.processed, again.ok) == (3, 0, 12)
    assert stamps(again.output_root) == before  # nothing rewritten

    (first.output_root / "manifests" / "shard-000001.json").unlink()  # as if killed before its manifest
    resumed = run(root, out)
    assert (resumed.shards_resumed, resumed.processed, resumed.ok) == (2, 5, 12)
    after = stamps(resumed.output_root)
    assert {name for name in after if after[name] != before.get(name)} == {
        "results/shard-000001.jsonl", "errors/shard-000001.jsonl", "manifests/shard-000001.json"}
    assert sorted(output_ids(resumed)) == sorted(ids)


def test_a_changed_input_file_redoes_its_shard(tree, tmp_path):
    root, ids = tree
    out = tmp_path / "out"
    run(root, out)
    (root / ids[-1]).write_text(release_text(99), encoding="utf-8")  # the last file: in the last shard
    summary = run(root, out)
    assert (summary.shards_resumed, summary.processed) == (2, 2)


def test_a_shrunken_archive_leaves_no_output_of_shards_that_no_longer_exist(tree, tmp_path):
    root, ids = tree
    out = tmp_path / "out"
    run(root, out)
    for name in ids[5:]:
        (root / name).unlink()
    summary = run(root, out)
    assert summary.shards == 1 and summary.documents == 5
    assert sorted(p.name for p in (summary.output_root / "results").iterdir()) == ["shard-000000.jsonl"]
    assert sorted(output_ids(summary)) == sorted(ids[:5])


def test_another_model_version_writes_under_its_own_root(tree, tmp_path, monkeypatch):
    root, _ = tree
    out = tmp_path / "out"
    first = run(root, out)
    models = tmp_path / "models"
    (models / "goals").mkdir(parents=True)
    (models / "goals" / "manifest.json").write_text('{"files": {"goal_tagger.skops": "abc"}}')
    monkeypatch.setattr(version_module, "MODELS_DIR", models)
    second = run(root, out)
    assert second.model_version == model_version(models) != first.model_version
    assert second.output_root == out / second.model_version and second.processed == 12
    assert sorted(p.name for p in out.iterdir()) == sorted([first.model_version, second.model_version])
    (models / "goals" / "manifest.json").write_text('{"files": {"goal_tagger.skops": "def"}}')  # retrained
    assert model_version(models) not in (first.model_version, second.model_version)


def test_every_manifest_accounts_for_every_document(tree, tmp_path):
    root, _ = tree
    (root / "empty.txt").write_text("")
    summary = run(root, tmp_path / "out")
    assert summary.exit_code == 1 and (summary.ok, summary.failed) == (12, 1)
    for path in (summary.output_root / "manifests").glob("*.json"):
        manifest = json.loads(path.read_text())
        assert manifest["documents"] == manifest["results"] + manifest["errors"]
        assert manifest["model_version"] == summary.model_version
        assert {"inputs", "options"} <= set(manifest["fingerprint"]) and manifest["started"] <= manifest["finished"]
        for piece in manifest["fingerprint"]["inputs"]:
            assert {"path", "size", "mtime_ns", "start", "stop"} <= set(piece)
    assert json.loads((summary.output_root / "run.json").read_text())["failed"] == 1


class Flaky:
    """A pipeline that fails on one document: the shard records it and goes on."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text, id=None):
        if "رقم 3\n" in text:
            raise RuntimeError("boom")
        return self.nlp(text, id=id)


def test_a_pipeline_exception_becomes_an_error_record(tree, tmp_path, nlp):
    root, _ = tree
    options = TagOptions(out=str(tmp_path / "out"), model_version="test", format="jsonl")
    shard = plan_shards(find_sources([root]), 100)[0]
    manifest = tag_shard(shard.to_dict(), options.to_dict(), nlp=Flaky(nlp))
    assert (manifest["documents"], manifest["results"], manifest["errors"]) == (12, 11, 1)
    error = json.loads((tmp_path / "out" / "test" / "errors" / "shard-000000.jsonl").read_text())
    assert error["code"] == "ARN020"
    assert error["error"] == f"ARN020 {error['id']}: the pipeline failed: RuntimeError: boom"
    assert set(error) == {"id", "source", "code", "error"}


def test_progress_writes_log_lines_when_not_on_a_terminal():
    stream = io.StringIO()
    progress = Progress(total=100, stream=stream, log_every=0)
    progress.advance(40, 2)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("arn tag: 42/100 documents (42%, 2 failed), ") and "documents/s, ETA" in lines[0]
    bar = io.StringIO()
    drawn = Progress(total=10, stream=bar, bar=True)
    drawn.advance(5)
    drawn.close()
    assert bar.getvalue().startswith("\r") and "[###############---------------] 5/10 documents" in bar.getvalue()


def test_bad_options_are_refused(tmp_path):
    with pytest.raises(ValueError):
        tag_archive([tmp_path], tmp_path / "out", format="xml")
    with pytest.raises(ValueError):
        tag_archive([tmp_path], tmp_path / "out", engine="spark")


def test_a_pipeline_that_cannot_load_stops_the_run_with_its_error(tree, tmp_path, monkeypatch):
    from arabic_release_nlp.batch import tagging
    from arabic_release_nlp.errors import ModelNotFoundError

    def broken(ner_domain="release"):
        raise ModelNotFoundError("models/goals", what="goal model manifest", path="models/goals/manifest.json")

    monkeypatch.setattr(tagging, "worker_pipeline", broken)
    with pytest.raises(ModelNotFoundError, match="ARN030"):
        run(tree[0], tmp_path / "out")


def test_errors_survive_the_trip_from_a_worker_process():
    import pickle

    from arabic_release_nlp.errors import InputChangedError

    error = InputChangedError("a.jsonl", what="the file is gone")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InputChangedError and str(copy) == str(error) and copy.details == error.details
