"""The JSON Schema of the output contract ``arabic-release-nlp/1``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def release_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every output record satisfies."""
    return json.loads(resources.files(__name__).joinpath("release.schema.json").read_text("utf-8"))
