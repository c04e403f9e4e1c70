"""Camera Clocks opened again shows its camera's day without reading it again: at a million
items each opening read the cameras (~0.6 s of CPU), the camera's dates (~0.3 s) and the
250,000 items of its day (~2.3 s). What it reads is kept until anything is committed (here,
by another catalogue object on the same file: a second window, a teammate); what it shows
is what a fresh reading shows."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.conftest import recorded_statements
from tests.core.catalog.test_timeline_items import DAY, _items

from smparchive.core.catalog.catalog import open_catalog
from smparchive.gui.dialogs.clocks import load_day


def _shown(data: dict[str, Any]) -> Any:
    """What the dialog shows of a day: its choices, bands, window and lanes."""
    lanes = [
        (
            lane.key,
            lane.label,
            lane.count,
            lane.shift_s,
            list(lane.times),
            list(lane.facts),
            list(lane.counted),
            (lane.make, lane.model, lane.serial, lane.kind),
        )
        for lane in data["lanes"]
    ]
    return data["days"], data["day"], data["bands"], data["start"], data["end"], lanes


def _opening(cat: Any, key: str) -> tuple[Any, Any]:
    """What Camera Clocks reads on opening on the camera ``key`` (its table, its day)."""
    groups = cat.cameras()
    camera = next(g for g in groups if g.key == key)
    return groups, load_day(cat, None, "camera", camera=camera)


def _fresh(path: Path, key: str) -> tuple[Any, Any]:
    """The same, read by a catalogue object that holds nothing yet."""
    other = open_catalog(path)
    try:
        groups, data = _opening(other, key)
        return groups, _shown(data)
    finally:
        other.close()


def test_camera_clocks_opened_again_reads_no_item_and_shows_the_same(tmp_path: Path) -> None:
    path = tmp_path / "t.smpcat"
    cat = open_catalog(path, create=True)
    _items(cat, tmp_path)
    key = "Canon|EOS R5|"
    groups, first = _opening(cat, key)
    # the first reading's lanes are the caller's own: labelled and moved where shown
    for lane in first["lanes"]:
        lane.label, lane.shift_s = "changed", 3600
        lane.times.clear()
    with recorded_statements(cat) as seen:
        groups_again, again = _opening(cat, key)
        dates = cat.camera_dates(key, cat.event_zone())
    reads = [sql for sql, _ in seen if "FROM items" in sql]
    assert reads == []  # before: the cameras, the camera's dates and the day's items again
    assert (groups_again, _shown(again)) == _fresh(path, key)
    assert groups_again == groups
    assert dates == {DAY.date() - timedelta(days=1): 1, DAY.date(): 8, DAY.date() + timedelta(1): 1}
    canon = next(lane for lane in again["lanes"] if lane.key == key)
    assert canon.count == 8 and canon.label == "Canon EOS R5" and canon.shift_s == 0
    cat.close()


def test_a_change_committed_elsewhere_is_shown_at_the_next_opening(tmp_path: Path) -> None:
    path = tmp_path / "t.smpcat"
    cat = open_catalog(path, create=True)
    _items(cat, tmp_path)
    key = "Canon|EOS R5|"
    _, first = _opening(cat, key)
    _opening(cat, key)  # kept
    other = open_catalog(path)  # a second window, a teammate on the same file
    other.set_clock_offset(key, 2 * 3600)
    other.close()
    groups, data = _opening(cat, key)
    assert (groups, _shown(data)) == _fresh(path, key)
    assert next(g for g in groups if g.key == key).offset_s == 2 * 3600

    def moments(day: dict[str, Any]) -> list[Any]:
        return sorted(next(lane for lane in day["lanes"] if lane.key == key).moments())

    # two hours later: the lane moved (an item of the evening before now at midnight)
    assert moments(data) != moments(first) and moments(data)[0] == DAY
    cat.close()
