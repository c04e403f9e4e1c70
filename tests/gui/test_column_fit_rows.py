"""A table of a preview's 200,000 rows is fitted to the rows in view, and only while shown.

Qt's ``sizeHintForColumn`` reads up to 1,000 rows of each column besides those in view:
after each step of a correction typed into Camera Clocks (a 200,000-item camera at 1M) the
dialog's table was fitted that way, ~1 s of the UI thread with the dialog frozen and the
preview of the step waiting for it; a closed dialog's table was fitted again after a late
reset (~1 s while the user opened the Assign dialog). Small tables are fitted as before.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from smparchive.core.domain import assign as rules

pytestmark = pytest.mark.gui

T = datetime(2022, 6, 2, 9, 30, tzinfo=UTC)


def _preview_rows(n: int, wide_at: int | None = None) -> rules.ShiftRows:
    rows = []
    for i in range(n):
        name = f"IMG_{i:06d}.JPG" if i != wide_at else "A_VERY_LONG_NAME_" * 4 + ".JPG"
        rows.append((i, name, T, T + timedelta(hours=1), 1, 2, rules.Reason.INSIDE))
    return rules.ShiftRows(rows)


def _table(qtbot: Any, rows: rules.ShiftRows, show: bool = True) -> tuple[Any, Any, list[int]]:
    from PySide6.QtWidgets import QTableView

    from smparchive.gui.dialogs import clocks
    from smparchive.gui.views.tables import tidy

    asked: list[int] = []

    class Counted(clocks.ShiftModel):
        def data(self, index: Any, role: int = 0) -> Any:
            asked.append(index.row())
            return super().data(index, role)

    model = Counted(lambda sid: {1: "Opening", 2: "Panel"}.get(sid, "—"))
    view = QTableView()
    view.setModel(model)
    tidy(view, stretch=3)
    qtbot.addWidget(view)
    view.resize(1200, 300)
    if show:
        view.show()
        qtbot.waitExposed(view)
    model.set_rows(rows)
    qtbot.wait(30)
    return view, model, asked


def test_a_large_preview_is_fitted_to_the_rows_in_view(qtbot: Any) -> None:
    view, _, asked = _table(qtbot, _preview_rows(200_000, wide_at=5000))
    in_view = view.rowAt(view.viewport().height() - 1) + 1
    assert 0 < in_view < 40
    # the rows in view read (each for a few roles), not Qt's first 1,000 of each column
    assert asked and max(asked) <= in_view
    assert len(set(asked)) <= in_view + 1
    name_width = view.columnWidth(0)
    # a long name far down (row 5000) does not widen the column; one in view does
    view2, _, _ = _table(qtbot, _preview_rows(200_000, wide_at=3))
    assert view2.columnWidth(0) > name_width


def test_a_small_table_is_fitted_to_its_first_rows_as_before(qtbot: Any) -> None:
    wide, _, asked = _table(qtbot, _preview_rows(300, wide_at=250))
    narrow, _, _ = _table(qtbot, _preview_rows(300))
    assert max(asked) >= 250  # rows out of view read too
    assert wide.columnWidth(0) > narrow.columnWidth(0)


def test_a_hidden_table_is_fitted_when_shown_not_before(qtbot: Any) -> None:
    view, _, asked = _table(qtbot, _preview_rows(200_000), show=False)
    assert asked == []  # a closed dialog's late preview: nothing read for the columns
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(30)
    assert asked and max(asked) < 40  # fitted on showing, to the rows in view
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("IMG_000000.JPG")
