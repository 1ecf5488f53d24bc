"""HashedTfidfVectorizer: TF-IDF without a stored vocabulary, and the columns evidence looks up."""

import numpy as np
import pytest

from arabic_release_nlp.goals.hashed_tfidf import HashedTfidfVectorizer

TEXTS = ["بتمويل من الاتحاد الأوروبي", "تمويل من اليابان لتطعيم الأطفال", "تطعيم الأطفال ضد الحصبة"]


def test_rows_are_unit_length_and_unknown_text_is_empty():
    vectorizer = HashedTfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit(TEXTS)
    matrix = vectorizer.transform(TEXTS + ["", "xyz"])
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms[:3], 1) and norms[3] == 0
    assert matrix.dtype == np.float32 and matrix.shape[1] == len(vectorizer.columns_)


def test_max_features_keeps_the_most_frequent_columns_deterministically():
    first = HashedTfidfVectorizer(analyzer="word", max_features=3).fit(TEXTS)
    second = HashedTfidfVectorizer(analyzer="word", max_features=3).fit(TEXTS)
    assert len(first.columns_) == 3 and np.array_equal(first.columns_, second.columns_)
    # Six n-grams occur in two texts each; three of them are kept, and nothing that occurs in one text only.
    in_two = ["تمويل", "من", "تمويل من", "تطعيم", "الاطفال", "تطعيم الاطفال"]
    assert len(first.term_columns(in_two)) == 3
    assert first.term_columns(["الاتحاد", "اليابان", "الحصبة", "ضد"]) == {}


def test_term_and_word_columns_point_at_the_features_of_a_text():
    vectorizer = HashedTfidfVectorizer(analyzer="word").fit(TEXTS)
    columns = vectorizer.term_columns(["تمويل من", "تطعيم", "غير موجود"])
    assert set(columns) == {"تمويل من", "تطعيم"}
    row = vectorizer.transform(["تمويل من الصندوق"])
    assert columns["تمويل من"] in row.indices and columns["تطعيم"] not in row.indices
    char = HashedTfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3)).fit(TEXTS)
    assert set(char.word_counts(["تطعيم"])[0][0]) == set(char.transform(["تطعيم"]).indices)


def test_unknown_analyzer_is_explained():
    with pytest.raises(ValueError, match="analyzer must be one of"):
        HashedTfidfVectorizer(analyzer="bpe").fit(TEXTS)


def test_cached_word_counts_give_the_matrix_of_hashing_whole_texts(monkeypatch):
    """Character n-grams are counted word by word from a cache; the rows equal hashing each text whole."""
    texts = TEXTS + ["وقّعت المنظمةُ الدولية للهجرة (IOM) اتفاقيةً بقيمة 2.5 مليون دولار... مع «اليونيسف»،",
                     "الأطفال الأطفال\tالأطفال\n\nتطعيم", "", "   "]
    vectorizer = HashedTfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), max_features=300).fit(texts)
    whole = vectorizer._select(vectorizer.counts(texts))
    whole.data = (np.log(whole.data) + 1) * vectorizer.idf_[whole.indices]
    whole = whole.multiply(1 / np.maximum(np.sqrt(whole.multiply(whole).sum(axis=1)), 1e-30)).tocsr()
    monkeypatch.setattr("arabic_release_nlp.goals.hashed_tfidf._MAX_CACHED_WORDS", 4)
    for _ in range(2):  # a cold cache, then one emptied along the way
        assert np.allclose(vectorizer.transform(texts).toarray(), whole.toarray(), atol=1e-6)
    # The cache lives outside the estimator: nothing of it is saved with a model.
    assert set(vars(vectorizer)) == {"analyzer", "ngram_range", "n_features", "max_features", "min_df",
                                     "columns_", "idf_"}
