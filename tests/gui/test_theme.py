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
