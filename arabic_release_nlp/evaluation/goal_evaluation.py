"""Evaluate goal tagging (SDG and GCM per paragraph) against gold annotations; `arn evaluate goals` uses it too.

    >>> from arabic_release_nlp.evaluation import evaluate_goals
    >>> result = evaluate_goals("data/corpus/corpus.jsonl", split="test")    # doctest: +SKIP
    >>> result.summary["SDG"]["micro_f1"], result.per_label, result.errors   # doctest: +SKIP
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from arabic_release_nlp.evaluation.annotated_data import is_release_list, pair_releases, select_records
from arabic_release_nlp.evaluation.confusion import cooccurrence, label_confusion
from arabic_release_nlp.evaluation.metrics import LabelScore, multilabel_scores
from arabic_release_nlp.evaluation.results import LabelledEvaluation, label_row, pandas
from arabic_release_nlp.goals.classifier import GoalTagger
from arabic_release_nlp.goals.predictor import SKIPPED_KINDS, GoalPredictor
from arabic_release_nlp.goals.taxonomy import FRAMEWORKS, Taxonomy, load_taxonomy
from arabic_release_nlp.goals.training import framework_scores, paragraph_examples, predict_paragraph_goals
from arabic_release_nlp.structure.release import Release

SYSTEMS = ("pipeline", "classifier", "keyword_baseline")
# Another annotator's labels for the same paragraphs: how far two annotations agree (an upper reference for systems).
SECOND_ANNOTATION = "second_annotation"
ERROR_COLUMNS = ("id", "paragraph", "kind", "framework", "label", "error", "score", "threshold", "explicit",
                 "evidence", "text")


def _label(goal: dict) -> str:
    return f"{goal['framework']} {goal['number']}"


@dataclass(repr=False)
class GoalEvaluation(LabelledEvaluation):
    """Goal predictions beside gold labels, for every scorable (non-boilerplate) gold paragraph.

    ``summary`` holds micro and macro P/R/F1 per framework (``"SDG"``, ``"GCM"``). Macro averages are over
    the labels that have support (gold examples) in the evaluated data; a label without support has no recall
    to average and is left out, though its row in ``per_label`` still shows what was predicted for it.

    Attributes:
        system: ``pipeline`` (explicit references + classifier, as ``arn_goals``), ``classifier``,
            ``keyword_baseline``, or ``releases`` (goals read from analysed ``Release`` objects).
        paragraphs: per paragraph ``{"id", "paragraph", "kind", "text"}`` (the paragraph's own text).
        gold, predicted: the label lists per paragraph («SDG 3»).
        goals: the predicted goal dicts per paragraph (``score``, ``explicit``, ``evidence`` when known).
        probabilities: the classifier's probability of every label of ``labels`` per paragraph (NaN for a
            label the model lacks); ``None`` for releases and the keyword baseline.
        thresholds: the classifier's decision threshold per label, when ``probabilities`` are known.
    """

    system: str
    paragraphs: list[dict[str, Any]]
    gold: list[list[str]]
    predicted: list[list[str]]
    goals: list[list[dict[str, Any]]]
    taxonomy: Taxonomy
    probabilities: np.ndarray | None = None
    thresholds: np.ndarray | None = None
    model: str | None = None
    error_columns: tuple[str, ...] = field(default=ERROR_COLUMNS, init=False)

    @property
    def title(self) -> str:
        model = f", model {self.model}" if self.model else ""
        return f"goals: {self.system} on {len(self.paragraphs)} paragraphs{model}"

    @property
    def labels(self) -> list[str]:
        """All 40 labels, SDG 1–17 then GCM 1–23."""
        return self.taxonomy.labels

    def framework_labels(self, framework: str) -> list[str]:
        return [goal.label for goal in self.taxonomy.goals if goal.framework == framework]

    @cached_property
    def framework_scores(self) -> dict[str, Any]:
        """``goals.training.framework_scores`` of this evaluation: what `arn evaluate goals` and the card print."""
        return framework_scores(self.gold, self.predicted, self.taxonomy)

    @property
    def summary(self) -> dict[str, dict[str, float]]:
        """``{"SDG": {...}, "GCM": {...}}``: micro and macro precision, recall, F1, support and predicted count."""
        return {framework: dict(self.framework_scores[framework]["summary"]) for framework in FRAMEWORKS}

    @cached_property
    def label_scores(self) -> dict[str, list[LabelScore]]:
        """Unrounded per-label counts and scores, per framework."""
        return {framework: multilabel_scores(self.gold, self.predicted, self.framework_labels(framework))[1]
                for framework in FRAMEWORKS}

    def label_rows(self) -> list[dict[str, Any]]:
        return [label_row(score, framework) for framework in FRAMEWORKS for score in self.label_scores[framework]]

    def _probability(self, row: int, label: str) -> tuple[float, float]:
        if self.probabilities is None or self.thresholds is None or label not in self.labels:
            return float("nan"), float("nan")
        column = self.labels.index(label)
        return float(self.probabilities[row, column]), float(self.thresholds[column])

    def error_rows(self) -> list[dict[str, Any]]:
        """One dict per false positive and false negative: the paragraph, the label, the score it got (for a
        miss: the classifier's probability, when known), the threshold, and the evidence of a wrong goal."""
        rows = []
        order = {label: index for index, label in enumerate(self.labels)}
        for row, (where, gold, predicted, goals) in enumerate(zip(self.paragraphs, self.gold, self.predicted,
                                                                  self.goals)):
            by_label = {_label(goal): goal for goal in goals}
            for error, labels in (("false positive", set(predicted) - set(gold)),
                                  ("false negative", set(gold) - set(predicted))):
                for label in sorted(labels, key=lambda label: (order.get(label, len(order)), label)):
                    goal = by_label.get(label, {})
                    probability, threshold = self._probability(row, label)
                    rows.append({**where, "framework": label.split()[0], "label": label, "error": error,
                                 "score": goal.get("score", probability), "threshold": threshold,
                                 "explicit": bool(goal.get("explicit", False)),
                                 "evidence": " … ".join(span["text"] for span in goal.get("evidence", []))})
        return [{column: row[column] for column in ERROR_COLUMNS} for row in rows]

    def confusion_counts(self, framework: str = "SDG", mode: str = "both") -> list[list[int]]:
        """``evaluation.confusion.label_confusion`` over one framework's labels."""
        labels = self.framework_labels(framework)
        return label_confusion(self.gold, self.predicted, labels, mode)

    def confusion(self, framework: str = "SDG", mode: str = "both"):
        """For each gold label (rows), the share of its paragraphs in which each other label (columns) was
        wrongly predicted ``instead``, ``as_well`` or in ``both`` cases; the diagonal is the label's recall."""
        labels = self.framework_labels(framework)
        counts = np.array(self.confusion_counts(framework, mode), dtype=float)
        support = np.array([score.support for score in self.label_scores[framework]], dtype=float)
        rates = np.divide(counts, support[:, None], out=np.zeros_like(counts), where=support[:, None] > 0)
        return pandas().DataFrame(rates, index=labels, columns=labels)

    def cooccurrence(self, which: str = "gold"):
        """How many paragraphs carry each pair of labels, in the ``gold`` annotations or the ``predicted`` ones."""
        if which not in ("gold", "predicted"):
            raise ValueError(f"which must be 'gold' or 'predicted', got {which!r}")
        counts = cooccurrence(self.gold if which == "gold" else self.predicted, self.labels)
        return pandas().DataFrame(counts, index=self.labels, columns=self.labels)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values: system, model, paragraph count, summary per framework, per-label rows."""
        return {"task": "goals", "system": self.system, "model": self.model, "paragraphs": len(self.paragraphs),
                "summary": self.summary, "per_label": self.label_rows(),
                "errors": {"false_positives": sum(len(set(p) - set(g)) for g, p in zip(self.gold, self.predicted)),
                           "false_negatives": sum(len(set(g) - set(p)) for g, p in zip(self.gold, self.predicted))}}


def scorable_paragraphs(records: Sequence[dict]) -> list[dict[str, Any]]:
    """``{"id", "paragraph", "kind", "text"}`` of every paragraph scored, in the order of ``paragraph_examples``."""
    return [{"id": record["id"], "paragraph": index, "kind": paragraph["kind"],
             "text": record["text"][paragraph["start"]:paragraph["end"]]}
            for record in records for index, paragraph in enumerate(record["paragraphs"])
            if paragraph["kind"] not in SKIPPED_KINDS]


def goal_predictor(model: str | Path | GoalTagger | GoalPredictor | None,
                   taxonomy: Taxonomy | None = None) -> tuple[GoalPredictor, str]:
    """A predictor for ``model`` (a model folder, a fitted tagger, a predictor, or ``None``: ``models/goals``)
    and a short description of it."""
    from arabic_release_nlp.goals.component import DEFAULT_MODEL
    from arabic_release_nlp.goals.persistence import load_model

    if isinstance(model, GoalPredictor):
        return model, f"GoalTagger({model.tagger.features}, {model.tagger.model})"
    taxonomy = taxonomy or load_taxonomy()
    if isinstance(model, GoalTagger):
        return GoalPredictor(model, taxonomy), f"GoalTagger({model.features}, {model.model})"
    folder = Path(model) if model is not None else DEFAULT_MODEL
    return GoalPredictor(load_model(folder), taxonomy), str(model) if model is not None else "models/goals"


def _probabilities(tagger: GoalTagger, texts: list[str],
                   labels: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The tagger's probabilities (its own column order), and both probabilities and thresholds in ``labels`` order."""
    own = tagger.predict_proba(texts) if texts else np.zeros((0, len(tagger.classes_)), dtype=np.float32)
    columns = {label: index for index, label in enumerate(tagger.classes_)}
    ordered = np.full((len(texts), len(labels)), np.nan)
    thresholds = np.full(len(labels), np.nan)
    for index, label in enumerate(labels):
        if label in columns:
            ordered[:, index] = own[:, columns[label]]
            thresholds[index] = tagger.thresholds_[columns[label]]
    return own, ordered, thresholds


def _evaluate_records(records: list[dict], predictor: GoalPredictor | None, model: str | None, system: str,
                      taxonomy: Taxonomy) -> GoalEvaluation:
    examples = paragraph_examples(records)
    result = GoalEvaluation(system, scorable_paragraphs(records), examples.labels, [], [], taxonomy, model=model)
    if system == "keyword_baseline":
        from arabic_release_nlp.goals.baseline import KeywordTagger

        result.predicted = KeywordTagger.from_taxonomy(taxonomy).predict_labels(examples.texts)
        result.goals = [[] for _ in result.predicted]
        return result
    tagger = predictor.tagger
    own, result.probabilities, result.thresholds = _probabilities(tagger, examples.texts, taxonomy.labels)
    if system == "pipeline":
        result.goals = predict_paragraph_goals(predictor, records)
        result.predicted = [[_label(goal) for goal in goals] for goals in result.goals]
    else:  # the classifier alone: GoalTagger.predict_labels, from the probabilities computed once
        decisions = own >= tagger.thresholds_
        result.predicted = [list(tagger.classes_[row]) for row in decisions]
        result.goals = [[{"framework": label.split()[0], "number": int(label.split()[1]),
                          "score": round(float(own[row, list(tagger.classes_).index(label)]), 4), "explicit": False,
                          "evidence": []} for label in labels] for row, labels in enumerate(result.predicted)]
    return result


def _evaluate_releases(pairs: list[tuple[Release, dict]], taxonomy: Taxonomy) -> GoalEvaluation:
    records = [record for _, record in pairs]
    result = GoalEvaluation("releases", scorable_paragraphs(records), paragraph_examples(records).labels, [], [],
                            taxonomy)
    for release, record in pairs:
        by_offsets = {(p.start, p.end): p for p in release.paragraphs}
        for paragraph in record["paragraphs"]:
            if paragraph["kind"] in SKIPPED_KINDS:
                continue
            found = by_offsets.get((paragraph["start"], paragraph["end"]))
            goals = list(found.goals) if found else []
            result.goals.append(goals)
            result.predicted.append([_label(goal) for goal in goals])
    return result


def evaluate_goals(releases_or_corpus: str | Path | Iterable[dict] | Sequence[Release],
                   gold: str | Path | Iterable[dict] | None = None, split: str | None = None,
                   model: str | Path | GoalTagger | GoalPredictor | None = None,
                   system: str = "pipeline") -> GoalEvaluation:
    """Score goal tagging per paragraph, SDG and GCM separately, against gold labels.

    Args:
        releases_or_corpus: a corpus file (our JSON Lines) or a list of its records: gold comes from the
            records and the goals are predicted on their gold paragraphs (as `arn evaluate goals` does). Or a list
            of analysed ``Release`` objects: their paragraphs' goals are scored against ``gold``, matched by id
            and paragraph offsets (a gold paragraph the pipeline split differently counts as predicted empty).
        gold: with releases, the records (or corpus file) they were analysed from.
        split: ``train``, ``dev`` or ``test``: only records (or releases whose gold record) of that split.
        model: with records: a goal model folder, a fitted ``GoalTagger`` or a ``GoalPredictor``
            (default: the shipped ``models/goals``).
        system: with records: ``pipeline`` (explicit references + classifier, as ``arn_goals``), ``classifier``
            alone, or ``keyword_baseline``.

    Only non-boilerplate gold paragraphs are scored. Macro averages leave out labels without support.

        >>> import arabic_release_nlp as arn
        >>> from arabic_release_nlp.corpus import load_corpus
        >>> records = load_corpus(split="test")[:2]
        >>> result = evaluate_goals(records)
        >>> sorted(result.summary), len(result.paragraphs) == len(result.gold) == len(result.predicted)
        (['GCM', 'SDG'], True)
        >>> releases = list(arn.load(components=["arn_structure", "arn_goals"]).pipe(
        ...     [r["text"] for r in records], ids=[r["id"] for r in records]))
        >>> evaluate_goals(releases, gold=records).system
        'releases'
    """
    if system not in SYSTEMS:
        raise ValueError(f"system must be one of {SYSTEMS}, got {system!r}")
    taxonomy = load_taxonomy()
    if not isinstance(releases_or_corpus, (str, Path)):
        releases_or_corpus = list(releases_or_corpus)
        if is_release_list(releases_or_corpus) or (not releases_or_corpus and gold is not None):
            if model is not None or system != "pipeline":
                raise ValueError("model= and system= apply to corpus records; releases carry their goals already")
            return _evaluate_releases(pair_releases(releases_or_corpus, gold, split), taxonomy)
    if gold is not None:
        raise ValueError("gold= goes with Release objects; corpus records carry their own gold labels")
    records = select_records(releases_or_corpus, split)
    predictor, name = goal_predictor(model, taxonomy) if system != "keyword_baseline" else (None, None)
    return _evaluate_records(records, predictor, name, system, taxonomy)


def compare_goal_systems(corpus: str | Path | Iterable[dict], split: str | None = None,
                         model: str | Path | GoalTagger | GoalPredictor | None = None,
                         systems: Sequence[str] = SYSTEMS,
                         second_annotation: str | Path | None = None) -> dict[str, GoalEvaluation]:
    """:func:`evaluate_goals` of several systems on the same records, loading the model once; with
    ``second_annotation``, also that annotation of the same paragraphs (:func:`second_annotation_labels`), to show
    how far two annotators agree.

        >>> results = compare_goal_systems("data/corpus/corpus.jsonl", split="test")   # doctest: +SKIP
        >>> {name: r.summary["SDG"]["micro_f1"] for name, r in results.items()}       # doctest: +SKIP
    """
    taxonomy = load_taxonomy()
    records = select_records(corpus, split)
    predictor, name = goal_predictor(model, taxonomy)
    results = {system: _evaluate_records(records, predictor, name, system, taxonomy) for system in systems}
    if second_annotation is not None:
        labels = second_annotation_labels(second_annotation, records)
        results[SECOND_ANNOTATION] = GoalEvaluation(SECOND_ANNOTATION, scorable_paragraphs(records),
                                                    paragraph_examples(records).labels, labels,
                                                    [[] for _ in labels], taxonomy, model=str(second_annotation))
    return results


def second_annotation_labels(path: str | Path, records: Sequence[dict]) -> list[list[str]]:
    """The labels another annotator gave every scorable paragraph of ``records``, in :func:`scorable_paragraphs`
    order, from JSON Lines ``{"id", "paragraph", "sdg": [int], "gcm": [int]}`` (one line per paragraph, as in
    ``data/corpus/goals_second_annotation.jsonl``).

    Raises:
        ValueError: naming the line that is malformed, or the paragraphs the file does not cover.
    """
    limits = {"sdg": 17, "gcm": 23}
    found: dict[tuple[str, int], list[str]] = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                key = (str(item["id"]), int(item["paragraph"]))
                labels = []
                for framework, top in limits.items():
                    for n in item[framework]:
                        if not 1 <= int(n) <= top:
                            raise ValueError(f"{framework.upper()} {n} is not a goal number")
                        labels.append(f"{framework.upper()} {int(n)}")
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}, line {number}: not a paragraph annotation "
                                 f"{{\"id\", \"paragraph\", \"sdg\", \"gcm\"}}: {error}") from None
            found[key] = labels
    wanted = [(p["id"], p["paragraph"]) for p in scorable_paragraphs(records)]
    missing = [key for key in wanted if key not in found]
    if missing:
        raise ValueError(f"{path} lacks {len(missing)} of the {len(wanted)} paragraphs scored, "
                         f"e.g. release {missing[0][0]} paragraph {missing[0][1]}")
    return [found[key] for key in wanted]


def reported_systems(report: dict[str, Any]) -> list[str]:
    """The systems a :func:`systems_report` holds, in table order: ours, then the second annotation if scored."""
    return [name for name in (*SYSTEMS, SECOND_ANNOTATION) if name in report]


def systems_report(results: dict[str, GoalEvaluation]) -> dict[str, Any]:
    """``{"paragraphs": n, system: framework scores, …}``: what `arn evaluate goals --format json` prints and
    what the goal model card (``goals/model_card.py``) is rendered from."""
    report: dict[str, Any] = {"paragraphs": len(next(iter(results.values())).paragraphs) if results else 0}
    for system, result in results.items():
        report[system] = result.framework_scores
    return report
