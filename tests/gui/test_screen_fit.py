"""Every window and dialog opens within the screen it opens on.

The export dialog was once placed above the top of a 1366x768 screen; a window restored
from a bigger or a disconnected monitor opened partly off screen. One helper
(``gui/screen_fit.fit_to_screen``) clamps them all.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

pytestmark = pytest.mark.gui


def _area() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def _within(window: Any, area: QRect) -> None:
    """The window (frame and all) is inside ``area``: its title bar is reachable."""
    frame = window.frameGeometry()
    assert area.contains(frame.topLeft()), (frame, area)
    assert frame.width() <= area.width() and frame.height() <= area.height(), (frame, area)
    assert window.height() < area.height()  # room left for the window manager's title


def test_a_window_saved_on_a_bigger_monitor_is_brought_back(
    qtbot: Any, settings: Any, qapp: Any
) -> None:
    """Saved on a 2560x1440 monitor to the right of this screen, partly above its top,
    taller and wider than this screen: restored within it."""
    from PySide6.QtWidgets import QSplitter, QWidget

    from smparchive.gui import layout_state

    area = _area()

    def window() -> tuple[QMainWindow, QSplitter]:
        w = QMainWindow()
        splitter = QSplitter()
        for _n in range(3):
            splitter.addWidget(QWidget())
        w.setCentralWidget(splitter)
        qtbot.addWidget(w)
        return w, splitter

    first, splitter = window()
    first.setGeometry(area.right() - 200, area.top() - 150, area.width() + 600, area.height() + 500)
    layout_state.save(first, splitter, settings)
    again, splitter = window()
    layout_state.restore(again, splitter, settings)
    again.show()
    qtbot.waitExposed(again)
    _within(again, area)


def test_a_window_saved_on_a_monitor_that_is_gone_opens_on_this_one(
    qtbot: Any, settings: Any
) -> None:
    from PySide6.QtWidgets import QSplitter, QWidget

    from smparchive.gui import layout_state

    area = _area()
    first = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QWidget())
    first.setCentralWidget(splitter)
    qtbot.addWidget(first)
    first.setGeometry(area.right() + 3000, area.bottom() + 2000, 900, 500)
    layout_state.save(first, splitter, settings)
    again = QMainWindow()
    again.setCentralWidget(QSplitter())
    qtbot.addWidget(again)
    layout_state.restore(again, again.centralWidget(), settings)  # type: ignore[arg-type]
    again.show()
    qtbot.waitExposed(again)
    _within(again, area)


def test_a_message_box_with_a_long_sentence_opens_within_the_screen(qtbot: Any) -> None:
    """Why message boxes (the team's conflict box) need no FittedDialog: Qt wraps their text
    within a width it caps by the screen's."""
    area = _area()
    sentence = (
        "Sophie Vandenberghe a changé la légende de DSC_0004.JPG le 7 décembre à 08:12, après "
        "votre modification ; l’annuler remplacerait sa valeur. "
    )
    box = QMessageBox(QMessageBox.Icon.Question, "Modifié par quelqu’un d’autre", sentence * 6)
    box.addButton("Garder la sienne", QMessageBox.ButtonRole.RejectRole)
    box.addButton("Utiliser la mienne", QMessageBox.ButtonRole.AcceptRole)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    _within(box, area)


def test_a_dialog_taller_than_the_screen_opens_within_it(qtbot: Any) -> None:
    from smparchive.gui.screen_fit import FittedDialog

    area = _area()
    dlg = FittedDialog()
    qtbot.addWidget(dlg)
    dlg.resize(area.width() + 200, area.height() + 300)
    dlg.move(area.left() - 100, area.top() - 250)  # where the export dialog once went
    dlg.show()
    qtbot.waitExposed(dlg)
    _within(dlg, area)


def _dialog_classes() -> list[type]:
    import smparchive.gui as gui

    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(gui.__path__, "smparchive.gui."):
        if ".player." in info.name or info.name.endswith(".vlcsupport"):
            continue
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == module.__name__ and issubclass(obj, QDialog):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return list(found.values())


def test_every_dialog_of_the_app_fits_its_screen_as_it_opens() -> None:
    from smparchive.gui.screen_fit import FittedDialog

    classes = _dialog_classes()
    assert len(classes) >= 10
    # a message box (the team's conflict box) is sized by Qt to its text, its width capped
    # by the screen's (QMessageBox's own limit), so it needs no fitting of its own
    unfitted = [
        c.__qualname__
        for c in classes
        if not issubclass(c, FittedDialog) and not issubclass(c, QMessageBox)
    ]
    assert unfitted == [], "derive from screen_fit.FittedDialog"


# -- tables: columns sized to their contents within the dialog ---------------------------


def test_columns_share_the_room_the_widest_cut_first() -> None:
    from smparchive.gui.views.tables import share_width

    assert share_width([50, 100, 200], [50, 72, 72], 500, 2) == [50, 100, 350]
    cut = share_width([40, 150, 400, 300, 600], [40, 72, 72, 72, 72], 900, 4)
    assert sum(cut) == 900
    assert cut[:2] == [40, 150]  # short columns stay whole
    assert cut[4] > cut[2] == cut[3]  # the stretch column keeps the most
    assert share_width([300, 300], [200, 200], 100, 0) == [200, 200]  # never below a floor


def _table_fits(view: Any) -> None:
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= view.viewport().width(), widths  # no sideways scrolling
    for c, width in enumerate(widths):  # every heading whole
        assert width >= header.sectionSizeHint(c) - 1, (c, view.model().headerData(c, 1))


# The most common laptop screen, less a panel (the test screen is another size).
LAPTOP = QRect(0, 0, 1366, 740)


@pytest.fixture
def laptop(monkeypatch: Any) -> QRect:
    from smparchive.gui import screen_fit

    monkeypatch.setattr(screen_fit, "available_area", lambda _w: QRect(LAPTOP))
    return LAPTOP


def test_the_assignment_preview_fits_a_laptop_screen_in_french(
    french: None, laptop: QRect, qtbot: Any, window: Any
) -> None:
    """Its columns were fixed widths in a 1150 px dialog: at 1366 px the reasons and the
    French headings were cut, the date column too wide."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from smparchive.gui.dialogs.assignment import AssignmentDialog

    dlg = AssignmentDialog(window.deps)
    qtbot.addWidget(dlg)
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 10)
    view = dlg.view
    qtbot.wait(20)  # the columns are fitted once the rows are in
    _within(dlg, laptop)
    assert dlg.width() > 1250  # the screen's width is used
    _table_fits(view)
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert max(widths) == widths[6]  # "Pourquoi", the rules' explanation, gets the room
    # a cut explanation is whole in its tooltip
    metrics = view.fontMetrics()
    cut = [
        dlg.model.index(r, 6)
        for r in range(dlg.model.rowCount())
        if metrics.horizontalAdvance(dlg.model.index(r, 6).data()) > widths[6]
    ]
    if cut:
        view.scrollTo(cut[0])
        where = view.visualRect(cut[0]).center()
        event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
        QApplication.sendEvent(view.viewport(), event)
        assert QToolTip.text() == cut[0].data(Qt.ItemDataRole.DisplayRole)


def test_every_table_dialog_fits_its_columns_in_french(
    french: None, laptop: QRect, qtbot: Any, window: Any
) -> None:
    from PySide6.QtWidgets import QTableView

    from smparchive.gui.dialogs.clocks import ClockDialog
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    area = laptop
    for dlg in (ClockDialog(window.deps), ScheduleEditor(window.deps),
                ExportHistoryDialog(window.deps)):  # fmt: skip
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        qtbot.wait(20)
        _within(dlg, area)
        for view in dlg.findChildren(QTableView):
            if view.isVisible() and view.model() is not None and view.property("columnFit"):
                _table_fits(view)
        dlg.close()


def test_a_cut_cell_shows_its_whole_text_in_its_tooltip(qtbot: Any) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QToolTip

    from smparchive.gui.views.tables import tidy

    long = "EMN roundtable: policy debate on Skills Mobility Partnerships, with questions"
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Élément", "Séance", "Pourquoi"])
    model.appendRow([QStandardItem("IMG_0001.JPG"), QStandardItem(long), QStandardItem(long)])
    view = QTableView()
    view.setModel(model)
    tidy(view, stretch=2)
    qtbot.addWidget(view)
    view.resize(420, 200)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    _table_fits(view)
    index = model.index(0, 1)
    assert view.columnWidth(1) < view.fontMetrics().horizontalAdvance(long)  # cut
    where = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == long
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None  # the view's doing, not the model's


def test_every_dialog_opens_whole_on_a_laptop_screen_in_french(
    french: None, laptop: QRect, qtbot: Any, window: Any, gui_catalog: Any, settings: Any
) -> None:
    """Nothing may be wider or taller at its smallest than a 1366x768 screen: the schedule
    editor's bold event line ("title · zone · venue") pushed its buttons off the right edge."""
    from smparchive.core.ingest.report import ScanReport
    from smparchive.gui.dialogs.assignment import AssignmentDialog
    from smparchive.gui.dialogs.clocks import ClockDialog, TimelineWindow
    from smparchive.gui.dialogs.export_dialog import ExportDialog
    from smparchive.gui.dialogs.export_history import ExportHistoryDialog
    from smparchive.gui.dialogs.ingest import IngestDialog
    from smparchive.gui.dialogs.people import PeopleWindow
    from smparchive.gui.dialogs.preferences import PreferencesDialog
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor
    from smparchive.gui.dialogs.shortcuts import ShortcutSheet
    from smparchive.gui.menus import shortcut_rows

    gui_catalog.update_event(
        title="Skills Mobility Partnerships: from policy to practice, a two-day conference",
        venue="Brussels, Région de Bruxelles-Capitale (hybrid: on site and online)",
    )
    handle = window.runner.submit(lambda _ctx: None, label="scan", job=True)
    ingest = IngestDialog(handle, window)
    ingest.show_report(ScanReport(files_seen=3, new=3, warnings=1, seconds=1.0))
    dialogs = [
        PreferencesDialog(settings, gui_catalog, window.ops, window),
        AssignmentDialog(window.deps),
        ClockDialog(window.deps),
        TimelineWindow(window.deps),
        ScheduleEditor(window.deps),
        ExportHistoryDialog(window.deps),
        PeopleWindow(window.deps),
        ingest,
        ShortcutSheet(shortcut_rows(window.actions_by_name), window),
        ExportDialog(gui_catalog, window.runner, gui_catalog.query_ids()[:3], window, settings),
    ]
    too_big = []
    for dlg in dialogs:
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        smallest = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
        if smallest.width() > laptop.width() - 4 or smallest.height() > laptop.height() - 32:
            too_big.append(f"{type(dlg).__name__}: {smallest.width()}x{smallest.height()}")
        else:
            _within(dlg, laptop)
        dlg.close()
    assert too_big == []


def test_the_export_dialog_growing_after_its_preflight_stays_on_screen(
    laptop: QRect, qtbot: Any, window: Any, gui_catalog: Any, settings: Any
) -> None:
    """It grows to its settings and the preflight once they are read: moved low on the
    screen, it grew past the bottom edge (and was placed above the top when taller)."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(gui_catalog, window.runner, gui_catalog.query_ids()[:3], window, settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.resize(dlg.width(), 300)
    dlg.move(40, laptop.bottom() - 320)  # the user put it low
    dlg._show_preflight_text("\n".join(f"line {n}" for n in range(5)))
    _within(dlg, laptop)
    assert dlg.frameGeometry().bottom() <= laptop.bottom()


def test_a_long_preflight_scrolls_inside_the_dialog_on_a_laptop_screen(
    laptop: QRect, qtbot: Any, window: Any, gui_catalog: Any, settings: Any
) -> None:
    """A preflight of 40 lines (a large mixed export: one warning per deck, clip and
    photo it cannot treat) made the dialog taller than a 1366x768 screen: its buttons
    went below the bottom edge. The preflight's text now scrolls inside its box; the
    dialog and its Export button stay on screen, and the last line can be scrolled to."""
    from PySide6.QtWidgets import QDialogButtonBox

    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(gui_catalog, window.runner, gui_catalog.query_ids()[:3], window, settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    lines = [f"deck-{n:02}.pptx is left out: replace the object with a picture." for n in range(40)]
    dlg._show_preflight_text("\n".join(lines))
    qtbot.wait(50)
    _within(dlg, laptop)
    assert dlg.minimumSizeHint().height() <= laptop.height()
    buttons = dlg.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.isVisible()
    bottom = buttons.mapTo(dlg, buttons.rect().bottomLeft()).y()
    assert bottom <= dlg.height()  # not cut off at the dialog's (the screen's) bottom
    label = dlg.preflight_label
    assert label.text().endswith("deck-39.pptx is left out: replace the object with a picture.")
    scroll = dlg.preflight_scroll
    scroll.ensureWidgetVisible(label, 0, 0)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the text is taller than its room: it scrolls
    bar.setValue(bar.maximum())
    shown = label.visibleRegion().boundingRect()
    assert shown.bottom() >= label.height() - 2  # the last line is reachable


def test_enter_in_a_dialogs_field_presses_only_a_default_meant_as_one(
    qtbot: Any, qapp: Any
) -> None:
    """Shown with no default button, Qt made the first button in the focus chain one: Enter
    typed in the export dialog's folder field opened "Choose…", in the programme editor
    "Event…". Enter now presses the dialog's OK, or a default set on purpose, else nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout

    from smparchive.gui.screen_fit import FittedDialog

    def dialog(box: QDialogButtonBox.StandardButton, meant: bool = False) -> Any:
        dlg = FittedDialog()
        qtbot.addWidget(dlg)
        col = QVBoxLayout(dlg)
        dlg.field = QLineEdit()
        dlg.side = QPushButton("Choose…")
        dlg.pressed = []
        dlg.side.clicked.connect(lambda: dlg.pressed.append("side"))
        dlg.side.setDefault(meant)
        buttons = QDialogButtonBox(box)
        buttons.accepted.connect(lambda: dlg.pressed.append("ok"))
        for w in (dlg.field, dlg.side, buttons):
            col.addWidget(w)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.field.setFocus()
        qtbot.keyClick(dlg.field, Qt.Key.Key_Return)
        return dlg

    assert dialog(QDialogButtonBox.StandardButton.Close).pressed == []
    assert dialog(QDialogButtonBox.StandardButton.Ok).pressed == ["ok"]
    assert dialog(QDialogButtonBox.StandardButton.Close, meant=True).pressed == ["side"]
