"""A clock preview or an assignment preview nobody waits for any more stops: the core
asks the cancel token every few items. At 200,000 items of a camera a clock preview took
seconds of CPU, and each step of the correction started another one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.conftest import insert_items

from smparchive.core.progress import Cancelled, CancelToken, ProgressEvent

BXL = ZoneInfo("Europe/Brussels")
CAMERA = {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "B2"}
KEY = "Canon|EOS R6|B2"
N = 6000  # six batches of items between two looks at the cancel token


@pytest.fixture
def catalog(engine_catalog: Any) -> Any:
    return engine_catalog  # a new catalogue on each engine (tests/conftest.py)


@pytest.fixture
def camera_day(catalog: Any, tmp_path: Path) -> list[int]:
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    start = datetime(2022, 6, 1, 9, tzinfo=BXL)
    catalog.add_session("opening", start, start + timedelta(hours=8), room="Auditorium")
    base = datetime(2022, 6, 1, 7, tzinfo=UTC)
    ids: list[int] = insert_items(
        catalog,
        tmp_path / "media",
        [
            {**CAMERA, "name": f"IMG_{n:05d}.JPG", "capture_utc": base + timedelta(seconds=5 * n)}
            for n in range(N)
        ],
    )
    return ids


def _stopping_after(token: CancelToken, items: int, seen: list[ProgressEvent]) -> Any:
    def progress(event: ProgressEvent) -> None:
        seen.append(event)
        if event.done >= items:
            token.cancel()

    return progress


def test_a_cancelled_clock_preview_stops_long_before_its_last_item(
    catalog: Any, camera_day: list[int]
) -> None:
    full = catalog.preview_clock(KEY, 3600)
    assert len(full.rows) == N  # what an uncancelled one gives
    token = CancelToken()
    seen: list[ProgressEvent] = []
    with pytest.raises(Cancelled):
        catalog.preview_clock(KEY, 3600, cancel=token, progress=_stopping_after(token, 1, seen))
    # stopped at the next check: after one batch of the camera's items, of twice N steps
    assert len(seen) == 1 and seen[0].done < N / 2 and seen[0].total == 2 * N


def test_a_clock_preview_counts_its_items_then_their_sessions(
    catalog: Any, camera_day: list[int]
) -> None:
    seen: list[ProgressEvent] = []
    preview = catalog.preview_clock(KEY, -600, progress=seen.append)
    assert preview.offset_s == -600 and len(preview.rows) == N
    dones = [e.done for e in seen]
    assert dones == sorted(dones) and dones[-1] >= N  # the times, then the sessions
    assert {e.total for e in seen} == {2 * N}


def test_a_cancelled_assignment_preview_stops(catalog: Any, camera_day: list[int]) -> None:
    proposals = catalog.propose_assignments(camera_day)
    assert len(proposals) == N
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        catalog.propose_assignments(camera_day, cancel=token)


def test_the_assign_dialog_reads_what_it_shows_as_the_records_say_it(
    catalog: Any, camera_day: list[int]
) -> None:
    catalog.set_clock_offset(KEY, 3600)
    some = camera_day[::500]
    shown = catalog.proposed_items([*some, some[0]])  # once each, whatever is asked
    assert list(shown) == some or sorted(shown) == sorted(some)
    for rec in catalog.items(some):
        row = shown[rec.id]
        assert (row.name, row.capture_utc, row.capture_offset_min) == (
            rec.name, rec.capture_utc, rec.capture_offset_min
        )  # fmt: skip
        assert (row.capture_source, row.clock_shift_s) == (rec.capture_source, 3600)


def test_a_clock_preview_cancelled_while_its_rows_come_in_stops_there(
    catalog: Any, camera_day: list[int]
) -> None:
    """The camera's 200,000 rows took 1.2 s to come in: a preview cancelled then went on
    ~0.6 s before its first look at the token; the rows come in batches between looks."""
    from smparchive.core.catalog.clock_preview import camera_rows
    from smparchive.core.catalog.ops_organise_time import _camera_rows, _camera_where

    token = CancelToken()
    with catalog._read() as s:
        where = _camera_where(s, KEY)
        batches = list(camera_rows(s, where, CancelToken()))
        assert len(batches) > 1  # the token is asked between them
        assert [r[0] for b in batches for r in b] == [r.id for r in _camera_rows(s, KEY)]
        token.cancel()
        with pytest.raises(Cancelled):
            list(camera_rows(s, where, token))
