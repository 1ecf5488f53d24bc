"""Train the statistical NER model from ANERcorp, AQMAR and our corpus, and save it where ``arn_ner`` loads it.

Two kinds of model share the data and the folder layout (``model.json`` says which one it is):

- ``crfsuite``: a linear-chain CRF over hand-made features (``crf_features``), with word clusters from
  vectors trained on raw news text and a snapshot of our gazetteers. Files: ``model.crfsuite`` (crfsuite's
  own format), ``clusters.tsv``, ``gazetteer.json``.
- ``spacy-ner``: spaCy's transition-based recogniser (``spacy_ner``). Files: ``ner/``, ``vectors/``.

Only the train split of our corpus is trained on; its dev split (and, when asked, the end of the ANERcorp
train file) is scored and recorded in ``model.json``; no test data is read. The CLI runs :func:`train_entities`::

    arn train entities --anercorp ANERCorp_..._train.txt --corpus data/corpus/corpus.jsonl --out models/entities \\
        --vectors-text ../shared/data/raw/saudinewsnet/articles.jsonl.gz --anercorp-holdout 0

The shipped model's exact command, data and scores are in its card, ``models/entities/README.md``.
"""

from __future__ import annotations

import json
import platform
import shutil
import time
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable

import numpy as np

from arabic_release_nlp.entities.conll import LABELS
from arabic_release_nlp.entities.ner_component import model_files
from arabic_release_nlp.entities.ner_data import TextExample, conll_examples, corpus_examples, make_training_docs
from arabic_release_nlp.entities.ner_test_sets import (
    EvaluationSet,
    corpus_evaluation_set,
    evaluate_pipeline,
    ner_pipeline,
)

KINDS = ("crfsuite", "spacy-ner")
# The domain (ner_component.DOMAINS) of each source's text, for a CRF trained with domains.
SOURCE_DOMAINS = {"anercorp": "news", "aqmar": "news", "corpus": "release"}
_MODEL_FILES = ("model.json", "model.crfsuite", "clusters.tsv", "gazetteer.json", "ner", "vectors")


@dataclass
class NerSettings:
    """Every choice that shapes the model, saved in ``model.json``; defaults give the shipped model."""

    kind: str = "crfsuite"
    seed: int = 0
    # data
    corpus_repeats: int = 1  # once: the corpus (1,160 releases) now has about as many tokens as ANERcorp
    aqmar_misc: bool = True  # False: AQMAR's article-specific MIS0-MIS3 become O instead of MISC
    anercorp_holdout: float = 0.0  # share of the ANERcorp train file (its end) kept out, as a development set
    # word vectors, when raw text is given (PPMI-SVD, see word_vectors.py): the CRF ships only the k-means
    # clusters of the most frequent `cluster_words`; spaCy ships `vector_rows` vectors (20k x 100 = 8 MB)
    cluster_words: int = 50_000
    cluster_sizes: tuple[int, ...] = (64, 512, 2048)
    # with the clusters, each word's trigger profile in the raw text (trigger_profiles.py): not shipped, see the card
    trigger_profiles: bool = False
    vector_rows: int = 20_000
    vector_dimensions: int = 100
    vector_window: int = 4
    # CRF
    gazetteer: bool = True
    domains: bool = True  # word features copied per domain (SOURCE_DOMAINS): newswire and releases annotate differently
    c1: float = 0.05
    c2: float = 0.05
    max_iterations: int = 150
    # spaCy
    width: int = 96
    depth: int = 4
    attrs: tuple[str, ...] = ("NORM", "PREFIX", "SUFFIX", "SHAPE")
    rows: tuple[int, ...] = (5000, 1000, 2500, 500)
    hidden_width: int = 64
    window_size: int = 1
    epochs: int = 30
    patience: int = 6
    dropout: float = 0.2
    learn_rate: float = 0.001
    batch_size: int = 32


