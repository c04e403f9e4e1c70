"""Tidying keywords and people from the sidebar (Lightroom's Keyword List): F2 renames,
a name that exists already merges once asked with both counts, Delete removes the tag from
every item once asked with its count; Ctrl+Z takes each back; the History names it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smparchive.gui.controllers import vocabulary


def _labels(window: Any, section: str) -> list[str]:
    node = next(n for n in window.sidebar.sidebar.sections if n.key == section)
    out: list[str] = []

    def walk(n: Any, path: str) -> None:
        for child in n.children:
            here = f"{path}|{child.label}" if path else child.label
            out.append(here)
            walk(child, here)

    walk(node, "")
    return out


def _on(window: Any, qtbot: Any, path: str) -> None:
    """The keyword's row chosen in the sidebar, the keyboard there."""
    window.refresh_sidebar()
    tag = window.catalog.find_tag(path)
    window.sidebar.select_key(f"tag:{tag.id}")
    window.sidebar.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=3000)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """What the confirmation would say (title, text, details); the person says yes."""
    said: list[tuple[str, str, str]] = []

    def confirm(_parent: Any, title: str, text: str, info: str, _action: str, **_k: Any) -> bool:
        said.append((title, text, info))
        return True

    monkeypatch.setattr(vocabulary, "confirm", confirm)
    return said


def test_f2_renames_a_keyword_and_ctrl_z_takes_it_back(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, asked: Any
) -> None:
    ids = window.store.ids[:3]
    window.catalog.tag_items(ids, ["Migraton|Skills"])
    _on(window, qtbot, "Migraton")
    monkeypatch.setattr(vocabulary, "ask_name", lambda _p, name, **_k: "Migration")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    window.refresh_sidebar()
    assert "Migration|Skills" in _labels(window, "sec:keywords")
    assert "Migraton" not in _labels(window, "sec:keywords")
    assert asked == []  # a plain rename asks nothing more
    window.select_ids(ids[:1])
    panel = window.inspector.history
    qtbot.waitUntil(lambda: bool(panel.rows()) and "Rename" in panel.rows()[0][2], timeout=3000)
    # named as its undo step is (it read "Tag “Migraton” renamed “Migration”")
    assert panel.rows()[0][2] == "Rename “Migraton” to “Migration”"
    assert window.undo_stack.undoText() == panel.rows()[0][2]
    window.actions_by_name["undo"].trigger()
    window.refresh_sidebar()
    assert "Migraton|Skills" in _labels(window, "sec:keywords")


def test_a_name_that_exists_merges_after_saying_both_counts(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, asked: Any
) -> None:
    ids = window.store.ids[:5]
    window.catalog.tag_items(ids[:3], ["IOM"])
    window.catalog.tag_items(ids[3:], ["I.O.M."])
    _on(window, qtbot, "I.O.M.")
    node = window.sidebar.sidebar.node(window.sidebar.currentIndex())
    monkeypatch.setattr(vocabulary, "ask_name", lambda _p, name, **_k: "iom")
    # from the row's context menu this time
    from smparchive.gui import context_menus

    menu = context_menus.sidebar_menu(
        window.deps, window.actions_by_name, node, window.sidebar, lambda n, t: None
    )
    rename = next(a for a in menu.actions() if a.text().startswith("Rename…"))
    assert rename.text().endswith("\tF2")
    rename.trigger()
    assert asked == [
        (
            "Merge Keywords",
            "“IOM” already exists. Merge “I.O.M.” into it?",
            "Items with “I.O.M.”: 2\nItems with “IOM”: 3\n"
            "Afterwards all of them carry “IOM”; Ctrl+Z undoes it.",
        )
    ]
    window.refresh_sidebar()
    assert _labels(window, "sec:keywords") == ["IOM"]
    iom = window.catalog.find_tag("IOM")
    assert window.catalog.tag_items_count(iom.id) == 5
    window.actions_by_name["undo"].trigger()
    window.refresh_sidebar()
    assert sorted(_labels(window, "sec:keywords")) == ["I.O.M.", "IOM"]


