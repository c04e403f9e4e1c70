"""The application object: the one place events sent to the app itself are handled."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class Application(QApplication):
    """Hands macOS's ``QEvent.FileOpen`` (a double-clicked .smpcat) on as ``file_open``.

    Why an override and not an event filter on the application: a filter installed on the
    app sees every event of every object, so each one crossed into Python and every object
    got a Python wrapper, some while still half-built (a scroll bar is a plain QWidget in
    its QWidget constructor, which sends QEvent.Create); a wrapper kept alive from then on
    made ``horizontalScrollBar()`` answer a QWidget. ``event`` sees the app's own events only.
    """

    file_open = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self.file_open.emit(name)
                return True
        return super().event(event)
