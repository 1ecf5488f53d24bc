"""``tag_archive``: plan the shards, skip finished ones, run the rest on an engine, and sum up.

Engines: ``local`` (a pool of worker processes, one pipeline each; ``workers=0`` runs in this process) and
``dask`` (``arabic_release_nlp.batch.dask_engine``). All run the same shard function, ``tag_shard``, so
output, resume and error handling are the same everywhere.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from queue import Empty
from typing import Any, Callable, Iterable, Iterator

from arabic_release_nlp.batch.inputs import find_sources
from arabic_release_nlp.batch.lock import OutputLock
from arabic_release_nlp.batch.manifest import finished_manifest, remove_stale_output, shard_fingerprint
from arabic_release_nlp.batch.progress import Progress, format_duration
from arabic_release_nlp.batch.shards import DEFAULT_SHARD_SIZE, Shard, plan_shards
from arabic_release_nlp.batch.tagging import BLAS_THREAD_VARIABLES, FORMATS, TagOptions, prepare_worker, tag_shard
from arabic_release_nlp.batch.version import model_version
from arabic_release_nlp.batch.writers import write_json
from arabic_release_nlp.documents import DEFAULT_MAX_SIZE
from arabic_release_nlp.errors import ArnError, ModelError

ENGINES = ("local", "dask")
# What an engine yields for each shard: the shard, and its manifest or the exception that stopped it.
Outcome = tuple[Shard, "dict[str, Any] | None", "Exception | None"]


@dataclass
class TagSummary:
    """What a batch run did. ``documents``, ``ok`` and ``failed`` cover the whole output (resumed shards too);
    ``processed``, ``words``, ``seconds`` and ``throughput`` this run only."""

    output_root: Path
    model_version: str
    format: str
    engine: str
    workers: int
    documents: int = 0
    ok: int = 0
    failed: int = 0
    processed: int = 0
    words: int = 0
    shards: int = 0
    shards_resumed: int = 0
    unfinished_shards: list[str] = field(default_factory=list)
    seconds: float = 0.0
    throughput: float = 0.0
    worker_peak_rss_mb: float = 0.0

    @property
    def exit_code(self) -> int:
        """0 if every document was analysed, 1 if any failed or a shard is unfinished."""
        return 1 if self.failed or self.unfinished_shards else 0

    def to_dict(self) -> dict[str, Any]:
        return dict(asdict(self), output_root=str(self.output_root))

    def lines(self) -> list[str]:
        """The closing summary, in words."""
        lines = [f"{self.ok:,} documents ok, {self.failed:,} failed ({self.processed:,} analysed in this run, "
                 f"{self.shards_resumed} of {self.shards} shards already done) in {format_duration(self.seconds)}: "
                 f"{self.throughput:,.1f} documents/s",
                 f"output: {self.output_root}" + (f" (errors in {self.output_root / 'errors'})" if self.failed else "")]
        if self.unfinished_shards:
            lines.append(f"{len(self.unfinished_shards)} shard(s) unfinished: rerun the same command to finish them")
        return lines


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def tag_archive(inputs: str | Path | Iterable[str | Path], out: str | Path, *, workers: int | None = None,
                progress: bool = True, format: str = "parquet", text_field: str = "text",
                id_field: str | None = "id", shard_size: int = DEFAULT_SHARD_SIZE, engine: str = "local",
                scheduler: str | None = None, max_size: int = DEFAULT_MAX_SIZE, ner_domain: str = "release",
                log: Callable[[str], None] | None = None) -> TagSummary:
    """Tag every document of folders and archives into ``out/<model version>/``, resuming finished shards.

    Args:
        inputs: folders of .txt/.html/.htm/.md files (or their .gz), and JSONL, CSV or Parquet files.
        out: the output folder; results go to ``out/<model version>/results/``.
        workers: worker processes (default: the cores; 0 runs in this process); Dask workers for a new cluster.
        progress: a bar on a terminal, log lines on stderr otherwise; False for silence.
        format: ``parquet`` (needs the ``[parquet]`` extra) or ``jsonl`` (the lines of ``arn analyze``).
        text_field, id_field: the record fields holding the text and the id.
        shard_size: documents per shard: the unit of work, of output files and of resuming.
        engine: ``local`` or ``dask`` (needs the ``[dask]`` extra); ``scheduler`` is a Dask scheduler address
            (default: a new ``LocalCluster`` on this machine).
        max_size: documents larger than this many bytes are error records.
        ner_domain: the kind of text, for the entity model: ``release`` (press releases) or ``news`` (newswire).
        log: where messages go (default: stderr when ``progress``).

    >>> import arabic_release_nlp as arn
    >>> summary = arn.tag_archive(["archive.jsonl.gz"], "tagged", format="jsonl")   # doctest: +SKIP
    >>> summary.ok, summary.failed, summary.output_root                              # doctest: +SKIP
    (29950, 150, PosixPath('/data/tagged/0.1.0'))
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, got {engine!r}")
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {format!r}")
    if format == "parquet":
        from arabic_release_nlp.batch.parquet_schema import require_pyarrow

        require_pyarrow()  # fail before any work, not in every shard
    if engine == "dask":
        from arabic_release_nlp.batch.dask_engine import require_distributed

        require_distributed()
    say = log if log is not None else (_stderr if progress else (lambda message: None))
    workers = default_workers() if workers is None else workers
    started = time.perf_counter()
    # Absolute: workers elsewhere (a Dask cluster) do not share our working directory.
    options = TagOptions(out=str(Path(out).absolute()), model_version=model_version(), format=format,
                         text_field=text_field, id_field=id_field, max_size=max_size, ner_domain=ner_domain)
    layout = options.layout
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    shards = plan_shards(find_sources(inputs, exclude=out), shard_size)
    summary = TagSummary(layout.root, options.model_version, format, engine, workers, shards=len(shards))
    with OutputLock(layout.root):
        layout.create()
        if removed := remove_stale_output(layout, shards, format):
            say(f"arn tag: removed {removed} file(s) of an earlier plan or an interrupted run")
        manifests, pending = _split_finished(shards, options)
        summary.shards_resumed = len(manifests)
        resumed_documents = sum(manifest["documents"] for manifest in manifests.values())
        say(f"arn tag: {len(shards)} shards of up to {shard_size} documents, {len(manifests)} already done; "
            f"writing to {layout.root}")
        bar = Progress(total=resumed_documents + sum(shard.units for shard in pending), done=resumed_documents,
                       enabled=progress)
        new = []
        outcomes = _engine(engine, pending, options, workers, scheduler, bar.advance)
        try:
            for shard, manifest, failure in outcomes:
                if isinstance(failure, ModelError):
                    raise failure  # the pipeline cannot load: every other shard would fail the same way
                if manifest is None:
                    summary.unfinished_shards.append(shard.name)
                    say(f"arn tag: {shard.name} failed and is left unfinished: {describe(failure)}")
                else:
                    manifests[shard.name] = manifest
                    new.append(manifest)
        finally:
            outcomes.close()  # stops the workers if the run ends early
        bar.ok, bar.failed = sum(m["results"] for m in new), sum(m["errors"] for m in new)
        bar.close()
        _sum_up(summary, list(manifests.values()), new, time.perf_counter() - started)
        write_json(layout.root / "run.json", summary.to_dict())
    return summary


