"""Choosing a folder, with every label of Qt's own dialog in the interface language.

Where the system offers no native dialog (a bare X11 or Wayland session), Qt shows its own;
Qt's French catalogue leaves some of its labels in English ("Look in:", "Files of type:").
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from smparchive.gui.i18n import translate


def existing_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    """The folder the user chose ('' when cancelled)."""
    dialog = QFileDialog(parent, title, start)
    dialog.setObjectName("folderDialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("FileDialogs", "Look in:"))
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType, translate("FileDialogs", "Files of type:")
    )
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("FileDialogs", "Folder:"))
    if not dialog.exec():
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""
