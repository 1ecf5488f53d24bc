"""The corpus markup: offsets of parsed entities and the copied-prose check."""

from arabic_release_nlp.corpus.markup import parse_markup, repeated_runs


def release(release_id: str, body: str) -> str:
    return f"### release {release_id}\ntopic: test\norganization_type: ngo\n\n[headline]\nعنوان الخبر\n\n[body sdg=8]\n{body}\n"


def test_entities_get_offsets_into_the_text_without_brackets():
    (record,) = list(parse_markup(release("t-001", "وقّعت [ORG المنظمة الدولية للهجرة] اتفاقاً في [LOC تونس]."), "t.txt"))
    assert [(record["text"][e["start"]:e["end"]], e["label"]) for e in record["entities"]] == [
        ("المنظمة الدولية للهجرة", "ORG"), ("تونس", "LOC")]
    assert record["paragraphs"][1]["sdg"] == [8]


def test_a_run_copied_with_other_diacritics_is_still_a_copy():
    sentence = "وقّع الطرفان على مذكرة تفاهم لتطوير خدمات الرعاية"  # eight words
    first = list(parse_markup(release("t-001", sentence), "a.txt"))
    second = list(parse_markup(release("t-002", sentence.replace("وقّع", "وقع")), "b.txt"))
    assert repeated_runs(first + second)
    different = list(parse_markup(release("t-003", "افتتحت الوزارة مركزاً جديداً لتدريب الممرضين في العاصمة خلال الشهر الجاري"), "c.txt"))
    assert not repeated_runs(first + different)
