"""Evaluate the entities the pipeline outputs (``release.entities``) against gold spans: exact match per label.

    >>> from arabic_release_nlp.evaluation import evaluate_entities
    >>> result = evaluate_entities("data/corpus/corpus.jsonl", split="test")   # doctest: +SKIP
    >>> result = evaluate_entities("ANERcorp-test.txt")   # a CoNLL file            # doctest: +SKIP
    >>> result.per_label, result.errors                                          # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from arabic_release_nlp.entities.conll import LABELS, Entity
from arabic_release_nlp.evaluation.annotated_data import is_release_list, pair_releases, select_records
from arabic_release_nlp.evaluation.metrics import LabelScore, span_scores
from arabic_release_nlp.evaluation.results import LabelledEvaluation, label_row
from arabic_release_nlp.structure.release import Release

if TYPE_CHECKING:
    from arabic_release_nlp.pipeline import Pipeline

CONTEXT = 40
ERROR_COLUMNS = ("id", "error", "kind", "label", "start", "end", "text", "counterpart", "context")


def _overlaps(a: Entity, b: Entity) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def error_kind(span: Entity, others: Iterable[Entity], missed: bool) -> tuple[str, Entity | None]:
    """Why a span is wrong, judged by the spans of the other side that overlap it, and the closest of them.

    ``wrong label`` (same offsets), ``wrong boundary`` (overlaps a span of the same label), ``wrong label and
    boundary`` (overlaps only other labels), else ``missed`` (a gold span) or ``spurious`` (a prediction).

    >>> error_kind((0, 5, "ORG"), [(0, 5, "LOC")], missed=False)
    ('wrong label', (0, 5, 'LOC'))
    >>> error_kind((0, 5, "ORG"), [(0, 9, "ORG")], missed=True)
    ('wrong boundary', (0, 9, 'ORG'))
    >>> error_kind((0, 5, "ORG"), [(7, 9, "ORG")], missed=True)
    ('missed', None)
    """
    overlapping = sorted((other for other in others if _overlaps(span, other)),
                         key=lambda other: (other[:2] != span[:2], other[2] != span[2], other))
    if not overlapping:
        return ("missed" if missed else "spurious"), None
    best = overlapping[0]
    if best[:2] == span[:2]:
        return "wrong label", best
    return ("wrong boundary" if best[2] == span[2] else "wrong label and boundary"), best


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """The span in brackets with ``width`` characters either side, line breaks shown as `` / ``.

    >>> context("زار أحمد سالم عمّان أمس", 14, 19, width=6)
    ' سالم [عمّان] أمس'
    """
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " / ")


@dataclass(repr=False)
class EntityEvaluation(LabelledEvaluation):
    """Predicted entity spans beside gold spans, per document; a prediction counts only with the same start,
    end and label as a gold entity. Entities with labels outside ``labels`` are left out of every figure.

    ``summary`` is ``{"all": {...}}``: micro and macro P/R/F1 over ``labels``. Macro averages are over the
    labels with support in the gold data; a label without support keeps its row in ``per_label`` but is left
    out of the macro average.
    """

    system: str
    documents: list[dict[str, str]]
    gold: list[set[Entity]]
    predicted: list[set[Entity]]
    labels: tuple[str, ...] = LABELS
    error_columns: tuple[str, ...] = field(default=ERROR_COLUMNS, init=False)

    @property
    def title(self) -> str:
        return f"entities: {self.system} on {len(self.documents)} documents"

    @cached_property
    def _scores(self) -> tuple[dict[str, float], list[LabelScore]]:
        return span_scores(self.gold, self.predicted, self.labels)

    @property
    def summary(self) -> dict[str, dict[str, float]]:
        """``{"all": {"micro_precision", …, "macro_f1", "support", "predicted"}}``."""
        return {"all": dict(self._scores[0])}

    @property
    def label_scores(self) -> list[LabelScore]:
        return self._scores[1]

    def label_rows(self) -> list[dict[str, Any]]:
        return [label_row(score, "entities") for score in self.label_scores]

    def error_rows(self) -> list[dict[str, Any]]:
        """One dict per false positive and false negative: the span, why it is wrong, the overlapping span of the
        other side (``counterpart``: label and text), and its context."""
        rows = []
        for document, gold, predicted in zip(self.documents, self.gold, self.predicted):
            text = document["text"]
            gold = {span for span in gold if span[2] in self.labels}
            predicted = {span for span in predicted if span[2] in self.labels}
            for error, spans, others in (("false positive", predicted - gold, gold),
                                         ("false negative", gold - predicted, predicted)):
                for span in sorted(spans):
                    kind, counterpart = error_kind(span, others, missed=error == "false negative")
                    rows.append({"id": document["id"], "error": error, "kind": kind, "label": span[2],
                                 "start": span[0], "end": span[1], "text": text[span[0]:span[1]],
                                 "counterpart": f"{counterpart[2]} {text[counterpart[0]:counterpart[1]]}"
                                 if counterpart else "", "context": context(text, span[0], span[1])})
        return rows

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values: system, document count, summary, per-label rows, error counts."""
        errors = self.error_rows()
        false_positives = sum(row["error"] == "false positive" for row in errors)
        return {"task": "entities", "system": self.system, "documents": len(self.documents),
                "summary": self.summary, "per_label": self.label_rows(),
                "errors": {"false_positives": false_positives, "false_negatives": len(errors) - false_positives}}


