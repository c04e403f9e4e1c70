"""A window's live feed stops with its window, closed or not: a feed thread left polling and
emitting on a deleted object was seen once in a test run, beside a crash of the UI thread's
event processing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject

from smparchive.core.catalog.catalog import open_catalog
from smparchive.gui.live import LiveFeed

pytestmark = pytest.mark.gui


def _feed_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "live-feed" and t.is_alive()]


def test_the_feed_thread_ends_when_its_owner_is_deleted_unclosed(
    qtbot: Any, tmp_path: Path
) -> None:
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        before = set(_feed_threads())
        owner = QObject()
        feed = LiveFeed(cat, owner)
        feed.start()
        (thread,) = [t for t in _feed_threads() if t not in before]
        shiboken6.delete(owner)  # the window gone without its closeEvent
        thread.join(timeout=5)
        assert not thread.is_alive()
    finally:
        cat.close()
