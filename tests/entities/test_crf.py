"""The CRF's pieces that need no training: line sequences, features, the gazetteer snapshot, model files."""

from pathlib import Path

import pytest

from arabic_release_nlp.entities.crf_features import DOMAIN_FEATURES, CrfFeaturizer, word_shape
from arabic_release_nlp.entities.crf_model import bio_tags, doc_lines, read_clusters, write_clusters
from arabic_release_nlp.entities.gazetteer_features import GazetteerTagger, load_gazetteer
from arabic_release_nlp.pipeline import blank_arabic

PACKAGE = Path(__file__).resolve().parents[2] / "arabic_release_nlp"


@pytest.fixture(scope="module")
def nlp():
    return blank_arabic()


def test_lines_are_separate_sequences_and_whitespace_is_left_out(nlp):
    doc = nlp.make_doc("خبر صحفي: أ\n\nالقاهرة - والاتحاد.\nسطر  آخر \n")
    lines = doc_lines(doc)
    assert [[doc[i].text for i in indices] for indices, _, _ in lines] == [
        ["خبر", "صحفي", ":", "أ"], ["القاهرة", "-", "و", "الاتحاد", "."], ["سطر", "آخر"]]
    _, norms, glued = lines[1]
    assert norms[3] == "الاتحاد" and glued == [False, False, False, True, True]


def test_bio_tags_follow_doc_ents(nlp):
    doc = nlp.make_doc("زار والاتحاد الأوروبي عمّان")
    doc.ents = [doc.char_span(5, 21, label="ORG"), doc.char_span(22, 27, label="LOC")]
    (indices, _, _), = doc_lines(doc)
    assert bio_tags(doc, indices) == ["O", "O", "B-ORG", "I-ORG", "B-LOC"]


def test_features_mark_clitics_neighbours_edges_and_gazetteer():
    gazetteer = GazetteerTagger({("الاتحاد", "الاوروبي"): "ORG"}, {"السفير": "TITLE"})
    featurizer = CrfFeaturizer({"الاتحاد": ("3", "40")}, gazetteer)
    features = featurizer(["السفير", "و", "الاتحاد", "الاوروبي"], [False, False, True, False])
    assert "gaz=TITLE" in features[0] and "-2edge" in features[0]
    assert "clitic" in features[1] and "1gaz=B-ORG" in features[1]
    assert {"glued", "gaz=B-ORG", "c0=3", "c1=40", "inname=ORG", "-1clitic", "article"} <= set(features[2])
    assert "c0=rare" in features[3] and "2edge" in features[3]
    assert featurizer([], []) == []


def test_features_reach_three_tokens_away_and_describe_the_next_word():
    gazetteer = GazetteerTagger({("الاتحاد", "الاوروبي"): "ORG"}, {})
    featurizer = CrfFeaturizer({"الاتحاد": ("3", "40")}, gazetteer)
    features = featurizer(["قال", "ممثل", "في", "الاتحاد"], [False, False, False, False])
    assert {"3w=الاتحاد", "3c0=3"} <= set(features[0]) and not any(f.startswith("3c1=") for f in features[0])
    assert "-3w=قال" in features[3] and not any(f.startswith("-3") for f in features[2])
    # The next word's stem prefix, article and gazetteer words, seen from «في».
    assert {"1p3=اتح", "1art=True", "1inname=ORG"} <= set(features[2])
    assert "1art=False" in features[1] and "-2p2=قا" in features[2]


def test_a_domain_gives_the_features_that_name_the_word_a_second_copy_of_their_own():
    gazetteer = GazetteerTagger({("الاتحاد", "الاوروبي"): "ORG"}, {"الوزير": "TITLE"})
    words, glued = ["زار", "الوزير", "الاتحاد", "الاوروبي"], [False] * 4
    plain = CrfFeaturizer(gazetteer=gazetteer)(words, glued)
    news = CrfFeaturizer(gazetteer=gazetteer, domain="news")(words, glued)
    for shared, domain in zip(plain, news):
        copied = [f for f in shared if f.startswith(DOMAIN_FEATURES)]
        assert sorted(domain) == sorted(shared + [f"news|{feature}" for feature in copied])
    assert {"news|w=زار", "news|bias", "news|1w=الوزير"} <= set(news[0]) and "news|s3=زار" not in news[0]
    assert "news|-1w=زار" in news[1] and not any(f.startswith("news|-2") for f in news[1])
    assert "news|gaz=TITLE" in news[1] and "news|gaz=I-ORG" in news[3] and "news|1gaz=B-ORG" not in news[1]


