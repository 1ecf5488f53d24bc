from arabic_release_nlp.text.decode import decode_text, looks_binary
from arabic_release_nlp.text.html_text import html_to_text, looks_like_html


def test_bom_is_stripped_and_text_decoded():
    decoded = decode_text("\ufeffالقاهرة - نص".encode("utf-8"))
    assert decoded.text == "القاهرة - نص"
    assert decoded.replaced_bytes == 0


def test_invalid_bytes_are_replaced_and_counted():
    decoded = decode_text("القاهرة".encode() + b"\xff\xfe" + " نص".encode())
    assert decoded.replaced_bytes == 2
    assert decoded.text.startswith("القاهرة\ufffd")


def test_replacement_characters_in_the_input_are_not_counted_as_bad_bytes():
    assert decode_text("نص \ufffd".encode()).replaced_bytes == 0


def test_html_keeps_paragraph_breaks_and_drops_scripts():
    html = ("<html><head><title>t</title><style>p{}</style></head><body><h1>خبر صحفي: عنوان</h1>"
            "<p>القاهرة - فقرة <b>أولى</b>.</p><script>var x;</script><div>فقرة&nbsp;ثانية &amp; أخيرة.</div></body></html>")
    assert html_to_text(html) == "خبر صحفي: عنوان\n\nالقاهرة - فقرة أولى.\n\nفقرة ثانية & أخيرة."


def test_html_is_detected_by_suffix_or_markup():
    assert decode_text(b"<p>\xd9\x86\xd8\xb5</p>").from_html
    assert decode_text("نص <b>عريض</b>".encode(), filename="page.HTML").text == "نص عريض"
    assert not decode_text("نص عادي فيه علامة < و >".encode()).from_html
    assert looks_like_html("<!DOCTYPE html><html>")


def test_binary_data_is_recognised():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert not looks_binary("نص عربي عادي\n".encode())
