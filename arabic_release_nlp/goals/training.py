"""Train, select and evaluate the goal classifier on our corpus; write the model and its card.

    arn train goals --corpus data/corpus/corpus.jsonl --out models/goals
    arn evaluate goals --split test
"""

from __future__ import annotations

import platform
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.preprocessing import MultiLabelBinarizer

from arabic_release_nlp.corpus import load_corpus
from arabic_release_nlp.evaluation.metrics import LabelScore, multilabel_scores
from arabic_release_nlp.goals.classifier import GoalTagger, best_thresholds
from arabic_release_nlp.goals.layout import paragraph_layouts
from arabic_release_nlp.goals.predictor import SKIPPED_KINDS, GoalPredictor, classifier_text, release_context
from arabic_release_nlp.goals.taxonomy import Taxonomy, load_taxonomy

# Weak examples (target, indicator and scope texts) count less than a paragraph written for the genre.
WEAK_WEIGHT = 0.3
FOLDS = 4
# context_weight 0 reads the paragraph alone; 1 adds the release's text as a second block;
# layout_weight 1 adds the paragraph's kind, place and length (goals/layout.py).
VARIANTS = [
    {"features": "char", "model": "logistic", "context_weight": 0.0},
    {"features": "char", "model": "logistic", "context_weight": 1.0},
    {"features": "char+word", "model": "logistic", "context_weight": 1.0},
    {"features": "char", "model": "svm", "context_weight": 1.0},
    {"features": "char", "model": "logistic", "context_weight": 1.0, "layout_weight": 1.0},
    # vector_weight 0.5 adds the mean word vector of the paragraph and of its release (goals/word_vector_block.py)
    {"features": "char", "model": "logistic", "context_weight": 1.0, "layout_weight": 1.0, "vector_weight": 0.5},
]
# Out-of-fold thresholds come from models fitted on less data, which score less confidently than the final
# model; a shared shift, chosen on dev for a model fitted on train, corrects for it.
# Dev has about 340 paragraphs: differences in micro-F1 below this are noise.
SELECTION_TOLERANCE = 0.005
THRESHOLD_SHIFTS = tuple(np.round(np.arange(-0.1, 0.151, 0.025), 3))


@dataclass
class Examples:
    """Paragraph texts with their gold labels, and the releases they come from."""

    texts: list[str] = field(default_factory=list)
    labels: list[list[str]] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)


def paragraph_examples(records: Sequence[dict]) -> Examples:
    """Every paragraph of the records that can carry goals, as the classifier reads it, with its labels."""
    examples = Examples()
    for record in records:
        texts = [record["text"][p["start"]:p["end"]] for p in record["paragraphs"]]
        kinds = [p["kind"] for p in record["paragraphs"]]
        context = release_context([text for text, kind in zip(texts, kinds) if kind not in SKIPPED_KINDS])
        layouts = paragraph_layouts(texts, kinds, SKIPPED_KINDS)
        for paragraph, text, layout in zip(record["paragraphs"], texts, layouts):
            if paragraph["kind"] in SKIPPED_KINDS:
                continue
            examples.texts.append(classifier_text(text, context, layout))
            examples.labels.append([f"SDG {n}" for n in paragraph["sdg"]] + [f"GCM {n}" for n in paragraph["gcm"]])
            examples.weights.append(1.0)
    return examples


def weak_examples(taxonomy: Taxonomy) -> Examples:
    """Target and indicator texts of each SDG, the scope note of every goal and the commitment and actions of each
    GCM objective, as weakly labelled text."""
    examples = Examples()
    for target in taxonomy.targets:
        for text in (target.text_ar, *target.indicators_ar):
            examples.texts.append(text)
            examples.labels.append([f"SDG {target.goal}"])
            examples.weights.append(WEAK_WEIGHT)
    for goal in taxonomy.goals:
        for text in (goal.scope_ar, *goal.actions_ar):
            examples.texts.append(text)
            examples.labels.append([goal.label])
            examples.weights.append(WEAK_WEIGHT)
    return examples


def _join(*parts: Examples) -> Examples:
    joined = Examples()
    for part in parts:
        joined.texts += part.texts
        joined.labels += part.labels
        joined.weights += part.weights
    return joined


