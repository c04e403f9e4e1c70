"""The Assign dialog's worker (the proposals and what its table shows of their items) and
Camera Clocks' day make tens of thousands of objects at 1M inside an app that holds far
more: the collector's full passes walked everything the app held (~0.3 s of the Assign
dialog's ~1.1 s). The objects alive when they start are frozen meanwhile (core/heap.py),
and nothing stays frozen after."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items

from smparchive.core.catalog import raw_rows
from smparchive.core.domain import proposals as bulk

START = datetime(2022, 6, 2, 9, 0, tzinfo=UTC)


def _five_photos_in_a_session(catalog: Any, tmp_path: Path) -> list[int]:
    """An event in UTC, a one-hour session at 09:00 and a photo a minute from its start."""
    catalog.create_event("Summit", time_zone="UTC")
    catalog.add_session("Opening", START, START + timedelta(hours=1))
    photos = [{"name": f"P_{n}.JPG", "capture_utc": START + timedelta(minutes=n)} for n in range(5)]
    return list(insert_items(catalog, tmp_path / "media", photos))


def test_proposals_and_their_items_are_read_with_the_heap_before_frozen(
    catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _five_photos_in_a_session(catalog, tmp_path)
    seen: dict[str, int] = {}
    propose, fetch = bulk.propose_rows, raw_rows.fetch

    def proposing(*args: Any, **kw: Any) -> Any:
        seen["proposals"] = gc.get_freeze_count()
        return propose(*args, **kw)

    def fetching(*args: Any, **kw: Any) -> Any:
        seen.setdefault("items", gc.get_freeze_count())
        return fetch(*args, **kw)

    monkeypatch.setattr(bulk, "propose_rows", proposing)
    proposals = catalog.propose_assignments(ids)
    assert gc.get_freeze_count() == 0
    monkeypatch.setattr(raw_rows, "fetch", fetching)
    shown = catalog.proposed_items([p.item_id for p in proposals])
    assert gc.get_freeze_count() == 0  # nothing kept from collection after
    assert seen["proposals"] > 1000 and seen["items"] > 1000  # modules, classes, catalogue...
    assert [p.session_id is not None for p in proposals] == [True] * 5
    assert sorted(shown) == sorted(ids)


def test_a_days_lanes_are_read_with_the_heap_before_frozen(
    catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Camera Clocks' day: a moving lane's 35,000 groups and items at 1M."""
    from smparchive.core.catalog import day_lanes as lanes_module

    _five_photos_in_a_session(catalog, tmp_path)
    seen: list[int] = []
    real = lanes_module.kept_day_lanes  # the counts kept per minute (0038)

    def kept_day_lanes(*args: Any, **kw: Any) -> Any:
        seen.append(gc.get_freeze_count())
        return real(*args, **kw)

    monkeypatch.setattr(lanes_module, "kept_day_lanes", kept_day_lanes)
    day, start = datetime(2022, 6, 2, tzinfo=UTC), START
    near = [(start - timedelta(minutes=15), start + timedelta(minutes=75))]
    lanes = catalog.timeline_lanes(day, day + timedelta(days=1), near=near)
    assert gc.get_freeze_count() == 0  # nothing kept from collection after
    assert seen and min(seen) > 1000
    assert sum(lane.count for lane in lanes) == 5
