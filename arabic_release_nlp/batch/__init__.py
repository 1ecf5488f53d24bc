"""Batch tagging of news archives: shards, resumable atomic output, worker processes or a Dask cluster.

    >>> import arabic_release_nlp as arn
    >>> summary = arn.tag_archive(["archive.jsonl.gz"], "tagged", workers=2)   # doctest: +SKIP
    >>> summary.ok, summary.failed, summary.throughput                          # doctest: +SKIP

Modules, one job each: ``inputs`` and ``records`` (reading), ``shards`` (planning), ``tagging`` (the shard
function), ``writers`` and ``manifest`` (atomic output, resume), ``parquet_schema``, ``progress``, ``lock``,
``version`` (the model version), ``runner`` (``tag_archive``, the local engine), ``dask_engine``.
Nothing here imports spaCy, numpy, pyarrow or dask until it is used.
"""

from arabic_release_nlp.batch.runner import TagSummary, tag_archive
from arabic_release_nlp.batch.tagging import TagOptions, tag_shard
from arabic_release_nlp.batch.version import model_version

__all__ = ["TagOptions", "TagSummary", "model_version", "tag_archive", "tag_shard"]
