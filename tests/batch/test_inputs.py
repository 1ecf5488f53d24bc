"""Every input kind, the id rules, and the checks that turn bad records into errors."""

from __future__ import annotations

import gzip
import json

import pytest

from arabic_release_nlp.batch import tag_archive
from arabic_release_nlp.batch.inputs import find_sources, input_kind, read_document_file
from arabic_release_nlp.batch.records import record_text
from arabic_release_nlp.batch.shards import iter_shard_documents, plan_shards
from arabic_release_nlp.errors import MissingFileError, UnsupportedInputError

from .conftest import release_text, write_csv, write_jsonl

pytestmark = pytest.mark.usefixtures("shared_pipeline")


def documents(paths, **options):
    return [document for shard in plan_shards(find_sources(paths), 1000)
            for document in iter_shard_documents(shard, **options)]


def results(root):
    lines = []
    for path in sorted((root / "results").glob("*.jsonl")):
        lines += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines


def test_a_folder_tree_gives_text_html_markdown_and_gzip_files_with_relative_ids(tmp_path):
    root = tmp_path / "news"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(release_text(1), encoding="utf-8")
    (root / "sub" / "b.html").write_text("<h1>خبر صحفي: عنوان</h1><p>القاهرة - فقرة.</p>", encoding="utf-8")
    (root / "sub" / "c.htm").write_text("<p>بيروت - نص.</p>", encoding="utf-8")
    (root / "sub" / "deeper" / "d.md").write_text(release_text(2), encoding="utf-8")
    (root / "e.txt.gz").write_bytes(gzip.compress(release_text(3).encode()))
    (root / "f.html.gz").write_bytes(gzip.compress("<p>جنيف - نص.</p>".encode()))
    (root / "notes.pdf").write_bytes(b"%PDF")                       # not a document kind: left out
    (root / ".hidden").mkdir()
    (root / ".hidden" / "g.txt").write_text("نص", encoding="utf-8")  # hidden: left out
    found = documents([root])
    assert [d.id for d in found] == ["a.txt", "e.txt.gz", "f.html.gz", "sub/b.html", "sub/c.htm", "sub/deeper/d.md"]
    assert all(d.error is None for d in found)
    by_id = {d.id: d for d in found}
    assert by_id["sub/b.html"].text.startswith("خبر صحفي: عنوان")  # HTML converted to text
    assert by_id["f.html.gz"].text.strip() == "جنيف - نص."        # .html.gz is HTML too
    assert by_id["e.txt.gz"].text == release_text(3)


def test_jsonl_ids_come_from_the_id_field_or_the_line_number(tmp_path):
    path = write_jsonl(tmp_path / "archive.jsonl", [{"id": "r-1", "text": release_text(1)}, "",
                                                    {"text": release_text(2)}, {"id": 7, "text": release_text(3)}])
    found = documents([path])
    assert [d.id for d in found] == ["r-1", f"{path}#3", "7"]  # the blank line 2 is no document
    assert [d.source for d in found] == [f"{path}#1", f"{path}#3", f"{path}#4"]


def test_gzip_jsonl_csv_and_custom_fields(tmp_path):
    gz = write_jsonl(tmp_path / "a.jsonl.gz", [{"doc": "x1", "body": release_text(1)}, {"body": release_text(2)}])
    table = write_csv(tmp_path / "b.csv", ["doc", "title", "body"],
                      [["y1", "t", release_text(3)], ["", "t", "القاهرة - سطر أول.\nسطر ثان، في الخلية نفسها."]])
    found = documents([gz, table], text_field="body", id_field="doc")
    assert [d.id for d in found] == ["x1", f"{gz}#2", "y1", f"{table}#2"]
    assert found[3].text == "القاهرة - سطر أول.\nسطر ثان، في الخلية نفسها."  # a quoted multi-line cell is one row
    assert all(d.error is None for d in found)


