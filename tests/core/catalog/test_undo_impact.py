"""What undoing a step would take away: read from the catalogue only for an added folder's
step (the app reads that on a worker; anything else it asks about from the record alone)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_only_an_added_folder_needs_the_catalogue_to_say_what_undoing_removes(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    from smparchive.core.catalog.undo_impact import (
        LARGE_UNDO,
        changed_impact,
        removed_root_ids,
        undo_impact,
    )

    cat = engine_catalog
    (tmp_path / "card").mkdir()
    added = cat.add_root(tmp_path / "card")
    ids = item_inserter(cat, tmp_path / "card", [{"name": f"IMG_{i}.JPG"} for i in range(3)])
    assert removed_root_ids(added.undo) == {added.value}
    impact = undo_impact(cat, added.undo)
    assert impact is not None and impact.removed_items == 3
    assert impact.removed_folders == (str((tmp_path / "card").resolve()),)

    small = cat.set_fields(ids, rating=2).undo
    assert removed_root_ids(small) == frozenset()
    assert changed_impact(small) is None and undo_impact(cat, small) is None
    many = item_inserter(cat, tmp_path / "card", [{"name": f"B{i}.JPG"} for i in range(LARGE_UNDO)])
    large = cat.set_fields([*ids, *many], rating=3).undo
    assert changed_impact(large) == undo_impact(cat, large)
    assert changed_impact(large) is not None and changed_impact(large).changed_items == 203
