"""Problems > Errors keeps an unreadable file while its folder is offline, on both databases:
its last read error is still true (it comes back as an error), so the Errors list, its count,
``status:error`` and ``ls --status error`` all hold it, as does Offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items

from smparchive.core.catalog.itemfilter import PROBLEM_VIEWS, ItemFilter, status_filter
from smparchive.core.domain.query import parse_search

UNREADABLE = "The file is damaged: not a picture."


@pytest.fixture
def catalogue(engine_catalog: Any) -> Any:
    return engine_catalog  # a new catalogue on each engine (tests/conftest.py)


def test_an_unreadable_file_stays_an_error_while_its_folder_is_offline(
    catalogue: Any, tmp_path: Path
) -> None:
    ids = insert_items(
        catalogue,
        tmp_path / "card",
        [
            {"name": "JUNK.JPG", "status": "error", "status_reason": UNREADABLE},
            {"name": "AWAY_JUNK.JPG", "status": "offline", "status_reason": UNREADABLE},
            {"name": "AWAY_FINE.JPG", "status": "offline"},
            {"name": "FINE.JPG"},
        ],
    )
    junk, away_junk, away_fine, _fine = ids
    errors = PROBLEM_VIEWS["error"]
    assert set(catalogue.query_ids(errors)) == {junk, away_junk}
    assert catalogue.count(errors) == 2  # the sidebar's number, as the list
    assert set(catalogue.query_ids(PROBLEM_VIEWS["offline"])) == {away_junk, away_fine}
    # typed in the search bar, or given to `ls --status`: the same items
    typed = parse_search("status:error", catalogue).filter
    assert set(catalogue.query_ids(typed)) == {junk, away_junk}
    assert status_filter(["error"]) == errors
    both = status_filter(["error", "offline"])
    assert set(catalogue.query_ids(both)) == {junk, away_junk, away_fine}
    assert catalogue.count(ItemFilter(sub=(errors,), kinds=("photo",))) == 2
