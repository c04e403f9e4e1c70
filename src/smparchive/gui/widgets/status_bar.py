"""The main window's status bar: a passing message is read whole, on two lines if need be.

QStatusBar paints a message on one line, cut where its permanent notices begin: at 1366 px
the French "Laissé tel quel : bob a fait la même modification …" lost its end. Here the
message is a word-wrapped label over the bar's normal widgets, left of the permanent ones,
and the bar is always two lines high, so a long message does not move the grid above it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

GAP = 12  # px between the message and the notices on its right
LINES = 2  # a message's lines the bar always has room for


class StatusBar(QStatusBar):
    """A QStatusBar whose temporary message wraps onto :data:`LINES` lines (``showMessage``,
    ``currentMessage`` and ``messageChanged`` work as ever). A message longer still ends
    with "…" and is whole in the label's tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.message.hide()
        self._permanent: list[QWidget] = []
        m = self.contentsMargins()
        self.setMinimumHeight(LINES * self.fontMetrics().lineSpacing() + m.top() + m.bottom() + 6)
        self.messageChanged.connect(self._show)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:
        super().addPermanentWidget(widget, stretch or 0)
        self._permanent.append(widget)
        widget.installEventFilter(self)  # the message makes way as a notice comes and goes

    def shown(self) -> str:
        """The message as it reads on screen ('' when none)."""
        return self.message.text() if self.message.isVisible() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Move):
            self._place()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():  # a message is the label's to show, wrapped
            super().paintEvent(event)

    def _show(self, text: str) -> None:
        self.message.setVisible(bool(text))
        self._place()

    def _place(self) -> None:
        """The label between the bar's left edge and its first notice, the message fitted
        in its lines."""
        text = self.currentMessage()
        if not text:
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # a notice shown a moment ago has its place
        m = self.contentsMargins()
        right = self.width() - m.right()
        for widget in self._permanent:
            if widget.isVisible():
                right = min(right, widget.geometry().left() - GAP)
        left = m.left() + 3
        height = self.height() - m.top() - m.bottom()
        self.message.setGeometry(left, m.top(), max(0, right - left), height)
        fitted = self._fitted(text, self.message.width())
        self.message.setText(fitted)
        self.message.setToolTip(text if fitted != text else "")
        self.message.raise_()

    def _fitted(self, text: str, width: int) -> str:
        """``text`` if it wraps into :data:`LINES` lines of ``width``, else cut with "…"."""
        fm = self.message.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        room = LINES * fm.lineSpacing()
        if width <= 0 or fm.boundingRect(0, 0, width, 10**6, flags, text).height() <= room:
            return text
        low, high = 0, len(text)  # the longest start that fits with its "…"
        while low < high:
            mid = (low + high + 1) // 2
            cut = text[:mid].rstrip() + "…"
            if fm.boundingRect(0, 0, width, 10**6, flags, cut).height() <= room:
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + "…"
