"""Text features of the goal classifier, with the spans each word feature comes from (for evidence)."""

from __future__ import annotations

from functools import cache, lru_cache

from arabic_release_nlp.text.normalize import normalize_for_matching
from arabic_release_nlp.text.tokenizer import ArabicTokenizer

# One-letter proclitics and punctuation carry no topic; they are left out of word features.
_MIN_WORD_LENGTH = 2


# Words repeat across paragraphs; normalising each distinct word once is most of the saving.
_normalized_word = lru_cache(maxsize=200_000)(normalize_for_matching)


@cache
def _tokenizer() -> ArabicTokenizer:
    return ArabicTokenizer()


@lru_cache(maxsize=4096)
def feature_words(text: str) -> tuple[tuple[str, int, int], ...]:
    """The normalised words of ``text`` with their ``(start, end)`` offsets in it.

    Cached: tagging a release reads each paragraph's words twice (word vectors, then evidence).
    """
    words = []
    for start, end in _tokenizer().spans(text):
        word = _normalized_word(text[start:end])
        if len(word) >= _MIN_WORD_LENGTH and word[0].isalpha():
            words.append((word, start, end))
    return tuple(words)


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams of the normalised text: the analyzer of the word TF-IDF.

    >>> word_ngrams("بتمويل من الاتحاد الأوروبي")
    ['تمويل', 'من', 'الاتحاد', 'الاوروبي', 'تمويل من', 'من الاتحاد', 'الاتحاد الاوروبي']
    """
    words = [word for word, _, _ in feature_words(text)]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@lru_cache(maxsize=1024)
def ngram_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each word unigram and bigram of ``text`` occurs, as offsets into ``text`` (cached: do not change it)."""
    words = feature_words(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    for word, start, end in words:
        spans.setdefault(word, []).append((start, end))
    for (first, start, _), (second, _, end) in zip(words, words[1:]):
        spans.setdefault(f"{first} {second}", []).append((start, end))
    return spans
