"""Ctrl+Z or an edit that would overwrite a teammate's newer value asks first: who changed
what, Keep theirs / Use mine, without blocking the window (issue 16). Two catalogue
handles on one file play two people."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog
from smparchive.gui import formatting as fmt


@pytest.fixture
def bob(window: Any, gui_catalog: Any) -> Iterator[Any]:
    gui_catalog.set_user_name("alice")  # this window (as Preferences would set it)
    other = open_catalog(gui_catalog.location)
    other.set_user_name("bob")
    try:
        yield other
    finally:
        other.close()


def _notice(window: Any, qtbot: Any) -> Any:
    qtbot.waitUntil(lambda: window.conflict_box is not None, timeout=3000)
    box = window.conflict_box
    assert not box.isModal()
    return box


def _press(box: Any, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_undo_over_a_teammates_value_asks_and_keeps_theirs(
    window: Any, qtbot: Any, bob: Any
) -> None:
    item = bob.query_ids()[0]
    window.select_ids([item])
    window.inspector.editor("rating").committed.emit(2)  # alice
    assert bob.item(item).rating == 2
    bob.set_fields([item], rating=5)  # bob, since
    window.undo_stack.undo()  # alice's Ctrl+Z
    box = _notice(window, qtbot)
    # the photo by the name the person knows it, not the catalogue's item number
    name = bob.item(item).rel_path.rsplit("/", 1)[-1]
    assert f"item {item}" not in box.text()
    # who changed what when, and when alice's own change was: both with the clock's zone
    theirs, mine = bob.item_history(item)[:2]
    when, was = (fmt.date_time(h.at, zone=True) for h in (theirs, mine))
    assert when.split()[-1].isalpha()  # '8 Dec 2026 03:34 UTC': the zone is named
    assert box.text() == (
        f"bob changed the rating of {name} at {when}. You had made your change before "
        f"that, at {was}: undoing it would replace their value."
    )
    _press(box, "Keep theirs")
    assert bob.item(item).rating == 5
    # the stack is back where it was: the undo can be tried again later
    assert window.undo_stack.canUndo() and not window.undo_stack.canRedo()
    assert window.conflict_box is None


def test_undo_over_a_teammates_value_use_mine(window: Any, qtbot: Any, bob: Any) -> None:
    item = bob.query_ids()[0]
    window.select_ids([item])
    window.inspector.editor("rating").committed.emit(2)
    bob.set_fields([item], rating=5)
    window.undo_stack.undo()
    _press(_notice(window, qtbot), "Use mine")
    qtbot.waitUntil(lambda: bob.item(item).rating == 0, timeout=3000)
    latest = bob.item_history(item)[0]
    assert (latest.user, latest.action) == ("alice", "undo")
    assert window.undo_stack.canRedo()


def test_edit_based_on_a_stale_value_asks(window: Any, qtbot: Any, bob: Any) -> None:
    item = bob.query_ids()[0]
    window.select_ids([item])
    assert window.inspector.records[0].rating == 0  # what alice sees
    bob.set_fields([item], rating=4)  # bob changes it; alice's window is not refreshed yet
    window.inspector.editor("rating").committed.emit(1)
    box = _notice(window, qtbot)
    name = bob.item(item).rel_path.rsplit("/", 1)[-1]
    assert f"bob changed the rating of {name} to 4 at " in box.text()
    assert bob.item(item).rating == 4  # nothing changed yet
    _press(box, "Use mine")
    qtbot.waitUntil(lambda: bob.item(item).rating == 1, timeout=3000)


def test_edit_based_on_a_stale_value_keep_theirs(window: Any, qtbot: Any, bob: Any) -> None:
    item = bob.query_ids()[0]
    window.select_ids([item])
    bob.set_fields([item], rating=4)
    window.inspector.editor("rating").committed.emit(1)
    _press(_notice(window, qtbot), "Keep theirs")
    assert bob.item(item).rating == 4
    # the window now shows their value
    qtbot.waitUntil(lambda: window.inspector.records[0].rating == 4, timeout=3000)


def test_own_unrefreshed_edit_is_no_conflict(window: Any, qtbot: Any, bob: Any) -> None:
    item = bob.query_ids()[0]
    window.select_ids([item])
    window.ops.catalog.set_fields([item], rating=3)  # alice elsewhere in this window
    window.inspector.editor("rating").committed.emit(5)
    assert window.conflict_box is None
    qtbot.waitUntil(lambda: bob.item(item).rating == 5, timeout=3000)


def test_a_caption_typed_while_a_teammates_arrived_asks_before_replacing_it(
    window: Any, qtbot: Any, bob: Any
) -> None:
    """Captions had no stale-value check: Alice's caption, typed while Bob's came in,
    silently replaced his. It asks, as a rating does."""
    from PySide6.QtCore import Qt

    item = bob.query_ids()[0]
    window.select_ids([item])
    texts = window.inspector.texts
    lang = texts.lang()
    assert window.inspector.records[0].captions.get(lang) is None  # what alice sees: none
    texts.caption.setFocus()
    texts.caption.setPlainText("Alice's caption")
    bob.set_text([item], "caption", lang, "Bob's caption")  # bob's arrives meanwhile
    qtbot.keyClick(texts.caption, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = _notice(window, qtbot)
    name = bob.item(item).rel_path.rsplit("/", 1)[-1]
    # the words typed are quoted: 'to Bob's caption at 06:24' ran on as one sentence
    assert f"bob changed the caption ({lang.upper()}) of {name} to “Bob's caption” at " in (
        box.text()
    )
    assert bob.item(item).captions[lang] == "Bob's caption"  # nothing replaced yet
    _press(box, "Use mine")
    qtbot.waitUntil(lambda: bob.item(item).captions.get(lang) == "Alice's caption", timeout=3000)


def test_a_caption_typed_over_the_text_shown_is_saved_without_asking(
    window: Any, qtbot: Any, bob: Any
) -> None:
    from PySide6.QtCore import Qt

    item = bob.query_ids()[0]
    lang = window.inspector.texts.lang()
    bob.set_text([item], "caption", lang, "Bob's caption")
    window.select_ids([item])
    texts = window.inspector.texts
    qtbot.waitUntil(lambda: texts.caption.toPlainText() == "Bob's caption", timeout=3000)
    texts.caption.setFocus()
    texts.caption.setPlainText("Bob's caption, edited by Alice")
    qtbot.keyClick(texts.caption, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: bob.item(item).captions.get(lang) == "Bob's caption, edited by Alice",
        timeout=3000,
    )
    assert window.conflict_box is None


def test_in_point_of_an_hour_long_recording_reads_with_its_hours(
    window: Any, qtbot: Any, bob: Any
) -> None:
    """The question names a teammate's In point as the player shows it: '0:02:40.000' in
    an hour-long recording (it read '2:40.000', two hours forty to the eye); a short
    recording's stays '2:40.000'."""
    ids = {bob.item(i).rel_path.rsplit("/", 1)[-1]: i for i in bob.query_ids()}
    for name, shown in (("panel.mp4", "0:02:40.000"), ("talk.mp4", "0:40.000")):
        item = ids[name]
        at = 160.0 if name == "panel.mp4" else 40.0
        window.select_ids([item])
        bob.set_fields([item], in_point_s=at)  # bob marks In; alice still sees none
        window.ops.set_fields([item], "Mark in", expect={"in_point_s": None}, in_point_s=10.0)
        box = _notice(window, qtbot)
        assert f"bob changed the in point of {name} to {shown} at " in box.text()
        _press(box, "Keep theirs")


