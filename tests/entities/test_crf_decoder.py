"""Our reader and Viterbi for crfsuite models give crfsuite's own tags, and refuse files that are not models."""

import json
import random
import shutil
from pathlib import Path

import pytest

from arabic_release_nlp.entities.crf_decoder import CrfDecoder, CrfWeights
from arabic_release_nlp.entities.crf_model import doc_lines
from arabic_release_nlp.entities.ner_component import DEFAULT_MODEL
from arabic_release_nlp.errors import ModelIncompatibleError
from arabic_release_nlp.pipeline import blank_arabic

pycrfsuite = pytest.importorskip("pycrfsuite")

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "examples" / "iom_cairo_trafficking_training.txt"
TEXT = ("القاهرة - أطلقت المنظمة الدولية للهجرة بالتعاون مع وزارة التضامن الاجتماعي والاتحاد الأوروبي برنامجاً "
        "تدريبياً في القاهرة.\n\nوقال السفير كريستيان برغر، رئيس وفد الاتحاد الأوروبي لدى مصر، إن البرنامج يدعم "
        "المهاجرين. وأعلنت الوكالة الألمانية للتعاون الدولي (GIZ) تمويل المرحلة الثانية في الإسكندرية وأسوان.")


@pytest.fixture(scope="module")
def shipped():
    nlp = blank_arabic()
    nlp.add_pipe("arn_ner")
    return nlp


def test_the_shipped_model_is_read_as_crfsuite_reads_it(shipped):
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DEFAULT_MODEL / "model.crfsuite"))
    weights = shipped.get_pipe("arn_ner")._tagger.decoder.weights
    assert weights.labels == tuple(tagger.labels())
    info = tagger.info()
    for (attribute, label), weight in list(info.state_features.items())[::997]:
        assert weights.state[weights.attributes[attribute], weights.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (source, target), weight in info.transitions.items():
        assert weights.transition[weights.labels.index(source), weights.labels.index(target)] == pytest.approx(weight, abs=1e-6)


def test_real_releases_get_crfsuite_s_own_tags(shipped):
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DEFAULT_MODEL / "model.crfsuite"))
    decoder = shipped.get_pipe("arn_ner")._tagger.decoder
    texts = [TEXT] + ([EXAMPLE.read_text(encoding="utf-8")] if EXAMPLE.is_file() else [])
    lines = [line for text in texts for line in doc_lines(shipped.make_doc(text))]
    assert len(lines) >= 3
    for _, norms, glued in lines:
        assert decoder.tag(norms, glued) == tagger.tag(decoder.featurizer(norms, glued))


def test_a_model_trained_by_crfsuite_tags_alike_on_random_sequences(tmp_path):
    from arabic_release_nlp.entities.crf_features import CrfFeaturizer

    featurizer = CrfFeaturizer()
    rng = random.Random(0)
    words = ["زار", "كمال", "القاهرة", "و", "الاتحاد", "الاوروبي", "في", "مصر", "قال", "إن"]
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(40):
        norms = [rng.choice(words) for _ in range(rng.randint(1, 8))]
        glued = [False] + [norms[i - 1] == "و" for i in range(1, len(norms))]
        tags = ["B-LOC" if w in ("القاهرة", "مصر") else "B-PER" if w == "كمال" else "O" for w in norms]
        trainer.append(featurizer(norms, glued), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 30})
    trainer.train(str(tmp_path / "tiny.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "tiny.crfsuite"))
    decoder = CrfDecoder(CrfWeights.read(tmp_path / "tiny.crfsuite"), featurizer)
    for _ in range(200):
        norms = [rng.choice(words + ["كلمة"]) for _ in range(rng.randint(0, 12))]
        glued = [rng.random() < 0.2 for _ in norms]
        assert decoder.tag(norms, glued) == (tagger.tag(featurizer(norms, glued)) if norms else [])


@pytest.mark.parametrize("damage", [lambda b: b[:40], lambda b: b"XXXX" + b[4:], lambda b: b[:-100]])
def test_a_file_that_is_not_a_crfsuite_model_is_refused(tmp_path, damage):
    path = tmp_path / "model.crfsuite"
    path.write_bytes(damage((DEFAULT_MODEL / "model.crfsuite").read_bytes()))
    with pytest.raises(ValueError):
        CrfWeights.read(path)


def test_the_component_names_the_damaged_model_file(tmp_path):
    import hashlib

    folder = tmp_path / "ner"
    shutil.copytree(DEFAULT_MODEL, folder)
    model = folder / "model.crfsuite"
    model.write_bytes(model.read_bytes()[:1000])
    info = json.loads((folder / "model.json").read_text(encoding="utf-8"))  # a damaged file whose hash was recorded
    info["files"]["model.crfsuite"] = hashlib.sha256(model.read_bytes()).hexdigest()
    (folder / "model.json").write_text(json.dumps(info), encoding="utf-8")
    with pytest.raises(ModelIncompatibleError, match="ARN033 .*model.crfsuite: not a crfsuite CRF1d model"):
        blank_arabic().add_pipe("arn_ner", config={"model": str(folder)})
