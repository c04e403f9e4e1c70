"""A day's lanes are read in two halves at once (each on its own connection, the database
stepping through one while the other's rows are counted): the lanes merged from any cut
are those one reading gives, on the edge cases of ``test_timeline_counts`` (items at the
tolerance's edge and a microsecond beyond, bins' edges, a zone at UTC+5:30, recordings
over midnight, the moving lane held one by one), whatever minute the cut falls on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from tests.gui.test_timeline_counts import DATE, _day

from smparchive.core.catalog import day_lanes as day_lanes_module
from smparchive.core.catalog.day_lanes import bucket_seconds, day_lanes, halves, merged
from smparchive.core.domain import assign
from smparchive.core.domain.timeline import near_windows
from smparchive.gui.dialogs.clocks import _lane_label


@pytest.fixture
def cat(engine_catalog: Any) -> Any:
    return engine_catalog  # a new catalogue on each engine (tests/conftest.py)


def _seen(lanes: list[Any], slots: list[Any], start: datetime, end: datetime) -> Any:
    """Everything of the lanes a view or a count reads, at shifts of the moving lane."""
    out = {}
    for lane in lanes:
        counted = sorted(
            (c.moment, c.count, str(c.outside), c.first, c.last, c.exact) for c in lane.counted
        )
        drawn = []
        for shift in (0, 59, -61, 3600) if all(c.exact for c in lane.counted) else (0,):
            lane.shift_s = shift
            drawn.append((lane.outside_count(slots), lane.bins(start, end, slots)))
        lane.shift_s = 0
        label = _lane_label(lane.make, lane.model, lane.serial, lane.kind or "")
        out[lane.key] = (label, lane.count, counted, lane.times, lane.facts, drawn, lane.spans())
    return out


def test_lanes_read_in_halves_are_those_of_one_reading(cat: Any, tmp_path: Path) -> None:
    _day(cat, tmp_path)
    lo, hi = DATE.astimezone(UTC), (DATE + timedelta(days=1)).astimezone(UTC)
    slots = [
        assign.Slot(0, s.title, s.room, s.start, s.end)
        for s in cat.sessions()
        if s.start < hi and s.end > lo
    ]
    near = near_windows(slots)
    dialect = cat.engine.dialect.name
    step = bucket_seconds(lo, hi)
    start, end = lo, hi
    # every minute the day's items and the sessions' edges lie in, and the ones around
    moments = {x.facts.capture_utc for x in cat.timeline_items(lo, hi) if x.facts.capture_utc}
    moments |= {m for w in near for m in w}
    cuts = sorted(
        {
            lo + ((m - lo) // timedelta(seconds=step)) * timedelta(seconds=step) + d
            for m in moments
            for d in (timedelta(0), timedelta(minutes=1), -timedelta(minutes=1))
        }
    )
    cuts = [c for c in cuts if lo < c < hi]
    assert len(cuts) > 20
    keys = [None, *(k for k in ("Canon|EOS R5|", "Sony|ILCE-7M4|123"))]
    with cat._read() as s:
        for mine in keys:
            whole = _seen(day_lanes(s, dialect, lo, hi, "camera", near, mine), slots, start, end)
            for cut in cuts:
                parts = [
                    day_lanes(s, dialect, lo, cut, "camera", near, mine, step),
                    day_lanes(s, dialect, cut, hi, "camera", near, mine, step),
                ]
                assert _seen(merged(parts), slots, start, end) == whole, (mine, cut)
        by_kind = _seen(day_lanes(s, dialect, lo, hi, "kind", near), slots, start, end)
        for cut in cuts[:: max(1, len(cuts) // 10)]:
            parts = [
                day_lanes(s, dialect, lo, cut, "kind", near, None, step),
                day_lanes(s, dialect, cut, hi, "kind", near, None, step),
            ]
            assert _seen(merged(parts), slots, start, end) == by_kind, cut
    # the catalogue's own reading, without the counts kept per minute (a date whose
    # buckets are seconds), cuts the day in the middle of its sessions
    cut = halves(lo, hi, near)
    assert cut is not None and near[0][0] < cut[1] < near[-1][1]
    with cat._read() as s:
        one = _seen(day_lanes(s, dialect, lo, hi, "camera", near, keys[1]), slots, start, end)
    with mock.patch.object(day_lanes_module, "kept_day_lanes", return_value=None):
        got = cat.timeline_lanes(lo, hi, "camera", near=near, one_by_one=keys[1])
    assert _seen(got, slots, start, end) == one
