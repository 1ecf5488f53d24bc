"""The Dask engine: the same shard function mapped over a ``dask.distributed`` cluster.

Needs the ``[dask]`` extra. Without a scheduler address it starts a ``LocalCluster`` on this machine (worker
processes, one thread each). On a real cluster every worker needs this package installed and must see the
inputs and the output folder at the same paths (a shared file system): a shard reads its inputs and writes
its own output, so resuming and error records work exactly as with the local engine.
"""

from __future__ import annotations

import uuid
from typing import Any, Callable, Iterator

from arabic_release_nlp.batch.extras import import_extra
from arabic_release_nlp.batch.shards import Shard
from arabic_release_nlp.batch.tagging import BLAS_THREAD_VARIABLES, TagOptions, prepare_worker, tag_shard


def require_distributed() -> Any:
    """The ``distributed`` module, or ARN065 naming the ``[dask]`` extra."""
    return import_extra("distributed", "dask", "the Dask engine")


def tag_shard_task(shard: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """The Dask task: tag one shard on a worker (whose pipeline is loaded once and kept); return its manifest."""
    prepare_worker()
    return tag_shard(shard, options)


def run_on_dask(shards: list[Shard], options: TagOptions, workers: int = 2, scheduler: str | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                ) -> Iterator[tuple[Shard, dict[str, Any] | None, Exception | None]]:
    """Map :func:`tag_shard_task` over the shards on a Dask cluster; yield (shard, manifest or None, exception).

    Args:
        shards: the shards to tag (finished ones already left out).
        options: the run's options, sent to every task as plain data.
        workers: worker processes of the ``LocalCluster`` started when no ``scheduler`` is given.
        scheduler: the address of a running scheduler, e.g. ``tcp://10.0.0.5:8786``.
        on_progress: called with (documents analysed, documents failed) as each shard finishes.

    >>> from arabic_release_nlp.batch.runner import tag_archive
    >>> tag_archive(["archive.jsonl.gz"], "tagged", engine="dask", scheduler="tcp://127.0.0.1:8786")  # doctest: +SKIP
    """
    distributed = require_distributed()
    cluster = None
    if scheduler is None:
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           host="127.0.0.1", dashboard_address=None,
                                           env={name: "1" for name in BLAS_THREAD_VARIABLES})
    client = distributed.Client(cluster if cluster is not None else scheduler)
    try:
        run = uuid.uuid4().hex[:8]  # task keys unique to this run, on a scheduler other runs may share
        futures = client.map(tag_shard_task, [shard.to_dict() for shard in shards], options=options.to_dict(),
                             key=[f"arn-tag-{run}-{shard.name}" for shard in shards], pure=False)
        by_key = {future.key: shard for future, shard in zip(futures, shards)}
        for future in distributed.as_completed(futures):
            shard = by_key[future.key]
            try:
                manifest = future.result()
            except Exception as failure:  # a failed shard stays unfinished; the others go on
                yield shard, None, failure
                continue
            if on_progress is not None:
                on_progress(manifest["results"], manifest["errors"])
            yield shard, manifest, None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
