"""Opening a catalogue that needs a schema upgrade: the app keeps turning, says so, and a
failed upgrade leaves the catalogue as it was (issue 19: 0009 froze the app ~20 s at 1M)."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "catalogues"


def _old_catalogue(tmp_path: Path) -> Path:
    target = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0008.smpcat", target)
    return target


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _opening_windows() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    from smparchive.gui.opening import OpeningWindow

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow) and w.isVisible()
    ]


def test_upgrade_runs_in_the_background_with_a_visible_window(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QTimer

    from smparchive.core import paths
    from smparchive.core.catalog import schema
    from smparchive.core.catalog.schema import head_revision
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import SyncTaskRunner

    monkeypatch.setattr(paths, "remember_catalogue", lambda _p: None)
    cat = _old_catalogue(tmp_path)
    seen: list[tuple[str, str]] = []
    looked = threading.Event()
    real_backup = schema.backup_sqlite

    def slow_backup(path: Path, revision: str | None, keep: int = 5) -> Path:
        made = real_backup(path, revision, keep)
        looked.wait(10)  # the upgrade is still running while the user looks at the window
        return made

    monkeypatch.setattr(schema, "backup_sqlite", slow_backup)

    def look() -> None:
        for w in _opening_windows():
            seen.append((w.title.text(), w.detail.text()))
            if w.title.text() == "Upgrading the catalogue…":
                looked.set()

    probe = QTimer()
    probe.timeout.connect(look)
    probe.start(20)
    manager = app_mod.WindowManager(Settings(), runner_factory=SyncTaskRunner)
    try:
        assert manager.open(cat)
    finally:
        probe.stop()
        looked.set()
    try:
        # Importing the catalogue in the worker (no byte-code caches, a loaded machine) can
        # take longer than SLOW_OPEN_MS: the window then says "Opening" until the upgrade
        # starts, and "Upgrading" from then on.
        upgrading = [(t, d) for t, d in seen if t == "Upgrading the catalogue…"]
        assert upgrading, f"no window said the catalogue was being upgraded: {seen[:1]}"
        assert {t for t, _ in seen} <= {"Opening the catalogue…", "Upgrading the catalogue…"}
        detail = upgrading[0][1]
        assert "cannot be interrupted" in detail
        assert "old.smpcat" in detail and ".backups" in detail
        assert not _opening_windows()  # gone once the catalogue is open
        assert len(manager.windows) == 1 and manager.windows[0].isVisible()
        assert _revision(cat) == head_revision()
        backups = list((tmp_path / "old.smpcat.backups").iterdir())
        assert len(backups) == 1 and _revision(backups[0]) == "0008"  # taken before upgrading
    finally:
        for w in list(manager.windows):
            w.close()


def test_failed_upgrade_says_so_and_leaves_the_catalogue_as_it_was(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    import alembic.command

    from smparchive.core import paths
    from smparchive.gui import app as app_mod
    from smparchive.gui.settings import Settings
    from smparchive.gui.tasks import SyncTaskRunner

    monkeypatch.setattr(paths, "remember_catalogue", lambda _p: None)
    cat = _old_catalogue(tmp_path)
    real_upgrade = alembic.command.upgrade

    def failing_upgrade(cfg: Any, target: str) -> None:
        real_upgrade(cfg, target)  # every step done, then the disk fills up
        raise OSError("disk full")

    monkeypatch.setattr(alembic.command, "upgrade", failing_upgrade)
    shown: list[str] = []

    def dialog(_parent: Any, _path: str, error: Exception) -> str:
        from smparchive.gui.problem_texts import error_text

        shown.append(error_text(error))
        return "quit"

    monkeypatch.setattr(app_mod, "catalogue_error_dialog", dialog)
    manager = app_mod.WindowManager(Settings(), runner_factory=SyncTaskRunner)
    assert not manager.open(cat)
    assert manager.windows == []
    assert len(shown) == 1
    assert "from schema 0008 failed (disk full)" in shown[0]
    assert "left as it was" in shown[0]
    assert _revision(cat) == "0008"  # rolled back: still the old schema, still readable
    assert not _opening_windows()
