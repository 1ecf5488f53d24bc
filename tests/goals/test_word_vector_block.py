"""The word-vector block of the goal classifier: trained at fit time, read in one pass, saved and loaded with skops."""

import numpy as np

from arabic_release_nlp.goals.classifier import GoalTagger
from arabic_release_nlp.goals.layout import paragraph_layouts
from arabic_release_nlp.goals.persistence import load_model, save_model
from arabic_release_nlp.goals.predictor import classifier_text, release_context
from arabic_release_nlp.goals.word_vector_block import WordVectorBlock

TEXTS = ["حملة لتطعيم الأطفال ضد الحصبة", "مكافحة الاتجار بالبشر وحماية الضحايا", "تطعيم الأمهات وصحة المواليد",
         "ضحايا الاتجار بالبشر في المحاكم", "توزيع لقاحات شلل الأطفال", "تدريب القضاة على قضايا الاتجار"] * 3
LABELS = [["SDG 3"], ["SDG 16"], ["SDG 3"], ["SDG 16"], ["SDG 3"], ["SDG 16"]] * 3


def test_a_text_vector_has_unit_length_and_unknown_words_give_none():
    block = WordVectorBlock.train(TEXTS, words=40, dimensions=4)
    vaccination, unknown = block.transform(["تطعيم الأطفال", "كلمات غريبة تماما"])
    assert np.allclose(np.linalg.norm(vaccination), 1.0, atol=1e-3) and not unknown.any()
    assert block.vectors.dtype == np.float16 and block.vectors.shape[0] == len(block.vocabulary.split("\n"))


def test_the_block_adds_two_vectors_and_a_release_read_in_one_pass_gives_the_same_features():
    plain = GoalTagger(features="char", max_char_features=300, layout_weight=1.0).fit(TEXTS, LABELS)
    tagger = GoalTagger(features="char", max_char_features=300, layout_weight=1.0, vector_weight=0.5).fit(TEXTS, LABELS)
    dimensions = tagger.vector_block_.vectors.shape[1]
    assert tagger.transform(TEXTS).shape[1] == plain.transform(TEXTS).shape[1] + 2 * dimensions
    paragraphs = ["حملة لتطعيم الأطفال ضد الحصبة", "وقال الوزير إن «الحملة» مستمرة", "تطعيم الأمهات"]
    layouts = paragraph_layouts(paragraphs, ["headline", "quote", "body"], frozenset())
    context = release_context(paragraphs)
    expected = tagger.transform([classifier_text(p, context, layout) for p, layout in zip(paragraphs, layouts)])
    assert abs(tagger.transform_release(paragraphs, layouts) - expected).max() < 1e-5


def test_a_model_with_the_block_survives_saving_and_loading(tmp_path):
    tagger = GoalTagger(features="char", max_char_features=300, vector_weight=0.5, labels=["SDG 3", "SDG 16"])
    tagger.fit(TEXTS, LABELS)
    save_model(tagger, tmp_path, {})
    loaded = load_model(tmp_path)
    assert np.array_equal(loaded.predict_proba(TEXTS), tagger.predict_proba(TEXTS))
    assert loaded.predict_labels(["حملة تطعيم جديدة"]) == [["SDG 3"]]
