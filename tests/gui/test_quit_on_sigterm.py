"""SIGTERM (log-out, shutdown, ``kill``) quits the app as its close button does.

It used to end the process at once, with the sidebar's reads still running on workers (one
crashed in Qt's translate while the process went away): no layout saved, the catalogue not
closed. The real app runs in a subprocess, offscreen, on a small catalogue.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
READY = "window open on"
WAIT_S = 120  # a bound on waiting for the window on a loaded machine, not a measure


def _log_text(home: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in home.rglob("smparchive*.log"))


def test_sigterm_closes_the_windows_and_exits_cleanly(
    catalog: Any, add_items: Any, catalog_path: Path, tmp_path: Path
) -> None:
    add_items([{"name": f"p{i}.jpg"} for i in range(3)])
    catalog.close()
    home = tmp_path / "home"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO / "src"),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "smparchive", "-c", str(catalog_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + WAIT_S
        while READY not in _log_text(home) and app.poll() is None:
            assert time.monotonic() < deadline, "the window never opened"
            time.sleep(0.2)
        assert app.poll() is None, app.stderr.read() if app.stderr else ""
        app.send_signal(signal.SIGTERM)
        code = app.wait(WAIT_S)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 0, app.stderr.read() if app.stderr else ""
    log = _log_text(home)
    assert "asked to quit by a signal" in log
    assert "smparchive exiting (0)" in log
    # the window closed as by its close button: its layout is remembered for next time
    conf = (home / "config" / "smparchive" / "smparchive.conf").read_text()
    assert "geometry" in conf
    # and the next start has no crash to tell about
    assert not list(home.rglob("*.crash")) and not list(home.rglob("crash-*.log"))


def test_a_task_that_outlives_its_runners_shutdown_is_counted(qapp: object) -> None:
    """The app ends its process without tearing Qt down when a task is still running after
    its window's runner waited for it (TaskRunner.unstopped); a stopped runner is not
    counted."""
    import threading

    from PySide6.QtCore import QDeadlineTimer

    from smparchive.gui.tasks import TaskRunner

    before = TaskRunner.unstopped
    idle = TaskRunner()
    assert idle.shutdown(QDeadlineTimer(50))
    assert TaskRunner.unstopped == before

    started, release = threading.Event(), threading.Event()

    def stuck(_ctx: object) -> None:
        started.set()
        release.wait(60)  # a query that does not hear the cancel

    runner = TaskRunner()
    runner.submit(stuck, label="stuck")
    assert started.wait(60)
    try:
        assert not runner.shutdown(QDeadlineTimer(50))
        assert TaskRunner.unstopped == before + 1
    finally:
        release.set()
        assert runner.wait_idle()
        TaskRunner.unstopped = before
