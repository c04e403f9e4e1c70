"""Whether a result lies on several programme days: the grid dates its captions then."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items

from smparchive.core.catalog.filters import ItemFilter


def _two_days(cat: Any, root: Path) -> dict[int, int]:
    """Two days' sessions; a video on each day, a photo on day 1, a deck on none."""
    cat.create_event("Conf", time_zone="Europe/Brussels")
    for day in (1, 2):
        start = datetime(2022, 6, day, 7, 0, tzinfo=UTC)
        cat.add_session(f"Talk {day}", start, start.replace(hour=8))
    days = {d.date.day: d.id for d in cat.days(counts=False)}
    insert_items(
        cat,
        root,
        [
            {"name": "v1.mp4", "kind": "video", "day_id": days[1]},
            {"name": "v2.mp4", "kind": "video", "day_id": days[2]},
            {"name": "a.jpg", "day_id": days[1]},
            {"name": "deck.pdf", "kind": "document"},
        ],
    )
    return days


@pytest.mark.parametrize("where", ["sqlite", "postgresql", "reader"])
def test_a_result_spans_days_when_its_items_lie_on_two(
    where: str, catalog: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    cat = request.getfixturevalue("pg_catalog") if where == "postgresql" else catalog
    days = _two_days(cat, tmp_path / "media")
    if where == "reader":  # the app's first screenful: plain sqlite3, no SQLAlchemy
        from smparchive.core.catalog.reader import open_reader

        cat = open_reader(str(catalog.location))
        assert cat is not None
    spans: Callable[..., bool] = cat.spans_days
    assert spans(ItemFilter(kinds=("video",)))  # the Videos view: day 1 and day 2
    assert not spans(ItemFilter(day_ids=(days[1],)))  # one day
    assert not spans(ItemFilter(kinds=("photo",)))
    assert spans(ItemFilter(kinds=("photo", "document")))  # a day and none
    assert not spans(ItemFilter(kinds=("slides",)))  # nothing at all
