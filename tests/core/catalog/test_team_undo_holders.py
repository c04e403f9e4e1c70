"""Who holds a keyword both colleagues added (issue 16): whoever undoes last takes it
away, the first one's undo leaves it for the other and the history says who holds it.
Two sessions as two colleagues, on SQLite and PostgreSQL (the ``people`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.core.catalog.test_team_undo import people  # noqa: F401  (the fixture: two people)

from smparchive.core.catalog.audit import HELD_BY
from smparchive.core.catalog.changes import EditConflict, LeftToTeammate


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


def test_a_colleague_who_put_my_photo_in_the_collection_again_does_not_ask(
    people: Any,  # noqa: F811
) -> None:
    """Bob adds a photo alice had put in the collection: it moves to the end. Alice's undo
    asked 'Keep theirs / Use mine' although both want it in: it now leaves it to bob and
    takes out the one only she added."""
    alice, bob, ids = people
    coll = alice.create_collection("LinkedIn 3 June").value
    done = alice.add_to_collection(coll, [ids[0], ids[1]])
    bob.add_to_collection(coll, [ids[0]])  # moved after ids[1]
    assert done.undo is not None
    assert alice.undo_conflict(done.undo) is None  # the app's question would not open
    undone = alice.undo(done.undo)
    assert undone.kept is not None and undone.kept.user == bob.user_name
    assert alice.collection_item_ids(coll) == [ids[0]]


def test_a_long_caption_or_a_keyword_set_back_does_not_ask(people: Any) -> None:  # noqa: F811
    """A caption longer than the history keeps (300 characters) that bob changed and set
    back, and a keyword he took off and put on again: nothing of his differs from alice's,
    so her undo asks nothing, leaves them and says they are his too. A long caption left
    different still asks."""
    alice, bob, ids = people
    long = "Table ronde du REM sur la mobilité des compétences. " * 6
    captioned = alice.set_text([ids[0]], "caption", "fr", long)
    tagged = alice.tag_items([ids[1]], ["Panel"])
    bob.set_text([ids[0]], "caption", "fr", "Autre")
    bob.edit_items([ids[0]], texts={("caption", "fr"): long})  # the inspector's path
    (panel,) = [t.id for t in bob.item(ids[1]).tags]
    bob.remove_tags([ids[1]], [panel])
    bob.tag_items([ids[1]], ["Panel"])
    for done in (captioned, tagged):
        assert done.undo is not None
        assert alice.undo_conflict(done.undo) is None
        with pytest.raises(LeftToTeammate) as err:
            alice.undo(done.undo)
        assert err.value.user == bob.user_name
    assert alice.item(ids[0]).captions == {"fr": long}
    assert _names(alice, ids[1]) == ["Panel"]
    again = alice.set_text([ids[2]], "caption", "fr", long)
    bob.set_text([ids[2]], "caption", "fr", long + " (bis)")
    assert again.undo is not None
    with pytest.raises(EditConflict):
        alice.undo(again.undo)
