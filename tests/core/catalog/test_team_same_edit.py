"""Two people typing the same thing at once (issue 16): a checked edit whose new value is
the one a teammate has just set is no conflict. It goes through without a question, and
the value is noted as this person's too, so either one's undo leaves it."""

from __future__ import annotations

from typing import Any

import pytest
from tests.core.catalog.test_team_undo import made_at, people  # noqa: F401  (the fixture)

from smparchive.core.catalog.audit import EditConflict, NothingLeftToUndo

# field, the value both set, another value
FIELDS = [
    ("rating", 4, 5),
    ("flag", 1, -1),
    ("color_label", "red", "blue"),
    ("consent", "cleared", "do_not_publish"),
    ("credit_line", "Photo: SMP", "Photo: alice"),
]


@pytest.mark.parametrize(("field", "value", "other"), FIELDS)
def test_an_inspector_edit_to_the_value_a_teammate_just_set_asks_nothing(
    people: Any,  # noqa: F811
    field: str,
    value: Any,
    other: Any,
) -> None:
    alice, bob, ids = people
    seen = getattr(alice.item(ids[0]), field)  # alice looks at the item...
    bob_did = bob.edit_items([ids[0]], fields={field: value})  # ...bob sets it...
    alice.edit_items([ids[0]], fields={field: value}, expect_fields={field: seen})  # ...so does she
    assert getattr(alice.item(ids[0]), field) == value
    looked = alice.edit_conflict([ids[0]], expect_fields={field: seen}, fields_to={field: value})
    assert looked is None  # the app's box, open meanwhile, closes
    # her value too: bob's undo leaves it, and says whose it is
    assert bob_did.undo is not None
    with pytest.raises(NothingLeftToUndo) as err:
        bob.undo(bob_did.undo)
    when = made_at(bob, ids[0], alice.user_name)
    assert f"{alice.user_name} made the same change at {when}, after you" in str(err.value)
    assert getattr(bob.item(ids[0]), field) == value
    # a different value is still a real choice
    bob.edit_items([ids[1]], fields={field: value})
    with pytest.raises(EditConflict):
        alice.edit_items([ids[1]], fields={field: other}, expect_fields={field: seen})


@pytest.mark.parametrize(
    ("field", "lang"), [("caption", "fr"), ("caption", "en"), ("alt", "nl"), ("title", "fr")]
)
def test_a_text_typed_the_same_as_a_teammates_asks_nothing(
    people: Any,  # noqa: F811
    field: str,
    lang: str,
) -> None:
    alice, bob, ids = people
    bob.set_text([ids[0]], field, lang, "Table ronde")
    alice.set_text([ids[0]], field, lang, "Table ronde", expect=None)  # typed over nothing
    alice.edit_items([ids[1]], texts={(field, lang): "Accueil"})
    bob.edit_items([ids[1]], texts={(field, lang): "Accueil"}, expect_texts={(field, lang): None})
    assert alice.item(ids[0]).text(field, lang) == "Table ronde"
    # the same text is not taken away by alice's undo either: bob typed it too
    done = alice.next_undo()
    assert done is not None
    with pytest.raises(NothingLeftToUndo):
        alice.undo(done)
    with pytest.raises(EditConflict):  # another text than both: still asks
        alice.set_text([ids[0]], field, lang, "Autre", expect=None)


def test_undo_sentences_call_a_persons_tag_people_and_a_keyword_keywords(
    people: Any,  # noqa: F811
) -> None:
    """The command line said 'the tags of a.jpg' where the app says keywords, and people
    for the names under People."""
    alice, bob, ids = people
    alice.tag_items([ids[0], ids[1]], ["Alice Martin"], kind="person")
    bob.tag_items([ids[0]], ["Alice Martin"], kind="person")
    done = alice.undo_last()
    assert done is not None and done.kept is not None
    assert done.kept.said.startswith(f"{bob.user_name} made the same change to the people of ")
    assert done.kept.tag_kind == "person"  # the app says it in its own words
    added = alice.tag_items([ids[2]], ["Panel"])
    (panel,) = [t.id for t in bob.item(ids[2]).tags]
    bob.remove_tags([ids[2]], [panel])
    assert added.undo is not None
    with pytest.raises(EditConflict) as err:
        alice.undo(added.undo)
    assert f"{bob.user_name} changed the keywords of " in str(err.value)
    assert err.value.tag_kind == "keyword"


def test_a_value_a_teammate_changed_and_set_back_to_mine_does_not_refuse_my_undo(
    people: Any,  # noqa: F811
) -> None:
    """Bob rated my 4 a 5, then back to 4 (and the same with my caption): nothing of his
    differs from mine, so my undo is no choice between us; it says whose the value is too.
    A value he really left different still asks."""
    alice, bob, ids = people
    rated = alice.set_fields([ids[0]], rating=4)
    captioned = alice.set_text([ids[1]], "caption", "fr", "Table ronde")
    bob.set_fields([ids[0]], rating=5)
    bob.set_fields([ids[0]], rating=4)
    bob.set_text([ids[1]], "caption", "fr", "Table ronde du REM")
    bob.set_text([ids[1]], "caption", "fr", "Table ronde")
    for done, on in ((captioned, ids[1]), (rated, ids[0])):
        assert done.undo is not None
        assert alice.undo_conflict(done.undo) is None  # the app's box would not open
        with pytest.raises(NothingLeftToUndo) as err:
            alice.undo(done.undo)
        when = made_at(alice, on, bob.user_name)  # his last change, back to mine
        assert f"{bob.user_name} made the same change at {when}, after you" in str(err.value)
    assert (alice.item(ids[0]).rating, alice.item(ids[1]).captions) == (4, {"fr": "Table ronde"})
    again = alice.set_fields([ids[2]], rating=4)
    bob.set_fields([ids[2]], rating=5)
    assert again.undo is not None
    with pytest.raises(EditConflict):
        alice.undo(again.undo)
