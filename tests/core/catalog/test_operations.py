"""Catalog operations: metadata edits, tags, search, undo/redo, roots."""

from __future__ import annotations

from pathlib import Path

import pytest

from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.schema import CatalogError


def test_set_fields_and_undo_redo(catalog, add_items) -> None:
    ids = add_items([{}, {}, {}])
    result = catalog.set_fields(ids[:2], rating=4, flag=1, color_label="red")
    assert [r.rating for r in catalog.items(ids)] == [4, 4, 0]
    assert result.changes.items == frozenset(ids[:2])
    redo = catalog.undo(result.undo).undo
    assert [r.rating for r in catalog.items(ids)] == [0, 0, 0]
    assert [r.flag for r in catalog.items(ids)] == [0, 0, 0]
    catalog.undo(redo)
    assert [r.color_label for r in catalog.items(ids)] == ["red", "red", None]


def test_invalid_values_are_refused(catalog, add_items) -> None:
    ids = add_items([{}])
    with pytest.raises(CatalogError, match="Rating"):
        catalog.set_fields(ids, rating=9)
    with pytest.raises(CatalogError, match="Consent"):
        catalog.set_fields(ids, consent="maybe")
    with pytest.raises(CatalogError, match="not an editable"):
        catalog.set_fields(ids, sha256="x")


def test_localised_texts_and_accent_folded_search(catalog, add_items) -> None:
    ids = add_items([{}, {}])
    catalog.set_text([ids[0]], "caption", "fr", "Réunion de la table ronde à Bruxelles")
    catalog.set_text([ids[0]], "caption", "en", "Roundtable meeting in Brussels")
    item = catalog.item(ids[0])
    assert item.captions == {
        "fr": "Réunion de la table ronde à Bruxelles",
        "en": "Roundtable meeting in Brussels",
    }
    assert catalog.query_ids(ItemFilter(text="reunion")) == [ids[0]]
    assert catalog.query_ids(ItemFilter(text="RÉUN bruxel")) == [ids[0]]  # prefixes
    assert catalog.query_ids(ItemFilter(text="nothing-like-this")) == []
    undo = catalog.set_text([ids[0]], "caption", "fr", None).undo
    assert "fr" not in catalog.item(ids[0]).captions
    assert catalog.query_ids(ItemFilter(text="reunion")) == []
    catalog.undo(undo)
    assert catalog.query_ids(ItemFilter(text="reunion")) == [ids[0]]


def test_fts_syntax_in_user_text_is_harmless(catalog, add_items) -> None:
    add_items([{}])
    for text in ['"unbalanced', "NEAR(a b)", "a OR", "*", "col:val", "-x"]:
        catalog.query_ids(ItemFilter(text=text))


def test_hierarchical_tags_match_children_and_undo(catalog, add_items) -> None:
    ids = add_items([{}, {}, {}])
    catalog.tag_items(ids[:1], ["Policy|Migration|Skills"])
    catalog.tag_items(ids[1:2], ["Policy"])
    policy = catalog.find_tag("Policy")
    assert policy is not None
    assert sorted(catalog.query_ids(ItemFilter(tag_ids=(policy.id,)))) == ids[:2]
    skills = catalog.find_tag("Policy|Migration|Skills")
    assert skills is not None and skills.path == "Policy|Migration|Skills"
    assert catalog.item(ids[0]).tags[0].path == "Policy|Migration|Skills"
    person = catalog.tag_items(ids, ["Ugochi Daniels"], kind="person")
    assert all(any(t.kind == "person" for t in r.tags) for r in catalog.items(ids))
    assert catalog.query_ids(ItemFilter(text="ugochi")) == ids
    catalog.undo(person.undo)
    assert not any(t.kind == "person" for r in catalog.items(ids) for t in r.tags)
    assert catalog.find_tag("Ugochi Daniels", "person") is None  # creation undone too


def test_delete_tag_is_undoable(catalog, add_items) -> None:
    ids = add_items([{}])
    catalog.tag_items(ids, ["Events|SMP 2022"])
    events = catalog.find_tag("Events")
    res = catalog.delete_tag(events.id)
    assert catalog.item(ids[0]).tags == ()
    catalog.undo(res.undo)
    assert [t.path for t in catalog.item(ids[0]).tags] == ["Events|SMP 2022"]


