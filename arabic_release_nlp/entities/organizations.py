"""``organizations`` of the output contract: every organisation once, all its mentions, all its roles."""

from __future__ import annotations

from typing import Any, Container, Sequence

from arabic_release_nlp.text.normalize import is_nisba, normalize_for_matching

ROLE_ORDER = ("organizer", "partner", "funder", "beneficiary")


def merge_organizations(entities: Sequence[dict[str, Any]], roles: dict[int, set[str]],
                        aside: Container[int] = ()) -> list[dict[str, Any]]:
    """Group ORG mentions (and LOC mentions of countries acting with a role) by canonical id, else by name.

    Args:
        entities: the ``entities`` records, in text order.
        roles: roles by entity start offset.
        aside: indices of paragraphs outside the news (boilerplate): their mentions name an organisation only when
            no other does («نبذة عن مجموعة البنك الأفريقي للتنمية» does not rename «البنك الأفريقي للتنمية»).
    """
    groups: dict[str, dict[str, Any]] = {}
    named: dict[str, tuple[bool, int]] = {}
    with_roles = {key for key, found in roles.items() if found}
    kept = [entity for entity in entities if entity["label"] == "ORG" or entity["start"] in with_roles]
    keys = _qualified_forms(kept)
    for entity in kept:
        canonical = entity["canonical"]
        key = canonical["id"] if canonical else entity["label"] + ":" + normalize_for_matching(entity["name"])
        key = keys.get(key, key)
        group = groups.setdefault(key, {"name": entity["name"], "label": entity["label"], "canonical": canonical,
                                        "roles": set(), "mentions": []})
        group["canonical"] = group["canonical"] or canonical  # a bare name may come before its qualified form
        rank = (entity["paragraph"] not in aside, len(entity["name"]))
        if rank > named.get(key, (False, -1)):
            group["name"] = entity["name"]  # the fullest form in the news names the organisation
            named[key] = rank
        group["roles"] |= roles.get(entity["start"], set())
        group["mentions"].append({"start": entity["start"], "end": entity["end"]})
    # A LOC without a role is a place, not an actor: keep its group only where some mention acts.
    return [dict(group, roles=[role for role in ROLE_ORDER if role in group["roles"]])
            for group in groups.values() if group["label"] == "ORG" or group["roles"]]


def _qualified_forms(entities: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Group keys to replace: a name without a canonical record that recurs with relational adjectives after it
    («وزارة التخطيط» … «وزارة التخطيط العراقية») names the same organisation, when exactly one such longer form
    occurs; its key becomes the longer form's (a canonical id, or the longer name)."""
    keys = {normalize_for_matching(e["name"]): e["canonical"]["id"] if e["canonical"] else None
            for e in entities if e["label"] == "ORG"}
    merged = {}
    for name, canonical in keys.items():
        if canonical or " " not in name:
            continue
        longer = [other for other in keys if other.startswith(name + " ")
                  and all(is_nisba(word) for word in other[len(name) + 1:].split())]
        if len(longer) == 1:
            merged["ORG:" + name] = keys[longer[0]] or "ORG:" + longer[0]
    return merged
