"""Camera Clocks' preview in bulk: the same rows (times, sessions, reasons, order) as
re-deriving and proposing each item of the camera one by one, at every correction."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from smparchive.core.catalog import ops_organise_time as ot
from smparchive.core.domain import assign as rules
from smparchive.core.domain import time as t
from smparchive.core.domain.assign import Reason
from smparchive.core.thumbcache import picture_key

BXL = ZoneInfo("Europe/Brussels")
CAM = {"camera_make": "Apple", "camera_model": "iPhone 13", "camera_serial": ""}
OTHER = {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "B2"}
KEY = "Apple|iPhone 13|"
TOL = rules.DEFAULT_TOLERANCE


def bxl(h: int, m: int = 0, s: int = 0, day: int = 1) -> datetime:
    return datetime(2022, 6, day, h, m, s, tzinfo=BXL)


def reference(catalog: Any, key: str, offset_s: int) -> list[rules.ShiftRow]:
    """The preview as it was written first: every item re-derived with ``time.rederive``,
    then proposed by ``propose_one`` against every session, one by one."""
    with catalog._read() as s:
        rows = ot._camera_rows(s, key)
        zones = ot._item_zones(s, rows)
        slots = ot.load_slots(s)
        tz = ot.main_event_zone(s)
    out = []
    for r in rows:
        derived = t.rederive([ot._time_row(r)], zones[r.id], offset_s)
        new = derived.get(r.id, r.capture_utc)
        takes = t.takes_clock_correction(r.capture_source)
        new_shift = (offset_s if r.id in derived else r.clock_shift_s or 0) if takes else 0
        facts = rules.ItemFacts(
            r.id, r.kind, new, r.duration_s, r.session_id, r.assignment, r.name,
            time_source=r.capture_source,
        )  # fmt: skip
        p = rules.propose_one(facts, slots, TOL, tz)
        session = p.session_id if p.actionable else r.session_id
        row = rules.ShiftRow(
            r.id,
            r.name,
            r.capture_utc,
            new,
            r.session_id,
            session,
            p.reason,
            picture_key(r.sha256, r.poster_time_s),
        )
        out.append(replace(row, old_shift_s=r.clock_shift_s or 0, new_shift_s=new_shift,
                           camera_clock=takes))  # fmt: skip
    return out


@pytest.fixture
def programme(catalog: Any) -> dict[str, int]:
    return make_programme(catalog)


def make_programme(catalog: Any) -> dict[str, int]:
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    ids = {}
    for key, start, end, room in (
        ("opening", bxl(9), bxl(9, 30), "Auditorium"),
        ("keynote", bxl(9, 30), bxl(10, 30), "Auditorium"),  # touches the opening
        ("roundtable", bxl(9, 30), bxl(11), "Roundtable Room"),  # parallel
        ("panel", bxl(10, 50), bxl(11, 40), "Auditorium"),  # 20 min break: ties mid-way
        ("talk", bxl(11, 10), bxl(11, 50), "Room B"),
        ("late", bxl(12, 30, 1), bxl(13), "Auditorium"),  # 40 min 1 s after the talk
        ("night", bxl(23, 30), bxl(0, 30, day=2), "Auditorium"),  # across midnight
        ("day2", bxl(9, day=2), bxl(10, day=2), "Auditorium"),
    ):
        ids[key] = catalog.add_session(key, start, end, room=room).value
    return ids


def _items(programme: dict[str, int], rng: random.Random) -> list[dict[str, Any]]:
    """The camera's items: device times around every boundary of the programme (± the
    tolerance, ± a second and a minute, the middles of breaks), across midnight, at random;
    videos, decks, items assigned by hand or automatically, with no time, with a file date
    or a sidecar's time, with and without the device's offset; the other camera's too."""
    edges = []
    for a, b in (("09:00", "09:30"), ("09:30", "10:30"), ("10:50", "11:40"), ("11:10", "11:50")):
        for hm in (a, b):
            h, m = map(int, hm.split(":"))
            for d in (-15 * 60 - 1, -15 * 60, -61, -60, -1, 0, 1, 59, 60, 15 * 60, 15 * 60 + 1):
                edges.append(datetime(2022, 6, 1, h, m) + timedelta(seconds=d))
    edges += [datetime(2022, 6, 1, 10, 40) + timedelta(seconds=d) for d in range(-65, 66, 5)]
    edges += [datetime(2022, 6, 1, 12, 10) + timedelta(seconds=d) for d in (-31, -30, 0, 30, 31)]
    edges += [datetime(2022, 6, 1, 23, 50), datetime(2022, 6, 2, 0, 20), datetime(2022, 6, 1, 23)]
    edges += [datetime(2022, 5, 31, 22), datetime(2022, 6, 3, 9)]  # dates with no session
    edges += [
        datetime(2022, 6, 1, 6) + timedelta(seconds=rng.randrange(30 * 3600)) for _ in range(150)
    ]
    out: list[dict[str, Any]] = []
    for n, local in enumerate(edges):
        spec: dict[str, Any] = {"capture_local": local, **CAM}
        if n % 3 == 0:  # the device wrote its offset: its time is not read in the zone
            spec["capture_offset_min"] = 120
            spec["capture_utc"] = (local - timedelta(minutes=120)).replace(tzinfo=UTC)
        else:
            spec["capture_utc"] = local.replace(tzinfo=BXL).astimezone(UTC)
        if n % 7 == 1:
            spec.update(kind="video", duration_s=rng.choice([2.0, 95.0, 1500.0, 4000.0]))
        if n % 11 == 2:
            spec.update(clock_shift_s=600)  # an earlier correction
            spec["capture_utc"] += timedelta(seconds=600)
        if n % 13 == 3:
            spec.update(session_id=programme["keynote"], assignment="manual")
        elif n % 5 == 4:
            spec.update(session_id=programme["roundtable"], assignment="auto")
        elif n % 17 == 5:
            spec.update(session_id=programme["panel"], assignment="auto")
        if n % 19 == 6:
            spec.update(capture_source="xmp-sidecar")  # not the camera's clock
        if n % 23 == 7:
            spec.update(capture_source="mtime")  # a file's date: never filed by time
        out.append(spec)
    out += [
        {"name": "keynote slides.pdf", "kind": "document", **CAM},
        {"name": "roundtable_final.pptx", "kind": "slides", **CAM},
        {"name": "panel talk.pdf", "kind": "document", **CAM},  # two sessions alike
        {"name": "panel talk.pdf", "rel_path": "b/panel talk.pdf", "kind": "slides",
         "session_id": programme["panel"], "assignment": "auto", **CAM},  # the same name
        {"name": "keynote slides.pdf", "rel_path": "c/keynote slides.pdf", "kind": "slides",
         "session_id": programme["keynote"], "assignment": "auto", **CAM},
        {"name": "IMG_0001.pdf", "kind": "document", "capture_utc": None, **CAM},
        {"name": "no time.jpg", "capture_utc": None, **CAM},
        {"name": "utc only.jpg", "capture_utc": datetime(2022, 6, 1, 8, 44, tzinfo=UTC), **CAM},
        {"name": "utc only 2.jpg", "capture_utc": datetime(2022, 6, 1, 9, 25, tzinfo=UTC),
         "clock_shift_s": -300, **CAM},
        {"name": "same time a.jpg", "capture_local": datetime(2022, 6, 1, 10, 0),
         "capture_utc": datetime(2022, 6, 1, 8, 0, tzinfo=UTC), **CAM},
        {"name": "same time b.jpg", "capture_local": datetime(2022, 6, 1, 10, 0),
         "capture_utc": datetime(2022, 6, 1, 8, 0, tzinfo=UTC), **CAM},
        {"name": "other camera.jpg", "capture_local": datetime(2022, 6, 1, 9, 10),
         "capture_utc": datetime(2022, 6, 1, 7, 10, tzinfo=UTC), **OTHER},
    ]  # fmt: skip
    return out


