"""Optional dependencies (the ``[parquet]`` and ``[dask]`` extras), imported on first use with a clear error."""

from __future__ import annotations

import importlib
from types import ModuleType

from arabic_release_nlp.errors import MissingExtraError


def import_extra(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise ARN065 saying which extra of ours installs it.

    Args:
        module: the module to import, e.g. ``"pyarrow.parquet"``.
        extra: our optional extra that provides it (``"parquet"``, ``"dask"``).
        feature: what needs it, in words, for the message.

    >>> import_extra("json", "parquet", "JSON output").__name__
    'json'
    >>> import_extra("no_such_module", "parquet", "Parquet output")
    Traceback (most recent call last):
    arabic_release_nlp.errors.MissingExtraError: ARN065 Parquet output: needs no_such_module, \
which is not installed: pip install 'arabic_release_nlp[parquet]'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(feature, package=module.split(".")[0], extra=extra) from None
