"""The status bar's line for background jobs while one job follows another."""

from __future__ import annotations

import threading
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_jobs_that_follow_one_another_do_not_make_the_line_blink(qapp: Any, qtbot: Any) -> None:
    """While scrolling, the thumbnails of each screenful are one short job after another:
    the line appeared and vanished several times a second (the status bar laid out and the
    window repainted each time). It now stays between them, and goes once all are done."""
    from smparchive.gui.tasks import TaskRunner
    from smparchive.gui.widgets import jobs
    from smparchive.gui.widgets.jobs import JobsWidget

    linger = getattr(jobs, "LINGER_MS", 0)

    runner = TaskRunner()
    line = JobsWidget(runner)
    qtbot.addWidget(line)
    shown: list[bool] = []
    go = threading.Event()

    def job(_ctx: Any) -> None:
        go.wait(5)

    first = runner.submit(job, label="Making missing thumbnails", job=True)
    qtbot.waitUntil(line.isVisible, timeout=5000)
    line.showEvent = lambda _e: shown.append(True)  # type: ignore[method-assign]
    line.hideEvent = lambda _e: shown.append(False)  # type: ignore[method-assign]
    go.set()
    qtbot.waitUntil(lambda: not first.running, timeout=5000)
    go.clear()
    second = runner.submit(job, label="Making missing thumbnails", job=True)
    qtbot.wait(50)
    assert line.isVisible() and shown == []  # never hidden in between
    assert "Making missing thumbnails" in line.label.text()
    go.set()
    qtbot.waitUntil(lambda: not second.running, timeout=5000)
    assert not line.cancel.isEnabled()  # nothing left to stop while it lingers
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=linger + 2000)
    assert shown == [False]
    runner.shutdown()
