"""Date and time fields that take typed digits after a click.

Qt's date and time fields accept typed digits only into a selected section (the hours,
the minutes...): clicked into, they show a cursor and refuse every digit typed there, so
typing the time a slide shows did nothing but the arrow keys worked. Here a click selects
the section under the pointer, as keyboard focus already does; typing then replaces it and
moves on to the next section once it is complete ('093600' gives 09:36:00).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit


class _ClickSelectsSection(QObject):
    """Event filter on a field's line edit: a click selects the section it landed in
    (a drag that selected text itself is left as it is)."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._line = edit.lineEdit()
        self._line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._line
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self._line.hasSelectedText()
        ):
            self._edit.setSelectedSection(self._edit.currentSection())
        return False


class TypedTimeEdit(QTimeEdit):
    """A time field that takes typed digits after a click (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        _ClickSelectsSection(self)


class TypedDateEdit(QDateEdit):
    """A date field that takes typed digits after a click (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        _ClickSelectsSection(self)
