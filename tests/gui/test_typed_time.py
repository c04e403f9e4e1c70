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


def test_a_whole_time_typed_over_the_field_is_taken(qtbot: Any) -> None:
    """Ctrl+A then '10:15:00' was ignored (Qt takes digits into a section only, and its
    ':' skipped the minutes after the hours moved on by themselves)."""
    from PySide6.QtCore import QTime

    from smparchive.gui.widgets.typed_time import TypedTimeEdit

    edit = TypedTimeEdit()
    edit.setDisplayFormat("HH:mm:ss")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    ctrl = Qt.KeyboardModifier.ControlModifier
    for typed, wanted in (
        ("10:15:00", QTime(10, 15, 0)),
        ("101500", QTime(10, 15, 0)),
        ("10:15", QTime(10, 15, 0)),  # the rest of a time typed over it is 00
        ("9:5:7", QTime(9, 5, 7)),
    ):
        edit.setTime(QTime(11, 58, 15))
        qtbot.keyClick(edit, Qt.Key.Key_A, ctrl)
        for char in typed:  # as a keyboard sends it: Shift pressed first for ':'
            if not char.isdigit():
                qtbot.keyPress(edit, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyClicks(edit, char)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)  # Tab: the field takes what was typed
        assert edit.time() == wanted, typed


def test_a_whole_date_typed_over_the_field_is_taken(qtbot: Any) -> None:
    edit = TypedDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(2022, 6, 1))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "2023-09-15")
    assert edit.date() == QDate(2023, 9, 15)
