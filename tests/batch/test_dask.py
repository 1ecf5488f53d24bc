"""The Dask engine: the same shard function on a LocalCluster; output, errors and resume as with the local engine."""

from __future__ import annotations

import json
import sys

import pytest

from arabic_release_nlp.batch import tag_archive
from arabic_release_nlp.errors import MissingExtraError

pytestmark = pytest.mark.usefixtures("shared_pipeline")


def lines(folder):
    return sorted(line for path in folder.glob("shard-*.jsonl")
                  for line in path.read_text(encoding="utf-8").splitlines())


def test_the_dask_engine_matches_the_local_engine_and_resumes_the_same_way(tree, tmp_path):
    distributed = pytest.importorskip("distributed")
    root, ids = tree
    (root / "empty.txt").write_text("")
    options = dict(format="jsonl", shard_size=4, progress=False)
    local = tag_archive([root], tmp_path / "local", workers=0, **options)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        on_dask = tag_archive([root], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, **options)
        assert (on_dask.ok, on_dask.failed, on_dask.shards, on_dask.exit_code) == (12, 1, 4, 1)
        pids = {json.loads(path.read_text())["worker"]["pid"]
                for path in (on_dask.output_root / "manifests").glob("*.json")}
        assert len(pids) <= 2
        for folder in ("results", "errors"):
            assert lines(on_dask.output_root / folder) == lines(local.output_root / folder)
        (on_dask.output_root / "manifests" / "shard-000002.json").unlink()
        again = tag_archive([root], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, **options)
        assert (again.shards_resumed, again.processed) == (3, 4)
    # Shards finished on Dask count as finished for the local engine: one fingerprint, one shard function.
    assert tag_archive([root], tmp_path / "dask", workers=0, **options).shards_resumed == 4


def test_without_distributed_the_error_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'arabic_release_nlp\[dask\]'"):
        tag_archive([tmp_path], tmp_path / "out", engine="dask", format="jsonl", progress=False)