def test_cached_features_are_the_features(monkeypatch):
    """A sequence tagged again, or with a cache emptied while it is read, gets the same features."""
    words = ["قال", "رئيس", "بعثة", "المنظمة", "الدولية", "للهجرة", "في", "مصر", "إن", "المنظمة", "تدعم", "مصر"]
    glued = [False] * len(words)
    fresh = CrfFeaturizer({"المنظمة": ("3", "40")}, domain="release")(words, glued)
    featurizer = CrfFeaturizer({"المنظمة": ("3", "40")}, domain="release")
    assert featurizer(words, glued) == fresh and featurizer(words, glued) == fresh
    monkeypatch.setattr("arabic_release_nlp.entities.crf_features._CACHE_LIMIT", 3)
    small = CrfFeaturizer({"المنظمة": ("3", "40")}, domain="release")
    assert small(words, glued) == fresh and len(small._cache) <= 3


def test_a_tiny_crf_learns_per_domain_and_tags_with_its_domain(nlp, tmp_path):
    pytest.importorskip("sklearn_crfsuite")
    from arabic_release_nlp.entities.crf_model import CrfTagger, train_crf

    docs = []
    for text, label, domain in [("زار كمال القاهرة", "PER", "news"), ("زار كمال القاهرة", "ORG", "release")] * 5:
        doc = nlp.make_doc(text)
        doc.ents = [doc.char_span(4, 8, label=label)]
        docs.append((doc, domain))
    model = train_crf([d for d, _ in docs], tmp_path / "model.crfsuite", domains=[d for _, d in docs],
                      c1=0.0, c2=0.01, max_iterations=50)
    # One word, labelled differently in the two domains: the domain's own copies of the features decide.
    for domain, label in (("news", "PER"), ("release", "ORG")):
        doc = CrfTagger(model, domain=domain)(nlp.make_doc("زار كمال القاهرة"))
        assert [(ent.text, ent.label_) for ent in doc.ents] == [("كمال", label)]


def test_word_shape():
    assert [word_shape(w) for w in ("UNICEF", "Covid-19", "2024", "الأمم")] == ["X", "Xx-d", "d", "a"]


def test_gazetteer_snapshot_round_trips_and_restores_the_article_after_fused_lam():
    gazetteer = GazetteerTagger({("المنظمه", "الدوليه", "للهجره"): "ORG", ("مصر",): "LOC"}, {"وزير": "POS"})
    again = GazetteerTagger.from_json(gazetteer.to_json())
    assert again.names == gazetteer.names and again.cues == gazetteer.cues
    # «للمنظمة» is split ل + لمنظمة: the remainder is looked up as «المنظمة».
    assert again.tags(["ل", "لمنظمه", "الدوليه", "للهجره", "في", "مصر"]) == ["", "B-ORG", "I-ORG", "I-ORG", "", "B-LOC"]


def test_the_repository_gazetteers_load():
    gazetteer = load_gazetteer()
    assert gazetteer.names.get(("الاتحاد", "الاوروبي")) == "ORG"
    assert gazetteer.names.get(("الاردن",)) == "LOC"


def test_clusters_file_round_trip(tmp_path):
    clusters = {"القاهره": ("1", "17"), "IOM": ("2", "5")}
    write_clusters(clusters, tmp_path / "clusters.tsv")
    assert read_clusters(tmp_path / "clusters.tsv") == clusters


def test_no_pickle_in_the_entity_stage():
    for path in (PACKAGE / "entities").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for module in ("pickle", "joblib", "dill", "cloudpickle"):
            assert f"import {module}" not in source and f"from {module}" not in source, path.name


def test_trigger_profiles_travel_with_the_clusters_and_reach_the_features(tmp_path):
    from arabic_release_nlp.entities.crf_features import CrfFeaturizer
    from arabic_release_nlp.entities.trigger_profiles import trigger_profiles, with_profiles

    texts = ["قال المدرب جوزيه إن الفريق جاهز", "وأشاد المدرب جوزيه باللاعبين", "وانتقل جوزيه إلى القاهرة",
             "وصل الوفد إلى القاهرة", "في مدينة القاهرة"]
    profiles = trigger_profiles(texts, min_count=3)
    # «جوزيه» always after a title or a verb of saying; «القاهرة» once in three after «مدينة», twice after «إلى».
    assert profiles == {"جوزيه": ("P4", "O0", "L0", "B0"), "القاهره": ("P0", "O0", "L4", "B4")}
    clusters = with_profiles({"القاهره": ("1", "17"), "IOM": ("2", "5")}, profiles, levels=2)
    assert clusters == {"القاهره": ("1", "17", "P0", "O0", "L4", "B4"), "IOM": ("2", "5", "Pn", "On", "Ln", "Bn"),
                        "جوزيه": ("rare", "rare", "P4", "O0", "L0", "B0")}
    write_clusters(clusters, tmp_path / "clusters.tsv")
    features = CrfFeaturizer(read_clusters(tmp_path / "clusters.tsv"))(["المدير", "جوزيه"], [False, False])
    assert "c2=P4" in features[1] and "1c2=P4" in features[0]
