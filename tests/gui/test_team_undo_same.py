"""Ctrl+Z of a change a teammate has since made too (both rated the photo 4): the undo is
not refused as if they had changed it; it takes back the rest and the status bar says
what stays, and why."""

from __future__ import annotations

from typing import Any

from tests.gui.test_team_conflict import bob  # noqa: F401  (the fixture: a teammate)


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
    assert said == (
        f"bob made the same change to the rating of {name} after you, so that stays as it is."
    )
    assert bob.item(first).rating == 4
    assert window.conflict_box is None  # nothing to decide: no question asked
    assert window.undo_stack.canRedo()
