"""A session closed-door in the app (h110): the schedule editor's check boxes and the
sidebar's menu set "not for publication" and "do not record" (only the command line and a
programme import could), one undoable step each, and the row and the cards say it at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _assigned(qtbot: Any, window: Any) -> tuple[list[int], int]:
    """Two photos in the roundtable, the third outside it."""
    cat = window.catalog
    sid = cat.test_sessions["roundtable"]
    ids = cat.query_ids()[:3]
    done: list[Any] = []
    window.ops.run("Assign", lambda c: c.assign_items(ids[:2], sid), done.append)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: window.store.cached(ids[0]).session_id == sid)
    return ids, sid


def _tip(window: Any, item_id: int) -> str:
    index = window.grid_model.index(window.store.row_of(item_id), 0)
    return str(index.data(Qt.ItemDataRole.ToolTipRole))


def _row(window: Any, sid: int) -> str:
    return str(window.sidebar_model.by_key[f"session:{sid}"].label)


def test_the_schedule_editor_closes_a_session_and_the_cards_say_it(qtbot: Any, window: Any) -> None:
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    ids, sid = _assigned(qtbot, window)
    dlg = ScheduleEditor(window.deps)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: any(s.id == sid for s in dlg.model.sessions))
    row = next(n for n, s in enumerate(dlg.model.sessions) if s.id == sid)
    column = dlg.model.FIELDS.index("do_not_publish")
    box = dlg.model.index(row, column)
    assert dlg.model.headerData(column, Qt.Orientation.Horizontal) == "Not for publication"
    assert box.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "Will not be published" not in _tip(window, ids[0])
    assert dlg.model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: window.catalog.session(sid).do_not_publish)
    # the editor ticks it, the cards of its items say why they are held back at once
    qtbot.waitUntil(
        lambda: (
            dlg.model.index(row, column).data(Qt.ItemDataRole.CheckStateRole)
            == Qt.CheckState.Checked
        )
    )
    qtbot.waitUntil(lambda: "Will not be published" in _tip(window, ids[0]))
    assert "is not for publication" in _tip(window, ids[1])
    assert "Will not be published" not in _tip(window, ids[2])  # outside the session
    # the sidebar's row says it
    window.refresh_sidebar()
    qtbot.waitUntil(lambda: _row(window, sid).endswith("(closed)"))
    tip = window.sidebar_model.by_key[f"session:{sid}"].tooltip
    assert tip.endswith("Not for publication: every export holds back the session’s items")
    # one step undoes it
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.catalog.session(sid).do_not_publish)
    qtbot.waitUntil(lambda: "Will not be published" not in _tip(window, ids[0]))
    window.refresh_sidebar()
    qtbot.waitUntil(lambda: "(" not in _row(window, sid))


def test_the_sidebar_menu_of_a_session_turns_its_flags_on_and_off(
    qtbot: Any, window: Any, french: None
) -> None:
    from smparchive.gui import context_menus

    _ids, sid = _assigned(qtbot, window)
    window.refresh_sidebar()
    qtbot.waitUntil(lambda: f"session:{sid}" in window.sidebar_model.by_key)

    def menu_flags() -> dict[str, Any]:
        node = window.sidebar_model.by_key[f"session:{sid}"]
        menu = context_menus.sidebar_menu(window.deps, window.actions_by_name, node, window.sidebar)
        return {a.text(): a for a in menu.actions() if a.isCheckable()}

    acts = menu_flags()
    assert set(acts) == {"&Non destinée à la publication", "Ne pas en&registrer"}
    assert not any(a.isChecked() for a in acts.values())
    acts["Ne pas en&registrer"].trigger()
    qtbot.waitUntil(lambda: window.catalog.session(sid).do_not_record)
    assert not window.catalog.session(sid).do_not_publish
    window.refresh_sidebar()
    qtbot.waitUntil(lambda: _row(window, sid).endswith("(sans enregistrement)"))
    acts = menu_flags()
    assert acts["Ne pas en&registrer"].isChecked()
    acts["Ne pas en&registrer"].trigger()  # off again
    qtbot.waitUntil(lambda: not window.catalog.session(sid).do_not_record)


def test_a_row_says_closed_once(french: None) -> None:
    """The demo's "Groupe de travail : … (huis clos)" read "(huis clos) (huis clos)"."""
    from types import SimpleNamespace

    from smparchive.gui import formatting as fmt

    def mark(title: str, dnp: bool, dnr: bool) -> str:
        return fmt.session_mark(SimpleNamespace(title=title, do_not_publish=dnp, do_not_record=dnr))

    assert mark("Débat", True, True) == "huis clos"  # what decides: its recordings too
    assert mark("Débat", False, True) == "sans enregistrement"
    assert mark("Débat", False, False) == ""
    assert mark("Groupe de travail (Huis clos)", True, False) == ""
