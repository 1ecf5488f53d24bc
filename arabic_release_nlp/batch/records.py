"""Record archives (JSON Lines, CSV, Parquet; JSONL and CSV optionally gzip): counting and reading a range.

A record archive is cut into *units*: lines of a JSONL file, data rows of a CSV file (after the header),
rows of a Parquet file. A blank line or row is a unit but not a document. Units are numbered from 1 in
ids: a record without an id is ``<file>#<number>``.
"""

from __future__ import annotations

import csv
import gzip
import json
from contextlib import contextmanager
from typing import IO, Any, Iterator

from arabic_release_nlp.batch.inputs import Document, Source, accept_decoded, repair_text
from arabic_release_nlp.errors import (
    BinaryRecordError,
    EmptyRecordError,
    InputChangedError,
    InputError,
    InputTooLargeError,
    InvalidRecordError,
    MissingTextFieldError,
    NotTextError,
)
from arabic_release_nlp.text.decode import decode_text, looks_binary

MISSING = object()
# CSV cells may hold whole articles: raise the csv module's 128 kB cell limit (to what a C long holds everywhere).
csv.field_size_limit(2**31 - 1)


@contextmanager
def _open_binary(source: Source) -> Iterator[IO[bytes]]:
    opener = gzip.open if source.path.lower().endswith(".gz") else open
    with opener(source.path, "rb") as handle:
        yield handle


