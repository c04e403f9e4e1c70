"""The main window's size and panel widths: a sensible first layout, restored afterwards.

The first time, the window takes the screen as photo apps do: maximised on screens up to
MAXIMISE_UP_TO (a fixed 1440x900 left a third of a 1920x1080 screen unused and cut the
sidebar's session names), most of a bigger one, centred; the sidebar and inspector get
widths that follow the window's. Later
the window's geometry, its toolbars and docks and the panel widths come back as they were
left. When the window grows (maximising), the sidebar and inspector take a share of the
extra width, the results most of it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from smparchive.gui.screen_fit import fit_to_screen, frame_extra
from smparchive.gui.settings import Settings

# Available areas up to this are taken whole (maximised); a bigger screen gets BIG_SHARE of
# its width and height, the window still being a window beside others.
MAXIMISE_UP_TO = (1920, 1200)
BIG_SHARE = 0.85
STRETCH = (1, 5, 1)  # sidebar, results, inspector: shares of a change in window width
# The window's smallest size, whatever it shows: every mode usable with the sidebar and the
# inspector shown (their minimums, 220 + 300 px, leave the results ~400 px: two thumbnails
# at the default size, a compared pair, the player's controls on a few lines). It fits a
# 1024x768 screen (the least Lightroom Classic asks for) and half of a 1920 px one.
# A fixed minimum rather than the sum of what the contents ask for: that sum moved (673 px
# became 830 px as a search was typed: the window grew under the user's hands); everything
# in the window now fits within this (tests/gui/test_window_minimum.py).
MINIMUM = QSize(940, 640)
SPLITTER_MAGIC = 0xFF  # QSplitter::saveState's first word


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


def first_size(available: QSize) -> tuple[QSize, bool]:
    """The first window's normal size on a screen with ``available`` room, and whether it
    opens maximised (its normal size is then what un-maximising gives)."""
    w, h = available.width(), available.height()
    maximised = w <= MAXIMISE_UP_TO[0] and h <= MAXIMISE_UP_TO[1]
    return QSize(int(w * BIG_SHARE), int(h * BIG_SHARE)), maximised


def default_sizes(width: int) -> list[int]:
    """Sidebar, results and inspector widths for a window ``width`` pixels wide.

    The sidebar's share is for the programme's rows: a clock time and a session title
    ("09:30  National implementation in Belgium") fit whole on a 1920 px screen; longer
    titles are elided, whole in their tooltip."""
    sidebar = _clamp(width * 0.25, 240, 480)
    inspector = _clamp(width * 0.24, 300, 440)
    return [sidebar, max(300, width - sidebar - inspector), inspector]


class _ShareGrowth(QObject):
    """Gives each panel its STRETCH share of a change in the splitter's width.

    (QSplitter alone hands extra width to whichever panel's size hint is largest: the
    inspector took most of it when maximising.) The event filter runs after the new
    geometry is set and before QSplitter lays out, so the sizes set here are kept.
    """

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        # Until the user drags a panel's edge, a first layout follows the window's width
        # (a window maximised as it opens grew from its normal size: shared by STRETCH,
        # the sidebar got a third less than its first width and cut the session names).
        self.first_layout = False
        # The widths saved at the last close, taken back whole when the splitter is as wide
        # as it was then: a window maximised as it opens is laid out at its normal size
        # first (QSplitter scaled the widths down to it), and sharing the growth by STRETCH
        # then brought a 397 px sidebar back at 325 px.
        self.saved: list[int] | None = None
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def _moved(self) -> None:
        self.first_layout = False
        self.saved = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and isinstance(event, QResizeEvent):
            old, new = event.oldSize().width(), event.size().width()
            sizes = self.splitter.sizes()
            if self.saved and new == self._width_of(self.saved):
                self.splitter.setSizes(self.saved)
            elif self.first_layout and new > 0 and len(sizes) == len(STRETCH):
                self.splitter.setSizes(self._first_sizes(new))
            elif old > 0 and new != old and len(sizes) == len(STRETCH) and sum(sizes) > 0:
                self.splitter.setSizes(share(sizes, new - old, self._minimums()))
        return False

    def _width_of(self, sizes: list[int]) -> int:
        """The splitter's width with these panel widths (a hidden panel has no handle)."""
        return sum(sizes) + self.splitter.handleWidth() * (sum(1 for s in sizes if s) - 1)

    def _first_sizes(self, width: int) -> list[int]:
        """The first layout's widths; a panel the user hid gives its width to the results."""
        sizes = default_sizes(width)
        for n in (0, 2):
            panel = self.splitter.widget(n)
            if panel is not None and panel.isHidden():
                sizes[1] += sizes[n]
                sizes[n] = 0
        return sizes

    def _minimums(self) -> list[int]:
        out = []
        for n in range(self.splitter.count()):
            w = self.splitter.widget(n)
            shown = w is not None and w.isVisible()
            out.append(max(w.minimumWidth(), w.minimumSizeHint().width()) if w and shown else 0)
        return out


