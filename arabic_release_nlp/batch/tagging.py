"""The shard function every engine runs: tag one shard, write its results, errors and manifest.

It takes and returns plain data (dicts of str, int, list), so any engine can call it: the local process
pool, Dask, or your own. Each worker process loads the pipeline once and keeps it.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import socket
import sys
import threading
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from arabic_release_nlp.batch.manifest import (
    MANIFEST_FORMAT,
    OutputLayout,
    fingerprint_digest,
    finished_manifest,
    shard_fingerprint,
    write_manifest,
)
from arabic_release_nlp.batch.shards import Shard, iter_shard_documents
from arabic_release_nlp.batch.writers import write_jsonl, write_parquet
from arabic_release_nlp.documents import DEFAULT_MAX_SIZE
from arabic_release_nlp.errors import ArnError, PipelineFailedError

FORMATS = ("parquet", "jsonl")
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PROGRESS_EVERY = 0.25  # seconds between progress reports from a worker
# A worker whose memory has grown by RELOAD_GROWTH_MB since its pipeline was loaded, after RELOAD_AFTER_DOCUMENTS
# documents, drops the pipeline and loads a fresh one for its next shard: a safety net for component caches that
# grow with every new word. Growth, not size, decides: the memory a dropped pipeline frees is reused by the next
# one rather than returned to the system, so a size rule would reload after every shard. Reloading costs a second
# or two, far less than a new process; the document count keeps it rare.
RELOAD_GROWTH_MB = 200.0
RELOAD_AFTER_DOCUMENTS = 1000


@dataclass(frozen=True)
class TagOptions:
    """What a batch run does with every shard; part of each shard's fingerprint (except ``out``).

    Attributes:
        out: the output folder given by the user; results go to ``out/<model_version>/``.
        model_version: from :func:`arabic_release_nlp.batch.version.model_version`, computed once per run.
        format: ``parquet`` or ``jsonl`` (results; errors are always JSON Lines).
        text_field, id_field: the fields of JSONL, CSV and Parquet records that hold the text and the id.
        max_size: documents larger than this many bytes are error records (ARN005).
        ner_domain: the kind of text, for the entity model: ``release`` or ``news`` (``arn_ner``).
    """

    out: str
    model_version: str
    format: str = "parquet"
    text_field: str = "text"
    id_field: str | None = "id"
    max_size: int = DEFAULT_MAX_SIZE
    ner_domain: str = "release"

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {self.format!r}")
        from arabic_release_nlp.entities.ner_component import DOMAINS  # here: importing this module stays light

        if self.ner_domain not in DOMAINS:
            raise ValueError(f"ner_domain must be one of {DOMAINS}, got {self.ner_domain!r}")

    @property
    def layout(self) -> OutputLayout:
        return OutputLayout(Path(self.out), self.model_version)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TagOptions:
        return cls(**data)

    def fingerprint_options(self) -> dict[str, Any]:
        return {key: value for key, value in self.to_dict().items() if key != "out"}


_local = threading.local()


def worker_pipeline(ner_domain: str = "release") -> Any:
    """This thread's pipeline, loaded on first use and kept (renewed only when it grows: ``RELOAD_GROWTH_MB``, or
    when a shard asks for another kind of text)."""
    if getattr(_local, "nlp", None) is None or (not _local.given and _local.ner_domain != ner_domain):
        from arabic_release_nlp.pipeline import load

        _local.nlp, _local.given, _local.documents = load(ner_domain=ner_domain), False, 0
        _local.ner_domain, _local.loaded_mb = ner_domain, memory_mb()
    return _local.nlp


def _count_worker_documents(documents: int) -> None:
    """After a shard tagged with this thread's own pipeline: drop the pipeline if it has grown large."""
    _local.documents = getattr(_local, "documents", 0) + documents
    if _local.documents >= RELOAD_AFTER_DOCUMENTS and memory_mb() - _local.loaded_mb > RELOAD_GROWTH_MB:
        _local.nlp = None  # the next shard loads a fresh one
        gc.collect()


def use_pipeline(nlp: Any) -> None:
    """Make shards tagged in this thread use ``nlp``, a pipeline already loaded (``workers=0`` runs, tests), as it
    is: a shard's ``ner_domain`` does not change it."""
    _local.nlp = nlp
    _local.given = nlp is not None  # never dropped for memory: the caller holds it


def pin_blas_threads() -> None:
    """One BLAS/OpenMP thread in this process: workers run side by side, one per core.

    The variables take effect for libraries loaded after this call; ``threadpoolctl`` limits those already loaded.
    """
    for name in BLAS_THREAD_VARIABLES:
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1)


def prepare_worker() -> None:
    """Set up a worker process (local or Dask) before its first shard: one BLAS thread, scikit-learn without pandas."""
    pin_blas_threads()
    _import_sklearn_without_pandas()


def _import_sklearn_without_pandas() -> None:
    """Import scikit-learn (the goal model needs it) while pandas looks missing, then let pandas be imported again.

    scikit-learn imports pandas whenever it is installed (the [parquet] and [dask] extras install it): about
    70 MB and a second of start-up in every worker, for features the goal model never uses. pyarrow still
    imports pandas when it needs it (writing Parquet), since only this import is affected.
    """
    if "pandas" in sys.modules:
        return
    sys.modules["pandas"] = None  # type: ignore[assignment]  # `import pandas` raises ImportError
    try:
        import sklearn.base  # noqa: F401
    except ImportError:
        pass
    finally:
        del sys.modules["pandas"]


