"""Enter in a dialog's field presses a button of its button box, never a button in a row
("Choose…" opened a folder chooser when Enter followed a folder typed in the export
dialog)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_enter_after_typing_the_export_folder_opens_no_folder_chooser(
    qtbot: Any, catalog: Any, sync_runner: Any, add_items: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QSettings

    from smparchive.gui.dialogs import export_dialog
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    QSettings().remove("export/last")
    ids = add_items([{"name": "IMG_1.jpg", "mime": "image/jpeg", "size": 10}], tmp_path)
    chooser: list[str] = []
    monkeypatch.setattr(
        export_dialog.ExportDialog, "_choose_folder", lambda self: chooser.append("opened")
    )
    dlg = ExportDialog(catalog, sync_runner, ids)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.folder.setFocus()
    qtbot.keyClicks(dlg.folder, str(tmp_path / "out"))
    qtbot.keyClick(dlg.folder, Qt.Key.Key_Return)
    assert chooser == []
    assert dlg.preflight_btn.isDefault()  # Enter checks again; Ctrl+Enter exports
    assert not dlg.browse.isDefault()


def test_a_dialog_without_a_button_box_lends_enter_to_none_of_its_buttons(qtbot: Any) -> None:
    """The people window's "Yes, it is them (Y)" took an Enter pressed in its list."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    from smparchive.gui.screen_fit import FittedDialog

    dlg = FittedDialog()
    qtbot.addWidget(dlg)
    field = QLineEdit()
    pressed: list[str] = []
    yes = QPushButton("Yes, it is them (Y)")
    yes.clicked.connect(lambda: pressed.append("yes"))
    col = QVBoxLayout(dlg)
    col.addWidget(field)
    col.addWidget(yes)
    dlg.show()
    qtbot.waitExposed(dlg)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert pressed == []
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Space)  # the button itself still takes Space
    assert pressed == ["yes"]


def test_a_close_only_dialog_closes_on_enter_rather_than_press_a_row_button(
    qtbot: Any,
) -> None:
    """The programme editor's Enter opened "Add Day…" (its first button in the tab order)."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout

    from smparchive.gui.screen_fit import FittedDialog

    dlg = FittedDialog()
    qtbot.addWidget(dlg)
    field = QLineEdit()
    pressed: list[str] = []
    add_day = QPushButton("Add Day…")
    add_day.clicked.connect(lambda: pressed.append("add day"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dlg.reject)
    col = QVBoxLayout(dlg)
    col.addWidget(add_day)
    col.addWidget(field)
    col.addWidget(buttons)
    dlg.show()
    qtbot.waitExposed(dlg)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert pressed == []
    assert not dlg.isVisible()