def framework_scores(gold, predicted, taxonomy: Taxonomy) -> dict[str, Any]:
    """Micro/macro P/R/F1 for SDG and GCM separately, and per label."""
    result: dict[str, Any] = {}
    for framework in ("SDG", "GCM"):
        labels = [g.label for g in taxonomy.goals if g.framework == framework]
        summary, per_label = multilabel_scores(gold, predicted, labels)
        result[framework] = {"summary": summary, "per_label": [_label_row(score) for score in per_label]}
    return result


def _label_row(score: LabelScore) -> dict[str, Any]:
    return {"label": score.label, "support": score.support, "precision": round(score.precision, 4),
            "recall": round(score.recall, 4), "f1": round(score.f1, 4)}


def predict_paragraph_goals(predictor: GoalPredictor, records: Sequence[dict]) -> list[list[dict]]:
    """The pipeline's goal dicts (explicit references and classifier; with score and evidence) for every
    scorable paragraph of the records, in the order of :func:`paragraph_examples`."""
    predictions = []
    for record in records:
        paragraphs = [(p["start"], p["end"]) for p in record["paragraphs"]]
        kinds = [p["kind"] for p in record["paragraphs"]]
        per_paragraph, _ = predictor.predict(record["text"], paragraphs, kinds)
        for index, kind in enumerate(kinds):
            if kind not in SKIPPED_KINDS:
                predictions.append(per_paragraph.get(index, []))
    return predictions


def predict_paragraph_labels(predictor: GoalPredictor, records: Sequence[dict]) -> list[list[str]]:
    """The pipeline's labels (explicit references and classifier) for every scorable paragraph of the records."""
    return [[f"{g['framework']} {g['number']}" for g in goals] for goals in predict_paragraph_goals(predictor, records)]


def fit_variant(variant: dict, train: Examples, dev: Examples, taxonomy: Taxonomy, seed: int) -> GoalTagger:
    tagger = GoalTagger(labels=taxonomy.labels, random_state=seed, **variant)
    tagger.fit(train.texts, train.labels, sample_weight=train.weights)
    return tagger.tune_thresholds(dev.texts, dev.labels)


def train_goals(corpus: Path, seed: int = 0, variants: Sequence[dict] = VARIANTS, use_weak: bool = True,
                taxonomy: Taxonomy | None = None, log=print) -> tuple[GoalTagger, dict[str, Any]]:
    """Fit every variant on the train split (plus weak taxonomy texts), tune thresholds and compare on dev.

    Returns the best variant by dev micro-F1 (SDG and GCM pooled) and a report of all of them.
    """
    taxonomy = taxonomy or load_taxonomy()
    records = load_corpus(corpus)
    train_records = [r for r in records if r["split"] == "train"]
    dev_records = [r for r in records if r["split"] == "dev"]
    train = paragraph_examples(train_records)
    if use_weak:
        train = _join(train, weak_examples(taxonomy))
    dev = paragraph_examples(dev_records)
    report: dict[str, Any] = {"variants": [], "train_paragraphs": len(paragraph_examples(train_records).texts),
                              "weak_examples": len(weak_examples(taxonomy).texts) if use_weak else 0,
                              "dev_paragraphs": len(dev.texts), "seed": seed}
    fitted: list[tuple[GoalTagger, float, dict]] = []
    for variant in variants:
        started = time.perf_counter()
        tagger = fit_variant(variant, train, dev, taxonomy, seed)
        seconds = time.perf_counter() - started
        predicted = predict_paragraph_labels(GoalPredictor(tagger, taxonomy), dev_records)
        scores = framework_scores(dev.labels, predicted, taxonomy)
        classifier_only = framework_scores(dev.labels, tagger.predict_labels(dev.texts), taxonomy)
        pooled = multilabel_scores(dev.labels, predicted, taxonomy.labels)[0]["micro_f1"]
        entry = {"variant": variant, "train_seconds": round(seconds, 1), "dev_micro_f1": round(pooled, 4),
                 "dev": _summaries(scores), "dev_classifier_only": _summaries(classifier_only)}
        report["variants"].append(entry)
        log(f"{variant['features']:>9} {variant['model']:>8} context {variant.get('context_weight', 1.0)} "
            f"layout {variant.get('layout_weight', 0.0)} vectors {variant.get('vector_weight', 0.0)}: "
            f"dev micro-F1 {pooled:.3f} (SDG {entry['dev']['SDG']['micro_f1']:.3f}, GCM {entry['dev']['GCM']['micro_f1']:.3f}) in {seconds:.0f}s")
        fitted.append((tagger, pooled, variant))
    best, _, chosen = choose_variant(fitted)
    chosen = dict(chosen)
    report["chosen"] = chosen
    weak = weak_examples(taxonomy) if use_weak else Examples()
    shift = choose_threshold_shift(best, chosen, train_records, dev, weak, taxonomy, seed)
    log(f"threshold shift {shift:+.3f} (chosen on dev); refitting on train and dev, thresholds from {FOLDS}-fold "
        "out-of-fold scores")
    final, _ = refit_with_cross_validated_thresholds(chosen, train_records + dev_records, weak, taxonomy, seed)
    final.thresholds_ = np.clip(final.thresholds_ + shift, 0.01, 0.99).astype(np.float32)
    report["final"] = {"releases": len(train_records) + len(dev_records), "folds": FOLDS, "threshold_shift": shift}
    return final, report