def test_delete_asks_with_the_count_and_the_grid_goes_on_to_all_items(
    window: Any, qtbot: Any, asked: Any
) -> None:
    ids = window.store.ids[:4]
    window.catalog.tag_items(ids[:3], ["Blurry"])
    window.catalog.tag_items(ids[3:], ["Blurry|Very"])
    _on(window, qtbot, "Blurry")
    qtbot.waitUntil(lambda: len(window.store) == 4, timeout=3000)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    assert asked == [
        (
            "Delete Keyword",
            "Delete “Blurry” from every item?",
            "Items that carry it (or a keyword under it): 4\nCtrl+Z puts it back.",
        )
    ]
    window.refresh_sidebar()
    assert _labels(window, "sec:keywords") == []
    assert window.sidebar.current_key() == "all"
    qtbot.waitUntil(lambda: len(window.store) == 33, timeout=3000)
    window.select_ids(ids[:1])
    panel = window.inspector.history
    qtbot.waitUntil(lambda: bool(panel.rows()) and "Delete" in panel.rows()[0][2], timeout=3000)
    assert panel.rows()[0][2] == "Delete “Blurry”"  # as its undo step: not "Tag “Blurry” deleted"
    assert window.undo_stack.undoText() == panel.rows()[0][2]
    window.actions_by_name["undo"].trigger()
    window.refresh_sidebar()
    assert _labels(window, "sec:keywords") == ["Blurry", "Blurry|Very"]


def test_keys_on_a_row_that_is_no_tag_do_nothing(window: Any, qtbot: Any, asked: Any) -> None:
    window.sidebar.select_key("kind:photo")
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    assert asked == []


def test_a_teammate_s_rename_shows_in_the_open_window(
    window: Any, gui_catalog: Any, qtbot: Any
) -> None:
    """Through the live feed: the sidebar and the item's keywords take the new name (the
    window kept the old one, read once, until it was restarted)."""
    from smparchive.core.catalog.catalog import open_catalog

    first = window.store.record(0)
    gui_catalog.tag_items([first.id], ["Migraton"])
    window.refresh_sidebar()
    assert [t.path for t in window.catalog.item(first.id).tags] == ["Migraton"]
    other = open_catalog(gui_catalog.location)  # a teammate
    try:
        other.rename_tag(other.find_tag("Migraton").id, "Migration")
    finally:
        other.close()

    def renamed() -> bool:
        rec = window.store.cached(first.id)
        return rec is not None and [t.path for t in rec.tags] == ["Migration"]

    qtbot.waitUntil(renamed, timeout=5000)
    qtbot.waitUntil(lambda: _labels(window, "sec:keywords") == ["Migration"], timeout=5000)


def test_organisations_have_their_own_sidebar_section_to_tidy(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, asked: Any
) -> None:
    """Organisations read from sidecars showed among the item's keywords but nowhere in
    the sidebar: no way to rename 'Iom' or delete one."""
    window.refresh_sidebar()
    keys = [n.key for n in window.sidebar.sidebar.sections]
    assert "sec:organisations" not in keys and "sec:places" not in keys  # none yet
    ids = window.store.ids[:2]
    window.catalog.tag_items(ids, ["Iom"], kind="organisation")
    window.catalog.tag_items(ids[:1], ["Brussels"], kind="place")
    window.refresh_sidebar()
    assert _labels(window, "sec:organisations") == ["Iom"]
    assert _labels(window, "sec:places") == ["Brussels"]
    iom = window.catalog.find_tag("Iom", "organisation")
    window.sidebar.select_key(f"tag:{iom.id}")
    window.sidebar.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=3000)
    qtbot.waitUntil(lambda: len(window.store) == 2, timeout=3000)
    monkeypatch.setattr(vocabulary, "ask_name", lambda _p, name, **_k: "IOM")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    window.refresh_sidebar()
    assert _labels(window, "sec:organisations") == ["IOM"]


def test_the_shortcut_sheet_names_the_sidebar_s_keys(window: Any) -> None:
    from smparchive.gui.menus import shortcut_rows

    rows = dict(shortcut_rows(window.actions_by_name))["Captions, keywords and sessions"]
    assert ("F2", "Rename a keyword or person (in the sidebar)") in rows
    assert ("Del", "Delete a keyword or person from every item (in the sidebar)") in rows


