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


@pytest.mark.parametrize("where", ["sqlite", "postgresql", "reader"])
def test_a_day_left_by_its_last_item_no_longer_counts(
    where: str, catalog: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Day 2's video moved to day 1's session: the Videos view lies on one day again (the
    days are read from the counts kept per combination, where day 2's stays at 0)."""
    cat = request.getfixturevalue("pg_catalog") if where == "postgresql" else catalog
    _two_days(cat, tmp_path / "media")
    talk = {s.title: s.id for s in cat.sessions(counts=False)}
    v2 = cat.query_ids(ItemFilter(kinds=("video",)))[-1]
    cat.assign_items([v2], talk["Talk 1"])
    if where == "reader":
        from smparchive.core.catalog.reader import open_reader

        cat = open_reader(str(catalog.location))
        assert cat is not None
    assert not cat.spans_days(ItemFilter(kinds=("video",)))
    assert cat.spans_days(ItemFilter(kinds=("video", "document")))


@pytest.mark.parametrize("where", ["sqlite", "postgresql", "reader"])
def test_a_keyword_or_a_word_spans_the_days_of_its_items(
    where: str, catalog: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Filters beyond the counted columns (a keyword, a word) read the items themselves:
    a match's day, then a match on another."""
    cat = request.getfixturevalue("pg_catalog") if where == "postgresql" else catalog
    _two_days(cat, tmp_path / "media")
    ids = {r.name: r.id for r in cat.items(cat.query_ids())}
    v1, v2, photo, deck = (ids[n] for n in ("v1.mp4", "v2.mp4", "a.jpg", "deck.pdf"))
    cat.tag_items([v1, v2], ["Both days"])
    cat.tag_items([v1, photo], ["Day one"])
    cat.tag_items([photo, deck], ["Day one and none"])
    cat.set_text([v1, photo], "caption", "en", "Opening words")
    cat.set_text([v2, deck], "caption", "en", "Closing words")
    tag = {name: cat.find_tag(name).id for name in ("Both days", "Day one", "Day one and none")}
    if where == "reader":
        from smparchive.core.catalog.reader import open_reader

        cat = open_reader(str(catalog.location))
        assert cat is not None
    assert cat.spans_days(ItemFilter(tag_ids=(tag["Both days"],)))
    assert not cat.spans_days(ItemFilter(tag_ids=(tag["Day one"],)))
    assert cat.spans_days(ItemFilter(tag_ids=(tag["Day one and none"],)))
    assert not cat.spans_days(ItemFilter(text="opening"))
    assert cat.spans_days(ItemFilter(text="closing"))  # day 2 and none
    assert cat.spans_days(ItemFilter(text="words"))
    assert not cat.spans_days(ItemFilter(text="opening", kinds=("photo",)))
    assert not cat.spans_days(ItemFilter(text="nowhere"))
