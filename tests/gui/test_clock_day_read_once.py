"""Camera Clocks reads its camera's day once: on opening it asked for the same day twice
(the camera chosen in its table, then chosen again), and at a million items the two
readings of a 250,000-item day shared the two cores: the lanes came after ~3.5 s, not ~1.
A day asked for while another is being read replaces it (the one before is stopped, its
lanes never shown)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def _counting(catalog: Any, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Every timeline read of ``catalog``, by the camera whose lane moves."""
    real = catalog.timeline_lanes
    asked: list[str | None] = []

    def timeline_lanes(*args: Any, **kw: Any) -> Any:
        asked.append(kw.get("one_by_one"))
        return real(*args, **kw)

    monkeypatch.setattr(catalog, "timeline_lanes", timeline_lanes)
    return asked


def test_opening_camera_clocks_reads_the_cameras_day_once(
    threaded_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui.dialogs.clocks import ClockDialog

    w = threaded_window
    asked = _counting(w.catalog, monkeypatch)
    shown: list[Any] = []
    dlg = ClockDialog(w.deps, w.catalog.query_ids()[:1])
    qtbot.addWidget(dlg)
    day_loaded = dlg.day_view.on_loaded
    dlg.day_view.on_loaded = lambda: (shown.append(dlg.camera().key), day_loaded())
    dlg.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert w.runner.wait_idle(20000)
    qtbot.wait(50)  # a second reading's lanes would have arrived by now
    key = dlg.camera().key
    assert asked == [key]  # one reading of the day, with the chosen camera's lane
    assert shown == [key]  # its lanes shown once
    assert any(lane.key == key for lane in dlg.day_view.timeline.lanes)
    dlg.close()


def test_a_camera_chosen_while_the_day_before_is_read_replaces_it(
    threaded_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    w = threaded_window
    nikon = {"camera_make": "Nikon", "camera_model": "Z 6", "camera_serial": "3001"}
    specs = [{**nikon, "name": f"NK_{n}.JPG"} for n in range(3)]
    insert_items(w.catalog, tmp_path / "nikon", specs)
    dlg = ClockDialog(w.deps)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: len(dlg.cameras.rows) >= 2, timeout=20000)
    first, second = dlg.cameras.rows[0].key, dlg.cameras.rows[1].key
    qtbot.waitUntil(lambda: dlg.day_view.timeline.highlight == first, timeout=20000)
    assert w.runner.wait_idle(20000)
    qtbot.wait(50)
    real = w.catalog.timeline_lanes
    held, release = threading.Event(), threading.Event()

    def timeline_lanes(*args: Any, **kw: Any) -> Any:
        if kw.get("one_by_one") == first:  # the first camera's day is still being read...
            held.set()
            release.wait(10)
        return real(*args, **kw)

    monkeypatch.setattr(w.catalog, "timeline_lanes", timeline_lanes)
    shown: list[str] = []
    day_loaded = dlg.day_view.on_loaded
    dlg.day_view.on_loaded = lambda: (shown.append(dlg.day_view.timeline.highlight), day_loaded())
    dlg.camera_view.selectRow(1)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == [second]
    dlg.camera_view.selectRow(0)
    assert held.wait(10)
    dlg.camera_view.selectRow(1)  # ...when the second is chosen again
    release.set()
    assert w.runner.wait_idle(20000)
    qtbot.wait(50)
    assert shown == [second, second]  # the first camera's lanes never replaced them
    assert dlg.day_view.timeline.highlight == second
    dlg.close()


def test_the_cameras_items_are_previewed_after_its_days_lanes(
    threaded_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both at once shared the cores: the lanes came ~1 s later at a million items."""
    from smparchive.gui.dialogs.clocks import ClockDialog

    w = threaded_window
    cat = w.catalog
    lanes, preview = cat.timeline_lanes, cat.preview_clock
    order: list[str] = []
    previewing = threading.Event()

    def timeline_lanes(*args: Any, **kw: Any) -> Any:
        previewing.wait(1.5)  # a slow day: the preview would start meanwhile
        order.append("lanes")
        return lanes(*args, **kw)

    def preview_clock(*args: Any, **kw: Any) -> Any:
        order.append("preview")
        previewing.set()
        return preview(*args, **kw)

    monkeypatch.setattr(cat, "timeline_lanes", timeline_lanes)
    monkeypatch.setattr(cat, "preview_clock", preview_clock)
    dlg = ClockDialog(w.deps, cat.query_ids()[:1])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: bool(dlg.shift_model.rows), timeout=20000)
    assert order == ["lanes", "preview"]
    assert dlg.day_view.timeline.highlight == dlg.camera().key
    dlg.hours.setValue(1)  # a correction typed: previewed at once
    qtbot.waitUntil(lambda: order.count("preview") == 2, timeout=20000)
    assert order == ["lanes", "preview", "preview"]
    dlg.close()


def test_the_items_cameras_day_is_read_while_the_cameras_are(
    threaded_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened on some items, Camera Clocks read its cameras, then their camera's day: at a
    million items the cameras' ~0.15 s came before the day's ~0.9 s. The day is read
    meanwhile, once, and shown with that camera chosen."""
    from smparchive.gui.dialogs.clocks import ClockDialog

    w = threaded_window
    cat = w.catalog
    cameras, lanes = cat.cameras, cat.timeline_lanes
    day_started = threading.Event()
    together: list[bool] = []
    asked: list[str | None] = []

    def counted_cameras(*args: Any, **kw: Any) -> Any:
        together.append(day_started.wait(5))  # the day is being read meanwhile
        return cameras(*args, **kw)

    def timeline_lanes(*args: Any, **kw: Any) -> Any:
        asked.append(kw.get("one_by_one"))
        day_started.set()
        return lanes(*args, **kw)

    monkeypatch.setattr(cat, "cameras", counted_cameras)
    monkeypatch.setattr(cat, "timeline_lanes", timeline_lanes)
    shown: list[Any] = []
    dlg = ClockDialog(w.deps, cat.query_ids()[:1])
    qtbot.addWidget(dlg)
    day_loaded = dlg.day_view.on_loaded
    dlg.day_view.on_loaded = lambda: (shown.append(dlg.camera().key), day_loaded())
    dlg.show()
    qtbot.waitUntil(lambda: bool(shown) and bool(dlg.shift_model.rows), timeout=20000)
    assert w.runner.wait_idle(20000)
    qtbot.wait(50)
    key = dlg.camera().key
    assert together and all(together)
    assert asked == [key] and shown == [key]  # read once, shown once, with its lane
    assert dlg.day_view.timeline.highlight == key
    assert any(lane.key == key for lane in dlg.day_view.timeline.lanes)
    dlg.close()
