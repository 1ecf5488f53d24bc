"""The ``arn_goals`` spaCy component: SDG and GCM goals per paragraph and per release.

Needs ``arn_structure`` before it (paragraphs and their kinds). Writes ``doc._.arn_goals``:
``{"paragraphs": {index: [goal, …]}, "document": [goal, …]}`` in the output contract's shape.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from arabic_release_nlp.goals.persistence import load_model
from arabic_release_nlp.goals.predictor import GoalPredictor
from arabic_release_nlp.goals.taxonomy import load_taxonomy
from arabic_release_nlp.structure.component import EXTENSION as STRUCTURE
from arabic_release_nlp.text.spacy_tokenizer import doc_text

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "goals"
EXTENSION = "arn_goals"


class GoalComponent:
    """Tag every paragraph of the Doc with goals, using a saved goal model."""

    def __init__(self, model_dir: Path) -> None:
        self.predictor = GoalPredictor(load_model(model_dir), load_taxonomy())

    def __call__(self, doc: Doc) -> Doc:
        structure = doc._.get(STRUCTURE) if Doc.has_extension(STRUCTURE) else None
        if not structure:
            doc._.set(EXTENSION, {"paragraphs": {}, "document": []})
            return doc
        paragraphs = [(p["start"], p["end"]) for p in structure["paragraphs"]]
        kinds = [p["kind"] for p in structure["paragraphs"]]
        per_paragraph, document = self.predictor.predict(doc_text(doc), paragraphs, kinds)
        doc._.set(EXTENSION, {"paragraphs": per_paragraph, "document": document})
        return doc


@Language.factory("arn_goals", default_config={"model": None}, requires=["doc._.arn_structure"])
def make_goal_component(nlp: Language, name: str, model: str | None) -> GoalComponent:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
    return GoalComponent(Path(model) if model else DEFAULT_MODEL)