OFFSETS = [0, 1, -1, 59, 60, 61, 600, 899, 900, 901, -900, 1800, 3600, -3600, 5 * 3600, 86400]


def test_the_preview_is_the_item_by_item_preview_at_every_correction(
    catalog: Any, add_items: Any, programme: dict[str, int]
) -> None:
    add_items(_items(programme, random.Random(22)))
    reasons: set[Reason] = set()
    moved = 0
    items = catalog.clock_items(KEY)  # read once, as Camera Clocks steps a correction
    for offset in OFFSETS:
        got = catalog.preview_clock(KEY, offset)
        want = reference(catalog, KEY, offset)
        assert len(got.rows) == len(want) > 250
        for g, w in zip(got.rows, want, strict=True):
            assert g == w, offset
        assert catalog.preview_clock(KEY, offset, items=items) == got, offset
        assert got.moved_sessions == sum(1 for r in want if r.new_session_id != r.old_session_id)
        reasons |= {r.reason for r in want}
        moved += got.moved_sessions
    assert reasons == set(Reason)  # every kind of outcome met
    assert moved > 100


def test_the_same_preview_on_postgresql(pg_catalog: Any, item_inserter: Any, tmp_path) -> None:
    """Times come from PostgreSQL as timestamps, not microseconds: the same rows."""
    programme = make_programme(pg_catalog)
    item_inserter(pg_catalog, tmp_path / "media", _items(programme, random.Random(5)))
    items = pg_catalog.clock_items(KEY)
    for offset in (0, 60, -900, 3600):
        want = reference(pg_catalog, KEY, offset)
        assert list(pg_catalog.preview_clock(KEY, offset).rows) == want
        assert list(pg_catalog.preview_clock(KEY, offset, items=items).rows) == want


