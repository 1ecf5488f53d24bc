"""Train the statistical NER model (spaCy's transition-based ``ner`` on our tokenizer) and save it.

Training data: ANERcorp train (its last tenth held out for choosing the best epoch), AQMAR, and the train
split of our corpus (oversampled: it is the target domain). The dev split of our corpus and the ANERcorp
hold-out choose the epoch; no test data is read. The saved folder is what ``arn_ner`` loads::

    models/entities/ner/
        ner/            spaCy EntityRecognizer weights and transition moves (msgpack; no pickle)
        vectors/        static word vectors keyed by token.norm_ (when trained with vectors)
        model.json      architecture, labels, training data, scores on the development sets

Example (the CLI does the same: ``arn train entities --anercorp ... --aqmar ... --corpus ... --out models/entities``)::

    >>> summary = train_entities(anercorp, aqmar, corpus, "models/entities")   # doctest: +SKIP
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch
from spacy.vectors import Vectors

from arabic_release_nlp.entities.conll import LABELS
from arabic_release_nlp.entities.ner_data import TextExample, conll_examples, corpus_examples, make_training_docs
from arabic_release_nlp.entities.ner_test_sets import EvaluationSet, evaluate_pipeline
from arabic_release_nlp.pipeline import blank_arabic

ANERCORP_HOLDOUT = 0.1


@dataclass
class NerSettings:
    """Architecture and training hyper-parameters of the spaCy NER model (all explicit, all saved)."""

    width: int = 96
    depth: int = 4
    attrs: tuple[str, ...] = ("NORM", "PREFIX", "SUFFIX", "SHAPE")
    rows: tuple[int, ...] = (5000, 1000, 2500, 500)
    hidden_width: int = 64
    window_size: int = 1
    vectors: str | None = None  # a folder with vectors.npy and words.txt, see word_vectors.py
    epochs: int = 20
    patience: int = 5
    dropout: float = 0.2
    learn_rate: float = 0.001
    batch_words: int = 1000
    corpus_repeats: int = 3
    use_aqmar: bool = True
    seed: int = 0
    max_train_examples: int | None = None  # for quick experiments on a subset
    extra: dict = field(default_factory=dict)


def ner_model_config(settings: NerSettings) -> dict:
    """The spaCy ``ner`` component config: a MultiHashEmbed + CNN tok2vec under the transition parser."""
    return {"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": settings.hidden_width, "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": settings.width,
                      "attrs": list(settings.attrs), "rows": list(settings.rows),
                      "include_static_vectors": settings.vectors is not None},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": settings.width,
                       "depth": settings.depth, "window_size": settings.window_size, "maxout_pieces": 3},
        },
    }}


def load_vectors_folder(folder: str | Path) -> Vectors:
    """Vectors from ``vectors.npy`` and ``words.txt`` (one matching form a line), keyed by ``NORM``."""
    folder = Path(folder)
    data = np.load(folder / "vectors.npy", allow_pickle=False)
    words = (folder / "words.txt").read_text(encoding="utf-8").split("\n")
    vectors = Vectors(data=data, keys=None, attr="NORM")
    for row, word in enumerate(words):
        vectors.add(word, row=row)
    return vectors


def build_ner_pipeline(settings: NerSettings) -> Language:
    """A blank pipeline with our tokenizer, the vectors (if any) in its vocab, and an untrained ``ner``."""
    nlp = blank_arabic()
    if settings.vectors:
        nlp.vocab.vectors = load_vectors_folder(settings.vectors)
    ner = nlp.add_pipe("ner", config=ner_model_config(settings))
    for label in LABELS:
        ner.add_label(label)
    return nlp


def _examples(docs: Sequence[Doc]) -> list[Example]:
    return [Example(Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]), doc)
            for doc in docs]


@dataclass
class TrainingData:
    """Training examples and the development sets that choose the epoch."""

    train: list[TextExample]
    development: list[EvaluationSet]
    counts: dict


def load_training_data(anercorp: str | Path, aqmar: str | Path | None, corpus: str | Path,
                       settings: NerSettings) -> TrainingData:
    """Examples from the three sources; ANERcorp's last tenth and our corpus's dev split for development."""
    from arabic_release_nlp.entities.ner_test_sets import corpus_evaluation_set

    anercorp_all = conll_examples(anercorp, "anercorp")
    cut = int(len(anercorp_all) * (1 - ANERCORP_HOLDOUT))
    holdout = EvaluationSet("anercorp-holdout", [e.text for e in anercorp_all[cut:]],
                            [set(e.entities) for e in anercorp_all[cut:]])
    aqmar_examples = conll_examples(aqmar, "aqmar") if aqmar and settings.use_aqmar else []
    corpus_train = corpus_examples(corpus, "train")
    train = anercorp_all[:cut] + aqmar_examples + corpus_train * settings.corpus_repeats
    counts = {"anercorp_sentences": cut, "anercorp_holdout_sentences": len(anercorp_all) - cut,
              "aqmar_sentences": len(aqmar_examples), "corpus_paragraphs": len(corpus_train),
              "corpus_repeats": settings.corpus_repeats}
    return TrainingData(train, [holdout, corpus_evaluation_set(corpus, "dev")], counts)


def _development_score(nlp: Language, development: list[EvaluationSet]) -> tuple[float, dict]:
    results = {s.name: evaluate_pipeline(nlp, s)["exact"] for s in development}
    return sum(r["micro"]["f1"] for r in results.values()) / len(results), results


def train_ner(data: TrainingData, settings: NerSettings, log: Callable[[str], None] = print) -> tuple[Language, dict]:
    """Train with Adam (parameter averaging), keep the epoch with the best mean dev micro-F1."""
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    nlp = build_ner_pipeline(settings)
    examples = list(data.train)
    if settings.max_train_examples:
        examples = rng.sample(examples, min(settings.max_train_examples, len(examples)))
    docs, split_tokens = make_training_docs(nlp, examples)
    train = _examples(docs)
    optimizer = nlp.initialize(lambda: train[:500])
    optimizer.learn_rate = settings.learn_rate
    history = {"split_tokens": split_tokens, "epochs": []}
    best_score, best_weights, stale = -1.0, None, 0
    for epoch in range(1, settings.epochs + 1):
        started = time.perf_counter()
        rng.shuffle(train)
        losses: dict = {}
        for batch in minibatch(train, size=max(1, settings.batch_words // 30)):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        seconds = time.perf_counter() - started
        with nlp.use_params(optimizer.averages):
            score, results = _development_score(nlp, data.development)
            if score > best_score:
                best_score, best_weights, stale = score, nlp.get_pipe("ner").to_bytes(), 0
            else:
                stale += 1
        figures = " ".join(f"{name} {r['micro']['f1']:.3f}" for name, r in results.items())
        log(f"epoch {epoch:2d} loss {losses.get('ner', 0):9.1f} {figures} mean {score:.3f} ({seconds:.0f}s)")
        history["epochs"].append({"epoch": epoch, "loss": float(losses.get("ner", 0.0)), "mean_f1": score,
                                  "seconds": seconds,
                                  "f1": {name: r["micro"]["f1"] for name, r in results.items()}})
        if stale >= settings.patience:
            break
    nlp.get_pipe("ner").from_bytes(best_weights)
    history["best_mean_f1"] = best_score
    return nlp, history


def save_ner(nlp: Language, folder: str | Path, settings: NerSettings, info: dict) -> Path:
    """Write the trained ``ner`` weights, the vectors and ``model.json`` to ``folder`` (created)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(folder / "ner", exclude=["vocab"])
    if settings.vectors:
        nlp.vocab.vectors.to_disk(folder / "vectors")
    model = {"kind": "spacy-ner", "labels": list(LABELS), "config": ner_model_config(settings),
             "settings": asdict(settings), **info}
    (folder / "model.json").write_text(json.dumps(model, ensure_ascii=False, indent=2), encoding="utf-8")
    return folder


def train_entities(anercorp: str | Path, aqmar: str | Path | None, corpus: str | Path, out: str | Path,
                   settings: NerSettings | None = None, log: Callable[[str], None] = print) -> dict:
    """Train on the three sources and save the model to ``out/ner``; return the training summary."""
    settings = settings or NerSettings()
    data = load_training_data(anercorp, aqmar, corpus, settings)
    log(f"training examples: {len(data.train)} ({data.counts})")
    nlp, history = train_ner(data, settings, log)
    info = {"data": data.counts, "history": history}
    save_ner(nlp, Path(out) / "ner", settings, info)
    return info


__all__ = ["NerSettings", "build_ner_pipeline", "load_training_data", "ner_model_config", "save_ner",
           "train_entities", "train_ner"]
