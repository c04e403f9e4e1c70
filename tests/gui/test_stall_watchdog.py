"""The app's watchdog notices its event loop blocked and logs the stack of the stall."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest


def _slow_handler() -> None:
    time.sleep(0.35)  # a handler doing far too much on the UI thread


def test_a_blocked_event_loop_is_logged(
    qapp: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtCore import QObject, QTimer

    from smparchive.gui.stall import install_watchdog

    caplog.set_level(logging.WARNING, logger="smparchive.stall")
    owner = QObject()
    dog = install_watchdog(owner, threshold_s=0.1)
    try:
        qtbot.wait(150)  # heartbeats flowing
        QTimer.singleShot(0, _slow_handler)

        def ours() -> list[Any]:  # a busy machine may add stalls of its own: not these
            return [s for s in dog.stalls if "_slow_handler" in s.stack]

        qtbot.waitUntil(lambda: bool(ours()), timeout=3000)
    finally:
        dog.stop()
        owner.deleteLater()
    assert ours()[0].seconds >= 0.25
    assert "UI thread blocked" in caplog.text