def test_the_filter_bar_and_status_line_name_the_keyword_renamed_with_f2(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, asked: Any
) -> None:
    """The grid showing a keyword it renames in place: the sidebar said 'Panel 2022' while
    the filter bar's source chip and the status line still said 'Panel'."""
    window.refresh_sidebar()  # at start the status line names no row (none was chosen)
    assert "All items" not in window.count_label.text()
    ids = window.store.ids[:2]
    window.catalog.tag_items(ids, ["Panel"])
    _on(window, qtbot, "Panel")
    qtbot.waitUntil(lambda: window.scope_bar.source.label == "Panel", timeout=3000)
    monkeypatch.setattr(vocabulary, "ask_name", lambda _p, name, **_k: "Panel 2022")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    window.refresh_sidebar()
    assert "Panel 2022" in _labels(window, "sec:keywords")
    qtbot.waitUntil(lambda: window.scope_bar.source.label == "Panel 2022", timeout=3000)
    assert "Panel 2022" in window.scope_bar.removable()[0].text()
    assert window.count_label.text().endswith(" · Panel 2022")
    assert len(window.store) == 2  # the same items, still shown


def test_a_persons_dialogs_say_person_not_tag(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, asked: Any
) -> None:
    """F2 and Del on a person in the sidebar asked to "Merge Tags" and "Delete Tag"."""
    ids = window.store.ids[:3]
    window.catalog.tag_items(ids[:2], ["Jane Doe"], kind="person")
    window.catalog.tag_items(ids[2:], ["J. Doe"], kind="person")
    window.refresh_sidebar()
    j = window.catalog.find_tag("J. Doe", "person")
    window.sidebar.select_key(f"tag:{j.id}")
    window.sidebar.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=3000)
    kinds: list[str] = []

    def typed(_p: Any, name: str, kind: str = "keyword") -> str:
        kinds.append(kind)
        return "Jane Doe"

    monkeypatch.setattr(vocabulary, "ask_name", typed)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    assert kinds == ["person"]  # the prompt's title: "Rename Person"
    assert [a[0] for a in asked] == ["Merge People"]
    window.refresh_sidebar()
    assert "J. Doe" not in _labels(window, "sec:people")
    jane = window.catalog.find_tag("Jane Doe", "person")
    window.sidebar.select_key(f"tag:{jane.id}")
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus, timeout=3000)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    assert asked[1] == (
        "Delete Person",
        "Delete “Jane Doe” from every item?",
        "Items that name this person: 3\nCtrl+Z puts it back.",
    )
    window.refresh_sidebar()
    assert "Jane Doe" not in _labels(window, "sec:people")


def test_rename_prompt_and_organisation_merge_name_their_kind(
    window: Any, monkeypatch: pytest.MonkeyPatch, asked: Any
) -> None:
    from smparchive.gui import context_menus

    ids = window.store.ids[:2]
    window.catalog.tag_items(ids[:1], ["IOM"], kind="organisation")
    window.catalog.tag_items(ids[1:], ["I.O.M."], kind="organisation")
    window.refresh_sidebar()
    section = next(n for n in window.sidebar.sidebar.sections if n.key == "sec:organisations")
    node = next(n for n in section.children if n.label == "I.O.M.")
    titles: list[str] = []
    monkeypatch.setattr(
        vocabulary.QInputDialog,
        "getText",
        lambda _p, title, *_a, **_k: (titles.append(title), ("IOM", True))[1],
    )
    menu = context_menus.tag_menu(window.deps, node, window.sidebar)
    next(a for a in menu.actions() if a.text().startswith("Rename…")).trigger()
    assert titles == ["Rename Organisation"]
    assert [a[0] for a in asked] == ["Merge Organisations"]


