"""qtmodeltester on every custom model, and the lazy paging behaviour."""

from __future__ import annotations

from typing import Any

from smparchive.core.catalog.filters import ItemFilter


def _store(catalog: Any, runner: Any) -> Any:
    from smparchive.gui.models.item_store import ItemStore

    store = ItemStore(catalog, runner)
    store.set_ids(catalog.query_ids(ItemFilter()))
    return store


def test_item_list_model(qtmodeltester: Any, gui_catalog: Any, sync_runner: Any) -> None:
    from smparchive.gui.models.item_model import ItemListModel
    from smparchive.gui.models.thumbnails import ThumbnailLoader

    model = ItemListModel(_store(gui_catalog, sync_runner), ThumbnailLoader(None))
    qtmodeltester.check(model)
    assert model.rowCount() == 33


def test_item_table_model(qtmodeltester: Any, gui_catalog: Any, sync_runner: Any) -> None:
    from smparchive.gui.models.item_model import ItemTableModel
    from smparchive.gui.models.thumbnails import ThumbnailLoader

    model = ItemTableModel(_store(gui_catalog, sync_runner), ThumbnailLoader(None))
    qtmodeltester.check(model)
    assert model.columnCount() == len(model.columns)


def test_sidebar_model(qtmodeltester: Any, gui_catalog: Any) -> None:
    from smparchive.gui.models.sidebar_model import SidebarModel, build_sidebar

    model = SidebarModel()
    model.set_sections(build_sidebar(gui_catalog))
    qtmodeltester.check(model)
    programme = model.by_key["sec:programme"]
    assert [len(d.children) for d in programme.children if d.key.startswith("day:")] == [2, 1]


def test_problems_model(qtmodeltester: Any) -> None:
    from smparchive.core.ingest.report import FileProblem
    from smparchive.gui.dialogs.ingest import ProblemsModel

    model = ProblemsModel([FileProblem("/a/b.jpg", "error", "cannot decode")])
    qtmodeltester.check(model)


def test_pages_are_fetched_lazily(gui_catalog: Any, sync_runner: Any) -> None:
    from smparchive.gui.models import item_store
    from smparchive.gui.models.item_store import ItemStore

    store = ItemStore(gui_catalog, sync_runner)
    store.set_ids(list(range(1, 34)))
    assert store.cached(1) is None  # nothing fetched before a view asks
    old = item_store.PAGE
    item_store.PAGE = 10
    try:
        assert store.record(12) is not None  # synchronous runner: page 1 arrived at once
        assert store.cached(11) is not None and store.cached(20) is not None
        assert store.cached(1) is None and store.cached(21) is None
    finally:
        item_store.PAGE = old


def test_threaded_runner_fills_the_grid(qtbot: Any, gui_catalog: Any, settings: Any) -> None:
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    w = MainWindow(gui_catalog, TaskRunner(), settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: len(w.store) == 33, timeout=5000)
    qtbot.waitUntil(lambda: w.store.cached(w.store.ids[0]) is not None, timeout=5000)
    assert w.runner.shutdown()
