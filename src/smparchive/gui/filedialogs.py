"""Choosing a folder, in Qt's own dialog where the system offers no native one.

Its labels ("Look in:", "Files of type:", the Type column) come from Qt's catalogue and the
gaps ours fills (gui/qt_texts.py), both installed by ``app.install_translations``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder(start: str = "") -> str:
    """Where a chooser opens: ``start``, or the user's home folder when there is none yet.
    Qt's dialogs open an empty start in the process's working directory, which for an app
    started from a terminal or a launcher is its source tree or /, never the user's files.
    (``start`` itself is not probed: a remembered share that stopped answering could hang.)"""
    return start or str(Path.home())


def existing_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    """The folder the user chose ('' when cancelled)."""
    dialog = QFileDialog(parent, title, start_folder(start))
    dialog.setObjectName("folderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialog.exec():
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""
