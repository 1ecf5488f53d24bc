"""``Release``: a press release with its structure and annotations, and its JSON form (schema ``arabic-release-nlp/1``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "arabic-release-nlp/1"


@dataclass(frozen=True)
class Span:
    """A stretch of the original text: ``text[start:end] == span.text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Paragraph:
    """One paragraph (one non-blank line) of a release, with its sentences and goals."""

    index: int
    start: int
    end: int
    text: str
    kind: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "sentences": [{"start": start, "end": end} for start, end in self.sentences],
                "goals": list(self.goals)}


@dataclass
class Release:
    """A press release: the original text, its structure, and what the pipeline found in it.

    Every offset is a code-point offset into ``text``. Build one with ``arabic_release_nlp.load()``::

        >>> import arabic_release_nlp as arn
        >>> release = arn.load()("خبر صحفي: افتتاح مدرسة\\n\\nعمّان - افتتحت الوزارة مدرسة جديدة.", id="r1")
        >>> release.headline.text, release.dateline["place"].text
        ('خبر صحفي: افتتاح مدرسة', 'عمّان')
    """

    id: str
    text: str
    headline: Span | None = None
    dateline: dict[str, Span | None] | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    officials: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    doc: Any = field(default=None, repr=False, compare=False)

    @property
    def body(self) -> list[Paragraph]:
        """The paragraphs that are not the headline."""
        return [paragraph for paragraph in self.paragraphs if paragraph.kind != "headline"]

    def span(self, start: int, end: int) -> Span:
        """The span of the original text between two offsets."""
        return Span(start, end, self.text[start:end])

    def to_dict(self) -> dict[str, Any]:
        """The release as the JSON-ready dict of schema ``arabic-release-nlp/1``."""
        dateline = None
        if self.dateline is not None:
            dateline = {key: value.to_dict() if value else None for key, value in self.dateline.items()}
        return {
            "schema": SCHEMA,
            "id": self.id,
            "length": len(self.text),
            "sha256": hashlib.sha256(self.text.encode("utf-8", errors="surrogatepass")).hexdigest(),
            "headline": self.headline.to_dict() if self.headline else None,
            "dateline": dateline,
            "paragraphs": [paragraph.to_dict() for paragraph in self.paragraphs],
            "entities": list(self.entities),
            "officials": list(self.officials),
            "organizations": list(self.organizations),
            "goals": list(self.goals),
            "errors": list(self.errors),
            "warnings": list(self.warnings),
        }

    def to_json(self, pretty: bool = False) -> str:
        """The release as one line of JSON (or indented with ``pretty``), Arabic unescaped."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2 if pretty else None)
