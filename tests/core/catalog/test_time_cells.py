"""Items counted per minute and camera, kept by the edits themselves (``time_cells``,
migration 0038; issue 19, Camera Clocks' first opening at a million items).

The kept counts equal the items counted directly after any insert, update and delete, on
SQLite and PostgreSQL (random edits of every column they depend on); a day's lanes read
from them are those read row by row (every lane, count, left-out count, bar, item held one
by one and the day's window, on the edge cases of ``test_timeline_counts``, with and without
a moving lane, by camera and by kind); a camera's dates and the cameras' counts and first
and last times are those counted from the items; an old catalogue's counts after the
upgrade are the direct count."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from tests.conftest import recorded_statements
from tests.gui.test_timeline_counts import DATE, _day

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.day_lanes import day_lanes, kept_day_lanes
from smparchive.core.domain import assign
from smparchive.core.domain.timeline import near_windows
from smparchive.gui.dialogs.clocks import _lane_label, _window

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"

# The cells as the items say they are (0038's classes, written out again here).
_DIRECT = """
SELECT {bucket} AS b, coalesce(camera_id, 0) AS c, kind AS k,
  CASE WHEN duration_s > 300 OR duration_s < 0 THEN 1
       WHEN kind IN (3, 4) OR assignment = 1 THEN 2
       WHEN capture_source = 9 THEN 3
       WHEN kind IN (1, 2) AND duration_s > 0 THEN 4 ELSE 0 END AS cls,
  count(*) AS n
