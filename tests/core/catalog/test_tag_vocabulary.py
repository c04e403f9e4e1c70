"""Tidying the vocabulary as an archivist does in Lightroom's Keyword List: rename a tag,
merge it into the tag of the same name, delete it from every item; undoable, in each
item's history, and seen by a teammate; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter


@pytest.fixture
def location(engine_location: str) -> str:
    return engine_location  # a new catalogue on each engine (tests/conftest.py)


@pytest.fixture
def team(location: str) -> Iterator[tuple[Any, Any]]:
    """Two people on one catalogue: alice tidies, bob watches."""
    alice = open_catalog(location, create=True)
    alice.set_user_name("alice")
    bob = open_catalog(location)
    bob.set_user_name("bob")
    try:
        yield alice, bob
    finally:
        bob.close()
        alice.close()


def _paths(cat: Any, item_id: int) -> list[str]:
    return sorted(t.path for t in cat.item(item_id).tags)


def test_rename_a_keyword(team: Any, tmp_path: Path, item_inserter: Any) -> None:
    alice, bob = team
    ids = item_inserter(alice, tmp_path / "m", [{}, {}, {}])
    alice.tag_items(ids[:2], ["Migraton|Skills"])
    alice.tag_items(ids[2:], ["Migraton"])
    feed = bob.change_feed()
    try:
        typo = alice.find_tag("Migraton")
        res = alice.rename_tag(typo.id, "Migration")
        assert res.value == typo.id
        assert _paths(alice, ids[0]) == ["Migration|Skills"]
        assert bob.find_tag("Migraton") is None and _paths(bob, ids[1]) == ["Migration|Skills"]
        assert alice.query_ids(ItemFilter(text="migration")) == ids[2:]  # search text too
        seen: list[Any] = []
        for _ in range(20):
            seen += feed.wait(0.5)
            if seen:
                break
        assert set().union(*(c.items for c in seen)) == set(ids)
        history = alice.item_history(ids[0])
        assert history[0].label == "Rename tag “Migraton” to “Migration”"
        assert history[0].user == alice.user_name
        alice.undo(res.undo)
        # bob's window hears of it through its feed, and reads the paths again
        assert any(feed.wait(0.5) for _ in range(20))
        assert _paths(bob, ids[0]) == ["Migraton|Skills"]
    finally:
        feed.close()


def test_rename_onto_an_existing_name_merges(team: Any, tmp_path: Path, item_inserter: Any) -> None:
    alice, bob = team
    ids = item_inserter(alice, tmp_path / "m", [{}, {}, {}, {}])
    bob.tag_items(ids[:2], ["IOM|Staff"])  # a teammate's spelling
    alice.tag_items(ids[1:3], ["I.O.M.|Staff", "I.O.M.|Guests"])
    alice.tag_items(ids[3:], ["I.O.M."])
    dotted = alice.find_tag("I.O.M.")
    target = alice.tag_named(dotted.id, "iom")
    assert target is not None and target.path == "IOM"
    assert (target.item_count, alice.tag_items_count(dotted.id)) == (2, 3)
    assert alice.tag_named(dotted.id, "Other") is None
    res = alice.rename_tag(dotted.id, "iom")
    iom = alice.find_tag("IOM")
    assert res.value == iom.id
    assert [t.path for t in bob.tags()] == ["IOM", "IOM|Guests", "IOM|Staff"]
    assert _paths(bob, ids[1]) == ["IOM|Guests", "IOM|Staff"]
    assert _paths(bob, ids[3]) == ["IOM"]
    assert alice.query_ids(ItemFilter(tag_ids=(iom.id,))) == ids
    staff = alice.find_tag("IOM|Staff")
    assert {t.id: t.item_count for t in bob.tags()}[staff.id] == 3  # ids[1] counted once
    assert alice.item_history(ids[2])[0].label == "Merge tag “I.O.M.” into “IOM”"
    feed = bob.change_feed(since=0)  # bob's window listens
    try:
        alice.undo(res.undo)
        assert any(feed.wait(0.5) for _ in range(20))
    finally:
        feed.close()
    assert [t.path for t in bob.tags()] == [
        "I.O.M.",
        "I.O.M.|Guests",
        "I.O.M.|Staff",
        "IOM",
        "IOM|Staff",
    ]
    assert _paths(bob, ids[1]) == ["I.O.M.|Guests", "I.O.M.|Staff", "IOM|Staff"]
    assert _paths(bob, ids[3]) == ["I.O.M."]


def test_rename_case_only_is_a_rename(catalog: Any, add_items: Any) -> None:
    ids = add_items([{}])
    catalog.tag_items(ids, ["iom"])
    tag = catalog.find_tag("iom")
    assert catalog.tag_named(tag.id, "IOM") is None  # itself: no merge
    catalog.rename_tag(tag.id, "IOM")
    assert _paths(catalog, ids[0]) == ["IOM"]


def test_merging_two_people(catalog: Any, add_items: Any) -> None:
    ids = add_items([{}, {}])
    catalog.tag_items(ids[:1], ["Ana Silva"], kind="person")
    catalog.tag_items(ids[1:], ["Ana  silva"], kind="person")  # one tag already (same key)
    catalog.tag_items(ids[1:], ["A. Silva"], kind="person")
    short = catalog.find_tag("A. Silva", "person")
    res = catalog.rename_tag(short.id, "ana silva")
    assert [t.path for t in catalog.tags("person")] == ["Ana Silva"]
    catalog.undo(res.undo)
    assert [t.path for t in catalog.tags("person")] == ["A. Silva", "Ana Silva"]


def test_delete_a_keyword_from_every_item(team: Any, tmp_path: Path, item_inserter: Any) -> None:
    alice, bob = team
    ids = item_inserter(alice, tmp_path / "m", [{}, {}, {}])
    alice.tag_items(ids[:2], ["Blurry|Very"])
    alice.tag_items(ids[2:], ["Blurry", "Keep"])
    blurry = alice.find_tag("Blurry")
    assert alice.tag_items_count(blurry.id) == 3
    feed = bob.change_feed()
    try:
        res = alice.delete_tag(blurry.id)
        assert any(feed.wait(0.5) for _ in range(20))
        assert [t.path for t in bob.tags()] == ["Keep"]
        assert [_paths(bob, i) for i in ids] == [[], [], ["Keep"]]
        assert bob.item_history(ids[0])[0].label == "Delete tag Blurry"
        alice.undo(res.undo)
        assert any(feed.wait(0.5) for _ in range(20))
    finally:
        feed.close()
    assert [_paths(bob, i) for i in ids] == [["Blurry|Very"], ["Blurry|Very"], ["Blurry", "Keep"]]


def test_history_names_a_keyword_as_stored(team: Any, tmp_path: Path, item_inserter: Any) -> None:
    """Adding a keyword a teammate already has in another spelling logs the stored one."""
    alice, bob = team
    ids = item_inserter(alice, tmp_path / "m", [{}, {}])
    bob.tag_items(ids[:1], ["IOM|Staff"])
    res = alice.tag_items(ids[1:], ["iom|STAFF"])
    assert res.message == "Tag “IOM|Staff”"
    assert alice.item_history(ids[1])[0].label == "Tag “IOM|Staff”"
    assert _paths(alice, ids[1]) == ["IOM|Staff"]


def test_faces_follow_a_merged_person_and_come_back_after_a_delete_is_undone(
    catalog: Any, add_items: Any
) -> None:
    ids = add_items([{}, {}])
    catalog.store_faces([(i, [(0.4, 0.3, 0.2, 0.3, 0.99, bytes(512))]) for i in ids])
    first, second = (f.id for f in catalog.faces())
    catalog.name_faces([first], "Ana Silva")
    catalog.name_faces([second], "A. Silva")
    short = catalog.find_tag("A. Silva", "person")
    merged = catalog.rename_tag(short.id, "Ana silva")
    assert [f.person for f in catalog.faces()] == ["Ana Silva", "Ana Silva"]
    catalog.undo(merged.undo)
    assert [f.person for f in catalog.faces()] == ["Ana Silva", "A. Silva"]
    deleted = catalog.delete_tag(catalog.find_tag("Ana Silva", "person").id)
    assert [f.person for f in catalog.faces()] == [None, "A. Silva"]
    catalog.undo(deleted.undo)
    assert [f.person for f in catalog.faces()] == ["Ana Silva", "A. Silva"]


def test_a_merged_person_keeps_the_stricter_restriction_and_their_handles(
    catalog: Any, add_items: Any
) -> None:
    """Merging 'A. Silva' (withdrawn consent: do not publish) into 'Ana Silva' must not make
    her photos publishable; undo gives each their own again."""
    ids = add_items([{}, {}])
    catalog.tag_items(ids[:1], ["Ana Silva"], kind="person")
    catalog.tag_items(ids[1:], ["A. Silva"], kind="person")
    short = catalog.find_tag("A. Silva", "person")
    catalog.update_tag(short.id, restriction="do_not_publish")
    catalog.set_person_handle(short.id, "mastodon", "@ana@eupolicy.social")
    res = catalog.rename_tag(short.id, "ana silva")
    (ana,) = catalog.tags("person")
    assert ana.restriction == "do_not_publish"
    assert catalog.person_handles() == {ana.id: {"mastodon": "@ana@eupolicy.social"}}
    catalog.undo(res.undo)
    by_name = {t.name: t for t in catalog.tags("person")}
    assert by_name["Ana Silva"].restriction == "none"
    assert by_name["A. Silva"].restriction == "do_not_publish"
    assert catalog.person_handles() == {
        by_name["A. Silva"].id: {"mastodon": "@ana@eupolicy.social"}
    }
