"""The folder chooser's details fit: in French at 1366x768 its Date column read "Dernière
modifica" over "07/12/... 05:54", the dialog 632 px wide on a screen with room to spare.
(Qt sizes those columns from English samples, "10/29/81 02:02PM", or restores the widths
saved by the last dialog; the test starts them narrow as both can.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileSystemModel, QTreeView

from smparchive.gui.filedialogs import folder_dialog


def test_the_folder_chooser_shows_whole_column_titles_and_dates(
    qtbot: Any, french: Any, tmp_path: Path
) -> None:
    for name in ("Photos", "Vidéos", "Documents"):
        (tmp_path / name).mkdir()
    dialog = folder_dialog(None, "Ajouter un dossier", str(tmp_path))
    qtbot.addWidget(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None  # Qt's own dialog (offscreen: no native one)
    model = tree.model()
    assert isinstance(model, QFileSystemModel)
    header = tree.header()
    for column in range(1, header.count()):
        header.resizeSection(column, 40)
    dialog.show()
    qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 3)
    # the columns are fitted once the listing is in (its signal, after the rows)
    qtbot.waitUntil(lambda: header.sectionSize(header.count() - 1) > 40, timeout=2000)
    fm = tree.fontMetrics()
    for column in range(1, header.count()):
        title = str(model.headerData(column, header.orientation()))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
        for row in range(3):
            text = str(model.index(row, column, tree.rootIndex()).data() or "")
            assert header.sectionSize(column) >= fm.horizontalAdvance(text), (title, text)
    # the name column keeps its room, and takes what is left: no empty strip at the right
    assert header.sectionSize(0) >= fm.horizontalAdvance("Documents")
    bar = tree.verticalScrollBar().sizeHint().width()
    assert header.length() >= tree.viewport().width() - bar
    assert not tree.horizontalScrollBar().isVisible()
