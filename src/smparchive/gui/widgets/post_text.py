"""The post text as it will be pasted: a read-only box that asks for the height its text
needs, so a dialog with room for it shows the whole post."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MAX_LINES = 30  # beyond this the box scrolls: a post longer than a screenful is rare


class PostText(QPlainTextEdit):
    """Read-only; its size hint is its text's height at the width it is shown at (at most
    ``MAX_LINES`` lines). With Qt's fixed hint of about eight lines the export dialog stayed
    540 px tall on a 1920x1080 screen, a four-photo Mastodon post scrolling in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self.updateGeometry()  # the layout asks for the new hint

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        # the width the text wraps in with a scroll bar shown: a hint made without one
        # came out a line short once the bar appeared
        margin = 2 * int(self.document().documentMargin())
        bar = self.verticalScrollBar().sizeHint().width()
        width = max(self.width() - 2 * self.frameWidth() - bar - margin, 60)
        text = self.toPlainText() or self.placeholderText()
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        body = metrics.boundingRect(QRect(0, 0, width, 1_000_000), flags, text).height()
        # a line to spare: the editor wraps a little narrower than the bounding rect
        body = min(body + metrics.lineSpacing(), metrics.lineSpacing() * MAX_LINES)
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + margin
        return QSize(hint.width(), max(self.minimumHeight(), body + extra))
