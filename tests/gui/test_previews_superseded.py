"""Stepping a camera's correction stops the preview of the step before: at 200,000 items of
a camera each preview took seconds of CPU, and five steps queued all five (their results
were only dropped when they came). The preview shown is the last correction's."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from smparchive.core.progress import Cancelled, ProgressEvent

N = 6000  # items of the camera: six batches between two looks at the cancel token
CAMERA = {"camera_make": "Nikon", "camera_model": "Z 6", "camera_serial": "3001"}


@pytest.fixture
def nikon_dialog(threaded_window: Any, tmp_path: Any, qtbot: Any) -> Any:
    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog

    base = datetime(2022, 6, 2, 7, 0, tzinfo=UTC)
    specs = [
        {**CAMERA, "name": f"NK_{n:05d}.JPG", "capture_utc": base + timedelta(seconds=3 * n)}
        for n in range(N)
    ]
    insert_items(threaded_window.catalog, tmp_path / "media", specs)
    dlg = ClockDialog(threaded_window.deps)
    qtbot.waitUntil(lambda: bool(dlg.cameras.rows), timeout=10000)
    row = next(n for n, g in enumerate(dlg.cameras.rows) if g.model == "Z 6")
    dlg.camera_view.selectRow(row)
    # the preview of its correction as it is (none) comes first
    qtbot.waitUntil(lambda: len(dlg.shift_model.rows) == N, timeout=20000)
    yield dlg
    dlg.close()


def test_a_new_correction_stops_the_preview_of_the_one_before(
    nikon_dialog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = nikon_dialog
    catalog = dlg.w.catalog
    real = catalog.preview_clock
    runs: list[dict[str, Any]] = []
    held, release = threading.Event(), threading.Event()

    def preview(key: str, offset: int, **kw: Any) -> Any:
        run: dict[str, Any] = {"offset": offset, "done": 0, "end": "running"}
        runs.append(run)
        progress = kw.get("progress")

        def report(event: ProgressEvent) -> None:
            run["done"] = max(run["done"], event.done)
            if progress is not None:
                progress(event)
            if len(runs) == 1 and not held.is_set():  # the first preview waits, mid-way,
                held.set()  # until the correction has changed again
                release.wait(20)

        if "cancel" not in kw:  # a preview that cannot be stopped runs to its end
            run["end"] = "finished"
            return real(key, offset)
        try:
            out = real(key, offset, **{**kw, "progress": report})
        except Cancelled:
            run["end"] = "cancelled"
            raise
        run["end"] = "finished"
        return out

    monkeypatch.setattr(catalog, "preview_clock", preview)
    dlg.set_offset(3600)
    qtbot.waitUntil(held.is_set, timeout=10000)  # the +1 h preview is under way
    dlg.set_offset(7200)
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=10000)  # the +2 h one has started
    release.set()
    qtbot.waitUntil(lambda: all(r["end"] != "running" for r in runs), timeout=20000)
    first, last = runs
    assert first["offset"] == 3600 and first["end"] == "cancelled"
    assert first["done"] < N  # stopped long before its 6,000 items (and their sessions)
    assert last["offset"] == 7200 and last["end"] == "finished"
    # what the table shows is the +2 h preview
    qtbot.waitUntil(
        lambda: (
            bool(dlg.shift_model.rows)
            and dlg.shift_model.rows[0].new_utc - dlg.shift_model.rows[0].old_utc
            == timedelta(hours=2)
        ),
        timeout=10000,
    )
    assert len(dlg.shift_model.rows) == N
    assert all(r.new_utc - r.old_utc == timedelta(hours=2) for r in dlg.shift_model.rows)


def test_closing_the_dialog_stops_its_preview(
    nikon_dialog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlg = nikon_dialog
    dlg.show()
    catalog = dlg.w.catalog
    real = catalog.preview_clock
    ends: list[str] = []
    held, release = threading.Event(), threading.Event()

    def preview(key: str, offset: int, **kw: Any) -> Any:
        def report(_event: ProgressEvent) -> None:
            if not held.is_set():
                held.set()
                release.wait(20)

        if "cancel" not in kw:  # a preview that cannot be stopped runs to its end
            ends.append("finished")
            return real(key, offset)
        try:
            out = real(key, offset, **{**kw, "progress": report})
        except Cancelled:
            ends.append("cancelled")
            raise
        ends.append("finished")
        return out

    monkeypatch.setattr(catalog, "preview_clock", preview)
    dlg.set_offset(-1800)
    qtbot.waitUntil(held.is_set, timeout=10000)
    dlg.close()  # nobody waits for that preview any more
    release.set()
    qtbot.waitUntil(lambda: bool(ends), timeout=20000)
    assert ends == ["cancelled"]


def test_closing_the_assignment_preview_stops_its_proposals(
    threaded_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    catalog = threaded_window.catalog
    real = catalog.propose_assignments
    ends: list[str] = []
    held, release = threading.Event(), threading.Event()

    def propose(ids: Any = None, **kw: Any) -> Any:
        held.set()
        release.wait(20)  # the proposals are still being worked out when the dialog closes
        try:
            out = real(ids, **kw)
        except Cancelled:
            ends.append("cancelled")
            raise
        ends.append("finished")
        return out

    monkeypatch.setattr(catalog, "propose_assignments", propose)
    dlg = AssignmentDialog(threaded_window.deps)
    dlg.show()
    qtbot.waitUntil(held.is_set, timeout=10000)
    dlg.close()
    release.set()
    qtbot.waitUntil(lambda: bool(ends), timeout=20000)
    assert ends == ["cancelled"]
    assert dlg.model.rowCount() == 0  # nothing filled in for nobody


def test_steps_of_a_correction_read_the_cameras_items_once_until_something_changes(
    nikon_dialog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each step previewed re-read the camera's items (~0.4 s of each preview of a
    200,000-item camera at 1M): they are read once, and again after any change, whose
    outcome the next preview shows."""
    dlg = nikon_dialog
    catalog = dlg.w.catalog
    real = catalog.clock_items
    reads: list[str] = []

    def clock_items(key: str, **kw: Any) -> Any:
        reads.append(key)
        return real(key, **kw)

    monkeypatch.setattr(catalog, "clock_items", clock_items)

    def shows(hours: int) -> bool:
        rows = dlg.shift_model.rows
        return bool(rows) and rows[0].new_utc - rows[0].old_utc == timedelta(hours=hours)

    dlg.set_offset(3600)
    qtbot.waitUntil(lambda: shows(1), timeout=20000)
    dlg.set_offset(7200)
    qtbot.waitUntil(lambda: shows(2), timeout=20000)
    assert len(reads) <= 1  # read by the preview on opening, or by the first step
    before = len(reads)
    first = dlg.shift_model.rows[0]
    assert first.old_session_id is None
    # a session given to the first item in the main window while the dialog is open
    sid = catalog.add_session(
        "Keynote",
        first.new_utc - timedelta(minutes=5),
        first.new_utc + timedelta(minutes=5),
    ).value
    dlg.w.ops.run("Assign", lambda c: c.assign_items([first.item_id], sid))
    qtbot.waitUntil(lambda: dlg._items is None, timeout=10000)
    dlg.set_offset(3600)
    qtbot.waitUntil(lambda: shows(1), timeout=20000)
    assert len(reads) == before + 1
    row = next(r for r in dlg.shift_model.rows if r.item_id == first.item_id)
    assert row.old_session_id == sid  # the change, not the items as first read