def choose_variant(fitted: Sequence[tuple[GoalTagger, float, dict]]) -> tuple[GoalTagger, float, dict]:
    """The best ``(tagger, dev score, variant)`` by dev score; within ``SELECTION_TOLERANCE`` of the best, the
    one with the fewest weights (a smaller file that loads and runs faster), as dev cannot tell them apart."""
    top = max(score for _, score, _ in fitted)
    close = [entry for entry in fitted if entry[1] >= top - SELECTION_TOLERANCE]
    return min(close, key=lambda entry: entry[0].coef_.size)


def choose_threshold_shift(tagger: GoalTagger, variant: dict, train_records: Sequence[dict], dev: Examples,
                           weak: Examples, taxonomy: Taxonomy, seed: int) -> float:
    """The shift of out-of-fold thresholds that maximises pooled dev micro-F1 for ``tagger`` (fitted on train).

    The thresholds come from out-of-fold scores on train, as the final model's come from train and dev, so the
    shift measures how much the final model's confidence differs from that of its fold models.
    """
    _, thresholds = refit_with_cross_validated_thresholds(variant, train_records, weak, taxonomy, seed, final=False)
    probabilities = tagger.predict_proba(dev.texts)

    def dev_f1(shift: float) -> float:
        decisions = probabilities >= thresholds + shift
        predicted = [list(tagger.classes_[row]) for row in decisions]
        return multilabel_scores(dev.labels, predicted, taxonomy.labels)[0]["micro_f1"]

    # Ties go to the smallest shift in size.
    return float(max(THRESHOLD_SHIFTS, key=lambda shift: (round(dev_f1(shift), 6), -abs(shift))))


def refit_with_cross_validated_thresholds(variant: dict, records: Sequence[dict], weak: Examples,
                                          taxonomy: Taxonomy, seed: int,
                                          final: bool = True) -> tuple[GoalTagger | None, np.ndarray]:
    """Fit on all ``records`` (plus weak texts); tune thresholds on out-of-fold scores, folds by release.

    Returns the fitted tagger (``None`` when ``final`` is false: only the thresholds are wanted) and the thresholds.
    """
    order = sorted(range(len(records)), key=lambda i: records[i]["id"])
    folds = [[records[i] for i in order[k::FOLDS]] for k in range(FOLDS)]
    gold: list[list[str]] = []
    scores = []
    for k in range(FOLDS):
        held_out = paragraph_examples(folds[k])
        rest = _join(paragraph_examples([r for j, fold in enumerate(folds) if j != k for r in fold]), weak)
        tagger = GoalTagger(labels=taxonomy.labels, random_state=seed, **variant)
        scores.append(tagger.fit(rest.texts, rest.labels, sample_weight=rest.weights).predict_proba(held_out.texts))
        gold += held_out.labels
    if not final:
        gold_matrix = MultiLabelBinarizer(classes=taxonomy.labels).fit_transform(gold)
        return None, best_thresholds(np.vstack(scores), gold_matrix)
    everything = _join(paragraph_examples(records), weak)
    tagger = GoalTagger(labels=taxonomy.labels, random_state=seed, **variant)
    tagger.fit(everything.texts, everything.labels, sample_weight=everything.weights)
    return tagger, tagger.tune_thresholds_from_scores(np.vstack(scores), gold).thresholds_


def _summaries(scores: dict[str, Any]) -> dict[str, dict[str, float]]:
    return {framework: {k: round(v, 4) for k, v in scores[framework]["summary"].items()} for framework in scores}


def environment() -> dict[str, str]:
    import numpy
    import sklearn
    import skops

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__, "skops": skops.__version__,
            "numpy": numpy.__version__}
