"""Adding a folder, a scan's end and Ctrl+Z read no catalogue on the UI thread: the folder
chooser opens beside the folders the sidebar read, the summary's "Find Missing Folder…"
knows the folder from the scan's report, whether faces are searched for is read on a worker,
and what undoing an added folder removes is read on a worker before the question. Before,
each waited for the server (for its timeout when it was away) with the window frozen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.gui.conftest import noise_jpeg

pytestmark = pytest.mark.gui


def _keys(qtbot: Any, w: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """``key`` typed with the results holding the keyboard, as the person would."""
    from PySide6.QtWidgets import QApplication

    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)  # (a summary was open)
    w.focus_results()
    qtbot.keyClick(w.grid, key, modifiers)


def _idle(w: Any) -> None:
    """Every background read done, and nothing seen on the UI thread yet."""
    w.runner.wait_idle()
    w.ui_reads.seen.clear()


def test_the_folder_chooser_opens_beside_the_last_folder_without_a_read(
    qtbot: Any,
    threaded_window: Any,
    ui_files: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    w = threaded_window
    (tmp_path / "cards" / "CARD_2").mkdir(parents=True)
    card = w.catalog.add_root(tmp_path / "cards" / "CARD_2").value  # (the CLI, say)
    w.refresh_sidebar()  # as the change feed has it read
    qtbot.waitUntil(lambda: f"root:{card}" in w.sidebar_model.by_key)
    _idle(w)
    opened: list[str] = []

    def shown(dialog: QFileDialog) -> int:
        opened.append(dialog.directory().absolutePath())
        return 0  # cancelled

    monkeypatch.setattr(QFileDialog, "exec", shown)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    ui_files.seen.clear()
    _keys(qtbot, w, Qt.Key.Key_I, ctrl_shift)
    assert opened == [str(tmp_path / "cards")]  # at once, beside the card added last
    assert w.ui_reads.seen == []
    # nor a look at the card's folder: a share that stopped answering since its last scan
    # held the window (the sidebar's look at the folders is on a worker)
    assert ui_files.seen == []


def test_find_missing_folder_after_a_scan_reads_nothing_on_the_ui_thread(
    qtbot: Any, threaded_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui import filedialogs
    from smparchive.gui.dialogs.ingest import IngestDialog

    w = threaded_window
    (tmp_path / "media").rename(tmp_path / "media on the NAS")
    w.rescan()  # F5

    def step() -> Any:
        dlg = w.findChild(IngestDialog)
        return None if dlg is None else dlg.step_buttons.get("locate")

    qtbot.waitUntil(lambda: step() is not None, timeout=30000)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    _idle(w)
    asked: list[str] = []
    monkeypatch.setattr(
        filedialogs, "existing_directory", lambda _p, title, *_a: asked.append(title) or ""
    )
    step().click()
    assert asked == ["Where Is “media” Now?"]  # the folder the scan could not reach
    assert w.ui_reads.seen == []


def test_a_scan_finishing_finds_faces_when_enabled_without_a_read(
    qtbot: Any, threaded_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.core.ingest import faces as face_scan
    from smparchive.core.media import faces

    w = threaded_window
    searched: list[Any] = []
    monkeypatch.setattr(faces, "faces_unavailable", lambda: None)
    monkeypatch.setattr(face_scan, "scan_faces", lambda *a, **k: searched.append(k))
    labels: list[str] = []
    w.runner.job_started.connect(lambda h: labels.append(h.label))

    def scan_to_the_end() -> None:
        handle = w.ingest.rescan_roots([])
        qtbot.waitUntil(lambda: not handle.running, timeout=30000)
        qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
        w.runner.wait_idle()
        qtbot.wait(50)  # a job the last answer started
        qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)

    scan_to_the_end()
    assert searched == [] and "Finding faces" not in labels  # off: privacy
    w.catalog.set_faces_enabled(True)
    _idle(w)
    scan_to_the_end()
    assert searched == [{"root_ids": None}] and "Finding faces" in labels
    assert w.ui_reads.seen == []


def test_ctrl_z_of_an_added_folder_asks_without_a_read_on_the_ui_thread(
    qtbot: Any, threaded_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from smparchive.gui.dialogs.ingest import IngestDialog

    w = threaded_window
    card = tmp_path / "card"
    for i in range(3):
        noise_jpeg(card / f"new{i}.jpg", 20 + i)
    w.ingest.start([card])
    qtbot.waitUntil(lambda: len(w.catalog.roots()) == 2, timeout=30000)
    qtbot.waitUntil(lambda: w.catalog.count() == 36, timeout=30000)
    qtbot.waitUntil(lambda: not w.runner.jobs(), timeout=30000)
    assert w.undo_stack.undoText() == "Add folder card"
    w.findChild(IngestDialog).close()  # the summary read
    _idle(w)
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    _keys(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert len(asked) == 1 and "card" in asked[0] and "(3)" in asked[0]
    qtbot.waitUntil(lambda: len(w.catalog.roots()) == 1, timeout=5000)
    assert w.catalog.count() == 33
    w.runner.wait_idle()
    assert w.ui_reads.seen == []


def test_ctrl_z_of_an_edit_reads_nothing_on_the_ui_thread(
    qtbot: Any, threaded_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = threaded_window
    item = w.store.ids[0]
    w.select_ids([item], current_row=0)
    _keys(qtbot, w, Qt.Key.Key_4, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: w.undo_stack.count() == 1, timeout=5000)
    assert w.catalog.item(item).rating == 4
    _idle(w)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    _keys(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.catalog.item(item).rating == 0, timeout=5000)
    w.runner.wait_idle()
    assert w.ui_reads.seen == []
