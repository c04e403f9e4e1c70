"""The app's catalogue handle (``reader.open_lazily``, issue 19): reads from the task pool's
threads, a cancelled read stopped mid-statement, and what was set on the handle before
the full catalogue opened carried over to it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from smparchive.core.catalog.reader import open_lazily
from smparchive.core.progress import Cancelled, CancelToken

# Minutes of work for SQLite: a read that only an interrupt ends in a test's time.
LONG_SQLITE = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
    "SELECT count(*) FROM c"
)


def _closed_file(catalog: Any, add_items: Any, tmp_path: Path) -> Path:
    add_items([{"name": f"IMG_{n}.JPG", "rating": n % 3} for n in range(5)])
    path = Path(catalog.location)
    catalog.close()
    return path


def test_reads_from_other_threads_match_the_full_catalogue(
    catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    path = _closed_file(catalog, add_items, tmp_path)
    handle = open_lazily(path)
    try:
        got: dict[str, Any] = {}

        def read() -> None:  # as the grid's first page, on a worker
            ids = handle.query_ids(limit=3)
            got["ids"] = ids
            got["names"] = [r.name for r in handle.items(ids)]
            got["count"] = handle.count()

        workers = [threading.Thread(target=read) for _ in range(2)]
        for t in workers:
            t.start()
        for t in workers:
            t.join(30)
        assert not handle.loaded  # all of it through sqlite3
        full = handle.full()
        assert got["ids"] == full.query_ids(limit=3)
        assert got["names"] == [r.name for r in full.items(got["ids"])]
        assert got["count"] == 5
    finally:
        handle.close()


def test_a_cancelled_read_of_the_handle_stops_mid_statement(
    catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    path = _closed_file(catalog, add_items, tmp_path)
    handle = open_lazily(path)
    token = CancelToken()
    out: dict[str, Any] = {}
    started = threading.Event()

    def run() -> None:
        try:
            with handle.interruptible(token):
                started.set()
                out["value"] = handle._rows(LONG_SQLITE)
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    try:
        t.start()
        assert started.wait(30)
        t.join(0.3)
        assert t.is_alive(), f"the long statement ended by itself: {out}"
        token.cancel()
        t.join(60)
        assert not t.is_alive(), "the statement was not interrupted"
        assert isinstance(out.get("error"), Cancelled)
        assert not handle.loaded
    finally:
        handle.close()


def test_settings_made_before_the_full_catalogue_opens_carry_over(
    catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    path = _closed_file(catalog, add_items, tmp_path)
    handle = open_lazily(path)
    try:
        handle.cache_dir = tmp_path / "elsewhere.cache"
        handle.set_user_name("Ana")
        feed_from = handle._rows("SELECT coalesce(max(id), 0) FROM audit_log")[0][0]
        ids = handle.query_ids()
        result = handle.set_fields([ids[0]], rating=5)  # opens it in full
        assert handle.loaded
        full = handle.full()
        assert full.cache_dir == tmp_path / "elsewhere.cache"
        assert handle.thumbnails is not None
        assert full.user_name == "Ana"
        assert handle.own_changes and handle.own_changes is full.own_changes
        assert handle.item(ids[0]).rating == 5 and result.changes.items == {ids[0]}
        feed = handle.change_feed(since=feed_from)
        try:
            assert feed.last >= feed_from
        finally:
            feed.close()
    finally:
        handle.close()
