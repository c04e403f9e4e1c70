"""The start window (issue 19): a window at once, before the catalogue is imported and
opened; it stays responsive meanwhile, can be closed, reports an open error, and the main
window takes its place where the user left it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import fresh_python

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_recent(monkeypatch: Any) -> None:
    from smparchive.core import paths

    monkeypatch.setattr(paths, "remember_catalogue", lambda _p: None)


def test_the_start_window_needs_no_catalogue_module(tmp_path: Path) -> None:
    """What the app imports before its first window holds nothing of the database toolkit
    (SQLAlchemy and the models are what made the first window wait ~1 s)."""
    code = (
        "import sys\n"
        "from smparchive.gui.app import make_application\n"
        "from smparchive.gui.settings import Settings\n"
        "from smparchive.gui.start_window import StartWindow\n"
        "app = make_application()\n"
        f"w = StartWindow(Settings(), {str(tmp_path / 'c.smpcat')!r})\n"
        "w.show(); app.processEvents()\n"
        "print(w.isVisible(), sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic') or m.startswith('smparchive.core.catalog.catalog')))\n"
    )
    assert fresh_python(code, tmp_path).strip() == "True []"


def test_the_main_window_modules_need_no_database_toolkit(tmp_path: Path) -> None:
    """The app's module and the main window's (with every module it imports to build
    itself) hold nothing of SQLAlchemy: the window of a SQLite catalogue can be built and
    painted before the ~0.45 s of CPU its import costs (issue 19)."""
    code = (
        "import sys\n"
        "import smparchive.gui.app\n"
        "import smparchive.gui.main_window\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
        " or m.startswith('smparchive.core.catalog.catalog')))\n"
    )
    assert fresh_python(code, tmp_path).strip() == "[]"


def test_window_is_shown_and_responsive_while_the_catalogue_opens_and_can_be_closed(
    qapp: Any, tmp_path: Path, monkeypatch: Any, no_recent: None
) -> None:
    from PySide6.QtCore import QTimer

    from smparchive.core.catalog import catalog as catalog_mod
    from smparchive.core.catalog import reader as reader_mod
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.start_window import StartWindow
    from smparchive.gui.tasks import SyncTaskRunner

    path = tmp_path / "slow.smpcat"
    catalog_mod.open_catalog(path, create=True).close()
    release = threading.Event()
    real_open = reader_mod.open_lazily  # what the app opens catalogues with

    def slow_open(*args: Any, **kwargs: Any) -> Any:
        release.wait(30)  # a large catalogue, a lock held by another writer...
        return real_open(*args, **kwargs)

    monkeypatch.setattr(reader_mod, "open_lazily", slow_open)
    start = StartWindow(Settings(), str(path))
    start.show()
    seen: list[tuple[bool, str, str]] = []
    ticks: list[int] = []

    def look() -> None:
        ticks.append(1)  # the event loop turns while the catalogue opens
        if len(ticks) == 5:
            seen.append((start.isVisible(), start.title.text(), start.windowTitle()))
            start.quit_action.trigger()  # File > Quit (or the close button) meanwhile

    probe = QTimer()
    probe.timeout.connect(look)
    probe.start(10)
    manager = app_mod.WindowManager(Settings(), runner_factory=SyncTaskRunner)
    try:
        assert manager.open(path, parent=start) is False  # left before it was open
    finally:
        probe.stop()
        release.set()
    assert seen == [(True, "Opening the catalogue…", "slow — smparchive")]
    assert not start.isVisible()
    assert manager.windows == []


def test_open_error_is_reported_over_the_start_window(
    qapp: Any, tmp_path: Path, monkeypatch: Any, no_recent: None
) -> None:
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.start_window import StartWindow

    bad = tmp_path / "bad.smpcat"
    bad.write_bytes(b"not a database at all")
    asked: list[tuple[Any, str, str]] = []

    def dialog(parent: Any, path: str, exc: Exception) -> str:
        from smparchive.gui.problem_texts import error_text

        asked.append((parent, start.title.text(), error_text(exc)))
        return "quit"

    monkeypatch.setattr(app_mod, "catalogue_error_dialog", dialog)
    start = StartWindow(Settings(), str(bad))
    start.show()
    manager = app_mod.WindowManager(Settings())
    try:
        assert manager.open(bad, parent=start) is False
        assert len(asked) == 1
        parent, title, text = asked[0]
        assert parent is start
        assert title == "The catalogue could not be opened"
        assert text  # the reason, in a sentence
        assert start.isVisible()  # the app leaves through main(), with exit status 1
        assert manager.windows == []
    finally:
        start.close()


def test_error_dialog_over_the_start_window_offers_quit(qapp: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from smparchive.core.catalog.errors import CatalogError
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.start_window import StartWindow

    buttons: list[list[str]] = []

    def run(box: QMessageBox) -> int:
        buttons.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    start = StartWindow(Settings(), "/nowhere/c.smpcat")
    try:
        app_mod.catalogue_error_dialog(start, "/nowhere/c.smpcat", CatalogError("gone"))
        assert "Quit" in buttons[0] and "Close" not in buttons[0]
    finally:
        start.close()


def test_main_window_takes_the_start_windows_place(
    qapp: Any, tmp_path: Path, no_recent: None
) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.start_window import StartWindow
    from smparchive.gui.tasks import SyncTaskRunner

    path = tmp_path / "c.smpcat"
    open_catalog(path, create=True).close()
    start = StartWindow(Settings(), str(path))
    start.show()
    start.setGeometry(40, 50, 720, 560)  # moved and resized while the catalogue opened
    manager = app_mod.WindowManager(Settings(), runner_factory=SyncTaskRunner)
    try:
        assert manager.open(path, parent=start) is True
        assert len(manager.windows) == 1
        window = manager.windows[0]
        assert window.isVisible() and not start.isVisible()
        # its size, or the main window's minimum where that is bigger
        least = window.minimumSize()
        wanted = (max(720, least.width()), max(560, least.height()))
        assert (window.width(), window.height()) == wanted
        assert Path(window.catalog.location) == path
    finally:
        for w in list(manager.windows):
            w.close()


def test_start_window_closed_while_it_was_being_painted_opens_nothing(
    qapp: Any, tmp_path: Path, no_recent: None
) -> None:
    """Closed at once (before the catalogue was even asked for): no main window follows."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.start_window import StartWindow
    from smparchive.gui.tasks import SyncTaskRunner

    path = tmp_path / "c.smpcat"
    open_catalog(path, create=True).close()
    start = StartWindow(Settings(), str(path))
    start.show_painted()
    start.close()
    manager = app_mod.WindowManager(Settings(), runner_factory=SyncTaskRunner)
    assert manager.open(path, parent=start) is False
    assert manager.windows == [] and start.left


