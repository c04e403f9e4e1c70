"""Closing the main window (its close button, Ctrl+Q, SIGTERM at log-out) never hangs and
never looks frozen, even with a thread stuck in a read of a share that stopped answering.

It used to wait on the UI thread with the window still painted: up to 10 s for each of the
runner's four pools, one after another, 5 s more for the thumbnail decoders (a stuck one not
counted, so the process was torn down under it), and a join of the live feed's thread. Now
the window goes first, every wait shares one budget (``SHUTDOWN_MS``), whatever is still
running is counted in ``TaskRunner.unstopped`` (the app then ends its process at once), and
the catalogue is closed when everything stopped.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from tests.gui.conftest import shown_window

from smparchive.core.catalog.errors import CatalogError
from smparchive.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui

BUDGET_MS = 1000
HANG_S = BUDGET_MS / 1000 + 3  # a bound on a hang on a loaded machine, not a measure


class Stuck:
    """What a read of a share that stopped answering does: blocks until the test ends, then
    gives nothing (``error``: raises it)."""

    def __init__(self) -> None:
        self.started, self.gate = threading.Event(), threading.Event()
        self.error: Exception | None = None

    def __call__(self, *_args: Any, **_kwargs: Any) -> Any:
        self.started.set()
        self.gate.wait(60)  # hears no cancel
        if self.error is not None:
            raise self.error
        return None


@pytest.fixture
def stuck(monkeypatch: pytest.MonkeyPatch) -> Iterator[Stuck]:
    """A stuck read, released after the test; ``TaskRunner.unstopped`` put back."""
    import smparchive.gui.main_window as main_window

    monkeypatch.setattr(main_window, "SHUTDOWN_MS", BUDGET_MS, raising=False)
    before = TaskRunner.unstopped
    held = Stuck()
    try:
        yield held
    finally:
        held.gate.set()
        TaskRunner.unstopped = before


def _in_runner(w: Any, held: Stuck) -> None:
    # a page read and a long job: two pools, which used to be waited for one after the other
    w.runner.submit(lambda _ctx: held(), label="Reading")
    w.runner.submit(lambda _ctx: held(), label="Rescanning", job=True)


def _in_thumbnails(w: Any, held: Stuck, monkeypatch: pytest.MonkeyPatch) -> None:
    assert w.thumbs.cache is not None
    monkeypatch.setattr(w.thumbs.cache, "best_path", held)
    w.thumbs.pixmap("f" * 64)  # a picture not held yet: a decoder reads it from the cache


def _close(qtbot: Any, w: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Close ``w`` as its close button does; what the person and the app would notice."""
    seen: dict[str, Any] = {"closed catalogue": False}
    shutdown, close = w.runner.shutdown, w.catalog.close

    def waiting(*args: Any, **kwargs: Any) -> bool:
        seen["shown while waiting"] = w.isVisible()
        return bool(shutdown(*args, **kwargs))

    def closing() -> None:
        seen["closed catalogue"] = True
        close()

    monkeypatch.setattr(w.runner, "shutdown", waiting)
    monkeypatch.setattr(w.catalog, "close", closing)
    before = TaskRunner.unstopped
    started = time.monotonic()
    w.close()
    seen["seconds"] = time.monotonic() - started
    seen["counted"] = TaskRunner.unstopped - before
    return seen


@pytest.mark.parametrize("where", ["runner", "thumbnails"])
def test_a_stuck_read_neither_freezes_nor_holds_the_closing_window(
    qtbot: Any,
    threaded_window: Any,
    stuck: Stuck,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    w = threaded_window
    if where == "runner":
        _in_runner(w, stuck)
    else:
        _in_thumbnails(w, stuck, monkeypatch)
    assert stuck.started.wait(20)
    seen = _close(qtbot, w, monkeypatch)
    assert seen["shown while waiting"] is False  # gone before any wait
    assert seen["seconds"] < HANG_S, seen  # one budget, not 10 s per pool or 5 s more
    assert seen["counted"] >= 1  # the app ends its process without tearing Qt down under it
    assert not seen["closed catalogue"]  # not pulled from under the stuck read


def test_a_live_feed_stuck_on_a_silent_server_is_counted_not_joined(
    qtbot: Any,
    gui_catalog: Any,
    settings: Any,
    stuck: Stuck,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The live feed's thread stuck connecting to a server that stopped answering: the
    window goes all the same, within the budget, and the leftover thread is counted."""
    stuck.error = CatalogError("Cannot connect to the catalogue database: no server answers.")
    monkeypatch.setattr(gui_catalog, "change_feed", stuck)
    w = shown_window(qtbot, gui_catalog, TaskRunner(), settings)
    assert stuck.started.wait(20)
    seen = _close(qtbot, w, monkeypatch)
    assert seen["shown while waiting"] is False
    assert seen["seconds"] < HANG_S, seen
    assert seen["counted"] == 1
    assert not seen["closed catalogue"]


def test_a_window_whose_work_ends_in_time_closes_its_catalogue(
    qtbot: Any, threaded_window: Any, stuck: Stuck, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read under way at close ends within the budget: waited for, the catalogue closed
    and nothing counted, so the process ends as usual."""
    w = threaded_window
    started, done = threading.Event(), threading.Event()

    def read(_ctx: Any) -> None:
        started.set()
        time.sleep(0.2)  # a short read under way at close: waited for
        done.set()

    w.runner.submit(read, label="Reading")
    assert started.wait(20)
    seen = _close(qtbot, w, monkeypatch)
    assert done.is_set()
    assert seen["shown while waiting"] is False
    assert seen["closed catalogue"]
    assert seen["counted"] == 0


def test_a_result_arriving_after_the_window_closed_is_not_applied(
    qtbot: Any, threaded_window: Any, stuck: Stuck, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read stuck past the close that answers later (the share came back): its records
    went into the hidden window's views, with its catalogue closed (one run crashed in the
    inspector). Neither its result nor its failure is applied once the window closed."""
    w = threaded_window
    applied: list[str] = []
    reported: list[str] = []
    w.runner.task_failed.connect(lambda label, *_: reported.append(label))
    w.runner.submit(lambda _ctx: stuck() or "records", label="Reading", on_done=applied.append)
    failing = Stuck()
    failing.error = OSError("the share came back with an error")
    w.runner.submit(lambda _ctx: failing(), label="Counting", job=True)
    assert stuck.started.wait(20) and failing.started.wait(20)
    _close(qtbot, w, monkeypatch)
    stuck.gate.set()
    failing.gate.set()
    assert w.runner.wait_idle(20000)
    qtbot.wait(300)  # the queued results reach the UI thread
    assert applied == [] and reported == []
