"""Evaluation of the pipeline's goals and entities against gold annotations, in notebooks and from `arn evaluate`.

    >>> from arabic_release_nlp.evaluation import evaluate_goals
    >>> result = evaluate_goals("data/corpus/corpus.jsonl", split="test")   # doctest: +SKIP
    >>> result.summary_frame(), result.per_label, result.errors              # doctest: +SKIP

``metrics`` holds the pure P/R/F1 functions; ``plots`` the figures (the ``[plot]`` extra).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["EntityEvaluation", "GoalEvaluation", "compare_goal_systems", "conll_records", "evaluate_entities",
           "evaluate_goals", "load_annotated"]

if TYPE_CHECKING:
    from arabic_release_nlp.evaluation.annotated_data import conll_records, load_annotated
    from arabic_release_nlp.evaluation.entity_evaluation import EntityEvaluation, evaluate_entities
    from arabic_release_nlp.evaluation.goal_evaluation import GoalEvaluation, compare_goal_systems, evaluate_goals

# Imported on first use: goals/training.py imports evaluation.metrics, and the goal evaluation imports it back.
_LAZY = {
    "EntityEvaluation": "arabic_release_nlp.evaluation.entity_evaluation",
    "evaluate_entities": "arabic_release_nlp.evaluation.entity_evaluation",
    "GoalEvaluation": "arabic_release_nlp.evaluation.goal_evaluation",
    "evaluate_goals": "arabic_release_nlp.evaluation.goal_evaluation",
    "compare_goal_systems": "arabic_release_nlp.evaluation.goal_evaluation",
    "conll_records": "arabic_release_nlp.evaluation.annotated_data",
    "load_annotated": "arabic_release_nlp.evaluation.annotated_data",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'arabic_release_nlp.evaluation' has no attribute {name!r}")
