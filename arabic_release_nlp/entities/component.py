"""The ``arn_entities`` spaCy component: entities with names and canonical records, officials, organisation roles.

It runs after the statistical recogniser (``arn_ner``, which sets ``doc.ents``) and ``arn_structure``; without a
recogniser it still finds what the gazetteers know. Writes ``doc._.arn_entities``, ``doc._.arn_officials`` and
``doc._.arn_organizations`` in the output contract's shape, and sets ``doc.ents`` to the final spans.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from arabic_release_nlp.entities.bylines import byline_ranges
from arabic_release_nlp.entities.gazetteer import GAZETTEER_DIR, load_gazetteer
from arabic_release_nlp.entities.officials import find_officials
from arabic_release_nlp.entities.organizations import merge_organizations
from arabic_release_nlp.entities.refine import entity_records, refine_entities
from arabic_release_nlp.entities.roles import assign_roles
from arabic_release_nlp.structure.component import EXTENSION as STRUCTURE

EXTENSIONS = ("arn_entities", "arn_officials", "arn_organizations")
ALL_ROLES = frozenset({"organizer", "partner", "funder", "beneficiary"})


class EntityComponent:
    """Refine entities with the gazetteers, then find officials and organisation roles."""

    def __init__(self, gazetteer_dir: Path) -> None:
        self.gazetteer = load_gazetteer(gazetteer_dir)

    def __call__(self, doc: Doc) -> Doc:
        structure = doc._.get(STRUCTURE) if Doc.has_extension(STRUCTURE) else None
        paragraph_starts = [p["start"] for p in structure["paragraphs"]] if structure else [0]
        spans = refine_entities(doc, self.gazetteer, paragraph_starts)
        doc.ents = spans
        entities = entity_records(doc, spans, self.gazetteer, paragraph_starts)
        roles_by_token = assign_roles(doc, spans, self.gazetteer)
        reporting = byline_ranges(doc, paragraph_starts)
        roles = {span.start_char: roles_by_token.get(span.start, set()) & ALL_ROLES
                 if not any(start <= span.start_char < end for start, end in reporting) else set() for span in spans}
        doc._.set("arn_entities", entities)
        doc._.set("arn_officials", find_officials(doc, spans, self.gazetteer, paragraph_starts))
        aside = {i for i, p in enumerate(structure["paragraphs"]) if p["kind"] == "boilerplate"} if structure else set()
        doc._.set("arn_organizations", merge_organizations(entities, roles, aside))
        return doc


@Language.factory("arn_entities", default_config={"gazetteers": None}, requires=["doc._.arn_structure"])
def make_entity_component(nlp: Language, name: str, gazetteers: str | None) -> EntityComponent:
    for extension in EXTENSIONS:
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)
    return EntityComponent(Path(gazetteers) if gazetteers else GAZETTEER_DIR)
