"""Date and time fields that take typed digits after a click.

Qt's date and time fields accept typed digits only into a selected section (the hours,
the minutes...): clicked into, they show a cursor and refuse every digit typed there, so
typing the time a slide shows did nothing but the arrow keys worked. Here a click selects
the section under the pointer, as keyboard focus already does; typing then replaces it and
moves on to the next section once it is complete ('093600' gives 09:36:00).

A whole time typed over the whole text (Ctrl+A, then '10:15:00') was refused too: Qt
takes digits only into a section and reads each ':' as "next section" even just after a
section filled up and moved on by itself, so the minutes were skipped. Digits typed over
the whole text start at the first section (a time field starts again from 00:00:00), and a
separator right after such a move is taken as already done.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
    }
)


class _Typing(QObject):
    """Event filter of a date or time field: a click selects the section it landed in (a
    drag that selected text itself is left as it is), and whole dates and times typed
    over the whole text go in section by section (see the module)."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._line = edit.lineEdit()
        self._line.installEventFilter(self)
        edit.installEventFilter(self)
        self._moved_on = False  # the last digit filled a section and moved to the next

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._line
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self._line.hasSelectedText()
        ):
            self._edit.setSelectedSection(self._edit.currentSection())
        elif (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            return self._typed(event)
        return False

    def _typed(self, event: QKeyEvent) -> bool:
        """True when the key was handled here (it then went to the field already)."""
        if event.key() in _MODIFIER_KEYS:  # the Shift pressed for ':' leaves the state be
            return False
        moved_on, self._moved_on = self._moved_on, False
        text = event.text()
        extra = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if len(text) != 1 or extra:
            return False
        edit, line = self._edit, self._line
        if not text.isdigit():
            # ':' after '10' filled the hours and moved on: not a second move
            return moved_on and text.isprintable() and not text.isalpha()
        if line.hasSelectedText() and line.selectedText() == line.text():
            if isinstance(edit, QTimeEdit):  # '10:15' over 11:58:15 means 10:15:00
                edit.setTime(QTime(0, 0))
            edit.setSelectedSection(edit.sectionAt(0))
        before = edit.currentSectionIndex()
        edit.event(event)  # the field types it as usual (this filter is not asked again)
        self._moved_on = edit.currentSectionIndex() != before
        return True


class TypedTimeEdit(QTimeEdit):
    """A time field that takes typed digits after a click and a whole time typed over it
    (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        _Typing(self)


class TypedDateEdit(QDateEdit):
    """A date field that takes typed digits after a click and a whole date typed over it
    (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        _Typing(self)
