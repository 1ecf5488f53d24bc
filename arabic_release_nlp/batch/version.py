"""The model version that names a batch output root: one place computes it."""

from __future__ import annotations

import hashlib
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"


def model_version(models_dir: str | Path | None = None) -> str:
    """``arabic_release_nlp.__version__``, plus a short hash of every ``manifest.json`` under ``models/`` if any.

    Output of different models never mixes: ``arn tag`` writes under ``OUT/<model_version()>/``. A model's
    manifest holds the SHA-256 of its files, so retraining a model changes the version.

    >>> from arabic_release_nlp import __version__
    >>> model_version("/no/such/folder") == __version__
    True
    """
    from arabic_release_nlp import __version__

    directory = Path(models_dir) if models_dir is not None else MODELS_DIR
    manifests = sorted(directory.rglob("manifest.json")) if directory.is_dir() else []
    if not manifests:
        return __version__
    digest = hashlib.sha256()
    for path in manifests:
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}-{digest.hexdigest()[:10]}"
