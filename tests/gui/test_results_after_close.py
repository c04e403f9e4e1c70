"""A read or a change that finishes after the dialog that asked for it was closed (and
deleted) touches nothing of it: no "Internal C++ object already deleted" error reaches the
event loop, nothing is shown, and what was stored stays stored (its undo step kept). The
app's threaded runner here; the catalogue call is held until the dialog is gone, as on a
slow server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
from tests.gui.test_dialog_reads_off_ui import Held

pytestmark = pytest.mark.gui


def _delete(dialog: QObject) -> None:
    """Closed with WA_DeleteOnClose, as the person closes it: deleted at the next turn of
    the event loop."""
    dialog.close()  # type: ignore[attr-defined]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(dialog)


def _settle(w: Any) -> None:
    """Every task of the window over and its results delivered."""
    for _ in range(3):
        assert w.runner.wait_idle()
        QApplication.processEvents()


@pytest.fixture
def w(threaded_window: Any) -> Iterator[Any]:
    _settle(threaded_window)
    yield threaded_window


def test_assignments_applied_after_the_dialog_closed(qtbot: Any, w: Any) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    dlg = AssignmentDialog.show_for(w.deps)  # every item
    assert dlg is not None
    qtbot.waitUntil(lambda: len(dlg.model.accepted) > 0)
    steps = w.ops.stack.count()
    with Held(w.catalog, "apply_assignments") as held, qtbot.captureExceptions() as errors:
        dlg.apply()
        assert held.called.wait(10)
        _delete(dlg)  # closed while the change is being stored
        held.answer()
        _settle(w)
    assert errors == []
    # stored all the same: Edit > Undo names it
    assert w.ops.stack.count() == steps + 1
    assert w.ops.stack.undoText()


def test_camera_clock_applied_after_the_dialog_closed(qtbot: Any, w: Any) -> None:
    from smparchive.gui.dialogs.clocks import ClockDialog

    dlg = ClockDialog.show_for(w.deps)
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.camera() is not None)
    dlg.set_offset(3600)
    key = dlg.camera().key
    with Held(w.catalog, "set_clock_offset") as held, qtbot.captureExceptions() as errors:
        dlg._apply()
        assert held.called.wait(10)
        _delete(dlg)
        held.answer()
        _settle(w)
    assert errors == []
    assert {g.key: g.offset_s for g in w.catalog.cameras()}[key] == 3600


def test_a_read_for_a_deleted_widget_is_dropped_and_not_reported(qtbot: Any, w: Any) -> None:
    """A closure (not a bound method) is guarded by the ``owner`` it is submitted with; its
    failure is not said app-wide either: the one who asked is gone."""
    label = QLabel("waiting")
    reported: list[str] = []
    w.runner.task_failed.connect(lambda text, _e, _w: reported.append(text))
    gate = threading.Event()

    def read(_ctx: Any) -> str:
        gate.wait(10)
        return "read"

    def broken(_ctx: Any) -> str:
        gate.wait(10)
        raise OSError("the share stopped answering")

    with qtbot.captureExceptions() as errors:
        w.runner.submit(read, on_done=lambda text: label.setText(text), owner=label)
        w.runner.submit(broken, label="Reading", on_done=label.setText, owner=label)
        shiboken6.delete(label)
        gate.set()
        _settle(w)
    assert errors == []
    assert reported == []


def test_a_job_reports_its_end_after_its_dialog_closed(qtbot: Any, w: Any) -> None:
    """The status bar hears of a job's end even when what started it is gone."""
    owner = QLabel()
    ended: list[str] = []
    w.runner.job_finished.connect(lambda h: ended.append(h.label))
    gate = threading.Event()
    w.runner.submit(
        lambda _ctx: gate.wait(10),
        label="Verifying",
        job=True,
        on_done=lambda _v: owner.setText("verified"),
        owner=owner,
    )
    shiboken6.delete(owner)
    gate.set()
    _settle(w)
    assert ended == ["Verifying"]


def test_programme_imported_after_the_editor_closed_is_said_in_the_window(
    qtbot: Any, w: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Import Programme from the schedule editor, the editor closed while it is stored (and
    while the question about another conference waits): the question and the summary come
    over the main window."""
    from PySide6.QtWidgets import QMessageBox
    from tests.gui.test_programme import OTHER_ICS

    from smparchive.gui import filedialogs
    from smparchive.gui.dialogs import schedule_editor
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor, import_programme_file

    path = tmp_path / "dhd.ics"
    path.write_text(OTHER_ICS, encoding="utf-8")
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *a, **k: str(path))
    gate, called = threading.Event(), threading.Event()
    real = schedule_editor.import_programme

    def held(*args: Any, **kwargs: Any) -> Any:
        called.set()
        gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(schedule_editor, "import_programme", held)
    over: list[Any] = []

    def answer(box: QMessageBox) -> int:
        over.append(box.parent())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if b.text() == "Import as a new event"),
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: over.append(a[0]))
    dlg = ScheduleEditor.show_for(w.deps)
    assert dlg is not None
    _settle(w)
    with qtbot.captureExceptions() as errors:
        import_programme_file(w.deps, dlg)
        assert called.wait(10)
        _delete(dlg)
        gate.set()
        _settle(w)
        _settle(w)  # the import again, as a new event
    assert errors == []
    assert over == [w, w]  # the question, then the summary
    assert "Digital Heritage Days" in {e.title for e in w.catalog.events()}
