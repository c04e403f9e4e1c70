"""The window comes back as it was left: panel widths of a maximised window survive a restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _open(qtbot: Any, catalog: Any, runner: Any, settings: Any) -> Any:
    from smparchive.gui.main_window import MainWindow

    window = MainWindow(catalog, runner, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the maximised geometry and the first layout settle
    return window


def test_maximised_window_panels_come_back_as_left(
    qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    """A sidebar widened in a maximised window came back narrower after a restart (about
    270 px for 325 px): the widths were restored into the smaller normal window first and
    then shared out again as it maximised."""
    first = _open(qtbot, gui_catalog, sync_runner, settings)
    assert first.isMaximized()
    first.splitter.moveSplitter(300, 1)  # the user widens the sidebar
    qtbot.wait(50)
    wanted = first.splitter.sizes()
    first.close()
    from smparchive.gui.main_window import MainWindow

    second = MainWindow(gui_catalog, sync_runner, settings)
    qtbot.addWidget(second)
    # as a window manager does: shown at its normal size first, maximised a moment later
    # (the offscreen screen is smaller than the window's minimum: lowered for the normal size)
    second.setMinimumSize(400, 300)
    second.setWindowState(Qt.WindowState.WindowNoState)
    second.resize(680, 500)
    second.show()
    qtbot.waitExposed(second)
    qtbot.wait(50)
    second.showMaximized()
    qtbot.wait(100)
    assert second.splitter.sizes() == wanted
    second.close()
