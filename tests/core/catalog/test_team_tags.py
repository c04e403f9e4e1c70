"""One tag per normalised name, parent and kind (issue 16): the unique index, the migration
that merges tags which already collide, and undo that leaves a teammate's tag alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.engine import make_engine, sqlite_url
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.schema import CatalogError, alembic_config


def test_upgrade_merges_duplicate_tags_keeping_links(tmp_path: Path) -> None:
    path = tmp_path / "old.smpcat"
    engine = make_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    engine.dispose()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO roots (id, path, online, sidecar_policy, ignore_patterns, added_at) "
               "VALUES (1, '/share', 1, 'mirror', '[]', '2022-06-01')")  # fmt: skip
    for n in (1, 2, 3):
        db.execute(
            "INSERT INTO items (id, root_id, rel_path, name, kind, size, mtime_ns, clock_shift_s,"
            " rating, flag, consent, status, thumb_state, has_embedded_thumb, first_seen_at,"
            " updated_at) VALUES (?, 1, ?, ?, 'photo', 1, 0, 0, 0, 0, 'unknown', 'ok', 'ok', 0,"
            " '2022-06-01', '2022-06-01')",
            (n, f"{n}.jpg", f"{n}.jpg"),
        )
    # Two people created "Panel" at once, one typed it lower-case, each with a child.
    db.executemany(
        "INSERT INTO tags (id, name, kind, parent_id, restriction) VALUES (?, ?, 'keyword', ?,"
        " 'none')",
        [(1, "Panel", None), (2, "panel", None), (3, "Skills", 1), (4, "skills ", 2),
         (5, "Panel", None)],
    )  # fmt: skip
    db.executemany(
        "INSERT INTO item_tags (item_id, tag_id) VALUES (?, ?)", [(1, 1), (2, 2), (1, 2), (3, 4)]
    )
    db.commit()
    db.close()

    cat = open_catalog(path)
    try:
        tags = cat.tags()
        # Panel counts what clicking it shows: items 1 and 2, and 3 through Skills
        assert [(t.path, t.item_count) for t in tags] == [("Panel", 3), ("Panel|Skills", 1)]
        panel = cat.find_tag("panel")
        assert panel is not None and panel.id == 1
        assert cat.query_ids(ItemFilter(tag_ids=(panel.id,))) == [1, 2, 3]  # and children
        assert [t.path for t in cat.item(3).tags] == ["Panel|Skills"]
    finally:
        cat.close()


def test_same_name_in_any_case_is_one_tag(catalog: Any, add_items: Any) -> None:
    ids = add_items([{}, {}])
    catalog.tag_items([ids[0]], ["IOM|Staff"])
    catalog.tag_items([ids[1]], ["iom|staff  "])
    assert [t.path for t in catalog.tags()] == ["IOM", "IOM|Staff"]
    assert {len(r.tags) for r in catalog.items(ids)} == {1}
    person = catalog.tag_items([ids[0]], ["IOM"], kind="person")  # another kind: its own tag
    assert person.changes.tags and len(catalog.tags()) == 3


def test_renaming_onto_an_existing_tag_is_refused(catalog: Any, add_items: Any) -> None:
    ids = add_items([{}])
    catalog.tag_items(ids, ["Opening", "Closing"])
    closing = catalog.find_tag("Closing")
    with pytest.raises(CatalogError, match="already a keyword tag 'opening'"):
        catalog.update_tag(closing.id, name="opening")
    assert sorted(t.name for t in catalog.tags()) == ["Closing", "Opening"]


def test_undo_keeps_a_created_tag_that_someone_else_uses(catalog: Any, add_items: Any) -> None:
    ids = add_items([{}, {}])
    mine = catalog.tag_items([ids[0]], ["Roundtable"])
    tag = catalog.find_tag("Roundtable")
    catalog.add_tags([ids[1]], [tag.id])  # a colleague tags another item with it
    catalog.undo(mine.undo)
    assert catalog.find_tag("Roundtable") is not None
    assert [len(r.tags) for r in catalog.items(ids)] == [0, 1]
    # Unused, the tag goes with the undo as before.
    alone = catalog.tag_items([ids[0]], ["Coffee"])
    catalog.undo(alone.undo)
    assert catalog.find_tag("Coffee") is None


def test_a_keyword_typed_with_a_double_space_is_stored_with_one(
    catalog: Any, add_items: Any
) -> None:
    """Bob typed 'policy  debate' a moment before Alice typed 'Policy Debate': one tag, and
    its name (on the chip, in exports) has no gap."""
    ids = add_items([{}, {}])
    catalog.tag_items([ids[0]], ["policy  debate"])
    catalog.tag_items([ids[1]], ["Policy Debate"])
    (tag,) = [t for t in catalog.tags("keyword") if "debate" in t.name.lower()]
    assert tag.name == "policy debate" and tag.item_count == 2
