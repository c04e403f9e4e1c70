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
    qtbot: Any, threaded_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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
    _keys(qtbot, w, Qt.Key.Key_I, ctrl_shift)
    assert opened == [str(tmp_path / "cards")]  # at once, beside the card added last
    assert w.ui_reads.seen == []
