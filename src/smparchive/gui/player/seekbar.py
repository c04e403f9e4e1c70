"""Seek slider in milliseconds that jumps where clicked and paints the in/out markers and
the recording's segments (one band per segment, the current one brighter)."""

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
        self.bands: list[tuple[float, float]] = []
        self.current_band: int | None = None
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

    def set_segments(self, bands: list[tuple[float, float]], current: int | None = None) -> None:
        """Show segments as bands (start, end in seconds); ``current`` is highlighted."""
        self.bands, self.current_band = list(bands), current
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
        if self.maximum() <= 0:
            return
        painter = QPainter(self)
        h = self.height()
        for n, (a, b) in enumerate(self.bands):
            x0, x1 = self._x_of(a), self._x_of(b)
            rgba = (230, 126, 34, 150) if n % 2 else (155, 89, 182, 150)
            colour = QColor(241, 196, 15, 230) if n == self.current_band else QColor(*rgba)
            # a one-pixel gap keeps back-to-back segments apart
            painter.fillRect(QRect(x0 + 1, 1, max(1, x1 - x0 - 1), 4), colour)
        if self.in_s is None and self.out_s is None:
            painter.end()
            return
        start = self._x_of(self.in_s or 0.0)
        end = self._x_of(self.out_s if self.out_s is not None else self.maximum() / 1000)
        painter.fillRect(QRect(start, h - 5, max(1, end - start), 4), QColor(61, 142, 230, 170))
        for value, mark in ((self.in_s, "#2ecc71"), (self.out_s, "#e74c3c")):
            if value is not None:
                painter.fillRect(QRect(self._x_of(value) - 1, 2, 3, h - 4), QColor(mark))
        painter.end()
