"""Collections: curated order, add/remove/move/duplicate/rename/delete with undo; smart ones."""

from __future__ import annotations

import pytest

from smparchive.core.catalog.schema import CatalogError


def order(cat, cid: int) -> list[int]:
    return cat.collection_item_ids(cid)


def test_curated_collection_lifecycle_with_undo(catalog, add_items) -> None:
    a, b, c, d = add_items([{}, {}, {}, {}])
    cid = catalog.create_collection("Press picks", item_ids=[c, a]).value
    assert order(catalog, cid) == [c, a]
    r = catalog.add_to_collection(cid, [b, d], position=1)
    assert order(catalog, cid) == [c, b, d, a]
    catalog.undo(r.undo)
    assert order(catalog, cid) == [c, a]
    catalog.undo(catalog.undo(r.undo).undo)  # undo of the undo, then undo again
    assert order(catalog, cid) == [c, a]
    catalog.add_to_collection(cid, [b, d])
    assert order(catalog, cid) == [c, a, b, d]

    m = catalog.move_in_collection(cid, [d, c], 1)
    assert order(catalog, cid) == [a, d, c, b]
    catalog.undo(m.undo)
    assert order(catalog, cid) == [c, a, b, d]
    # b and d move up one: theirs is part of the change too
    assert catalog.move_in_collection(cid, [a], 99).changes.items == frozenset({a, b, d})
    assert order(catalog, cid) == [c, b, d, a]

    rm = catalog.remove_from_collection(cid, [b])
    assert order(catalog, cid) == [c, d, a]
    catalog.undo(rm.undo)
    assert order(catalog, cid) == [c, b, d, a]

    dup = catalog.duplicate_collection(cid).value
    assert catalog.collection(dup).name == "Press picks (copy)"
    assert order(catalog, dup) == [c, b, d, a]
    catalog.rename_collection(cid, "Press")
    with pytest.raises(CatalogError, match="already exists"):
        catalog.rename_collection(dup, "press")
    deleted = catalog.delete_collection(cid)
    assert [x.name for x in catalog.collections()] == ["Press picks (copy)"]
    catalog.undo(deleted.undo)
    assert catalog.find_collection("press").item_count == 4
    assert order(catalog, cid) == [c, b, d, a]


def test_collection_errors(catalog, add_items) -> None:
    (a,) = add_items([{}])
    cid = catalog.create_collection("X").value
    with pytest.raises(CatalogError, match="No item"):
        catalog.add_to_collection(cid, [a, 999])
    with pytest.raises(CatalogError, match="not in the collection"):
        catalog.move_in_collection(cid, [a], 0)
    with pytest.raises(CatalogError, match="cannot be empty"):
        catalog.create_collection("  ")
    assert order(catalog, cid) == []


def test_smart_collection_resolves_its_query(catalog, add_items) -> None:
    a, b = add_items([{"rating": 5}, {"rating": 1, "kind": "video"}])
    cid = catalog.create_collection("Top", query="rating>=4").value
    assert catalog.collection(cid).smart and order(catalog, cid) == [a]
    catalog.set_fields([b], rating=4)
    assert order(catalog, cid) == [a, b] and catalog.collection(cid).item_count == 2
    with pytest.raises(CatalogError, match="smart collection"):
        catalog.add_to_collection(cid, [a])
    with pytest.raises(CatalogError, match="'rating>=9'"):
        catalog.create_collection("Bad", query="rating>=9")
    r = catalog.update_collection(cid, query="kind:video")
    assert order(catalog, cid) == [b]
    catalog.undo(r.undo)
    assert catalog.collection(cid).query == "rating>=4"
    copy = catalog.duplicate_collection(cid, "Top too").value
    assert catalog.collection(copy).query == "rating>=4"
