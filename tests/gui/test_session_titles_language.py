"""A bilingual programme's sessions carry the interface language's title in every view
that names them, as the sidebar does: Camera Clocks' and the Timeline's session bands named
them by the programme's own (English) title in a French interface."""

from __future__ import annotations

from typing import Any


def _french_title(window: Any) -> None:
    cat = window.catalog
    cat.update_event(cat.event().id, language="en")
    cat.set_session_text(cat.test_sessions["roundtable"], "fr", "Table ronde du REM")


def _band_titles(window: Any) -> list[str]:
    from smparchive.gui.dialogs.clocks import ClockDialog

    dlg = ClockDialog(window.deps)
    try:
        row = next(n for n, g in enumerate(dlg.cameras.rows) if g.model == "EOS R6")
        dlg.camera_view.selectRow(row)  # its photos are on day 1, with the roundtable
        return [band.title for band in dlg.day_view.timeline.bands]
    finally:
        dlg.close()


def test_camera_clocks_bands_show_the_french_session_title(french: None, window: Any) -> None:
    _french_title(window)
    titles = _band_titles(window)
    assert "Table ronde du REM" in titles
    assert "EMN roundtable" not in titles


def test_camera_clocks_bands_keep_the_programme_s_title_in_english(
    english: None, window: Any
) -> None:
    _french_title(window)
    assert "EMN roundtable" in _band_titles(window)
