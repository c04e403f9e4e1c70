"""A team server that freezes (a stopped process, a hung NAS or VM, a VPN gone quiet) is
found within seconds by the change feed's heartbeat, and the command waiting on it ends then
instead of at the statement timeout (two minutes); a server that is merely slow because a
teammate holds a row lock is alive and its commands wait as long as they may."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from tests.conftest import empty_pg_url
from tests.pg_freeze import proxied

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.dberrors import server_away
from smparchive.core.catalog.errors import CatalogError

pytestmark = pytest.mark.postgres

ANSWER_S = 1.0


def _in_thread(work: Any) -> tuple[threading.Thread, dict[str, Any]]:
    """``work()`` on a thread of its own (an edit on the app's write thread); ``out``
    gets its error (None: it succeeded) and how long it took."""
    out: dict[str, Any] = {}

    def run() -> None:
        start = time.monotonic()
        try:
            work()
            out["error"] = None
        except CatalogError as exc:
            out["error"] = exc
        out["took"] = time.monotonic() - start

    thread = threading.Thread(target=run, daemon=True)  # never holds the test run up
    thread.start()
    return thread, out


@pytest.fixture
def team(tmp_path: Path, item_inserter: Any) -> tuple[str, list[int]]:
    """A team catalogue with two items: its URL and their ids."""
    url = empty_pg_url()
    cat = open_catalog(url, create=True)
    try:
        ids = item_inserter(cat, tmp_path / "share", [{}, {}])
    finally:
        cat.close()
    return url, ids


def test_a_frozen_server_is_found_and_the_waiting_edit_ends_within_seconds(
    team: tuple[str, list[int]],
) -> None:
    base, ids = team
    with proxied(base) as (url, proxy):
        cat = open_catalog(url)
        feed = cat.change_feed(answer_s=ANSWER_S)
        try:
            feed.heartbeat()  # the server answers
            cat.set_fields([ids[0]], rating=1)
            proxy.frozen.set()
            editing, edit = _in_thread(lambda: cat.set_fields([ids[0]], rating=4))
            time.sleep(0.5)  # the rating waits for the server
            assert editing.is_alive()
            start = time.monotonic()
            with pytest.raises(CatalogError) as found:
                feed.heartbeat()
            assert time.monotonic() - start < ANSWER_S + 2
            assert server_away(found.value)  # said like a stopped server
            editing.join(15)
            # The statement timeout (120 s) plus grace: the rating waited 122 s before.
            assert not editing.is_alive()
            assert edit["took"] < 10, edit
            assert edit["error"] is not None and server_away(edit["error"])
            # While it is frozen, the next command does not wait minutes either.
            again, later = _in_thread(lambda: cat.set_fields([ids[1]], rating=2))
            again.join(15)
            assert not again.is_alive() and later["took"] < 10, later
            assert later["error"] is not None and server_away(later["error"])

            proxy.frozen.clear()  # the server answers again
            feed.close()
            feed = cat.change_feed(answer_s=ANSWER_S)
            feed.heartbeat()
            cat.set_fields([ids[1]], rating=5)
        finally:
            proxy.frozen.clear()
            feed.close()
            cat.close()
    direct = open_catalog(base)
    try:
        assert [direct.item(i).rating for i in ids] == [1, 5]  # the refused rating not saved
    finally:
        direct.close()


def test_a_server_waiting_on_a_teammates_lock_is_not_taken_as_frozen(
    team: tuple[str, list[int]],
) -> None:
    base, ids = team
    with proxied(base) as (url, _proxy):
        cat = open_catalog(url)
        feed = cat.change_feed(answer_s=ANSWER_S)
        teammate = open_catalog(base)
        try:
            with teammate.engine.connect() as conn:
                locking = conn.begin()
                conn.execute(text("SELECT id FROM items WHERE id = :i FOR UPDATE"), {"i": ids[0]})
                editing, edit = _in_thread(lambda: cat.set_fields([ids[0]], rating=3))
                for _ in range(3):  # longer than the heartbeat's deadline, in all
                    time.sleep(0.5)
                    feed.heartbeat()  # answers: the server is alive
                assert editing.is_alive()  # the rating still waits for the lock
                locking.rollback()
            editing.join(15)
            assert edit == {"error": None, "took": edit["took"]}
            assert cat.item(ids[0]).rating == 3
        finally:
            teammate.close()
            feed.close()
            cat.close()