@dataclass
class TrainingData:
    """Training examples, development sets, and what went into them."""

    train: list[TextExample]
    development: list[EvaluationSet]
    counts: dict


def load_training_data(anercorp: str | Path, aqmar: str | Path | None, corpus: str | Path,
                       settings: NerSettings) -> TrainingData:
    """Examples from the sources given; our corpus's dev split (and an ANERcorp hold-out if asked) for development."""
    anercorp_all = conll_examples(anercorp, "anercorp")
    cut = round(len(anercorp_all) * (1 - settings.anercorp_holdout))
    development = [corpus_evaluation_set(corpus, "dev")]
    if cut < len(anercorp_all):
        held = anercorp_all[cut:]
        holdout = EvaluationSet("anercorp-holdout", [e.text for e in held], [set(e.entities) for e in held], "news")
        development.insert(0, holdout)
    aqmar_examples = conll_examples(aqmar, "aqmar") if aqmar else []
    if not settings.aqmar_misc:
        aqmar_examples = [TextExample(e.text, tuple(x for x in e.entities if x[2] != "MISC"), e.source)
                          for e in aqmar_examples]
    corpus_train = corpus_examples(corpus, "train")
    counts = {"anercorp_sentences": cut, "anercorp_holdout_sentences": len(anercorp_all) - cut,
              "aqmar_sentences": len(aqmar_examples), "corpus_paragraphs": len(corpus_train),
              "corpus_repeats": settings.corpus_repeats}
    train = anercorp_all[:cut] + aqmar_examples + corpus_train * settings.corpus_repeats
    counts["entities"] = {label: sum(label == x[2] for e in train for x in e.entities) for label in LABELS}
    return TrainingData(train, development, counts)


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for package in ("arabic_release_nlp", "spacy", "python-crfsuite", "sklearn-crfsuite", "numpy", "scipy",
                    "scikit-learn"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            pass
    return versions


def _clear_model_folder(folder: Path) -> None:
    # Only what a previous training wrote: a stale vectors/ beside a new CRF would mislead a reader.
    for name in _MODEL_FILES:
        path = folder / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def train_model(data: TrainingData, folder: str | Path, settings: NerSettings,
                word_vectors: tuple[list[str], np.ndarray] | None = None,
                log: Callable[[str], None] = print, profiles: dict[str, tuple[str, ...]] | None = None) -> dict:
    """Train one model of ``settings.kind`` on ``data`` and write it to ``folder``; return its ``model.json``.
    ``profiles`` (trigger profiles of words, :mod:`trigger_profiles`) go beside the word clusters of a CRF."""
    if settings.kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {settings.kind!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    _clear_model_folder(folder)
    started = time.perf_counter()
    if settings.kind == "crfsuite":
        history = _train_crf(data, folder, settings, word_vectors, profiles, log)
    else:
        from arabic_release_nlp.entities.spacy_ner import norm_vectors, save_spacy_ner, train_spacy_ner

        vectors = norm_vectors(*word_vectors) if word_vectors else None
        nlp, history = train_spacy_ner(data, settings, vectors, log)
        save_spacy_ner(nlp, folder)
    info = {"kind": settings.kind, "labels": list(LABELS), "settings": asdict(settings), "data": data.counts,
            "word_vectors": None if word_vectors is None else {
                "rows": len(word_vectors[0]), "dimensions": int(word_vectors[1].shape[1])},
            "trigger_profiles": len(profiles) if profiles and settings.kind == "crfsuite" else 0,
            "history": history, "training_seconds": round(time.perf_counter() - started, 1),
            "versions": _versions()}
    if settings.kind == "spacy-ner":
        from arabic_release_nlp.entities.spacy_ner import ner_model_config

        info["config"] = ner_model_config(settings, word_vectors is not None)
    elif settings.domains:
        info["domains"] = sorted(set(SOURCE_DOMAINS.values()))
    info["files"] = model_files(folder)
    (folder / "model.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    info["development"] = {s.name: evaluate_pipeline(ner_pipeline(folder, s.domain), s)["exact"]
                           for s in data.development}
    for name, scores in info["development"].items():
        log(f"{name}: micro-F1 {scores['micro']['f1']:.3f} " +
            " ".join(f"{label} {scores[label]['f1']:.3f}" for label in LABELS))
    (folder / "model.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    return info


def _train_crf(data: TrainingData, folder: Path, settings: NerSettings,
               word_vectors: tuple[list[str], np.ndarray] | None, profiles: dict[str, tuple[str, ...]] | None,
               log: Callable[[str], None]) -> dict:
    from arabic_release_nlp.entities.crf_model import train_crf, word_clusters, write_clusters
    from arabic_release_nlp.entities.gazetteer_features import load_gazetteer
    from arabic_release_nlp.entities.trigger_profiles import with_profiles
    from arabic_release_nlp.pipeline import blank_arabic

    clusters = None
    if word_vectors is not None:
        clusters = word_clusters(*word_vectors, sizes=settings.cluster_sizes, seed=settings.seed)
    if profiles:
        clusters = with_profiles(clusters, profiles, len(settings.cluster_sizes) if clusters else 0)
    if clusters is not None:
        write_clusters(clusters, folder / "clusters.tsv")
    gazetteer = None
    if settings.gazetteer:
        gazetteer = load_gazetteer()
        (folder / "gazetteer.json").write_text(gazetteer.to_json(), encoding="utf-8")
    docs, split_tokens = make_training_docs(blank_arabic(), data.train)
    log(f"training the CRF on {len(docs)} examples ({split_tokens} tokens split at entity boundaries)")
    domains = [SOURCE_DOMAINS[example.source] for example in data.train] if settings.domains else None
    train_crf(docs, folder / "model.crfsuite", clusters, gazetteer, settings.c1, settings.c2, settings.max_iterations,
              domains)
    return {"split_tokens": split_tokens}


def train_entities(anercorp: str | Path, aqmar: str | Path | None, corpus: str | Path, out: str | Path,
                   settings: NerSettings | None = None, vectors_text: str | Path | None = None,
                   log: Callable[[str], None] = print) -> dict:
    """Load the data, train word vectors on ``vectors_text`` (JSON Lines with a ``text`` field) if given, train
    the model and save it to ``out/ner``; return what ``model.json`` records."""
    settings = settings or NerSettings()
    data = load_training_data(anercorp, aqmar, corpus, settings)
    log(f"{len(data.train)} training examples: {data.counts}")
    word_vectors = profiles = None
    if vectors_text is not None:
        from arabic_release_nlp.entities.word_vectors import read_article_texts, train_word_vectors

        rows = settings.cluster_words if settings.kind == "crfsuite" else settings.vector_rows
        log(f"training {settings.vector_dimensions}-dimensional vectors of {rows:,} words on {vectors_text}")
        word_vectors = train_word_vectors(read_article_texts(vectors_text), rows=rows,
                                          dimensions=settings.vector_dimensions, window=settings.vector_window,
                                          seed=settings.seed)
        if settings.trigger_profiles and settings.kind == "crfsuite":
            from arabic_release_nlp.entities.trigger_profiles import trigger_profiles

            profiles = trigger_profiles(read_article_texts(vectors_text))
            log(f"trigger profiles of {len(profiles):,} words from {vectors_text}")
    info = train_model(data, Path(out) / "ner", settings, word_vectors, log, profiles)
    info["sources"] = {"anercorp": Path(anercorp).name, "aqmar": Path(aqmar).name if aqmar else None,
                       "corpus": Path(corpus).name, "vectors_text": Path(vectors_text).name if vectors_text else None}
    (Path(out) / "ner" / "model.json").write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    return info


__all__ = ["KINDS", "NerSettings", "TrainingData", "load_training_data", "train_entities", "train_model"]
