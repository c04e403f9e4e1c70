"""A programme day's name in the interface language (0042): the French app names a day by
the French name the programme gave it (the sidebar's row and the schedule editor's day
list, the export dialog of the day), the English app by its own; 'Day in Other
Languages…' sets it in one undo step."""

from __future__ import annotations

from typing import Any

from tests.gui.conftest import schedule_editor_answering

FR = "Jour 1 – Accueil"


def _french_name(window: Any) -> int:
    cat = window.catalog
    cat.update_event(cat.event().id, language="en")
    day = cat.days()[0]
    cat.set_day_name(day.id, "fr", FR)
    window.refresh_sidebar()
    return int(day.id)


def test_the_french_sidebar_and_export_dialog_show_the_day_s_french_name(
    french: None, window: Any, qtbot: Any
) -> None:
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog
    from smparchive.gui.tasks import SyncTaskRunner

    did = _french_name(window)
    model = window.sidebar_model
    qtbot.waitUntil(lambda: model.by_key[f"day:{did}"].label.startswith(f"{FR} · "))
    second = window.catalog.days()[1]  # none kept: the generic name in French
    assert model.by_key[f"day:{second.id}"].label.startswith("Jour 2 · ")
    dlg = ExportDialog(window.catalog, SyncTaskRunner(), ExportSource.day("2022-06-01"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: FR in dlg.windowTitle(), timeout=3000)
    assert FR in dlg.source_label.text()
    assert dlg.name.placeholderText().endswith(FR), dlg.name.placeholderText()


def test_the_english_sidebar_keeps_the_day_s_own_name(
    english: None, window: Any, qtbot: Any
) -> None:
    did = _french_name(window)
    qtbot.wait(200)
    assert window.sidebar_model.by_key[f"day:{did}"].label.startswith("Day 1 · ")


def test_a_day_s_name_in_other_languages_from_the_schedule_editor(
    window: Any, monkeypatch: Any, qtbot: Any
) -> None:
    """'Day in Other Languages…' offers the caption languages but the programme's own,
    sets what was typed in one undo step, and Ctrl+Z in the main window takes it back."""
    cat = window.catalog
    dlg, asked = schedule_editor_answering(
        window, monkeypatch, qtbot, {("label", "fr"): FR, ("label", "nl"): "Dag 1 – Welkom"}
    )
    qtbot.waitUntil(lambda: dlg.days.count() > 0, timeout=5000)
    dlg.translate_day()
    assert [f[1] for f in asked[0]] == [("label", "fr"), ("label", "nl")]
    first = lambda: cat.days()[0]  # noqa: E731
    qtbot.waitUntil(lambda: len(first().texts) == 2, timeout=5000)
    assert first().translations() == {"fr": FR, "nl": "Dag 1 – Welkom"}
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: first().texts == (), timeout=5000)