def _split_finished(shards: list[Shard], options: TagOptions) -> tuple[dict[str, dict[str, Any]], list[Shard]]:
    """The manifests of shards already finished (by name), and the shards still to do."""
    finished, pending = {}, []
    for shard in shards:
        fingerprint = shard_fingerprint(shard, options.fingerprint_options())
        manifest = finished_manifest(options.layout, shard, fingerprint, options.format)
        if manifest is None:
            pending.append(shard)
        else:
            finished[shard.name] = manifest
    return finished, pending


def _sum_up(summary: TagSummary, every: list[dict[str, Any]], new: list[dict[str, Any]], seconds: float) -> None:
    """Fill the counts of ``summary`` from the manifests of every shard and of those done in this run."""
    summary.documents = sum(manifest["documents"] for manifest in every)
    summary.ok = sum(manifest["results"] for manifest in every)
    summary.failed = sum(manifest["errors"] for manifest in every)
    summary.processed = sum(manifest["documents"] for manifest in new)
    summary.words = sum(manifest.get("words", 0) for manifest in new)
    summary.worker_peak_rss_mb = max((manifest["worker"]["peak_rss_mb"] for manifest in new), default=0.0)
    summary.seconds = round(seconds, 3)
    summary.throughput = round(summary.processed / seconds, 2) if seconds else 0.0


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def describe(failure: BaseException | None) -> str:
    """A failure in one line: our errors as they are, others with their type."""
    return str(failure) if isinstance(failure, ArnError) else f"{type(failure).__name__}: {failure}"


