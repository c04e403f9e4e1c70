"""The count beside a keyword is what clicking it shows: a keyword with keywords under it
counts the distinct items carrying it or any keyword under it (the sidebar said 'Blurry 0'
and clicking it showed 2 items); on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter


@pytest.fixture
def location(engine_location: str) -> str:
    return engine_location  # a new catalogue on each engine (tests/conftest.py)


def test_a_parent_keyword_counts_what_clicking_it_shows(
    location: str, tmp_path: Path, item_inserter: Any
) -> None:
    cat = open_catalog(location, create=True)
    try:
        ids = item_inserter(cat, tmp_path / "m", [{} for _ in range(6)])
        cat.tag_items(ids[:2], ["Quality|Blurry|Motion"])  # two items, a grandchild
        cat.tag_items(ids[1:3], ["Quality|Blurry|Focus"])  # one shared with Motion
        cat.tag_items(ids[3:4], ["Quality|Dark"])
        cat.tag_items(ids[4:5], ["Quality"])  # the parent itself
        cat.tag_items(ids[5:], ["Topics|Policy"])  # a parent with one linked child
        tags = {t.path: t for t in cat.tags()}
        assert {p: t.item_count for p, t in tags.items()} == {
            "Quality": 5,
            "Quality|Blurry": 3,  # items 0, 1, 2: item 1 once
            "Quality|Blurry|Motion": 2,
            "Quality|Blurry|Focus": 2,
            "Quality|Dark": 1,
            "Topics": 1,
            "Topics|Policy": 1,
        }
        for t in tags.values():  # what clicking each shows
            assert cat.count(ItemFilter(tag_ids=(t.id,))) == t.item_count, t.path
    finally:
        cat.close()


def test_people_alone_do_not_pay_for_the_keyword_trees(tmp_path: Path, item_inserter: Any) -> None:
    """`smparchive search` reads the people's names (tags of one kind): the keyword trees'
    distinct counts (~0.2 s at a million items) are not made for it, and a person's count
    is still what clicking shows."""
    from sqlalchemy import event

    cat = open_catalog(str(tmp_path / "people.smpcat"), create=True)
    try:
        ids = item_inserter(cat, tmp_path / "m", [{} for _ in range(3)])
        cat.tag_items(ids[:2], ["Quality|Blurry|Motion"])
        cat.tag_items(ids[1:], ["Quality|Blurry|Focus"])
        cat.tag_items(ids[:1], ["Jane Doe"], kind="person")
        grouped: list[str] = []

        def seen(_conn: Any, _cur: Any, sql: str, *_a: Any) -> None:
            if "GROUP BY item_tags.item_id" in sql:
                grouped.append(sql)

        event.listen(cat.engine, "before_cursor_execute", seen)
        [jane] = cat.tags("person")
        assert (jane.name, jane.item_count) == ("Jane Doe", 1)
        assert not grouped
        assert {t.path: t.item_count for t in cat.tags("keyword")}["Quality|Blurry"] == 3
        assert grouped  # the keywords' own listing does count its trees
    finally:
        cat.close()
