"""Work that outlives its window: a timer or a long-lived object's signal that fires after
the widget it was for was closed and deleted touches nothing of it (pytest-qt fails a test
on any exception raised in the event loop: "Internal C++ object already deleted")."""

from __future__ import annotations

import ast
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "src" / "smparchive" / "gui"

# ``QTimer.singleShot(ms, callable)`` calls that truly need no context object, as
# "path relative to gui/: the callable's source" -> why. None so far.
NO_CONTEXT_NEEDED: dict[str, str] = {}


def _context_free_single_shots() -> list[str]:
    """Every ``singleShot`` call in gui/ without a context object (ms, context, callable)."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "singleShot"
                and len(node.args) + len(node.keywords) < 3
            ):
                callable_src = ast.unparse(node.args[-1]) if node.args else "?"
                found.append(f"{path.relative_to(GUI).as_posix()}: {callable_src}")
    return found


def test_every_single_shot_timer_in_the_gui_has_a_context_object() -> None:
    """A deferred call without a context fires after its window or widget is gone; with one
    (``QTimer.singleShot(ms, widget, fn)``) Qt drops it when the widget is deleted."""
    found = _context_free_single_shots()
    unexplained = [call for call in found if call not in NO_CONTEXT_NEEDED]
    assert not unexplained, (
        "QTimer.singleShot without a context object (give it the widget it is for, or "
        f"allow-list it with a reason): {unexplained}"
    )
    stale = [call for call in NO_CONTEXT_NEEDED if call not in found]
    assert not stale, f"allow-listed calls no longer in gui/: {stale}"


def _delete(widget: Any) -> None:
    """Closed and deleted, as when its window goes."""
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(widget)


@pytest.fixture
def export_dialog(qtbot: Any, catalog: Any, add_items: Any) -> Any:
    """An export dialog for one catalogued item, shown; deleted by the test itself."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog
    from smparchive.gui.tasks import SyncTaskRunner

    ids = add_items([{"name": "IMG_1.jpg", "mime": "image/jpeg"}])
    dlg = ExportDialog(catalog, SyncTaskRunner(), ids)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_copied_post_button_timer_after_the_dialog_closed(
    qtbot: Any, export_dialog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Copy post text" says "Copied", and a timer puts its name back: the dialog closed
    and deleted before it fires, nothing is touched."""
    from smparchive.gui.dialogs import export_dialog as module

    monkeypatch.setattr(module, "COPIED_SHOWN_MS", 30)
    dlg = export_dialog
    with qtbot.captureExceptions() as errors:
        dlg.copy_post_text()
        assert dlg.copy_post.text() == "Copied"
        _delete(dlg)
        qtbot.wait(150)  # well past the timer's 30 ms
    assert not errors, errors


def test_export_cancelled_then_its_dialog_deleted_before_the_export_ends(
    qtbot: Any, export_dialog: Any
) -> None:
    """Cancel while exporting greys Close until the export has wound down; the dialog
    deleted meanwhile (its window closed), the runner's end of the export touches nothing."""
    from smparchive.gui.tasks import TaskRunner

    runner = TaskRunner()
    gate = threading.Event()
    dlg = export_dialog
    try:
        dlg.handle = runner.submit(lambda _ctx: gate.wait(20), label="Exporting")
        with qtbot.captureExceptions() as errors:
            dlg._close_or_cancel()  # Cancel: still running, Close greyed
            assert not dlg.close_btn.isEnabled()
            handle = dlg.handle
            _delete(dlg)
            gate.set()  # the export ends after its dialog is gone
            qtbot.waitUntil(lambda: not handle.running, timeout=5000)
            QApplication.processEvents()
        assert not errors, errors
    finally:
        gate.set()
        runner.shutdown()


@pytest.mark.parametrize("outcome", ["ends", "fails"])
def test_a_scan_ending_after_its_progress_dialog_was_deleted(
    qtbot: Any, threaded_window: Any, monkeypatch: pytest.MonkeyPatch, outcome: str
) -> None:
    """The scan's progress dialog deleted (its window closed) while the scan runs on: the
    scan's end (its summary, its pictures' progress, or its failure) touches nothing of it,
    and the views still follow what the scan did."""
    import smparchive.core.ingest as ingest
    from smparchive.gui.dialogs.ingest import IngestDialog

    w = threaded_window
    real_scan = ingest.scan
    gate = threading.Event()

    def held_scan(*args: Any, **kwargs: Any) -> Any:
        gate.wait(20)
        if outcome == "fails":
            raise OSError("the share stopped answering")
        return real_scan(*args, **kwargs)

    monkeypatch.setattr(ingest, "scan", held_scan)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a, **_k: said.append(text))
    )
    with qtbot.captureExceptions() as errors:
        handle = w.ingest.rescan_roots([])
        dialog = w.findChild(IngestDialog)
        assert dialog is not None
        dialog.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        assert not shiboken6.isValid(dialog)
        gate.set()
        qtbot.waitUntil(lambda: not handle.running, timeout=30000)
        qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
        w.runner.wait_idle()
        QApplication.processEvents()
    assert not errors, errors
    # a failure is still said, by the window
    assert said == (["Rescanning: the share stopped answering"] if outcome == "fails" else [])


