"""Convert the corpus source markup into annotated release records.

The corpus is written by hand in a light inline markup (``data/corpus/source/*.txt``) and converted to
JSON Lines with character offsets by this module. Standard library only, so that writers can check a
file with any Python 3.11: ``python -m arabic_release_nlp.corpus.markup check FILE``.

The markup, one release per block::

    ### release h1-001
    topic: counter-trafficking
    organization_type: un_agency

    [headline]
    خبر صحفي: [ORG المنظمة الدولية للهجرة] تدرّب ...

    [body sdg=16 gcm=10]
    [LOC القاهرة] - نظمت [ORG المنظمة الدولية للهجرة] بتمويل من [ORG الاتحاد الأوروبي] ...

    officials:
    - name: نائلة جبر | title: السفيرة | position: رئيس ... | organization: اللجنة ...
    organizations:
    - المنظمة الدولية للهجرة: organizer
    - الاتحاد الأوروبي: funder, partner

Paragraph headers are ``[headline]``, ``[body …]``, ``[quote …]`` or ``[boilerplate …]`` alone on a line,
with optional ``sdg=`` and ``gcm=`` comma-separated goal numbers. Entities are ``[LABEL text]`` with
LABEL one of PER, ORG, LOC, MISC; attached proclitics stay outside the brackets (``و[ORG الاتحاد الأوروبي]``,
``ل[ORG لمنظمة الدولية للهجرة]`` for a fused «للمنظمة»).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from arabic_release_nlp.entities.names import entity_name

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
PARAGRAPH_KINDS = ("headline", "body", "quote", "boilerplate")
ROLES = ("organizer", "partner", "funder", "beneficiary")
PROCLITICS = "وفبكل"

_RELEASE_HEADER = re.compile(r"^###\s*release\s+(\S+)\s*$")
_PARAGRAPH_HEADER = re.compile(r"^\[(headline|body|quote|boilerplate)((?:\s+\w+=[\d,\s]*)*)\]\s*$")
_ENTITY = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+?)\]")
_STRAY_BRACKET = re.compile(r"\[(?:[A-Z]+)?|\]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_WORD = re.compile(r"\w+")


class MarkupError(ValueError):
    """A problem in a corpus source file, with the file, line and release it is in."""


@dataclass
class _Paragraph:
    kind: str
    sdg: list[int]
    gcm: list[int]
    lines: list[str] = field(default_factory=list)
    line_number: int = 0


def matching_form(text: str) -> str:
    """The comparison form of ANNOTATION.md §4: unify alef, yeh and teh marbuta, drop marks, fold spaces."""
    text = _ARABIC_MARKS.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.split())


def _parse_goals(attributes: str, where: str) -> dict[str, list[int]]:
    goals = {"sdg": [], "gcm": []}
    for key, value in re.findall(r"(\w+)=([\d,\s]*)", attributes):
        if key not in goals:
            raise MarkupError(f"{where}: unknown paragraph attribute {key!r} (use sdg= and gcm=)")
        limit = 17 if key == "sdg" else 23
        numbers = [int(n) for n in re.findall(r"\d+", value)]
        bad = [n for n in numbers if not 1 <= n <= limit]
        if bad:
            raise MarkupError(f"{where}: {key} numbers must be 1-{limit}, got {bad}")
        goals[key] = sorted(set(numbers))
    return goals


def _strip_entities(raw: str, offset: int, where: str) -> tuple[str, list[dict]]:
    """Remove entity brackets from one paragraph; return its plain text and entities at ``offset``."""
    plain: list[str] = []
    entities = []
    position = 0
    length = 0
    for match in _ENTITY.finditer(raw):
        before = raw[position:match.start()]
        if _STRAY_BRACKET.search(before):
            raise MarkupError(f"{where}: malformed entity markup near {before[-40:]!r}")
        plain.append(before)
        length += len(before)
        surface = match.group(2)
        if surface != surface.strip():
            raise MarkupError(f"{where}: entity {surface!r} has spaces inside its brackets")
        entities.append({"start": offset + length, "end": offset + length + len(surface), "label": match.group(1)})
        plain.append(surface)
        length += len(surface)
        position = match.end()
    rest = raw[position:]
    if _STRAY_BRACKET.search(rest):
        raise MarkupError(f"{where}: malformed entity markup near {rest[:40]!r}")
    plain.append(rest)
    return "".join(plain), entities


def boundary_problem(text: str, start: int, end: int) -> str | None:
    """Why a span does not sit on word boundaries (ANNOTATION.md §1), or None when it does.

    A span may start after a chain of at most two proclitics (و ف ب ك ل) and must not cut a word.
    """
    if start >= end or text[start:end] != text[start:end].strip():
        return f"span {text[start:end]!r} is empty or has surrounding spaces"
    if end < len(text) and text[end].isalnum():
        return f"span {text[start:end]!r} ends inside a word"
    word_start = start
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    prefix = text[word_start:start]
    if len(prefix) > 2 or any(ch not in PROCLITICS for ch in prefix):
        return f"span {text[start:end]!r} starts inside a word (after {prefix!r})"
    return None


def _parse_official(line: str, where: str) -> dict:
    fields = {}
    for part in line.split("|"):
        if ":" not in part:
            raise MarkupError(f"{where}: official field without 'key:' in {part!r}")
        key, value = part.split(":", 1)
        fields[key.strip()] = value.strip() or None
    unknown = set(fields) - {"name", "title", "position", "organization"}
    if unknown or not fields.get("name"):
        raise MarkupError(f"{where}: an official needs name: and may have title:, position:, organization:")
    return {key: fields.get(key) for key in ("name", "title", "position", "organization")}


def _parse_organization(line: str, where: str) -> dict:
    if ":" not in line:
        raise MarkupError(f"{where}: organisation line must be 'name: role, role'")
    name, roles_text = line.rsplit(":", 1)
    roles = [role.strip() for role in roles_text.split(",") if role.strip()]
    bad = [role for role in roles if role not in ROLES]
    if bad or not roles:
        raise MarkupError(f"{where}: roles must be among {ROLES}, got {roles_text.strip()!r}")
    return {"name": name.strip(), "roles": roles}


def _build_release(release_id: str, meta: dict, paragraphs: list[_Paragraph], officials: list[dict],
                   organizations: list[dict], where: str) -> dict:
    if not paragraphs:
        raise MarkupError(f"{where}: release {release_id} has no paragraphs")
    text_parts: list[str] = []
    records = []
    entities = []
    offset = 0
    for paragraph in paragraphs:
        raw = " ".join(line.strip() for line in paragraph.lines if line.strip())
        if not raw:
            raise MarkupError(f"{where}: empty [{paragraph.kind}] paragraph at line {paragraph.line_number}")
        if text_parts:
            text_parts.append("\n\n")
            offset += 2
        plain, found = _strip_entities(raw, offset, f"{where} line {paragraph.line_number}")
        records.append({"start": offset, "end": offset + len(plain), "kind": paragraph.kind,
                        "sdg": paragraph.sdg, "gcm": paragraph.gcm})
        entities.extend(found)
        text_parts.append(plain)
        offset += len(plain)
    text = "".join(text_parts)
    for entity in entities:
        problem = boundary_problem(text, entity["start"], entity["end"])
        if problem:
            raise MarkupError(f"{where} ({release_id}): {problem}")
    names = {}
    for entity in entities:
        names.setdefault(matching_form(entity_name(text, entity["start"], entity["end"])), set()).add(entity["label"])
    for official in officials:
        person = matching_form(official["name"])
        if "PER" not in names.get(person, set()):
            raise MarkupError(f"{where} ({release_id}): official {official['name']!r} is not a [PER …] entity")
        for key in ("title", "position"):
            if official[key] and official[key] not in text:
                raise MarkupError(f"{where} ({release_id}): official {key} {official[key]!r} is not in the text")
        if official["organization"] and "ORG" not in names.get(matching_form(official["organization"]), set()):
            raise MarkupError(f"{where} ({release_id}): official organization {official['organization']!r} "
                              "is not an [ORG …] entity")
    for organization in organizations:
        if not names.get(matching_form(organization["name"]), set()) & {"ORG", "LOC"}:
            raise MarkupError(f"{where} ({release_id}): organisation {organization['name']!r} with a role "
                              "is not an [ORG …] or [LOC …] entity")
    return {"id": release_id, "topic": meta.get("topic", ""),
            "organization_type": meta.get("organization_type", ""), "text": text,
            "paragraphs": records, "entities": entities, "officials": officials,
            "organizations": organizations}


def parse_markup(source: str, filename: str = "<markup>") -> Iterator[dict]:
    """Yield one annotated release record per ``### release`` block of ``source``."""
    release_id = None
    meta: dict[str, str] = {}
    paragraphs: list[_Paragraph] = []
    officials: list[dict] = []
    organizations: list[dict] = []
    section = "meta"
    start_line = 0

    def finish() -> Iterator[dict]:
        if release_id is not None:
            yield _build_release(release_id, meta, paragraphs, officials, organizations,
                                 f"{filename}:{start_line}")

    for number, line in enumerate(source.splitlines(), start=1):
        where = f"{filename}:{number}"
        stripped = line.strip()
        header = _RELEASE_HEADER.match(stripped)
        if header:
            yield from finish()
            release_id, meta, paragraphs, officials, organizations = header.group(1), {}, [], [], []
            section, start_line = "meta", number
            continue
        if release_id is None:
            if stripped and not stripped.startswith("#"):
                raise MarkupError(f"{where}: text before the first '### release' header")
            continue
        paragraph_header = _PARAGRAPH_HEADER.match(stripped)
        if paragraph_header:
            goals = _parse_goals(paragraph_header.group(2), where)
            paragraphs.append(_Paragraph(paragraph_header.group(1), goals["sdg"], goals["gcm"], [], number))
            section = "paragraph"
        elif stripped in ("officials:", "organizations:"):
            section = stripped[:-1]
        elif not stripped:
            if section == "paragraph" and paragraphs[-1].lines:
                section = "between"
        elif section == "meta" and ":" in stripped:
            key, value = stripped.split(":", 1)
            meta[key.strip()] = value.strip()
        elif section == "paragraph":
            paragraphs[-1].lines.append(stripped)
        elif section == "officials" and stripped.startswith("-"):
            officials.append(_parse_official(stripped[1:], where))
        elif section == "organizations" and stripped.startswith("-"):
            organizations.append(_parse_organization(stripped[1:], where))
        else:
            raise MarkupError(f"{where}: unexpected line {stripped[:60]!r} (in {section})")
    yield from finish()


