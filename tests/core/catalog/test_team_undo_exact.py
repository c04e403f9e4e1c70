"""An undo puts back exactly what was there (issue 16): an item a change found already as
it asked is no part of it, so a colleague's later value there is no newer value over it.
Two sessions as two colleagues, on SQLite and PostgreSQL (the ``people`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.core.catalog.test_team_undo import people  # noqa: F401  (the fixture: two people)

from smparchive.core.catalog.audit import HELD_BY
from smparchive.core.catalog.changes import LeftToTeammate


@pytest.mark.parametrize("path", ["set_text", "inspector"])
def test_a_caption_found_already_set_is_not_undone_over_a_colleagues_newer_one(
    people: Any,  # noqa: F811
    path: str,
) -> None:
    """Bob captions a photo "Panel"; alice captions it and another "Panel" (nothing changes
    on the first); bob then types "Panel, Brussels" on the first. Alice's undo asked "Keep
    theirs / Use mine" over a caption she never changed ("Use mine" put "Panel" back): it
    now clears hers and leaves his."""
    alice, bob, (x, y, _z) = people
    bob.set_text([x], "caption", "en", "Panel")
    if path == "set_text":
        done = alice.set_text([x, y], "caption", "en", "Panel")
    else:
        done = alice.edit_items([x, y], texts={("caption", "en"): "Panel"})
    assert done.changes.items == {y}
    bob.set_text([x], "caption", "en", "Panel, Brussels")
    assert alice.undo_conflict(done.undo) is None  # the app's question would not open
    undone = alice.undo_last()
    assert undone is not None and undone.kept is None
    assert (alice.item(x).captions, alice.item(y).captions) == ({"en": "Panel, Brussels"}, {})


@pytest.mark.parametrize("field", ["rating", "caption", "keyword", "collection"])
def test_a_redo_a_colleague_made_meanwhile_is_left_to_them_and_in_the_history(
    people: Any,  # noqa: F811
    field: str,
) -> None:
    """Alice rates (captions, tags, puts in a collection) a photo and undoes it; bob then
    does the same. Her redo asked "Keep theirs / Use mine" between two equal values (a
    keyword there again counted as his change): it leaves the value to bob, and her
    history says so (it left the redo list without a trace)."""
    alice, bob, (x, y, _z) = people
    coll = alice.create_collection("LinkedIn 3 June").value
    alice.tag_items([y], ["Panel"])  # a keyword of the catalogue's: "re-added" to x

    def change(who: Any) -> None:
        if field == "rating":
            who.set_fields([x], rating=4)
        elif field == "caption":
            who.set_text([x], "caption", "en", "Panel")
        elif field == "keyword":
            who.tag_items([x], ["Panel"])
        else:
            who.add_to_collection(coll, [x])

    change(alice)
    alice.undo_last()
    change(bob)
    with pytest.raises(LeftToTeammate) as err:
        alice.redo_last()
    assert err.value.user == bob.user_name
    assert str(err.value) == (
        f"Nothing was redone: {bob.user_name} made the same change while yours was undone, "
        "so it stays as it is, theirs; change the item by hand if it should differ. This step "
        "is no longer in your redo list."
    )
    assert alice.next_redo() is None
    newest = alice.item_history(x)[0]
    assert (newest.user, newest.action, newest.details.get(HELD_BY)) == (
        alice.user_name,
        "redo",
        bob.user_name,
    )
    bob.undo_last()  # bob's is the only one standing: his undo takes it away, unasked
    assert (alice.item(x).rating, alice.item(x).captions, alice.item(x).tags) == (0, {}, ())
    assert alice.collection_item_ids(coll) == []
