"""Programme screens: drop onto a session, assignment preview, clock dialog with timeline,
schedule editor."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from tests.gui.conftest import schedule_editor_answering


def test_drop_items_on_a_session(window: Any) -> None:
    from smparchive.gui.models.item_model import ids_to_mime

    sid = window.catalog.test_sessions["closing"]
    ids = window.store.ids[:3]
    model = window.sidebar_model
    index = model.index_of(f"session:{sid}")
    assert index.isValid()
    assert model.dropMimeData(ids_to_mime(ids), Qt.DropAction.CopyAction, -1, -1, index)
    assert {r.session_id for r in window.catalog.items(ids)} == {sid}
    window.undo_stack.undo()
    assert sid not in {r.session_id for r in window.catalog.items(ids)}


def test_assigning_to_a_session_says_where_the_items_went(window: Any, monkeypatch: Any) -> None:
    """Items dropped on a session, or given one in the picker, leave the session shown and
    nothing said where they went; the status bar now names it (or says they have none)."""
    from PySide6.QtWidgets import QInputDialog

    from smparchive.gui.dialogs.pickers import pick_session

    sid = window.catalog.test_sessions["closing"]
    title = window.catalog.session(sid).title
    ids = window.store.ids[:3]
    said = window.statusBar().currentMessage
    window.drop_on_target(ids, "session", sid)
    assert "3" in said() and f"“{title}”" in said()
    window.statusBar().clearMessage()
    no_session = "No session"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (no_session, True))
    pick_session(window.deps, ids[:2])
    assert "2" in said() and "taken out" in said()
    assert {r.session_id for r in window.catalog.items(ids[:2])} == {None}


def test_assignment_preview_accept_and_reject(window: Any, qtmodeltester: Any) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    cat = window.catalog
    cat.assign_items(cat.query_ids(), None)  # everything out of sessions, by hand
    cat.release_items(cat.query_ids())
    dlg = AssignmentDialog(window.deps)
    qtmodeltester.check(dlg.model)
    actionable = [p for p, _r in dlg.proposals if p.actionable]
    assert actionable, "photos inside session times must be proposed"
    reject = actionable[0].item_id
    row = next(n for n, (p, _r) in enumerate(dlg.model.rows) if p.item_id == reject)
    dlg.model.setData(
        dlg.model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    dlg.apply()
    assigned = {r.id: r.session_id for r in cat.items([p.item_id for p in actionable])}
    assert assigned[reject] is None
    assert all(assigned[p.item_id] == p.session_id for p in actionable if p.item_id != reject)


def test_assignment_preview_emptied_by_apply_says_what_it_did_and_nothing_stale(
    window: Any,
) -> None:
    """Everything applied: the list is empty, the line below it no longer describes a row
    that was there, and there is nothing left to accept or reject."""
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    cat = window.catalog
    cat.assign_items(cat.query_ids(), None)
    cat.release_items(cat.query_ids())
    dlg = AssignmentDialog(window.deps)
    n = dlg.model.rowCount()
    assert n and dlg.detail.text() and all(b.isEnabled() for b in dlg.choosing)
    dlg.apply()
    assert dlg.model.rowCount() == 0
    assert dlg.detail.text() == ""
    assert not any(b.isEnabled() for b in dlg.choosing) and not dlg.apply_btn.isEnabled()
    assert dlg.summary.text().startswith(f"Assigned {n} items to sessions.")
    dlg.close()


def test_clock_dialog_moves_the_lane_live(window: Any, qtmodeltester: Any, qtbot: Any) -> None:
    from smparchive.gui.dialogs.clocks import ClockDialog

    dlg = ClockDialog(window.deps)
    qtmodeltester.check(dlg.cameras)
    camera = dlg.camera()
    assert camera is not None and camera.model == "EOS R6"
    timeline = dlg.day_view.timeline
    before = timeline.outside_count(camera.key)
    dlg.set_offset(6 * 3600)  # six hours later: everything falls outside the sessions
    assert timeline.outside_count(camera.key) > before
    qtbot.waitUntil(lambda: dlg.shift_model.rowCount() > 0)  # the preview is debounced
    qtmodeltester.check(dlg.shift_model)
    dlg._apply()
    assert window.catalog.cameras()[0].offset_s == 6 * 3600 or any(
        g.offset_s == 6 * 3600 for g in window.catalog.cameras()
    )
    window.undo_stack.undo()
    assert all(g.offset_s == 0 for g in window.catalog.cameras())


def test_timeline_counts_outside(qapp: Any) -> None:
    from smparchive.gui.views.timeline import Band, Lane, TimelineWidget

    t0 = datetime(2022, 6, 1, 9, 0, tzinfo=UTC)
    band = Band("Talk", "A", t0, t0.replace(hour=10))
    lane = Lane("cam", "Camera", [t0.replace(minute=30), t0.replace(hour=11)])
    widget = TimelineWidget()
    widget.set_day([lane], [band], t0.replace(hour=8), t0.replace(hour=12))
    assert widget.outside_count() == 1
    widget.set_shift("cam", -2 * 3600)  # 7:30 and 9:00
    assert widget.outside_count() == 1
    widget.set_shift("cam", 3600)  # 10:30 and 12:00
    assert widget.outside_count() == 2
    widget.resize(800, 200)
    widget.grab()  # paints without error


def test_schedule_editor_edits_sessions(window: Any, qtmodeltester: Any) -> None:
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    dlg = ScheduleEditor(window.deps)
    qtmodeltester.check(dlg.model)
    assert dlg.days.count() == 2
    assert [s.title for s in dlg.model.sessions] == ["Opening", "EMN roundtable"]
    idx = dlg.model.index(1, 3)
    assert dlg.model.setData(idx, "Room 2", Qt.ItemDataRole.EditRole)
    assert window.catalog.session(window.catalog.test_sessions["roundtable"]).room == "Room 2"
    assert dlg.model.setData(
        dlg.model.index(1, 4), "Hélène Marchetti, Tom Peeters", Qt.ItemDataRole.EditRole
    )
    s = window.catalog.session(window.catalog.test_sessions["roundtable"])
    assert s.speakers == ("Hélène Marchetti", "Tom Peeters")
    assert not dlg.model.setData(dlg.model.index(1, 0), "25:99", Qt.ItemDataRole.EditRole)
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.catalog.session(window.catalog.test_sessions["roundtable"]).room == "Hall A"


def test_assignment_preview_shows_every_proposal(window: Any) -> None:
    from smparchive.gui.dialogs.assignment import AssignmentDialog

    cat = window.catalog
    sid = cat.test_sessions["opening"]
    first = cat.query_ids()[:2]
    cat.assign_items(first, sid)
    cat.release_items(first)  # in their session already, and no longer by hand
    dlg = AssignmentDialog(window.deps)
    assert dlg.show_filter.currentData() == "changes"
    m = dlg.model
    assert m.rowCount() and all(p.actionable for p, _r in m.rows)
    for row in range(m.rowCount()):  # changes: checked, and a proposed session named
        assert m.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        assert m.index(row, 4).data() not in ("", None)
    assert dlg.apply_btn.text().replace(",", "") == f"Apply {m.rowCount()} Accepted"
    dlg.show_filter.setCurrentIndex(dlg.show_filter.findData("all"))
    dlg._fill()
    unchanged = next(n for n, (p, _r) in enumerate(m.rows) if p.item_id == first[0])
    assert m.index(unchanged, 4).data() == "Opening"  # unchanged proposals show too
    assert m.index(unchanged, 0).data(Qt.ItemDataRole.CheckStateRole) is None
    captured = m.index(unchanged, 2).data()
    assert "2022" in captured and " 06 " not in captured  # '1 Jun 2022 09:05'


OTHER_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example//Conference//EN
X-WR-CALNAME:Digital Heritage Days
X-WR-TIMEZONE:Europe/Amsterdam
BEGIN:VEVENT
UID:dhd-1@example.org
DTSTART;TZID=Europe/Amsterdam:20230912T090000
SUMMARY:Keynote
END:VEVENT
END:VCALENDAR
"""


