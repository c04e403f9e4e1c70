"""Four people editing one catalogue at once (issue 16): 4 writer processes x 100 edits
(caption, the same new tag names, collection add) on 8 shared items, on SQLite and on
PostgreSQL. Nothing may fail, no tag may exist twice, and the catalogue must hold the last
writes (and search must find them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tests.conftest import PG_URL, empty_pg_url

REPO = Path(__file__).resolve().parents[3]


def _workload() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "team_workload", REPO / "benchmarks" / "team_workload.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _four_writers(url: str, tmp_path: Path) -> dict[str, Any]:
    tw = _workload()
    items = tw.prepare(url, 8, tmp_path / "share")
    run = tw.run(url, 4, 100, items, tmp_path)
    return dict(tw.check(url, run["logs"]))


def _assert_clean(result: dict[str, Any]) -> None:
    assert result["operations"] == 400
    assert result["failures"] == 0, result["failure_messages"]
    assert result["duplicate_tags"] == 0
    assert result["stale_captions"] == []
    assert result["unsearchable_captions"] == []
    assert result["missing_tags"] == []
    assert result["missing_collection_items"] == []
    assert result["duplicate_positions"] == 0


@pytest.mark.slow
def test_four_writers_sqlite(tmp_path: Path) -> None:
    _assert_clean(_four_writers(str(tmp_path / "team.smpcat"), tmp_path))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
def test_four_writers_postgres(tmp_path: Path) -> None:
    _assert_clean(_four_writers(empty_pg_url(), tmp_path))