def _read_whole(bar: Any, text: str) -> bool:
    """Whether the status bar ``bar`` shows ``text`` whole: in its wrapping message label
    within the label's lines, else (a plain bar, one line) within the bar's width."""
    from PySide6.QtWidgets import QLabel

    label = bar.findChild(QLabel, "statusMessage")
    if label is None:
        return bar.fontMetrics().horizontalAdvance(text) <= bar.width()
    fits = label.heightForWidth(label.width()) <= label.height()
    return label.isVisible() and label.text() == text and fits


def test_why_the_catalogue_did_not_open_is_read_whole_in_french_at_1366(
    qapp: Any, qtbot: Any, french: None, monkeypatch: Any, no_recent: None
) -> None:
    """The start window's status bar was one line: the French reason a team catalogue did
    not open ended cut at the window's edge. It wraps as the main window's does, and the
    text above the (stopped) progress no longer says "Opening …"."""
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.messages import problem
    from smparchive.gui import app as app_mod
    from smparchive.gui.problem_texts import error_text
    from smparchive.gui.settings import Settings
    from smparchive.gui.start_window import StartWindow

    error = CatalogError(problem("db.no_schema"))
    reason = error_text(error)
    assert reason.startswith("Accès refusé") and len(reason) > 200  # said in French

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    seen: list[tuple[bool, str]] = []

    def dialog(parent: Any, _path: str, _exc: Exception) -> str:
        qapp.processEvents()
        bar = parent.statusBar()
        seen.append((_read_whole(bar, reason), parent.detail.text()))
        return "quit"

    monkeypatch.setattr(app_mod, "open_in_background", refused)
    monkeypatch.setattr(app_mod, "catalogue_error_dialog", dialog)
    start = StartWindow(Settings(), "postgresql+psycopg://ann@db.example.org/smp")
    qtbot.addWidget(start)
    start.resize(1366, 768)
    start.show()
    qtbot.waitUntil(lambda: start.width() == 1366)
    manager = app_mod.WindowManager(Settings())
    assert manager.open(start.location, parent=start) is False
    assert seen == [(True, reason)]