def test_importing_another_conference_asks(window: Any, tmp_path: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from smparchive.gui import filedialogs
    from smparchive.gui.dialogs.schedule_editor import import_programme_file

    path = tmp_path / "dhd.ics"
    path.write_text(OTHER_ICS, encoding="utf-8")
    monkeypatch.setattr(filedialogs, "open_file_name", lambda *a, **k: str(path))
    asked: list[str] = []
    chosen: list[Any] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        # Enter changes nothing: it merged the other conference into the event
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        chosen.append(next(b for b in box.buttons() if b.text() == "Import as a new event"))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: chosen[-1])
    reports: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: reports.append(a[2]))
    before = {e.title for e in window.catalog.events()}

    import_programme_file(window)

    assert asked and "another conference" in asked[0] and "Digital Heritage Days" in asked[0]
    assert {e.title for e in window.catalog.events()} == before | {"Digital Heritage Days"}
    # The report lists the warnings (no DTEND: a default length).
    assert reports and "no DTEND or DURATION" in reports[0]


def test_the_event_dialog_asks_the_programme_language(window: Any, monkeypatch: Any) -> None:
    """Event…: after title and time zone, the language of the programme's texts (the page
    marks them with it), offered by name among the caption languages; 'Not said' clears."""
    from PySide6.QtWidgets import QInputDialog

    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    window.deps.settings.caption_languages = ["en", "fr", "nl"]
    texts = iter([("SMP 2022", True), ("Europe/Brussels", True)] * 3)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(texts))
    offered: list[tuple[list[str], int]] = []
    answers = iter(["Français (fr)", "pt-BR", "Not said"])

    def get_item(parent: Any, title: str, label: str, items: list[str], current: int, *a: Any):
        offered.append((items, current))
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    dlg = ScheduleEditor(window.deps)
    dlg.edit_event()
    assert window.catalog.event().language == "fr"
    assert offered[0][0] == ["Not said", "English (en)", "Français (fr)", "Nederlands (nl)"]
    dlg.edit_event()  # another code, typed
    assert offered[1][1] == 2  # the current language chosen to start with
    assert window.catalog.event().language == "pt-BR"
    dlg.edit_event()
    assert offered[2][0][-1] == "Português (pt-BR)" and offered[2][1] == 4
    assert window.catalog.event().language is None
    assert window.catalog.event().title == "SMP 2022"


