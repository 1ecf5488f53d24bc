"""``organizations`` of the output contract: every organisation once, all its mentions, all its roles."""

from __future__ import annotations

from typing import Any, Container, Sequence

from arabic_release_nlp.text.normalize import normalize_for_matching

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
    for entity in entities:
        if entity["label"] != "ORG" and entity["start"] not in with_roles:
            continue
        canonical = entity["canonical"]
        key = canonical["id"] if canonical else entity["label"] + ":" + normalize_for_matching(entity["name"])
        group = groups.setdefault(key, {"name": entity["name"], "label": entity["label"], "canonical": canonical,
                                        "roles": set(), "mentions": []})
        rank = (entity["paragraph"] not in aside, len(entity["name"]))
        if rank > named.get(key, (False, -1)):
            group["name"] = entity["name"]  # the fullest form in the news names the organisation
            named[key] = rank
        group["roles"] |= roles.get(entity["start"], set())
        group["mentions"].append({"start": entity["start"], "end": entity["end"]})
    # A LOC without a role is a place, not an actor: keep its group only where some mention acts.
    return [dict(group, roles=[role for role in ROLE_ORDER if role in group["roles"]])
            for group in groups.values() if group["label"] == "ORG" or group["roles"]]
