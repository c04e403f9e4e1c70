"""The inspector's History: who changed the selected item, when and what, old -> new; a
teammate's change shows up there too (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.undo import ChangeSummary


@pytest.fixture
def teammate(window: Any, gui_catalog: Any) -> Iterator[Any]:
    """A second handle on the same catalogue, as a colleague's copy of the app; this
    window's user is alice (the name Preferences would set)."""
    gui_catalog.set_user_name("alice")
    other = open_catalog(gui_catalog.location)
    other.set_user_name("bob")
    try:
        yield other
    finally:
        other.close()


def _history(window: Any, qtbot: Any, words: str) -> list[tuple[str, str, str]]:
    """The panel's rows once its newest row mentions ``words``."""
    panel = window.inspector.history
    qtbot.waitUntil(lambda: bool(panel.rows()) and words in panel.rows()[0][2], timeout=3000)
    return panel.rows()


def test_history_shows_who_changed_what(window: Any, qtbot: Any, teammate: Any) -> None:
    first = teammate.query_ids()[0]
    window.select_ids([first])
    panel = window.inspector.history
    qtbot.waitUntil(lambda: panel.item_id == first and "Loading" not in panel.note.text())
    before = len(panel.rows())
    window.inspector.editor("rating").committed.emit(4)  # alice, in this window
    rows = _history(window, qtbot, "Rate 4")
    assert rows[0][1] == "alice" and len(rows) == before + 1
    # named as its undo step is (Edit > Undo Rate 4): it read "Rating / 0 → 4"
    assert rows[0][2] == "Rate 4 (was 0)"
    assert window.undo_stack.undoText() == "Rate 4"
    # bob, elsewhere: the live feed announces it through the same signal
    teammate.set_text([first], "caption", "fr", "Ouverture de la conférence")
    window.ops.announce(ChangeSummary(items=frozenset({first})))
    rows = _history(window, qtbot, "Set caption (FR) to “Ouverture de la conférence”")
    assert rows[0][2] == (
        "Set caption (FR) to “Ouverture de la conférence”\n  (empty) → “Ouverture de la conférence”"
    )
    assert rows[0][1] == "bob"
    assert rows[1][1] == "alice" and len(rows) == before + 2
    # two items selected: no history
    second = teammate.query_ids()[1]
    window.select_ids([first, second])
    qtbot.waitUntil(lambda: panel.item_id is None, timeout=3000)
    assert panel.rows() == [] and "Select one item" in panel.note.text()


def test_history_of_an_undo(window: Any, qtbot: Any, teammate: Any) -> None:
    first = teammate.query_ids()[0]
    window.select_ids([first])
    window.inspector.editor("rating").committed.emit(2)
    _history(window, qtbot, "Rate 2 (was 0)")
    window.undo_stack.undo()
    # the value the undo put back, not "as before the change"
    rows = _history(window, qtbot, "Undone: Rate 2\n  2 → 0")
    assert rows[0][1] == "alice"
    window.undo_stack.redo()
    rows = _history(window, qtbot, "Redone: Rate 2\n  0 → 2")


def test_history_in_french_and_dutch(qapp: Any, window: Any, qtbot: Any, teammate: Any) -> None:
    from smparchive.gui.app import install_translations
    from smparchive.gui.widgets.history import HistoryPanel

    first = teammate.query_ids()[0]
    teammate.set_fields([first], rating=3)
    for lang, title, rating in (
        ("fr", "Historique", "Note 3 (au lieu de 0)"),
        ("nl", "Geschiedenis", "Beoordelen met 3 (was 0)"),
    ):
        installed = install_translations(qapp, lang)
        try:
            panel = HistoryPanel(
                lambda i, n: teammate.item_history(i, limit=n), window.runner, window
            )
            qtbot.addWidget(panel)
            assert panel.title() == title
            panel.show_item(first)
            qtbot.waitUntil(lambda p=panel: bool(p.rows()), timeout=3000)
            assert panel.rows()[0][1] == "bob"
            # as the undo step ('Note 3'), with the value it replaced
            assert panel.rows()[0][2].splitlines() == [rating]
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)


