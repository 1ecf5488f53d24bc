"""Extract the 169 SDG targets, in Arabic and English, from the open-sdg translations TSV.

The TSV (``sdg_goals_targets_indicators_ar_en.tsv``, flattened from https://github.com/open-sdg/sdg-translations,
MIT) has one row per goal, target and indicator, with the columns ``level`` (goal/target/indicator), ``code``
(``8``, ``8.7``, ``8.7.1``, ``1.a``, ``1.a.1``), ``goal``, ``en`` and ``ar``. This script keeps the target rows,
attaches each target's indicators, and writes a JSON list ordered by goal, then numbered targets, then lettered ones:

    {"id": "8.7", "goal": 8, "text_ar": ..., "text_en": ...,
     "indicator_ids": ["8.7.1"], "indicators_ar": [...], "indicators_en": [...]}

The Arabic texts are the UN's official wording but were extracted from PDF, so they are lightly cleaned:
tatweel (ـ) removed, no-break spaces turned into spaces, runs of whitespace collapsed, and the extraction
typo «إالى» corrected to «إلى». Diacritics are kept. The English texts are only whitespace-normalised.

    python scripts/extract_sdg_targets.py \
        ../shared/data/sdg/open_sdg_translations/sdg_goals_targets_indicators_ar_en.tsv \
        --out data/taxonomy/sdg_targets.json

Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "taxonomy" / "sdg_targets.json"

EXPECTED_TARGETS = 169
COLUMNS = ("level", "code", "goal", "en", "ar")
TARGET_ID = re.compile(r"^(\d{1,2})\.(\d{1,2}|[a-z])$")
INDICATOR_ID = re.compile(r"^(\d{1,2}\.(?:\d{1,2}|[a-z]))\.(\d{1,2})$")

_TATWEEL = "\u0640"
_SPACES = re.compile(r"\s+")


def clean(text: str, arabic: bool = False) -> str:
    """Normalise whitespace; for Arabic also drop tatweel and fix the «إالى» extraction typo."""
    text = text.replace("\u00a0", " ")
    if arabic:
        text = text.replace(_TATWEEL, "").replace("إالى", "إلى")
    return _SPACES.sub(" ", text).strip()


def target_sort_key(target_id: str) -> tuple[int, int, int | str]:
    """1.1 < 1.2 < 1.10 < 1.a < 1.b: numbered targets first, in numeric order, then lettered ones."""
    goal, sub = TARGET_ID.match(target_id).groups()
    return (int(goal), 0, int(sub)) if sub.isdigit() else (int(goal), 1, sub)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise SystemExit(f"{path}: expected columns {COLUMNS}, found {reader.fieldnames}")
        return list(reader)


def extract(rows: list[dict[str, str]]) -> list[dict]:
    targets: dict[str, dict] = {}
    for row in rows:
        if row["level"] != "target":
            continue
        code = row["code"].strip()
        match = TARGET_ID.match(code)
        if not match or match.group(1) != row["goal"].strip():
            raise SystemExit(f"unexpected target code {code!r} (goal {row['goal']!r})")
        if code in targets:
            raise SystemExit(f"duplicate target {code}")
        targets[code] = {
            "id": code,
            "goal": int(match.group(1)),
            "text_ar": clean(row["ar"], arabic=True),
            "text_en": clean(row["en"]),
            "indicator_ids": [],
            "indicators_ar": [],
            "indicators_en": [],
        }

    indicators = []
    for row in rows:
        if row["level"] != "indicator":
            continue
        match = INDICATOR_ID.match(row["code"].strip())
        if not match or match.group(1) not in targets:
            raise SystemExit(f"indicator {row['code']!r} does not belong to a known target")
        indicators.append((match.group(1), int(match.group(2)), row))
    for target_id, _, row in sorted(indicators, key=lambda item: item[:2]):
        target = targets[target_id]
        target["indicator_ids"].append(row["code"].strip())
        target["indicators_ar"].append(clean(row["ar"], arabic=True))
        target["indicators_en"].append(clean(row["en"]))

    return [targets[code] for code in sorted(targets, key=target_sort_key)]


def check(targets: list[dict]) -> None:
    """Fail loudly unless there are exactly 169 targets covering goals 1-17, each with both texts."""
    problems = []
    if len(targets) != EXPECTED_TARGETS:
        problems.append(f"{len(targets)} targets, expected {EXPECTED_TARGETS}")
    goals = {t["goal"] for t in targets}
    if goals != set(range(1, 18)):
        problems.append(f"goals covered: {sorted(goals)}")
    problems += [f"{t['id']}: empty text" for t in targets if not (t["text_ar"] and t["text_en"])]
    if problems:
        raise SystemExit("; ".join(problems))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path, help="sdg_goals_targets_indicators_ar_en.tsv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output JSON (default: {DEFAULT_OUT})")
    args = parser.parse_args(argv)

    if not args.tsv.is_file():
        parser.error(f"no such file: {args.tsv}")
    targets = extract(read_rows(args.tsv))
    check(targets)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        json.dump(targets, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    n_indicators = sum(len(t["indicator_ids"]) for t in targets)
    print(f"wrote {len(targets)} targets and {n_indicators} indicator rows to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
