"""Bytes to text: UTF-8 with the BOM stripped, bad bytes replaced and counted, HTML turned into text."""

from __future__ import annotations

from dataclasses import dataclass

from arabic_release_nlp.text.html_text import html_to_text, looks_like_html

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class DecodedText:
    """Text ready for the pipeline, with what decoding had to do to get it.

    Attributes:
        text: the decoded text; every offset the pipeline reports points into it.
        replaced_bytes: how many undecodable byte sequences were replaced by U+FFFD.
        from_html: whether the input was HTML and was converted to text.
    """

    text: str
    replaced_bytes: int = 0
    from_html: bool = False


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` is probably not text: NUL bytes, or many control bytes, in its first 8 kB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.1


def decode_text(data: bytes | str, filename: str | None = None) -> DecodedText:
    """Decode ``data`` as UTF-8 (a leading BOM is dropped) and convert HTML to text.

    HTML is recognised by the file suffix (``.html``, ``.htm``) or by its markup.

    >>> decode_text("﻿القاهرة".encode()).text
    'القاهرة'
    >>> decode_text(b"caf\\xff").replaced_bytes
    1
    """
    replaced = 0
    if isinstance(data, bytes):
        text = data.decode("utf-8", errors="replace")
        # Count the replacements decoding made, not U+FFFD that the input itself contained.
        replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    else:
        text = data
    text = text.removeprefix("\ufeff")
    is_html = (filename or "").lower().endswith(HTML_SUFFIXES) or looks_like_html(text)
    if is_html:
        text = html_to_text(text)
    return DecodedText(text=text, replaced_bytes=replaced, from_html=is_html)