def peak_memory_mb() -> float:
    """This process's peak resident memory (RSS) in MB, from ``getrusage`` (kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_mb() -> float:
    """This process's resident memory now, in MB (``/proc/self/statm``; the peak where that is absent)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_memory_mb()
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def error_record(document_id: str, source: str, error: ArnError) -> dict[str, str]:
    """The line of ``errors/shard-*.jsonl`` for a document that could not be analysed."""
    return {"id": document_id, "source": source, "code": error.code, "error": str(error)}


def tag_shard(shard: Shard | dict[str, Any], options: TagOptions | dict[str, Any], *, nlp: Any = None,
              on_progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Tag one shard and write its results, its errors and, last, its manifest; return the manifest.

    A shard already finished with the same fingerprint is not redone: its manifest is returned as it is.
    Bad documents become error records and the shard goes on.

    Args:
        shard: a :class:`~arabic_release_nlp.batch.shards.Shard` or its ``to_dict()``.
        options: a :class:`TagOptions` or its ``to_dict()``.
        nlp: the pipeline to use (default: this worker's, loaded once).
        on_progress: called with (documents analysed, documents failed) since the last call, now and then.

    >>> import tempfile, pathlib
    >>> from arabic_release_nlp.batch.inputs import find_sources
    >>> from arabic_release_nlp.batch.shards import plan_shards
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (root / "a.txt").write_text("القاهرة - افتتحت الوزارة مدرسة."); _ = (root / "b.txt").write_text("")
    >>> options = TagOptions(out=str(root / "out"), model_version="test", format="jsonl")
    >>> manifest = tag_shard(plan_shards(find_sources([root / "a.txt", root / "b.txt"]))[0], options)
    >>> manifest["documents"], manifest["results"], manifest["errors"]
    (2, 1, 1)
    """
    shard = Shard.from_dict(shard) if isinstance(shard, dict) else shard
    options = TagOptions.from_dict(options) if isinstance(options, dict) else options
    layout = options.layout
    fingerprint = shard_fingerprint(shard, options.fingerprint_options())
    done = finished_manifest(layout, shard, fingerprint, options.format)
    if done is not None:
        return done
    layout.create()
    own_pipeline = nlp is None
    nlp = nlp if nlp is not None else worker_pipeline(options.ner_domain)
    started, clock, cpu = _now(), time.perf_counter(), time.process_time()
    results: list[Any] = []
    errors: list[dict[str, str]] = []
    documents = words = 0
    reported = [0, 0]
    last_report = time.monotonic()
    for document in iter_shard_documents(shard, options.text_field, options.id_field, options.max_size):
        documents += 1
        error = document.error
        if error is None:
            # The zone frees the strings each document adds to the vocabulary: a worker's memory stays flat.
            with _memory_zone(nlp):
                try:
                    release = nlp(document.text, id=document.id)
                except Exception as failure:  # a batch never loses a document: record it and go on
                    error = PipelineFailedError(document.id, reason=f"{type(failure).__name__}: {failure}")
                else:
                    release.warnings.extend(document.warnings)
                    results.append(release.to_json() if options.format == "jsonl" else release.to_dict())
                    words += len(document.text.split())
                    del release  # its Doc must not outlive the zone
        if error is not None:
            errors.append(error_record(document.id, document.source, error))
        if on_progress is not None and time.monotonic() - last_report >= PROGRESS_EVERY:
            on_progress(len(results) - reported[0], len(errors) - reported[1])
            reported, last_report = [len(results), len(errors)], time.monotonic()
    if options.format == "jsonl":
        write_jsonl(layout.result_path(shard.name, "jsonl"), results)
    else:
        write_parquet(layout.result_path(shard.name, "parquet"), results)
    write_jsonl(layout.error_path(shard.name), (json.dumps(e, ensure_ascii=False) for e in errors))
    manifest = {
        "format": MANIFEST_FORMAT,
        "shard": shard.name,
        "fingerprint": fingerprint,
        "fingerprint_sha256": fingerprint_digest(fingerprint),
        "model_version": options.model_version,
        "documents": documents,
        "results": len(results),
        "errors": len(errors),
        "words": words,
        "error_codes": _count_codes(errors),
        "output": {"results": f"results/{shard.name}.{options.format}", "errors": f"errors/{shard.name}.jsonl"},
        "started": started,
        "finished": _now(),
        "seconds": round(time.perf_counter() - clock, 3),
        # This process's CPU time: unlike ``seconds``, it does not grow when other processes share the cores.
        "cpu_seconds": round(time.process_time() - cpu, 3),
        "worker": {"host": socket.gethostname(), "pid": os.getpid(), "peak_rss_mb": round(peak_memory_mb(), 1)},
    }
    write_manifest(layout, manifest)
    if on_progress is not None:
        on_progress(len(results) - reported[0], len(errors) - reported[1])
    if own_pipeline and not getattr(_local, "given", False):
        del nlp, results
        _count_worker_documents(documents)
    return manifest


def _memory_zone(nlp: Any) -> AbstractContextManager[Any]:
    """The pipeline's memory zone, or nothing for a pipeline without one (a stand-in of your own)."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def _count_codes(errors: list[dict[str, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for error in errors:
        counts[error["code"]] = counts.get(error["code"], 0) + 1
    return dict(sorted(counts.items()))