def test_the_action_button_has_a_mnemonic_and_only_a_delete_defaults_to_cancel(
    window: Any, qtbot: Any
) -> None:
    """Cancel was the default and "Merge"/"Delete" had no letter to press. A merge (what
    the person asked for by typing an existing name, undoable) is the default; a delete from
    every item keeps Cancel as the default, and Alt+D deletes."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    merge, go = vocabulary.confirm_box(window, "Merge Keywords", "?", "", "&Merge")
    assert go.text() == "&Merge"
    assert merge.defaultButton() is go
    merge.show()
    qtbot.keyClick(merge, Qt.Key.Key_Return)
    assert merge.clickedButton() is go

    delete, go = vocabulary.confirm_box(
        window, "Delete Keyword", "?", "", "&Delete", destructive=True
    )
    assert delete.defaultButton() is delete.button(QMessageBox.StandardButton.Cancel)
    delete.show()
    delete.activateWindow()
    qtbot.waitActive(delete)
    QTest.keySequence(delete.windowHandle(), QKeySequence("Alt+D"))  # as the window gets it
    qtbot.waitUntil(lambda: delete.clickedButton() is go, timeout=3000)  # an animated click


def test_the_undo_text_names_the_keyword_as_stored(window: Any, qtbot: Any) -> None:
    """Typing 'iom' for the keyword 'IOM' a teammate created: the History said 'IOM' and
    the Edit menu "Undo Tag iom"."""
    ids = window.store.ids[:2]
    window.catalog.tag_items(ids[:1], ["IOM"])
    window.ops.tag(ids[1:], ["iom"], "keyword")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=3000)
    assert window.undo_stack.undoText() == "Tag “IOM”"
    assert window.actions_by_name["undo"].text().replace("&", "") == "Undo Tag “IOM”"


def test_the_keyword_entry_offers_a_keyword_typed_without_its_accents(qtbot: Any) -> None:
    """Bob typed 'mobilite' beside Alice's 'Mobilité': the entry offered nothing (it matched
    accents as typed), and Enter made a second keyword."""
    from smparchive.gui.widgets.fields import TagEntry

    entry = TagEntry("Add keyword")
    qtbot.addWidget(entry)
    entry.set_names(["Mobilité", "Panel", "Réfugiés|Ukraine"])
    assert entry.names() == ["Mobilité", "Panel", "Réfugiés|Ukraine"]
    completer = entry.completer()
    for typed, offered in (("mobilite", ["Mobilité"]), ("REFUG", ["Réfugiés|Ukraine"])):
        completer.setCompletionPrefix(typed)
        shown = [
            completer.completionModel().index(row, 0).data()
            for row in range(completer.completionCount())
        ]
        assert shown == offered, typed
        assert completer.currentCompletion() == offered[0]  # what choosing it puts in


def test_a_keyword_chosen_in_the_list_leaves_the_entry_empty(qtbot: Any) -> None:
    """Arrows and Enter in the list added 'Mobility', then the list put 'Mobility' back in
    the entry (its choice comes after Enter): it looked not added."""
    from smparchive.gui.widgets.fields import TagEntry

    entry = TagEntry("Add keyword")
    qtbot.addWidget(entry)
    entry.set_names(["Mobility", "Panel"])
    added: list[str] = []
    entry.entered.connect(added.append)
    qtbot.keyClicks(entry, "mob")
    entry.setText("Mobility")  # the list's highlighted name
    entry.returnPressed.emit()
    # then the list's choice, and the entry given the name (the order seen under X11)
    entry.completer().activated[str].emit("Mobility")
    entry.setText("Mobility")
    qtbot.waitUntil(lambda: entry.text() == "", timeout=1000)
    assert added == ["Mobility"]
    # chosen first, then Enter (other platforms): added once, entry empty
    qtbot.keyClicks(entry, "pan")
    entry.setText("Panel")
    entry.completer().activated[str].emit("Panel")
    assert entry.text() == "Panel"
    entry.returnPressed.emit()
    assert added == ["Mobility", "Panel"] and entry.text() == ""


def test_the_keyword_list_stays_open_when_the_sidebar_reads_the_same_keywords(
    qtbot: Any,
) -> None:
    """The sidebar reads the keywords again after every edit (a teammate's too) and gave
    them to the entry: its list was emptied and filled again, closing the suggestions the
    person was choosing from with the arrows."""
    from PySide6.QtCore import Qt

    from smparchive.gui.widgets.fields import TagEntry

    entry = TagEntry("Add keyword")
    qtbot.addWidget(entry)
    entry.show()
    qtbot.waitExposed(entry)
    entry.set_names(["Mobility", "Mobilité", "Panel"])
    entry.setFocus()
    qtbot.keyClicks(entry, "mob")
    popup = entry.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().row()
    entry.set_names(["Mobility", "Mobilité", "Panel"])  # the sidebar's next reading
    assert popup.isVisible() and popup.currentIndex().row() == chosen
    entry.set_names(["Mobility", "Mobilité", "Panel", "Roundtable"])  # a new keyword
    assert entry.names()[-1] == "Roundtable"