def test_history_says_keywords_and_undos_in_french(
    qapp: Any, window: Any, qtbot: Any, teammate: Any
) -> None:
    """Changes without values (a keyword, a collection, an undo) showed the core's English
    label in the French History: 'Tag Panel', 'Annulé : Undo Set rating'."""
    from smparchive.gui.app import install_translations
    from smparchive.gui.widgets.history import HistoryPanel

    first = teammate.query_ids()[0]
    teammate.tag_items([first], ["Panel"])
    teammate.create_collection("LinkedIn 3 June", item_ids=[first])
    teammate.set_fields([first], rating=3, consent="cleared")
    teammate.undo_last()
    installed = install_translations(qapp, "fr")
    try:
        panel = HistoryPanel(lambda i, n: teammate.item_history(i, limit=n), window.runner, window)
        qtbot.addWidget(panel)
        panel.show_item(first)
        qtbot.waitUntil(lambda: len(panel.rows()) >= 4, timeout=3000)
        titles = [row[2].splitlines()[0] for row in panel.rows()[:4]]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert titles == [
        "Annulé\u00a0: Note, Consentement",
        "Note, Consentement",
        "Nouvelle collection «\u00a0LinkedIn 3 June\u00a0»",
        "Ajout de «\u00a0Panel\u00a0»",
    ]


def test_history_is_whole_in_a_narrow_inspector(window: Any, qtbot: Any, teammate: Any) -> None:
    """On a 1366 px laptop the inspector is ~300 px wide: a table of when, who and what cut
    the change ('Drapeau : Rejeté →…', 'Programme «\u00a0Skills Mobility Partnership…') and
    showed three rows behind its own scroll bar. Each change is now as wide as the panel,
    wrapped whole, under its date and author; its tooltip has the values uncut."""
    from smparchive.gui.widgets.history import HistoryPanel

    first = teammate.query_ids()[0]
    teammate.tag_items([first], ["EMN roundtable policy debate on Skills Mobility"])
    caption = "Accueil des participants au Square, Bruxelles, " * 3
    teammate.set_text([first], "caption", "fr", caption)
    panel = HistoryPanel(lambda i, n: teammate.item_history(i, limit=n), window.runner, window)
    qtbot.addWidget(panel)
    panel.resize(300, 900)
    panel.show()
    panel.show_item(first)
    qtbot.waitUntil(lambda: len(panel.rows()) >= 2, timeout=3000)
    qtbot.wait(10)  # laid out
    caption_entry, tag_entry = panel.entries[:2]  # newest first
    assert "bob" in tag_entry.head.text()
    for entry in panel.entries:
        body = entry.body
        assert entry.geometry().right() <= panel.contentsRect().right()  # within the panel
        assert body.height() >= body.heightForWidth(body.width())  # every line shown
    tag = tag_entry.body
    assert "EMN roundtable policy debate on Skills Mobility" in tag.text()
    assert tag.height() >= 2 * tag.fontMetrics().lineSpacing()  # wrapped, not cut
    # the caption is shown cut at 80 characters; all of it in the tooltip
    assert caption.strip() not in caption_entry.body.text()
    assert caption.strip() in caption_entry.toolTip()


