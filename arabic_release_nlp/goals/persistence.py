"""Saving and loading the goal model with skops: an explicit allow-list of types and a SHA-256 manifest.

Model files are never unpickled. ``skops.io`` refuses any type outside the allow-list, and the manifest
refuses a file whose bytes changed since training.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from arabic_release_nlp.errors import ModelIntegrityError, ModelNotFoundError, UntrustedModelError

MODEL_FILE = "goal_tagger.skops"
MANIFEST = "manifest.json"

# Everything a trained GoalTagger contains, beyond the builtins and numpy/scipy containers skops trusts itself.
TRUSTED_TYPES = [
    "arabic_release_nlp.goals.classifier.GoalTagger",
    "arabic_release_nlp.goals.hashed_tfidf.HashedTfidfVectorizer",
    "arabic_release_nlp.goals.word_vector_block.WordVectorBlock",
    "sklearn.preprocessing._label.MultiLabelBinarizer",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.svm._classes.LinearSVC",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "builtins.slice",
]


# Containers and arrays a model may hold whatever it is; everything else must be named in TRUSTED_TYPES.
_ALWAYS_ALLOWED = ("builtins.", "numpy.", "scipy.sparse.")


def types_in(path: Path) -> set[str]:
    """Every ``module.Class`` a skops file would construct, read from its schema without loading it."""
    with zipfile.ZipFile(path) as archive:
        schema = json.loads(archive.read("schema.json"))
    found: set[str] = set()
    pending = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            if "__module__" in node and "__class__" in node:
                found.add(f"{node['__module__']}.{node['__class__']}")
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_model(model: Any, directory: Path, metadata: dict[str, Any]) -> Path:
    """Write ``model`` and its manifest (file hashes plus ``metadata``) into ``directory``."""
    import skops.io

    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    skops.io.dump(model, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    manifest = dict(metadata, files={MODEL_FILE: sha256_of(path)})
    (directory / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.is_file():
        raise ModelNotFoundError(str(directory), what="goal model manifest", path=str(path))
    return json.loads(path.read_text(encoding="utf-8"))


def load_model(directory: Path) -> Any:
    """Load a model saved by :func:`save_model`, after checking its hash and the types it contains."""
    import skops.io

    manifest = read_manifest(directory)
    for name, expected in manifest["files"].items():
        path = directory / name
        if not path.is_file():
            raise ModelNotFoundError(str(directory), what="goal model file", path=str(path))
        if sha256_of(path) != expected:
            raise ModelIntegrityError(str(path))
    path = directory / MODEL_FILE
    # skops itself trusts every scikit-learn class; our allow-list is narrower, so check it first.
    untrusted = sorted(name for name in types_in(path)
                       if name not in TRUSTED_TYPES and not name.startswith(_ALWAYS_ALLOWED))
    if untrusted:
        raise UntrustedModelError(str(path), types=", ".join(untrusted))
    return skops.io.load(path, trusted=TRUSTED_TYPES)
