"""The ``arn_ner`` spaCy component: the shipped statistical NER model sets ``doc.ents`` (PER, ORG, LOC, MISC).

The model is read from ``models/entities/ner/`` in the repository (or the folder given as ``model`` in the
component config), offline. Its ``model.json`` says which kind it is: ``spacy-ner`` (spaCy's transition-based
recogniser, weights in ``ner/``, static vectors in ``vectors/``) or ``crfsuite`` (a CRF in crfsuite's own
format, ``model.crfsuite``, with ``clusters.tsv`` and ``gazetteer.json``). Nothing is unpickled.

    >>> import spacy
    >>> nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": "arabic_release_nlp.ArabicTokenizer.v1"}}})
    >>> _ = nlp.add_pipe("arn_ner")
    >>> [(ent.text, ent.label_) for ent in nlp("قدم الاتحاد الأوروبي منحة إلى الأردن.").ents]
    [('الاتحاد الأوروبي', 'ORG'), ('الأردن', 'LOC')]

The component is frozen: ``nlp.initialize()`` and ``nlp.update()`` leave it alone; train with
``arn train entities``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from arabic_release_nlp.errors import ModelIncompatibleError, ModelIntegrityError, ModelNotFoundError

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "entities" / "ner"
INFO_FILE = "model.json"
# The kinds of text a model trained with domains tells apart: our press releases, and newswire (ANERcorp, AQMAR).
DOMAINS = ("release", "news")


def model_files(folder: Path) -> dict[str, str]:
    """SHA-256 of every file of a model folder but ``model.json``, by path relative to the folder."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name != INFO_FILE}


def _check_files(folder: Path, recorded: dict[str, str]) -> None:
    for name, digest in recorded.items():
        path = folder / name
        if not path.is_file():
            raise ModelNotFoundError(str(folder), what=f"model file {name}", path=path)
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise ModelIntegrityError(str(path))


def _load_vectors(nlp: Language, folder: Path) -> None:
    from spacy.vectors import Vectors

    # Our vectors are keyed by token.norm_. spaCy 3.8 leaves the key attribute out of vectors.cfg in default mode
    # and reads it back as ORTH, so the table is rebuilt here with the right attribute.
    stored = Vectors(strings=nlp.vocab.strings).from_disk(folder)
    vectors = Vectors(strings=nlp.vocab.strings, data=stored.data, attr="NORM")
    for key, row in stored.key2row.items():
        vectors.add(key, row=row)
    current = nlp.vocab.vectors
    if current.shape[0] == 0:
        nlp.vocab.vectors = vectors
    elif current.shape != vectors.shape or current.to_bytes() != vectors.to_bytes():
        raise ModelIncompatibleError(str(folder), reason="the pipeline's vocabulary already holds other word vectors")


def _spacy_recognizer(nlp: Language, folder: Path, model_info: dict, name: str):
    from spacy.pipeline.ner import EntityRecognizer

    model = registry.resolve({"model": model_info["config"]["model"]})["model"]
    if (folder / "vectors").is_dir():
        _load_vectors(nlp, folder / "vectors")
    recognizer = EntityRecognizer(nlp.vocab, model, name=name)
    return recognizer.from_disk(folder / "ner", exclude=["vocab"])


def _crf_tagger(folder: Path, domain: str | None):
    from arabic_release_nlp.entities.crf_model import CrfTagger, read_clusters
    from arabic_release_nlp.entities.gazetteer_features import GazetteerTagger

    clusters = read_clusters(folder / "clusters.tsv") if (folder / "clusters.tsv").is_file() else None
    gazetteer_file = folder / "gazetteer.json"
    gazetteer = None
    if gazetteer_file.is_file():
        gazetteer = GazetteerTagger.from_json(gazetteer_file.read_text(encoding="utf-8"))
    try:
        return CrfTagger(folder / "model.crfsuite", clusters, gazetteer, domain)
    except ValueError as error:
        raise ModelIncompatibleError(str(folder), reason=f"model.crfsuite: {error}") from None


def _without_line_breaks(doc: Doc) -> Doc:
    # Entities never cross a paragraph; a prediction over a line break is dropped rather than guessed at.
    if any("\n" in ent.text for ent in doc.ents):
        doc.ents = [ent for ent in doc.ents if "\n" not in ent.text]
    return doc


class NerComponent:
    """Set ``doc.ents`` with a trained model read from ``folder`` (see the module doc for its layout).

    ``domain`` says what kind of text comes in, for a model trained with domains (``model.json``: ``domains``):
    ``"release"`` (press releases, the default) or ``"news"`` (newswire such as ANERcorp). Other models ignore it.
    """

    def __init__(self, nlp: Language, folder: str | Path = DEFAULT_MODEL, name: str = "arn_ner",
                 domain: str = "release") -> None:
        if domain not in DOMAINS:
            raise ValueError(f"arn_ner: domain must be one of {', '.join(DOMAINS)}, got {domain!r}")
        self.folder = Path(folder)
        info_file = self.folder / INFO_FILE
        if not info_file.is_file():
            raise ModelNotFoundError(str(self.folder), what="NER model (model.json)", path=self.folder)
        self.info = json.loads(info_file.read_text(encoding="utf-8"))
        _check_files(self.folder, self.info.get("files", {}))
        self.kind = self.info.get("kind")
        self.domain = domain if self.info.get("domains") else None
        if self.kind == "spacy-ner":
            self._recognizer = _spacy_recognizer(nlp, self.folder, self.info, name)
            self._tagger = None
        elif self.kind == "crfsuite":
            self._recognizer = None
            self._tagger = _crf_tagger(self.folder, self.domain)
        else:
            raise ModelIncompatibleError(str(self.folder), reason=f"unknown model kind {self.kind!r}")
        self.labels = tuple(self.info.get("labels", ()))

    def __call__(self, doc: Doc) -> Doc:
        if self._recognizer is not None:
            doc = self._recognizer(doc)
        else:
            doc = self._tagger(doc)
        return _without_line_breaks(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        if self._recognizer is not None:
            for doc in self._recognizer.pipe(docs, batch_size=batch_size):
                yield _without_line_breaks(doc)
        else:
            for doc in docs:
                yield self(doc)


@Language.factory("arn_ner", default_config={"model": None, "domain": "release"})
def make_ner_component(nlp: Language, name: str, model: str | None, domain: str) -> NerComponent:
    """The ``arn_ner`` factory; ``model`` is a model folder, by default the repository's ``models/entities/ner``;
    ``domain`` is ``"release"`` or ``"news"`` (see ``NerComponent``)."""
    return NerComponent(nlp, Path(model) if model else DEFAULT_MODEL, name, domain)
