"""Normalisation of Arabic text for matching and features.

These functions make a feature copy of the text. Their output has a different length from the input and
is never used for offsets: spans always point into the original text.
"""

from __future__ import annotations

import unicodedata

from arabic_release_nlp.text import camel
from arabic_release_nlp.text.characters import DIGIT_TO_ASCII, INVISIBLE_CONTROLS, PERSIAN_TO_ARABIC_LETTERS, TATWEEL, ignorable_pattern


def remove_invisible_controls(text: str) -> str:
    """Drop bidi and zero-width control characters (U+200B-U+200F, U+061C, U+202A-U+202E, U+2066-U+2069, U+FEFF)."""
    return text.translate({ord(ch): None for ch in INVISIBLE_CONTROLS})


def remove_tatweel(text: str) -> str:
    """Drop the kashida (tatweel) used to stretch words: «الـتـعـاون» -> «التعاون»."""
    return text.replace(TATWEEL, "")


def remove_marks(text: str) -> str:
    """Drop every Arabic combining mark (category Mn in the Arabic blocks), not only the harakat."""
    return camel.dediac_ar(ignorable_pattern().sub("", text))


def normalize_digits(text: str) -> str:
    """Write Arabic-Indic and Persian digits as ASCII digits: «٢٠٢٤» -> «2024»."""
    return text.translate(DIGIT_TO_ASCII)


def normalize_letters(text: str) -> str:
    """Unify alef variants (أ إ آ ٱ -> ا), alef maqsura (ى -> ي) and teh marbuta (ة -> ه), and write the Persian
    yeh and keheh some sites use as Arabic yeh and kaf (ی -> ي, ک -> ك).

    >>> normalize_letters("برنامج الأغذیة العالمي") == normalize_letters("برنامج الأغذية العالمي")
    True
    """
    text = camel.normalize_alef_ar(text.translate(PERSIAN_TO_ARABIC_LETTERS))
    text = camel.normalize_alef_maksura_ar(text)
    return camel.normalize_teh_marbuta_ar(text)


def normalize_for_matching(text: str) -> str:
    """The matching form of Arabic text: what gazetteers, features and comparisons use.

    Presentation forms are decomposed (NFKC), then marks, tatweel and controls are removed, letters are
    unified and digits written in ASCII.

    >>> normalize_for_matching("الإتِّحَادُ الأوروبـــي ١٢")
    'الاتحاد الاوروبي 12'
    """
    text = unicodedata.normalize("NFKC", text)
    return normalize_digits(normalize_letters(remove_marks(text)))


def restore_article(norm: str) -> str:
    """A matching form read with its article after a fused «لل»: the tokenizer splits «للمنظمة» into «ل» and
    «لمنظمة», whose name is «المنظمة». Other words are returned as they are.

    >>> restore_article("لمنظمه"), restore_article("الاتحاد"), restore_article("لي")
    ('المنظمه', 'الاتحاد', 'لي')
    """
    return "ا" + norm if norm.startswith("ل") and not norm.startswith("ال") and len(norm) > 2 else norm


def is_nisba(norm: str) -> bool:
    """Whether a matching form is a definite relational adjective: «المركزي», «الوطنيه», «الاسبانيه».

    >>> is_nisba("الوطنيه"), is_nisba("الاسبانيه"), is_nisba("الوزاره"), is_nisba("الري")
    (True, True, False, False)
    """
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4


def matching_forms(words: str) -> frozenset[str]:
    """The matching forms of space-separated words: the word lists of rules and cues.

    >>> sorted(matching_forms("أحد إحدى"))
    ['احد', 'احدي']
    """
    return frozenset(normalize_for_matching(word) for word in words.split())