def _engine(engine: str, shards: list[Shard], options: TagOptions, workers: int, scheduler: str | None,
            on_progress: Callable[[int, int], None]) -> Iterator[Outcome]:
    if not shards:
        return (outcome for outcome in ())
    if engine == "dask":
        from arabic_release_nlp.batch.dask_engine import run_on_dask

        return run_on_dask(shards, options, workers=workers or 1, scheduler=scheduler, on_progress=on_progress)
    if workers == 0:
        return run_here(shards, options, on_progress)
    return run_on_processes(shards, options, workers, on_progress)


def run_here(shards: list[Shard], options: TagOptions, on_progress: Callable[[int, int], None]) -> Iterator[Outcome]:
    """The in-process engine: shards one after the other, with this process's pipeline (debugging, notebooks)."""
    for shard in shards:
        try:
            yield shard, tag_shard(shard, options, on_progress=on_progress), None
        except Exception as failure:  # one broken shard (a changed file, a full disk) does not stop the others
            yield shard, None, failure


# --- the local engine: a process pool ------------------------------------------------------------------------
_progress_queue: Any = None


def _start_worker(queue: Any) -> None:
    """Initializer of each worker process: one BLAS thread, scikit-learn without pandas, where to report progress."""
    global _progress_queue
    prepare_worker()
    _progress_queue = queue


def _report(ok: int, failed: int) -> None:
    _progress_queue.put((ok, failed))


def _tag_shard_in_worker(shard: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    return tag_shard(shard, options, on_progress=_report)


@contextmanager
def _one_blas_thread_environment() -> Iterator[None]:
    """Worker processes inherit this environment when they start, before they import numpy."""
    saved = {name: os.environ.get(name) for name in BLAS_THREAD_VARIABLES}
    os.environ.update({name: "1" for name in BLAS_THREAD_VARIABLES})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_on_processes(shards: list[Shard], options: TagOptions, workers: int,
                     on_progress: Callable[[int, int], None]) -> Iterator[Outcome]:
    """The local engine: ``workers`` processes (spawned, one BLAS thread each), each loading the pipeline once."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # no fork: a clean interpreter, no inherited threads or locks
    queue = context.Queue()
    workers = min(workers, len(shards))
    with _one_blas_thread_environment():
        executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(queue,))
        # Spawn-based pools start a process per submit, up to `workers`: all start inside this environment.
        futures = {executor.submit(_tag_shard_in_worker, shard.to_dict(), options.to_dict()): shard
                   for shard in shards}
    try:
        waiting = set(futures)
        while waiting:
            finished, waiting = wait(waiting, timeout=0.1, return_when=FIRST_COMPLETED)
            _drain(queue, on_progress)
            for future in finished:
                failure = future.exception()
                yield futures[future], None if failure else future.result(), failure
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        _drain(queue, on_progress)
        queue.close()


def _drain(queue: Any, on_progress: Callable[[int, int], None]) -> None:
    while True:
        try:
            ok, failed = queue.get_nowait()
        except (Empty, OSError, ValueError):
            return
        on_progress(ok, failed)
