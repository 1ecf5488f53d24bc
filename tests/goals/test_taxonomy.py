"""The taxonomy's GCM actions: our Arabic text of each objective's commitment and actions, read as weak examples."""

import re

from arabic_release_nlp.goals.taxonomy import load_taxonomy
from arabic_release_nlp.goals.training import WEAK_WEIGHT, weak_examples

ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]")


def test_every_gcm_objective_has_its_commitment_and_actions_in_arabic():
    taxonomy = load_taxonomy()
    gcm = [goal for goal in taxonomy.goals if goal.framework == "GCM"]
    assert len(gcm) == 23
    for goal in gcm:
        assert len(goal.actions_ar) >= 4, goal.label  # the commitment and at least three actions (objective 22 has three)
        for text in goal.actions_ar:
            assert len(ARABIC_LETTERS.findall(text)) > 0.8 * len(text.replace(" ", "")), (goal.label, text)
            # The texts describe the work, never the objective by name or number: the classifier must learn the topic.
            assert "الهدف" not in text and "الميثاق" not in text, (goal.label, text)
    assert not any(goal.actions_ar for goal in taxonomy.goals if goal.framework == "SDG")


def test_actions_are_weak_examples_of_their_objective():
    taxonomy = load_taxonomy()
    weak = weak_examples(taxonomy)
    trafficking = taxonomy.goal("GCM 10")
    for text in trafficking.actions_ar:
        index = weak.texts.index(text)
        assert weak.labels[index] == ["GCM 10"]
        assert weak.weights[index] == WEAK_WEIGHT
    actions = sum(len(goal.actions_ar) for goal in taxonomy.goals)
    targets = sum(1 + len(target.indicators_ar) for target in taxonomy.targets)
    assert len(weak.texts) == targets + len(taxonomy.goals) + actions
