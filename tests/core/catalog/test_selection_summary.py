"""What a selection adds up to, computed in SQL over all of it (the inspector of a big
selection, issue 19), sliced so a selection of any size fits the statements."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("json_ids", [True, False])
def test_summary_of_the_whole_selection(
    catalog: Any, add_items: Any, monkeypatch: Any, json_ids: bool
) -> None:
    from smparchive.core.catalog import summary

    monkeypatch.setattr(summary, "_SQLITE_JSON", json_ids)
    monkeypatch.setattr(summary, "JSON_CHUNK", 2)  # several slices, merged
    monkeypatch.setattr(summary, "SUMMARY_CHUNK", 2)
    ids = add_items(
        [
            {"size": 100},
            {"size": 200, "kind": "video"},
            {"size": 300},
            {"size": 400, "kind": "slides"},
            {"size": 500},
        ]
    )
    catalog.set_fields(ids, rating=3, creator="Ana")
    catalog.set_fields(ids[-1:], rating=1)
    catalog.tag_items(ids[:2], ["Stage"])
    catalog.tag_items(ids, ["Conference"])
    catalog.set_text(ids[:2], "caption", "en", "Opening")
    catalog.set_text(ids, "title", "fr", "Ouverture")
    catalog.set_text(ids[:3], "caption", "nl", "Opening")  # every item has a Dutch text,
    catalog.set_text(ids[3:], "alt", "nl", "Zaal")  # in one field or another
    catalog.set_text(ids[1:], "alt", "de", "Saal")  # the first has none in German
    s = catalog.selection_summary(ids, ["rating", "creator", "flag", "consent_note", "id"])
    assert s.count == 5 and s.size == 1500
    assert s.kinds == {"photo": 3, "video": 1, "slides": 1}
    # rating differs (the last has 1), creator is everyone's, nobody has a consent note
    assert s.common == {"creator": "Ana", "flag": 0, "consent_note": None}
    counts = {s.tags[t].name: n for t, n in s.tag_counts.items()}
    assert counts == {"Stage": 2, "Conference": 5}
    assert s.texts == {("title", "fr"): "Ouverture"}
    assert s.mixed_texts == {("caption", "en"), ("caption", "nl"), ("alt", "nl"), ("alt", "de")}
    assert s.filled == {"fr", "nl"}
    assert s.ids == tuple(ids)
    # one value shared within each slice but not across them is not common
    catalog.set_fields(ids[:2], creator="Bo")
    assert "creator" not in catalog.selection_summary(ids, ["creator"]).common


def test_select_all_is_summed_through_the_filter(catalog: Any, add_items: Any) -> None:
    """Select all of a result: the same sums read through its filter, no id sent."""
    from smparchive.core.catalog.filters import ItemFilter

    ids = add_items([{"size": 100}, {"size": 200, "kind": "video"}, {"size": 300}])
    catalog.set_fields(ids, creator="Ana")
    catalog.set_fields(ids[:1], rating=4)
    catalog.tag_items(ids[1:], ["Stage"])
    catalog.set_text(ids, "caption", "en", "Hall")
    fields = ["rating", "creator", "flag"]
    from unittest import mock

    from smparchive.core.catalog import summary

    for f in (
        ItemFilter(),
        ItemFilter(kinds=("photo",)),
        ItemFilter(text="hall", kinds=("photo",)),
    ):
        matching = catalog.query_ids(f)
        by_ids = catalog.selection_summary(matching, fields)
        # a large part of the catalogue (here 2 of 3 items): no id is sent
        with mock.patch.object(summary, "_membership", side_effect=AssertionError("ids sent")):
            by_filter = catalog.selection_summary(matching, fields, f=f)
        assert by_filter == by_ids
    assert by_filter.count == 2 and by_filter.size == 400 and by_filter.kinds == {"photo": 2}
    assert by_filter.texts == {("caption", "en"): "Hall"} and by_filter.tag_counts == {
        next(iter(by_filter.tags)): 1
    }
    assert not summary.by_filter(1, 5) and summary.by_filter(250_000, 1_000_000)


def test_select_all_of_most_of_the_catalogue_counts_the_tags_left_out(
    catalog: Any, add_items: Any
) -> None:
    """Most of the catalogue selected: its tags are those of every item less those of the
    items left out, an item whose filter condition is NULL (no camera) among them."""
    from unittest import mock

    from smparchive.core.catalog import summary
    from smparchive.core.catalog.filters import ItemFilter

    r5 = {"camera_make": "Canon", "camera_model": "EOS R5"}
    specs = [r5, r5, r5, r5, {}, {"camera_make": "Sony", "camera_model": "A7"}]
    ids = add_items(specs)
    catalog.tag_items(ids, ["Hall"])
    catalog.tag_items(ids[3:], ["Stage"])
    catalog.tag_items(ids[4:], ["Lobby"])
    f = ItemFilter(cameras=("r5",))
    matching = catalog.query_ids(f)
    assert matching == ids[:4]
    by_ids = catalog.selection_summary(matching, ["rating"])
    with mock.patch.object(summary, "_membership", side_effect=AssertionError("ids sent")):
        by_filter = catalog.selection_summary(matching, ["rating"], f=f)
    assert by_filter == by_ids
    names = {by_filter.tags[t].name: n for t, n in by_filter.tag_counts.items()}
    assert names == {"Hall": 4, "Stage": 1}  # Lobby is only on items left out
