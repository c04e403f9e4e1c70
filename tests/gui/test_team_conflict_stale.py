"""The "Changed by someone else" box says the current truth while it is open: a teammate
who takes their change back meanwhile (or another who changes it again) no longer leaves it
saying and offering what is false; its "Use mine" looks again before it applies anything.
On SQLite (names as Preferences sets them) and PostgreSQL (two server roles)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ENGINES
from tests.core.catalog.test_team_undo import _pg_people
from tests.gui.conftest import programme_catalogue
from tests.gui.test_team_conflict import _press

from smparchive.core.catalog.catalog import open_catalog

pytestmark = pytest.mark.gui


@pytest.fixture(params=ENGINES)
def people(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Where alice (this window) and bob open the one catalogue."""
    if request.param == "sqlite":
        path = str(tmp_path / "team.smpcat")
        yield path, path
    else:
        from tests.conftest import PG_URL

        if not PG_URL:
            pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
        yield _pg_people()


@pytest.fixture
def gui_catalog(people: tuple[str, str], tmp_path: Path) -> Iterator[Any]:
    cat = programme_catalogue(people[0], tmp_path / "media", 4)
    cat.set_user_name("alice")
    try:
        yield cat
    finally:
        cat.close()


@pytest.fixture
def bob(window: Any, people: tuple[str, str]) -> Iterator[Any]:
    other = open_catalog(people[1])
    other.set_user_name("bob")
    try:
        yield other
    finally:
        other.close()


def _box(window: Any, qtbot: Any) -> Any:
    qtbot.waitUntil(lambda: window.conflict_box is not None, timeout=3000)
    return window.conflict_box


def _buttons(box: Any) -> list[str]:
    return sorted(b.text() for b in box.buttons())


def test_the_undo_box_says_when_the_teammate_took_their_change_back(
    window: Any, qtbot: Any, bob: Any
) -> None:
    item = bob.query_ids()[0]
    window.select_ids([item])
    window.inspector.editor("rating").committed.emit(2)  # alice
    bob.set_fields([item], rating=5)  # bob, since
    window.undo_stack.undo()  # alice's Ctrl+Z
    box = _box(window, qtbot)
    assert box.text().startswith(f"{bob.user_name} changed the rating of ")
    bob.undo_last()  # bob takes his back while the box is open
    # the box follows the catalogue's change feed: what it said is no longer true
    qtbot.waitUntil(lambda: "no longer stands" in box.text(), timeout=5000)
    assert f"The change {bob.user_name} made to the rating of " in box.text()
    assert "replace their value" not in box.text()
    assert _buttons(box) == ["Apply mine", "Cancel"]
    _press(box, "Apply mine")
    qtbot.waitUntil(lambda: bob.item(item).rating == 0, timeout=3000)
    assert window.undo_stack.canRedo()


def test_the_edit_box_says_when_the_teammate_took_their_change_back(
    window: Any, qtbot: Any, bob: Any
) -> None:
    item = bob.query_ids()[0]
    window.select_ids([item])
    bob.set_fields([item], rating=4)  # alice's window still shows 0
    window.inspector.editor("rating").committed.emit(1)
    box = _box(window, qtbot)
    assert " to 4 at " in box.text()
    bob.undo_last()
    qtbot.waitUntil(lambda: "no longer stands" in box.text(), timeout=5000)
    assert " to 4 " not in box.text()
    _press(box, "Apply mine")
    qtbot.waitUntil(lambda: bob.item(item).rating == 1, timeout=3000)