def body_word_runs(records: list[dict], size: int = 8) -> dict[tuple[str, ...], list[str]]:
    """Map every run of ``size`` words in body and quote paragraphs to where it occurs.

    Entity spans count as one word each, so a long official name is not taken for copied prose.
    """
    runs: dict[tuple[str, ...], list[str]] = {}
    for record in records:
        text = record["text"]
        for index, paragraph in enumerate(record["paragraphs"]):
            if paragraph["kind"] not in ("body", "quote"):
                continue
            words: list[str] = []
            position = paragraph["start"]
            spans = sorted((e["start"], e["end"]) for e in record["entities"]
                           if paragraph["start"] <= e["start"] < paragraph["end"])
            for start, end in spans + [(paragraph["end"], paragraph["end"])]:
                words.extend(matching_form(w) for w in _WORD.findall(_ARABIC_MARKS.sub("", text[position:start])))
                if start < end:
                    words.append("<" + matching_form(text[start:end]) + ">")
                position = max(position, end)
            seen = set()
            for i in range(len(words) - size + 1):
                run = tuple(words[i:i + size])
                if run not in seen:
                    seen.add(run)
                    runs.setdefault(run, []).append(f"{record['id']}#{index}")
    return runs


def repeated_runs(records: list[dict], size: int = 8) -> list[tuple[str, list[str]]]:
    """Runs of ``size`` words that two different body paragraphs share."""
    return [(" ".join(run), places) for run, places in body_word_runs(records, size).items() if len(places) > 1]


