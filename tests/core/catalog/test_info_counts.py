"""`info` counts items by kind and status from the kept facet counts (no read of every
item); they must always be the same as a recount, after adds, edits and deletes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update
from tests.conftest import insert_items

from smparchive.core.catalog.models import MediaItem
from smparchive.core.catalog.reader import open_reader


def _recount(cat: Any) -> tuple[dict[str, int], dict[str, int]]:
    with cat._read() as s:
        kinds = dict(s.execute(select(MediaItem.kind, func.count()).group_by(MediaItem.kind)).all())
        states = dict(
            s.execute(select(MediaItem.status, func.count()).group_by(MediaItem.status)).all()
        )
    return {str(k): n for k, n in kinds.items()}, {str(k): n for k, n in states.items()}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_info_counts_are_a_recount_after_every_change(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    cat = request.getfixturevalue("catalog" if engine == "sqlite" else "pg_catalog")
    specs = [{"kind": ("photo", "video", "slides")[n % 3]} for n in range(12)]
    ids = insert_items(cat, tmp_path / "media", specs)
    with cat._sessions() as s, s.begin():
        s.execute(update(MediaItem).where(MediaItem.id.in_(ids[:4])).values(status="missing"))
        s.execute(update(MediaItem).where(MediaItem.id == ids[5]).values(kind="document"))
        s.execute(delete(MediaItem).where(MediaItem.id.in_(ids[9:])))
    info = cat.info()
    kinds, states = _recount(cat)
    assert (info.by_kind, info.by_status) == (kinds, states)
    assert info.items == 9 and kinds == {"photo": 3, "video": 3, "slides": 2, "document": 1}
    assert states == {"missing": 4, "ok": 5}
    if engine == "sqlite":  # the command line's light reader says the same
        reader = open_reader(Path(cat.location))
        try:
            light = reader.info()
        finally:
            reader.close()
        assert (light.by_kind, light.by_status, light.items) == (kinds, states, 9)
