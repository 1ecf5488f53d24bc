"""The output contract: schema arabic-release-nlp/1, and every span pointing into the original text."""

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arabic_release_nlp as arn
from arabic_release_nlp.schema import release_schema

VALIDATOR = jsonschema.Draft202012Validator(release_schema())

EXAMPLE = (
    "بيان صحفي: إطلاق مشروع للمياه في 40 مدرسة\n\n"
    "عمّان، 14 أيار 2024 - أطلقت اليونيسف مشروعاً بمنحة قدرها 2.3 مليون دولار. ويستفيد منه ١٨٬٠٠٠ طالب.\n"
    'وقال د. سامي العبادي: "المدرسة النظيفة تحفظ طلابها. هذا استثمار في المستقبل".\n\n'
    "للمزيد من المعلومات: media@unicef.org\n"
)


def all_spans(record):
    """Every (start, end, text) the record claims, whatever part of the output it is in."""
    if record["headline"]:
        yield record["headline"]
    for part in (record["dateline"] or {}).values():
        if part:
            yield part
    for paragraph in record["paragraphs"]:
        yield paragraph
        for goal in paragraph["goals"]:
            yield from goal["evidence"]
    yield from record["entities"]


def check_offsets(text, record):
    assert record["length"] == len(text)
    for span in all_spans(record):
        assert text[span["start"]:span["end"]] == span["text"]
    for paragraph in record["paragraphs"]:
        for sentence in paragraph["sentences"]:
            assert paragraph["start"] <= sentence["start"] < sentence["end"] <= paragraph["end"]
            assert text[sentence["start"]:sentence["end"]].strip() == text[sentence["start"]:sentence["end"]]


def test_record_is_valid_and_offsets_hold(nlp):
    record = nlp(EXAMPLE, id="r1").to_dict()
    VALIDATOR.validate(record)
    check_offsets(EXAMPLE, record)
    assert record["id"] == "r1"
    assert [p["kind"] for p in record["paragraphs"]] == ["headline", "body", "quote", "boilerplate"]
    assert [len(p["sentences"]) for p in record["paragraphs"]] == [1, 2, 1, 1]


def test_to_json_round_trips_and_keeps_arabic_readable(nlp):
    release = nlp(EXAMPLE, id="r1")
    assert json.loads(release.to_json()) == release.to_dict()
    assert "عمّان" in release.to_json(pretty=True)


@pytest.mark.parametrize("text", ["", "   \n\t ", "--", "\u200f", "."])
def test_degenerate_text_gives_a_well_formed_release(nlp, text):
    record = nlp(text, id="empty").to_dict()
    VALIDATOR.validate(record)
    check_offsets(text, record)
    if not text.strip():
        assert record["paragraphs"] == [] and record["headline"] is None and record["errors"] == []


def test_text_must_be_str_or_bytes(nlp):
    with pytest.raises(arn.ArnError, match=r"ARN007 x: expected text \(str or bytes\), got int"):
        nlp(12, id="x")


def test_bytes_are_decoded_and_replacements_reported(nlp):
    release = nlp("القاهرة - نص.".encode() + b"\xff", id="b")
    assert release.text.startswith("القاهرة")
    assert release.warnings == ["1 undecodable byte sequence(s) replaced"]


def test_id_defaults_to_a_content_hash(nlp):
    assert nlp("نص").id == nlp("نص").id != nlp("نص آخر").id


def test_pipe_keeps_order_and_ids(nlp):
    texts = ["خبر صحفي: أ\n\nالقاهرة - نص.", "", "عمّان - نص ثان."]
    releases = list(nlp.pipe(texts, ids=["a", "b", "c"], batch_size=2))
    assert [r.id for r in releases] == ["a", "b", "c"]
    assert [r.text for r in releases] == texts
    assert releases[0].dateline["place"].text == "القاهرة"


ADVERSARIAL = st.lists(
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
            | st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC)
            | st.sampled_from(list(" .،؛؟!\"«»()-/%:0123456789abcIOM\u0640\u064b\u0651\u200f\u200e\u202b\u2067\u2069\ufeff\u200b")),
            max_size=80),
    max_size=6,
).map(lambda lines: "\n".join(lines))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ADVERSARIAL)
def test_every_span_points_into_the_original_text(nlp, text):
    record = nlp(text, id="h").to_dict()
    VALIDATOR.validate(record)
    check_offsets(text, record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.text(alphabet=st.sampled_from(list("القاهرة نص خبر صحفي: -.<>&;\u0640\u064e")), max_size=40),
                      min_size=1, max_size=4))
def test_spans_hold_for_html_input(nlp, lines):
    from html import escape

    html = "<html><body>" + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</body></html>"
    release = nlp(html.encode(), id="html")
    check_offsets(release.text, release.to_dict())
    assert "<p>" not in release.text
