"""Reading CoNLL NER files, mapping their tags to ours, and aligning them to our tokenizer."""

import pytest

from arabic_release_nlp.entities.conll import (
    ConllSentence,
    align_sentence,
    map_tag,
    parse_conll,
    project_to_words,
    read_conll,
    tag_spans,
)

ANERCORP_SAMPLE = """فرانكفورت B-LOC
(د O
ب O
أ) O
أعلن O
اتحاد B-ORG
صناعة I-ORG
السيارات I-ORG
في O
ألمانيا B-LOC
. O

 O
وقال O
جاك B-PERS
شيراك I-PERS
والاتحاد B-ORG
الأوروبي I-ORG
. O
"""

AQMAR_SAMPLE = """الذرة O
والأكسجين B-MIS1
رمزه O
O B-ENGLISH
الشمالي IO
16 OO
لنادي B-ORG
ليفربول I--ORG
"""


def test_parse_conll_splits_sentences_maps_tags_and_skips_wordless_lines():
    sentences = list(parse_conll(ANERCORP_SAMPLE.splitlines()))
    assert [len(s.words) for s in sentences] == [11, 6]
    assert sentences[0].tags[:8] == ("B-LOC", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG")
    assert sentences[1].words[:3] == ("وقال", "جاك", "شيراك")
    assert sentences[1].tags == ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "O")


def test_aqmar_tags_are_normalised():
    (sentence,) = parse_conll(AQMAR_SAMPLE.splitlines())
    assert sentence.tags == ("O", "B-MISC", "O", "O", "O", "O", "B-ORG", "I-ORG")


@pytest.mark.parametrize("tag, expected", [
    ("B-PERS", "B-PER"), ("I-PERS", "I-PER"), ("B-PER", "B-PER"), ("B-ORG", "B-ORG"), ("I-LOC", "I-LOC"),
    ("B-MISC", "B-MISC"), ("B-MIS0", "B-MISC"), ("I-MIS3", "I-MISC"), ("B-MIS-1", "B-MISC"), ("B-MISS1", "B-MISC"),
    ("O", "O"), ("OO", "O"), ("IO", "O"), ("B-SPANISH", "O"), ("", "O"),
])
def test_map_tag(tag, expected):
    assert map_tag(tag) == expected


def test_a_line_with_two_words_continues_the_entity():
    (sentence,) = parse_conll(["الصالحية ونايفة B-LOC", "في O"])
    assert sentence.words == ("الصالحية", "ونايفة", "في")
    assert sentence.tags == ("B-LOC", "I-LOC", "O")


def test_tag_spans_reads_iob1_and_iob2():
    assert tag_spans(["O", "I-PER", "I-PER", "B-PER", "O"]) == [(1, 3, "PER"), (3, 4, "PER")]
    assert tag_spans(["B-ORG", "I-ORG", "I-LOC"]) == [(0, 2, "ORG"), (2, 3, "LOC")]
    assert tag_spans([]) == []
    assert tag_spans(["O", "O"]) == []


def test_the_proclitic_moves_out_of_the_entity():
    sentence = ConllSentence(("والاتحاد", "الأوروبي"), ("B-ORG", "I-ORG"))
    aligned = align_sentence(sentence)
    assert aligned.text == "والاتحاد الأوروبي"
    assert aligned.entities == ((1, 17, "ORG"),)
    assert aligned.text[1:17] == "الاتحاد الأوروبي"
    assert aligned.moved == 1
    # The corpus's own segmentation is kept for word-level scoring.
    assert aligned.word_entities == ((0, 2, "ORG"),)


def test_fused_lam_keeps_the_span_after_the_first_lam():
    aligned = align_sentence(ConllSentence(("دعم", "للمنظمة", "الدولية"), ("O", "B-ORG", "I-ORG")))
    assert [aligned.text[s:e] for s, e, _ in aligned.entities] == ["لمنظمة الدولية"]


def test_edge_punctuation_is_trimmed_and_stem_letters_stay():
    aligned = align_sentence(ConllSentence(("(IOM)", "وزارة", "لبنان"), ("B-ORG", "B-ORG", "B-LOC")))
    assert [(aligned.text[s:e], label) for s, e, label in aligned.entities] == [
        ("IOM", "ORG"), ("وزارة", "ORG"), ("لبنان", "LOC")]
    assert aligned.trimmed == 1


def test_an_entity_of_punctuation_only_is_dropped():
    aligned = align_sentence(ConllSentence(("«", "نص"), ("B-MISC", "O")))
    assert aligned.entities == () and aligned.dropped == 1


def test_project_to_words_maps_back_to_the_corpus_words():
    aligned = align_sentence(ConllSentence(("والاتحاد", "الأوروبي", "في", "بروكسل"), ("B-ORG", "I-ORG", "O", "B-LOC")))
    assert project_to_words(aligned.entities, aligned.word_spans) == set(aligned.word_entities)


@pytest.fixture(scope="module")
def anercorp_test(shared):
    path = shared / "data/ner/anercorp/ANERCorp_CamelLabSplit_reconstructed_test.txt"
    if not path.is_file():
        pytest.skip("ANERcorp is not in ../shared")
    return read_conll(path)


def test_anercorp_alignment_keeps_every_entity_on_token_boundaries(anercorp_test):
    from arabic_release_nlp.text.tokenizer import ArabicTokenizer

    tokenizer = ArabicTokenizer()
    for sentence in anercorp_test[:200]:
        aligned = align_sentence(sentence, tokenizer)
        starts = {s for s, _ in tokenizer.spans(aligned.text)}
        ends = {e for _, e in tokenizer.spans(aligned.text)}
        assert len(aligned.entities) + aligned.dropped == len(aligned.word_entities)
        for start, end, label in aligned.entities:
            assert start in starts and end in ends and label in ("PER", "ORG", "LOC", "MISC")
