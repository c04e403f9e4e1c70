"""The wheel scrolls a panel past its value controls: scrolling the inspector changed its
EN/FR/NL tab when the wheel passed over the tab bar; a combo box or spin box in a scrolled
panel (export settings) changed value. Such a control takes the wheel once chosen only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from tests.gui.conftest import select_first_item

pytestmark = pytest.mark.gui


def _wheel_down(widget: QWidget, notches: int = 1, delta: int = -120) -> None:
    centre = QPointF(widget.rect().center())
    for _ in range(notches):
        wheel = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, wheel)


def _short_inspector(qtbot: Any, window: Any) -> Any:
    select_first_item(qtbot, window)
    window.view.setFocus()
    insp = window.inspector
    insp.setFixedHeight(260)  # much less than its fields: it scrolls
    qtbot.waitUntil(lambda: insp.verticalScrollBar().maximum() > 0)
    return insp


def test_the_wheel_over_the_language_tabs_scrolls_the_inspector(qtbot: Any, window: Any) -> None:
    insp = _short_inspector(qtbot, window)
    tabs = insp.lang_tabs
    assert tabs.count() > 1 and tabs.currentIndex() == 0
    bar = insp.verticalScrollBar()
    bar.setValue(0)
    _wheel_down(tabs, 2)
    assert tabs.currentIndex() == 0  # the same language's texts
    assert bar.value() > 0  # the panel scrolled instead


def test_the_wheel_over_a_choice_scrolls_the_inspector(qtbot: Any, window: Any) -> None:
    insp = _short_inspector(qtbot, window)
    combo = insp.editor("consent")
    shown = combo.currentIndex()
    bar = insp.verticalScrollBar()
    bar.setValue(0)
    _wheel_down(combo, 2)
    assert combo.currentIndex() == shown
    assert bar.value() > 0


def test_a_chosen_control_takes_the_wheel(qtbot: Any, window: Any) -> None:
    """Clicked or tabbed to first, a spin box or combo box still steps with the wheel."""
    from PySide6.QtWidgets import QComboBox

    insp = _short_inspector(qtbot, window)
    combo = insp.editor("consent")
    assert isinstance(combo, QComboBox)
    shown = combo.currentIndex()
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel_down(combo, delta=120 if shown == combo.count() - 1 else -120)
    assert combo.currentIndex() != shown


def test_the_wheel_over_an_export_setting_scrolls_the_settings(
    qtbot: Any, catalog: Any, sync_runner: Any, tmp_path: Any
) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(catalog, sync_runner, [])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.setFixedHeight(420)  # the settings column scrolls
    dlg.buttons.setFocus()
    bar = dlg.settings_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    page = dlg.settings_page
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, (QComboBox, QAbstractSpinBox)) and w.isVisible() and w.isEnabled()
    ]
    assert controls
    for w in controls:
        bar.setValue(0)
        before = w.currentIndex() if isinstance(w, QComboBox) else w.text()
        _wheel_down(w)
        after = w.currentIndex() if isinstance(w, QComboBox) else w.text()
        assert after == before, w.objectName() or type(w).__name__
        assert bar.value() > 0, w.objectName() or type(w).__name__