def _main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("check", "build"):
        print("usage: python -m arabic_release_nlp.corpus.markup check FILE...\n"
              "       python -m arabic_release_nlp.corpus.markup build OUT.jsonl FILE...", file=sys.stderr)
        return 2
    command, files = argv[0], argv[1:]
    out = None
    if command == "build":
        out, files = Path(files[0]), files[1:]
    records: list[dict] = []
    failed = False
    for name in files:
        try:
            records.extend(parse_markup(Path(name).read_text(encoding="utf-8"), name))
        except MarkupError as error:
            print(f"error: {error}", file=sys.stderr)
            failed = True
    ids = [record["id"] for record in records]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        print(f"error: duplicate release id {duplicate}", file=sys.stderr)
        failed = True
    for run, places in repeated_runs(records):
        print(f"error: 8-word run repeated in {', '.join(places)}: {run}", file=sys.stderr)
        failed = True
    paragraphs = [p for r in records for p in r["paragraphs"]]
    print(f"{len(records)} releases, {len(paragraphs)} paragraphs, "
          f"{sum(len(r['entities']) for r in records)} entities, {sum(len(r['officials']) for r in records)} officials, "
          f"{sum(1 for p in paragraphs if not p['sdg'] and not p['gcm'])} paragraphs without goals")
    for framework, top in (("sdg", 17), ("gcm", 23)):
        counts = {n: sum(n in p[framework] for p in paragraphs) for n in range(1, top + 1)}
        print(framework.upper() + ": " + " ".join(f"{n}:{c}" for n, c in counts.items()))
    if out is not None and not failed:
        with out.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
