"""The output folder of a batch run and the manifest that marks a shard finished.

Layout under ``OUT/<model version>/``::

    results/shard-000000.parquet   (or .jsonl)   one row or line per analysed document
    errors/shard-000000.jsonl                    one {"id", "source", "code", "error"} per failed document
    manifests/shard-000000.json                  written last: the shard is finished when it is there
    run.json                                     the summary of the last run

A shard is finished when its manifest exists, matches the shard's fingerprint (input files, sizes,
modification times, record ranges, options, format, model version) and its two output files exist.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabic_release_nlp.batch.shards import Shard
from arabic_release_nlp.batch.writers import remove_temporary_files, write_json

MANIFEST_FORMAT = "arabic-release-nlp/batch-manifest/1"


@dataclass(frozen=True)
class OutputLayout:
    """Where a run with one model version writes: ``OutputLayout(Path("out"), "0.1.0").results``.

    >>> OutputLayout(Path("out"), "0.1.0").result_path("shard-000003", "parquet").as_posix()
    'out/0.1.0/results/shard-000003.parquet'
    """

    out: Path
    model_version: str

    @property
    def root(self) -> Path:
        return self.out / self.model_version

    @property
    def results(self) -> Path:
        return self.root / "results"

    @property
    def errors(self) -> Path:
        return self.root / "errors"

    @property
    def manifests(self) -> Path:
        return self.root / "manifests"

    def result_path(self, shard: str, format: str) -> Path:
        return self.results / f"{shard}.{format}"

    def error_path(self, shard: str) -> Path:
        return self.errors / f"{shard}.jsonl"

    def manifest_path(self, shard: str) -> Path:
        return self.manifests / f"{shard}.json"

    def create(self) -> None:
        for folder in (self.results, self.errors, self.manifests):
            folder.mkdir(parents=True, exist_ok=True)


def shard_fingerprint(shard: Shard, options: dict[str, Any]) -> dict[str, Any]:
    """Everything a shard's output depends on: its input pieces and the run's options (with the model version)."""
    return {"inputs": shard.fingerprint(), "options": dict(sorted(options.items()))}


def fingerprint_digest(fingerprint: dict[str, Any]) -> str:
    """A SHA-256 of the fingerprint, to compare two manifests at a glance."""
    return hashlib.sha256(json.dumps(fingerprint, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def read_manifest(path: Path) -> dict[str, Any] | None:
    """A shard manifest, or None if it is missing or unreadable (then the shard is simply redone)."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("format") == MANIFEST_FORMAT else None


def finished_manifest(layout: OutputLayout, shard: Shard, fingerprint: dict[str, Any],
                      format: str) -> dict[str, Any] | None:
    """The manifest of ``shard`` if it is finished with exactly this fingerprint, else None."""
    manifest = read_manifest(layout.manifest_path(shard.name))
    if manifest is None or manifest.get("fingerprint") != fingerprint:
        return None
    if not (layout.result_path(shard.name, format).is_file() and layout.error_path(shard.name).is_file()):
        return None
    return manifest


def write_manifest(layout: OutputLayout, manifest: dict[str, Any]) -> None:
    """Write a shard manifest (last, atomically), after checking that every document is accounted for."""
    if manifest["documents"] != manifest["results"] + manifest["errors"]:
        raise AssertionError(f"{manifest['shard']}: {manifest['documents']} documents in, but "
                             f"{manifest['results']} results + {manifest['errors']} errors out")
    write_json(layout.manifest_path(manifest["shard"]), manifest)


def remove_stale_output(layout: OutputLayout, shards: list[Shard], format: str) -> int:
    """Remove output of shards that are not in this plan, and temporary files of an interrupted run.

    The inputs may have shrunk since the last run, or the format changed: output of shards that no longer
    exist would otherwise be read as part of the dataset. Returns how many files were removed.
    """
    wanted = {shard.name for shard in shards}
    removed = 0
    for folder, suffixes in ((layout.results, {f".{format}"}), (layout.errors, {".jsonl"}),
                             (layout.manifests, {".json"})):
        removed += remove_temporary_files(folder)
        for path in folder.glob("shard-*"):
            if path.stem not in wanted or path.suffix not in suffixes:
                path.unlink(missing_ok=True)
                removed += 1
    return removed
