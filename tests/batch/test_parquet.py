"""Parquet output: a typed schema that covers the output contract, round trips, and reads as one dataset."""

from __future__ import annotations

import importlib.util
import sys

import jsonschema
import pytest

from arabic_release_nlp.batch import tag_archive
from arabic_release_nlp.errors import MissingExtraError
from arabic_release_nlp.schema import release_schema

pa = pytest.importorskip("pyarrow")
pytest.importorskip("pandas")

from arabic_release_nlp.batch.parquet_schema import release_arrow_schema, releases_to_table  # noqa: E402

pytestmark = pytest.mark.usefixtures("shared_pipeline")

SPAN = {"start": 0, "end": 5, "text": "عمّان"}
PARAGRAPH_GOAL = {"framework": "SDG", "number": 6, "title_ar": "المياه النظيفة", "title_en": "Clean water",
                  "score": 0.93, "explicit": True, "evidence": [SPAN], "targets": [{"id": "6.1", "score": 0.8}]}
FULL = {
    "schema": "arabic-release-nlp/1", "id": "full-1", "length": 120, "sha256": "0" * 64,
    "headline": {"start": 0, "end": 22, "text": "خبر صحفي: افتتاح مدرسة"},
    "dateline": {"place": SPAN, "date": None},
    "paragraphs": [
        {"index": 0, "start": 0, "end": 22, "text": "خبر صحفي: افتتاح مدرسة", "kind": "headline",
         "sentences": [{"start": 0, "end": 22}], "goals": []},
        {"index": 1, "start": 24, "end": 60, "text": "عمّان - افتتحت اليونيسف", "kind": "body",
         "sentences": [{"start": 24, "end": 40}, {"start": 41, "end": 60}], "goals": [PARAGRAPH_GOAL]},
    ],
    "entities": [
        {"label": "ORG", "start": 32, "end": 40, "text": "اليونيسف", "name": "اليونيسف", "paragraph": 1,
         "canonical": {"id": "unicef", "name_ar": "اليونيسف", "name_en": "UNICEF", "acronym": None}},
        {"label": "PER", "start": 50, "end": 55, "text": "أحمد", "name": "أحمد", "paragraph": 1, "canonical": None},
    ],
    "officials": [{"name": "أحمد", "title": "د.", "position": None, "organization": "اليونيسف",
                   "start": 50, "end": 55, "paragraph": 1, "mentions": [{"start": 50, "end": 55}]}],
    "organizations": [{"name": "اليونيسف", "label": "ORG", "roles": ["organizer", "funder"],
                       "canonical": {"id": "unicef", "name_ar": "اليونيسف", "name_en": None, "acronym": "UNICEF"},
                       "mentions": [{"start": 32, "end": 40}]}],
    "goals": [{"framework": "GCM", "number": 23, "title_ar": "التعاون", "title_en": "Cooperation", "score": 1.0,
               "explicit": False, "paragraphs": [1]}],
    "errors": [], "warnings": ["1 undecodable byte sequence(s) replaced"],
}


def test_the_full_example_is_a_valid_record():
    jsonschema.validate(FULL, release_schema())


def test_a_full_record_round_trips_unchanged(tmp_path):
    import pyarrow.parquet as pq

    empty = dict(FULL, id="empty", headline=None, dateline=None, paragraphs=[], entities=[], officials=[],
                 organizations=[], goals=[], warnings=[])
    path = tmp_path / "r.parquet"
    pq.write_table(releases_to_table([FULL, empty]), path)
    assert pq.read_table(path).to_pylist() == [FULL, empty]
    assert pq.read_schema(path).remove_metadata() == release_arrow_schema().remove_metadata()


def _json_properties(schema, node, path=""):
    """Every property path of the JSON Schema, following $ref, oneOf, arrays."""
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].split("/")[-1]]
    found = set()
    for option in node.get("oneOf", []):
        found |= _json_properties(schema, option, path)
    if "items" in node:
        found |= _json_properties(schema, node["items"], path + "[]")
    for name, child in node.get("properties", {}).items():
        found.add(f"{path}.{name}")
        found |= _json_properties(schema, child, f"{path}.{name}")
    return found


def _arrow_properties(data_type, path=""):
    found = set()
    if pa.types.is_list(data_type):
        return _arrow_properties(data_type.value_type, path + "[]")
    if pa.types.is_struct(data_type):
        for field in data_type:
            found.add(f"{path}.{field.name}")
            found |= _arrow_properties(field.type, f"{path}.{field.name}")
    return found


def test_the_arrow_schema_has_exactly_the_fields_of_the_json_schema():
    """Adding a field to the output contract fails here until parquet_schema.py has it too."""
    arrow = _arrow_properties(pa.struct(list(release_arrow_schema())))
    assert arrow == _json_properties(release_schema(), release_schema())


def test_the_output_folder_reads_as_one_dataset_with_pandas_duckdb_and_dask(tree, tmp_path):
    import pandas as pd

    root, ids = tree
    (root / "empty.txt").write_text("")
    summary = tag_archive([root], tmp_path / "out", workers=0, shard_size=4, progress=False)
    assert summary.exit_code == 1 and len(list((summary.output_root / "results").glob("*.parquet"))) == 4
    frame = pd.read_parquet(summary.output_root / "results")
    assert sorted(frame["id"]) == sorted(ids) and list(frame.columns) == release_arrow_schema().names
    first = frame.set_index("id").loc[ids[0]]
    assert first["headline"]["text"].startswith("خبر صحفي:") and first["paragraphs"][1]["kind"] == "body"
    if importlib.util.find_spec("duckdb"):
        import duckdb

        count = duckdb.sql(f"select count(*) from '{summary.output_root / 'results'}/*.parquet'").fetchall()[0][0]
        assert count == len(ids)
    try:
        import dask.dataframe as dd
    except ImportError:  # the [dask] extra is not installed, or without dask's dataframe dependencies
        return
    assert len(dd.read_parquet(str(summary.output_root / "results"))) == len(ids)


def test_without_pyarrow_the_error_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingExtraError) as raised:
        tag_archive([tmp_path], tmp_path / "out", format="parquet", progress=False)
    assert raised.value.code == "ARN065" and "pip install 'arabic_release_nlp[parquet]'" in str(raised.value)
