"""The default set-up stays light: camel-tools without torch or transformers."""

import importlib.util


def test_torch_and_transformers_are_not_installed():
    assert importlib.util.find_spec("torch") is None
    assert importlib.util.find_spec("transformers") is None


def test_camel_tools_utilities_import_without_their_heavy_dependencies():
    from arabic_release_nlp.text import camel

    assert camel.dediac_ar("مُدَرِّسَة") == "مدرسة"
