"""The SDG and GCM taxonomy: goals with official titles, our Arabic scope notes and keywords, and SDG targets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from arabic_release_nlp.text.normalize import normalize_for_matching

TAXONOMY_DIR = Path(__file__).resolve().parents[2] / "data" / "taxonomy"
FRAMEWORKS = ("SDG", "GCM")


@dataclass(frozen=True)
class Goal:
    """One SDG or GCM objective."""

    framework: str
    number: int
    title_ar: str
    title_en: str
    scope_ar: str
    keywords_ar: tuple[str, ...]
    #: GCM only: what the objective commits to and each of its actions (a), (b), … in our Arabic.
    actions_ar: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The label string used by the classifier: «SDG 3», «GCM 10»."""
        return f"{self.framework} {self.number}"


@dataclass(frozen=True)
class Target:
    """One SDG target («8.7») with its official text."""

    id: str
    goal: int
    text_ar: str
    text_en: str
    indicators_ar: tuple[str, ...] = ()


class Taxonomy:
    """All 40 goals (17 SDGs, 23 GCM objectives) and the 169 SDG targets."""

    def __init__(self, goals: list[Goal], targets: list[Target]) -> None:
        self.goals = sorted(goals, key=lambda goal: (FRAMEWORKS.index(goal.framework), goal.number))
        self.targets = targets
        self._by_label = {goal.label: goal for goal in self.goals}
        self._titles = {normalize_for_matching(title): (goal.framework, goal.number)
                        for goal in self.goals for title in (goal.title_ar, goal.title_en)}

    @property
    def labels(self) -> list[str]:
        return [goal.label for goal in self.goals]

    def goal(self, label: str) -> Goal:
        return self._by_label[label]

    def title_lookup(self, quoted: str) -> tuple[str, int] | None:
        """The goal whose official title a quoted text gives («"العمل اللائق ونمو الاقتصاد"» -> SDG 8)."""
        text = normalize_for_matching(quoted).strip(" .،,:")
        if text in self._titles:
            return self._titles[text]
        words = set(text.split())
        best, best_score = None, 0.0
        for title, goal in self._titles.items():
            title_words = set(title.split())
            score = len(words & title_words) / len(words | title_words)
            if score > best_score:
                best, best_score = goal, score
        return best if best_score >= 0.75 else None


def _goals(path: Path) -> list[Goal]:
    goals = []
    for g in json.loads(path.read_text(encoding="utf-8")):
        actions = ((g["commitment_ar"],) if "commitment_ar" in g else ()) + tuple(g.get("actions_ar", ()))
        goals.append(Goal(g["framework"], g["number"], g["title_ar"], g["title_en"], g["scope_ar"], tuple(g["keywords_ar"]),
                          actions))
    return goals


@cache
def load_taxonomy(directory: Path = TAXONOMY_DIR) -> Taxonomy:
    """Read ``sdg_goals.json``, ``gcm_objectives.json`` and ``sdg_targets.json`` from ``directory``."""
    goals = _goals(directory / "sdg_goals.json") + _goals(directory / "gcm_objectives.json")
    targets = [Target(t["id"], t["goal"], t["text_ar"], t["text_en"], tuple(t.get("indicators_ar", ())))
               for t in json.loads((directory / "sdg_targets.json").read_text(encoding="utf-8"))]
    return Taxonomy(goals, targets)
