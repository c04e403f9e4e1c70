"""Fixtures for the media probe tests: the real-world corpus, its MANIFEST and a probe cache."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import CORPUS

from smparchive.core.media.probe import ProbeResult, probe_file

MANIFEST = CORPUS / "MANIFEST.csv"
OUTCOME_OF = {
    "catalogue normally": "ok",
    "catalogue with warning, no thumbnail": "warning",
    "catalogue with warning, partial thumbnail": "warning",  # a damaged JPEG's decoded part
    "reject with clear error": "error",
}


def _manifest_rows() -> list[dict[str, str]]:
    if not MANIFEST.is_file():
        return []
    with MANIFEST.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["outcome"] = OUTCOME_OF[row["expected"]]
        row["pictured"] = "yes" if row["expected"].endswith("partial thumbnail") else ""
    return rows


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize any test taking ``manifest_row`` over every MANIFEST row."""
    if "manifest_row" in metafunc.fixturenames:
        rows = _manifest_rows()
        if rows:
            metafunc.parametrize("manifest_row", rows, ids=[r["path"] for r in rows])
        else:
            metafunc.parametrize(
                "manifest_row",
                [pytest.param({}, marks=pytest.mark.skip(reason=f"no corpus at {CORPUS}"))],
            )


@pytest.fixture
def corpus() -> Path:
    """The corpus folder; skips the test when it is absent."""
    if not MANIFEST.is_file():
        pytest.skip(f"real-world corpus not found at {CORPUS}")
    return CORPUS


_cache: dict[str, ProbeResult] = {}


@pytest.fixture
def probed(corpus: Path) -> Callable[[str], ProbeResult]:
    """Probe a corpus file (relative path) once per session; skip if it is missing."""

    def run(rel: str) -> ProbeResult:
        if not (corpus / rel).is_file():
            pytest.skip(f"{rel} missing from the corpus")
        if rel not in _cache:
            _cache[rel] = probe_file(corpus / rel)
        return _cache[rel]

    return run