def test_filters_and_sorting(catalog, add_items) -> None:
    ids = add_items(
        [
            {"rating": 5, "kind": "photo", "width": 600, "height": 400},
            {"rating": 2, "kind": "video", "duration_s": 60.0},
            {"rating": 4, "kind": "photo", "width": 400, "height": 600, "flag": 1},
            {"rating": 4, "kind": "photo", "width": 600, "height": 400, "orientation": 6},
            {"status": "missing"},
        ]
    )
    assert catalog.query_ids(ItemFilter(rating_min=4), sort="rating")[:1] == [ids[0]]
    assert catalog.query_ids(ItemFilter(kinds=("video",))) == [ids[1]]
    assert catalog.query_ids(ItemFilter(flags=(1,))) == [ids[2]]
    assert catalog.query_ids(ItemFilter(orientation="portrait")) == [ids[2], ids[3]]
    assert catalog.query_ids(ItemFilter(statuses=("missing",))) == [ids[4]]
    assert catalog.count(ItemFilter(kinds=("photo",))) == 4
    assert catalog.query_ids(limit=2, offset=1) == ids[1:3]
    facets = catalog.facets(ItemFilter(kinds=("photo",)))
    assert facets.total == 4 and facets.rating == {5: 1, 4: 2, 0: 1}


def test_duplicates_filter(catalog, add_items) -> None:
    ids = add_items([{"sha256": "a" * 64}, {"sha256": "a" * 64}, {"sha256": "b" * 64}])
    assert catalog.query_ids(ItemFilter(duplicates=True)) == ids[:2]


def test_duplicate_group_count_is_the_number_of_groups_listed(catalog, add_items) -> None:
    """A scan reports the count without listing the groups: both must agree."""
    shas = ["a", "a", "b", "c", "c", "c", "d"]
    ids = add_items(
        [{"sha256": c * 64} for c in shas] + [{"sha256": "d" * 64, "status": "missing"}]
    )
    assert catalog.duplicate_group_count() == len(catalog.duplicate_groups()) == 2
    root = catalog.item(ids[0]).root_id
    assert catalog.duplicate_group_count([root]) == len(catalog.duplicate_groups([root])) == 2
    assert catalog.duplicate_group_count([root + 1000]) == 0


def test_cli_journal_undo_and_redo(catalog, add_items) -> None:
    ids = add_items([{}])
    catalog.set_fields(ids, rating=3)
    catalog.set_fields(ids, rating=5)
    catalog.undo_last()
    assert catalog.item(ids[0]).rating == 3
    catalog.undo_last()
    assert catalog.item(ids[0]).rating == 0
    catalog.redo_last()
    assert catalog.item(ids[0]).rating == 3
    catalog.set_fields(ids, flag=1)  # a new change drops what was left to redo
    assert catalog.redo_last() is None
    assert catalog.item(ids[0]).rating == 3


def test_batch_tagging_search_undo_redo(catalog, add_items) -> None:
    # More items than one search-text statement or reindex chunk holds.
    ids = add_items([{} for _ in range(1100)])
    catalog.tag_items([ids[0]], ["Earlier"])
    res = catalog.tag_items(ids, ["Panel|Mobility", "Earlier"])
    assert res.undo is not None and res.changes.items == frozenset(ids)
    assert catalog.query_ids(ItemFilter(text="mobility")) == ids
    assert catalog.query_ids(ItemFilter(text="earlier")) == ids
    redo = catalog.undo(res.undo).undo
    assert catalog.query_ids(ItemFilter(text="mobility")) == []
    assert catalog.query_ids(ItemFilter(text="earlier")) == [ids[0]]
    assert catalog.find_tag("Panel") is None
    assert catalog.item(ids[0]).tags[0].path == "Earlier"
    catalog.undo(redo)
    assert catalog.query_ids(ItemFilter(text="mobility")) == ids
    # The persisted journal undoes and redoes the same step.
    catalog.undo_last()
    assert catalog.query_ids(ItemFilter(text="mobility")) == []
    assert [len(r.tags) for r in catalog.items(ids[:2])] == [1, 0]
    catalog.redo_last()
    assert catalog.query_ids(ItemFilter(text="mobility earlier")) == ids
    assert {len(r.tags) for r in catalog.items(ids)} == {2}
    with catalog.engine.connect() as c:  # the FTS index agrees with search_docs
        c.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")


