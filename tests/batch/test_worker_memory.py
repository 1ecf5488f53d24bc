"""A worker's memory: each document in a spaCy memory zone, and a fresh pipeline after many documents."""

from __future__ import annotations

from contextlib import contextmanager

from arabic_release_nlp import pipeline as pipeline_module
from arabic_release_nlp.batch import tagging
from arabic_release_nlp.batch.inputs import find_sources
from arabic_release_nlp.batch.shards import plan_shards
from arabic_release_nlp.batch.tagging import TagOptions, tag_shard


class Zoned:
    """A pipeline that counts the memory zones it opens and the documents analysed inside one."""

    def __init__(self, nlp):
        self.nlp, self.zones, self.open, self.inside = nlp, 0, False, 0

    @contextmanager
    def memory_zone(self):
        self.zones, self.open = self.zones + 1, True
        try:
            yield
        finally:
            self.open = False

    def __call__(self, text, id=None):
        self.inside += self.open
        return self.nlp(text, id=id)


def test_every_document_is_analysed_inside_a_memory_zone(tree, tmp_path, nlp):
    root, ids = tree
    options = TagOptions(out=str(tmp_path / "out"), model_version="test", format="jsonl")
    zoned = Zoned(nlp)
    manifest = tag_shard(plan_shards(find_sources([root]), 100)[0], options, nlp=zoned)
    assert manifest["results"] == len(ids) == zoned.zones == zoned.inside


def test_the_pipeline_memory_zone_frees_new_words_and_keeps_the_output(nlp):
    text = "القاهرة - زارت المنظمة قرية كفرزيتونيات الجديدة ومدرسة برقشيناتا."
    strings = len(nlp.nlp.vocab.strings)
    with nlp.memory_zone():
        inside = nlp(text, id="d").to_json()
    assert len(nlp.nlp.vocab.strings) == strings
    assert nlp(text, id="d").to_json() == inside
    assert len(nlp.nlp.vocab.strings) > strings  # outside a zone the new words stay


def test_a_worker_reloads_its_pipeline_after_many_documents_only_when_its_memory_grew(
        tree, tmp_path, nlp, monkeypatch):
    root, _ = tree
    loads = []
    monkeypatch.setattr(pipeline_module, "load", lambda **options: loads.append(options) or nlp)
    monkeypatch.setattr(tagging, "_local", type(tagging._local)())  # this thread: no pipeline yet
    monkeypatch.setattr(tagging, "RELOAD_AFTER_DOCUMENTS", 5)
    shards = plan_shards(find_sources([root]), 2)  # 6 shards of 2 documents
    options = TagOptions(out=str(tmp_path / "small"), model_version="test", format="jsonl")
    monkeypatch.setattr(tagging, "RELOAD_GROWTH_MB", float("inf"))
    for shard in shards:
        tag_shard(shard, options)
    assert len(loads) == 1
    monkeypatch.setattr(tagging, "RELOAD_GROWTH_MB", float("-inf"))
    monkeypatch.setattr(tagging, "_local", type(tagging._local)())
    options = TagOptions(out=str(tmp_path / "large"), model_version="test", format="jsonl")
    for shard in shards:
        tag_shard(shard, options)
    # Loaded again for the first shard; 6 documents after the third, so the fourth loads a fresh one.
    assert len(loads) == 1 + 2
    # A shard that reads its text as news gets a pipeline that does.
    tag_shard(shards[0], TagOptions(out=str(tmp_path / "news"), model_version="test", format="jsonl", ner_domain="news"))
    assert len(loads) == 4 and loads[-1] == {"ner_domain": "news"}
