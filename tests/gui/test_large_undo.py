"""Ctrl+Z on a step that changes hundreds of items asks first, as `smparchive undo` does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def _ratings(cat: Any, ids: list[int]) -> set[int]:
    return {cat.item(i).rating for i in ids}


def test_the_app_asks_before_undoing_a_large_step(
    qapp: Any, qtbot: Any, tmp_path: Path, sync_runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMessageBox, QWidget
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.menus import build_actions
    from smparchive.gui.undo import CatalogCommand

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    ids = insert_items(cat, tmp_path / "media", [{"name": f"IMG_{i:04d}.JPG"} for i in range(250)])
    result = cat.set_fields(ids, rating=4)
    window = QWidget()
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    stack.push(CatalogCommand(cat, sync_runner, result.undo, lambda _c: None, "Rating"))
    undo = build_actions(window, window, window, stack)["undo"]

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    undo.trigger()
    assert asked and "250" in asked[0] and "“Rating”" in asked[0]  # as Edit > Undo names it
    assert _ratings(cat, ids) == {4}, "cancelled: nothing was undone"
    assert stack.canUndo()

    answer[0] = QMessageBox.StandardButton.Yes
    undo.trigger()
    assert len(asked) == 2
    assert _ratings(cat, ids) == {0}
    assert not stack.canUndo()
    cat.close()


def test_a_small_undo_does_not_ask(
    qapp: Any, qtbot: Any, tmp_path: Path, sync_runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMessageBox, QWidget
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui.menus import build_actions
    from smparchive.gui.undo import CatalogCommand

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    ids = insert_items(cat, tmp_path / "media", [{"name": f"IMG_{i:04d}.JPG"} for i in range(3)])
    result = cat.set_fields(ids, rating=2)
    window = QWidget()
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    stack.push(CatalogCommand(cat, sync_runner, result.undo, lambda _c: None, "Rating"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    build_actions(window, window, window, stack)["undo"].trigger()
    assert _ratings(cat, ids) == {0}
    cat.close()
