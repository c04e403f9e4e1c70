"""Commands behind the actions: each opens a dialog or starts an operation.

They receive ``Deps`` (catalogue, runners, settings, selection), never the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from smparchive import __version__
from smparchive.core import paths
from smparchive.core.catalog.locations import mask_url
from smparchive.gui import edit_names, filedialogs
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import filled, translate

if TYPE_CHECKING:
    from smparchive.gui.deps import Deps


# -- catalogues -----------------------------------------------------------------------------
def new_catalogue(w: Deps) -> tuple[Path, bool] | None:
    """Ask for a new catalogue's file: (path, True) to create it, (path, False) to open the
    existing catalogue the user chose to open instead; None when cancelled."""
    return ask_new_catalogue(w.parent, Path(w.catalog.location).parent)


def ask_new_catalogue(parent: QWidget | None, folder: Path) -> tuple[Path, bool] | None:
    """The file dialog for a new catalogue, starting in ``folder``, until a file that can
    be created is chosen (checked at once: the dialog does not ask about replacing a file,
    and a share may go away while it is shown). An existing file is never replaced: the
    user may open it instead. A folder gone, unreachable or read-only is said, and the
    dialog comes back. (path, create), or None when cancelled."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.catalog.schema import check_new_file
    from smparchive.gui.problem_texts import error_text

    title = translate("Commands", "New Catalogue")
    start = folder / f"untitled{paths.CATALOGUE_SUFFIX}"
    while True:
        name = filedialogs.save_file_name(
            parent,
            title,
            str(start),
            fmt.catalogue_filter(),
            confirm_overwrite=False,  # an existing one is not replaced: said below
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(paths.CATALOGUE_SUFFIX)
        start = path
        try:
            check_new_file(path)
        except CatalogError as exc:
            if getattr(exc.args[0], "code", None) == "catalogue.exists":
                box = QMessageBox(QMessageBox.Icon.Question, title, error_text(exc), parent=parent)
                open_it = box.addButton(
                    translate("Commands", "Open It"), QMessageBox.ButtonRole.AcceptRole
                )
                box.addButton(
                    translate("Commands", "Choose Another Name…"), QMessageBox.ButtonRole.RejectRole
                )
                box.exec()
                if box.clickedButton() is open_it:
                    return path, False
            else:
                QMessageBox.warning(parent, title, error_text(exc))
            continue
        return path, True


class Commands(QObject):
    """Texts with a count (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def new_collection(self, n: int) -> str:
        return self.tr("Name of the new collection (the %Ln selected items go in it):", None, n)


def open_catalogue(w: Deps) -> Path | None:
    """Ask for a catalogue to open; None when cancelled."""
    name = filedialogs.open_file_name(
        w.parent,
        translate("Commands", "Open Catalogue"),
        str(Path(w.catalog.location).parent),
        fmt.catalogue_filter(),
    )
    return Path(name) if name else None


# -- folders --------------------------------------------------------------------------------
def choose_folder(w: Deps) -> Path | None:
    """Ask for a folder to catalogue; None when cancelled."""
    from smparchive.gui.filedialogs import existing_directory

    name = existing_directory(
        w.parent, translate("Commands", "Add Folder to the Catalogue"), folder_to_start(w)
    )
    return Path(name) if name else None


def folder_to_start(w: Deps) -> str:
    """Where the folder chooser opens: beside the folder added last that was reachable at
    its last scan (the next card mounts there too), else home; it opened in the app's
    working directory (its source tree). The folders are the sidebar's (read on a worker):
    asking the catalogue here held the chooser back for a server round trip."""
    for root in reversed(w.roots):  # in the order they were added
        # reachable as the sidebar last saw it (on a worker): no look at the folder here,
        # where a share that stopped answering since held the window; a reachable folder's
        # parent exists
        if root.online:
            return str(Path(root.path).parent)
    return str(Path.home())


# -- view -----------------------------------------------------------------------------------
def preferences(w: Deps) -> bool:
    """The preferences dialog; True when the user applied changes."""
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    return bool(PreferencesDialog(w.settings, w.catalog, w.ops, w.parent).exec())


def people(w: Deps) -> None:
    """The People window (faces found in photos, grouped by person)."""
    from smparchive.gui.dialogs.people import PeopleWindow

    PeopleWindow.show_for(w)


# -- collections ----------------------------------------------------------------------------
def new_collection(w: Deps) -> None:
    ids = w.selected_ids()
    name, ok = QInputDialog.getText(
        w.parent,
        translate("Commands", "New Collection"),
        Commands().new_collection(len(ids)),
    )
    if ok and name.strip():
        from smparchive.gui.dialogs.pickers import collect

        collect(w, ids, name.strip(), None)


def new_smart_collection(w: Deps) -> None:
    # The search as typed: the one shown, or one still being searched (the catalogue
    # refuses it at saving if it turns out not to parse); never a text it already refused.
    query = w.browser.query_text.strip()
    if w.browser.query_failed:
        w.show_error(
            translate(
                "Commands",
                "The search cannot be saved as typed: correct it first (the line under the "
                "search field says why).",
            )
        )
        return
    if not query:
        w.show_error(
            translate("Commands", "Type a search first: a smart collection saves the search.")
        )
        return
    name, ok = QInputDialog.getText(
        w.parent,
        translate("Commands", "New Smart Collection"),
        translate("Commands", "Name for the search “%1”:").replace("%1", query),
    )
    if ok and name.strip():
        w.ops.run(
            edit_names.named(edit_names.Step.NEW_SMART_COLLECTION),
            lambda c: c.create_collection(name.strip(), query=query),  # stored in English
        )


def add_to_collection(w: Deps) -> None:
    ids = w.selected_ids()
    if not ids:
        return
    from smparchive.gui.dialogs.pickers import pick_collection

    pick_collection(w, ids)


def remove_from_collection(w: Deps) -> None:
    cid = w.browser.collection_id
    ids = w.selected_ids()
    if cid is None or not ids:
        return
    w.ops.run(
        edit_names.named(edit_names.Step.OUT_OF_COLLECTION),
        lambda c: c.remove_from_collection(cid, ids),
    )


# -- programme ------------------------------------------------------------------------------
def choose_session(w: Deps) -> None:
    from smparchive.gui.dialogs.pickers import pick_session

    pick_session(w, w.selected_ids())


def schedule_editor(w: Deps) -> None:
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    ScheduleEditor.show_for(w)


def import_programme(w: Deps) -> None:
    from smparchive.gui.dialogs.schedule_editor import import_programme_file

    import_programme_file(w)


def assignment_preview(w: Deps, item_ids: list[int] | None = None) -> None:
    """Proposed sessions for ``item_ids`` (default: every item of the catalogue)."""
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    AssignmentDialog.show_for(w, item_ids)


def clock_dialog(w: Deps, item_ids: list[int] | None = None) -> None:
    """Camera clocks, open on the camera of ``item_ids`` (default: the selection)."""
    from smparchive.gui.dialogs.clocks import ClockDialog

    ClockDialog.show_for(w, w.selected_ids() if item_ids is None else item_ids)


def timeline(w: Deps) -> None:
    from smparchive.gui.dialogs.clocks import TimelineWindow

    TimelineWindow.show_for(w)


# -- help -----------------------------------------------------------------------------------
def show_shortcuts(parent: QWidget, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """The keyboard shortcuts, grouped as in the action table (``menus.shortcut_rows``)."""
    from smparchive.gui.dialogs.shortcuts import ShortcutSheet

    ShortcutSheet(groups, parent).exec()


def open_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_log_folder() -> None:
    open_folder(paths.log_dir())


def about(w: Deps) -> None:
    QMessageBox.about(
        w.parent,
        translate("Commands", "About smparchive"),
        filled(
            translate(
                "Commands",
                "<h3>smparchive %1</h3><p>Catalogue, organise, view and export conference media: "
                "photos, recordings and slide decks, by day and session.</p>"
                "<p>Catalogue: %2<br>Logs: %3</p>",
            ),
            __version__,
            mask_url(w.catalog.location),
            str(paths.log_dir()),
        ),
    )
