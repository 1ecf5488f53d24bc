"""Checks that an annotated corpus follows ANNOTATION.md and our corpus format; used by the test suite."""

from __future__ import annotations

from collections import Counter

from arabic_release_nlp.corpus import SPLITS
from arabic_release_nlp.corpus.markup import (
    ENTITY_LABELS,
    PARAGRAPH_KINDS,
    ROLES,
    boundary_problem,
    matching_form,
    repeated_runs,
)
from arabic_release_nlp.corpus.split import release_labels
from arabic_release_nlp.entities.names import entity_name


def _paragraph_problems(record: dict) -> list[str]:
    text, problems = record["text"], []
    previous_end = 0
    for index, paragraph in enumerate(record["paragraphs"]):
        start, end = paragraph["start"], paragraph["end"]
        if not previous_end <= start < end <= len(text) or "\n" in text[start:end]:
            problems.append(f"paragraph {index} at {start}-{end} is out of order, outside the text or spans lines")
        if paragraph["kind"] not in PARAGRAPH_KINDS:
            problems.append(f"paragraph {index} has unknown kind {paragraph['kind']!r}")
        if any(not 1 <= n <= 17 for n in paragraph["sdg"]) or any(not 1 <= n <= 23 for n in paragraph["gcm"]):
            problems.append(f"paragraph {index} has goal numbers out of range")
        previous_end = end
    kinds = [paragraph["kind"] for paragraph in record["paragraphs"]]
    if kinds[:1] != ["headline"] or "headline" in kinds[1:] or not 3 <= len(kinds) - 1 <= 8:
        problems.append(f"needs one headline then 3-8 paragraphs, has {kinds}")
    return problems


def _annotation_problems(record: dict) -> list[str]:
    text, problems = record["text"], []
    names: dict[str, set[str]] = {}
    for entity in record["entities"]:
        start, end, label = entity["start"], entity["end"], entity["label"]
        if not 0 <= start < end <= len(text) or label not in ENTITY_LABELS:
            problems.append(f"entity {entity} is outside the text or has an unknown label")
            continue
        problem = boundary_problem(text, start, end)
        if problem:
            problems.append(problem)
        if not any(p["start"] <= start and end <= p["end"] for p in record["paragraphs"]):
            problems.append(f"entity {text[start:end]!r} crosses a paragraph boundary")
        names.setdefault(matching_form(entity_name(text, start, end)), set()).add(label)
    for official in record["officials"]:
        if "PER" not in names.get(matching_form(official["name"]), set()):
            problems.append(f"official {official['name']!r} is not a PER entity")
        for key in ("title", "position"):
            if official[key] and official[key] not in text:
                problems.append(f"official {key} {official[key]!r} is not in the text")
        if official["organization"] and "ORG" not in names.get(matching_form(official["organization"]), set()):
            problems.append(f"official organization {official['organization']!r} is not an ORG entity")
    for organization in record["organizations"]:
        if not names.get(matching_form(organization["name"]), set()) & {"ORG", "LOC"}:
            problems.append(f"organisation {organization['name']!r} with a role is not an ORG or LOC entity")
        if not organization["roles"] or set(organization["roles"]) - set(ROLES):
            problems.append(f"organisation {organization['name']!r} has roles {organization['roles']}")
    return problems


def _split_problems(records: list[dict]) -> list[str]:
    problems = [f"{r['id']}: split {r.get('split')!r} is not one of {SPLITS}" for r in records if r.get("split") not in SPLITS]
    if problems:
        return problems
    counts = Counter(record["split"] for record in records)
    for split, share in (("train", 0.70), ("dev", 0.15), ("test", 0.15)):
        if abs(counts[split] / len(records) - share) > 0.05:
            problems.append(f"split {split} holds {counts[split]} of {len(records)} releases, far from {share:.0%}")
    labels = {label for record in records for label in release_labels(record)}
    tested = {label for record in records if record["split"] == "test" for label in release_labels(record)}
    problems += [f"label {label} has no test example" for label in sorted(labels - tested)]
    return problems


def validate_corpus(records: list[dict]) -> list[str]:
    """Every problem found, one line each naming the release; an empty list means the corpus is valid."""
    problems = []
    ids = Counter(record["id"] for record in records)
    problems += [f"duplicate release id {release_id}" for release_id, n in ids.items() if n > 1]
    for record in records:
        problems += [f"{record['id']}: {p}" for p in _paragraph_problems(record) + _annotation_problems(record)]
    problems += [f"8-word run shared by {', '.join(places)}: {run}" for run, places in repeated_runs(records)]
    return problems + _split_problems(records)
