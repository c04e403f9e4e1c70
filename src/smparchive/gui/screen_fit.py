"""Windows and dialogs within the screen they open on: one rule, used by every window.

A dialog was once placed above the top of a 1366x768 screen (taller than the screen, its
title bar out of reach); a window restored from a bigger or a disconnected monitor opens
partly or wholly off screen. :func:`fit_to_screen` clamps a window's size to the
available geometry (the screen less its panels) of the screen it opens on and moves its
frame inside, the title bar last so it is always reachable. :class:`FittedDialog` calls it
as every dialog is shown (tests/gui/test_screen_fit.py checks that every dialog is one);
the main window and the viewer windows call it after restoring or choosing their size.

A dialog is also where Enter goes: see :func:`default_button.settle_default`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

from smparchive.gui.default_button import settle_default

log = logging.getLogger(__name__)

# Room a window manager adds around a window not shown yet (its frame is unknown then).
FRAME_GUESS = (2, 30)  # each side, title bar


def screen_of(window: QWidget) -> QScreen | None:
    """The screen a window opens on: the one under its centre, else its parent's, else the
    primary screen (a position saved on a monitor that is gone is on none)."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center())
    if screen is None:
        parent = window.parentWidget()
        screen = parent.window().screen() if parent is not None else None
    return screen or QGuiApplication.primaryScreen()


def available_area(window: QWidget) -> QRect:
    """The available geometry of the screen ``window`` opens on (an empty rect if none)."""
    screen = screen_of(window)
    return screen.availableGeometry() if screen is not None else QRect()


def frame_extra(window: QWidget) -> tuple[int, int]:
    """The width and height the window manager's frame adds to the window."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return frame.width() - inner.width(), frame.height() - inner.height()
    side, title = FRAME_GUESS
    style = window.style() or QApplication.style()
    if style is not None:
        title = max(title, style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight))
    return 2 * side, title + side


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Size ``window`` (to ``wanted`` when given, else as it is) within the available
    geometry of its screen, and move its frame onto it. A maximised or full-screen window
    is the window manager's."""
    states = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    if window.windowState() & states:
        return
    area = available_area(window)
    if area.isEmpty():
        return
    extra_w, extra_h = frame_extra(window)
    size = wanted if wanted is not None else window.size()
    width = min(size.width(), area.width() - extra_w)
    height = min(size.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if window.width() > area.width() - extra_w or window.height() > area.height() - extra_h:
        log.warning(
            "%s needs %dx%d, more than the screen's %dx%d",
            type(window).__name__,
            window.width(),
            window.height(),
            area.width(),
            area.height(),
        )
    frame_w, frame_h = window.width() + extra_w, window.height() + extra_h
    pos = window.pos()  # a window's pos() and move() are its frame's
    x = max(area.left(), min(pos.x(), area.right() + 1 - frame_w))
    y = max(area.top(), min(pos.y(), area.bottom() + 1 - frame_h))  # the title bar wins
    if (x, y) != (pos.x(), pos.y()):
        window.move(x, y)


def preferred_size(window: QWidget, width: int, height: int) -> QSize:
    """``width`` x ``height``, or as much of the available area as leaves the window
    manager room (a big table's dialog on a 1366x768 laptop takes most of the screen)."""
    area = available_area(window)
    if area.isEmpty():
        return QSize(width, height)
    return QSize(min(width, area.width() * 24 // 25), min(height, area.height() * 22 // 25))


class FittedDialog(QDialog):
    """A dialog that opens within its screen (:func:`fit_to_screen` as it is shown), whose
    Enter presses a button of its button box (:func:`default_button.settle_default`)."""

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)
        super().showEvent(event)
        # before QDialog picks a default itself: its choice follows the shown dialog
        settle_default(self)
