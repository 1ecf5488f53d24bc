"""`arn tag` as a command with two worker processes, killed mid-run and resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from .conftest import write_tree

REPO = Path(__file__).resolve().parents[2]


def arn_tag(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "arabic_release_nlp", "tag", *map(str, arguments)]


def all_output(root: Path) -> tuple[list[dict], list[dict]]:
    """Every record in the visible result and error files (hidden temporary files are not part of the output)."""
    def read(folder):
        return [json.loads(line) for path in sorted(folder.glob("shard-*.jsonl"))
                for line in path.read_text(encoding="utf-8").splitlines()]
    return read(root / "results"), read(root / "errors")


def version_root(out: Path) -> Path:
    (root,) = [path for path in out.iterdir() if path.is_dir()]
    return root


def test_a_run_killed_mid_way_resumes_and_every_document_appears_exactly_once(tmp_path):
    ids = write_tree(tmp_path / "tree", 2400, sentences=1)
    bad = [f"part1/bad-{n}.txt" for n in range(5)]  # errors cross from the workers too
    for name in bad:
        (tmp_path / "tree" / name).write_bytes(b"\x00\x01 binary" if name.endswith("0.txt") else b"")
    out = tmp_path / "out"
    command = arn_tag(tmp_path / "tree", "--out", out, "--workers", 2, "--shard-size", 40, "--format", "jsonl")
    total = 61
    with open(tmp_path / "first.log", "w") as log:
        first = subprocess.Popen(command, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        finished = 0
        while first.poll() is None:
            manifests = out.glob("*/manifests/shard-*.json")
            finished = sum(1 for _ in manifests)
            if 5 <= finished < total:
                os.killpg(first.pid, signal.SIGKILL)  # the command and its workers, at once
                break
            time.sleep(0.02)
        first.wait(30)
    assert first.returncode == -signal.SIGKILL, (tmp_path / "first.log").read_text()
    killed_root = version_root(out)
    assert 5 <= finished < total
    results, _ = all_output(killed_root)  # what a reader sees after the kill: only complete files
    assert len(results) <= len(ids) and all(record["schema"] == "arabic-release-nlp/1" for record in results)

    second = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert second.returncode == 1, second.stderr  # 1: the five bad files
    run = json.loads((killed_root / "run.json").read_text())
    assert 5 <= run["shards_resumed"] < total and run["shards"] == total
    results, errors = all_output(killed_root)
    assert sorted(error["id"] for error in errors) == sorted(bad)
    counts = Counter(record["id"] for record in results + errors)
    assert sorted(counts) == sorted(ids + bad) and set(counts.values()) == {1}
    assert not [path for path in killed_root.rglob(".*") if path.is_file()]  # no temporary file or lock left


def blas_threads_in_this_process() -> tuple[dict[str, str | None], list[int]]:
    import numpy  # noqa: F401  (loads the BLAS library)
    from threadpoolctl import threadpool_info

    from arabic_release_nlp.batch.tagging import BLAS_THREAD_VARIABLES

    variables = {name: os.environ.get(name) for name in BLAS_THREAD_VARIABLES}
    return variables, [library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"]


def test_worker_processes_run_one_blas_thread_and_leave_this_process_alone():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from arabic_release_nlp.batch import runner

    before = dict(os.environ)
    context = multiprocessing.get_context("spawn")
    with runner._one_blas_thread_environment():
        pool = ProcessPoolExecutor(1, mp_context=context, initializer=runner._start_worker,
                                   initargs=(context.Queue(),))
        future = pool.submit(blas_threads_in_this_process)
    with pool:
        variables, threads = future.result(timeout=60)
    assert set(variables.values()) == {"1"} and set(threads) <= {1}
    assert dict(os.environ) == before


def scikit_learn_and_parquet(path: str) -> tuple[bool, bool, int]:
    """In a worker: whether scikit-learn and pandas are loaded, and the rows of a Parquet file written there."""
    import sys

    import pyarrow.parquet as pq

    import arabic_release_nlp as arn
    from arabic_release_nlp.batch.writers import write_parquet

    loaded = ("sklearn" in sys.modules, "pandas" in sys.modules)
    release = arn.load(components=["arn_structure"])("القاهرة - افتتحت الوزارة مدرسة.", id="d").to_dict()
    write_parquet(path, [release])
    return (*loaded, pq.read_table(path).num_rows)


def test_worker_processes_load_scikit_learn_without_pandas_and_still_write_parquet(tmp_path):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import pytest

    pytest.importorskip("pyarrow")
    from arabic_release_nlp.batch import runner

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=runner._start_worker,
                             initargs=(context.Queue(),)) as pool:
        future = pool.submit(scikit_learn_and_parquet, str(tmp_path / "r.parquet"))
        result = future.result(timeout=60)
    assert result == (True, False, 1)
