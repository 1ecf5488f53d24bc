"""Load the pipeline and run it: text in, ``Release`` out."""

from __future__ import annotations

import hashlib
from contextlib import AbstractContextManager
from importlib import import_module
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from arabic_release_nlp.errors import NotTextError
from arabic_release_nlp.structure.component import EXTENSION  # also registers the arn_structure factory
from arabic_release_nlp.structure.release import Paragraph, Release
from arabic_release_nlp.text.decode import decode_text
from arabic_release_nlp.text.spacy_tokenizer import create_arabic_tokenizer, doc_text  # noqa: F401  (registers it)

TOKENIZER = "arabic_release_nlp.ArabicTokenizer.v1"
DEFAULT_COMPONENTS = ("arn_structure", "arn_ner", "arn_entities", "arn_goals")
MAX_CHARACTERS = 20_000_000


def blank_arabic() -> Language:
    """``spacy.blank("ar")`` with our tokenizer and no components."""
    nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    # spaCy's 1M-character guard is for parsers; our components are linear, and files may be 5 MB.
    nlp.max_length = MAX_CHARACTERS
    return nlp


def default_id(text: str) -> str:
    """A stable id for a document given without one: ``doc-`` and 12 hex digits of its SHA-256."""
    return "doc-" + hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:12]


# What later components leave on the Doc, as plain values in the output contract's shape:
#   doc._.arn_entities, doc._.arn_officials, doc._.arn_organizations: lists of dicts (schema arabic-release-nlp/1)
#   doc._.arn_goals: {"paragraphs": {paragraph index: [goal dicts]}, "document": [goal dicts]}
ANNOTATION_EXTENSIONS = ("arn_entities", "arn_officials", "arn_organizations")


def _extension(doc: Doc, name: str):
    return doc._.get(name) if doc.has_extension(name) else None


def release_from_doc(doc: Doc, id: str) -> Release:
    """Build the ``Release`` view of a processed ``Doc``."""
    text = doc_text(doc)
    structure = _extension(doc, EXTENSION)
    release = Release(id=id, text=text, doc=doc)
    for name in ANNOTATION_EXTENSIONS:
        setattr(release, name.removeprefix("arn_"), list(_extension(doc, name) or []))
    goals = _extension(doc, "arn_goals") or {}
    release.goals = list(goals.get("document", []))
    if not structure:
        return release
    if structure["headline"]:
        release.headline = release.span(*structure["headline"])
    if structure["dateline"]:
        release.dateline = {key: release.span(*value) if value else None
                            for key, value in structure["dateline"].items()}
    release.paragraphs = [
        Paragraph(index=index, start=p["start"], end=p["end"], text=text[p["start"]:p["end"]], kind=p["kind"],
                  sentences=[tuple(sentence) for sentence in p["sentences"]],
                  goals=list(goals.get("paragraphs", {}).get(index, [])))
        for index, p in enumerate(structure["paragraphs"])
    ]
    return release


class Pipeline:
    """The analysis pipeline: call it on a text to get a :class:`Release`.

    ``nlp`` is the underlying spaCy ``Language``; its components are registered spaCy factories.

        >>> import arabic_release_nlp as arn
        >>> nlp = arn.load()
        >>> [p.kind for p in nlp("خبر صحفي: عنوان\\n\\nالقاهرة - فقرة أولى.").paragraphs]
        ['headline', 'body']
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @property
    def components(self) -> list[str]:
        return list(self.nlp.pipe_names)

    def memory_zone(self) -> AbstractContextManager[None]:
        """spaCy's memory zone: strings and lexemes first seen inside it are freed when it ends.

        A long-running process (a batch worker) would otherwise keep every new word of every document in its
        vocabulary. Releases made inside the zone must be serialised inside it: their ``doc`` is invalid after.

            >>> nlp = load(components=["arn_structure"])
            >>> with nlp.memory_zone():
            ...     record = nlp("القاهرة - كلمة جديدة تماما.", id="d").to_dict()
            >>> record["id"]
            'd'
        """
        return self.nlp.memory_zone()

    def _prepare(self, text: str | bytes, id: str | None) -> tuple[str, str, list[str]]:
        if isinstance(text, bytes):
            decoded = decode_text(text)
            warnings = [f"{decoded.replaced_bytes} undecodable byte sequence(s) replaced"] if decoded.replaced_bytes else []
            text = decoded.text
        elif isinstance(text, str):
            warnings = []
        else:
            raise NotTextError(id, type_name=type(text).__name__)
        return text, id if id is not None else default_id(text), warnings

    def __call__(self, text: str | bytes, id: str | None = None) -> Release:
        """Analyse one text (``bytes`` are decoded as UTF-8, HTML converted to text)."""
        text, id, warnings = self._prepare(text, id)
        release = release_from_doc(self.nlp(text), id)
        release.warnings.extend(warnings)
        return release

    def pipe(self, texts: Iterable[str | bytes], ids: Iterable[str] | None = None,
             batch_size: int = 64) -> Iterator[Release]:
        """Analyse many texts in order, streaming; ``ids`` (optional) gives one id per text."""
        id_iter = iter(ids) if ids is not None else None
        prepared = (self._prepare(text, next(id_iter) if id_iter is not None else None) for text in texts)
        pending: list[tuple[str, list[str]]] = []

        def texts_only() -> Iterator[str]:
            for text, id, warnings in prepared:
                pending.append((id, warnings))
                yield text

        for doc in self.nlp.pipe(texts_only(), batch_size=batch_size):
            id, warnings = pending.pop(0)
            release = release_from_doc(doc, id)
            release.warnings.extend(warnings)
            yield release


def load(components: Iterable[str] = DEFAULT_COMPONENTS, goals: str | Path | None = None,
         ner: str | Path | None = None, ner_domain: str = "release") -> Pipeline:
    """Load the pipeline (offline; nothing is downloaded).

    Args:
        components: the spaCy components to add, in order (any of ``DEFAULT_COMPONENTS``).
        goals: a goal model folder to use instead of ``models/goals`` (e.g. one you trained on your labels).
        ner: an entity model folder to use instead of ``models/entities/ner``.
        ner_domain: the kind of text, for the entity model: ``"release"`` (press releases) or ``"news"`` (plain
            newswire, annotated as ANERcorp is).

    >>> nlp = load(components=["arn_structure"])  # structure only: no models
    >>> nlp.components
    ['arn_structure']
    """
    models = {"arn_goals": goals, "arn_ner": ner}
    nlp = blank_arabic()
    for name in components:
        _register(name)
        config = {"model": str(models[name])} if models.get(name) else {}
        if name == "arn_ner":
            config["domain"] = ner_domain
        nlp.add_pipe(name, config=config)
    return Pipeline(nlp)


def _register(component: str) -> None:
    """Import the module that registers a component's factory (entry points do it for spaCy itself)."""
    modules = {"arn_ner": "arabic_release_nlp.entities.ner_component",
               "arn_entities": "arabic_release_nlp.entities.component",
               "arn_goals": "arabic_release_nlp.goals.component"}
    if component in modules:
        import_module(modules[component])