def test_journal_entries_of_single_rows_still_undo(catalog, add_items) -> None:
    # Catalogues journalled one step per row before compact row sets; those entries undo.
    from smparchive.core.catalog.undo import UndoRecord

    ids = add_items([{}, {}])
    tag = catalog.ensure_tag("Old").value
    catalog.tag_items(ids[:1], ["Old"])
    steps = (
        {"op": "delete", "table": "item_tags", "pk": {"item_id": ids[0], "tag_id": tag}},
        {"op": "insert", "table": "item_tags", "row": {"item_id": ids[1], "tag_id": tag}},
    )
    record = {"label": "Old", "steps": steps, "changes": {"items": ids, "tags": [tag]}}
    redo = catalog.undo(UndoRecord.from_json(record)).undo
    assert [len(r.tags) for r in catalog.items(ids)] == [0, 1]
    assert catalog.query_ids(ItemFilter(text="old")) == [ids[1]]
    catalog.undo(redo)
    assert [len(r.tags) for r in catalog.items(ids)] == [1, 0]
    assert catalog.query_ids(ItemFilter(text="old")) == [ids[0]]


def test_gui_style_undo_marks_the_journal(catalog, add_items) -> None:
    ids = add_items([{}])
    res = catalog.set_fields(ids, rating=2)
    catalog.undo(res.undo)
    # The CLI must not undo the same change a second time.
    assert catalog.undo_last() is None
    assert catalog.item(ids[0]).rating == 0


