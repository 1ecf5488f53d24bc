"""Training examples from our corpus: offsets survive, misaligned spans get their token split."""

from arabic_release_nlp.corpus import DEFAULT_CORPUS
from arabic_release_nlp.entities.ner_data import TextExample, corpus_examples, make_training_doc, make_training_docs
from arabic_release_nlp.pipeline import blank_arabic


def test_corpus_paragraph_examples_keep_the_entity_text():
    examples = corpus_examples(DEFAULT_CORPUS, "dev")
    assert examples and all(e.source == "corpus" for e in examples)
    for example in examples:
        for start, end, label in example.entities:
            assert 0 <= start < end <= len(example.text)
            assert "\n" not in example.text[start:end]


def test_a_span_inside_a_token_splits_the_token():
    nlp = blank_arabic()
    text = "مدن سبها وبوادي الأردن"
    doc, split = make_training_doc(nlp, TextExample(text, ((4, 8, "LOC"), (11, 22, "LOC")), "corpus"))
    assert split == 1
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("سبها", "LOC"), ("وادي الأردن", "LOC")]
    assert doc.text == text


def test_aligned_spans_leave_the_tokens_alone():
    nlp = blank_arabic()
    docs, split = make_training_docs(nlp, [TextExample("والاتحاد الأوروبي", ((1, 17, "ORG"),), "corpus")])
    assert split == 0 and [t.text for t in docs[0]] == ["و", "الاتحاد", "الأوروبي"]
    assert [(ent.start, ent.end) for ent in docs[0].ents] == [(1, 3)]
