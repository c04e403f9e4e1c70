"""Undo steps named in one vocabulary: the French Edit menu read "Annuler Retenir" (the
verb of Undo, then a second verb) beside "Annuler Ajout de « Panel »". Undo and Redo now
join their verb and the step by one translated template ("Annuler : Note 4"), and every
French step is named as an action done (a noun), never by an infinitive."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui

NB = "\u00a0"
UNDO = f"&Annuler{NB}: "
# the French verbs the steps were named with (a step named by one reads "Annuler Retenir")
FRENCH_VERBS = {
    "Noter", "Retenir", "Rejeter", "Retirer", "Définir", "Effacer", "Supprimer", "Fusionner",
    "Ajouter", "Activer", "Désactiver", "Déplacer", "Confirmer", "Refuser", "Créer",
    "Modifier", "Importer", "Découper", "Lire", "Réordonner", "Attribuer", "Renommer",
    "Remplacer", "Corriger", "Marquer", "Nommer",
}  # fmt: skip


def _undo(window: Any) -> Any:
    return window.actions_by_name["undo"]


def _redo(window: Any) -> Any:
    return window.actions_by_name["redo"]


def _select_first(window: Any) -> int:
    item = int(window.store.record(0).id)
    window.view.select_row(0)
    return item


def test_the_french_edit_menu_names_each_step_after_annuler_colon(
    french: None, qtbot: Any, window: Any, settings: Any
) -> None:
    from smparchive.core.vocab import TagKind

    undo, redo = _undo(window), _redo(window)
    assert undo.text() == "&Annuler" and not undo.isEnabled()  # nothing to undo: the verb
    item = _select_first(window)

    window.rate(4)
    assert undo.text() == f"{UNDO}Note 4" and undo.isEnabled()
    assert undo.toolTip() == f"Annuler{NB}: Note 4 (Ctrl+Z)"
    window.view.select_row(0)
    window.flag(1)
    assert undo.text() == f"{UNDO}Marquage comme retenu"  # was "Annuler Retenir"
    window.ops.tag([item], ["Panel"], TagKind.KEYWORD)
    assert undo.text() == f"{UNDO}Ajout de «{NB}Panel{NB}»"
    window.ops.set_text([item], "caption", "fr", "Une légende")
    assert undo.text() == f"{UNDO}Remplacement de légende (FR) par «{NB}Une légende{NB}»"

    undo.trigger()
    assert undo.text() == f"{UNDO}Ajout de «{NB}Panel{NB}»"
    assert redo.text().startswith(f"&Rétablir{NB}: Remplacement de légende (FR)")
    assert redo.isEnabled()
    assert redo.toolTip().startswith(f"Rétablir{NB}: Remplacement de légende")


def test_the_french_edit_menu_names_a_clock_and_a_face_step(
    french: None, qtbot: Any, window: Any, settings: Any, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from tests.conftest import insert_items

    from smparchive.gui.dialogs.clocks import ClockDialog
    from smparchive.gui.dialogs.preferences import PreferencesDialog

    taken = datetime(2022, 6, 2, 13, 50, tzinfo=UTC)
    insert_items(window.catalog, tmp_path / "media", [
        {"name": "NK_1.JPG", "capture_utc": taken, "camera_make": "Nikon",
         "camera_model": "Z 6", "camera_serial": "3001"},
    ])  # fmt: skip
    clocks = ClockDialog(window.deps)
    qtbot.addWidget(clocks)
    row = next(n for n, g in enumerate(clocks.cameras.rows) if g.model == "Z 6")
    clocks.camera_view.selectRow(row)
    clocks.set_offset(3600)
    clocks._apply()
    window.runner.wait_idle()
    assert _undo(window).text().startswith(f"{UNDO}Correction de l’horloge de ")

    prefs = PreferencesDialog(settings, window.catalog, window.ops, window)
    qtbot.addWidget(prefs)
    prefs.show()
    qtbot.waitUntil(prefs.faces.isEnabled)
    prefs.faces.setChecked(not prefs.faces.isChecked())
    prefs.accept()
    window.runner.wait_idle()
    assert _undo(window).text() in (
        f"{UNDO}Activation de la détection des visages",
        f"{UNDO}Désactivation de la détection des visages",
    )


def test_the_french_player_names_a_segment_step_as_an_action(
    french: None,
    qtbot: Any,
    catalog: Any,
    add_items: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from test_segments_gui import _day_in_two_sessions

    window, video = _day_in_two_sessions(qtbot, catalog, add_items, tmp_path, monkeypatch)
    view = window.viewer
    view.cut_into_sessions()
    qtbot.waitUntil(lambda: len(catalog.segments(video)) == 2, timeout=10_000)
    stack = view.ops.stack
    assert stack.undoText() == "Découpage en séances"  # was "Découper en séances"
    from smparchive.gui.menus import step_text

    assert step_text("&Annuler", stack.undoText()) == f"{UNDO}Découpage en séances"
    window.close()


def test_the_dutch_edit_menu_joins_undo_and_the_step_with_a_colon(
    dutch: None, qtbot: Any, window: Any
) -> None:
    _select_first(window)
    window.flag(1)
    assert _undo(window).text() == "&Ongedaan maken: Kiezen"


def _named_by_functions() -> Iterator[str]:
    """Every step name edit_names.py's functions give, and the History's clock steps."""
    from smparchive.gui import edit_names as en
    from smparchive.gui.widgets.history import clock_step

    yield from (en.rate(n) for n in range(6))
    yield from (en.flag(v) for v in (1, -1, 0))
    yield from (en.colour_label(v) for v in ("red", None))
    for values in ({"in_point_s": 1.0}, {"out_point_s": 2.0}, {"in_point_s": None},
                   {"poster_time_s": 1.0}):  # fmt: skip
        said = en.set_values(values)
        assert said is not None
        yield said
    yield from (en.tag(["Panel"]), en.untag(["Panel"]), en.new_collection("Keynotes"))
    yield from (en.add_to_collection("Keynotes"), en.name_faces("Ana"))
    yield from (en.withdraw_consent("Ana"), en.assign(None), en.assign("Keynote"))
    yield from (en.edit_text("Caption", "fr", "Une légende"), en.edit_text("Caption", "fr", None))
    yield from (clock_step("X-T4", "+1 h"), clock_step("X-T4", "+0 s"))
    functions = {
        n for n, f in vars(en).items() if inspect.isfunction(f) and f.__module__ == en.__name__
    }
    # a new way of naming a step is walked here too
    assert functions <= {"quoted", "quoted_list", "field_value", "was", "named", "tag", "untag",
                         "new_collection", "add_to_collection", "rate", "flag", "colour_label",
                         "set_values", "name_faces", "withdraw_consent", "assign",
                         "edit_text"}  # fmt: skip


def _named_where_made() -> list[str]:
    """Every step named where it is made (the dialogs, the player): edit_names' constants."""
    from smparchive.gui import edit_names as en

    return [en.named(step, "« A »", "« B »", "« C »") for step in en.Step]


