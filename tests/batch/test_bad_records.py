"""50 bad records in an archive of 1,000: 50 error records, 950 results, exit code 1, and the run completes."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from arabic_release_nlp.cli import app

from .conftest import release_text, write_jsonl

pytestmark = pytest.mark.usefixtures("shared_pipeline")


def test_fifty_bad_records_in_a_thousand_become_error_records_and_exit_code_1(tmp_path):
    good = [{"id": f"good-{n}", "text": release_text(n)} for n in range(950)]
    bad = ([{"id": f"empty-{n}", "text": " "} for n in range(9)]
           + [{"id": f"binary-{n}", "text": "نص\u0000\u0001\u0002"} for n in range(8)]
           + [{"id": f"big-{n}", "text": "نص " * 2000} for n in range(8)]
           + [f'{{"id": "undecodable-{n}", "text": "'.encode() + "مرحبا بالعالم في عمان".encode("cp1256") + b'"}'
              for n in range(8)]
           + [b'{"id": "broken", "text": ' for _ in range(8)]
           + [{"id": f"no-text-{n}", "body": "نص"} for n in range(8)]
           + [{"id": "null", "text": None}])
    records = good[:]
    for position, record in enumerate(bad):  # spread the bad ones through the archive
        records.insert(position * 20 + 3, record)
    archive = write_jsonl(tmp_path / "archive.jsonl", records)
    result = CliRunner().invoke(app, ["tag", str(archive), "--out", str(tmp_path / "out"), "--workers", "0",
                                      "--shard-size", "100", "--format", "jsonl", "--max-size", "4kB"])
    assert result.exit_code == 1, result.output
    assert "950 documents ok, 50 failed" in result.stderr and "Traceback" not in result.output
    (root,) = (tmp_path / "out").iterdir()
    results = [json.loads(line) for path in sorted((root / "results").glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for path in sorted((root / "errors").glob("*.jsonl"))
              for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(results) == 950 and len(errors) == 50
    assert sorted(record["id"] for record in results) == sorted(record["id"] for record in good)
    expected = {"ARN003": 10, "ARN004": 8, "ARN005": 8, "ARN062": 8, "ARN060": 8, "ARN061": 8}
    assert Counter(error["code"] for error in errors) == expected
    for error in errors:
        assert set(error) == {"id", "source", "code", "error"}
        assert error["error"].startswith(f"{error['code']} {error['id']}: ")
        assert error["source"].startswith(f"{archive}#")
    for path in (root / "manifests").glob("*.json"):
        manifest = json.loads(path.read_text())
        assert manifest["documents"] == manifest["results"] + manifest["errors"]
