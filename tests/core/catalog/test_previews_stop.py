"""A clock preview or an assignment preview nobody waits for any more stops: the core
asks the cancel token every few items. At 200,000 items of a camera a clock preview took
seconds of CPU, and each step of the correction started another one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from smparchive.core.progress import Cancelled, CancelToken, ProgressEvent

BXL = ZoneInfo("Europe/Brussels")
CAMERA = {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "B2"}
KEY = "Canon|EOS R6|B2"
N = 6000  # six batches of items between two looks at the cancel token


@pytest.fixture
def camera_day(catalog: Any, add_items: Any) -> list[int]:
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    start = datetime(2022, 6, 1, 9, tzinfo=BXL)
    catalog.add_session("opening", start, start + timedelta(hours=8), room="Auditorium")
    base = datetime(2022, 6, 1, 7, tzinfo=UTC)
    ids: list[int] = add_items(
        [
            {**CAMERA, "name": f"IMG_{n:05d}.JPG", "capture_utc": base + timedelta(seconds=5 * n)}
            for n in range(N)
        ]
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