def test_use_mine_looks_again_before_replacing_a_value(
    window: Any, qtbot: Any, bob: Any, people: tuple[str, str]
) -> None:
    """The box named bob's value; he took it back and set another before the box heard of
    it: "Use mine" replaced that newer value without a word. It now asks again about it."""
    item = bob.query_ids()[0]
    window.select_ids([item])
    window.inspector.editor("rating").committed.emit(2)  # alice
    bob.set_fields([item], rating=5)
    window.undo_stack.undo()
    box = _box(window, qtbot)
    bob.undo_last()
    bob.set_fields([item], rating=3)  # a newer change again, not yet heard of here
    _press(box, "Use mine")  # at once: the feed has not told the window yet
    qtbot.waitUntil(lambda: window.conflict_box not in (None, box), timeout=3000)
    again = window.conflict_box
    assert f"{bob.user_name} changed the rating of " in again.text()
    assert "replace their value" in again.text()
    assert bob.item(item).rating == 3  # nothing replaced without asking
    _press(again, "Keep theirs")
    assert bob.item(item).rating == 3
    assert window.undo_stack.canUndo() and not window.undo_stack.canRedo()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, text) of each warning the window shows."""
    from PySide6.QtWidgets import QMessageBox

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: said.append((title, text))
    )
    return said


def _undo_a_keyword_bob_had_just_added(window: Any, qtbot: Any, bob: Any) -> None:
    item = bob.query_ids()[0]
    bob.tag_items([item], ["Panel"])  # bob, a moment before alice
    window.ops.tag([item], ["panel"], "keyword")  # alice: already there, her step
    window.undo_stack.undo()  # alice's Ctrl+Z


def _left(window: Any, qtbot: Any) -> str:
    """The status line an undo left wholly to a teammate says, once the step has left."""
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0, timeout=3000)
    return str(window.statusBar().currentMessage())


def test_an_undo_left_to_a_teammate_says_one_sentence_on_the_status_bar(
    window: Any, qtbot: Any, bob: Any, boxes: list[tuple[str, str]]
) -> None:
    """It read "Tag Panel: Nothing was undone: bob had made ...": the step's name, then a
    reason that began with a name of its own; and it came in a box with only OK to press,
    louder than any other undo, for nothing to decide. Now it is the status bar's line,
    and the History keeps the undo, naming bob."""
    _undo_a_keyword_bob_had_just_added(window, qtbot, bob)
    text = _left(window, qtbot)
    assert text.startswith(
        f"Tag “Panel” was not undone: {bob.user_name} had made the same change just before"
    )
    assert text.count(":") == 1
    assert boxes == []  # no box to dismiss
    assert window.conflict_box is None
    assert not window.undo_stack.canRedo()
    from smparchive.gui.widgets.history import change_lines

    item = bob.query_ids()[0]
    undone = bob.item_history(item)[0]  # the History panel's newest line names the holder
    assert change_lines(undone, item) == [f"Left as it is: {bob.user_name} made the same change"]


@pytest.mark.parametrize(
    ("language", "start"),
    [
        ("french", "Ajout de «\u00a0Panel\u00a0» n’a pas été annulé\u00a0: {user} avait fait"),
        ("dutch", "‘Panel’ taggen is niet ongedaan gemaakt: {user} had"),
    ],
)
def test_an_undo_left_to_a_teammate_says_one_sentence_in_french_and_dutch(
    request: pytest.FixtureRequest,
    window: Any,
    qtbot: Any,
    bob: Any,
    boxes: list[tuple[str, str]],
    language: str,
    start: str,
) -> None:
    request.getfixturevalue(language)
    _undo_a_keyword_bob_had_just_added(window, qtbot, bob)
    text = _left(window, qtbot)
    assert text.startswith(start.format(user=bob.user_name)), text
    assert text.count(":") == 1
    assert boxes == []


def test_an_undo_a_teammate_refused_is_titled_as_the_conflict_box(
    window: Any, qtbot: Any, bob: Any, boxes: list[tuple[str, str]]
) -> None:
    """One situation, one name: the refusal was titled "smparchive" where the question
    about the same teammate's change was "Changed by someone else"."""
    item = bob.query_ids()[1]
    window.ops.set_fields([item], "Rate 2", rating=2)  # alice
    bob.set_fields([item], rating=5)
    window.undo_stack.undo()
    assert _box(window, qtbot).windowTitle() == "Changed by someone else"


def test_a_redo_over_a_teammates_value_says_redo(window: Any, qtbot: Any, bob: Any) -> None:
    """The question said "Undoing your change would replace their value" for a redo too."""
    item = bob.query_ids()[0]
    window.select_ids([item])
    window.inspector.editor("rating").committed.emit(2)  # alice
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bob.item(item).rating == 0, timeout=3000)
    bob.set_fields([item], rating=4)
    window.undo_stack.redo()
    box = _box(window, qtbot)
    assert "You had undone your change before that, at " in box.text()
    assert ": redoing it would replace their value." in box.text()
    assert "undoing" not in box.text()


def test_use_mine_says_in_the_status_bar_that_it_applied_over_a_change_gone(
    window: Any, qtbot: Any, bob: Any
) -> None:
    """Bob took his change back before the box heard of it: "Use mine" applied alice's
    value without a word. It says so in the status bar, as other edits do."""
    item = bob.query_ids()[0]
    window.select_ids([item])
    window.inspector.editor("rating").committed.emit(2)  # alice
    bob.set_fields([item], rating=5)
    window.undo_stack.undo()
    box = _box(window, qtbot)
    bob.undo_last()
    _press(box, "Use mine")  # at once: the box still names bob's change
    qtbot.waitUntil(lambda: bob.item(item).rating == 0, timeout=3000)
    said = window.statusBar().currentMessage()
    assert said.startswith(f"The change {bob.user_name} made to the rating of "), said
    assert "yours is applied" in said or said.endswith("…"), said


def test_a_redo_left_to_a_teammate_says_why_and_stays_in_the_history(
    window: Any, qtbot: Any, bob: Any
) -> None:
    """Alice rates a photo 4 and undoes it; bob rates it 4. Her redo had nothing left to
    do: it left the redo list with a status line and no trace in the History, so she could
    not see why. The History now says whose the rating is, and why."""
    from smparchive.gui.widgets.history import change_lines

    item = bob.query_ids()[0]
    window.select_ids([item])
    window.inspector.editor("rating").committed.emit(4)
    qtbot.waitUntil(lambda: bob.item(item).rating == 4, timeout=3000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bob.item(item).rating == 0, timeout=3000)
    bob.set_fields([item], rating=4)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: not window.undo_stack.canRedo(), timeout=3000)
    said = str(window.statusBar().currentMessage())
    assert f"was not redone: {bob.user_name} made the same change while yours was undone" in said
    assert window.conflict_box is None
    newest = bob.item_history(item)[0]
    assert (newest.user, newest.action) == (window.catalog.user_name, "redo")
    assert change_lines(newest, item) == [
        f"Left to {bob.user_name}, who made the same change while yours was undone"
    ]