def test_a_long_caption_changed_at_its_end_shows_the_change(
    window: Any, qtbot: Any, teammate: Any
) -> None:
    """A teammate added a sentence to a long caption: both values were cut at 80 characters
    from their start, so the History read 'Hélène … pour la mobil… → Hélène … pour la
    mobil…', the same twice. They are now cut around where they differ."""
    from smparchive.gui.widgets.history import HistoryPanel

    first = teammate.query_ids()[0]
    caption = (
        "Hélène Marchetti ouvre la table ronde du REM sur les partenariats pour la mobilité "
        "des compétences."
    )
    teammate.set_text([first], "caption", "fr", caption)
    teammate.set_text([first], "caption", "fr", caption + " Bob était là.")
    panel = HistoryPanel(lambda i, n: teammate.item_history(i, limit=n), window.runner, window)
    qtbot.addWidget(panel)
    panel.resize(300, 900)
    panel.show()
    panel.show_item(first)
    qtbot.waitUntil(lambda: len(panel.rows()) >= 2, timeout=20000)
    change = panel.entries[0].body.text()  # newest first
    assert "Bob était là." in change
    before, _, after = change.partition(" → ")
    # the person's words, quoted as the Edit menu quotes them
    assert before.endswith("des compétences.”") and after.endswith("Bob était là.”")


def test_history_names_values_as_the_interface_does(
    qapp: Any, window: Any, qtbot: Any, teammate: Any, gui_catalog: Any
) -> None:
    """Flags, consent, labels and sessions in the words of the grid and the inspector: the
    record holds codes and ids ('unknown → cleared', 'Flag: 0 → 1', 'Session: → 12')."""
    from smparchive.gui.app import install_translations
    from smparchive.gui.widgets.history import HistoryPanel

    first = teammate.query_ids()[0]
    opening = gui_catalog.test_sessions["opening"]
    teammate.set_fields([first], flag=1, consent="cleared", color_label="red")
    teammate.assign_items([first], opening)
    for lang, expected in (
        ("en", [
            "Assign to “Opening”",  # named as its step, which says the value
            "  Flag: Unflagged → Pick", "  Label: No label → Red",
            "  Consent: Unknown → Cleared",
        ]),
        ("fr", [
            "Attribution à «\u00a0Opening\u00a0»",
            "  Drapeau\u00a0: Sans drapeau → Retenu", "  Libellé\u00a0: Sans libellé → Rouge",
            "  Consentement\u00a0: Inconnu → Autorisé",
        ]),
    ):  # fmt: skip
        installed = install_translations(qapp, lang) if lang != "en" else []
        try:
            panel = HistoryPanel(
                lambda i, n: teammate.item_history(i, limit=n), window.runner, window
            )
            qtbot.addWidget(panel)
            panel.show_item(first)
            qtbot.waitUntil(lambda p=panel: len(p.rows()) >= 2, timeout=3000)
            lines = [panel.rows()[0][2], *panel.rows()[1][2].splitlines()[1:]]
            assert sorted(lines) == sorted(expected), lang
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
    # a session deleted since is not shown by a number
    teammate.delete_session(opening)
    panel = HistoryPanel(lambda i, n: teammate.item_history(i, limit=n), window.runner, window)
    qtbot.addWidget(panel)
    panel.show_item(first)
    qtbot.waitUntil(lambda: len(panel.rows()) >= 2, timeout=3000)
    assert any("→ a deleted session" in row[2] for row in panel.rows())


def _record(label: str, action: str = "do", **details: Any) -> Any:
    from datetime import UTC, datetime

    from smparchive.core.catalog.audit import AuditRecord

    at = datetime(2026, 6, 2, 9, tzinfo=UTC)
    return AuditRecord(1, at, "alice", action, label, (), details, 1, None)


