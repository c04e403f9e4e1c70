"""The grid reports a screenful of visible rows, even before its batched layout is done."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_visible_rows_is_a_screenful_while_laying_out(qapp: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QStringListModel

    from smparchive.gui.views.browser_views import GridView

    grid = GridView()
    qtbot.addWidget(grid)
    model = QStringListModel([f"item {i}" for i in range(60_000)])
    grid.setModel(model)
    grid.resize(900, 600)
    grid.show()
    sb = grid.verticalScrollBar()
    cell = grid.gridSize()
    screenful = (900 // cell.width() + 1) * (600 // cell.height() + 3)
    for _ in range(20):  # scroll while the 60,000 rows are still being laid out in batches
        sb.setValue(sb.maximum())
        first, last = grid.visible_rows()
        assert 0 <= first <= last < model.rowCount()
        assert last - first < screenful, (first, last)
        qapp.processEvents()
