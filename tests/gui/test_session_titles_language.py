"""A bilingual programme's sessions carry the interface language's title in every view
that names them, as the sidebar does: Camera Clocks' and the Timeline's session bands, and
the export dialog of a session (its title bar, its first line and the bundle's default name),
named them by the programme's own (English) title in a French interface."""

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


def _export_dialog(window: Any, qtbot: Any, source: Any) -> Any:
    from smparchive.gui.dialogs.export_dialog import ExportDialog
    from smparchive.gui.tasks import SyncTaskRunner

    dlg = ExportDialog(window.catalog, SyncTaskRunner(), source)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.resolved is not None)
    return dlg


def test_a_session_s_export_dialog_names_it_in_french(
    french: None, window: Any, qtbot: Any
) -> None:
    from smparchive.core.export.catalog_export import ExportSource

    _french_title(window)
    sid = window.catalog.test_sessions["roundtable"]
    dlg = _export_dialog(window, qtbot, ExportSource.session(str(sid)))
    assert dlg.windowTitle() == "Exporter «\xa0Table ronde du REM\xa0»"
    assert "Table ronde du REM" in dlg.source_label.text()
    assert "Table ronde du REM" in dlg.name.placeholderText()
    # the view of the session narrowed by a chip is named after it too
    within = ExportSource.items([], within=ExportSource.session(str(sid)))
    dlg = _export_dialog(window, qtbot, within)
    assert dlg.windowTitle() == "Exporter «\xa0Table ronde du REM\xa0»"
    assert "roundtable" not in dlg.source_label.text()


def test_a_session_s_export_dialog_keeps_the_programme_s_title_in_english(
    english: None, window: Any, qtbot: Any
) -> None:
    from smparchive.core.export.catalog_export import ExportSource

    _french_title(window)
    sid = window.catalog.test_sessions["roundtable"]
    dlg = _export_dialog(window, qtbot, ExportSource.session(str(sid)))
    assert dlg.windowTitle() == "Export “EMN roundtable”"
