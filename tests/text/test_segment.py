from arabic_release_nlp.text.segment import split_paragraphs, split_sentences
from arabic_release_nlp.text.tokenizer import ArabicTokenizer

TOKENIZER = ArabicTokenizer()


def sentences(text):
    return [text[start:end] for start, end in split_sentences(text, TOKENIZER.spans(text))]


def test_paragraphs_are_lines_without_surrounding_space():
    text = "\n\nعنوان الخبر\r\n\r\n  الفقرة الأولى.  \nالفقرة الثانية.\n\n\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["عنوان الخبر", "الفقرة الأولى.", "الفقرة الثانية."]


def test_blank_text_has_no_paragraphs_or_sentences():
    assert split_paragraphs("  \n\t\n") == []
    assert split_sentences("", []) == []


def test_sentences_end_at_arabic_punctuation():
    text = "هل انتهى التدريب؟ نعم! وبدأ التقييم؛ ثم عاد الفريق."
    assert sentences(text) == ["هل انتهى التدريب؟", "نعم!", "وبدأ التقييم؛", "ثم عاد الفريق."]


def test_no_break_inside_numbers_or_abbreviations():
    text = "قدم د. سامي العبادي عرضاً عن نسبة 3.5 في المئة والغاية 8.7 أمام م. خالد. ثم غادر."
    assert sentences(text) == ["قدم د. سامي العبادي عرضاً عن نسبة 3.5 في المئة والغاية 8.7 أمام م. خالد.", "ثم غادر."]


def test_no_break_inside_quotes_and_closing_quote_stays_with_its_sentence():
    text = 'وقال المدير: "انتهينا. وسنعود قريباً". ثم غادر القاعة. وأضاف «العمل مستمر. لن نتوقف».'
    assert sentences(text) == ['وقال المدير: "انتهينا. وسنعود قريباً".', "ثم غادر القاعة.",
                               "وأضاف «العمل مستمر. لن نتوقف»."]


def test_unmatched_quote_does_not_swallow_the_paragraph():
    text = 'قال "نعم. ثم غادر. وانتهى.'
    assert sentences(text) == ['قال "نعم.', "ثم غادر.", "وانتهى."]


def test_text_without_final_punctuation_is_one_sentence():
    assert sentences("خبر صحفي: افتتاح مدرسة جديدة") == ["خبر صحفي: افتتاح مدرسة جديدة"]
