"""Label counts and coverage of the corpus against the minimums it promises (``arn corpus stats``)."""

from __future__ import annotations

import re
from collections import Counter

from arabic_release_nlp.corpus.markup import matching_form
from arabic_release_nlp.entities.names import entity_name

# ANNOTATION.md coverage minimums for the corpus (issue: "An annotated corpus of Arabic press releases").
MINIMUMS = {"releases": 320, "paragraphs": 1600, "paragraphs per SDG": 40, "paragraphs per GCM objective": 25,
            "share of paragraphs without goals": 0.15, "distinct organisations": 60, "officials": 250,
            "Arab countries named": 12, "paragraphs with explicit goal references": 60}

ARAB_COUNTRIES = {
    "مصر": "مصر", "الاردن": "الأردن", "لبنان": "لبنان", "سوريا": "سوريا", "سوريه": "سوريا", "العراق": "العراق",
    "فلسطين": "فلسطين", "السعوديه": "السعودية", "المملكه العربيه السعوديه": "السعودية", "الكويت": "الكويت",
    "قطر": "قطر", "البحرين": "البحرين", "الامارات": "الإمارات", "الامارات العربيه المتحده": "الإمارات",
    "سلطنه عمان": "عمان", "عمان": "عمان", "اليمن": "اليمن", "ليبيا": "ليبيا", "تونس": "تونس", "الجزاير": "الجزائر",
    "الجزائر": "الجزائر", "المغرب": "المغرب", "موريتانيا": "موريتانيا", "السودان": "السودان", "الصومال": "الصومال",
    "جيبوتي": "جيبوتي", "جزر القمر": "جزر القمر",
}
_ORDINALS = "الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي|الثالث عشر"
EXPLICIT_REFERENCE = re.compile(
    rf"(?:الهدف(?:ين|ان)?|الأهداف|الاهداف|الغاية|الغايتين|الغايات|SDGs?)\s*(?:رقم\s*)?[(\s]*(?:[\d٠-٩]+|{_ORDINALS})"
)
CUES = {
    "funder": ["بتمويل من", "بدعم من", "بدعم مالي من", "بمنحة", "بمساهمة", "الممول من", "الممولة من", "تمويلاً", "تمويلا", "تبرع"],
    "partner": ["بالشراكة مع", "بالتعاون مع", "بالتنسيق مع", "بمشاركة"],
    "organizer": ["نظمت", "نظم ", "أطلقت", "أطلق ", "دشنت", "دشن ", "عقدت", "عقد ", "نفذت", "افتتحت", "أعلنت"],
}


def corpus_stats(records: list[dict]) -> dict:
    """Counts of releases, paragraphs, goal labels, entities, officials, organisations and cues."""
    paragraphs = [(record, p) for record in records for p in record["paragraphs"]]
    stats: dict = {
        "releases": len(records),
        "releases by split": dict(Counter(record.get("split", "?") for record in records)),
        "paragraphs": len(paragraphs),
        "paragraphs by kind": dict(Counter(p["kind"] for _, p in paragraphs)),
        "SDG": {n: sum(n in p["sdg"] for _, p in paragraphs) for n in range(1, 18)},
        "GCM": {n: sum(n in p["gcm"] for _, p in paragraphs) for n in range(1, 24)},
        "SDG in test": {n: sum(n in p["sdg"] for r, p in paragraphs if r.get("split") == "test") for n in range(1, 18)},
        "GCM in test": {n: sum(n in p["gcm"] for r, p in paragraphs if r.get("split") == "test") for n in range(1, 24)},
        "paragraphs without goals": sum(1 for _, p in paragraphs if not p["sdg"] and not p["gcm"]),
        "multi-label paragraphs": sum(1 for _, p in paragraphs if len(p["sdg"]) + len(p["gcm"]) > 1),
        "paragraphs with explicit goal references": sum(
            1 for r, p in paragraphs if EXPLICIT_REFERENCE.search(r["text"][p["start"]:p["end"]])),
        "entities by label": dict(Counter(e["label"] for r in records for e in r["entities"])),
        "officials": sum(len(r["officials"]) for r in records),
        "officials with a title": sum(1 for r in records for o in r["officials"] if o["title"]),
        "titles": dict(Counter(o["title"].split()[0] for r in records for o in r["officials"] if o["title"]).most_common(15)),
        "roles": dict(Counter(role for r in records for o in r["organizations"] for role in o["roles"])),
        "cues": {role: {cue.strip(): sum(r["text"].count(cue) for r in records) for cue in cues} for role, cues in CUES.items()},
    }
    organisations = {matching_form(o["name"]) for r in records for o in r["organizations"]}
    org_names = {matching_form(entity_name(r["text"], e["start"], e["end"])) for r in records for e in r["entities"]
                 if e["label"] == "ORG"}
    countries = {ARAB_COUNTRIES[name] for r in records for e in r["entities"] if e["label"] == "LOC"
                 for name in [matching_form(r["text"][e["start"]:e["end"]])] if name in ARAB_COUNTRIES}
    stats["distinct organisations"] = len(organisations)
    stats["distinct ORG names (all surface forms)"] = len(org_names)
    stats["Arab countries named"] = sorted(countries)
    return stats


def coverage(stats: dict) -> dict[str, tuple[float, float, bool]]:
    """Each minimum with the value reached and whether it holds."""
    share = stats["paragraphs without goals"] / max(stats["paragraphs"], 1)
    values = {"releases": stats["releases"], "paragraphs": stats["paragraphs"],
              "paragraphs per SDG": min(stats["SDG"].values()),
              "paragraphs per GCM objective": min(stats["GCM"].values()),
              "share of paragraphs without goals": round(share, 3),
              "distinct organisations": stats["distinct organisations"], "officials": stats["officials"],
              "Arab countries named": len(stats["Arab countries named"]),
              "paragraphs with explicit goal references": stats["paragraphs with explicit goal references"]}
    return {name: (values[name], minimum, values[name] >= minimum) for name, minimum in MINIMUMS.items()}


def format_stats(stats: dict) -> str:
    """A plain-text report: coverage against the minimums, then the label tables."""
    lines = ["coverage                                     value   minimum"]
    for name, (value, minimum, ok) in coverage(stats).items():
        lines.append(f"  {'ok ' if ok else 'LOW'} {name:38} {value:>7} {minimum:>8}")
    lines.append(f"\nreleases by split: {stats['releases by split']}")
    lines.append(f"paragraphs by kind: {stats['paragraphs by kind']}; multi-label: {stats['multi-label paragraphs']}")
    for framework in ("SDG", "GCM"):
        lines.append(f"\n{framework}  label: all / test")
        lines.append("  " + "  ".join(f"{n}: {stats[framework][n]}/{stats[framework + ' in test'][n]}"
                                      for n in stats[framework]))
    lines.append(f"\nentities: {stats['entities by label']}")
    lines.append(f"officials: {stats['officials']} ({stats['officials with a title']} with a title); titles: {stats['titles']}")
    lines.append(f"roles: {stats['roles']}")
    lines.append(f"distinct organisations with roles: {stats['distinct organisations']}; "
                 f"distinct ORG surface names: {stats['distinct ORG names (all surface forms)']}")
    lines.append(f"Arab countries named: {', '.join(stats['Arab countries named'])}")
    for role, cues in stats["cues"].items():
        lines.append(f"{role} cues: " + ", ".join(f"{cue} {n}" for cue, n in cues.items()))
    return "\n".join(lines)
