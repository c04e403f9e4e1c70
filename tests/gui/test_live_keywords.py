"""A keyword a teammate (or the CLI) adds shows in the open sidebar, on both engines: the
first one too, so the Keywords section can be opened (a walk on PostgreSQL once saw the
section without its arrow while keywords existed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ENGINES, empty_pg_url
from tests.gui.conftest import programme_catalogue

pytestmark = pytest.mark.gui


@pytest.fixture(params=ENGINES)
def gui_catalog(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    location = str(tmp_path / "gui.smpcat") if request.param == "sqlite" else empty_pg_url()
    cat = programme_catalogue(location, tmp_path / "media", 6)
    try:
        yield cat
    finally:
        cat.close()


def test_a_first_keyword_added_elsewhere_shows_in_the_open_sidebar(
    threaded_window: Any, gui_catalog: Any, qtbot: Any
) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    w = threaded_window
    model = w.sidebar_model
    qtbot.waitUntil(lambda: "sec:keywords" in model.by_key)
    assert model.rowCount(model.index_of("sec:keywords")) == 0
    first = gui_catalog.query_ids()[0]
    other = open_catalog(gui_catalog.location)  # like the CLI or a teammate
    try:
        other.tag_items([first], ["Mobilité"])
        qtbot.waitUntil(lambda: model.rowCount(model.index_of("sec:keywords")) == 1)
        (node,) = model.by_key["sec:keywords"].children
        assert (node.label, node.count) == ("Mobilité", 1)
        other.tag_items([first], ["Mobilité|Talents"])  # a second, under the first
        qtbot.waitUntil(lambda: len(model.by_key["sec:keywords"].children[0].children) == 1)
    finally:
        other.close()
