"""Ctrl+Z of a change a teammate has since made too (both rated the photo 4): the undo is
not refused as if they had changed it; it takes back the rest and the status bar says
what stays, and why."""

from __future__ import annotations

from typing import Any

import pytest
from tests.gui.test_team_conflict import bob  # noqa: F401  (the fixture: a teammate)

from smparchive.core.catalog.changes import NothingLeftToUndo


def _bobs(cat: Any, item: int) -> str:
    """When bob last changed ``item``, as the app says a colleague's moment (zone named)."""
    from smparchive.gui import formatting as fmt

    return fmt.date_time(next(h.at for h in cat.item_history(item) if h.user == "bob"), zone=True)


def test_ctrl_z_leaves_the_rating_bob_set_too_and_says_so(
    window: Any,
    qtbot: Any,
    bob: Any,  # noqa: F811
) -> None:
    first, second = bob.query_ids()[:2]
    window.ops.set_fields([first, second], "Rate 4", rating=4)  # alice, in this window
    bob.set_fields([first], rating=4)  # bob rates the first 4 as well
    window.undo_stack.undo()  # alice's Ctrl+Z
    qtbot.waitUntil(lambda: bob.item(second).rating == 0, timeout=3000)
    name = bob.item(first).rel_path.rsplit("/", 1)[-1]
    said = window.statusBar().currentMessage()
    assert said == (  # when bob rated it, on this computer's clock with its zone
        f"bob made the same change to the rating of {name} at {_bobs(bob, first)}, after "
        "you, so that stays as it is."
    )
    assert bob.item(first).rating == 4
    assert window.conflict_box is None  # nothing to decide: no question asked
    assert window.undo_stack.canRedo()


def test_a_caption_and_rating_typed_the_same_as_bobs_ask_nothing(
    window: Any,
    qtbot: Any,
    bob: Any,  # noqa: F811
) -> None:
    """Alice and Bob type the same caption, and rate the photo 4, at once: nothing to
    choose between, so no "Changed by someone else" box; the values are both of theirs."""
    from PySide6.QtCore import Qt

    item = bob.query_ids()[0]
    window.select_ids([item])
    texts = window.inspector.texts
    lang = texts.lang()
    assert window.inspector.records[0].rating == 0  # what alice sees
    bob.set_fields([item], rating=4)  # bob's lands; alice's window is not refreshed yet
    window.inspector.editor("rating").committed.emit(4)
    texts.caption.setFocus()
    texts.caption.setPlainText("Table ronde")
    bob.set_text([item], "caption", lang, "Table ronde")
    qtbot.keyClick(texts.caption, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: [h.user for h in bob.item_history(item)][:2] == ["alice", "bob"], timeout=3000
    )
    assert window.conflict_box is None
    assert (bob.item(item).rating, bob.item(item).captions[lang]) == (4, "Table ronde")


def test_ctrl_z_names_a_person_bob_tagged_too_as_people(
    window: Any,
    qtbot: Any,
    bob: Any,  # noqa: F811
) -> None:
    """The inspector lists names under People: the status bar says people, not keywords."""
    first, second = bob.query_ids()[:2]
    window.ops.tag([first, second], ["Alice Martin"], "person")  # alice, in this window
    qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=3000)
    bob.tag_items([first], ["Alice Martin"], kind="person")
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not bob.item(second).tags, timeout=3000)
    name = bob.item(first).rel_path.rsplit("/", 1)[-1]
    assert window.statusBar().currentMessage() == (
        f"bob made the same change to the people of {name} at {_bobs(bob, first)}, after "
        "you, so that stays as it is."
    )


def test_ctrl_z_takes_off_a_keyword_bob_added_too_once_he_undid_his(
    window: Any,
    qtbot: Any,
    bob: Any,  # noqa: F811
) -> None:
    """Bob tags the photo "Panel", alice a moment later (nothing to add), then bob undoes
    his (it stays: hers). Alice's Ctrl+Z said bob had made it and left it on the photo for
    good, though nobody wanted it any more; now it takes it off, without a word."""
    first = bob.query_ids()[0]
    bob.tag_items([first], ["Panel"])
    window.ops.tag([first], ["panel"], "keyword")  # alice, in this window
    qtbot.waitUntil(lambda: window.undo_stack.canUndo(), timeout=3000)
    with pytest.raises(NothingLeftToUndo):
        bob.undo_last()  # left to alice
    window.statusBar().clearMessage()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not bob.item(first).tags, timeout=3000)
    assert "same change" not in window.statusBar().currentMessage()
    assert window.undo_stack.canRedo()
