"""Shared fixtures: one pipeline per session, and the read-only material in ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

import arabic_release_nlp as arn

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return arn.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def iom_example_path(shared) -> Path:
    return shared / "examples" / "iom_cairo_trafficking_training.txt"
