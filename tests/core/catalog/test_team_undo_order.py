"""A collection's order in a team catalogue: a move renumbers the items it passes, and those
belong to the move too (issue 16). Undo puts the exact order back, and asks first when a
colleague has reordered since. Two sessions as two colleagues, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from tests.core.catalog.test_team_undo import people  # noqa: F401  (the fixture: two people)

from smparchive.core.catalog.changes import EditConflict


def test_undo_of_a_move_asks_before_replacing_a_colleagues_newer_order(
    people: Any,  # noqa: F811
) -> None:
    """Alice moves the last photo first; bob then moves another one first. Her undo would
    throw bob's order away: it asks (it went through silently), and "Use mine" puts back
    her order from before, every item where it was, not only the one she moved."""
    alice, bob, (a, b, c) = people
    cid = alice.create_collection("LinkedIn 3 June", item_ids=[a, b, c]).value
    moved = alice.move_in_collection(cid, [c], 0)
    assert moved.changes.items == {a, b, c}  # a and b moved down one: part of the change
    assert "Reorder collection" in [h.label for h in alice.item_history(a)]
    bob.move_in_collection(cid, [b], 0)
    assert bob.collection_item_ids(cid) == [b, c, a]
    step = alice.next_undo()
    with pytest.raises(EditConflict) as err:
        alice.undo(step)
    assert err.value.user == bob.user_name
    assert alice.collection_item_ids(cid) == [b, c, a]  # nothing undone: bob's order stays
    alice.undo(step, override=True)  # "Use mine"
    assert bob.collection_item_ids(cid) == [a, b, c]


def test_undo_of_a_move_keeps_a_colleagues_later_addition(people: Any) -> None:  # noqa: F811
    """Bob adds a photo at the end after alice's move: no conflict (her items did not
    move since); her undo restores her order and his photo stays last."""
    alice, bob, (a, b, c) = people
    cid = alice.create_collection("Panel", item_ids=[a, b]).value
    alice.move_in_collection(cid, [b], 0)
    bob.add_to_collection(cid, [c])
    assert alice.undo_last() is not None
    assert bob.collection_item_ids(cid) == [a, b, c]


def test_a_colleagues_move_that_only_shifted_my_added_photo_does_not_keep_it(
    people: Any,  # noqa: F811
) -> None:
    """Alice adds a photo at the end; bob's move of the first one to the end shifts it. Her
    undo takes it out without asking and without calling it bob's: he only moved past it."""
    alice, bob, (a, b, c) = people
    cid = alice.create_collection("Panel", item_ids=[a, b]).value
    alice.add_to_collection(cid, [c])
    bob.move_in_collection(cid, [a], 2)
    assert bob.collection_item_ids(cid) == [b, c, a]
    done = alice.undo_last()
    assert done is not None and done.kept is None
    assert bob.collection_item_ids(cid) == [b, a]


def test_undo_of_an_add_that_shifted_others_asks_over_a_colleagues_newer_order(
    people: Any,  # noqa: F811
) -> None:
    """Alice puts a photo first, shifting the others; bob then moves the last one first.
    Her undo would put it back after the other: it asks (it went through silently); "Keep
    theirs" (no undo) leaves bob's order."""
    alice, bob, (a, b, c) = people
    cid = alice.create_collection("Panel", item_ids=[a, b]).value
    added = alice.add_to_collection(cid, [c], 0)
    assert added.changes.items == {a, b, c}
    bob.move_in_collection(cid, [b], 0)
    with pytest.raises(EditConflict):
        alice.undo_last()
    assert bob.collection_item_ids(cid) == [b, c, a]
