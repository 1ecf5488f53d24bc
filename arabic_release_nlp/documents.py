"""Reading documents from files and standard input, with the checks that give clear errors."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from arabic_release_nlp.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    InvalidSizeError,
    IsDirectoryError,
    MissingFileError,
    UnreadableFileError,
)
from arabic_release_nlp.text.decode import DecodedText, decode_text, looks_binary

DEFAULT_MAX_SIZE = 5 * 1024 * 1024
STDIN = "-"
_UNITS = {"": 1, "b": 1, "kb": 1024, "k": 1024, "mb": 1024**2, "m": 1024**2, "gb": 1024**3, "g": 1024**3}


def parse_size(value: str | int) -> int:
    """Bytes in a size written as ``5000000``, ``500kB`` or ``5MB`` (binary units: 1 MB = 2**20 bytes).

    >>> parse_size("5MB"), parse_size("512kb"), parse_size(100)
    (5242880, 524288, 100)
    """
    if isinstance(value, int):
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value)
    if not match or match.group(2).lower() not in _UNITS:
        raise InvalidSizeError(None, value=value)
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def read_document(path: str, max_size: int = DEFAULT_MAX_SIZE) -> DecodedText:
    """Read and decode one document; ``-`` reads standard input.

    Raises an :class:`~arabic_release_nlp.errors.InputError` naming the file for a missing file, a
    directory, an empty, binary or oversized file.
    """
    if path == STDIN:
        data = sys.stdin.buffer.read(max_size + 1)
    else:
        file = Path(path)
        if file.is_dir():
            raise IsDirectoryError(path)
        if not file.exists():
            raise MissingFileError(path)
        try:
            size = file.stat().st_size
            if size > max_size:
                raise InputTooLargeError(path, size=size, limit=max_size)
            data = file.read_bytes()
        except OSError as error:
            raise UnreadableFileError(path, reason=error.strerror or str(error)) from None
    return decode_document(data, path, max_size=max_size, filename=None if path == STDIN else path)


def decode_document(data: bytes, document: str, max_size: int = DEFAULT_MAX_SIZE,
                    filename: str | None = None) -> DecodedText:
    """Check and decode the bytes of one document: the size limit, empty and binary input, then UTF-8.

    ``document`` names it in errors; ``filename`` (its suffix) tells HTML from text.

    >>> decode_document("عمّان".encode(), "a.txt").text
    'عمّان'
    >>> decode_document(b"  ", "a.txt")
    Traceback (most recent call last):
    arabic_release_nlp.errors.EmptyInputError: ARN003 a.txt: the file is empty
    """
    if len(data) > max_size:
        raise InputTooLargeError(document, size=len(data), limit=max_size)
    if not data.strip():
        raise EmptyInputError(document)
    if looks_binary(data):
        raise BinaryInputError(document)
    return decode_text(data, filename=filename)