def test_the_schedule_editors_header_says_the_programmes_language(
    window: Any, qtbot: Any, french: Any
) -> None:
    """Event… sets the language of the programme's texts; the editor's header line did not
    show it. It says it in the user's language, or that it is not said."""
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    cat = window.catalog
    event = cat.event()
    cat.update_event(event.id, language="nl")
    dlg = ScheduleEditor(window.deps)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "néerlandais" in dlg.event_label.text())
    assert dlg.event_label.text().endswith("Programme en néerlandais")
    cat.update_event(event.id, language="pt-BR")
    dlg.reload()
    qtbot.waitUntil(lambda: "portugais (pt-BR)" in dlg.event_label.text())
    cat.update_event(event.id, language=None)
    dlg.reload()
    qtbot.waitUntil(lambda: "langue du programme non précisée" in dlg.event_label.text().lower())


def _french_title(window: Any) -> int:
    cat = window.catalog
    sid = cat.test_sessions["roundtable"]
    cat.update_event(cat.event().id, language="en")
    cat.set_session_text(sid, "fr", "Table ronde du REM")
    window.refresh_sidebar()
    return int(sid)


def test_the_sidebar_in_french_shows_the_french_session_title(
    french: None, window: Any, qtbot: Any
) -> None:
    """A bilingual programme: the French interface shows the French title (sidebar row,
    the sentence chips and the status line quote, the inspector's session list)."""
    sid = _french_title(window)
    model = window.sidebar_model
    qtbot.waitUntil(lambda: "Table ronde du REM" in model.by_key[f"session:{sid}"].label)
    assert "Table ronde du REM" in model.by_key[f"session:{sid}"].phrase
    assert window.session_titles[sid] == "Table ronde du REM"
    assert "Opening" in model.by_key[f"session:{window.catalog.test_sessions['opening']}"].label