def test_parquet_input_with_a_text_column(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "c.parquet"
    table = pa.table({"id": ["p1", None, "p3"], "text": [release_text(1), release_text(2), ""]})
    pq.write_table(table, path, row_group_size=2)  # two row groups: ranges cross them
    found = documents([path])
    assert [d.id for d in found] == ["p1", f"{path}#2", "p3"]
    assert found[2].error.code == "ARN003"
    one = [d.id for shard in plan_shards(find_sources([path]), 1) for d in iter_shard_documents(shard)]
    assert one == ["p1", f"{path}#2", "p3"]


def test_unknown_and_missing_inputs_are_refused_before_any_work(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(UnsupportedInputError, match="ARN063"):
        find_sources([tmp_path / "x.pdf"])
    with pytest.raises(MissingFileError, match="ARN001"):
        find_sources([tmp_path / "none.jsonl"])
    assert input_kind("a.parquet.gz") is None and input_kind("A.TXT") == "document"


@pytest.mark.parametrize("value, code", [
    ("", "ARN003"), ("   \n", "ARN003"), (None, "ARN003"), ("نص\x00\x00", "ARN004"), ("ن" * 600, "ARN005"),
    (42, "ARN007"), (b"\xe3\xd1\xcd\xc8\xc7 \xc8\xc7\xe1\xda\xc7\xe1\xe3", "ARN062"),  # Windows-1256, not UTF-8
])
def test_bad_record_texts_raise_the_documented_codes(value, code):
    with pytest.raises(Exception) as raised:
        record_text(value, "a#1", "text", max_size=1000)
    assert raised.value.code == code and str(raised.value).startswith(f"{code} a#1: ")


def test_a_few_bad_bytes_are_replaced_and_counted_as_in_arn_analyze(tmp_path):
    text, warnings = record_text("القاهرة - نص طويل بما يكفي. " * 5 + b"\xff".decode("utf-8", "surrogateescape"),
                                 "a#1", "text", 10_000)
    assert text.endswith("\ufffd") and warnings == ["1 undecodable byte sequence(s) replaced"]


def test_bad_files_in_a_tree_become_errors_with_codes(tmp_path):
    root = tmp_path / "bad"
    root.mkdir()
    (root / "empty.txt").write_bytes(b" \n")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "big.txt").write_text("نص " * 1000, encoding="utf-8")
    (root / "big.txt.gz").write_bytes(gzip.compress(("نص " * 1000).encode()))
    (root / "cp1256.txt").write_bytes("مرحبا بالعالم في عمان".encode("cp1256"))
    (root / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (root / "ok.txt").write_text(release_text(1), encoding="utf-8")
    codes = {d.id: d.error.code if d.error else None for d in documents([root], max_size=2000)}
    assert codes == {"big.txt": "ARN005", "big.txt.gz": "ARN005", "binary.txt": "ARN004", "broken.txt.gz": "ARN006",
                     "cp1256.txt": "ARN062", "empty.txt": "ARN003", "ok.txt": None}
    source = find_sources([root / "big.txt.gz"])[0]
    assert "5,000 bytes is over the size limit of 2,000 bytes" in str(read_document_file(source, 2000).error)


def test_records_that_are_not_json_objects_or_lack_the_text_field(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [b"{not json", "[1, 2]", {"id": "no-text", "title": "x"},
                                              {"id": "ok", "text": release_text(1)}])
    codes = [(d.id, d.error.code if d.error else None) for d in documents([path])]
    assert codes == [(f"{path}#1", "ARN060"), (f"{path}#2", "ARN060"), ("no-text", "ARN061"), ("ok", None)]


def test_jsonl_output_is_identical_to_arn_analyze(tree, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from arabic_release_nlp.cli import app

    root, ids = tree
    (root / "page.html").write_text("<h1>خبر صحفي: عنوان</h1><p>القاهرة - فقرة.</p>", encoding="utf-8")
    (root / "bad-bytes.txt").write_bytes(release_text(5).encode() + b"\xff")
    summary = tag_archive([root], tmp_path / "out", workers=0, format="jsonl", progress=False)
    assert summary.exit_code == 0 and summary.ok == len(ids) + 2
    monkeypatch.chdir(root)
    analyzed = CliRunner().invoke(app, ["analyze", *ids, "page.html", "bad-bytes.txt"])
    expected = sorted(analyzed.stdout.splitlines())
    produced = sorted(line for path in (summary.output_root / "results").glob("*.jsonl")
                      for line in path.read_text(encoding="utf-8").splitlines())
    assert produced == expected