def _infinitives(names: list[str]) -> list[str]:
    return [n for n in names if n.split()[0] in FRENCH_VERBS]


def test_no_french_step_is_named_by_an_infinitive(french: None) -> None:
    """'Noter 4', 'Retenir', 'Définir le point d’entrée', 'Supprimer « A »' (the Edit menu
    read 'Annuler Retenir'): every step is an action done, 'Note 4', 'Marquage comme
    retenu', as 'Ajout de « Panel »' always was."""
    names = list(_named_by_functions())
    assert len(names) == 27
    assert _infinitives(names) == []
    made = _named_where_made()
    assert len(made) == 29  # with "Rename day" (a day named in other languages)
    assert _infinitives(made) == []


@pytest.mark.parametrize(
    ("language", "named"),
    [("en", "Remove label"), ("fr", "Retrait du libellé"), ("nl", "Label verwijderen")],
)
def test_taking_a_colour_label_off_is_named_as_that(
    language: str, named: str, qapp: Any, request: pytest.FixtureRequest
) -> None:
    """Taking a label off was the step 'Label None' ('Annuler : Libellé Aucun'); the CLI's
    log says what the app's Edit menu does."""
    from tests.gui.conftest import _interface

    from smparchive.core.catalog.labels import step_name
    from smparchive.gui import edit_names

    steps = _interface(qapp, language)
    next(steps)
    try:
        assert edit_names.colour_label(None) == named
        assert edit_names.set_values({"color_label": None}) == named
    finally:
        next(steps, None)
    assert step_name("Set colour label", {"color_label": None}) == "Remove label"
    assert step_name("Set colour label", {"color_label": "red"}) == "Label red"