def test_the_sidebar_in_english_keeps_the_programme_s_title(
    english: None, window: Any, qtbot: Any
) -> None:
    sid = _french_title(window)
    qtbot.waitUntil(lambda: window.session_titles.get(sid) is not None)
    qtbot.wait(200)
    assert "EMN roundtable" in window.sidebar_model.by_key[f"session:{sid}"].label
    assert window.session_titles[sid] == "EMN roundtable"


def test_a_session_s_title_in_other_languages_from_the_schedule_editor(
    window: Any, monkeypatch: Any, qtbot: Any
) -> None:
    """'Session in Other Languages…' offers the caption languages but the programme's own,
    sets what was typed in one undo step, and Ctrl+Z in the main window takes it back."""
    cat = window.catalog
    titles = {("title", "fr"): "Table ronde du REM", ("title", "nl"): "EMN-rondetafel"}
    dlg, asked = schedule_editor_answering(window, monkeypatch, qtbot, titles)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=5000)
    sid = cat.test_sessions["roundtable"]
    row = next(n for n, s in enumerate(dlg.model.sessions) if s.id == sid)
    dlg.view.selectRow(row)
    dlg.translate_session()
    # the title, room and description in each language
    fields = ("title", "room", "description")
    assert [f[1] for f in asked[0]] == [(f, c) for c in ("fr", "nl") for f in fields]
    qtbot.waitUntil(lambda: len(cat.session(sid).titles) == 2, timeout=5000)
    assert dict(cat.session(sid).titles) == {"fr": "Table ronde du REM", "nl": "EMN-rondetafel"}
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: cat.session(sid).titles == (), timeout=5000)


def test_the_clocks_dialog_in_french_shows_the_french_title_and_room(
    french: None, window: Any, qtbot: Any
) -> None:
    """The camera clocks dialog's timeline named the sessions by the programme's English
    titles and rooms in the French interface, beside the sidebar's French ones."""
    from smparchive.gui.dialogs.clocks import ClockDialog

    sid = _french_title(window)
    window.catalog.set_programme_texts("session", sid, {("room", "fr"): "Salle A"})
    dlg = ClockDialog(window.deps)
    timeline = dlg.day_view.timeline
    qtbot.waitUntil(lambda: bool(timeline.bands), timeout=5000)
    shown = {(b.title, b.room) for b in timeline.bands}
    assert ("Table ronde du REM", "Salle A") in shown, shown
    assert ("Opening", "Hall A") in shown  # no French text: the programme's own
    dlg.close()


def test_the_schedule_editor_shows_a_room_s_other_languages_as_its_tip(
    french: None, window: Any, qtbot: Any
) -> None:
    """The editor's cells edit the programme's own texts; a room's tip names it in the
    programme's further languages."""
    from PySide6.QtCore import Qt

    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    sid = _french_title(window)
    window.catalog.set_programme_texts("session", sid, {("room", "fr"): "Salle A"})
    dlg = ScheduleEditor(window.deps)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=5000)
    row = next(n for n, s in enumerate(dlg.model.sessions) if s.id == sid)
    room = dlg.model.index(row, dlg.model.FIELDS.index("room"))
    assert dlg.model.data(room) == "Hall A"  # what the cell edits
    assert "Salle A" in dlg.model.data(room, Qt.ItemDataRole.ToolTipRole)
    dlg.close()


def test_the_schedule_editor_s_header_names_the_event_in_the_interface_s_language(
    french: None, window: Any, qtbot: Any
) -> None:
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    cat = window.catalog
    cat.update_event(cat.event().id, language="en")
    cat.set_event_text("title", "fr", "Conférence de test")
    dlg = ScheduleEditor(window.deps)
    qtbot.waitUntil(lambda: "Conférence de test" in dlg.event_label.text(), timeout=5000)
    assert "Test Conference" not in dlg.event_label.text()
    assert "Test Conference" in dlg.event_label.toolTip()  # the programme's own
    dlg.close()
