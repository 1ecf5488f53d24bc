"""Shard planning: the inputs cut into shards of at most ``shard_size`` documents, in a stable order.

A shard is a list of *pieces*: a whole document file, or a range of units of a record archive. The plan
depends only on the inputs and the shard size, so rerunning the same command gives the same shards, and a
shard whose files are unchanged has the same fingerprint.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any, Iterator

from arabic_release_nlp.batch.inputs import Document, Source, read_document_file
from arabic_release_nlp.batch.records import count_units, iter_records
from arabic_release_nlp.errors import InputChangedError

DEFAULT_SHARD_SIZE = 500


@dataclass(frozen=True)
class Piece:
    """Units ``[start, stop)`` of one source (a document file is one unit); ``offset`` is where unit ``start`` begins
    in a plain JSONL file, if known."""

    source: Source
    start: int
    stop: int
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(asdict(self.source), start=self.start, stop=self.stop, offset=self.offset)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Piece:
        source = Source(data["path"], data["name"], data["kind"], data["size"], data["mtime_ns"])
        return cls(source, data["start"], data["stop"], data.get("offset"))


@dataclass(frozen=True)
class Shard:
    """One unit of work and of output: ``shard-000042`` gives ``results/shard-000042.parquet`` and its manifest."""

    index: int
    pieces: tuple[Piece, ...]

    @property
    def name(self) -> str:
        return f"shard-{self.index:06d}"

    @property
    def units(self) -> int:
        """Documents at most (blank lines of an archive are units but not documents)."""
        return sum(piece.stop - piece.start for piece in self.pieces)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, as engines send a shard to a worker."""
        return {"index": self.index, "pieces": [piece.to_dict() for piece in self.pieces]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shard:
        return cls(data["index"], tuple(Piece.from_dict(piece) for piece in data["pieces"]))

    def fingerprint(self) -> list[dict[str, Any]]:
        """What the shard's output depends on in its inputs: files, sizes, modification times, unit ranges."""
        return [{key: value for key, value in piece.to_dict().items() if key != "offset"} for piece in self.pieces]


def plan_shards(sources: list[Source], shard_size: int = DEFAULT_SHARD_SIZE) -> list[Shard]:
    """Cut ``sources`` into shards of at most ``shard_size`` units, packing small files together.

    >>> import tempfile, pathlib
    >>> from arabic_release_nlp.batch.inputs import find_sources
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> for n in range(5): _ = (root / f"{n}.txt").write_text("نص")
    >>> [shard.units for shard in plan_shards(find_sources([root]), shard_size=2)]
    [2, 2, 1]
    """
    if shard_size < 1:
        raise ValueError(f"shard_size must be at least 1, got {shard_size}")
    shards: list[Shard] = []
    pieces: list[Piece] = []
    filled = 0

    def close() -> None:
        nonlocal pieces, filled
        if pieces:
            shards.append(Shard(len(shards), tuple(pieces)))
        pieces, filled = [], 0

    for source in sources:
        if source.kind == "document":
            units, offsets = 1, {}
        else:
            units, offsets = count_units(source, first=shard_size - filled, every=shard_size)
        start = 0
        while start < units:
            take = min(shard_size - filled, units - start)
            offset = 0 if start == 0 and source.kind == "jsonl" else offsets.get(start)
            pieces.append(Piece(source, start, start + take, offset))
            filled += take
            start += take
            if filled == shard_size:
                close()
    close()
    return shards


def check_unchanged(piece: Piece) -> None:
    """Raise ARN064 if the piece's file differs from the plan (size or modification time)."""
    try:
        stat = os.stat(piece.source.path)
    except FileNotFoundError:
        raise InputChangedError(piece.source.name, what="the file is gone") from None
    if (stat.st_size, stat.st_mtime_ns) != (piece.source.size, piece.source.mtime_ns):
        raise InputChangedError(piece.source.name, what="its size or modification time differs from the plan")


def iter_shard_documents(shard: Shard, text_field: str = "text", id_field: str | None = "id",
                         max_size: int = 5 * 1024 * 1024) -> Iterator[Document]:
    """Every document of a shard, in order, each with its text or its error (never raises for a bad record).

    Raises ARN064 if an input file changed since the shard was planned.
    """
    for piece in shard.pieces:
        check_unchanged(piece)
        if piece.source.kind == "document":
            yield read_document_file(piece.source, max_size)
        else:
            yield from iter_records(piece.source, piece.start, piece.stop, piece.offset, text_field, id_field, max_size)
