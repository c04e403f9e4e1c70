"""Menu commands of the main window: each opens a dialog or starts an operation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from smparchive import __version__
from smparchive.core import paths
from smparchive.gui.i18n import translate

if TYPE_CHECKING:
    from smparchive.gui.main_window import MainWindow

CATALOGUE_FILTER = "smparchive catalogue (*.smpcat);;All files (*)"


# -- catalogues -----------------------------------------------------------------------------
def request_catalogue(w: MainWindow, path: Path, create: bool) -> None:
    w.catalogue_requested.emit(str(path), create)


def new_catalogue(w: MainWindow) -> None:
    start = str(Path(w.catalog.location).parent / f"untitled{paths.CATALOGUE_SUFFIX}")
    name, _ = QFileDialog.getSaveFileName(
        w,
        translate("Commands", "New Catalogue"),
        start,
        CATALOGUE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(paths.CATALOGUE_SUFFIX)
    if path.exists():
        QMessageBox.information(
            w,
            translate("Commands", "New Catalogue"),
            translate(
                "Commands",
                "%1 already exists and will not be replaced. Use File > Open to open it.",
            ).replace("%1", str(path)),
        )
        return
    request_catalogue(w, path, True)


def open_catalogue(w: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        w,
        translate("Commands", "Open Catalogue"),
        str(Path(w.catalog.location).parent),
        CATALOGUE_FILTER,
    )
    if name:
        request_catalogue(w, Path(name), False)


# -- folders --------------------------------------------------------------------------------
def add_folder(w: MainWindow) -> None:
    name = QFileDialog.getExistingDirectory(w, translate("Commands", "Add Folder to the Catalogue"))
    if name:
        from smparchive.gui.controllers.ingest import start_ingest

        start_ingest(w, [Path(name)])


def rescan(w: MainWindow) -> None:
    from smparchive.gui.controllers.ingest import start_ingest

    start_ingest(w, [])


# -- view -----------------------------------------------------------------------------------
def thumb_size(w: MainWindow, delta: int) -> None:
    size = max(96, min(320, w.settings.thumb_size + delta))
    w.settings.thumb_size = size
    w.grid.set_thumb_size(size)


def preferences(w: MainWindow) -> None:
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    dlg = PreferencesDialog(w.settings, w.catalog, w.ops, w)
    if dlg.exec():
        w.grid.set_thumb_size(w.settings.thumb_size)
        w.inspector.languages = w.settings.caption_languages


# -- collections ----------------------------------------------------------------------------
def new_collection(w: MainWindow) -> None:
    ids = w.selected_ids()
    name, ok = QInputDialog.getText(
        w,
        translate("Commands", "New Collection"),
        translate(
            "Commands", "Name of the new collection (the %1 selected items go in it):"
        ).replace("%1", str(len(ids))),
    )
    if ok and name.strip():
        w.ops.run(
            translate("Commands", "New collection"),
            lambda c: c.create_collection(name.strip(), item_ids=ids),
        )


def new_smart_collection(w: MainWindow) -> None:
    query = w.search.text().strip()
    if not query:
        w.show_error(
            translate("Commands", "Type a search first: a smart collection saves the search.")
        )
        return
    name, ok = QInputDialog.getText(
        w,
        translate("Commands", "New Smart Collection"),
        translate("Commands", "Name for the search “%1”:").replace("%1", query),
    )
    if ok and name.strip():
        w.ops.run(
            translate("Commands", "New smart collection"),
            lambda c: c.create_collection(name.strip(), query=query),
        )


def add_to_collection(w: MainWindow) -> None:
    ids = w.selected_ids()
    if not ids:
        return
    from smparchive.gui.dialogs.pickers import pick_collection

    pick_collection(w, ids)


def remove_from_collection(w: MainWindow) -> None:
    cid = w.browser.collection_id
    ids = w.selected_ids()
    if cid is None or not ids:
        return
    w.ops.run(
        translate("Commands", "Remove from collection"),
        lambda c: c.remove_from_collection(cid, ids),
    )


# -- programme ------------------------------------------------------------------------------
def choose_session(w: MainWindow) -> None:
    from smparchive.gui.dialogs.pickers import pick_session

    pick_session(w, w.selected_ids())


def schedule_editor(w: MainWindow) -> None:
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    ScheduleEditor.open(w)


def import_programme(w: MainWindow) -> None:
    from smparchive.gui.dialogs.schedule_editor import import_programme_file

    import_programme_file(w)


def assignment_preview(w: MainWindow) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    AssignmentDialog.open(w)


def clock_dialog(w: MainWindow) -> None:
    from smparchive.gui.dialogs.clocks import ClockDialog

    ClockDialog.open(w)


def timeline(w: MainWindow) -> None:
    from smparchive.gui.dialogs.clocks import TimelineWindow

    TimelineWindow.open(w)


# -- help -----------------------------------------------------------------------------------
def show_shortcuts(w: MainWindow, acts: dict[str, QAction]) -> None:
    rows = []
    for act in acts.values():
        keys = ", ".join(s.toString() for s in act.shortcuts())
        if keys:
            rows.append(f"<tr><td><b>{keys}</b></td><td>{act.text().replace('&', '')}</td></tr>")
    extra = [
        (
            translate("Commands", "Arrows, Home/End, PgUp/PgDn"),
            translate("Commands", "Move in the grid (Shift extends the selection)"),
        ),
        (
            translate("Commands", "Enter / Down in search"),
            translate("Commands", "Go to the results"),
        ),
        (translate("Commands", "Esc in a field"), translate("Commands", "Back to the results")),
    ]
    rows += [f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in extra]
    box = QMessageBox(w)
    box.setWindowTitle(translate("Commands", "Keyboard Shortcuts"))
    box.setText("<table cellspacing=4>" + "".join(rows) + "</table>")
    box.exec()


def open_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def about(w: MainWindow) -> None:
    QMessageBox.about(
        w,
        translate("Commands", "About smparchive"),
        translate(
            "Commands",
            "<h3>smparchive %1</h3><p>Catalogue, organise, view and export conference media: "
            "photos, recordings and slide decks, by day and session.</p>"
            "<p>Catalogue: %2<br>Logs: %3</p>",
        )
        .replace("%1", __version__)
        .replace("%2", w.catalog.location)
        .replace("%3", str(paths.log_dir())),
    )
