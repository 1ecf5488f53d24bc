"""Turn an HTML page into plain text that keeps its paragraph breaks (standard library parser only)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul title".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
_HTML_SIGNS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<p[\s>]|<div[\s>]|<br\s*/?>", re.IGNORECASE)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Whether the start of ``text`` carries the usual signs of an HTML document or fragment."""
    return bool(_HTML_SIGNS.search(text[:2000]))


def html_to_text(html: str) -> str:
    """Extract the visible text of ``html``, one block element per paragraph, separated by blank lines.

    >>> html_to_text("<h1>عنوان</h1><p>فقرة <b>أولى</b>.</p><p>فقرة ثانية.</p>")
    'عنوان\\n\\nفقرة أولى.\\n\\nفقرة ثانية.'
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
