"""The app's first screenful (issue 19): what it reads before its records are painted.

At a million items the first page's read shared the two cores and the interpreter with
reads the first screenful does not need: the current item's record read again beside its
page (up to three times), the check of every folder's place, and the scan pipeline imported
by the UI thread for the thumbnail repair. Those now wait for the first page or run off the
UI thread; what the user sees once it is painted is the same."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.conftest import fresh_python

REPO = Path(__file__).resolve().parents[2]


def test_the_current_item_comes_with_the_first_page_read_once(
    qtbot: Any, gui_catalog: Any, settings: Any
) -> None:
    """The inspector shows the first row's item, and no record was read twice for it."""
    from smparchive.gui.main_window import MainWindow
    from smparchive.gui.tasks import TaskRunner

    asked: list[list[int]] = []
    items = gui_catalog.items

    def counted(ids: Sequence[int]) -> Any:
        asked.append(list(ids))
        return items(ids)

    gui_catalog.items = counted
    w = MainWindow(gui_catalog, TaskRunner(), settings)
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitUntil(lambda: len(w.store) == 33 and w.inspector.ids() != [], timeout=20000)
        first = w.store.id_at(0)
        assert w.inspector.ids() == [first]
        assert [r.id for r in w.inspector.records] == [first]
        twice = [i for i, n in Counter(i for ids in asked for i in ids).items() if n > 1]
        assert twice == [], f"read more than once: {twice} in {asked}"
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()


def test_the_folder_check_waits_for_the_first_records(
    qapp: Any, tmp_path: Path, gui_catalog: Any, monkeypatch: Any
) -> None:
    """Opening still looks for folders that are not where they were added, once the first
    screenful's records are in (its read of every folder no longer runs beside them)."""
    from smparchive.core import paths
    from smparchive.gui import app as app_mod
    from smparchive.gui.controllers.ingest import IngestController
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import TaskRunner

    monkeypatch.setattr(paths, "remember_catalogue", lambda _p: None)
    monkeypatch.setattr(app_mod, "INTEGRITY_DELAY_MS", 10**8)
    seen: list[bool] = []

    def offer(self: Any, offline_paths: list[str] | None = None) -> None:
        window = manager.windows[0]
        first = window.store.id_at(0, fetch=False)
        seen.append(first is not None and window.store.cached(first) is not None)

    monkeypatch.setattr(IngestController, "offer_locations", offer)
    manager = app_mod.WindowManager(Settings(), runner_factory=TaskRunner)
    window = manager.show_window(gui_catalog)
    try:
        from pytestqt.qtbot import QtBot

        QtBot(qapp).waitUntil(lambda: seen != [], timeout=20000)
        assert seen == [True]
    finally:
        window.runner.shutdown()
        window.thumbs.shutdown()
        window.close()


def test_the_grid_asks_for_a_thumbnail_repair_without_the_scan_pipeline(
    tmp_path: Path,
) -> None:
    """Whether a shown item's thumbnail can be made again is answered without importing
    the scan pipeline (the UI thread imported it while painting the first screenful)."""
    code = (
        "import sys\n"
        "from types import SimpleNamespace as R\n"
        "from smparchive.gui.controllers.thumbnails import ThumbnailRepair\n"
        "ok = R(sha256=b'x', status='ok', thumb_state='pending')\n"
        "gone = R(sha256=b'x', status='missing', thumb_state='ok')\n"
        "print(ThumbnailRepair.repairable(ok), ThumbnailRepair.repairable(gone),\n"
        "      'smparchive.core.ingest.thumbnails' in sys.modules)\n"
    )
    assert fresh_python(code, tmp_path).split() == ["True", "False", "False"]


def test_a_thumbnail_repair_starts_once_its_code_is_imported_by_a_worker(
    qapp: Any, gui_catalog: Any
) -> None:
    """The repair's code is imported by a worker; the UI thread starts the job only once
    that import has finished. It looked for the module in sys.modules, where a module is
    from the start of its import: a repair asked meanwhile made the UI thread wait on the
    worker's import (stalls of up to 160 ms while scrolling)."""
    import importlib

    from smparchive.gui.controllers.thumbnails import JOB_MODULE, ThumbnailRepair
    from smparchive.gui.tasks import SyncTaskRunner, _execute

    importlib.import_module(JOB_MODULE)  # in sys.modules, as once a worker has begun

    class Held(SyncTaskRunner):
        """Runs every task at once but the import of the repair's code, held."""

        def __init__(self) -> None:
            super().__init__()
            self.held: list[tuple[Any, Any]] = []
            self.labels: list[str] = []

        def submit(self, work: Any, **kw: Any) -> Any:
            self.labels.append(kw.get("label", ""))
            if kw.get("label") != "Preparing to make thumbnails":
                return super().submit(work, **kw)
            handle = self._make_handle(kw["label"], False, False, kw.get("on_done"), None)
            self.held.append((work, handle))
            return handle

    runner = Held()
    repair = ThumbnailRepair(gui_catalog, runner)
    records = [r for r in gui_catalog.items(gui_catalog.query_ids()) if repair.repairable(r)]
    assert records
    repair.request(records[:3])
    assert runner.labels == ["Preparing to make thumbnails"]  # imported on a worker first
    repair.request(records[3:6])  # asked again meanwhile: no job yet, no second import
    assert runner.labels == ["Preparing to make thumbnails"]
    work, handle = runner.held.pop()
    handle._on_done(*_execute(work, handle))
    # one job for all six, once the import has finished
    assert runner.labels == ["Preparing to make thumbnails", "Making missing thumbnails"]
    assert repair.queued() >= {r.id for r in records[:6]}
    repair.stop()


def test_the_main_window_shows_without_the_viewers(tmp_path: Path) -> None:
    """The main window is built and shown without the loupe's, compare's and survey's
    modules (filmstrip, feedback, viewer window): they load when a mode first shows them,
    not before the first screenful."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from smparchive.core.catalog.catalog import open_catalog\n"
        "from smparchive.gui.main_window import MainWindow\n"
        "from smparchive.gui.settings import Settings\n"
        "from smparchive.gui.tasks import TaskRunner\n"
        "app = QApplication([])\n"
        f"cat = open_catalog(Path({str(tmp_path / 'c.smpcat')!r}), create=True)\n"
        "w = MainWindow(cat, TaskRunner(), Settings())\n"
        "w.show()\n"
        "for _ in range(20):\n"
        "    app.processEvents()\n"
        "viewers = ('filmstrip', 'feedback', 'window')\n"
        "print(*(f'smparchive.gui.viewers.{m}' in sys.modules for m in viewers))\n"
        "w.workspace.pages['loupe']\n"
        "print(*(f'smparchive.gui.viewers.{m}' in sys.modules for m in viewers[:2]))\n"
        "w.runner.shutdown()\n"
        "w.thumbs.shutdown()\n"
    )
    assert fresh_python(code, tmp_path).split() == ["False"] * 3 + ["True"] * 2