def test_history_names_cameras_and_every_field_the_core_records() -> None:
    """The History said 'Camera clock of FUJIFILM|X-T4|C9012 by +1h corrected' and
    'in_point_s / out_point_s: (empty) → 9.9'."""
    from smparchive.core.catalog.ops_metadata import EDITABLE
    from smparchive.core.fields import FIELDS, FieldType
    from smparchive.gui.widgets.history import change_lines, change_title, field_name

    clock = _record("Correct clock of FUJIFILM|X-T4|C9012 by +1h")
    # an older version's '+1h' said as today's views say it
    assert change_title(clock) == "Correct clock of FUJIFILM X-T4 (C9012) by +1 h"
    new = _record("Correct clock of FUJIFILM X-T4 (C9012) by -30 min")  # as the app says it
    assert change_title(new) == "Correct clock of FUJIFILM X-T4 (C9012) by -30 min"
    # a correction set back to none (Reset) read "corrected by +0 s"
    reset = _record("Correct clock of FUJIFILM X-T4 (C9012) by +0 s")
    assert change_title(reset) == "Remove clock correction of FUJIFILM X-T4 (C9012)"

    marks = _record(
        "Set in point s, out point s",
        values={"in_point_s": 7.15, "out_point_s": 9.9},
        before={"5": {"in_point_s": None, "out_point_s": 12.0}},
    )
    assert change_title(marks) == "In point, Out point"
    assert change_lines(marks, 5) == [
        "In point: (empty) → 0:07.150",
        "Out point: 0:12.000 → 0:09.900",
    ]
    undone = _record("Undo Set in point s", action="undo")
    assert change_title(undone) == "Undone: In point"

    recorded = {*EDITABLE, "session_id"}
    recorded |= {f.name for f in FIELDS if f.editable and f.type is not FieldType.LOCALISED}
    unnamed = [key for key in sorted(recorded) if field_name(key) == key]
    assert unnamed == []


def test_history_times_of_an_hour_long_recording_have_hours(
    window: Any, qtbot: Any, teammate: Any, gui_catalog: Any
) -> None:
    """In/out points of a 62-minute panel read as the player shows them ('0:02:40.000'); the
    History said '2:40.000', two hours forty at a glance. A 2-minute talk keeps '2:40'."""
    by_name = {r.name: r.id for r in teammate.items(teammate.query_ids())}
    panel = window.inspector.history
    for name, point, shown in (("panel.mp4", 160.0, "0:02:40.000"), ("talk.mp4", 70.0, "1:10.000")):
        teammate.set_fields([by_name[name]], in_point_s=point)
        window.select_ids([by_name[name]])
        qtbot.waitUntil(lambda i=by_name[name]: panel.item_id == i and bool(panel.rows()))
        assert panel.rows()[0][2].splitlines()[1].strip() == f"(empty) → {shown}"
        assert shown in panel.entries[0].toolTip()


def test_history_names_a_recording_s_segment_changes(catalog: Any, add_items: Any) -> None:
    """Confirming chapters or moving a cut in the player left 'Edit segment' in the History,
    in English whatever the interface's language (the core's label, unknown to the panel)."""
    from smparchive.gui.widgets.history import change_title

    (video,) = add_items([{"name": "day.mp4", "kind": "video", "duration_s": 3600.0}])
    first = catalog.add_segment(video, 0.0, 600.0, "Keynote").value
    second = catalog.add_segment(video, 600.0, 1200.0, "Panel").value
    third = catalog.add_segment(video, 1200.0, 1800.0, "Closing").value
    catalog.edit_segment(first, end_s=500.0)
    catalog.delete_segments([third])
    catalog.delete_segments([first, second])
    titles = [change_title(r) for r in reversed(catalog.item_history(video))]
    assert titles[-6:-1] == [
        "Add segment “Keynote”",
        "Add segment “Panel”",
        "Add segment “Closing”",
        "Edit segment",
        "Delete segment",
    ]
    assert titles[-1] == "Delete 2 segments"


def test_history_says_a_clock_correction_in_the_interfaces_units(french: Any) -> None:
    """French: a camera whose date went with its battery was '+2 j 1 h' in the grid and
    Camera Clocks but 'corrigée de +2 d 1 h' in its History (the core's English label)."""
    from smparchive.gui.widgets.history import change_title

    days = _record("Correct clock of FUJIFILM X-T4 (C9012) by +2 d 1 h")
    assert change_title(days).endswith("+2 j 1 h"), change_title(days)
    assert "+2 d" not in change_title(days)
    # a correction removed, as the core now labels it (the CLI's `clock KEY --set 0`)
    reset = _record("Remove clock correction of FUJIFILM X-T4 (C9012)")
    assert change_title(reset) == "Suppression de la correction d’horloge de FUJIFILM X-T4 (C9012)"


