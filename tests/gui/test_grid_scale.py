"""End, Ctrl+End and PageDown over a grid of many rows land at once (issue 19).

QListView laid out a wrapping list row by row with Python model calls for each: for
seconds after showing a million rows, End made the last item current but the view
scrolled only as far as the rows laid out so far. The grid's layout is arithmetic now:
only the cells on screen are asked about.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

pytestmark = pytest.mark.gui

ROWS = 200_000


class Rows(QAbstractListModel):
    """``ROWS`` rows; counts how often a row is asked about (data)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n
        self.asked: set[int] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.n

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        self.asked.add(index.row())
        return f"item {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None


def _on_screen(view: Any, row: int) -> bool:
    rect = view.visualRect(view.model().index(row, 0))
    return view.viewport().rect().contains(rect.center())


def test_end_shows_the_last_of_many_rows_at_once(qapp: Any, qtbot: Any) -> None:
    from smparchive.gui.views.browser_views import GridView

    grid = GridView()
    qtbot.addWidget(grid)
    model = Rows(ROWS)
    grid.setModel(model)
    grid.resize(900, 600)
    grid.show()
    qtbot.waitExposed(grid)
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_End)  # no event loop turned in between
    assert grid.currentIndex().row() == ROWS - 1
    assert _on_screen(grid, ROWS - 1)
    first, last = grid.visible_rows()
    assert last == ROWS - 1 and last - first < 100
    qtbot.waitUntil(lambda: ROWS - 1 in model.asked, timeout=2000)  # painted: on screen
    qtbot.keyClick(grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert grid.currentIndex().row() == 0 and _on_screen(grid, 0)
    qtbot.keyClick(grid, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert grid.currentIndex().row() == ROWS - 1 and _on_screen(grid, ROWS - 1)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    row = grid.currentIndex().row()
    assert row > 0 and _on_screen(grid, row)
    qtbot.wait(50)
    # only cells that were on screen were ever asked for
    assert len(model.asked) < 300


def test_the_grid_keys_walk_lines_and_cells(qapp: Any, qtbot: Any) -> None:
    from smparchive.gui.views.browser_views import GridView

    grid = GridView()
    qtbot.addWidget(grid)
    grid.setModel(Rows(10))
    grid.resize(900, 600)
    grid.show()
    qtbot.waitExposed(grid)
    cols = grid.columns()
    assert 1 < cols < 10
    grid.setFocus()
    grid.select_row(0)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex().row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 1 + cols
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.currentIndex().row() == 1
    # a cell in the next line, picked by where it is drawn
    rect = grid.visualRect(grid.model().index(cols, 0))
    assert grid.indexAt(rect.center()).row() == cols
    qtbot.keyClick(grid, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert grid.selectionModel().selectedRows().__len__() == 9  # rows 1..9


def test_the_filmstrip_scrolls_to_the_last_of_many_rows(qapp: Any, qtbot: Any) -> None:
    from smparchive.gui.viewers.filmstrip import Filmstrip

    model = Rows(ROWS)
    strip = Filmstrip(model)
    qtbot.addWidget(strip)
    strip.resize(900, strip.height())
    strip.show()
    qtbot.waitExposed(strip)
    strip.show_row(ROWS - 1)
    assert strip.currentIndex().row() == ROWS - 1 and _on_screen(strip, ROWS - 1)
    strip.show_row(ROWS // 2)
    assert _on_screen(strip, ROWS // 2)


@pytest.mark.parametrize("wrapping", [True, False], ids=["grid", "filmstrip"])
def test_records_arriving_for_many_rows_repaint_the_cells_on_screen_at_once(
    qapp: Any, qtbot: Any, wrapping: bool
) -> None:
    """A page of records arriving (a change over a range of rows) repaints the cells on
    screen without the view measuring each row of the range: Qt's handler asked for
    every row's rectangle, a call into Python each, 40-70 ms of the UI thread per page
    of 200 at a million items while scrolling."""
    from smparchive.gui.views.uniform_grid import UniformGrid

    measured: list[int] = []

    class Measured(UniformGrid):
        def visualRect(self, index: Any) -> Any:
            measured.append(index.row())
            return super().visualRect(index)

    view = Measured(wrapping=wrapping)
    qtbot.addWidget(view)
    model = Rows(ROWS)
    view.setModel(model)
    view.setGridSize(view.gridSize())
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    first, last = view.visible_span()
    qtbot.waitUntil(lambda: set(range(first, last + 1)) <= model.asked, timeout=2000)
    model.asked.clear()
    measured.clear()
    model.dataChanged.emit(model.index(first, 0), model.index(first + 199, 0))  # a page
    assert len(measured) < 10  # before: one per row of the page, 200
    # every cell on screen is painted again with the new data
    qtbot.waitUntil(lambda: set(range(first, last + 1)) <= model.asked, timeout=2000)
