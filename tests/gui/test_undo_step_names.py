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
    # the folder steps, named by the controllers that add and remove folders
    from smparchive.gui.i18n import translate

    folders = [translate("Ingest", "Add folder %1"), translate("FolderActions", "Remove folder %1")]
    assert folders == ["Ajout du dossier %1", "Retrait du dossier %1"]
    assert _infinitives(folders) == []


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


# One of every label the core writes (its English, as stored with a change): the CLI's log
# shows it, the app names it in the interface's language. A label written with values (a
# name, a count) is here with sample ones; the test below checks that every label the
# core's source writes is one of these.
CORE_LABELS = [
    "Add to collection", "Change collection", "Create collection Keynotes",
    "Delete collection", "Duplicate collection", "Remove from collection",
    "Reorder collection", "Record export", "Confirm 2 faces", "Name 2 faces Ana Lopez",
    "Read face regions", "Reject 1 face", "Turn on face detection",
    "Turn off face detection", "Withdraw consent: Ana Lopez",
    "Set person's consent: Ana Lopez", "Add folder /media/card", "Change folder options",
    "Remove folder", "Remove folder /media/card", "Add tags", "Change tag",
    "Create tag Panel", "Delete tag Panel", "Ignore camera boilerplate captions",
    "Remove tags", "Set caption (fr)", "Set rating", "Set consent, flag",
    "Set LinkedIn handle", "Clear LinkedIn handle", "Tag “Panel”", "Remove tags “Panel”",
    "Add day 2022-06-03", "Add session Keynote", "Change event", "Change session",
    "Create event SMP", "Delete day", "Delete event", "Delete session",
    "Import programme SMP 2022", "Rename day", "Assign items to sessions",
    "Return to automatic assignment", "Assign to session", "Take out of sessions",
    "Derive capture times", "Correct clock of FUJIFILM X-T4 (C9012) by +1 h",
    "Change session title (fr)", "Change event title (fr), description (nl)",
    "Add segment Opening", "Cut into sessions", "Cut recording into segments",
    "Edit segment", "Delete segment", "Delete 3 segments", "Read 2 sidecars",
    "Rename tag “A” to “B”", "Merge tag “A” into “B”", "Set title, caption",
]  # fmt: skip


def _core_label_patterns() -> list[str]:
    """The labels the core's source writes (``_write("…")``, ``ctx.label = f"…"``) as
    patterns: a value put in ({…}) matches any text."""
    import ast
    import re

    import smparchive.core as core

    patterns = []
    for path in Path(core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "_write":
                said = node.args[0] if node.args else None
            elif isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "ctx.label":
                said = node.value
            else:
                continue
            if isinstance(said, ast.Constant) and isinstance(said.value, str):
                patterns.append(re.escape(said.value))
            elif isinstance(said, ast.JoinedStr):
                parts = [
                    re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in said.values
                ]
                patterns.append("".join(parts))
    return patterns


def test_every_label_the_core_writes_has_a_french_noun(french: None) -> None:
    """History named a cut 'Découpage de l’enregistrement en segments' where the undo step
    said 'Découpage en séances', and a step pushed without a name showed the core's English
    ('Delete day'): every label the core writes is named through one translated table,
    in French by a noun, as its step is."""
    import re

    from smparchive.core.catalog.changes import UndoRecord
    from smparchive.core.catalog.labels import readable
    from smparchive.gui.edit_names import Step, named
    from smparchive.gui.undo import CatalogCommand
    from smparchive.gui.widgets.history import label_text

    patterns = _core_label_patterns()
    assert len(patterns) >= 40
    unwalked = [p for p in patterns if not any(re.fullmatch(p, x) for x in CORE_LABELS)]
    assert unwalked == []  # a new label is walked here too
    names = {label: label_text(label) for label in CORE_LABELS}
    english = [label for label, said in names.items() if said == readable(label)]
    assert english == []
    assert _infinitives(list(names.values())) == []
    # one name per operation: History's is the player's step, for old labels too
    cut = named(Step.CUT_INTO_SESSIONS)
    assert names["Cut into sessions"] == names["Cut recording into segments"] == cut
    assert cut == "Découpage en séances"
    # a step pushed without a name is named so too, not in the core's English
    step = CatalogCommand(None, None, UndoRecord("Delete day", ()), lambda _c: None)  # type: ignore[arg-type]
    assert step.text() == names["Delete day"] == "Suppression du jour"
