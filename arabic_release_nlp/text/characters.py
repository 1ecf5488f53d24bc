"""Character classes of Arabic text that the rest of the text layer shares."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

TATWEEL = "\u0640"

# Bidi and zero-width controls that carry no letters: ZWSP..RLM, the Arabic letter mark, embeddings and
# overrides, isolates, and the byte-order mark / zero-width no-break space.
INVISIBLE_CONTROLS = (
    "\u200b\u200c\u200d\u200e\u200f\u061c"
    "\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff"
)

# The Unicode blocks that hold Arabic letters, marks and presentation forms.
ARABIC_BLOCKS = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x0870, 0x089F),  # Arabic Extended-B
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_TO_ASCII = str.maketrans(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, "0123456789" * 2)
# Persian and Urdu letters that some Arabic sites type for Arabic ones («الأغذیة» with Farsi yeh, «کندا» with keheh).
PERSIAN_TO_ARABIC_LETTERS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c0": "\u0647",
                                           "\u06c1": "\u0647", "\u06d5": "\u0647"})


@cache
def arabic_combining_marks() -> str:
    """Every code point of category Mn in the Arabic blocks (harakat, Quranic marks, small letters)."""
    return "".join(
        chr(code)
        for low, high in ARABIC_BLOCKS
        for code in range(low, high + 1)
        if unicodedata.category(chr(code)) == "Mn"
    )


@cache
def ignorable_pattern() -> re.Pattern[str]:
    """Characters dropped for matching: Arabic combining marks, tatweel and invisible controls."""
    return re.compile("[" + re.escape(arabic_combining_marks() + TATWEEL + INVISIBLE_CONTROLS) + "]")