def test_use_mine_on_a_keyword_bob_merged_away_says_why_nothing_changed(
    window: Any, qtbot: Any, bob: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alice undoes her keyword after Bob merged it into his: the notice named bob, but
    "Use mine" then changed nothing and said nothing (and Ctrl+Shift+Z offered a redo of
    an undo that never happened)."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    first, second = bob.query_ids()[:2]
    window.select_ids([first])
    window.inspector.editor("rating").committed.emit(2)  # alice, before
    window.ops.tag([first], ["mobilite"], "keyword")  # alice
    bob.tag_items([second], ["Transport"])
    hers = next(t for t in bob.tags() if t.name == "mobilite")
    bob.rename_tag(hers.id, "Transport")  # bob merges it into his
    window.undo_stack.undo()  # alice's Ctrl+Z
    box = _notice(window, qtbot)
    assert box.text().startswith("bob changed the keywords of ")
    _press(box, "Use mine")
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert "Tag “mobilite” was not undone: bob has since merged" in said[-1]
    assert [t.name for t in bob.item(first).tags] == ["Transport"]
    # nothing of the step is left: it leaves the stack (no redo of an undo that never
    # happened), and Ctrl+Z goes on to alice's rating instead of asking again
    assert not window.undo_stack.canRedo()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bob.item(first).rating == 0, timeout=3000)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("french", "Vous aviez fait votre modification avant, le {mine}\xa0: l’annuler"),
        ("dutch", "U had uw wijziging daarvoor gemaakt, op {mine}: als u die ongedaan maakt"),
    ],
)
def test_the_question_says_when_each_change_was_in_french_and_dutch(
    request: Any, window: Any, language: str, said: str
) -> None:
    """The box said bob's change came "after your change" (after which?): it gives both
    moments, each with its zone, in the interface's language."""
    from datetime import UTC, datetime

    from smparchive.core.catalog.changes import EditConflict

    request.getfixturevalue(language)
    exc = EditConflict(
        "changed since",
        user="camille",
        item_id=1,
        field="items.rating",
        at=datetime(2026, 12, 8, 10, 5, tzinfo=UTC),
        mine_at=datetime(2026, 12, 8, 9, 58, tzinfo=UTC),
        item_name="DSC_0001.JPG",
    )
    text = window.ops._conflict_text(exc, undo=True)
    theirs, mine = (fmt.date_time(t, zone=True) for t in (exc.at, exc.mine_at))
    assert theirs in text and said.format(mine=mine) in text, text