def test_a_camera_of_items_in_another_events_zone(
    catalog: Any, add_items: Any, programme: dict[str, int]
) -> None:
    """Zone-less times of items on a day of a second event are read in that event's zone."""
    other = catalog.create_event("Workshop", time_zone="America/New_York").value
    catalog.add_session(
        "NY", datetime(2022, 6, 5, 9, tzinfo=ZoneInfo("America/New_York")),
        datetime(2022, 6, 5, 10, tzinfo=ZoneInfo("America/New_York")), event_id=other,
    )  # fmt: skip
    ny_day = next(d.id for d in catalog.days() if d.event_id == other)
    specs = [
        {"capture_local": datetime(2022, 6, 5, 8, 50) + timedelta(minutes=k), "day_id": ny_day,
         "capture_utc": datetime(2022, 6, 5, 12, 50, tzinfo=UTC) + timedelta(minutes=k), **CAM}
        for k in range(0, 90, 7)
    ] + [{"capture_local": datetime(2022, 6, 1, 9, 40), **CAM}]  # fmt: skip
    add_items(specs)
    items = catalog.clock_items(KEY)
    for offset in (-1800, 0, 600, 3600):
        want = reference(catalog, KEY, offset)
        assert list(catalog.preview_clock(KEY, offset).rows) == want
        assert list(catalog.preview_clock(KEY, offset, items=items).rows) == want