def test_a_history_that_cannot_be_read_says_why_in_the_interfaces_language(
    window: Any, qtbot: Any, french: Any
) -> None:
    """The reason after "L’historique n’a pas pu être lu : " was the core's English."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.messages import problem
    from smparchive.gui.widgets.history import HistoryPanel

    def unreadable(_item: int, _n: int) -> list[Any]:
        raise CatalogError(problem("db.no_server"))

    panel = HistoryPanel(unreadable, window.runner, window)
    qtbot.addWidget(panel)
    panel.show_item(window.catalog.query_ids()[0])
    qtbot.waitUntil(lambda: "Loading" not in panel.note.text() and "…" not in panel.note.text())
    assert "Cannot connect" not in panel.note.text()
    assert "base de données" in panel.note.text()


def test_history_names_faces_and_consent_as_their_steps(window: Any) -> None:
    """Faces named and a consent withdrawn showed the core's English label ('Name 2 faces
    Ana Lopez', 'Withdraw consent: Ana Lopez') where the undo step said 'Name faces'."""
    from smparchive.gui import edit_names
    from smparchive.gui.widgets.history import change_title

    named = change_title(_record("Name 2 faces Ana Lopez"))
    assert named == edit_names.name_faces("Ana Lopez") == "Name faces “Ana Lopez”"
    withdrawn = change_title(_record("Withdraw consent: Ana Lopez"))
    assert withdrawn == edit_names.withdraw_consent("Ana Lopez")
    assert withdrawn == "Withdraw consent of “Ana Lopez”"
    assert change_title(_record("Confirm 1 face")) == "Confirm faces"


def test_a_fields_first_set_reads_as_its_later_ones(qapp: Any, gui_catalog: Any) -> None:
    """A first 'Set caption' (from none) had no line under its title while a later one read
    '“Un” → “Deux”': every typed field's first set now reads '(empty) → “Un”' (caption,
    alt text, title, credit), and a keyword's step reads the same each time."""
    from smparchive.gui.widgets.history import change_lines, change_title

    first = gui_catalog.query_ids()[0]
    for n in range(2):  # a keyword added, then another: no value replaced either time
        gui_catalog.tag_items([first], [f"Panel {n}"])
    for word in ("Un", "Deux"):
        gui_catalog.set_text([first], "caption", "fr", f"Légende {word}")
        gui_catalog.set_text([first], "alt", "fr", f"Texte {word}")
        gui_catalog.set_text([first], "title", "nl", f"Titel {word}")
        gui_catalog.set_fields([first], credit_line=f"Photo {word}")
    said = [
        (change_title(r, first), change_lines(r, first))
        for r in reversed(gui_catalog.item_history(first))
    ]
    assert said[-10:] == [
        ("Tag “Panel 0”", []),
        ("Tag “Panel 1”", []),
        ("Set caption (FR) to “Légende Un”", ["(empty) → “Légende Un”"]),
        ("Set alt text (FR) to “Texte Un”", ["(empty) → “Texte Un”"]),
        ("Set title (NL) to “Titel Un”", ["(empty) → “Titel Un”"]),
        ("Set credit", ["(empty) → “Photo Un”"]),
        ("Set caption (FR) to “Légende Deux”", ["“Légende Un” → “Légende Deux”"]),
        ("Set alt text (FR) to “Texte Deux”", ["“Texte Un” → “Texte Deux”"]),
        ("Set title (NL) to “Titel Deux”", ["“Titel Un” → “Titel Deux”"]),
        ("Set credit", ["“Photo Un” → “Photo Deux”"]),
    ]
