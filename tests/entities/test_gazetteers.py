"""The gazetteers are well-formed and unambiguous, and the lookup finds names in running text."""

import subprocess
import sys
from pathlib import Path

from arabic_release_nlp.entities.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[2]


def test_gazetteer_files_pass_their_validator():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "check_gazetteers.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lookup_by_name_alias_acronym_and_fused_article():
    gazetteer = load_gazetteer()
    for words in (["المنظمة", "الدولية", "ل", "لهجرة"], ["منظمة", "الهجرة", "الدولية"], ["IOM"],
                  ["لمنظمة", "الدولية", "ل", "لهجرة"]):
        assert gazetteer.lookup(words).id == "iom", words
    assert gazetteer.lookup(["القاهرة"]).label == "LOC"
    assert gazetteer.lookup(["الكويت"]).label == "LOC"  # a country and its capital: a place either way
    assert gazetteer.lookup(["مالي"]) is None  # also «financial»: too ambiguous to match blindly


def test_matches_take_the_longest_name():
    words = ["ب", "تمويل", "من", "الاتحاد", "الأوروبي", "و", "وزارة", "الخارجية", "الدنماركية"]
    found = [(start, end, entity.id) for start, end, entity in load_gazetteer().matches(words)]
    assert [(s, e) for s, e, _ in found] == [(3, 5), (6, 9)]


def test_a_word_with_tanween_is_no_name():
    words = ["استقبل", "المركز", "مهاجراً", "موريتانياً", "قادماً", "من", "موريتانيا"]
    found = [(start, end, entity.name_ar) for start, end, entity in load_gazetteer().matches(words)]
    assert found == [(6, 7, "موريتانيا")]


def test_ambiguous_forms_are_blocked_also_when_the_tokenizer_splits_them():
    """«بوشر» (also «was started») is split like «ب» + «وشر», and «لعصابة» (also «for a gang») is read with the article
    like any name after «ل»: both must stay blocked, while the unambiguous «صلالة» matches."""
    from arabic_release_nlp.pipeline import blank_arabic

    text = "وبوشر العمل في المشروع لعصابة من المهربين قرب صلالة."
    words = [token.text for token in blank_arabic().make_doc(text)]
    assert [entity.name_en for _, _, entity in load_gazetteer().matches(words)] == ["Salalah"]


def test_a_name_several_organisations_share_is_an_organisation_without_canonical_record():
    gazetteer = load_gazetteer()
    shared = gazetteer.lookup(["وزارة", "التخطيط", "و", "التعاون", "الدولي"])  # Jordan, Palestine and Yemen
    assert shared.label == "ORG" and shared.canonical() is None
    assert gazetteer.lookup(["SFD"]) is None  # an ambiguous acronym is not matched at all
