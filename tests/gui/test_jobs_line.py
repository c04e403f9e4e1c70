"""The status bar's line for background jobs while one job follows another."""

from __future__ import annotations

import sys
import threading
import time
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
    # nor a busy bar, which read as still at work under the summary said meanwhile
    assert line.bar.maximum() > 0 and line.bar.value() == line.bar.maximum()
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=linger + 2000)
    assert shown == [False]
    runner.shutdown()


def test_a_jobs_progress_is_shown_at_a_pace_and_painted_with_the_next_frame(
    qapp: Any, qtbot: Any
) -> None:
    """A job reports progress many times a second (a 1M scroll's repairs: ~60 showings a
    second, each laying the status bar out and repainting the window at once from inside
    the progress bar's setValue). The line shows the latest progress a few times a second,
    and its bar is painted with the window's next frame, never from inside the update."""
    from PySide6.QtCore import QEvent, QObject

    from smparchive.core.progress import ProgressEvent
    from smparchive.gui.tasks import TaskRunner
    from smparchive.gui.widgets import jobs
    from smparchive.gui.widgets.jobs import JobsWidget

    runner = TaskRunner()
    line = JobsWidget(runner)
    qtbot.addWidget(line)
    line.show()
    qtbot.waitExposed(line)
    texts: list[str] = []
    painted_inside: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                frame = sys._getframe(1)
                while frame is not None:  # painted from inside the line's own update?
                    if frame.f_code.co_filename == jobs.__file__:
                        painted_inside.append(frame.f_code.co_name)
                        break
                    frame = frame.f_back
            return False

    paints = Paints()
    line.bar.installEventFilter(paints)
    original = line.label.setText
    line.label.setText = lambda text: (texts.append(text), original(text))  # type: ignore[method-assign]
    stop = threading.Event()
    total = 400

    lasted: list[float] = []

    def job(ctx: Any) -> None:
        began = time.monotonic()
        for done in range(1, total + 1):
            ctx.progress(ProgressEvent("thumbnails", done, total))
            if stop.wait(0.005):  # ~2 s of reports, 200 a second
                break
        lasted.append(time.monotonic() - began)

    handle = runner.submit(job, label="Making missing thumbnails", job=True)
    qtbot.waitUntil(lambda: not handle.running, timeout=20000)
    shown_while_running = len(texts)
    # the runner passes progress on ~8 times a second; shown at most 4 times a second of
    # the job's own length (a loaded machine stretches the ~2 s of reports)
    assert lasted and shown_while_running <= lasted[0] * 4 + 3
    assert not painted_inside  # the bar was painted by the event loop, not from setValue
    # while the line lingers it says where the job ended, not where it was a pace before
    assert f"{total}/{total}" in line.label.text() and line.bar.value() == total
    stop.set()
    runner.shutdown()


def test_a_job_that_ends_out_of_sight_leaves_no_line(qapp: Any, qtbot: Any) -> None:
    """A job that ended while the status bar was out of sight (full screen, the window
    minimised) kept its line for good: 'Making thumbnails' with a busy bar under the scan's
    summary, until the next job. Its line goes as any ended job's does."""
    from PySide6.QtWidgets import QWidget

    from smparchive.gui.tasks import TaskRunner
    from smparchive.gui.widgets import jobs
    from smparchive.gui.widgets.jobs import JobsWidget

    runner = TaskRunner()
    bar = QWidget()  # the status bar holding the line
    qtbot.addWidget(bar)
    line = JobsWidget(runner, bar)
    bar.show()
    go = threading.Event()
    handle = runner.submit(lambda _ctx: go.wait(5), label="Making thumbnails", job=True)
    qtbot.waitUntil(line.isVisible, timeout=5000)
    bar.hide()
    go.set()
    qtbot.waitUntil(lambda: not handle.running, timeout=5000)
    qtbot.wait(jobs.LINGER_MS + 200)
    bar.show()
    qtbot.wait(jobs.LINGER_MS + 200)
    assert not line.isVisible(), line.label.text()
    runner.shutdown()
