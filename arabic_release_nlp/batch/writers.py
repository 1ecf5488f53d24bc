"""Writing shard output atomically: a hidden temporary file in the same folder, synced, then ``os.replace``.

A reader never sees a partial file: the final name appears only when the file is complete, and hidden
names (``.shard-000001.parquet.tmp-123``) are ignored by pandas, pyarrow, DuckDB and Dask.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

TEMPORARY_MARK = ".tmp-"


def temporary_name(path: Path) -> Path:
    """The hidden name a file is written under before it is renamed to ``path``.

    >>> temporary_name(Path("out/results/shard-000001.jsonl")).name.startswith(".shard-000001.jsonl.tmp-")
    True
    """
    return path.with_name(f".{path.name}{TEMPORARY_MARK}{os.getpid()}")


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it is synced and renamed to ``path``, on failure removed.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_path(target) as temporary:
    ...     _ = temporary.write_text("done")
    >>> target.read_text(), [p.name for p in target.parent.iterdir()]
    ('done', ['a.txt'])
    """
    path = Path(path)
    temporary = temporary_name(path)
    try:
        yield temporary
        _fsync(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    # The rename itself survives a crash of the machine only once the folder is synced.
    _fsync(path.parent)


def write_jsonl(path: str | Path, lines: Iterable[str]) -> None:
    """Write JSON Lines (already serialised lines, one per record) atomically."""
    with atomic_path(path) as temporary, temporary.open("w", encoding="utf-8", newline="\n") as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")


def write_json(path: str | Path, data: Any) -> None:
    """Write one indented JSON document atomically."""
    with atomic_path(path) as temporary:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_parquet(path: str | Path, records: list[dict[str, Any]]) -> None:
    """Write release dicts as one Parquet file (typed schema, zstd) atomically."""
    import pyarrow.parquet as pq

    from arabic_release_nlp.batch.parquet_schema import releases_to_table

    table = releases_to_table(records)
    with atomic_path(path) as temporary:
        pq.write_table(table, temporary, compression="zstd")


def remove_temporary_files(folder: Path) -> int:
    """Remove hidden temporary files left in ``folder`` by an interrupted run; returns how many."""
    removed = 0
    for path in folder.glob(f".*{TEMPORARY_MARK}*"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed
