"""Validate the gazetteers in this directory.

    python scripts/check_gazetteers.py

Checks that every record is well-formed, that organisation ids are unique, and that no name, alias or
acronym (compared in the matching form of ``normalize_for_matching``, Latin letters case-folded) belongs to
two organisations unless every organisation involved lists it in ``ambiguous_forms``. Shared place names
must likewise be listed in ``ambiguous_forms`` of every place that carries them. Exit code 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "data" / "gazetteers"
sys.path.insert(0, str(ROOT))
from arabic_release_nlp.text.normalize import normalize_for_matching, remove_marks  # noqa: E402

ORG_TYPES = {
    "un_agency", "un_fund_programme", "international_organization", "regional_organization", "development_agency",
    "development_bank", "development_fund", "government", "ministry", "national_body", "embassy", "ngo",
    "university", "company", "sports_club", "other",
}
PLACE_TYPES = {"country", "city", "governorate", "region"}
ORG_KEYS = {"id", "name_ar", "name_en", "acronyms", "aliases", "type", "country", "ambiguous", "ambiguous_forms", "note"}
PLACE_KEYS = {"name_ar", "variants", "name_en", "type", "country", "subtype", "ambiguous", "ambiguous_forms", "note"}
ARABIC = re.compile(r"[\u0600-\u06FF]")
COUNTRY = re.compile(r"^[A-Z]{2}$")
SINGLE_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")


def key(text: str) -> str:
    return normalize_for_matching(text).casefold().strip()


def read_jsonl(path: Path, errors: list[str]) -> list[dict]:
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{n}: bad JSON ({exc})")
    return records


def check_ambiguity(name: str, records: list[dict], label, forms_of, errors: list[str]) -> int:
    owners = defaultdict(set)
    for i, r in enumerate(records):
        for f in forms_of(r):
            owners[key(f)].add(i)
    shared = 0
    for k, idx in owners.items():
        if len(idx) < 2:
            continue
        shared += 1
        for i in idx:
            if k not in {key(a) for a in records[i].get("ambiguous_forms", [])}:
                others = ", ".join(label(records[j]) for j in sorted(idx) if j != i)
                errors.append(f"{name}: «{k}» of {label(records[i])} is also used by {others}; "
                              "list it in ambiguous_forms of every record that carries it")
    return shared


def check_orgs(errors: list[str]) -> int:
    orgs = read_jsonl(HERE / "organizations.jsonl", errors)
    ids = set()
    for r in orgs:
        where = f"organizations.jsonl id={r.get('id')}"
        missing = {"id", "name_ar", "name_en", "acronyms", "aliases", "type", "country"} - r.keys()
        if missing:
            errors.append(f"{where}: missing {sorted(missing)}")
            continue
        if r.keys() - ORG_KEYS:
            errors.append(f"{where}: unknown fields {sorted(r.keys() - ORG_KEYS)}")
        if not re.fullmatch(r"[a-z0-9_]+", r["id"]):
            errors.append(f"{where}: id must be a lowercase ascii slug")
        if r["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["id"])
        if r["type"] not in ORG_TYPES:
            errors.append(f"{where}: unknown type {r['type']!r}")
        if r["country"] is not None and not COUNTRY.match(r["country"]):
            errors.append(f"{where}: country must be an ISO-3166 alpha-2 code or null")
        if r["type"] in {"ministry", "embassy", "government", "national_body"} and r["country"] is None:
            errors.append(f"{where}: a {r['type']} needs a country")
        if not ARABIC.search(r["name_ar"]):
            errors.append(f"{where}: name_ar has no Arabic letters")
        for a in r["aliases"]:
            if not ARABIC.search(a) or re.search(r"[()]", a):
                errors.append(f"{where}: alias «{a}» must be Arabic, without brackets")
        forms = [r["name_ar"]] + r["acronyms"] + r["aliases"]
        # the undiacritised spelling of a diacritised name («أمانة عمان الكبرى») may be listed on purpose
        bare = remove_marks(r["name_ar"])
        distinct = [f for f in forms if not (f == bare and bare != r["name_ar"])]
        if len({key(f) for f in distinct}) != len(distinct):
            errors.append(f"{where}: a name, alias or acronym is repeated (after normalisation)")
        for a in r.get("ambiguous_forms", []):
            if a not in forms:
                errors.append(f"{where}: ambiguous form «{a}» is not one of the record's names")
    shared = check_ambiguity("organizations.jsonl", orgs, lambda r: r.get("id"),
                             lambda r: [r["name_ar"]] + r["acronyms"] + r["aliases"], errors)
    print(f"organizations.jsonl: {len(orgs)} records, {shared} shared (ambiguous) forms")
    return len(orgs)


def check_places(errors: list[str]) -> int:
    places = read_jsonl(HERE / "places.jsonl", errors)
    seen = set()
    for n, r in enumerate(places, 1):
        where = f"places.jsonl:{n} {r.get('name_ar')}"
        missing = {"name_ar", "variants", "name_en", "type", "country"} - r.keys()
        if missing:
            errors.append(f"{where}: missing {sorted(missing)}")
            continue
        if r.keys() - PLACE_KEYS:
            errors.append(f"{where}: unknown fields {sorted(r.keys() - PLACE_KEYS)}")
        if r["type"] not in PLACE_TYPES:
            errors.append(f"{where}: unknown type {r['type']!r}")
        if r["country"] is not None and not COUNTRY.match(r["country"]):
            errors.append(f"{where}: country must be an ISO-3166 alpha-2 code or null")
        t = (key(r["name_ar"]), r["type"], r["country"])
        if t in seen:
            errors.append(f"{where}: duplicate place (same name, type and country)")
        seen.add(t)
        if bool(r.get("ambiguous")) != bool(r.get("ambiguous_forms")):
            errors.append(f"{where}: ambiguous and ambiguous_forms go together")
    shared = check_ambiguity("places.jsonl", places, lambda r: f"{r.get('name_ar')} ({r.get('name_en')})",
                             lambda r: [r["name_ar"]] + r["variants"], errors)
    print(f"places.jsonl: {len(places)} records, {shared} shared (ambiguous) forms")
    return len(places)


def check_lists(errors: list[str]) -> None:
    for name in ("titles.txt", "positions.txt", "organization_heads.txt", "given_names.txt"):
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        entries = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
        dups = {e for e, count in Counter(entries).items() if count > 1}
        if dups:
            errors.append(f"{name}: repeated lines {sorted(dups)}")
        if name == "given_names.txt":
            odd = [e for e in entries if not SINGLE_ARABIC_WORD.fullmatch(e)]
            if odd:
                errors.append(f"{name}: not a single Arabic word without diacritics: {odd[:10]}")
        print(f"{name}: {len(entries)} entries")


def main() -> int:
    errors: list[str] = []
    check_orgs(errors)
    check_places(errors)
    check_lists(errors)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
