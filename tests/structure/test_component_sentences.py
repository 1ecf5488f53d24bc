"""``arn_structure`` marks sentence boundaries in the Doc: ``doc.sents`` follows our segmentation."""

from __future__ import annotations

import pytest

from arabic_release_nlp.pipeline import load


@pytest.fixture(scope="module")
def structure():
    return load(components=["arn_structure"]).nlp


@pytest.mark.parametrize("text", [
    "خبر صحفي: عنوان\n\nالقاهرة - نظمت الوزارة دورة. وقال المدير إنها نجحت.\n\n  فقرة ثالثة؟ نعم!  ",
    "  نص أول.  نص ثان. \n\n\n  فقرة. ",
    "نص",
])
def test_doc_sents_are_the_sentences_of_the_structure(structure, text):
    doc = structure(text)
    expected = [text[start:end] for p in doc._.arn_structure["paragraphs"] for start, end in p["sentences"]]
    assert [sentence.text.strip() for sentence in doc.sents] == expected
    # Every token is marked (True or False, never unknown), so nothing downstream re-segments the Doc.
    assert all(token.is_sent_start is not None for token in doc)
    assert doc[0].is_sent_start


def test_an_empty_text_has_no_sentences(structure):
    doc = structure("")
    assert list(doc.sents) == [] and doc._.arn_structure["paragraphs"] == []
