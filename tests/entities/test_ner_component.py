"""The shipped NER model through the `arn_ner` component: loads offline, tags real sentences, keeps offsets."""

import shutil

import pytest
import spacy

from arabic_release_nlp.entities.ner_component import DEFAULT_MODEL, NerComponent
from arabic_release_nlp.errors import ModelIntegrityError, ModelNotFoundError
from arabic_release_nlp.pipeline import TOKENIZER, blank_arabic

SENTENCE = ("أطلقت المنظمة الدولية للهجرة بالتعاون مع وزارة التضامن الاجتماعي والاتحاد الأوروبي برنامجاً "
            "تدريبياً في القاهرة، وقال السفير كريستيان برغر إن البرنامج يدعم المهاجرين في مصر.")


@pytest.fixture(scope="session")
def ner_nlp():
    nlp = blank_arabic()
    nlp.add_pipe("arn_structure")
    nlp.add_pipe("arn_ner")
    return nlp


def test_the_model_ships_with_the_repository():
    assert (DEFAULT_MODEL / "model.json").is_file()


def test_it_tags_a_real_sentence(ner_nlp):
    doc = ner_nlp(SENTENCE)
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("القاهرة", "LOC") in found
    assert ("مصر", "LOC") in found
    assert ("الاتحاد الأوروبي", "ORG") in found
    assert {label for _, label in found} <= {"PER", "ORG", "LOC", "MISC"}


def test_offsets_point_into_the_original_text(ner_nlp):
    text = "القاهرة - نظمت وزارة الهجرة ورشة.\n\nوقال محمد القماري إن الاتحاد الأوروبي مول المشروع."
    for doc in (ner_nlp(text), *ner_nlp.pipe([text, SENTENCE])):
        for ent in doc.ents:
            assert doc.text[ent.start_char:ent.end_char] == ent.text
            assert "\n" not in ent.text


@pytest.mark.parametrize("text", ["", "--", "\n\n", " ", "IOM", "١٢"])
def test_odd_inputs_never_crash(ner_nlp, text):
    assert ner_nlp(text).text == text


def test_it_loads_by_entry_point_with_a_stock_blank_pipeline():
    nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe("arn_ner")
    assert "arn_ner" in nlp.pipe_names
    assert isinstance(nlp.get_pipe("arn_ner"), NerComponent)


def test_initialize_leaves_the_trained_model_alone(ner_nlp):
    before = {(e.text, e.label_) for e in ner_nlp(SENTENCE).ents}
    ner_nlp.initialize()
    assert {(e.text, e.label_) for e in ner_nlp(SENTENCE).ents} == before


def test_the_shipped_model_reads_releases_and_newswire_with_their_own_features():
    assert NerComponent(blank_arabic()).domain == "release"
    news = blank_arabic()
    news.add_pipe("arn_ner", config={"domain": "news"})
    assert news.get_pipe("arn_ner").domain == "news"
    assert {"المنظمة الدولية للهجرة", "القاهرة"} <= {e.text for e in news(SENTENCE).ents}


def test_an_unknown_domain_is_a_clear_error():
    with pytest.raises(ValueError, match="domain must be one of release, news"):
        blank_arabic().add_pipe("arn_ner", config={"domain": "tweets"})


def test_a_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFoundError, match="ARN030"):
        blank_arabic().add_pipe("arn_ner", config={"model": str(tmp_path)})


def test_a_changed_model_file_is_refused(tmp_path):
    folder = tmp_path / "ner"
    shutil.copytree(DEFAULT_MODEL, folder)
    with (folder / "clusters.tsv").open("a", encoding="utf-8") as handle:
        handle.write("كلمة\t1\t2\t3\n")
    with pytest.raises(ModelIntegrityError, match="ARN031"):
        blank_arabic().add_pipe("arn_ner", config={"model": str(folder)})


def test_model_files_stay_within_the_size_budget():
    models = DEFAULT_MODEL.parents[1]
    sizes = {path: path.stat().st_size for path in models.rglob("*") if path.is_file()}
    assert all(size < 20_000_000 for path, size in sizes.items() if DEFAULT_MODEL in path.parents)
    assert sum(sizes.values()) < 50_000_000
