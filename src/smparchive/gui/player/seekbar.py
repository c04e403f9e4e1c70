"""Seek slider in milliseconds that jumps where clicked and paints the in/out markers."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget


class SeekBar(QSlider):
    """``seekRequested(seconds)`` on click or drag; :meth:`set_marks` shows in/out points."""

    seekRequested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.in_s: float | None = None
        self.out_s: float | None = None
        self.sliderMoved.connect(lambda ms: self.seekRequested.emit(ms / 1000))

    def set_length(self, seconds: float) -> None:
        self.setRange(0, int(seconds * 1000))
        self.update()

    def set_time(self, seconds: float) -> None:
        if not self.isSliderDown():
            self.blockSignals(True)
            self.setValue(int(seconds * 1000))
            self.blockSignals(False)

    def set_marks(self, in_s: float | None, out_s: float | None) -> None:
        self.in_s, self.out_s = in_s, out_s
        self.update()

    def _x_of(self, seconds: float) -> int:
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self
        )
        span = max(1, self.maximum())
        return groove.left() + int(groove.width() * min(1.0, seconds * 1000 / span))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > 0:
            value = QStyle.sliderValueFromPosition(
                0, self.maximum(), int(event.position().x()), max(1, self.width())
            )
            self.setValue(value)
            self.seekRequested.emit(value / 1000)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.maximum() <= 0 or (self.in_s is None and self.out_s is None):
            return
        painter = QPainter(self)
        h = self.height()
        start = self._x_of(self.in_s or 0.0)
        end = self._x_of(self.out_s if self.out_s is not None else self.maximum() / 1000)
        painter.fillRect(QRect(start, h - 5, max(1, end - start), 4), QColor(61, 142, 230, 170))
        for value, colour in ((self.in_s, "#2ecc71"), (self.out_s, "#e74c3c")):
            if value is not None:
                painter.fillRect(QRect(self._x_of(value) - 1, 2, 3, h - 4), QColor(colour))
        painter.end()
