"""The main window's size and panel widths: a sensible first layout, restored afterwards.

The first time, the window fits the screen (maximised when the screen is smaller than the
preferred size) and the sidebar and inspector get widths that follow the screen's. Later
the window's geometry, its toolbars and docks and the panel widths come back as they were
left. When the window grows (maximising), the sidebar and inspector take a share of the
extra width, the results most of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from smparchive.gui.screen_fit import fit_to_screen, frame_extra
from smparchive.gui.settings import Settings

PREFERRED = (1440, 900)
STRETCH = (1, 5, 1)  # sidebar, results, inspector: shares of a change in window width


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


def default_sizes(width: int) -> list[int]:
    """Sidebar, results and inspector widths for a window ``width`` pixels wide."""
    sidebar = _clamp(width * 0.2, 240, 380)
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
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and isinstance(event, QResizeEvent):
            old, new = event.oldSize().width(), event.size().width()
            sizes = self.splitter.sizes()
            if old > 0 and new != old and len(sizes) == len(STRETCH) and sum(sizes) > 0:
                self.splitter.setSizes(share(sizes, new - old, self._minimums()))
        return False

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


def restore(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Geometry, toolbar/dock state and panel widths as saved, or a first layout."""
    for n, factor in enumerate(STRETCH):
        splitter.setStretchFactor(n, factor)
    _ShareGrowth(splitter)
    geometry, state = settings.window_state()
    screen = window.screen() or QApplication.primaryScreen()
    avail = screen.availableGeometry() if screen is not None else None
    restored = geometry is not None and window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    if not restored:
        w, h = PREFERRED
        if avail is not None:
            w, h = min(w, avail.width()), min(h, avail.height())
        window.resize(w, h)
        if avail is not None and (avail.width() < PREFERRED[0] or avail.height() < PREFERRED[1]):
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        elif avail is not None:  # in the middle, rather than wherever the window manager puts it
            extra_w, extra_h = frame_extra(window)
            window.move(
                avail.left() + max(0, (avail.width() - w - extra_w) // 2),
                avail.top() + max(0, (avail.height() - h - extra_h) // 2),
            )
    else:  # saved on a bigger screen, or one that is gone: brought back within this one
        fit_to_screen(window)
    panels = settings.panels_state()
    if panels is None or not splitter.restoreState(panels):
        width = avail.width() if avail is not None and not restored else window.width()
        splitter.setSizes(default_sizes(width))


def save(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.save_window_state(window.saveGeometry(), window.saveState())
    settings.save_panels_state(splitter.saveState())
