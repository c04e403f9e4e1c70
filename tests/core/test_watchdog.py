"""The stall watchdog logs a blocked thread with the stack it was busy in."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from smparchive.core.watchdog import StallWatchdog


def _busy_in_a_named_function(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_deliberate_stall_is_logged_with_its_stack(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="smparchive.stall")
    dog = StallWatchdog(threshold_s=0.1).start()
    try:
        dog.beat()
        _busy_in_a_named_function(0.4)  # no beats: the "event loop" is blocked
        dog.beat()
        deadline = time.monotonic() + 2
        while not dog.stalls and time.monotonic() < deadline:
            time.sleep(0.01)
            dog.beat()
    finally:
        dog.stop()
    ours = [s for s in dog.stalls if "_busy_in_a_named_function" in s.stack]
    assert len(ours) == 1
    assert 0.3 <= ours[0].seconds < 2
    text = caplog.text
    assert "UI thread blocked for more than 100 ms" in text
    assert "_busy_in_a_named_function" in text  # the stack shows where it was stuck
    assert "stall ended after" in text


def test_only_a_stall_a_user_feels_is_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """A 0.3 s hitch goes to the log file (INFO); a freeze past ``warn_s`` warns the terminal."""
    caplog.set_level(logging.INFO, logger="smparchive.stall")
    dog = StallWatchdog(threshold_s=0.1, warn_s=0.6).start()
    try:
        for seconds in (0.3, 1.0):
            dog.beat()
            _busy_in_a_named_function(seconds)
            dog.beat()
            deadline = time.monotonic() + 2
            count = len(dog.stalls)
            while len(dog.stalls) == count and time.monotonic() < deadline:
                time.sleep(0.01)
                dog.beat()
    finally:
        dog.stop()
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert any("blocked for more than 600 ms" in m and "_busy_in" in m for m in warnings)
    assert any("blocked for more than 100 ms" in m for m in infos)
    ended_loud = [m for m in warnings if "stall ended after" in m]
    assert len(ended_loud) == 1  # the short hitch ended quietly
    assert int(ended_loud[0].split("after ")[1].split(" ms")[0]) >= 900


def test_a_responsive_thread_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="smparchive.stall")
    dog = StallWatchdog(threshold_s=0.5).start()  # generous: the test machine may be busy
    try:
        for _ in range(20):
            dog.beat()
            time.sleep(0.01)
    finally:
        dog.stop()
    assert dog.stalls == []
    assert "blocked" not in caplog.text


def test_watches_the_thread_it_was_created_in() -> None:
    created: list[StallWatchdog] = []

    def make() -> None:
        created.append(StallWatchdog())

    t = threading.Thread(target=make)
    t.start()
    t.join()
    assert created[0].thread_id == t.ident
    assert StallWatchdog().thread_id == threading.get_ident()
