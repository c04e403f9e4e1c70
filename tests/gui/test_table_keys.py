"""Tables keep the keys of a list: Tab and Shift+Tab leave a table for the next control
(QTableView walks its cells with Tab by default: in the camera clock dialog Tab never left
the camera table, switched camera after five presses, and the correction, the pin field
and Apply could only be reached with the mouse), the arrows move within it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def _shown(qtbot: Any, dlg: QWidget) -> QWidget:
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)  # keys go to the active window
    return dlg


def test_tab_leaves_the_camera_table_for_the_correction(window: Any, qtbot: Any) -> None:
    from smparchive.gui.dialogs.clocks import ClockDialog

    dlg = _shown(qtbot, ClockDialog(window.deps))
    table = dlg.camera_view
    table.setFocus()
    assert table.hasFocus()
    camera = dlg.camera().key
    cell = table.currentIndex()
    for _press in range(6):  # Ctrl+Tab walked the cells too
        qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex() == cell and dlg.camera().key == camera
    table.setFocus()
    reached: list[QWidget | None] = []
    for _press in range(40):  # round the dialog
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is table:
            break
    assert reached[0] is not table  # the first Tab leaves the table
    for wanted in (dlg.hours, dlg.minutes, dlg.seconds):
        focusable = wanted.focusProxy() or wanted
        assert any(w is focusable or w is wanted for w in reached), wanted
    # Apply is offered (and reached by Tab) once a correction other than the camera's is
    # typed: with nothing to apply it is off, out of the Tab order
    assert not dlg.apply_btn.isEnabled() and dlg.apply_btn not in reached
    dlg.hours.setValue(dlg.hours.value() + 1)
    assert dlg.apply_btn.isEnabled()
    dlg.hours.setFocus()
    reached = []
    for _press in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is dlg.apply_btn or reached[-1] is table:
            break
    assert dlg.apply_btn in reached
    assert dlg.camera().key == camera  # Tab switched no camera
    # Shift+Tab comes back, and the arrows still move within the table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus()
    dlg.close()


def test_no_table_or_tree_of_the_app_traps_tab(
    window: Any, qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    """Every item view of the main window and its dialogs lets Tab go on."""
    from smparchive.core.organise.sidecars import SidecarOutcome, SidecarReport
    from smparchive.gui.dialogs.assignment import AssignmentDialog
    from smparchive.gui.dialogs.clocks import ClockDialog, TimelineWindow
    from smparchive.gui.dialogs.export_dialog import ExportDialog
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.dialogs.people import PeopleWindow
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor
    from smparchive.gui.dialogs.shortcuts import ShortcutSheet
    from smparchive.gui.dialogs.sidecar_summary import SidecarSummaryDialog
    from smparchive.gui.menus import shortcut_rows

    w = window
    handle = sync_runner.submit(lambda _ctx: None, label="scan", job=True)
    report = SidecarReport("write", False, [SidecarOutcome(1, "/m/a.jpg", "created", "/m/a.xmp")])
    roots: list[QWidget] = [
        w,
        AssignmentDialog(w.deps),
        ClockDialog(w.deps),
        TimelineWindow(w.deps),
        ScheduleEditor(w.deps),
        ExportHistoryDialog(w.deps),
        PeopleWindow(w.deps),
        IngestDialog(handle, w),
        ShortcutSheet(shortcut_rows(w.actions_by_name), w),
        ExportDialog(gui_catalog, sync_runner, gui_catalog.query_ids()[:3], w, settings),
        SidecarSummaryDialog(report, {1: "a.jpg"}, w),
    ]
    trapping = []
    for root in roots:
        views = root.findChildren(QAbstractItemView)
        assert views or root is not w
        for view in views:
            if view.tabKeyNavigation():
                trapping.append(f"{type(root).__name__}: {type(view).__name__}")
        if root is not w:
            root.close()
    assert trapping == []


def test_assignment_preview_by_keyboard(window: Any, qtbot: Any) -> None:
    """The preview opens in the proposals (not in the Show filter, where Down changed what
    is shown), Space ticks and unticks the selected rows' Accept as in a list of check
    boxes, and Tab goes on to the buttons."""
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    dlg = _shown(qtbot, AssignmentDialog(window.deps))
    table, model = dlg.view, dlg.model
    assert table.hasFocus()
    shown = dlg.show_filter.currentData()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert dlg.show_filter.currentData() == shown
    total = len(model.accepted)
    assert total >= 3 and f"Apply {total} Accepted" == dlg.apply_btn.text().replace("&", "")

    def ticked(row: int) -> bool:
        return model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the current row's Accept
    assert not ticked(row) and len(model.accepted) == total - 1
    assert dlg.apply_btn.text().replace("&", "") == f"Apply {total - 1} Accepted"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert ticked(row) and len(model.accepted) == total
    # two rows selected with Shift+Down: Space unticks both, then ticks both
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    assert rows == [row, row + 1]
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert not ticked(row) and not ticked(row + 1) and len(model.accepted) == total - 2
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert ticked(row) and ticked(row + 1)
    # Tab leaves the table for the buttons: Reject Selected unticks the selected rows
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    reject = QApplication.focusWidget()
    assert reject.text().replace("&", "") == "Reject Selected"
    qtbot.keyClick(reject, Qt.Key.Key_Space)
    assert len(model.accepted) == total - 2
    dlg.close()


def test_f10_opens_the_first_menu(window: Any, qtbot: Any) -> None:
    """F10 opens the menu bar's first menu, as on Windows, KDE and GNOME (only Alt did)."""
    from PySide6.QtWidgets import QMenu

    from smparchive.gui.menus import shortcut_rows

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F10)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu) and popup is window.menus["file"]
    qtbot.keyClick(popup, Qt.Key.Key_Right)  # the arrows go on to the next menu
    assert QApplication.activePopupWidget() is window.menus["edit"]
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    sheet = [row for _group, rows in shortcut_rows(window.actions_by_name) for row in rows]
    assert ("F10", "Open the Menu Bar") in sheet  # the shortcut sheet tells it
