"""One operation path: viewer keys write through the op runner, every view hears ``changes``."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_rating_key_in_viewer_goes_through_the_op_runner_off_the_ui_thread(
    qtbot: Any, gui_catalog: Any, settings: Any
) -> None:
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.models.roles import RECORD_ROLE
    from smparchive.gui.tasks import TaskRunner

    runner = TaskRunner()  # real threads: the write executor is a different thread
    w = MainWindow(gui_catalog, runner, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(w.store) > 0 and w.store.record(0) is not None, timeout=10_000)
    first = w.store.ids[0]

    writes: list[threading.Thread] = []
    real_set_fields = gui_catalog.set_fields

    def spy(*args: Any, **kwargs: Any) -> Any:
        writes.append(threading.current_thread())
        return real_set_fields(*args, **kwargs)

    gui_catalog.set_fields = spy
    w.view.setCurrentIndex(w.view.model().index(0, 0))
    w.set_mode("loupe")  # the loupe inside the main window
    viewer = w.workspace.loupe
    assert w.workspace.mode == "loupe" and viewer is not None
    rows_changed: list[tuple[int, int]] = []
    w.grid_model.dataChanged.connect(lambda a, b, *_: rows_changed.append((a.row(), b.row())))

    with qtbot.waitSignal(w.ops.changes, timeout=10_000) as blocker:
        qtbot.keyClick(viewer.viewer, Qt.Key.Key_4)
    assert first in blocker.args[0].items
    assert writes and all(t is not threading.main_thread() for t in writes)
    assert w.undo_stack.count() == 1 and w.undo_stack.undoText()

    # the grid row follows the changes signal (the store re-reads the row)
    index = w.grid_model.index(0, 0)
    qtbot.waitUntil(lambda: index.data(RECORD_ROLE).rating == 4, timeout=10_000)
    assert any(a <= 0 <= b for a, b in rows_changed)

    with qtbot.waitSignal(w.ops.changes, timeout=10_000):
        w.undo_stack.undo()
    qtbot.waitUntil(lambda: index.data(RECORD_ROLE).rating == 0, timeout=10_000)
    gui_catalog.set_fields = real_set_fields
    w.close()
    assert runner.shutdown()


def test_one_task_runner_no_swallowed_runtime_errors() -> None:
    """The viewers use the app's TaskRunner; no module hides a RuntimeError."""
    from pathlib import Path

    import smparchive.gui as gui

    root = Path(gui.__file__).parent
    assert not (root / "viewers" / "background.py").exists()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert (
            "except RuntimeError:\n" not in text
            or "pass" not in text.split("except RuntimeError:\n", 1)[1].split("\n", 1)[0]
        ), path
        assert "QThreadPool.globalInstance" not in text, path


def test_an_edit_that_finishes_after_its_window_closed_is_dropped_quietly(
    qtbot: Any, gui_catalog: Any
) -> None:
    """The task runner outlives windows: an edit (a suggested alt text, a rating) that
    finished after its window and undo stack were deleted raised "Internal C++ object
    (QUndoStack) already deleted" in the event loop. It is stored; nothing is left to tell."""
    import shiboken6
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QUndoStack

    from smparchive.core.catalog.changes import ChangeSummary, OpResult, UndoRecord
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.tasks import SyncTaskRunner

    class Later(SyncTaskRunner):
        """Runs the work at once, hands its result over when the test says."""

        def __init__(self) -> None:
            super().__init__()
            self.results: list[tuple[Any, Any]] = []

        def submit(self, work: Any, **kw: Any) -> Any:
            handle = self._make_handle(kw.get("label", ""), False, True, None, None)
            self.results.append((kw["on_done"], kw["on_error"]))
            return handle

    window = QObject()
    stack = QUndoStack(window)
    runner = Later()
    ops = OpRunner(gui_catalog, runner, stack, parent=window)
    announced: list[Any] = []
    ops.changes.connect(announced.append)
    ops.SLOW_MS = 20  # "waiting for the catalogue" due while the window is gone
    handles = [
        ops.run("Rating", lambda c: OpResult(ChangeSummary(items={1}), UndoRecord("Rating", ()))),
        ops.run("Caption", lambda c: OpResult(ChangeSummary(items={2}), None)),
    ]
    assert all(h.running for h in handles)
    (done_rating, _), (_, failed_caption) = runner.results
    shiboken6.delete(window)  # the window closed, its stack with it
    assert not shiboken6.isValid(stack)
    with qtbot.captureExceptions() as raised:
        done_rating(OpResult(ChangeSummary(items={1}), UndoRecord("Rating", ())))
        failed_caption(RuntimeError("the server went away"))
        qtbot.wait(200)
    assert raised == [] and announced == []
