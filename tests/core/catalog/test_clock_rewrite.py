"""Rows rewritten each with its own values (``Journal.update_rows``, ``keyed_update``): a
clock correction, its undo and its redo set every item exactly as expected on SQLite and
PostgreSQL (where the rows go as one statement per chunk, not one per row), and the kept
counts (``facet_cells``, ``time_cells``, the cameras) stay those counted from the items."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from tests.conftest import insert_items, recorded_statements
from tests.core.catalog.test_time_cells import _check_cells

from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.keyed_update import update_each
from smparchive.core.catalog.models import MediaItem, table_of

ZONE = ZoneInfo("Asia/Kolkata")
CANON = {"camera_make": "Canon", "camera_model": "EOS R5"}
SONY = {"camera_make": "Sony", "camera_model": "A7", "camera_serial": "9"}
OFFSET = 7 * 3600 + 31  # moves some items onto another day, some onto none


def _rows(cat: Any) -> list[tuple[Any, ...]]:
    """Every item row as the database holds it."""
    with cat.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM items ORDER BY id"))]


def _specs(days: dict[date, int]) -> list[dict[str, Any]]:
    """Items of three cameras: device times with and without an offset, UTC-only times,
    undated items, a sidecar's time (not the camera's clock), videos, eight at one time."""
    base = datetime(2022, 6, 1, 12, 0, tzinfo=UTC)
    specs: list[dict[str, Any]] = []
    for n in range(72):
        utc: datetime | None = base + timedelta(hours=n * 0.7, seconds=n, microseconds=n * 7)
        if 40 <= n < 48:
            utc = datetime(2022, 6, 2, 20, 15, 30, 250, tzinfo=UTC)  # same new values
        spec: dict[str, Any] = {
            **(CANON, SONY, CANON, {})[n % 4],
            "name": f"C_{n:03d}.JPG",
            "kind": ("photo", "video", "photo", "audio")[n % 3],
            "duration_s": (None, 12.5, 400.0)[n % 3] if n % 3 else None,
            "capture_source": "exif",
        }
        if n % 5 == 1:  # known by its UTC moment alone
            spec["capture_source"] = "container-utc"
        elif n % 5 == 2:  # a device time with its offset
            spec |= {"capture_local": (utc + timedelta(hours=2)).replace(tzinfo=None)}
            spec |= {"capture_offset_min": 120, "capture_source": "exif+offset"}
        elif n % 5 == 3 and utc is not None:  # a device time without offset: the zone's
            spec["capture_local"] = utc.astimezone(ZONE).replace(tzinfo=None)
        if n % 11 == 4:
            utc = None
            spec |= {"capture_local": None, "capture_offset_min": None, "capture_source": None}
        if n % 13 == 6:
            spec["capture_source"] = "xmp-sidecar"
        spec["capture_utc"] = utc
        spec["day_id"] = days.get(utc.astimezone(ZONE).date()) if utc is not None else None
        specs.append(spec)
    return specs


def _check_counts(cat: Any) -> None:
    """The kept counts equal counting the items."""
    _check_cells(cat)
    for f in (ItemFilter(), ItemFilter(kinds=("photo",))):
        assert cat.facets(f) == cat._count_facets(f), f
    records = cat.items(cat.query_ids())
    for g in cat.cameras():
        mine = [r for r in records if g.key == _key(r)]
        times = [r.capture_utc for r in mine if r.capture_utc is not None]
        assert g.count == len(mine), g.key
        assert (g.first, g.last) == ((min(times), max(times)) if times else (None, None))


def _key(r: Any) -> str:
    from smparchive.core.domain import time as t

    return t.camera_key(r.camera_make, r.camera_model, r.camera_serial)


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_clock_correction_its_undo_and_redo_set_every_row(
    engine_catalog: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    cat.create_event("Summit", time_zone="Asia/Kolkata")
    days = {d: cat.add_day(d).value for d in (date(2022, 6, 1), date(2022, 6, 2))}
    ids = insert_items(cat, tmp_path / "m", _specs(days))
    old = {r.id: r for r in cat.items(ids)}
    before = _rows(cat)
    _check_counts(cat)

    with recorded_statements(cat) as seen:
        done = cat.set_clock_offset("Canon|EOS R5|", OFFSET)
    after = _rows(cat)
    new = {r.id: r for r in cat.items(ids)}
    # each item as the correction says, read back through the catalogue
    moved = 0
    for iid in ids:
        o, n = old[iid], new[iid]
        if _key(o) != "Canon|EOS R5|":
            assert (n.capture_utc, n.clock_shift_s, n.day_id) == (o.capture_utc, 0, o.day_id)
            continue
        shifted = o.capture_source != "xmp-sidecar"
        want = o.capture_utc + timedelta(seconds=OFFSET) if o.capture_utc and shifted else None
        assert n.capture_utc == (want or o.capture_utc), iid
        assert n.clock_shift_s == (OFFSET if shifted else 0), iid
        on = n.capture_utc.astimezone(ZONE).date() if n.capture_utc else None
        assert n.day_id == days.get(on) if on else n.day_id == o.day_id, iid
        moved += n.capture_utc != o.capture_utc
    assert moved >= 15 and done.value >= moved
    assert any(n.day_id != old[i].day_id for i, n in new.items())  # a third column
    if cat.engine.dialect.name == "postgresql":  # one statement per chunk, not per row
        many = [p for sql, p in seen if sql.startswith("UPDATE items") and isinstance(p, list)]
        assert not any(len(p) > 1 for p in many)
    _check_counts(cat)

    undone = cat.undo(done.undo)
    assert _rows(cat) == before
    _check_counts(cat)
    assert undone.undo is not None
    cat.undo(undone.undo)  # the redo
    assert _rows(cat) == after
    _check_counts(cat)


@pytest.mark.parametrize("engine_location", ["sqlite", "postgresql"], indirect=True)
def test_each_row_gets_its_own_values_of_every_type(engine_catalog: Any, tmp_path: Path) -> None:
    """Aware times in any zone (stored as UTC), naive device times, vocabulary codes,
    floats given as integers, text with quotes, booleans and NULLs land as given."""
    cat = engine_catalog
    ids = insert_items(cat, tmp_path / "m", [{"name": f"T_{n}.JPG"} for n in range(5)])
    cols = ["capture_utc", "capture_local", "assignment", "duration_s"]
    cols += ["status_reason", "has_embedded_thumb"]
    paris = ZoneInfo("Europe/Paris")
    values = [
        [datetime(2021, 3, 28, 2, 30, 0, 1, tzinfo=UTC), datetime(2021, 3, 28, 4, 30, 0, 1)],
        [datetime(2022, 7, 1, 9, 0, 0, 999_999, tzinfo=paris), None],
        [None, datetime(1969, 12, 31, 23, 59, 59, 500_000)],
        [datetime(2030, 1, 1, tzinfo=ZONE), datetime(2030, 1, 1)],
        [None, None],
    ]
    extra = [
        ["manual", 3, "it's 'quoted'", True],
        [None, 12.25, None, False],
        ["auto", None, "", True],
        [None, -0.5, "ünïcode", False],
        ["manual", 0.0, None, None],
    ]
    rows = [[i, *v, *e] for i, v, e in zip(ids, values, extra, strict=True)]
    rows[4][-1] = False  # has_embedded_thumb is NOT NULL
    with cat._sessions() as s, s.begin():
        update_each(s.connection(), table_of(MediaItem), "id", cols, rows)
    with cat._sessions() as s:
        got = {
            r[0]: list(r[1:])
            for r in s.execute(
                select(MediaItem.id, *(getattr(MediaItem, c) for c in cols)).order_by(MediaItem.id)
            )
        }
    for r in rows:
        assert got[r[0]] == r[1:], r[0]
        assert got[r[0]][0] is None or got[r[0]][0].utcoffset() == timedelta(0)
