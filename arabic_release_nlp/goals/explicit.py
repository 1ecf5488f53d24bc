"""Explicit references to SDGs and GCM objectives: «الهدف 3»، «الهدف الثالث»، «الغاية 8.7»، «SDGs 3, 8»…

The framework of a numbered reference follows its context: a quoted title that matches one framework, a
framework named right after it («الهدف 10 من الميثاق العالمي للهجرة»), or the nearest framework named before
it in the paragraph or earlier in the release. «الهدف» in its ordinary sense («الهدف من الزيارة») is never
tagged: a reference needs a number, an ordinal or a goal's quoted title, and a framework to belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from arabic_release_nlp.text.normalize import normalize_for_matching

_DIGITS = "0-9٠-٩۰-۹"
_ORDINAL_UNITS = {
    "الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10,
}
_ORDINAL = (
    r"(?:ال[أا]ول|الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر)"
    r"(?:\s+عشر|\s+و\s?العشرون|\s+و\s?العشرين)?|العشرون|العشرين"
)
_NUMBER = rf"[{_DIGITS}]{{1,2}}(?:[.٫][{_DIGITS}a-zأ-ي]{{1,2}})?"
_ITEM = rf"(?:رقم\s*)?[(\[]?\s*(?:{_NUMBER}|{_ORDINAL})\s*[)\]]?"
_WORD = (
    r"(?:[وفب]?(?:ال|لل)|ل)?(?:هدف(?:ين|ان)?|أهداف|اهداف|غاية|غايتين|غايتان|غايات)"
    r"|هدف|غاية|(?i:SDGs?|goals?|targets?|GCM)"
)
_REFERENCE = re.compile(
    rf"(?:(?<!\w)|(?<=\s[وفب])|(?<=^[وفب]))(?P<word>{_WORD})[\s\-]*(?P<items>{_ITEM}(?:\s*(?:[،,]|و|and|&)\s*(?:و\s?)?{_ITEM})*)"
    rf"(?P<title>\s*[:\-–]?\s*[«\"“][^»\"”\n]{{2,160}}[»\"”])?"
)
_ITEM_VALUE = re.compile(rf"(?P<number>{_NUMBER})|(?P<ordinal>{_ORDINAL})")
_QUOTED = re.compile(r"[«\"“]([^»\"”\n]{2,160})[»\"”]")
_MARKERS = {
    "SDG": re.compile(r"أهداف\s+التنمية\s+المستدامة|التنمية\s+المستدامة|\bSDGs?\b|(?:خطة|أجندة|جدول\s+أعمال)\s+(?:عام\s+)?2030"),
    "GCM": re.compile(r"الميثاق\s+العالمي|الاتفاق\s+العالمي\s+(?:من\s+أجل|بشأن|ل)|الميثاق\s+الأممي\s+للهجرة|\bGCM\b"),
}
_ORDINARY_FOLLOWER = re.compile(r"\s*(?:من|في|هو|هي|الأساسي|الرئيسي|الأسمى|المنشود)\b")
_TARGET_LETTERS = str.maketrans({"أ": "a", "ا": "a", "ب": "b", "ج": "c", "د": "d", "ه": "e", "و": "f", "ز": "g"})
_LIMITS = {"SDG": 17, "GCM": 23}


@dataclass(frozen=True)
class ExplicitGoal:
    """One goal named in a paragraph: its framework and number, the reference's span, and an SDG target if any."""

    framework: str
    number: int
    start: int
    end: int
    target: str | None = None


def _ordinal_value(text: str) -> int:
    words = normalize_for_matching(text).replace("و ال", "وال").split()
    value = _ORDINAL_UNITS.get(words[0], 0) if words[0] not in ("العشرون", "العشرين") else 20
    if len(words) > 1 and words[1] == "عشر":
        value += 10
    elif len(words) > 1 and words[1] in ("والعشرون", "والعشرين"):
        value += 20
    return value


def _parse_item(item: str) -> tuple[int, str | None] | None:
    """The goal number of one list item, and the target id when the item is «8.7»."""
    match = _ITEM_VALUE.search(item)
    if match is None:
        return None
    if match.group("ordinal"):
        return _ordinal_value(match.group("ordinal")), None
    number = normalize_for_matching(match.group("number"))
    if "." in number or "٫" in number:
        goal, target = re.split(r"[.٫]", number)
        return int(goal), f"{int(goal)}.{target.translate(_TARGET_LETTERS)}"
    return int(number), None


def _marker_positions(text: str) -> list[tuple[int, str]]:
    return sorted((m.start(), framework) for framework, pattern in _MARKERS.items() for m in pattern.finditer(text))


