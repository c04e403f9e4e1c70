"""A day on a time axis: items per few minutes, one lane per camera or kind, sessions behind.

Items the automatic assignment would leave out of every session (``assign.left_outside``:
no session within its tolerance) are drawn in orange so a shifted camera clock shows at
once; ``set_shift`` moves one lane live (the clock dialog drives it while the user adjusts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from smparchive.core.domain import assign
from smparchive.core.domain.timeline import BIN_MINUTES, Lane
from smparchive.gui import formatting as fmt

__all__ = ["BIN_MINUTES", "Band", "Lane", "TimelineWidget"]
LANE_H = 46  # a lane's height with room to spare
MIN_LANE_H = 22  # lanes shrink down to this (and to a line of text) to fit
LANE_PAD = 3  # room above and below a lane's text
LABEL_W = 170
AXIS_H = 22
BAND_H = 34
INSIDE = QColor("#3b82f6")
OUTSIDE = QColor("#f08c00")


@dataclass(frozen=True)
class Band:
    """A session drawn behind the lanes."""

    title: str
    room: str | None
    start: datetime
    end: datetime


class TimelineWidget(QWidget):
    """Custom-painted day view; counts per ``BIN_MINUTES`` bin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lanes: list[Lane] = []
        self.bands: list[Band] = []
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.zone: tzinfo | None = None
        self.highlight: str | None = None
        self.tolerance = assign.DEFAULT_TOLERANCE  # the automatic assignment's
        self._slots: list[assign.Slot] = []
        self._label_w = LABEL_W
        self.setMinimumHeight(AXIS_H + BAND_H + LANE_H * 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_day(
        self,
        lanes: list[Lane],
        bands: list[Band],
        start: datetime,
        end: datetime,
        zone: tzinfo | None = None,
    ) -> None:
        self.lanes, self.bands, self.start, self.end, self.zone = lanes, bands, start, end, zone
        self._slots = [assign.Slot(0, b.title, b.room, b.start, b.end) for b in bands]
        # as tall as its lanes at their smallest: in a scroll area lanes that cannot fit
        # even then scroll into view instead of being cut off; until then they shrink to
        # the room there is (five cameras on a 768 px screen scrolled by a few pixels)
        self.setMinimumHeight(self._height_for(self.min_lane_height()))
        self.updateGeometry()
        self.update()

    def set_shift(self, lane_key: str, shift_s: int) -> None:
        """Preview a clock correction of one lane (no catalogue change)."""
        for lane in self.lanes:
            if lane.key == lane_key:
                lane.shift_s = shift_s
        self.highlight = lane_key
        self.update()

    def outside_count(self, lane_key: str | None = None) -> int:
        """Items (of a lane, or all) the assignment would leave out of every session, with
        the current shifts."""
        return sum(
            lane.outside_count(self._slots, self.tolerance)
            for lane in self.lanes
            if lane_key is None or lane.key == lane_key
        )

    def _sub_label(self, lane: Lane, outside: int | None = None) -> str:
        """'7 items · 2 outside' (``outside``: that many, else as the lane's shift leaves)."""
        if outside is None:
            outside = lane.outside_count(self._slots, self.tolerance)
        if not lane.count:
            return self.tr("No items on this day")
        sub = self.tr("%Ln items", None, lane.count)
        if outside:
            sub += " · " + self.tr("%Ln outside", None, outside)
        return sub

    def label_width(self) -> int:
        """Wide enough for every lane's name and counts (never cut), at most 40 % of the
        widget; only longer names than that are elided (full name in the tooltip). The
        counts are measured with every item outside, as long as they can read: measured as
        they read, the column narrowed as a pin brought items into a session, and the hours
        jumped ~70 px under the lane being watched."""
        fm = QFontMetrics(self.font())
        counts = [self._sub_label(lane, lane.count) for lane in self.lanes]
        texts = [lane.label for lane in self.lanes] + counts
        if not self.two_lines(self.lane_height()):  # name and counts on one line
            texts = [f"{lane.label} · {sub}" for lane, sub in zip(self.lanes, counts, strict=True)]
        wanted = max((fm.horizontalAdvance(t) for t in texts), default=0) + 24
        return max(LABEL_W, min(wanted, int(self.width() * 0.4)))

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            lane = self._lane_at(e.pos().y())
            band = self.band_at(e.pos().x(), e.pos().y())
            if lane is not None and e.pos().x() < self._label_w:
                QToolTip.showText(e.globalPos(), f"{lane.label}\n{self._sub_label(lane)}", self)
            elif band is not None:  # its title is cut to the band's width on the strip
                QToolTip.showText(e.globalPos(), self.band_text(band), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def band_at(self, x: int, y: int) -> Band | None:
        """The session whose title strip is at (x, y), if any."""
        if self.start is None or self.end is None or not AXIS_H <= y < AXIS_H + BAND_H:
            return None
        plot = self._plot()
        return next(
            (b for b in self.bands if self._x(b.start, plot) <= x < self._x(b.end, plot)), None
        )

    def band_text(self, band: Band) -> str:
        """A session's whole title, room and times (the strip's tooltip)."""

        def local(t: datetime) -> datetime:
            return t.astimezone(self.zone) if self.zone else t

        where = f" · {band.room}" if band.room else ""
        times = f"{fmt.clock(local(band.start))}–{fmt.clock(local(band.end))}"
        return f"{band.title}{where}\n{times}"

    def _plot(self) -> QRect:
        return QRect(
            self._label_w, AXIS_H, self.width() - self._label_w - 10, self.height() - AXIS_H - 4
        )

    def _lane_at(self, y: int) -> Lane | None:
        n = (y - AXIS_H - BAND_H) // self.lane_height()
        return self.lanes[n] if y >= AXIS_H + BAND_H and 0 <= n < len(self.lanes) else None

    def line_height(self) -> int:
        """A line of the lanes' text: the font's line spacing (its descenders included; the
        font's height or point size let the name's "g" touch the counts below it)."""
        return QFontMetrics(self.font()).lineSpacing()

    def min_lane_height(self) -> int:
        """The smallest lane that still shows its name and counts (on one line)."""
        return max(MIN_LANE_H, self.line_height() + 2 * LANE_PAD + 2)

    def two_lines(self, lane_h: int) -> bool:
        """Whether a lane this tall shows its counts on a line below its name."""
        return lane_h >= 2 * self.line_height() + 2 * LANE_PAD

    def lane_height(self) -> int:
        """Each lane's height now: ``LANE_H``, or less when the widget is shorter than that
        for all its lanes (never below :meth:`min_lane_height`)."""
        room = (self.height() - AXIS_H - BAND_H - 8) // max(2, len(self.lanes))
        return max(self.min_lane_height(), min(LANE_H, room))

    def _height_for(self, lane_h: int) -> int:
        return AXIS_H + BAND_H + lane_h * max(2, len(self.lanes)) + 8

    def sizeHint(self) -> QSize:
        return QSize(900, self._height_for(LANE_H))

    def _x(self, t: datetime, rect: QRect) -> float:
        assert self.start is not None and self.end is not None
        span = (self.end - self.start).total_seconds() or 1.0
        return rect.left() + (t - self.start).total_seconds() / span * rect.width()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if self.start is None or self.end is None:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No items on this day"))
            return
        self._label_w = self.label_width()
        plot = self._plot()
        self._paint_bands(p, plot, pal)
        self._paint_axis(p, plot, pal)
        for n, lane in enumerate(self.lanes):
            self._paint_lane(p, plot, n, lane, pal)
        p.end()

    def _paint_bands(self, p: QPainter, plot: QRect, pal: QPalette) -> None:
        fm = QFontMetrics(p.font())
        for n, band in enumerate(self.bands):
            x0, x1 = self._x(band.start, plot), self._x(band.end, plot)
            colour = QColor(pal.color(QPalette.ColorRole.Highlight))
            colour.setAlpha(28 if n % 2 else 42)
            p.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), colour)
            edge = QColor(pal.color(QPalette.ColorRole.Highlight))
            edge.setAlpha(120)
            p.setPen(QPen(edge, 1))
            p.drawLine(int(x0), plot.top(), int(x0), plot.bottom())
            title = band.title + (f" · {band.room}" if band.room else "")
            text_rect = QRectF(x0 + 4, plot.top() + 2, max(0.0, x1 - x0 - 8), BAND_H - 4)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            elided = fm.elidedText(title, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            p.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                elided,
            )

    def _paint_axis(self, p: QPainter, plot: QRect, pal: QPalette) -> None:
        assert self.start is not None and self.end is not None
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        t = self.start.replace(minute=0, second=0, microsecond=0)
        hours = (self.end - self.start).total_seconds() / 3600
        step = timedelta(hours=1 if hours <= 14 else 2)
        while t <= self.end:
            if t >= self.start:
                x = int(self._x(t, plot))
                p.drawLine(x, AXIS_H - 4, x, plot.bottom())
                local = t.astimezone(self.zone) if self.zone else t
                # the last hour's label kept inside the widget ("14:0" was cut at the edge)
                left = min(x - 30, self.width() - 60)
                p.drawText(
                    QRect(left, 0, 60, AXIS_H - 4), Qt.AlignmentFlag.AlignCenter, fmt.clock(local)
                )
            t += step

    def _paint_lane(self, p: QPainter, plot: QRect, n: int, lane: Lane, pal: QPalette) -> None:
        lane_h = self.lane_height()
        top = plot.top() + BAND_H + n * lane_h
        row = QRect(0, top, self.width(), lane_h)
        if lane.key == self.highlight:
            hl = QColor(pal.color(QPalette.ColorRole.Highlight))
            hl.setAlpha(35)
            p.fillRect(row, hl)
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.drawLine(0, row.bottom(), self.width(), row.bottom())
        p.setPen(pal.color(QPalette.ColorRole.Text))
        fm = QFontMetrics(p.font())
        width = self._label_w - 12
        shift = timedelta(seconds=lane.shift_s)
        left_out = lane.outside_count(self._slots, self.tolerance)
        sub_pen = OUTSIDE if left_out else pal.color(QPalette.ColorRole.PlaceholderText)
        middle = Qt.AlignmentFlag.AlignVCenter
        if self.two_lines(lane_h):
            # two lines a line spacing apart, the pair centred in the lane (halves of the
            # lane overlapped when it was short: the name's descenders on the counts)
            line = fm.lineSpacing()
            first = top + (lane_h - 2 * line) // 2
            label = fm.elidedText(lane.label, Qt.TextElideMode.ElideMiddle, width)
            p.drawText(QRect(8, first, width, line), middle, label)
            p.setPen(sub_pen)
            p.drawText(
                QRect(8, first + line, width, line),
                middle,
                fm.elidedText(self._sub_label(lane), Qt.TextElideMode.ElideRight, width),
            )
        else:  # lanes shrunk to fit: the counts after the name, on its line
            sub = " · " + self._sub_label(lane)
            sub_w = min(fm.horizontalAdvance(sub), width // 2)
            label = fm.elidedText(lane.label, Qt.TextElideMode.ElideMiddle, width - sub_w)
            label_w = fm.horizontalAdvance(label)
            p.drawText(QRect(8, top, label_w, lane_h - 1), middle, label)
            p.setPen(sub_pen)
            sub = fm.elidedText(sub, Qt.TextElideMode.ElideRight, width - label_w)
            p.drawText(QRect(8 + label_w, top, width - label_w, lane_h - 1), middle, sub)
        assert self.start is not None and self.end is not None
        bins = lane.bins(self.start, self.end, self._slots, self.tolerance)
        if not bins:
            return
        # bars and spans inside the plot: a correction that moves a lane's items before
        # (or after) the hours shown drew their bars over the lanes' names
        p.save()
        p.setClipRect(QRect(plot.left(), top, plot.width(), lane_h))
        self._paint_bars(p, plot, row, lane, bins, shift, lane_h)
        p.restore()

    def _paint_bars(
        self,
        p: QPainter,
        plot: QRect,
        row: QRect,
        lane: Lane,
        bins: Any,
        shift: timedelta,
        lane_h: int,
    ) -> None:
        assert self.start is not None and self.end is not None
        spanned = QColor(INSIDE)
        spanned.setAlpha(150)
        for begin, end in lane.spans():  # a recording: from its start to its end
            x0, x1 = self._x(begin + shift, plot), self._x(end + shift, plot)
            p.fillRect(QRectF(x0, row.bottom() - 4, max(2.0, x1 - x0), 3), spanned)
        peak = max(b.count for b in bins.values())
        span_s = max(1.0, (self.end - self.start).total_seconds())
        bar_w = max(2.0, plot.width() * BIN_MINUTES * 60 / span_s - 1)
        for b, found in bins.items():
            x = self._x(self.start + timedelta(minutes=b * BIN_MINUTES), plot)
            h = max(3.0, (lane_h - 10) * found.count / peak)
            p.fillRect(
                QRectF(x, row.bottom() - 4 - h, bar_w, h), OUTSIDE if found.outside else INSIDE
            )
