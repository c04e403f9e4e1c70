"""Live views (issue 16): a change committed in one process is seen by a listener in
another within a bounded wait, with the changed item ids; on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog

WRITER = """
import sys, time
from smparchive.core.catalog.catalog import open_catalog
cat = open_catalog(sys.argv[1])
print(time.time(), flush=True)  # the change starts (its commit comes after)
cat.set_text([int(sys.argv[2])], "caption", "en", "Seen elsewhere")
cat.close()
"""


@pytest.fixture
def location(engine_location: str) -> str:
    return engine_location  # a new catalogue on each engine (tests/conftest.py)


def test_change_in_another_process_reaches_the_feed(
    location: str, tmp_path: Path, item_inserter: Any
) -> None:
    cat = open_catalog(location, create=True)
    ids = item_inserter(cat, tmp_path / "share", [{}, {}, {}])
    feed = cat.change_feed()
    try:
        assert feed.wait(0.3) == []  # nothing yet (the items were inserted before)
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, location, str(ids[1])],
            stdout=subprocess.PIPE,
            text=True,
        )
        seen: list[Any] = []
        seen_at = 0.0
        deadline = time.monotonic() + 60
        while not seen and time.monotonic() < deadline:
            seen = feed.wait(0.5)
            seen_at = time.time()
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0
        started_at = float(out.strip().splitlines()[-1])
        assert [c.items for c in seen] == [frozenset({ids[1]})]
        assert seen[0].user == cat.user_name or seen[0].user  # who made it
        # Seen while this catalogue stays open, after the change began (how soon is a
        # benchmark's figure, bench_feed.py: a time bound here failed on a loaded machine).
        # The writer's time is taken before its change: taken after its commit, the feed
        # could see the change first (2 ms before, once, on PostgreSQL's notify).
        assert seen_at >= started_at
        # A change made through this very catalogue is reported too (other windows).
        cat.set_fields([ids[0], ids[2]], rating=3)
        more = feed.wait(5)
        assert [c.items for c in more] == [frozenset({ids[0], ids[2]})]
    finally:
        feed.close()
        cat.close()


def test_a_reopened_feed_returns_what_was_changed_while_it_was_away(
    location: str, tmp_path: Path, item_inserter: Any
) -> None:
    """The server (or this computer's network) dropped: the window's feed is reopened from
    the last change it had seen, and a teammate's change made meanwhile still arrives."""
    cat = open_catalog(location, create=True)
    ids = item_inserter(cat, tmp_path / "share", [{}, {}])
    feed = cat.change_feed()
    seen = feed.last
    feed.close()  # the connection is gone
    teammate = open_catalog(location)
    try:
        teammate.set_fields([ids[1]], rating=4)  # while this window listens to nothing
    finally:
        teammate.close()
    again = cat.change_feed(since=seen)
    try:
        assert [c.items for c in again.wait(0.5)] == [frozenset({ids[1]})]
        assert again.wait(0.3) == []  # once
        assert again.last > seen
    finally:
        again.close()
        cat.close()
