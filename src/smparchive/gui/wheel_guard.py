"""The mouse wheel scrolls past value controls: combo boxes, spin boxes, sliders and tab bars
take it only when they have the keyboard focus (clicked or tabbed to first).

Scrolling the inspector changed its EN/FR/NL tab when the wheel passed over the tab bar, and
a combo or spin box in a scrolled panel its value, for the whole team. :func:`guard` is
applied where such widgets are made (a panel or a dialog, once built); an unfocused one
hands the wheel to the scroll area around it. Not an event filter on the application: that
one sees every event of every object in Python (see application.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)


class _WheelGuard(QObject):
    """The event filter of every guarded widget (one for the app)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # chosen first: the wheel changes its value
        area = _scroll_area_of(watched)
        if area is not None and isinstance(event, QWheelEvent):
            viewport = area.viewport()
            local = viewport.mapFromGlobal(event.globalPosition())
            forwarded = QWheelEvent(
                local,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(viewport, forwarded)
        return True  # never picks a value on the way


_guard: _WheelGuard | None = None


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scrolling panel (or list) around ``widget``, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def guard(root: QWidget) -> None:
    """Guard ``root`` and every combo box, spin box, slider (not scroll bar) and tab bar in it
    now; call again after adding such widgets (guarding twice does nothing more)."""
    global _guard
    if _guard is None or not shiboken6.isValid(_guard):  # gone with an earlier application
        _guard = _WheelGuard(QApplication.instance())
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not isinstance(w, GUARDED) or isinstance(w, QScrollBar):
            continue
        if w.property("wheelGuarded"):
            continue
        w.setProperty("wheelGuarded", True)
        w.installEventFilter(_guard)
        if w.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            # the wheel would give it the focus, and so its value, before the filter sees it
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
