"""The spaCy variant's folder layout loads through `arn_ner` (an untrained tiny model: no training here)."""

import json

import numpy as np
from spacy.attrs import NORM

from arabic_release_nlp.entities.ner_component import NerComponent, model_files
from arabic_release_nlp.entities.ner_data import TextExample, make_training_doc
from arabic_release_nlp.entities.ner_training import NerSettings
from arabic_release_nlp.entities.spacy_ner import build_ner_pipeline, ner_model_config, norm_vectors, save_spacy_ner
from arabic_release_nlp.pipeline import blank_arabic


def test_spacy_model_folder_loads_with_vectors_keyed_by_norm(tmp_path):
    settings = NerSettings(kind="spacy-ner", width=8, depth=1, rows=(50, 50, 50, 50), hidden_width=8)
    vectors = norm_vectors(["الاتحاد", "القاهره"], np.eye(2, 4, dtype="float32"))
    nlp = build_ner_pipeline(settings, vectors)
    doc, _ = make_training_doc(nlp, TextExample("زار الاتحاد القاهرة", ((4, 11, "ORG"), (12, 19, "LOC")), "test"))
    from spacy.training import Example

    nlp.initialize(lambda: [Example(nlp.make_doc(doc.text), doc)])
    folder = tmp_path / "ner"
    save_spacy_ner(nlp, folder)
    info = {"kind": "spacy-ner", "labels": ["PER", "ORG", "LOC", "MISC"], "config": ner_model_config(settings, True),
            "files": model_files(folder)}
    (folder / "model.json").write_text(json.dumps(info), encoding="utf-8")

    host = blank_arabic()
    component = host.add_pipe("arn_ner", config={"model": str(folder)})
    assert isinstance(component, NerComponent) and component.kind == "spacy-ner"
    # spaCy writes no key attribute for default-mode tables; the component must key them by NORM again.
    assert host.vocab.vectors.attr == NORM
    assert host.vocab.vectors.find(key=host.make_doc("القاهرة")[0].norm) == 1
    tagged = host("زار الاتحاد القاهرة")
    assert all(tagged.text[e.start_char:e.end_char] == e.text for e in tagged.ents)
