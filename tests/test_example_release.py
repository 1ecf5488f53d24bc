"""The canonical example: a real IOM Egypt release in ../shared (skipped where it is absent)."""

import json
import subprocess
import sys

import jsonschema

from arabic_release_nlp.schema import release_schema


def test_arn_analyze_on_the_iom_example(iom_example_path):
    result = subprocess.run([sys.executable, "-m", "arabic_release_nlp", "analyze", str(iom_example_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    jsonschema.validate(record, release_schema())
    text = iom_example_path.read_text(encoding="utf-8")
    assert record["headline"]["text"].startswith("خبر صحفي: المنظمة الدولية للهجرة تنظم دورتين")
    assert record["headline"]["text"].endswith("والاتجار بالبشر")
    assert record["paragraphs"][0]["kind"] == "headline"
    assert record["paragraphs"][0]["start"] == record["headline"]["start"]
    assert record["dateline"]["place"]["text"] == "القاهرة" and record["dateline"]["date"] is None
    body = record["paragraphs"][1:]
    assert len(body) == 5 and all(p["kind"] == "body" for p in body)
    sentences = [[text[s["start"]:s["end"]] for s in p["sentences"]] for p in body]
    assert [len(s) for s in sentences] == [1, 1, 1, 1, 2]
    assert sentences[4][0].endswith('الهدف 10 "الحد من أوجه عدم المساواة".')
    assert sentences[4][1].startswith("ويتماشى أيضاً التدريب")
    assert all(s[-1].endswith((".", '".')) for s in sentences)
