"""A search of punctuation alone has no words, so no condition: every item (h113: the
quick reader's count of ``!!!`` was "... WHERE " and failed; ``-!!!`` listed every item
under a count of 0)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.core.domain.query import QueryError, parse_query


@pytest.mark.parametrize("query", ["!!!", "-!!!", "?! ...", "kind:photo !!!"])
def test_punctuation_alone_matches_every_item(
    engine_catalog: Any, tmp_path: Path, item_inserter: Any, query: str
) -> None:
    cat = engine_catalog
    cat.create_event("SMP", time_zone="UTC")
    ids = item_inserter(cat, tmp_path / "media", [{}, {}, {}])
    f = parse_query(query, cat)
    assert sorted(cat.query_ids(f)) == sorted(ids)
    assert cat.count(f) == cat.facets(f).total == 3


def test_the_quick_reader_counts_punctuation_as_every_item(
    catalog: Any, catalog_path: Path, tmp_path: Path, item_inserter: Any
) -> None:
    from smparchive.core.catalog.reader import open_reader

    catalog.create_event("SMP", time_zone="UTC")
    item_inserter(catalog, tmp_path / "media", [{}, {}])
    reader = open_reader(str(catalog_path))
    assert reader is not None
    try:
        assert reader.count(ItemFilter(text="!!!")) == 2
        assert len(reader.query_ids(ItemFilter(text="!!!"))) == 2
    finally:
        reader.close()


@pytest.mark.parametrize("query", ['"', "-"])
def test_a_lone_quote_or_minus_is_a_clear_error(catalog: Any, query: str) -> None:
    with pytest.raises(QueryError, match="Cannot read the search"):
        parse_query(query, catalog)
