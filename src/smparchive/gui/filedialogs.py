"""Choosing a folder or a file, in Qt's own dialog where the system offers no native one.

Every chooser of the app is made here (``folder_dialog``, ``file_dialog``), not by Qt's
static ``QFileDialog.get…`` functions, whose dialog cannot be reached to fit its columns.
Tests stub a chooser by ``QFileDialog.exec`` or by this module's functions.

Its labels ("Look in:", "Files of type:", the Type column) come from Qt's catalogue and the
gaps ours fills (gui/qt_texts.py), both installed by ``app.install_translations``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QTreeView,
    QWidget,
)

WIDTH = 820  # Qt's own opens 632 px wide: a French date column was cut ("Dernière modifica")


def start_folder(start: str = "") -> str:
    """Where a chooser opens: ``start``, or the user's home folder when there is none yet.
    Qt's dialogs open an empty start in the process's working directory, which for an app
    started from a terminal or a launcher is its source tree or /, never the user's files.
    (``start`` itself is not probed: a remembered share that stopped answering could hang.)"""
    return start or str(Path.home())


def folder_dialog(parent: QWidget | None, title: str, start: str = "") -> QFileDialog:
    """The dialog choosing a folder, not yet shown."""
    dialog = QFileDialog(parent, title, start_folder(start))
    dialog.setObjectName("folderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    _fit_columns(dialog)
    return dialog


def file_dialog(
    parent: QWidget | None,
    title: str,
    start: str = "",
    filters: str = "",
    *,
    save: bool = False,
    confirm_overwrite: bool = True,
) -> QFileDialog:
    """The dialog choosing a file to open (an existing one) or to save (``save``), not yet
    shown. ``filters``: Qt's "Name (*.ext);;All files (*)"; ``start`` a folder or a file."""
    dialog = QFileDialog(parent, title, start_folder(start), filters)
    dialog.setObjectName("saveFileDialog" if save else "openFileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    _fit_columns(dialog)
    return dialog


def _fit_columns(dialog: QFileDialog) -> None:
    """Qt's details view: its Size, Type and Date columns at fixed widths cut longer labels
    and dates ("Dernière modifica", "07/12/... 05:54") with the screen's room unused. The
    dialog opens wider (within its screen) and those columns fit their contents once the
    folder is listed, the names taking the room left."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:  # a native dialog: the system lays it out
        return
    screen = (dialog.parentWidget() or dialog).screen() or QApplication.primaryScreen()
    room = screen.availableGeometry().width() - 40 if screen is not None else WIDTH
    dialog.resize(max(dialog.width(), min(WIDTH, room)), dialog.height())
    model = tree.model()

    def fit(_path: str = "") -> None:
        for column in range(1, tree.header().count()):
            tree.resizeColumnToContents(column)

    # the room left goes to the names (long ones were elided beside an empty strip)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    if isinstance(model, QFileSystemModel):
        model.directoryLoaded.connect(fit)
    fit()


def _chosen(dialog: QFileDialog) -> str:
    if not dialog.exec():
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""


def existing_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    """The folder the user chose ('' when cancelled)."""
    return _chosen(folder_dialog(parent, title, start))


def open_file_name(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str:
    """The existing file the user chose ('' when cancelled)."""
    return _chosen(file_dialog(parent, title, start, filters))


def save_file_name(
    parent: QWidget | None,
    title: str,
    start: str = "",
    filters: str = "",
    *,
    confirm_overwrite: bool = True,
) -> str:
    """The file name the user chose to save under ('' when cancelled)."""
    dialog = file_dialog(
        parent, title, start, filters, save=True, confirm_overwrite=confirm_overwrite
    )
    return _chosen(dialog)
