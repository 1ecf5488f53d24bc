"""The spaCy tokenizer for Arabic press releases, registered as ``arabic_release_nlp.ArabicTokenizer.v1``.

    >>> import spacy
    >>> nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": "arabic_release_nlp.ArabicTokenizer.v1"}}})
    >>> [(token.text, token.idx) for token in nlp("ولوزارة التضامن")]
    [('و', 0), ('ل', 1), ('وزارة', 2), ('التضامن', 8)]
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from spacy.attrs import LIKE_NUM, NORM
from spacy.lang.ar.lex_attrs import like_num as _stock_like_num
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from arabic_release_nlp.text.normalize import normalize_for_matching
from arabic_release_nlp.text.tokenizer import ArabicTokenizer

_NUMBER_SEPARATORS = str.maketrans("", "", "٬٫,.")
_TEXT_KEY = "arn_text"
_NORMS_KEY = "arn_norms"
_TEXTS_KEY = "arn_texts"


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` after the first call: spaCy joins the tokens on every access of
    ``doc.text``, and each pipeline component reads it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def token_norms(doc: Doc) -> list[str]:
    """Each token's matching form (``token.norm_``), kept in ``doc.user_data`` after the first call: the rule
    components scan every token of a release several times, and each ``doc[i]`` builds a new ``Token``."""
    norms = doc.user_data.get(_NORMS_KEY)
    if norms is None or len(norms) != len(doc):
        strings = doc.vocab.strings
        norms = doc.user_data[_NORMS_KEY] = [strings[key] for key in doc.to_array(NORM).tolist()]
    return norms


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, kept like :func:`token_norms` (our tokenizer stores the words it made the Doc from)."""
    texts = doc.user_data.get(_TEXTS_KEY)
    if texts is None or len(texts) != len(doc):
        texts = doc.user_data[_TEXTS_KEY] = [token.text for token in doc]
    return texts


def like_num(text: str) -> bool:
    """spaCy's Arabic ``like_num``, also true for Arabic-Indic numbers with separators («١٬٥٠٠»)."""
    stripped = text.translate(_NUMBER_SEPARATORS)
    return (stripped.isdigit() and text[0].isdigit()) or _stock_like_num(text)


class SpacyArabicTokenizer:
    """Build a ``Doc`` from :class:`ArabicTokenizer` spans; ``doc.text`` is always the input text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.tokenizer = ArabicTokenizer()

    def __call__(self, text: str) -> Doc:
        words, spaces = self.tokenizer.words_and_spaces(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[_TEXT_KEY] = text
        doc.user_data[_TEXTS_KEY] = words
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The tokenizer has no state of its own to save: its rules and lexicon ship with the package.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> SpacyArabicTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> SpacyArabicTokenizer:
        return self


@registry.tokenizers("arabic_release_nlp.ArabicTokenizer.v1")
def create_arabic_tokenizer() -> Callable:
    """Registered tokenizer factory; also sets the vocabulary's ``norm`` to the matching form."""

    def make_tokenizer(nlp) -> SpacyArabicTokenizer:
        nlp.vocab.lex_attr_getters[LIKE_NUM] = like_num
        nlp.vocab.lex_attr_getters[NORM] = normalize_for_matching
        return SpacyArabicTokenizer(nlp.vocab)

    return make_tokenizer
