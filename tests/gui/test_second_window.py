"""A catalogue opened from a window's File > Open or New takes that window's place and size
(seen in the team walk: the new window came up at the window manager's spot and the
default size, its bottom off a 1920x1080 screen, while the first one had been fitted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt


def test_a_window_opened_from_another_takes_its_place(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.app import WindowManager
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import SyncTaskRunner

    manager = WindowManager(Settings(), runner_factory=SyncTaskRunner)
    first = manager.show_window(open_catalog(tmp_path / "a.smpcat", create=True))
    qtbot.waitExposed(first)
    area = first.screen().availableGeometry()
    # the person made it smaller than the screen and moved it
    # (the tests' 800x600 screen: two thirds of it is less than the window's minimum)
    wide = max(area.width() - 60, first.minimumWidth())
    tall = max(area.height() * 2 // 3, first.minimumHeight())
    wanted = QRect(area.left() + (area.width() - wide) // 2, area.top() + 30, wide, tall)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(wanted)
    qtbot.waitUntil(lambda: first.geometry() == wanted, timeout=3000)
    sizes = first.splitter.sizes()
    second = manager.show_window(open_catalog(tmp_path / "b.smpcat", create=True), replacing=first)
    qtbot.waitExposed(second)
    try:
        assert not second.isMaximized()
        assert (second.size(), second.pos()) == (wanted.size(), first.pos())
        assert second.splitter.sizes() == sizes
    finally:
        for w in list(manager.windows):
            w.catalog.close()
            w.close()
