"""Who holds a keyword both colleagues added (issue 16): whoever undoes last takes it
away, the first one's undo leaves it for the other and the history says who holds it.
Two sessions as two colleagues, on SQLite and PostgreSQL (the ``people`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.core.catalog.test_team_undo import people  # noqa: F401  (the fixture: two people)

from smparchive.core.catalog.audit import HELD_BY
from smparchive.core.catalog.changes import LeftToTeammate


def _names(cat: Any, item: int) -> list[str]:
    return sorted(t.name for t in cat.item(item).tags)


@pytest.mark.parametrize("first", ["alice", "bob"])
def test_a_keyword_both_added_goes_with_the_last_undo(people: Any, first: str) -> None:  # noqa: F811
    """Both add "Panel" (and the person "Ana Lopes") to a photo, in either order, and the
    colleague undoes theirs first: it stays (alice still wants it) and the history says
    alice holds it; alice's undo then takes it away, nobody wanting it any more."""
    alice, bob, ids = people
    order = (alice, bob) if first == "alice" else (bob, alice)
    for who in order:
        who.tag_items([ids[0]], ["Panel"])
        who.tag_items([ids[0]], ["Ana Lopes"], kind="person")
    for _ in range(2):  # his two steps: the person, then the keyword
        with pytest.raises(LeftToTeammate) as err:
            bob.undo_last()
        assert err.value.user == alice.user_name
        assert _names(alice, ids[0]) == ["Ana Lopes", "Panel"]  # hers: they stay
    undone = next(h for h in alice.item_history(ids[0]) if h.user == bob.user_name)
    assert (undone.action, undone.details.get(HELD_BY)) == ("undo", alice.user_name)
    for _ in range(2):
        done = alice.undo_last()
        assert done is not None and done.kept is None  # nobody else holds them: no word
    assert _names(alice, ids[0]) == []


def test_a_collection_both_filled_goes_with_the_last_undo(people: Any) -> None:  # noqa: F811
    """The same for a photo both put in the collection: bob's undo leaves it to alice,
    alice's then takes it out."""
    alice, bob, ids = people
    coll = alice.create_collection("LinkedIn 3 June").value
    bob.add_to_collection(coll, [ids[1]])
    alice.add_to_collection(coll, [ids[1]])
    with pytest.raises(LeftToTeammate):
        bob.undo_last()
    assert alice.collection_item_ids(coll) == [ids[1]]
    assert alice.undo_last() is not None
    assert alice.collection_item_ids(coll) == []


def test_my_undo_keeps_the_keyword_a_colleague_still_holds(people: Any) -> None:  # noqa: F811
    """Alice's undo of a keyword bob added first, and still wants, leaves it: nothing of
    hers to take back (as before)."""
    alice, bob, ids = people
    bob.tag_items([ids[0], ids[1]], ["Panel"])
    alice.tag_items([ids[0], ids[2]], ["Panel"])
    done = alice.undo_last()
    assert done is not None and done.kept is not None and done.kept.user == bob.user_name
    assert [_names(alice, i) for i in ids] == [["Panel"], ["Panel"], []]
