"""A day's timeline at scale (Camera Clocks and the Timeline window): CPU, before/after.

    python benchmarks/bench_timeline.py CATALOGUE --src OTHER_SRC [--rounds 3]

Each round runs, in a fresh process per tree (this one's ``src`` and ``--src``, in
alternating order), on CATALOGUE (only read), ``load_day`` of the busiest session's day
(as ``scale_queries.py --sweep`` does):

- as the Timeline window reads it (one lane per camera, no camera chosen);
- one lane per kind;
- as Camera Clocks reads it with the camera holding most of that day's items chosen (its
  lane is the one a correction moves);

and, for the Timeline window's lanes, what drawing them asks once loaded: every lane's
left-out count and bars (``TimelineWidget`` asks them on each paint).

Then what the user waits for in the app (``*_wall`` and ``*_cpu``: the process's CPU, every
thread), the main window built over CATALOGUE (offscreen, the app's threaded runner) and
idle first, on a catalogue object of its own that has read nothing yet:

- ``open_clocks``: Camera Clocks opened on the camera with most of the busiest day (one of
  its items chosen in the grid, as "Camera Clocks..." on a selection), until that day's
  lanes are loaded and painted (its preview of the current correction starts meanwhile, as
  in the app, on the same pool);
- ``first_preview``: from the opening until that first preview's rows are in its table;
- ``open_again``: Camera Clocks closed and opened again the same way, nothing committed
  meanwhile, until the lanes are painted (what it read the first time is kept per data
  version);
- ``typed``: +1 h typed into the correction, until the preview's counts show (the 250 ms
  the dialog waits for the next keystroke included; ``typed_work``: from the preview's
  start);
- ``assign``: the Assign dialog opened on the day's items in no session, until its table
  fills.

The median of the rounds per figure and tree is printed, with the load average at each
run's start. Figures only: nothing is asserted.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import interleaved  # beside this script


def _cpu(fn: Any) -> tuple[float, Any]:
    start = time.process_time()
    out = fn()
    return (time.process_time() - start) * 1000, out


def _paint_asks(data: dict[str, Any]) -> None:
    """What one paint of the lanes computes (either tree's ``Lane``)."""
    from smparchive.core.domain import assign

    slots = [assign.Slot(0, b.title, b.room, b.start, b.end) for b in data["bands"]]
    for lane in data["lanes"]:
        if hasattr(lane, "bins"):
            lane.outside_count(slots)
            lane.bins(data["start"], data["end"], slots)
        else:  # before: one left_outside per item (``TimelineWidget._outside``), a bin each
            bins: dict[int, int] = {}
            for f in lane.facts:
                assign.left_outside(f, slots)
                b = int((f.capture_utc - data["start"]).total_seconds() // 300)
                bins[b] = bins.get(b, 0) + 1


def _process_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)  # every thread of the process
    return (r.ru_utime + r.ru_stime) * 1000


def _until(app: Any, done: Any, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("condition not reached")
        time.sleep(0.0005)


def _dialogs(cat: Any, day: Any, camera: Any, out: dict[str, float]) -> None:
    """What the user waits for in Camera Clocks and the Assign dialog (wall and CPU ms)."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.gui.dialogs.assignment import AssignmentDialog
    from smparchive.gui.dialogs.clocks import ClockDialog
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="bench-timeline-")
    settings = Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
    w = MainWindow(cat, TaskRunner(), settings)
    w.resize(1366, 768)
    w.show()
    _until(app, lambda: "all" in w.sidebar_model.by_key)
    _until(app, lambda: w.runner.wait_idle(10) and not w.runner._handles)
    one = cat.query_ids(ItemFilter(day_ids=(day.id,)))
    step = max(1, len(one) // 2000)
    mine = next(i for i in one[::step] if cat.camera_of_items([i]) == camera.key)
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name + "_wall", time.perf_counter())
        marks.setdefault(name + "_cpu", _process_cpu())

    def since(name: str, start: str) -> None:
        out[name + "_wall"] = (marks[name + "_wall"] - marks[start + "_wall"]) * 1000
        out[name + "_cpu"] = marks[name + "_cpu"] - marks[start + "_cpu"]

    mark("start")
    dlg = ClockDialog(w.deps, [mine])
    dlg.show()
    loaded = dlg.day_view.on_loaded

    def lanes_in() -> None:
        loaded()
        dlg.day_view.timeline.repaint()  # painted, synchronously
        mark("open_clocks")

    dlg.day_view.on_loaded = lanes_in
    shown = dlg._previewed

    def previewed(key: str, offset: int, pv: Any) -> None:
        shown(key, offset, pv)
        dlg.shift_view.viewport().repaint()
        mark("first_preview" if offset == camera.offset_s else "typed")

    dlg._previewed = previewed  # type: ignore[method-assign]
    dlg._preview_timer.timeout.connect(lambda: marks.get("typing_wall") and mark("typed_work0"))
    _until(app, lambda: "open_clocks_wall" in marks and "first_preview_wall" in marks)
    since("open_clocks", "start")
    since("first_preview", "start")
    out["shown_rows"] = len(dlg.shift_model.rows)
    mark("typing")
    dlg.hours.setValue(dlg.hours.value() + 1)
    _until(app, lambda: "typed_wall" in marks)
    since("typed", "typing")
    out["typed_work_wall"] = (marks["typed_wall"] - marks["typed_work0_wall"]) * 1000
    out["typed_work_cpu"] = marks["typed_cpu"] - marks["typed_work0_cpu"]
    dlg.close()
    _until(app, lambda: w.runner.wait_idle(10) and not w.runner._handles)
    # opened again, nothing committed meanwhile (an archivist back on the same camera)
    start = (time.perf_counter(), _process_cpu())
    again = ClockDialog(w.deps, [mine])
    again.show()
    painted: list[tuple[float, float]] = []
    loaded_again = again.day_view.on_loaded

    def lanes_again() -> None:
        loaded_again()
        again.day_view.timeline.repaint()
        painted.append((time.perf_counter(), _process_cpu()))

    again.day_view.on_loaded = lanes_again
    _until(app, lambda: bool(painted))
    out["open_again_wall"] = (painted[0][0] - start[0]) * 1000
    out["open_again_cpu"] = painted[0][1] - start[1]
    _until(app, lambda: w.runner.wait_idle(10) and not w.runner._handles)  # its preview
    again.close()
    ids = cat.query_ids(ItemFilter(unassigned=True, day_ids=(day.id,)))
    mark("assign0")
    adlg = AssignmentDialog(w.deps, ids)
    adlg.show()
    _until(app, lambda: bool(adlg.proposals))
    adlg.view.viewport().repaint()
    mark("assign")
    since("assign", "assign0")
    out["assign_rows"] = len(adlg.proposals)
    adlg.close()
    w.runner.shutdown()


def measure(path: str) -> dict[str, float]:
    """One run's figures (CPU ms; the dialogs' wall and CPU ms), in this process's tree."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.gui.dialogs.clocks import load_day

    cat = open_catalog(Path(path))
    out: dict[str, float] = {"load": os.getloadavg()[0]}
    busiest = max(cat.sessions(), key=lambda r: r.item_count)
    day = next(d for d in cat.days() if d.id == busiest.day_id)
    out["items"] = len(cat.query_ids(ItemFilter(day_ids=(day.id,))))
    ms, data = _cpu(lambda: load_day(cat, day.id))
    out["timeline_ms"] = ms
    out["paint_ms"] = _cpu(lambda: _paint_asks(data))[0]
    data = {}
    out["by_kind_ms"] = _cpu(lambda: load_day(cat, day.id, "kind"))[0]
    zone = cat.event_zone()
    cams = [g for g in cat.cameras() if g.make or g.model]
    camera = max(cams, key=lambda g: cat.camera_dates(g.key, zone).get(day.date, 0))
    out["camera_items"] = cat.camera_dates(camera.key, zone).get(day.date, 0)
    # read by a catalogue object that has read nothing yet (the camera's dates above kept)
    fresh = open_catalog(Path(path))
    out["clocks_ms"] = _cpu(lambda: load_day(fresh, day.id, camera=camera, on_date=day.date))[0]
    fresh.close()
    # the dialogs on a catalogue that has read nothing yet (as in an app just started):
    # the reads above would otherwise stand for the dialog's own (kept per data version)
    cat.close()
    _dialogs(open_catalog(Path(path)), day, camera, out)
    return out


def main() -> None:
    interleaved.main(__file__, __doc__ or "", measure, env={"QT_QPA_PLATFORM": "offscreen"})


if __name__ == "__main__":
    main()
