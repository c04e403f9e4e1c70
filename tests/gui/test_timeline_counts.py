"""A day's timeline counted by the catalogue draws what one object per item drew.

At a million items a day of 250,000 took 2.3 s of CPU before its lanes appeared: one
``TimelineItem`` per item, then one ``left_outside`` per item. The catalogue now counts
per lane and minute, left out or not (in SQL, against the day's sessions), and gives one
by one only the recordings and the lane a clock correction moves. Here every lane, label,
count, left-out count, bar, bar colour, span, window and band is compared with the same
day computed item by item (``timeline_items`` and ``assign.left_outside``), on a small
catalogue of edge cases: items exactly at the tolerance's edge and a microsecond beyond,
on bins' edges, an event in a zone half an hour off UTC, items with no camera, a camera
with a serial, one with only a serial, undated items, decks, manual assignments, file
dates, a recording over several bins crossing midnight, one ending on a bin's edge.

And the recordings: a two-hour session recording counted once, in the bin of its start
(a bar at 09:00 and nothing after); it now counts in every bin it runs through.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from tests.conftest import insert_items

from smparchive.core.domain import assign
from smparchive.gui.dialogs.clocks import _lane_label, _window, camera_label, load_day

ZONE = ZoneInfo("Asia/Kolkata")  # UTC+5:30: local whole hours are half hours in UTC
DATE = datetime(2022, 6, 2, tzinfo=ZONE)
US = timedelta(microseconds=1)
TOL = assign.DEFAULT_TOLERANCE
BIN = timedelta(minutes=5)


@pytest.fixture
def cat(engine_catalog: Any) -> Any:
    return engine_catalog  # a new catalogue on each engine (tests/conftest.py)


def _day(cat: Any, tmp_path: Path) -> None:
    cat.create_event("Summit", time_zone="Asia/Kolkata")
    s1 = DATE + timedelta(hours=9, minutes=7, seconds=30)  # edges on no bin
    e1 = DATE + timedelta(hours=10, minutes=2)
    s2 = DATE + timedelta(hours=14)
    e2 = DATE + timedelta(hours=15, minutes=30)
    sid = cat.add_session("Opening", s1, e1, room="A").value
    cat.add_session("Panel", s2, e2, room="B")
    cat.add_session("Yesterday", DATE - timedelta(hours=3), DATE - timedelta(hours=2))
    cams = [
        {"camera_make": "Canon", "camera_model": "EOS R5"},
        {"camera_make": "Sony", "camera_model": "ILCE-7M4", "camera_serial": "123"},
        {"camera_make": "", "camera_model": "Phone"},
        {"camera_make": None, "camera_model": None},
        {"camera_make": None, "camera_model": None, "camera_serial": "only-a-serial"},
    ]
    moments = [
        s1 - TOL,  # near: exactly at the tolerance's edge
        s1 - TOL - US,  # left out by a microsecond
        e1 + TOL,
        e1 + TOL + US,
        s2 - TOL - timedelta(seconds=1),
        e2 + TOL,
        DATE + timedelta(hours=11),  # a bin's edge (a whole hour in the zone)
        DATE + timedelta(hours=11) - US,  # the bin before
        DATE + timedelta(hours=11, minutes=5),
        DATE + timedelta(hours=12, minutes=4, seconds=59, microseconds=999_999),
        DATE + timedelta(hours=12, minutes=33, seconds=17, microseconds=250),
        DATE + timedelta(hours=6, minutes=1),  # the earliest: the window's start
        DATE + timedelta(hours=9, minutes=30),
        DATE + timedelta(hours=9, minutes=30),  # two at one time
    ]
    specs: list[dict[str, Any]] = []
    for n, when in enumerate(moments * 3):
        specs.append(
            {
                **cams[n % len(cams)],
                "name": f"IMG_{n:04d}.JPG",
                "capture_utc": when.astimezone(UTC),
                "kind": ("photo", "photo", "slides", "photo", "video", "photo", "document")[n % 7],
                "session_id": sid if n % 4 == 0 else None,
                "assignment": "manual" if n % 9 == 0 else ("auto" if n % 4 == 0 else None),
                "capture_source": ("exif", "exif+offset", "mtime", "xmp", "exif")[n % 5],
            }
        )
    recordings = [
        # a session's recording over many bins, into the session and past it
        (DATE + timedelta(hours=8, minutes=58), 2 * 3600.0, cams[0]),
        # crossing midnight: the window ends at the date's end
        (DATE + timedelta(hours=23, minutes=41, seconds=3), 3600.0, cams[1]),
        # ending exactly on a bin's edge
        (DATE + timedelta(hours=13, minutes=2), 13 * 60.0, cams[3]),
        # short clips: their start's bin only (one across a bin's edge)
        (DATE + timedelta(hours=16, minutes=4), 95.0, cams[0]),
        (DATE + timedelta(hours=16, minutes=20), 300.0, cams[2]),
        (DATE + timedelta(hours=4), 600.0, cams[4]),  # far from every session
        # short clips ending exactly at the tolerance's edge, and a microsecond before it
        (s1 - TOL - timedelta(seconds=95), 95.0, cams[0]),
        (s1 - TOL - timedelta(seconds=95) - US, 95.0, cams[2]),
        (DATE + timedelta(hours=9, minutes=20), 200.5, cams[1]),  # inside a session
        (DATE + timedelta(hours=12, minutes=1), -5.0, cams[0]),  # a duration gone wrong
    ]
    for n, (when, length, camera) in enumerate(recordings):
        specs.append(
            {
                **camera,
                "name": f"REC_{n}.MP4",
                "capture_utc": when.astimezone(UTC),
                "kind": "audio" if n == 2 else "video",
                "duration_s": length,
                "capture_source": "mtime" if n == 4 else "container-utc",
            }
        )
    specs.append({**cams[0], "name": "NOTIME.JPG", "capture_utc": None})
    specs.append({**cams[0], "name": "BEFORE.JPG", "capture_utc": (DATE - US).astimezone(UTC)})
    specs.append(
        {**cams[1], "name": "AFTER.JPG", "capture_utc": (DATE + timedelta(days=1)).astimezone(UTC)}
    )
    insert_items(cat, tmp_path / "media", specs)


def _by_item(cat: Any, by: str, shift: dict[str, int]) -> dict[str, Any]:
    """The day item by item, as the timeline drew it before: one TimelineItem each, its
    bin and colour from its own time; a recording longer than a bin in each bin it runs
    through."""
    lo, hi = DATE, DATE + timedelta(days=1)
    bands = [s for s in cat.sessions() if s.start < hi and s.end > lo]
    slots = [assign.Slot(0, s.title, s.room, s.start, s.end) for s in bands]
    lanes: dict[str, dict[str, Any]] = {}
    for r in cat.timeline_items(lo, hi):
        f = r.facts
        key = (r.camera_key or f"kind:{f.kind}") if by == "camera" else f.kind
        label = (
            _lane_label(r.camera_make, r.camera_model, r.camera_serial, f.kind)
            if by == "camera"
            else key
        )
        lanes.setdefault(key, {"label": label, "facts": []})["facts"].append(f)
    moments = [f.capture_utc for x in lanes.values() for f in x["facts"]]
    moments += [
        f.capture_utc + timedelta(seconds=f.duration_s)
        for x in lanes.values()
        for f in x["facts"]
        if f.duration_s and f.duration_s > 300
    ]
    moments += [s.start for s in bands] + [s.end for s in bands]
    start, end = _window(moments, lo, hi)
    last = int(((end - start).total_seconds() - 1) // 300)
    out: dict[str, Any] = {}
    for key, x in lanes.items():
        move = timedelta(seconds=shift.get(key, 0))
        bins: dict[int, list[int]] = {}
        outside = 0
        for f in x["facts"]:
            moved = f.capture_utc + move
            left = assign.left_outside(
                assign.ItemFacts(
                    f.id, f.kind, moved, f.duration_s, assignment=f.assignment,
                    time_source=f.time_source,
                ),
                slots,
            )  # fmt: skip
            outside += left
            b = int((moved - start).total_seconds() // 300)
            through = b
            if f.duration_s and f.duration_s > 300:
                finish = (moved + timedelta(seconds=f.duration_s) - start).total_seconds()
                through = min(last, int(-(-finish // 300)) - 1)
            for n in range(b, max(b, through) + 1):
                got = bins.setdefault(n, [0, 0])
                got[0] += 1
                got[1] |= left
        spans = sorted(
            (f.capture_utc, f.capture_utc + timedelta(seconds=f.duration_s))
            for f in x["facts"]
            if f.duration_s and f.duration_s > 300
        )
        out[key] = (x["label"], len(x["facts"]), outside, bins, spans)
    return {"lanes": out, "start": start, "end": end, "bands": [s.title for s in bands]}


def _counted(data: dict[str, Any], widget_slots: list[assign.Slot]) -> dict[str, Any]:
    lanes = {}
    for lane in data["lanes"]:
        bins = lane.bins(data["start"], data["end"], widget_slots)
        lanes[lane.key] = (
            lane.label,
            lane.count,
            lane.outside_count(widget_slots),
            {b: [v.count, int(v.outside)] for b, v in bins.items()},
            sorted(lane.spans()),
        )
    return {
        "lanes": lanes,
        "start": data["start"],
        "end": data["end"],
        "bands": [b.title for b in data["bands"]],
    }


def _slots(data: dict[str, Any]) -> list[assign.Slot]:
    return [assign.Slot(0, b.title, b.room, b.start, b.end) for b in data["bands"]]


@pytest.mark.parametrize("by", ["camera", "kind"])
def test_the_counted_day_draws_what_the_items_drew(cat: Any, tmp_path: Path, by: str) -> None:
    _day(cat, tmp_path)
    with mock.patch.object(type(cat), "timeline_items", side_effect=AssertionError("per item")):
        data = load_day(cat, by=by, on_date=DATE.date())
    want = _by_item(cat, by, {})
    if by == "kind":  # the reference keys its kind lanes by kind; the dialog names them
        for lane in data["lanes"]:
            lane.label = lane.key
    got = _counted(data, _slots(data))
    assert got == want
    # three cameras, and by kind the items with no make nor model (a serial alone names none)
    assert len(got["lanes"]) == (8 if by == "camera" else 5)
    # half an hour before the first item (a recording at 04:00), at a whole hour in UTC
    assert got["start"] == DATE + timedelta(hours=3, minutes=30)
    # the recording crossing midnight: the window runs to the hour after the date's end
    assert got["end"] == DATE + timedelta(days=1, hours=1)
    labels = [lane.label for lane in data["lanes"]]
    assert labels == sorted(labels)
    if by == "camera":
        assert "Sony ILCE-7M4 (123)" in labels and "Phone" in labels
        # the photos and short clips were counted, not read one by one: only the recordings
        # drawn as a line, the two clips ending at the tolerance's edge and the one whose
        # duration is negative came one by one
        assert sum(len(lane.times) for lane in data["lanes"]) == 7


@pytest.mark.parametrize("model", ["EOS R5", "Phone"])
def test_the_chosen_cameras_lane_moves_as_its_items_did(
    cat: Any, tmp_path: Path, model: str
) -> None:
    """Camera Clocks: the camera's lane comes first, one item at a time, and a correction
    moves its bars and its orange exactly as before, whatever the seconds (the Phone's
    clips end at the tolerance's edge less a microsecond, and at a bin's length)."""
    _day(cat, tmp_path)
    canon = next(g for g in cat.cameras() if g.model == model)
    data = load_day(cat, on_date=DATE.date(), camera=canon)
    assert data["lanes"][0].key == canon.key and data["lanes"][0].label == camera_label(canon)
    slots = _slots(data)
    # its photos counted per exact time, its short clips per exact time and length (not
    # read again one by one: the phone's 10,000 clips of a day at 1M), the recordings
    # drawn as a line and the negative duration one by one
    mine = data["lanes"][0]
    assert mine.counted and all(c.exact for c in mine.counted)
    clips = sorted(c.length for c in mine.counted if c.length)
    if model == "EOS R5":
        assert len(mine.times) == 2 and clips == [95.0, 95.0]
    else:
        assert not mine.times and clips == [95.0, 300.0]
    for shift in (0, 59, -61, 299, 901, -3 * 3600 - 7, 15 * 60):
        data["lanes"][0].shift_s = shift
        assert _counted(data, slots) == _by_item(cat, "camera", {canon.key: shift}), shift
    other = next(x for x in data["lanes"][1:] if x.counted)
    other.shift_s = 60  # a counted lane cannot move: it says so rather than draw wrong bars
    with pytest.raises(ValueError):
        other.bins(data["start"], data["end"], slots)


def test_a_session_recording_counts_in_every_bin_it_runs(cat: Any, tmp_path: Path) -> None:
    """A two-hour recording from 08:58 was one item in the 08:55 bar and nothing through
    the session it recorded; now 25 bars of one from 08:55 to 10:55."""
    _day(cat, tmp_path)
    data = load_day(cat, on_date=DATE.date())
    lane = next(x for x in data["lanes"] if x.label == "Canon EOS R5")
    slots = _slots(data)
    bins = lane.bins(data["start"], data["end"], slots)
    start = data["start"]

    def at(hour: int, minute: int) -> int:
        return (DATE + timedelta(hours=hour, minutes=minute) - start) // BIN

    through = [at(8, 55) + n for n in range(25)]  # 08:55 ... 10:55
    assert all(bins[b].count >= 1 for b in through)
    # the recording is the only item of that lane from 10:20 to 10:55
    assert [bins[b].count for b in range(at(10, 20), at(10, 50) + 1)] == [1] * 7


def test_the_recording_is_drawn_as_bars_through_the_session(
    cat: Any, tmp_path: Path, qapp: Any
) -> None:
    """What the user sees: in the Canon lane, a blue bar at 10:30 (the recording running),
    where there was none."""
    from PySide6.QtGui import QColor

    from smparchive.gui.views.timeline import AXIS_H, BAND_H, INSIDE, TimelineWidget

    _day(cat, tmp_path)
    data = load_day(cat, on_date=DATE.date())
    widget = TimelineWidget()
    widget.resize(1600, 700)
    widget.set_day(data["lanes"], data["bands"], data["start"], data["end"], ZONE)
    image = widget.grab().toImage()
    row = next(n for n, x in enumerate(data["lanes"]) if x.label == "Canon EOS R5")
    lane_h = widget.lane_height()
    bottom = AXIS_H + BAND_H + (row + 1) * lane_h - 1  # the lane's last line
    plot = widget._plot()

    def colour_at(hour: int, minute: int) -> QColor:
        x = widget._x(DATE + timedelta(hours=hour, minutes=minute, seconds=150), plot)
        return QColor(image.pixel(int(x), bottom - 5))

    # after the session it recorded (09:07-10:02), within its tolerance: blue, not orange
    assert colour_at(10, 30) == INSIDE
    assert colour_at(10, 40) == INSIDE
    assert colour_at(11, 30) != INSIDE  # after the recording's end: no bar


def test_a_days_lanes_count_no_day_nor_session_they_do_not_show(cat: Any, tmp_path: Path) -> None:
    """The day selector and the bands show no item counts: reading the days and sessions
    with theirs grouped the whole catalogue twice before the day was read (~0.1 s at 1M).
    The same lanes, days and bands."""
    _day(cat, tmp_path)
    canon = next(g for g in cat.cameras() if g.model == "EOS R5")
    want = load_day(cat, on_date=DATE.date(), camera=canon)
    asked: list[Any] = []
    days, sessions = cat.days, cat.sessions

    def counting(real: Any) -> Any:
        return lambda *a, **kw: asked.append(kw.get("counts", True)) or real(*a, **kw)

    with (
        mock.patch.object(cat, "days", counting(days)),
        mock.patch.object(cat, "sessions", counting(sessions)),
    ):
        got = load_day(cat, on_date=DATE.date(), camera=canon)
    assert asked == [False, False]
    assert got["days"] == want["days"] and got["bands"] == want["bands"]
    slots = _slots(got)
    assert _counted(got, slots) == _counted(want, _slots(want))