def record_spans(record: dict) -> set[Entity]:
    """The gold entities of a corpus record as ``(start, end, label)``."""
    return {(entity["start"], entity["end"], entity["label"]) for entity in record.get("entities", [])}


def release_spans(release: Release) -> set[Entity]:
    """The entities a ``Release`` reports (schema ``arabic-release-nlp/1``) as ``(start, end, label)``."""
    return {(entity["start"], entity["end"], entity["label"]) for entity in release.entities}


def entity_pipeline(model: str | Path | None = None) -> Pipeline:
    """The default pipeline without the goal stage; with ``model`` (an NER model folder), its ``arn_ner`` too.

        >>> entity_pipeline().components
        ['arn_structure', 'arn_ner', 'arn_entities']
    """
    from arabic_release_nlp.pipeline import DEFAULT_COMPONENTS, load

    components = [name for name in DEFAULT_COMPONENTS if name != "arn_goals"]
    if model is not None and "arn_ner" not in components:
        components.insert(components.index("arn_entities") if "arn_entities" in components else len(components),
                          "arn_ner")
    return load(components=components, ner=model)


def evaluate_entities(releases_or_corpus: str | Path | Iterable[dict] | Sequence[Release],
                      gold: str | Path | Iterable[dict] | None = None, split: str | None = None,
                      model: str | Path | None = None, nlp: Pipeline | None = None) -> EntityEvaluation:
    """Score the entities the pipeline outputs against gold spans, per label (PER, ORG, LOC, MISC).

    Args:
        releases_or_corpus: a corpus file (our JSON Lines), a CoNLL file, or a list of corpus records: gold
            comes from them and their texts are analysed. Or a list of analysed ``Release`` objects, scored
            against ``gold`` (records matched by id).
        gold: with releases, the records (or file) they were analysed from.
        split: ``train``, ``dev`` or ``test`` (corpus records only).
        model: with records, an NER model folder to use instead of ``models/entities/ner``.
        nlp: with records, a loaded ``Pipeline`` to analyse them with (default: the entity stages of
            ``arn.load()``, see :func:`entity_pipeline`).

    Macro averages leave out labels without support.

        >>> from arabic_release_nlp.structure.release import Release
        >>> text = "زار أحمد سالم عمّان أمس"
        >>> release = Release("r1", text, entities=[{"start": 14, "end": 19, "label": "LOC"}])
        >>> record = {"id": "r1", "text": text, "entities": [{"start": 14, "end": 19, "label": "LOC"},
        ...                                                  {"start": 4, "end": 13, "label": "PER"}]}
        >>> result = evaluate_entities([release], gold=[record])
        >>> round(result.summary["all"]["micro_recall"], 2), [row["kind"] for row in result.error_rows()]
        (0.5, ['missed'])
    """
    if not isinstance(releases_or_corpus, (str, Path)):
        releases_or_corpus = list(releases_or_corpus)
        if is_release_list(releases_or_corpus) or (not releases_or_corpus and gold is not None):
            if model is not None or nlp is not None:
                raise ValueError("model= and nlp= apply to corpus records; releases carry their entities already")
            pairs = pair_releases(releases_or_corpus, gold, split)
            return EntityEvaluation("releases", [{"id": r.id, "text": r.text} for r, _ in pairs],
                                    [record_spans(record) for _, record in pairs],
                                    [release_spans(release) for release, _ in pairs])
    if gold is not None:
        raise ValueError("gold= goes with Release objects; corpus records carry their own gold entities")
    if model is not None and nlp is not None:
        raise ValueError("give either model= (an NER model folder) or nlp= (a loaded pipeline), not both")
    records = select_records(releases_or_corpus, split)
    nlp = nlp or entity_pipeline(model)
    releases = list(nlp.pipe([record["text"] for record in records], ids=[record["id"] for record in records]))
    return EntityEvaluation("pipeline", [{"id": record["id"], "text": record["text"]} for record in records],
                            [record_spans(record) for record in records], [release_spans(r) for r in releases])