def test_export_history_show_items_after_its_dialog_closed(
    qtbot: Any, threaded_window: Any
) -> None:
    """Show Items, then the dialog closed before the items are read: they are shown all the
    same (they were asked for), and nothing of the deleted dialog is touched."""
    from tests.gui.test_results_after_close import Held

    from smparchive.gui.dialogs.export_history import ExportHistoryDialog

    w = threaded_window
    ids = w.catalog.query_ids()[2:5]
    w.catalog.record_export({"bundle": "/srv/www/smp", "target": "folder", "items": ids})
    dlg = ExportHistoryDialog.show_for(w.deps)
    qtbot.waitUntil(lambda: dlg.items_btn.isEnabled(), timeout=5000)
    with Held(w.catalog, "exported_item_ids") as held, qtbot.captureExceptions() as errors:
        dlg.show_items()
        assert held.called.wait(10)
        _delete(dlg)
        held.answer()
        qtbot.waitUntil(lambda: sorted(w.store.ids) == sorted(ids), timeout=5000)
        w.runner.wait_idle()
        QApplication.processEvents()
    assert not errors, errors
    assert w.browser.scope_label.startswith("Export of")


def test_conflict_box_closed_while_it_looks_again(qtbot: Any, threaded_window: Any) -> None:
    """The "Changed by someone else" box closed while its look at the catalogue runs: the
    look's answer touches nothing of it."""
    from smparchive.core.catalog.changes import EditConflict
    from smparchive.gui.conflict_box import ConflictBox
    from smparchive.gui.ops import ConflictNotice

    w = threaded_window
    gate, asked = threading.Event(), threading.Event()

    def recheck(_catalog: Any) -> None:
        asked.set()
        gate.wait(20)
        return None  # bob took his change back: the box would say so

    item = w.catalog.query_ids()[0]
    notice = ConflictNotice(
        error=EditConflict("bob changed it", user="bob", item_id=item, field="items.rating"),
        undo=False,
        keep_theirs=lambda: None,
        use_mine_anyway=lambda: None,
        retry=lambda: None,
        recheck=recheck,
        items=frozenset({item}),
        text="bob changed it",
    )
    box = ConflictBox(notice, w.ops, w)
    box.show()
    try:
        with qtbot.captureExceptions() as errors:
            box.look_again()
            assert asked.wait(10)
            _delete(box)
            gate.set()
            w.runner.wait_idle()
            QApplication.processEvents()
            QApplication.processEvents()
        assert not errors, errors
    finally:
        gate.set()