def test_roots_add_list_overlap_and_remove(catalog, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    (photos / "day1").mkdir(parents=True)
    rid = catalog.add_root(photos, "Photos").value
    assert catalog.add_root(photos).value == rid  # idempotent
    with pytest.raises(CatalogError, match="overlaps"):
        catalog.add_root(photos / "day1")
    with pytest.raises(CatalogError, match="does not exist"):
        catalog.add_root(tmp_path / "nope")
    assert [r.label for r in catalog.roots()] == ["Photos"]
    catalog.remove_root(rid)
    assert catalog.roots() == []
    assert photos.exists()  # files and folders stay


def test_records_are_frozen(catalog, add_items) -> None:
    ids = add_items([{}])
    item = catalog.item(ids[0])
    with pytest.raises(AttributeError):
        item.rating = 5  # type: ignore[misc]


def test_editing_missing_items_works(catalog, add_items) -> None:
    ids = add_items([{"status": "missing"}, {"status": "offline"}])
    catalog.set_fields(ids, consent="cleared", creator="Comms team")
    assert {r.consent for r in catalog.items(ids)} == {"cleared"}


def _fields(catalog, ids) -> list[tuple]:
    return [
        (r.rating, r.consent, r.credit_line, r.creator, r.updated_at) for r in catalog.items(ids)
    ]


def _fts_intact(catalog) -> None:
    with catalog.engine.connect() as c:  # the FTS index agrees with search_docs
        c.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")


def test_batch_field_edit_is_one_step_and_undoes_each_row(catalog, catalog_path, add_items) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    # More rows than one IN list or statement holds, each with its own old values.
    specs = [{"rating": n % 6, "consent": ("cleared", "unknown")[n % 2]} for n in range(1300)]
    for n, spec in enumerate(specs):
        spec["creator"] = f"P{n % 7}" if n % 3 else None
    ids = add_items(specs)
    catalog.set_text(ids[:3], "caption", "en", "Quayside")
    before = _fields(catalog, ids)
    res = catalog.set_fields(ids[1:], consent="do_not_publish", credit_line="SMP", rating=2)
    assert res.undo is not None and len(res.undo.steps) == 1
    after = _fields(catalog, ids)
    assert after[0] == before[0]
    assert {a[:3] for a in after[1:]} == {(2, "do_not_publish", "SMP")}
    assert [a[3] for a in after] == [b[3] for b in before]
    redo = catalog.undo(res.undo).undo
    assert _fields(catalog, ids) == before
    assert catalog.query_ids(ItemFilter(text="quayside")) == ids[:3]
    catalog.undo(redo)
    assert _fields(catalog, ids) == after
    # The persisted journal undoes and redoes it from another process.
    other = open_catalog(catalog_path)
    try:
        other.undo_last()
        assert _fields(catalog, ids) == before
        other.redo_last()
        assert _fields(catalog, ids) == after
    finally:
        other.close()
    assert catalog.query_ids(ItemFilter(text="quayside")) == ids[:3]
    _fts_intact(catalog)


def test_batch_caption_is_found_after_edit_and_not_after_undo(catalog, add_items) -> None:
    ids = add_items([{} for _ in range(1300)])
    catalog.set_text(ids[:5], "caption", "en", "Harbour")
    res = catalog.set_text(ids, "caption", "en", "Zanzibar opening")
    assert catalog.query_ids(ItemFilter(text="zanzibar")) == ids
    assert catalog.query_ids(ItemFilter(text="harbour")) == []
    redo = catalog.undo(res.undo).undo
    assert catalog.query_ids(ItemFilter(text="zanzibar")) == []
    assert catalog.query_ids(ItemFilter(text="harbour")) == ids[:5]
    assert catalog.items(ids[4:6])[1].captions == {}
    _fts_intact(catalog)
    catalog.undo(redo)
    assert catalog.query_ids(ItemFilter(text="zanzibar opening")) == ids
    catalog.undo_last()
    assert catalog.query_ids(ItemFilter(text="zanzibar")) == []
    catalog.redo_last()
    assert catalog.query_ids(ItemFilter(text="zanzibar")) == ids
    _fts_intact(catalog)


def test_journal_entries_of_per_row_updates_still_undo(catalog, add_items) -> None:
    # Field edits were journalled one step per row before compact row sets; a run of them
    # is applied together, but a row met twice must still end with its last value.
    from smparchive.core.catalog.models import UndoEntry
    from smparchive.core.catalog.undo import UndoRecord

    ids = add_items([{} for _ in range(1100)])
    steps = [
        {"op": "update", "table": "items", "pk": {"id": i}, "values": {"rating": i % 5}}
        for i in ids
    ]
    steps.append({"op": "update", "table": "items", "pk": {"id": ids[0]}, "values": {"rating": 5}})
    record = {"label": "Old", "steps": steps, "changes": {"items": ids}}
    redo = catalog.undo(UndoRecord.from_json(record)).undo
    assert [r.rating for r in catalog.items(ids)] == [5] + [i % 5 for i in ids[1:]]
    catalog.undo(redo)
    assert {r.rating for r in catalog.items(ids)} == {0}
    # The same entry saved in the catalogue undoes from the CLI.
    with catalog._sessions() as s, s.begin():
        s.add(UndoEntry(label="Old", payload=record))
    catalog.undo_last()
    assert [r.rating for r in catalog.items(ids)] == [5] + [i % 5 for i in ids[1:]]
    catalog.redo_last()
    assert {r.rating for r in catalog.items(ids)} == {0}


def test_undo_of_edits_that_keep_search_text_skips_reindex_only_for_them(
    catalog, add_items
) -> None:
    from unittest import mock

    ids = add_items([{} for _ in range(20)])
    fields = catalog.set_fields(ids, rating=3)
    caption = catalog.set_text(ids[:2], "caption", "en", "Lighthouse")
    assert fields.undo.text_unchanged and not caption.undo.text_unchanged
    assert "text_unchanged" not in caption.undo.to_json()
    with mock.patch.object(type(catalog), "_reindex", autospec=True) as reindex:
        redo = catalog.undo(fields.undo).undo
        assert redo.text_unchanged
        catalog.undo(redo)
    assert [c.args[2] for c in reindex.call_args_list] == [set(), set()]
    assert {r.rating for r in catalog.items(ids)} == {3}
    catalog.undo_last()  # the caption: its search text goes
    assert catalog.query_ids(ItemFilter(text="lighthouse")) == []
    catalog.redo_last()
    assert catalog.query_ids(ItemFilter(text="lighthouse")) == ids[:2]


def test_roots_without_counts_name_the_same_folders(catalog, add_items) -> None:
    """roots(counts=False): the same folders and paths with no count of every item (what
    the app's start needs to look for folders this computer does not see)."""
    add_items([{}, {}, {}])
    counted, plain = catalog.roots(), catalog.roots(counts=False)
    assert [r.item_count for r in counted] == [3] and [r.item_count for r in plain] == [0]
    assert [(r.id, r.path, r.label) for r in plain] == [(r.id, r.path, r.label) for r in counted]
    assert catalog.root(counted[0].id, counts=False).path == counted[0].path


def test_steps_whose_folder_was_removed_leave_the_journal_with_it(engine_catalog, tmp_path) -> None:
    """After a folder is removed, its earlier steps (a keyword linked to one of its items,
    a rating, an undone caption) have nothing left to undo or redo: Edit > Undo offers the
    step before them at once. Before, each stayed first in line until tried ('Nothing was
    undone'); before that, `undo` printed 'Undone: Set rating' and changed nothing."""
    from smparchive.core.ingest import ScanOptions, scan

    cat = engine_catalog

    card, other = tmp_path / "card", tmp_path / "other"
    for folder in (card, other):
        folder.mkdir()
        (folder / "a.txt").write_text(folder.name)
    other_id = cat.add_root(other).value
    card_id = cat.add_root(card).value
    scan(cat, [other_id, card_id], options=ScanOptions(workers=0))
    by_root = {r.root_id: r.id for r in cat.items(cat.query_ids())}
    cat.tag_items([by_root[other_id]], ["panel"])  # makes the keyword
    cat.set_fields([by_root[other_id]], rating=2)
    cat.tag_items([by_root[card_id]], ["panel"])  # links the card's item to it
    cat.set_fields([by_root[card_id]], rating=4)
    cat.set_text([by_root[card_id]], "caption", "en", "Panel")
    cat.undo_last()  # the caption: a redo step of the card's item
    before = (card / "a.txt").read_bytes(), (card / "a.txt").stat().st_mtime_ns
    cat.remove_root(card_id)

    assert cat.next_undo().label == "Set rating"  # the other folder's, not the card's
    assert cat.redo_last() is None  # the card's caption is not offered for redo
    cat.undo_last()
    assert cat.item(by_root[other_id]).rating == 0
    assert cat.next_undo().label == "Tag “panel”"  # the other item's, which made the keyword
    assert [t.path for t in cat.tags()] == ["panel"]
    entries = cat.history()
    (removal,) = [e for e in entries if e.label == f"Remove folder {card.resolve()}"]
    # who removed which folder, with how many items
    assert removal.details["values"] == {"items": 1}
    # the history keeps what was done: the caption's undo and the rating's
    undos = [e.label for e in entries if e.action == "undo"]
    assert undos == ["Undo Set rating", "Undo Set caption (en)"]
    assert ((card / "a.txt").read_bytes(), (card / "a.txt").stat().st_mtime_ns) == before


def test_a_step_that_changed_more_than_the_removed_folder_stays(engine_catalog, tmp_path) -> None:
    """A keyword added to the folder's only item made a keyword: undoing it still removes
    that keyword, so the step stays in Edit > Undo after the folder is removed."""
    from smparchive.core.ingest import ScanOptions, scan

    cat = engine_catalog
    card = tmp_path / "card"
    card.mkdir()
    (card / "a.txt").write_text("a")
    card_id = cat.add_root(card).value
    scan(cat, [card_id], options=ScanOptions(workers=0))
    (item,) = cat.query_ids()
    cat.tag_items([item], ["roundtable"])  # makes the keyword
    label = cat.next_undo().label
    cat.remove_root(card_id)
    assert cat.next_undo().label == label
