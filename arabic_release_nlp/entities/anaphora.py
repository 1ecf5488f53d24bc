"""Bare head nouns that refer back to a named organisation: «وقّع مركز الملك سلمان … اتفاقية يموّل المركز بموجبها
…», «بقرض ميسر ومنحة من الوكالة». Role rules read such a noun as the organisation it names."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.text.normalize import matching_forms
from arabic_release_nlp.text.spacy_tokenizer import token_norms

# «البرنامج» and «المشروع» are left out: in releases they far more often mean a project than WFP or UNDP.
HEAD_NOUNS = matching_forms(
    "المركز الصندوق الوكالة البنك المؤسسة المنظمة الهيئة الجمعية السفارة المفوضية الحكومة الاتحاد")
_ARTICLE = "ال"
_RELATIVES = matching_forms("الذي التي اللذان اللتان الذين اللواتي")  # «الوكالة التي تموّل …» refers back


def anaphors(doc: Doc, spans: Sequence[Span]) -> dict[int, Span]:
    """``{token index: antecedent}`` for each head noun outside an entity whose antecedent is the nearest
    organisation before it starting with the same noun («الوكالة» → «الوكالة الفرنسية للتنمية», «المركز» →
    «مركز الملك سلمان …»). A head noun followed by an adjective of relation («البنك المركزي», «المركز الوطني»)
    names another, unrecognised body and is skipped; one followed by a relative pronoun («الوكالة التي تموّل …») is
    not."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    organisations = sorted((s for s in spans if s.label_ == "ORG"), key=lambda s: s.start)
    found = {}
    norms = token_norms(doc)  # the matching forms (our tokenizer sets them)
    for i, norm in enumerate(norms):
        if norm not in HEAD_NOUNS or i in covered:
            continue
        following = norms[i + 1] if i + 1 < len(norms) else ""
        if following.startswith(_ARTICLE) and following.endswith(("ي", "يه")) and following not in _RELATIVES:
            continue
        bare = norm[len(_ARTICLE):]
        antecedent = next((s for s in reversed(organisations) if s.end <= i and norms[s.start] in (norm, bare)), None)
        if antecedent is not None:
            found[i] = antecedent
    return found


def stand_ins(doc: Doc, spans: Sequence[Span]) -> tuple[list[Span], dict[int, Span]]:
    """One-token spans for the head nouns (labelled like their antecedents) and ``{stand-in start: antecedent}``."""
    resolved = anaphors(doc, spans)
    return [Span(doc, i, i + 1, label=a.label_) for i, a in resolved.items()], resolved
