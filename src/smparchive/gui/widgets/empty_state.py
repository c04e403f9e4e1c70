"""What the results area shows when it has nothing to show: why, and what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """An overlay over the results: a title, one sentence and up to three buttons.

    It is a sibling laid over ``over`` (following its geometry with an event filter), not
    its child, so the results' own shortcuts (Space, digits) never reach its buttons.
    """

    def __init__(self, over: QWidget) -> None:
        super().__init__(over.parentWidget())
        self.over = over
        self.setObjectName("emptyState")
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.setSpacing(8)
        self.buttons: list[QPushButton] = []
        col = QVBoxLayout(self)
        col.addStretch(2)
        col.addWidget(self.title)
        col.addWidget(self.text)
        col.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(self._buttons_row)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(3)
        over.installEventFilter(self)
        self.hide()

    def show_state(
        self, title: str, text: str, actions: list[tuple[str, Callable[[], None]]]
    ) -> None:
        """Show ``title`` and ``text`` with one button per (label, callback)."""
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        for b in self.buttons:
            b.hide()
            b.deleteLater()
        self.buttons = []
        for n, (label, callback) in enumerate(actions):
            b = QPushButton(label, self)
            b.setObjectName(f"emptyAction{n}")
            b.setDefault(n == 0)
            b.clicked.connect(lambda _c=False, cb=callback: cb())
            self._buttons_row.addWidget(b)
            self.buttons.append(b)
        self._fit()
        self.show()
        self.raise_()
        if _holds_focus(self.over):  # (Return in the search: it went on to a covered grid)
            self.take_focus()

    def take_focus(self) -> bool:
        """The keyboard to the first button, when shown with some: the results it covers
        are no place for it (their focus unseen, Tab reached the buttons after the
        inspector). False when it has none to offer."""
        if not (self.isVisible() and self.buttons):
            return False
        self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear(self) -> None:
        had = _holds_focus(self)
        self.hide()
        if had:  # its button pressed brought results: the keyboard goes on to them
            shown = getattr(self.over, "currentWidget", None)  # a stack: the page shown
            (shown() if shown is not None else self.over).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        self.setGeometry(self.over.geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.over and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._fit()
        return super().eventFilter(watched, event)


def _holds_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))
