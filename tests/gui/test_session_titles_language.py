"""A bilingual programme's sessions carry the interface language's title in every view
that names them, as the sidebar does: Camera Clocks' and the Timeline's session bands, and
the export dialog of a session (its title bar, its first line and the bundle's default name),
and the recording segments cut from sessions (the player's "Cut into sessions" and
segments, the inspector's list) named them by the programme's own (English) title in a
French interface. What is stored stays the programme's title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


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


def test_cut_into_sessions_in_french_shows_the_french_titles(
    french: None,
    qtbot: Any,
    catalog: Any,
    add_items: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.gui.test_segments_gui import _day_in_two_sessions

    window, video = _day_in_two_sessions(qtbot, catalog, add_items, tmp_path, monkeypatch)
    catalog.update_event(catalog.event().id, language="en")
    keynote = next(s.id for s in catalog.sessions(counts=False) if s.title == "Keynote")
    catalog.set_session_text(keynote, "fr", "Discours d'ouverture")
    asked: list[str] = []

    def agree(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", agree)
    view = window.viewer
    view.cut_into_sessions()
    qtbot.waitUntil(lambda: len(catalog.segments(video)) == 2, timeout=10_000)
    assert "Discours d'ouverture" in asked[0] and "Keynote" not in asked[0]
    assert "Panel" in asked[0]  # no French title: the programme's
    # stored as the programme has it; shown in French
    assert [s.title for s in catalog.segments(video)] == ["Keynote", "Panel"]
    qtbot.waitUntil(lambda: len(view.segments) == 2, timeout=5000)
    assert [s.title for s in view.segments] == ["Discours d'ouverture", "Panel"]
    window.close()


def test_the_inspector_lists_a_segment_by_its_session_s_french_title(
    french: None, qtbot: Any, window: Any, gui_catalog: Any
) -> None:
    cat = gui_catalog
    _french_title(window)
    sid = cat.test_sessions["roundtable"]
    panel = next(i for i in cat.query_ids() if cat.item(i).name == "panel.mp4")
    cat.add_segment(panel, 0, 1800, "EMN roundtable", session_id=sid)
    cat.add_segment(panel, 1800, 3600, "EMN roundtable, questions", session_id=sid)
    window.select_ids([panel])
    window._selection_changed()
    inspector = window.inspector
    qtbot.waitUntil(lambda: inspector.segments_box.isVisible(), timeout=3000)
    text = inspector.segments_label.text()
    assert "Table ronde du REM" in text
    assert "EMN roundtable, questions" in text  # a title typed by hand stays as typed