class ExplicitGoalFinder:
    """Find explicit goal references in a release.

    Args:
        title_lookup: maps a quoted text to the ``(framework, number)`` whose official title it is, or None.

    >>> finder = ExplicitGoalFinder(lambda quoted: None)
    >>> text = "يسهم المشروع في أهداف التنمية المستدامة، ولا سيما الهدف 6 والغاية 4.1."
    >>> [(g.framework, g.number, g.target, text[g.start:g.end]) for g in finder.find(text, [(0, len(text))])[0]]
    [('SDG', 6, None, 'الهدف 6'), ('SDG', 4, '4.1', 'الغاية 4.1')]
    """

    def __init__(self, title_lookup: Callable[[str], tuple[str, int] | None]) -> None:
        self.title_lookup = title_lookup

    def find(self, text: str, paragraphs: Sequence[tuple[int, int]]) -> dict[int, list[ExplicitGoal]]:
        """Explicit goals per paragraph index, in text order, one per (framework, number) and paragraph."""
        markers = _marker_positions(text)
        found: dict[int, list[ExplicitGoal]] = {}
        for index, (start, end) in enumerate(paragraphs):
            goals = self._in_paragraph(text, start, end, markers)
            if goals:
                found[index] = goals
        return found

    def _framework(self, text: str, match: re.Match, paragraph_start: int, markers, word: str, is_target: bool,
                   title: str | None) -> str | None:
        if title:
            known = self.title_lookup(title)
            if known:
                return known[0]
        if word.upper().startswith("SDG") or is_target:
            return "SDG"
        if word.upper() == "GCM":
            return "GCM"
        after = text[match.end():match.end() + 60]
        follows = re.match(r"\s*(?:\([^)]*\)\s*)?(?:من|في|ضمن|ل)\s*", after)
        if follows:
            for framework, pattern in _MARKERS.items():
                near = pattern.search(after)
                if near and near.start() <= follows.end() + 12:
                    return framework
        before = [framework for position, framework in markers if position < match.start()]
        in_paragraph = [framework for position, framework in markers if paragraph_start <= position < match.start()]
        if in_paragraph:
            return in_paragraph[-1]
        return before[-1] if before else None

    def _in_paragraph(self, text: str, start: int, end: int, markers) -> list[ExplicitGoal]:
        paragraph = text[start:end]
        goals: dict[tuple[str, int], ExplicitGoal] = {}
        covered: list[tuple[int, int]] = []
        for match in _REFERENCE.finditer(paragraph):
            word = match.group("word")
            items = [_parse_item(item.group()) for item in re.finditer(_ITEM, match.group("items"))]
            ordinal = bool(re.search(_ORDINAL, match.group("items")))
            following = paragraph[match.end():match.end() + 45]
            if ordinal and not match.group("title") and _ORDINARY_FOLLOWER.match(following) \
                    and not any(pattern.search(following) for pattern in _MARKERS.values()):
                continue  # «الهدف الأول من الزيارة»: an ordinary goal, not a framework's
            # Evidence starts at the goal word, after a conjunction or preposition glued to it.
            span_start = start + match.start() + (1 if re.match(r"[وفب]ال", word) else 0)
            title = match.group("title")
            quoted = _QUOTED.search(title).group(1) if title else None
            absolute = _RefMatch(match, start)
            for parsed in filter(None, items):
                number, target = parsed
                framework = self._framework(text, absolute, start, markers, word, target is not None,
                                            quoted if len(items) == 1 else None)
                if framework and 1 <= number <= _LIMITS[framework]:
                    key = (framework, number)
                    if key not in goals or (target and not goals[key].target):
                        goals[key] = ExplicitGoal(framework, number, span_start,
                                                  start + match.start() + len(match.group().rstrip()), target)
            covered.append((match.start(), match.end()))
        for quote in _QUOTED.finditer(paragraph):
            if any(a <= quote.start() < b for a, b in covered):
                continue
            known = self.title_lookup(quote.group(1))
            if known and known not in goals:
                goals[known] = ExplicitGoal(known[0], known[1], start + quote.start(), start + quote.end())
        return sorted(goals.values(), key=lambda goal: (goal.start, goal.framework, goal.number))


class _RefMatch:
    """A paragraph-relative match seen with offsets into the whole text."""

    def __init__(self, match: re.Match, offset: int) -> None:
        self._match, self._offset = match, offset

    def start(self) -> int:
        return self._match.start() + self._offset

    def end(self) -> int:
        return self._match.end() + self._offset
