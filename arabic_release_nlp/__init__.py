"""Arabic press releases: structure, entities, officials, organisation roles and SDG/GCM goals.

    >>> import arabic_release_nlp as arn
    >>> nlp = arn.load()
    >>> release = nlp("خبر صحفي: افتتاح مدرسة\\n\\nعمّان - افتتحت الوزارة مدرسة جديدة.", id="r1")
    >>> release.to_dict()["schema"]
    'arabic-release-nlp/1'
    >>> [(token.text, token.idx) for token in arn.tokenize("والاتحاد")]
    [('و', 0), ('الاتحاد', 1)]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("arabic_release_nlp")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

__all__ = ["ArnError", "Pipeline", "Release", "Span", "TagSummary", "__version__", "load", "tag_archive", "tag_shard",
           "tokenize"]

if TYPE_CHECKING:
    from arabic_release_nlp.batch import TagSummary, tag_archive, tag_shard
    from arabic_release_nlp.errors import ArnError
    from arabic_release_nlp.pipeline import Pipeline, load
    from arabic_release_nlp.structure.release import Release, Span

_LAZY = {
    "ArnError": "arabic_release_nlp.errors",
    "Pipeline": "arabic_release_nlp.pipeline",
    "load": "arabic_release_nlp.pipeline",
    "Release": "arabic_release_nlp.structure.release",
    "Span": "arabic_release_nlp.structure.release",
    "tag_archive": "arabic_release_nlp.batch",
    "tag_shard": "arabic_release_nlp.batch",
    "TagSummary": "arabic_release_nlp.batch",
}


def __getattr__(name: str) -> Any:
    # spaCy is imported on first use, not at import time: `import arabic_release_nlp` stays cheap.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'arabic_release_nlp' has no attribute {name!r}")


_tokenizer_nlp = None


def tokenize(text: str) -> list:
    """The tokens of ``text`` (spaCy ``Token`` objects, whitespace left out); ``token.idx`` is the start offset.

    >>> [token.text for token in tokenize("بتمويل من الاتحاد الأوروبي.")]
    ['ب', 'تمويل', 'من', 'الاتحاد', 'الأوروبي', '.']
    """
    global _tokenizer_nlp
    if _tokenizer_nlp is None:
        from arabic_release_nlp.pipeline import blank_arabic

        _tokenizer_nlp = blank_arabic()
    return [token for token in _tokenizer_nlp.make_doc(text) if not token.is_space]
