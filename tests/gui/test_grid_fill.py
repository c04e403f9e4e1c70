"""The grid's cells fill its width at every window width, as Lightroom's do: no wide gaps
between cards (at 1366 px it showed three columns with ~45 px between the pictures), and
the pictures grow with their cells without being blown up past their own pixels."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPixmap, QStandardItem, QStandardItemModel
from tests.gui.test_time_agreement import record

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.thumbcache import THUMB
from smparchive.gui.models.roles import RECORD_ROLE, THUMBNAIL_ROLE

pytestmark = pytest.mark.gui

RED = QColor(230, 0, 0)


def _record(n: int) -> ItemRecord:
    return record(
        id=n, rel_path=f"{n}.jpg", path=f"/x/{n}.jpg", name=f"{n}.jpg", sha256=f"{n:064d}"
    )


def _grid(qtbot: Any, rows: int = 12) -> Any:
    from smparchive.gui.views.browser_views import GridView

    picture = QPixmap(THUMB, THUMB * 3 // 4)  # a landscape grid thumbnail
    picture.fill(RED)
    model = QStandardItemModel()
    for n in range(rows):
        item = QStandardItem()
        item.setData(_record(n + 1), RECORD_ROLE)
        item.setData(picture, THUMBNAIL_ROLE)
        model.appendRow(item)
    grid = GridView()
    grid.setModel(model)
    grid.model_ref = model  # kept alive with the view
    qtbot.addWidget(grid)
    grid.set_thumb_size(180)  # the default
    return grid


def _red_runs(image: QImage, y: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = -1
    for x in range(image.width() + 1):
        red = x < image.width() and image.pixelColor(x, y) == RED
        if red and start < 0:
            start = x
        elif not red and start >= 0:
            runs.append((start, x - 1))
            start = -1
    return runs


@pytest.mark.parametrize("width", [420, 745, 900, 1100, 1361, 1700])
def test_cells_fill_the_width_and_pictures_fill_the_cells(qtbot: Any, width: int) -> None:
    grid = _grid(qtbot)
    grid.resize(width + grid.verticalScrollBar().sizeHint().width() + 2, 700)
    grid.show()
    qtbot.waitExposed(grid)
    qtbot.waitUntil(lambda: grid.viewport().width() > 0)
    view_w = grid.viewport().width()
    base = grid.delegate.cell_size()
    cell, columns = grid.gridSize(), grid.columns()
    assert view_w - columns - 2 <= columns * cell.width() <= view_w  # the width is filled
    assert 0.75 * base.width() <= cell.width() <= 1.5 * base.width()  # near the chosen size
    image = grid.viewport().grab().toImage()
    y = cell.height() // 3  # through the pictures of the first line
    runs = _red_runs(image, y)
    assert len(runs) == min(columns, 12)
    widths = [b - a + 1 for a, b in runs]
    # each picture spans its cell but the card's margins (4 + 6 px a side), or stops at its
    # own pixels (never enlarged)
    assert all(w >= min(cell.width() - 20 - 1, THUMB) for w in widths), (widths, cell)
    assert all(w <= THUMB for w in widths)
    gaps = [runs[i + 1][0] - runs[i][1] - 1 for i in range(len(runs) - 1)]
    if cell.width() - 20 <= THUMB:  # pictures as wide as their cells: 20 px between them
        assert all(g <= 21 for g in gaps), gaps


def test_the_thumbnail_size_setting_still_sets_the_size(qtbot: Any) -> None:
    grid = _grid(qtbot)
    grid.resize(1000, 600)
    grid.show()
    qtbot.waitExposed(grid)
    for size in (96, 180, 256):
        grid.set_thumb_size(size)
        base = grid.delegate.cell_size()
        cell = grid.gridSize()
        assert 0.75 * base.width() <= cell.width() <= 1.5 * base.width()
        assert cell.height() - cell.width() == base.height() - base.width()  # square pictures
    assert grid.gridSize() != QSize()
