"""The choosers' details fit: in French at 1366x768 the folder chooser's Date column read
"Dernière modifica" over "07/12/... 05:54", the dialog 632 px wide on a screen with room to
spare; the file choosers (Import Programme, captions, Open and New Catalogue) were Qt's
static dialogs, still cut so. (Qt sizes those columns from English samples, "10/29/81
02:02PM", or restores the widths saved by the last dialog; the test starts them narrow as
both can.)"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView

from smparchive.gui import filedialogs
from smparchive.gui.filedialogs import file_dialog, folder_dialog

GUI = Path(filedialogs.__file__).parent

CHOOSERS: dict[str, Callable[[str], QFileDialog]] = {
    "folder": lambda start: folder_dialog(None, "Ajouter un dossier", start),
    "open": lambda start: file_dialog(None, "Importer un programme", start, "Tout (*)"),
    "save": lambda start: file_dialog(None, "Nouveau catalogue", start, "Tout (*)", save=True),
}


@pytest.mark.parametrize("kind", CHOOSERS)
def test_every_chooser_shows_whole_column_titles_and_dates(
    qtbot: Any, french: Any, tmp_path: Path, kind: str
) -> None:
    for name in ("Photos", "Vidéos", "Documents"):
        (tmp_path / name).mkdir()
    dialog = CHOOSERS[kind](str(tmp_path))
    qtbot.addWidget(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None  # Qt's own dialog (offscreen: no native one)
    model = tree.model()
    assert isinstance(model, QFileSystemModel)
    header = tree.header()
    for column in range(1, header.count()):
        header.resizeSection(column, 40)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
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


def _shown(monkeypatch: pytest.MonkeyPatch) -> list[QFileDialog]:
    """The choosers the app opens from now on (each cancelled at once); Qt's static
    choosers, which cannot be fitted, fail the test rather than wait for a click."""
    shown: list[QFileDialog] = []

    def static(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("a static QFileDialog chooser: its columns cannot be fitted")

    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, static)
    monkeypatch.setattr(QFileDialog, "exec", lambda d: shown.append(d) or 0)
    return shown


def _fitted(dialog: QFileDialog) -> bool:
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None
    stretched = tree.header().sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    room = dialog.screen().availableGeometry().width() - 40
    return stretched and dialog.width() >= min(filedialogs.WIDTH, room)


def test_the_catalogue_and_programme_choosers_are_the_fitted_one(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from smparchive.gui import commands
    from smparchive.gui.app import WindowManager
    from smparchive.gui.dialogs.schedule_editor import import_programme_file
    from smparchive.gui.settings import Settings

    shown = _shown(monkeypatch)
    assert import_programme_file(window.deps) is None
    assert commands.open_catalogue(window.deps) is None
    assert commands.new_catalogue(window.deps) is None
    manager = WindowManager(Settings())
    assert manager._ask_path(window, "open") is None
    assert manager._ask_path(window, "new") is None
    assert len(shown) == 5 and all(_fitted(d) for d in shown)
    opening = [d for d in shown if d.acceptMode() == QFileDialog.AcceptMode.AcceptOpen]
    assert len(opening) == 3 and all(
        d.fileMode() == QFileDialog.FileMode.ExistingFile for d in opening
    )
    # a new catalogue's name is checked by the app (an existing one is opened, not replaced)
    saving = [d for d in shown if d.acceptMode() == QFileDialog.AcceptMode.AcceptSave]
    assert len(saving) == 2 and all(
        d.testOption(QFileDialog.Option.DontConfirmOverwrite) for d in saving
    )


def test_no_chooser_is_one_of_qts_static_ones() -> None:
    """The captions' chooser (the player's, which needs VLC) and any later one: every file
    chooser of the interface is made by gui/filedialogs.py."""
    static = {"getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
              "getOpenFileUrl", "getSaveFileUrl", "getExistingDirectoryUrl"}  # fmt: skip
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in static:
                found.append(f"{path.relative_to(GUI)}:{node.lineno} {node.attr}")
    assert found == []
