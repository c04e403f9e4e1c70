"""Starting the app: catalogue arguments, refusing bad catalogues untouched, logging, crashes."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Any

import pytest


def test_parse_args() -> None:
    from smparchive.gui.app import parse_args

    assert parse_args(["a.smpcat"]).path == "a.smpcat"
    assert parse_args(["--catalogue", "b.smpcat"]).catalogue == "b.smpcat"
    assert parse_args([]).path is None


def test_main_opens_named_catalogue_and_quits(qapp: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smparchive.core import paths
    from smparchive.gui import app as app_mod

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    # its own recent list: the tests' shared config folder is written by any other test
    # run at the same time (two runs on one machine read each other's catalogue first)
    monkeypatch.setattr(paths, "_recent_file", lambda: tmp_path / "recent.json")
    cat = tmp_path / "named.smpcat"
    from smparchive.core.catalog.catalog import open_catalog

    open_catalog(cat, create=True).close()
    seen: list[str] = []

    def close_all() -> None:
        shown = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "catalog")
        ]
        if not shown:  # still opening (in the background): look again
            QTimer.singleShot(100, close_all)
            return
        for w in shown:
            seen.append(w.catalog.location)
            w.close()

    QTimer.singleShot(300, close_all)
    assert app_mod.main(["--catalogue", str(cat)]) == 0
    assert seen == [str(cat.resolve())]
    assert paths.recent_catalogues()[0] == cat.resolve()


@pytest.mark.parametrize(
    "content", [b"not a database at all", b"SQLite format 3\x00" + b"\x01" * 200]
)
def test_bad_catalogue_is_refused_untouched(
    qapp: Any, tmp_path: Path, monkeypatch: Any, content: bytes
) -> None:
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings

    bad = tmp_path / "bad.smpcat"
    bad.write_bytes(content)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(
        app_mod, "catalogue_error_dialog", lambda _p, path, exc: shown.append(str(exc)) or "quit"
    )
    manager = app_mod.WindowManager(Settings())
    assert manager.open(bad) is False
    assert shown and shown[0]
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    assert not manager.windows


def test_excepthook_logs_and_names_log_file(
    qapp: Any, tmp_path: Path, monkeypatch: Any, caplog: Any
) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from smparchive.core import paths
    from smparchive.gui import app as app_mod

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: texts.append(self.text()) or 0)
    old = sys.excepthook
    try:
        app_mod.install_excepthook()
        with caplog.at_level(logging.CRITICAL):
            try:
                raise RuntimeError("boom")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert "boom" in caplog.text
    assert texts and str(tmp_path / "logs" / "smparchive.log") in texts[0]


def test_file_open_event_opens_the_catalogue(qapp: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """macOS Finder double-click: QEvent.FileOpen opens the catalogue (once per file)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from smparchive.core import paths
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import SyncTaskRunner

    monkeypatch.setattr(paths, "remember_catalogue", lambda _p: None)
    cat = tmp_path / "finder.smpcat"
    open_catalog(cat, create=True).close()
    manager = app_mod.WindowManager(Settings(), runner_factory=SyncTaskRunner)
    manager.follow_file_opens(qapp)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(cat)))
        assert len(manager.windows) == 1
        window = manager.windows[0]
        assert Path(window.catalog.location) == cat
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(cat)))
        assert manager.windows == [window]  # raised, not opened twice
    finally:
        qapp.file_open.disconnect(manager.open_file)
        for w in list(manager.windows):
            w.close()


def test_application_identity(qapp: Any) -> None:
    from smparchive.gui.app import DESKTOP_FILE, make_application

    app = make_application()
    assert app.desktopFileName() == DESKTOP_FILE
    assert not app.windowIcon().isNull()
    assert 16 in {s.width() for s in app.windowIcon().availableSizes()}


def test_a_crash_of_the_last_run_is_told_beside_the_main_window(
    qapp: Any, tmp_path: Path, monkeypatch: Any, caplog: Any
) -> None:
    """A segfault (Qt, libvlc, a decoder) left no trace: the app just vanished. Now its
    stacks are in a file the next start names, without stopping the user."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from smparchive.core import paths
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import app as app_mod

    DUMP_MARK = "Fatal Python error"  # how faulthandler starts its dump
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "running-999999999.crash").write_text(
        f"smparchive 0.x, started 2026-12-05 19:56:30\n{DUMP_MARK}: Segmentation fault\n"
    )
    monkeypatch.setattr(paths, "log_dir", lambda: logs)
    monkeypatch.setattr(paths, "_recent_file", lambda: tmp_path / "recent.json")
    cat = tmp_path / "named.smpcat"
    open_catalog(cat, create=True).close()
    told: list[tuple[str, str, bool]] = []
    recorded: list[bool] = []  # this run's own crash file, while it runs
    tries: list[int] = []

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "catalog")
        ]
        tries.append(1)
        if not shown or (not boxes and len(tries) < 50):
            QTimer.singleShot(100, look)
            return
        if boxes:
            box = boxes[0]
            told.append((box.windowTitle(), box.text(), box.isModal()))
            recorded.append((logs / f"running-{os.getpid()}.crash").exists())
            box.close()
        for w in shown:
            w.close()

    QTimer.singleShot(300, look)
    assert app_mod.main(["--catalogue", str(cat)]) == 0
    kept = list(logs.glob("crash-*-999999999.log"))
    assert len(kept) == 1 and DUMP_MARK in kept[0].read_text()
    assert told and told[0][0] == "smparchive closed unexpectedly"
    assert str(kept[0]) in told[0][1] and "crashed" in told[0][1]
    assert told[0][2] is False  # the main window stays usable
    assert recorded == [True]
    assert not list(logs.glob("running-*.crash"))  # a clean exit leaves none
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("stopped unexpectedly" in m and str(kept[0]) in m for m in said), said


def test_the_app_watches_only_its_own_events(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the main window, no half-built widget is handed to Python: a scroll bar seen
    in its QWidget constructor (an event filter on the whole app saw every object's events)
    and kept alive answered ``horizontalScrollBar()`` as a plain QWidget, and the filmstrip
    failed to lay out ("'QWidget' object has no attribute 'setPageStep'", once in CI)."""
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar

    from smparchive.core import paths
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.gui import app as app_mod

    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(paths, "_recent_file", lambda: tmp_path / "recent.json")
    cat = tmp_path / "named.smpcat"
    open_catalog(cat, create=True).close()
    seen: list[QObject] = []  # what a filter of the window manager was given, kept alive

    def keep(manager: QObject, watched: QObject, event: object) -> bool:
        seen.append(watched)
        return False

    monkeypatch.setattr(app_mod.WindowManager, "eventFilter", keep, raising=False)
    bars: list[bool] = []

    def look() -> None:
        shown = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "catalog")
        ]
        if not shown:
            QTimer.singleShot(100, look)
            return
        for area in shown[0].findChildren(QAbstractScrollArea):
            bars.append(isinstance(area.horizontalScrollBar(), QScrollBar))
            bars.append(isinstance(area.verticalScrollBar(), QScrollBar))
        for w in shown:
            w.close()

    QTimer.singleShot(300, look)
    assert app_mod.main(["--catalogue", str(cat)]) == 0
    assert bars and all(bars)
    assert not [o for o in seen if o is not qapp]