FROM items WHERE capture_utc IS NOT NULL GROUP BY 1, 2, 3, 4
"""
_SQLITE_BUCKET = (
    "(CASE WHEN capture_utc >= 0 THEN capture_utc / 60000000 "
    "ELSE (capture_utc - 59999999) / 60000000 END)"
)
_PG_BUCKET = "CAST(floor(extract(epoch FROM capture_utc) / 60) AS BIGINT)"


def _cells(cat: Any) -> tuple[dict[Any, int], dict[Any, int]]:
    """(kept, direct): n per (minute, camera, kind, class), zeros left out."""
    sqlite = cat.engine.dialect.name == "sqlite"
    direct_sql = _DIRECT.format(bucket=_SQLITE_BUCKET if sqlite else _PG_BUCKET)
    with cat.engine.connect() as conn:
        kept = {
            (int(b), int(c), int(k), int(cls)): int(n)
            for b, c, k, cls, n in conn.execute(
                text(
                    "SELECT bucket, camera_id, kind, cls, sum(n) FROM time_cells "
                    "GROUP BY bucket, camera_id, kind, cls HAVING sum(n) <> 0"
                )
            )
        }
        direct = {
            (int(b), int(c), int(k), int(cls)): int(n)
            for b, c, k, cls, n in conn.execute(text(direct_sql))
        }
    return kept, direct


def _check_cells(cat: Any) -> None:
    kept, direct = _cells(cat)
    assert kept == direct


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_kept_cells_follow_random_edits(engine_catalog: Any, tmp_path: Path) -> None:
    from tests.conftest import insert_items

    cat = engine_catalog
    rng = random.Random(38)
    base = datetime(2022, 6, 1, 23, 58, tzinfo=UTC)
    cams = [
        {"camera_make": "Canon", "camera_model": "EOS R5"},
        {"camera_make": "Sony", "camera_model": "A7", "camera_serial": "1"},
        {"camera_make": None, "camera_model": None},
    ]

    def spec(n: int) -> dict[str, Any]:
        return {
            **rng.choice(cams),
            "name": f"F_{n:05d}.JPG",
            "kind": rng.choice(["photo", "video", "audio", "slides", "document", "other"]),
            "capture_utc": rng.choice(
                [
                    None,
                    base + timedelta(seconds=rng.randrange(-90, 400) * 7.5),
                    datetime(1969, 12, 31, 23, 59, 30, tzinfo=UTC),  # before 1970
                ]
            ),
            "duration_s": rng.choice([None, 0.0, 12.5, 300.0, 300.5, 7200.0, -1.0]),
            "assignment": rng.choice([None, "auto", "manual"]),
            "capture_source": rng.choice([None, "exif", "mtime", "container-utc"]),
        }

    ids = insert_items(cat, tmp_path / "m", [spec(n) for n in range(120)])
    _check_cells(cat)
    sets = {
        "capture_utc": lambda: rng.choice(
            [None, base + timedelta(seconds=rng.randrange(-90, 400) * 7.5)]
        ),
        "kind": lambda: rng.choice([0, 1, 2, 3, 4, 5]),
        "duration_s": lambda: rng.choice([None, 0.0, 60.0, 300.0, 301.0, -2.0]),
        "assignment": lambda: rng.choice([None, 0, 1]),
        "capture_source": lambda: rng.choice([None, 0, 5, 9]),
        "rating": lambda: rng.randrange(0, 6),  # a column the cells do not hold
    }
    camera_ids = [None]
    with cat.engine.connect() as conn:
        camera_ids += [int(i) for (i,) in conn.execute(text("SELECT id FROM cameras"))]
    sets["camera_id"] = lambda: rng.choice(camera_ids)
    for _round in range(12):
        with cat.engine.begin() as conn:
            for _ in range(rng.randrange(1, 15)):  # row by row and in bulk
                column = rng.choice(sorted(sets))
                chosen = rng.sample(ids, rng.randrange(1, 20))
                for iid in chosen if rng.random() < 0.5 else chosen[:1]:
                    conn.execute(
                        text(f"UPDATE items SET {column} = :v WHERE id = :i"),
                        {"v": sets[column](), "i": iid},
                    )
                conn.execute(
                    text("UPDATE items SET capture_utc = capture_utc WHERE id = :i"),
                    {"i": chosen[0]},
                )
        if _round % 3 == 2:
            gone = rng.sample(ids, 5)
            with cat.engine.begin() as conn:
                for iid in gone:
                    conn.execute(text("DELETE FROM item_tags WHERE item_id = :i"), {"i": iid})
                    conn.execute(text("DELETE FROM items WHERE id = :i"), {"i": iid})
            ids = [i for i in ids if i not in gone]
            ids += insert_items(
                cat, tmp_path / "m", [spec(1000 * (_round + 1) + n) for n in range(5)]
            )
        _check_cells(cat)
    # a clock correction through the catalogue, and its undo
    done = cat.set_clock_offset("Canon|EOS R5|", 3600 + 17)
    _check_cells(cat)
    cat.undo(done.undo)
    _check_cells(cat)


def _lanes_seen(lanes: list[Any], slots: list[Any], start: datetime, end: datetime) -> Any:
    """What a view reads of the lanes (at shifts of a moving lane); the counted groups
    without their first and last (a kept minute's are its bounds), the window apart."""
    out = {}
    for lane in lanes:
        counted = sorted(
            (c.moment, c.count, str(c.outside), c.exact, c.length) for c in lane.counted
        )
        drawn = []
        for shift in (0, 59, -61, 3600) if all(c.exact for c in lane.counted) else (0,):
            lane.shift_s = shift
            drawn.append((lane.outside_count(slots), lane.bins(start, end, slots)))
        lane.shift_s = 0
        label = _lane_label(lane.make, lane.model, lane.serial, lane.kind or "")
        out[lane.key] = (label, lane.count, counted, lane.times, lane.facts, drawn, lane.spans())
    return out


def _window_of(lanes: list[Any], lo: datetime, hi: datetime) -> Any:
    moments = [t for lane in lanes for t in lane.moments()]
    moments += [end for lane in lanes for _, end in lane.spans()]
    return _window(moments or [lo + timedelta(hours=9)], lo, hi)


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_lanes_from_kept_counts_are_those_read_row_by_row(
    engine_catalog: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    _day(cat, tmp_path)
    # more of the day: a second day's worth of edits (rated, moved, a correction)
    ids = cat.query_ids()
    cat.set_fields(ids[:7], rating=4)
    cat.set_clock_offset("Sony|ILCE-7M4|123", -125)
    dialect = cat.engine.dialect.name
    for day in (DATE, DATE + timedelta(days=1), DATE - timedelta(days=1)):
        lo, hi = day.astimezone(UTC), (day + timedelta(days=1)).astimezone(UTC)
        slots = [
            assign.Slot(0, s.title, s.room, s.start, s.end)
            for s in cat.sessions()
            if s.start < hi and s.end > lo
        ]
        for near in (near_windows(slots), []):
            for by, mine in (
                ("camera", None),
                ("camera", "Canon|EOS R5|"),
                ("camera", "Sony|ILCE-7M4|123"),
                ("camera", "|Phone|"),
                ("kind", None),
            ):
                with cat._read() as s:
                    rows = day_lanes(s, dialect, lo, hi, by, near, mine)
                    got = kept_day_lanes(s, dialect, lo, hi, by, near, mine)
                assert got is not None
                kept = got[0]
                assert _lanes_seen(kept, slots, lo, hi) == _lanes_seen(rows, slots, lo, hi)
                assert _window_of(kept, lo, hi) == _window_of(rows, lo, hi)
                for lane in kept:  # a kept minute's bounds hold its items' first and last
                    for c in lane.counted:
                        assert c.moment <= c.first <= c.last < c.moment + timedelta(minutes=1)
    # through the catalogue: no statement reads every item of the day
    lo, hi = DATE.astimezone(UTC), (DATE + timedelta(days=1)).astimezone(UTC)
    with recorded_statements(cat) as seen:
        cat.timeline_lanes(lo, hi, "camera", near=near_windows(slots))
    assert any("time_cells" in sql for sql, _ in seen)


def _items_by_camera(cat: Any) -> dict[str, list[datetime | None]]:
    """Every item's capture time by its camera's key, read from the items."""
    from smparchive.core.domain import time as t

    out: dict[str, list[datetime | None]] = {}
    for r in cat.items(cat.query_ids()):
        key = t.camera_key(r.camera_make, r.camera_model, r.camera_serial)
        out.setdefault(key, []).append(r.capture_utc)
    return out


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_cameras_and_their_dates_from_kept_counts(engine_catalog: Any, tmp_path: Path) -> None:
    cat = engine_catalog
    _day(cat, tmp_path)
    cat.set_clock_offset("Canon|EOS R5|", 7 * 3600 + 31)
    for _edit in range(2):
        by_camera = _items_by_camera(cat)
        groups = cat.cameras()
        assert {g.key for g in groups} == set(by_camera)
        assert "Canon|EOS R5|" in by_camera
        for g in groups:
            times = [m for m in by_camera[g.key] if m is not None]
            assert g.count == len(by_camera[g.key])
            assert (g.first, g.last) == ((min(times), max(times)) if times else (None, None))
            for tz in (DATE.tzinfo, UTC, ZoneInfo("America/St_Johns"), ZoneInfo("Europe/Paris")):
                dates: dict[Any, int] = {}
                for m in times:
                    d = m.astimezone(tz).date()
                    dates[d] = dates.get(d, 0) + 1
                assert cat._read_camera_dates(g.key, tz) == dates, (g.key, tz)
        # an edit: the earliest item of a camera deleted, another moved a day on
        first = min(m for m in by_camera["Canon|EOS R5|"] if m is not None)
        with cat.engine.begin() as conn:
            conn.execute(
                text("UPDATE items SET capture_utc = NULL WHERE capture_utc = :m"),
                {"m": first if cat.engine.dialect.name != "sqlite" else _us(first)},
            )
        cat.set_clock_offset("Sony|ILCE-7M4|123", 86400 - 1)


def _us(m: datetime) -> int:
    return (m - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


def test_upgrade_counts_what_is_there(tmp_path: Path) -> None:
    """The 0037 fixture with items of several minutes, kinds and classes: counted by the
    upgrade as the triggers count them after."""
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0037.smpcat", work)
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET kind = 1, duration_s = 42.0 WHERE id = 2")
    conn.execute("UPDATE items SET capture_utc = NULL WHERE id = 3")
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        kept, direct = _cells(cat)
        assert kept == direct and sum(kept.values()) == cat.info().items - 1
        ids = cat.query_ids()
        cat.set_fields(ids[:1], rating=5)
        with cat.engine.begin() as c:
            c.execute(text("UPDATE items SET capture_utc = capture_utc + 60000000"))
        _check_cells(cat)
    finally:
        cat.close()


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_lanes_from_kept_counts_with_random_clips_near_sessions(
    engine_catalog: Any, tmp_path: Path
) -> None:
    """Clips of random lengths at random moments around the sessions' edges (a recording's
    minute counted from the kept cells when its span meets a window, or none, whatever
    the clip; read row by row otherwise): the lanes are those read row by row."""
    from tests.conftest import insert_items

    cat = engine_catalog
    rng = random.Random(380)
    day = datetime(2022, 6, 2, tzinfo=UTC)
    cat.create_event("Random", time_zone="UTC")
    edges = []
    for n in range(4):
        start = day + timedelta(hours=8 + 2 * n, seconds=rng.randrange(0, 3600))
        end = start + timedelta(seconds=rng.randrange(60, 3000))
        cat.add_session(f"S{n}", start, end, room="A")
        edges += [start - assign.DEFAULT_TOLERANCE, end + assign.DEFAULT_TOLERANCE]
    specs = []
    for n in range(400):
        near = rng.choice(edges) + timedelta(seconds=rng.uniform(-420, 420))
        specs.append(
            {
                "camera_make": rng.choice(["Canon", "Sony", None]),
                "camera_model": rng.choice(["A", "B"]),
                "name": f"C_{n:04d}.MP4",
                "kind": rng.choice(["video", "audio", "photo"]),
                "capture_utc": near,
                "duration_s": rng.choice([None, 0.001, 1.0, 59.5, 120.0, 300.0, 301.0])
                if rng.random() < 0.5
                else round(rng.uniform(0, 310), 3),
                "capture_source": rng.choice(["exif", "container-utc", "mtime"]),
                "assignment": rng.choice([None, None, "manual"]),
            }
        )
    insert_items(cat, tmp_path / "m", specs)
    lo, hi = day, day + timedelta(days=1)
    slots = [assign.Slot(0, s.title, s.room, s.start, s.end) for s in cat.sessions()]
    near_ = near_windows(slots)
    dialect = cat.engine.dialect.name
    for by, mine in (("camera", None), ("camera", "Canon|A|"), ("kind", None)):
        with cat._read() as s:
            rows = day_lanes(s, dialect, lo, hi, by, near_, mine)
            got = kept_day_lanes(s, dialect, lo, hi, by, near_, mine)
        assert got is not None
        assert _lanes_seen(got[0], slots, lo, hi) == _lanes_seen(rows, slots, lo, hi)
        assert _window_of(got[0], lo, hi) == _window_of(rows, lo, hi)
