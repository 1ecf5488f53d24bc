"""The typed Arrow schema of a release (output contract ``arabic-release-nlp/1``) for Parquet output.

One row per release; paragraphs, goals, entities, officials and organisations are nested lists of structs,
with exactly the fields of the JSON Schema (``arabic_release_nlp/schema/release.schema.json``). The tests
check that every property of the JSON Schema is here and that a full record round-trips unchanged.
Needs the ``[parquet]`` extra (pyarrow).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from arabic_release_nlp.batch.extras import import_extra


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or ARN065 naming the ``[parquet]`` extra."""
    import_extra("pyarrow.parquet", "parquet", "Parquet input and output")
    return import_extra("pyarrow", "parquet", "Parquet input and output")


@cache
def release_arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of one release row.

    >>> release_arrow_schema().names[:4]   # doctest: +SKIP
    ['schema', 'id', 'length', 'sha256']
    """
    pa = require_pyarrow()
    string, integer, number, boolean = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    span = pa.struct([("start", integer), ("end", integer), ("text", string)])
    offsets = pa.struct([("start", integer), ("end", integer)])
    canonical = pa.struct([("id", string), ("name_ar", string), ("name_en", string), ("acronym", string)])
    paragraph_goal = pa.struct([
        ("framework", string), ("number", integer), ("title_ar", string), ("title_en", string),
        ("score", number), ("explicit", boolean), ("evidence", pa.list_(span)),
        ("targets", pa.list_(pa.struct([("id", string), ("score", number)]))),
    ])
    paragraph = pa.struct([
        ("index", integer), ("start", integer), ("end", integer), ("text", string), ("kind", string),
        ("sentences", pa.list_(offsets)), ("goals", pa.list_(paragraph_goal)),
    ])
    entity = pa.struct([
        ("label", string), ("start", integer), ("end", integer), ("text", string), ("name", string),
        ("paragraph", integer), ("canonical", canonical),
    ])
    official = pa.struct([
        ("name", string), ("title", string), ("position", string), ("organization", string),
        ("start", integer), ("end", integer), ("paragraph", integer), ("mentions", pa.list_(offsets)),
    ])
    organization = pa.struct([
        ("name", string), ("label", string), ("canonical", canonical), ("roles", pa.list_(string)),
        ("mentions", pa.list_(offsets)),
    ])
    goal = pa.struct([
        ("framework", string), ("number", integer), ("title_ar", string), ("title_en", string),
        ("score", number), ("explicit", boolean), ("paragraphs", pa.list_(integer)),
    ])
    return pa.schema([
        ("schema", string), ("id", string), ("length", integer), ("sha256", string),
        ("headline", span),
        ("dateline", pa.struct([("place", span), ("date", span)])),
        ("paragraphs", pa.list_(paragraph)),
        ("entities", pa.list_(entity)),
        ("officials", pa.list_(official)),
        ("organizations", pa.list_(organization)),
        ("goals", pa.list_(goal)),
        ("errors", pa.list_(string)),
        ("warnings", pa.list_(string)),
    ], metadata={b"schema": b"arabic-release-nlp/1"})


def releases_to_table(records: list[dict[str, Any]]) -> Any:
    """A ``pyarrow.Table`` of release dicts (``Release.to_dict()``), typed by :func:`release_arrow_schema`."""
    pa = require_pyarrow()
    return pa.Table.from_pylist(records, schema=release_arrow_schema())