def _csv_rows(source: Source) -> Iterator[list[str]]:
    """The rows of a CSV file; bytes that are not UTF-8 are kept as surrogates, repaired per cell later."""
    opener = gzip.open if source.path.lower().endswith(".gz") else open
    with opener(source.path, "rt", encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        yield from csv.reader(handle)


def count_units(source: Source, first: int = 0, every: int = 0) -> tuple[int, dict[int, int]]:
    """How many units ``source`` has, and for a plain JSONL file the byte offset of units ``first + k * every``.

    The offsets let a worker seek straight to its range instead of reading the file from the start.
    """
    offsets: dict[int, int] = {}
    if source.kind == "jsonl":
        seekable = not source.path.lower().endswith(".gz")
        units = position = 0
        with _open_binary(source) as handle:
            for line in handle:
                if seekable and every and units >= first and (units - first) % every == 0:
                    offsets[units] = position
                position += len(line)
                units += 1
        return units, offsets
    if source.kind == "csv":
        return max(sum(1 for _ in _csv_rows(source)) - 1, 0), offsets
    if source.kind == "parquet":
        from arabic_release_nlp.batch.parquet_schema import require_pyarrow

        require_pyarrow()
        import pyarrow.parquet as pq

        return pq.ParquetFile(source.path).metadata.num_rows, offsets
    raise ValueError(f"not a record archive: {source.kind}")


def iter_records(source: Source, start: int, stop: int, offset: int | None, text_field: str,
                 id_field: str | None, max_size: int) -> Iterator[Document]:
    """The documents of units ``[start, stop)`` of a record archive (blank units give none).

    Raises ARN064 if the file has fewer units than planned (it changed since).
    """
    readers = {"jsonl": _jsonl_values, "csv": _csv_values, "parquet": _parquet_values}
    seen = start
    for number, record, error in readers[source.kind](source, start, stop, offset, text_field, id_field):
        seen = number
        label = f"{source.name}#{number}"
        if record is None and error is None:
            continue
        if error is not None:
            yield Document(id=label, source=label, error=error)
            continue
        value, identifier = record
        document = Document(id=_record_id(identifier, label), source=label)
        try:
            document.text, document.warnings = record_text(value, document.id, text_field, max_size)
        except InputError as failure:
            document.error = failure
        yield document
    if seen < stop:
        raise InputChangedError(source.name, what=f"{stop} records planned, {seen} found")


def _record_id(identifier: Any, label: str) -> str:
    if identifier is None or identifier is MISSING or identifier == "":
        return label
    return repair_text(str(identifier))[0]


def record_text(value: Any, document: str, text_field: str, max_size: int) -> tuple[str, list[str]]:
    """Check and decode the text of one record: the same rules as for files, worded for records.

    >>> record_text("القاهرة - نص.", "a#1", "text", 1000)
    ('القاهرة - نص.', [])
    >>> record_text("", "a#2", "text", 1000)
    Traceback (most recent call last):
    arabic_release_nlp.errors.EmptyRecordError: ARN003 a#2: the text is empty
    """
    if value is MISSING:
        raise MissingTextFieldError(document, field=text_field)
    if value is None:
        raise EmptyRecordError(document)
    if isinstance(value, str):
        text, replaced = repair_text(value)
        data = text.encode("utf-8")
    elif isinstance(value, bytes):
        data, replaced = value, None
    else:
        raise NotTextError(document, type_name=type(value).__name__)
    if len(data) > max_size:
        raise InputTooLargeError(document, size=len(data), limit=max_size)
    if not data.strip():
        raise EmptyRecordError(document)
    if looks_binary(data):
        raise BinaryRecordError(document)
    decoded = decode_text(data if replaced is None else text)
    return accept_decoded(decoded, decoded.replaced_bytes if replaced is None else replaced, document)


# Each reader yields (unit number from 1, (text value, id value) or None for a blank unit, error or None).
def _jsonl_values(source, start, stop, offset, text_field, id_field):
    with _open_binary(source) as handle:
        if offset is not None:
            handle.seek(offset)
            index = start
        else:
            index = 0
        for line in handle:
            if index >= stop:
                break
            index += 1
            if index <= start:
                continue
            if not line.strip():
                yield index, None, None
                continue
            label = f"{source.name}#{index}"
            try:
                record = json.loads(line.decode("utf-8", "surrogateescape"))
            except ValueError as error:
                yield index, None, InvalidRecordError(label, format="JSON Lines", reason=str(error))
                continue
            if not isinstance(record, dict):
                yield index, None, InvalidRecordError(label, format="JSON Lines",
                                                      reason=f"a JSON object is expected, not {type(record).__name__}")
                continue
            yield index, (record.get(text_field, MISSING), record.get(id_field) if id_field else None), None


def _csv_values(source, start, stop, offset, text_field, id_field):
    rows = _csv_rows(source)
    header = next(rows, [])
    text_column = header.index(text_field) if text_field in header else None
    id_column = header.index(id_field) if id_field and id_field in header else None
    for index, row in enumerate(rows, start=1):
        if index > stop:
            break
        if index <= start:
            continue
        if not row:
            yield index, None, None
            continue
        text = row[text_column] if text_column is not None and text_column < len(row) else MISSING
        identifier = row[id_column] if id_column is not None and id_column < len(row) else None
        yield index, (text, identifier), None


def _parquet_values(source, start, stop, offset, text_field, id_field):
    import pyarrow.parquet as pq

    file = pq.ParquetFile(source.path)
    names = file.schema_arrow.names
    columns = [name for name in (text_field, id_field) if name and name in names]
    first = 0
    for group in range(file.num_row_groups):
        rows = file.metadata.row_group(group).num_rows
        if first + rows > start and first < stop and columns:
            table = file.read_row_group(group, columns=columns)
            low, high = max(start - first, 0), min(stop - first, rows)
            table = table.slice(low, high - low)
            texts = table.column(text_field).to_pylist() if text_field in columns else [MISSING] * table.num_rows
            ids = table.column(id_field).to_pylist() if id_field in columns else [None] * table.num_rows
            for position, (text, identifier) in enumerate(zip(texts, ids)):
                yield first + low + position + 1, (text, identifier), None
        elif first + rows > start and first < stop:  # neither column: every row lacks the text field
            for number in range(max(start, first) + 1, min(stop, first + rows) + 1):
                yield number, (MISSING, None), None
        first += rows