def share(sizes: list[int], delta: int, minimums: list[int]) -> list[int]:
    """``sizes`` changed by ``delta`` pixels, shared by STRETCH among the shown panels."""
    weights = [f if s > 0 else 0 for f, s in zip(STRETCH, sizes, strict=True)]
    total = sum(weights) or 1
    out = [s + delta * w // total for s, w in zip(sizes, weights, strict=True)]
    out = [max(m, s) if s > 0 else 0 for s, m in zip(out, minimums, strict=True)]
    # rounding and minimums: the results panel takes up the difference
    out[1] += sum(sizes) + delta - sum(out)
    return out


def set_minimum(window: QMainWindow) -> None:
    """MINIMUM, or the screen's available area when smaller (a 800x600 virtual machine)."""
    screen = window.screen() or QApplication.primaryScreen()
    smallest = QSize(MINIMUM)
    if screen is not None:
        extra_w, extra_h = frame_extra(window)
        room = screen.availableGeometry().size() - QSize(extra_w, extra_h)
        smallest = smallest.boundedTo(room)
    window.setMinimumSize(smallest)


def restore(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Geometry, toolbar/dock state and panel widths as saved, or a first layout."""
    for n, factor in enumerate(STRETCH):
        splitter.setStretchFactor(n, factor)
    growth = _ShareGrowth(splitter)
    set_minimum(window)
    geometry, state = settings.window_state()
    screen = window.screen() or QApplication.primaryScreen()
    avail = screen.availableGeometry() if screen is not None else None
    restored = geometry is not None and window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    first_width = window.width()
    if not restored and avail is not None:
        size, maximised = first_size(avail.size())
        w, h = size.width(), size.height()
        window.resize(w, h)
        # in the middle, rather than wherever the window manager puts it
        extra_w, extra_h = frame_extra(window)
        window.move(
            avail.left() + max(0, (avail.width() - w - extra_w) // 2),
            avail.top() + max(0, (avail.height() - h - extra_h) // 2),
        )
        first_width = avail.width() if maximised else w
        if maximised:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    elif restored:  # saved on a bigger screen, or one that is gone: brought back within this one
        fit_to_screen(window)
    panels = settings.panels_state()
    if panels is not None and splitter.restoreState(panels):
        growth.saved = saved_sizes(panels)
    else:
        splitter.setSizes(default_sizes(first_width if not restored else window.width()))
        growth.first_layout = True


def saved_sizes(state: QByteArray) -> list[int] | None:
    """The panel widths in a QSplitter state (its magic and version, then the widths)."""
    stream = QDataStream(state)
    if stream.readInt32() != SPLITTER_MAGIC:
        return None
    stream.readInt32()  # the version: the widths come next in every one so far
    count = min(stream.readUInt32(), len(STRETCH) + 1)  # a damaged count reads no further
    sizes = [stream.readInt32() for _ in range(count)]
    ok = stream.status() == QDataStream.Status.Ok and len(sizes) == len(STRETCH)
    return sizes if ok and sum(sizes) > 0 else None


def save(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.save_window_state(window.saveGeometry(), window.saveState())
    settings.save_panels_state(splitter.saveState())
