import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from arabic_release_nlp.text.characters import INVISIBLE_CONTROLS, arabic_combining_marks
from arabic_release_nlp.text.normalize import (
    normalize_digits,
    normalize_for_matching,
    normalize_letters,
    remove_invisible_controls,
    remove_marks,
    remove_tatweel,
)

ARABIC = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" \u200f\u202b\ufeff"),
                 max_size=60)


def test_alef_variants_maqsura_and_teh_marbuta_are_unified():
    assert normalize_letters("أإآا مستشفى مدرسة") == "اااا مستشفي مدرسه"


def test_all_arabic_combining_marks_are_removed_not_only_harakat():
    # Quranic annotation signs and the superscript alef are marks that dediac_ar alone keeps.
    text = "الرَّحْمٰنِ ۖ الْعَالَمِينَ\u0616\u06e1"
    assert remove_marks(text) == "الرحمن  العالمين"
    assert not any(ch in arabic_combining_marks() for ch in remove_marks(text))


def test_tatweel_and_controls_are_removed():
    assert remove_tatweel("الـتـعـاون") == "التعاون"
    assert remove_invisible_controls("\u200fالقاهرة\u200e\u2067x\u2069\ufeff") == "القاهرةx"


def test_digits_become_ascii():
    assert normalize_digits("٢٠٢٤ و۱۲") == "2024 و12"


def test_presentation_forms_are_decomposed():
    assert normalize_for_matching("ﺍﻟﻘﺎﻫﺮﺓ") == "القاهره"
    assert normalize_for_matching("ﻻ") == "لا"


def test_matching_form_of_a_real_phrase():
    assert normalize_for_matching("الإتِّحَادُ الأوروبـــي ١٢ مليون يورو") == "الاتحاد الاوروبي 12 مليون يورو"


@given(ARABIC)
def test_matching_form_is_idempotent_and_clean(text):
    once = normalize_for_matching(text)
    assert normalize_for_matching(once) == once
    assert not set(once) & set(INVISIBLE_CONTROLS + "\u0640أإآىة")
    assert all(unicodedata.category(ch) != "Mn" for ch in once if "\u0600" <= ch <= "\u06ff")
