"""Switching themes at runtime keeps the inspector inside its pane."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_dark_theme_keeps_inspector_inside(window: Any, qapp: Any, qtbot: Any) -> None:
    from smparchive.gui.theme import apply_theme

    sid = window.catalog.test_sessions["roundtable"]
    long = "A session title far longer than the inspector is wide, as real ones are " * 2
    window.catalog.update_session(sid, title=long)
    window.refresh_sidebar()
    window.select_ids(window.store.ids[:1], current_row=0)
    window._selection_changed()
    inspector = window.inspector
    try:
        for theme in ("dark", "light"):
            apply_theme(qapp, theme)
            qtbot.wait(20)
            body = inspector.widget()
            assert body.minimumSizeHint().width() <= inspector.viewport().width()
            assert body.width() <= inspector.viewport().width()
    finally:
        apply_theme(qapp, "system")


def _contrast(a: Any, b: Any) -> float:
    """WCAG contrast ratio of two QColors."""

    def lum(c: Any) -> float:
        def channel(x: float) -> float:
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_secondary_texts_are_readable_not_greyed_out(window: Any, qapp: Any, qtbot: Any) -> None:
    """The clock timeline's legend, the History's note and the result count were disabled
    labels: about 1.6:1 against the window in the default look, and "unavailable" to a
    screen reader. They are enabled and drawn in the placeholder colour, which reads at
    4.5:1 or more in both of the app's themes."""
    from PySide6.QtGui import QPalette

    from smparchive.gui.dialogs.clocks import ClockDialog
    from smparchive.gui.theme import apply_theme

    dlg = ClockDialog(window.deps, [])
    qtbot.addWidget(dlg)
    R = QPalette.ColorRole
    for label in (dlg.day_view.legend, window.inspector.history.note, window.scope_bar.count_label):
        assert label.isEnabled() and label.foregroundRole() == R.PlaceholderText
    try:
        for theme in ("light", "dark"):
            apply_theme(qapp, theme)
            palette = qapp.palette()
            ratio = _contrast(palette.color(R.PlaceholderText), palette.color(R.Window))
            assert ratio >= 4.5, (theme, ratio)
    finally:
        apply_theme(qapp, "system")


@pytest.mark.parametrize("theme", ["system", "light", "dark"])
def test_a_disabled_inspector_looks_disabled(
    window: Any, qapp: Any, qtbot: Any, theme: str
) -> None:
    """With nothing selected the inspector is disabled, yet its "Consent note" placeholder
    was drawn in the enabled placeholder colour (black at half strength in the default
    look), darker than the disabled texts around it, in a white field: as if editable."""
    from PySide6.QtGui import QPalette

    from smparchive.gui.theme import apply_theme

    R, G = QPalette.ColorRole, QPalette.ColorGroup
    window.inspector.show_records([])  # nothing selected
    note = window.inspector.editor("consent_note")
    try:
        apply_theme(qapp, theme)
        qtbot.wait(20)
        assert not note.isEnabled() and note.placeholderText()
        p = note.palette()
        dark = theme == "dark"

        def faint(c: Any) -> float:  # how far from the text's end of the scale
            return 255 - c.lightness() if dark else c.lightness()

        shown = p.color(G.Disabled, R.PlaceholderText)
        assert shown.alpha() == 255 or theme == "system"
        # no darker (lighter in the dark theme) than the disabled text around it
        assert faint(shown) >= faint(p.color(G.Disabled, R.Text)), theme
        assert faint(shown) > faint(p.color(G.Active, R.PlaceholderText)), theme
        if theme != "system":  # the field is filled like the window, not like an input
            assert p.color(G.Disabled, R.Base) == p.color(G.Active, R.Window)
    finally:
        apply_theme(qapp, "system")
