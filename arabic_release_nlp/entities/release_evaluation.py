"""Score the whole entity stage on annotated releases: entities, officials and organisation roles.

Comparisons follow ANNOTATION.md §4: names are compared in their matching form. An official counts when
name, title and position all match (organisation is scored separately); a role counts per (organisation,
role) pair.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from arabic_release_nlp.corpus.markup import matching_form
from arabic_release_nlp.evaluation.metrics import set_scores, span_scores

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
ROLES = ("organizer", "partner", "funder", "beneficiary")


def _field(value: str | None) -> str:
    return matching_form(value or "").rstrip("/ ").strip()


def official_key(official: dict, with_organization: bool = False) -> tuple[str, ...]:
    """What must match for an official to count: name, title, position (and organisation when asked)."""
    key = (_field(official["name"]), _field(official["title"]), _field(official["position"]))
    return key + (_field(official["organization"]),) if with_organization else key


def role_pairs(organizations: Iterable[dict]) -> set[tuple[str, str]]:
    """``(organisation name, role)`` pairs of an ``organizations`` list (gold or predicted)."""
    return {(matching_form(organization["name"]), role) for organization in organizations
            for role in organization["roles"]}


def score_releases(gold: Sequence[dict], predicted: Sequence[dict]) -> dict[str, Any]:
    """Entity, official and role scores of predicted release records against gold corpus records.

    Args:
        gold: corpus records (``entities`` with offsets and labels, ``officials``, ``organizations``).
        predicted: the pipeline's output records (``Release.to_dict()``) for the same texts, in the same order.
    """
    entity_summary, entity_labels = span_scores(
        [[(e["start"], e["end"], e["label"]) for e in record["entities"]] for record in gold],
        [[(e["start"], e["end"], e["label"]) for e in record["entities"]] for record in predicted], ENTITY_LABELS)
    roles = {}
    for role in ROLES:
        roles[role] = set_scores([{p for p in role_pairs(r["organizations"]) if p[1] == role} for r in gold],
                                 [{p for p in role_pairs(r["organizations"]) if p[1] == role} for r in predicted])
    return {
        "entities": {"summary": entity_summary,
                     "per_label": {s.label: {"support": s.support, "precision": s.precision, "recall": s.recall,
                                             "f1": s.f1} for s in entity_labels}},
        "officials": set_scores([{official_key(o) for o in r["officials"]} for r in gold],
                                [{official_key(o) for o in r["officials"]} for r in predicted]),
        "officials_with_organization": set_scores(
            [{official_key(o, True) for o in r["officials"]} for r in gold],
            [{official_key(o, True) for o in r["officials"]} for r in predicted]),
        "official_names": set_scores([{_field(o["name"]) for o in r["officials"]} for r in gold],
                                     [{_field(o["name"]) for o in r["officials"]} for r in predicted]),
        "roles": roles,
        "all_roles": set_scores([role_pairs(r["organizations"]) for r in gold],
                                [role_pairs(r["organizations"]) for r in predicted]),
    }


def format_release_scores(scores: dict[str, Any]) -> str:
    """A plain-text table of :func:`score_releases`."""
    lines = [f"{'':28} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"]

    def row(name: str, summary: dict) -> None:
        lines.append(f"{name:28} {summary['micro_precision']:>6.3f} {summary['micro_recall']:>6.3f} "
                     f"{summary['micro_f1']:>6.3f} {summary['support']:>8}")

    for label, values in scores["entities"]["per_label"].items():
        lines.append(f"{'entities ' + label:28} {values['precision']:>6.3f} {values['recall']:>6.3f} "
                     f"{values['f1']:>6.3f} {values['support']:>8}")
    row("entities (micro)", scores["entities"]["summary"])
    row("officials (name+title+pos.)", scores["officials"])
    row("officials (+ organisation)", scores["officials_with_organization"])
    row("official names", scores["official_names"])
    for role, summary in scores["roles"].items():
        row(f"role {role}", summary)
    row("roles (all)", scores["all_roles"])
    return "\n".join(lines)
