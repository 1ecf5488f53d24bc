"""Batch inputs: finding the files to tag, and reading one document file (plain or gzip) into a ``Document``."""

from __future__ import annotations

import gzip
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from arabic_release_nlp.documents import decode_document
from arabic_release_nlp.errors import (
    ArnError,
    InputError,
    InputTooLargeError,
    MissingFileError,
    UndecodableTextError,
    UnreadableFileError,
    UnsupportedInputError,
)
from arabic_release_nlp.text.decode import DecodedText

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".md")
RECORD_SUFFIXES = {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
# A document of which more than this share of characters were undecodable bytes is not UTF-8 at all (often
# Windows-1256): an error record (ARN062), not a release of U+FFFD. A few bad bytes are replaced, as in `arn analyze`.
UNDECODABLE_SHARE = 0.1
_SURROGATES = re.compile("[\ud800-\udfff]")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Source:
    """One input file.

    Attributes:
        path: the absolute path.
        name: how ids and error records name it: relative to the input folder for a file found in a
            folder, as given otherwise.
        kind: ``document`` (one text/HTML/Markdown file), ``jsonl``, ``csv`` or ``parquet`` (many records).
        size, mtime_ns: what the file was when the work was planned (part of each shard's fingerprint).
    """

    path: str
    name: str
    kind: str
    size: int
    mtime_ns: int

    @classmethod
    def at(cls, path: Path, name: str, kind: str) -> Source:
        stat = path.stat()
        return cls(str(path.resolve()), name, kind, stat.st_size, stat.st_mtime_ns)


@dataclass
class Document:
    """One document read from an input: its text ready for the pipeline, or the error that stops it."""

    id: str
    source: str
    text: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: ArnError | None = None


def input_kind(name: str) -> str | None:
    """The kind of input a file name is (``document``, ``jsonl``, ``csv``, ``parquet``), or None.

    >>> input_kind("a/b.html.gz"), input_kind("archive.jsonl.gz"), input_kind("x.parquet"), input_kind("x.pdf")
    ('document', 'jsonl', 'parquet', None)
    """
    lower = name.lower()
    compressed = lower.endswith(".gz")
    stem = lower.removesuffix(".gz")
    if stem.endswith(DOCUMENT_SUFFIXES):
        return "document"
    kind = RECORD_SUFFIXES.get(os.path.splitext(stem)[1])
    return None if kind == "parquet" and compressed else kind


def find_sources(inputs: Iterable[str | Path], exclude: str | Path | None = None) -> list[Source]:
    """The files to tag, in a stable order: folders are walked (sorted) for text, HTML and Markdown files.

    Record files (JSON Lines, CSV, Parquet) are read when given by name. Hidden files and folders, and
    ``exclude`` (the output folder), are skipped. Raises ARN001 for a missing input, ARN063 for another kind.

    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (root / "b.txt").write_text("نص"); (root / "sub").mkdir(); _ = (root / "sub" / "a.html").write_text("x")
    >>> [(s.name, s.kind) for s in find_sources([root])]
    [('b.txt', 'document'), ('sub/a.html', 'document')]
    """
    skip = Path(exclude).resolve() if exclude is not None else None
    sources: list[Source] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            sources.extend(_walk(path, skip))
        elif not path.exists():
            raise MissingFileError(str(given))
        else:
            kind = input_kind(path.name)
            if kind is None:
                raise UnsupportedInputError(str(given))
            sources.append(Source.at(path, str(given), kind))
    return sources


def _walk(root: Path, skip: Path | None) -> list[Source]:
    found = []
    for folder, folders, files in os.walk(root):
        here = Path(folder)
        folders[:] = sorted(name for name in folders
                            if not name.startswith(".") and (skip is None or (here / name).resolve() != skip))
        for name in sorted(files):
            if not name.startswith(".") and input_kind(name) == "document":
                path = here / name
                found.append(Source.at(path, path.relative_to(root).as_posix(), "document"))
    # os.walk visits a folder's files before its subfolders; sort on the whole path for one global order.
    return sorted(found, key=lambda source: source.name)


def repair_text(text: str) -> tuple[str, int]:
    """Replace lone surrogates (undecodable bytes kept by ``surrogateescape``) by U+FFFD; returns how many.

    >>> repair_text(b"caf\\xff".decode("utf-8", "surrogateescape"))
    ('caf�', 1)
    """
    if not _SURROGATES.search(text):
        return text, 0
    try:
        fixed = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # surrogates that did not come from bytes (JSON "\ud800" escapes)
        fixed = _SURROGATES.sub("\ufffd", text)
    return fixed, fixed.count("\ufffd") - text.count("\ufffd")


def accept_decoded(decoded: DecodedText, replaced: int, document: str) -> tuple[str, list[str]]:
    """The text and warnings of a decoded document, or ARN062 if it is mostly undecodable bytes."""
    if replaced > UNDECODABLE_SHARE * max(len(decoded.text), 1):
        raise UndecodableTextError(document, replaced=replaced, length=len(decoded.text))
    return decoded.text, [f"{replaced} undecodable byte sequence(s) replaced"] if replaced else []


def read_document_file(source: Source, max_size: int) -> Document:
    """Read one text, HTML or Markdown file (or its ``.gz``) as ``arn analyze`` does; errors become ``error``.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "empty.txt"; _ = path.write_text(" ")
    >>> read_document_file(Source.at(path, "empty.txt", "document"), 1000).error.code
    'ARN003'
    """
    document = Document(id=source.name, source=source.name)
    try:
        data = _read_bytes(source, max_size)
        decoded = decode_document(data, source.name, max_size=max_size, filename=source.name.removesuffix(".gz"))
        document.text, document.warnings = accept_decoded(decoded, decoded.replaced_bytes, source.name)
    except InputError as error:
        document.error = error
    return document


def _read_bytes(source: Source, max_size: int) -> bytes:
    try:
        if not source.name.lower().endswith(".gz"):
            size = os.stat(source.path).st_size
            if size > max_size:
                raise InputTooLargeError(source.name, size=size, limit=max_size)
            return Path(source.path).read_bytes()
        with gzip.open(source.path, "rb") as handle:
            data = handle.read(max_size + 1)
            if len(data) > max_size:  # measure the whole size for the message, without keeping it
                size = len(data)
                while chunk := handle.read(_CHUNK):
                    size += len(chunk)
                raise InputTooLargeError(source.name, size=size, limit=max_size)
            return data
    except FileNotFoundError:
        raise MissingFileError(source.name) from None
    except (OSError, EOFError, zlib.error) as error:
        raise UnreadableFileError(source.name, reason=getattr(error, "strerror", None) or str(error)) from None