def test_the_rules_run_once_per_stretch_not_once_per_item(
    catalog: Any, add_items: Any, programme: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 photos over a morning: the rules are asked about each stretch of the programme
    the corrected times fall in, not about each photo (~8 s of CPU for 200,000 items)."""
    start = datetime(2022, 6, 1, 8)
    add_items([{"capture_local": start + timedelta(seconds=9 * k), **CAM} for k in range(2000)])
    catalog.rederive_capture_times()
    calls = []
    real = rules.propose_one
    monkeypatch.setattr(rules, "propose_one", lambda *a, **k: calls.append(1) or real(*a, **k))
    preview = catalog.preview_clock(KEY, 3600)
    assert len(preview.rows) == 2000
    assert {r.reason for r in preview.rows} >= {Reason.INSIDE, Reason.OVERLAP, Reason.BREAK}
    assert 0 < len(calls) < 100


def test_rows_read_in_any_order_are_the_item_by_item_rows(
    catalog: Any, add_items: Any, programme: dict[str, int]
) -> None:
    """A step's rows are made when read (Camera Clocks' table reads the rows in view): read
    from the end, by slices, by negative index, the same rows, ids and count."""
    add_items(_items(programme, random.Random(8)))
    items = catalog.clock_items(KEY)
    for offset in (0, 899, -3600):
        got = catalog.preview_clock(KEY, offset, items=items)
        want = reference(catalog, KEY, offset)
        rows = got.rows
        n = len(rows)
        assert [rows[i] for i in reversed(range(n))] == want[::-1]
        assert rows[-1] == want[-1] and rows[-n] == want[0]
        assert rows[5:40:3] == want[5:40:3] and rows[n - 3 :] == want[-3:]
        with pytest.raises(IndexError):
            rows[n]
        assert rows.item_ids() == [r.item_id for r in want]
        assert rows.moved() == sum(1 for r in want if r.new_session_id != r.old_session_id)
        assert rows == rules.ShiftRows([tuple(getattr(r, f) for f in r.__slots__) for r in want])


def test_microseconds_on_either_side_of_a_boundary(
    catalog: Any, add_items: Any, programme: dict[str, int]
) -> None:
    """Photos a microsecond before, at and after a session's start and end, the tolerance's
    edges and a break's middle (where the nearer session changes) under corrections that
    bring them there: the stretches met in bulk are those of each photo alone."""
    us = timedelta(microseconds=1)
    marks = [datetime(2022, 6, 1, 9), datetime(2022, 6, 1, 10, 30), datetime(2022, 6, 1, 8, 45)]
    marks += [datetime(2022, 6, 1, 10, 40), datetime(2022, 6, 1, 10, 39, 30)]  # mid-break ties
    marks += [datetime(2022, 6, 1, 11, 40) + timedelta(minutes=15)]
    specs = []
    for m in marks:
        for d in (-2 * us, -us, 0 * us, us, 2 * us):
            for video in (False, True):
                spec: dict[str, Any] = {"capture_local": m + d, **CAM}
                if video:
                    spec.update(kind="video", duration_s=60.000001)
                specs.append(spec)
    add_items(specs)
    items = catalog.clock_items(KEY)
    for offset in (0, 1, -1, 60, 3600, -3600, 600):
        want = reference(catalog, KEY, offset)
        got = catalog.preview_clock(KEY, offset, items=items)
        assert list(got.rows) == want, offset
        assert got.moved_sessions == sum(1 for r in want if r.new_session_id != r.old_session_id)


def test_decks_are_matched_once_while_the_correction_is_stepped(
    catalog: Any, add_items: Any, programme: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deck is matched to the sessions by its name, which no correction changes: the
    phone's 20,000 "decks" were scored again at each step (~0.35 s of each at 1M)."""
    from smparchive.core.catalog import clock_preview

    add_items(_items(programme, random.Random(3)))
    items = catalog.clock_items(KEY)
    scored: list[Any] = []
    real = clock_preview._deck_rules

    def counted(ordered: Any) -> Any:
        rule = real(ordered)
        return lambda item: scored.append(item.name) or rule(item)

    monkeypatch.setattr(clock_preview, "_deck_rules", counted)
    first = catalog.preview_clock(KEY, 600, items=items)
    assert sorted(scored) == sorted(
        {r.name for r in first.rows if r.name.endswith(("pdf", "pptx"))}
    )
    scored.clear()
    for offset in (1200, -600, 3600):
        step = catalog.preview_clock(KEY, offset, items=items)
        assert list(step.rows) == reference(catalog, KEY, offset)
    assert scored == []  # the names' outcomes kept with the camera's items
    catalog.add_session("keynote slides", bxl(14), bxl(15), room="Auditorium")
    changed = catalog.preview_clock(KEY, 600, items=catalog.clock_items(KEY))
    assert list(changed.rows) == reference(catalog, KEY, 600)  # a new programme: matched again


def test_a_video_row_shows_its_own_poster_frame(catalog: Any, add_items: Any) -> None:
    """Two copies of one recording, a poster frame chosen on one: Camera Clocks showed
    both with the automatic frame (the rows gave the content hash as the picture)."""
    sha = "ab" * 32
    video = {"kind": "video", "duration_s": 60.0, "sha256": sha, **CAM}
    add_items([
        {**video, "name": "a.mp4", "capture_local": datetime(2022, 6, 1, 9)},
        {**video, "name": "b.mp4", "capture_local": datetime(2022, 6, 1, 10),
         "poster_time_s": 12.5},
        {"name": "photo.jpg", "capture_local": datetime(2022, 6, 1, 11), **CAM},
    ])  # fmt: skip
    rows = {r.name: r for r in catalog.preview_clock(KEY, 0).rows}
    assert rows["a.mp4"].picture_key == sha
    assert rows["b.mp4"].picture_key == picture_key(sha, 12.5) == f"{sha}@12500"
    assert rows["photo.jpg"].picture_key == catalog.items([rows["photo.jpg"].item_id])[0].sha256
