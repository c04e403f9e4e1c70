"""Date fields take digits typed after a click into them, as time fields do (the clock
dialog's test types a time): Qt's own refuse digits typed at a cursor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt

from smparchive.gui.widgets.typed_time import TypedDateEdit


def test_a_date_clicked_into_takes_the_digits_typed(qtbot: Any) -> None:
    edit = TypedDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(2022, 6, 1))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    line = edit.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
    qtbot.keyClicks(edit, "20230915")
    assert edit.date() == QDate(2023, 9, 15)
