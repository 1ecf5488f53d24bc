"""The spaCy variant of the NER model: spaCy's transition-based ``ner`` with a MultiHashEmbed + CNN tok2vec
over NORM, PREFIX, SUFFIX and SHAPE, optionally with static word vectors keyed by ``token.norm_``.

Saved as ``ner/`` (EntityRecognizer weights and moves, msgpack) and ``vectors/`` (spaCy ``Vectors``) in the
model folder; ``ner_component`` loads them. Training runs on one core and keeps the epoch with the best mean
micro-F1 over the development sets.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch
from spacy.vectors import Vectors

from arabic_release_nlp.entities.conll import LABELS
from arabic_release_nlp.entities.ner_data import make_training_docs
from arabic_release_nlp.entities.ner_test_sets import evaluate_pipeline
from arabic_release_nlp.pipeline import blank_arabic

if TYPE_CHECKING:
    from arabic_release_nlp.entities.ner_training import NerSettings, TrainingData


def ner_model_config(settings: NerSettings, vectors: bool) -> dict:
    """The spaCy ``ner`` component config: a MultiHashEmbed + CNN tok2vec under the transition parser."""
    return {"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": settings.hidden_width, "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": settings.width,
                      "attrs": list(settings.attrs), "rows": list(settings.rows),
                      "include_static_vectors": vectors},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": settings.width,
                       "depth": settings.depth, "window_size": settings.window_size, "maxout_pieces": 3},
        },
    }}


def norm_vectors(words: Sequence[str], data: np.ndarray) -> Vectors:
    """A spaCy ``Vectors`` table keyed by ``NORM``: row ``i`` is the vector of ``words[i]``."""
    vectors = Vectors(data=data, keys=None, attr="NORM")
    for row, word in enumerate(words):
        vectors.add(word, row=row)
    return vectors


def build_ner_pipeline(settings: NerSettings, vectors: Vectors | None = None) -> Language:
    """A blank pipeline with our tokenizer, the vectors (if any) in its vocab, and an untrained ``ner``."""
    nlp = blank_arabic()
    if vectors is not None:
        nlp.vocab.vectors = vectors
    ner = nlp.add_pipe("ner", config=ner_model_config(settings, vectors is not None))
    for label in LABELS:
        ner.add_label(label)
    return nlp


def _examples(docs: Sequence[Doc]) -> list[Example]:
    # The predicted side keeps the training Doc's tokens, including tokens split at entity boundaries.
    return [Example(Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]), doc)
            for doc in docs]


def train_spacy_ner(data: TrainingData, settings: NerSettings, vectors: Vectors | None = None,
                    log: Callable[[str], None] = print) -> tuple[Language, dict]:
    """Train with Adam and parameter averaging; keep the epoch with the best mean dev micro-F1."""
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    nlp = build_ner_pipeline(settings, vectors)
    docs, split_tokens = make_training_docs(nlp, data.train)
    train = _examples(docs)
    optimizer = nlp.initialize(lambda: train[:500])
    optimizer.learn_rate = settings.learn_rate
    history: dict = {"split_tokens": split_tokens, "epochs": []}
    best_score, best_weights, stale = -1.0, None, 0
    for epoch in range(1, settings.epochs + 1):
        started = time.perf_counter()
        rng.shuffle(train)
        losses: dict = {}
        for batch in minibatch(train, size=settings.batch_size):
            nlp.update(batch, drop=settings.dropout, sgd=optimizer, losses=losses)
        seconds = time.perf_counter() - started
        with nlp.use_params(optimizer.averages):
            results = {s.name: evaluate_pipeline(nlp, s)["exact"]["micro"]["f1"] for s in data.development}
            score = sum(results.values()) / max(len(results), 1)
            if score > best_score:
                best_score, best_weights, stale = score, nlp.get_pipe("ner").to_bytes(), 0
            else:
                stale += 1
        log(f"epoch {epoch:2d} loss {losses.get('ner', 0):9.1f} "
            + " ".join(f"{name} {f1:.3f}" for name, f1 in results.items()) + f" ({seconds:.0f}s)")
        history["epochs"].append({"epoch": epoch, "loss": float(losses.get("ner", 0.0)), "f1": results,
                                  "seconds": seconds})
        if stale >= settings.patience:
            break
    nlp.get_pipe("ner").from_bytes(best_weights)
    history["best_mean_f1"] = best_score
    return nlp, history


def save_spacy_ner(nlp: Language, folder: str | Path) -> None:
    """Write the trained ``ner`` weights and moves, and the vectors if the vocab has any, into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(folder / "ner", exclude=["vocab"])
    if nlp.vocab.vectors.shape[0]:
        nlp.vocab.vectors.to_disk(folder / "vectors")
