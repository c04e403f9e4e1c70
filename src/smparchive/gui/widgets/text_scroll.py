"""A block of text that takes the height it needs and scrolls only beyond what it is given."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class TextScroll(QScrollArea):
    """Holds ``page`` (word-wrapped labels): its size hint is the page's height at the
    width it is shown at, so a short text leaves the room below it to its neighbours; a
    text taller than the layout can give scrolls instead of pushing the window past the
    screen's edge."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        page.installEventFilter(self)

    def sizeHint(self) -> QSize:
        # The width is the layout's to give (the text wraps in it): a hint as wide as the
        # text's widest line widened the export dialog past a 1366 px screen.
        wide = self.fontMetrics().averageCharWidth() * 30
        page = self.widget()
        if page is None:
            return QSize(wide, super().sizeHint().height())
        width = self.viewport().width() if self.isVisible() else wide
        layout = page.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = page.sizeHint().height()
        return QSize(wide, height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 10, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # new text: a new height to ask the dialog for
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped at another width: another height
