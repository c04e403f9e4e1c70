"""The common filters read their first page from an index in the browse order: no scan of
every item, no sort of the whole result (at a million items those took seconds). Checked
without ANALYZE statistics, as a user's catalogue has them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smparchive.core.catalog.filters import ids_query
from smparchive.core.domain.query import parse_search


def plan(cat: Any, text: str) -> str:
    f = parse_search(text, cat).filter
    with cat._read() as s:
        q = ids_query(s, f, "sqlite").limit(600)
        sql = str(q.compile(cat.engine, compile_kwargs={"literal_binds": True}))
        rows = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
    return " | ".join(str(r[-1]) for r in rows)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("flag:pick", "ix_items_flag_time"),
        ("flag:reject", "ix_items_flag_time"),
        ("day:1", "ix_items_day_time"),
        ("kind:video", "ix_items_kind_time"),
        ("", "ix_items_time"),
    ],
)
def test_first_page_of_a_common_filter_comes_from_an_index(
    catalog: Any, add_items: Any, text: str, index: str
) -> None:
    catalog.create_event("Summit", time_zone="UTC")
    ids = add_items([{"flag": n % 3 - 1, "kind": ("photo", "video")[n % 2]} for n in range(30)])
    catalog.add_day(date(2022, 6, 1))  # the items' capture day: they join it
    found = plan(catalog, text)
    assert index in found and "TEMP B-TREE" not in found, found
    expected = [
        i
        for n, i in enumerate(ids)
        if {"flag:pick": n % 3 == 2, "flag:reject": n % 3 == 0, "kind:video": n % 2}.get(text, True)
    ]
    assert catalog.query_ids(parse_search(text, catalog).filter) == expected
