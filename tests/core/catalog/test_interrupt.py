"""A read nobody waits for any more stops in the middle of its statement (issue 19: the
count of a million matches the user has typed past must not hold the search thread)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.progress import Cancelled, CancelToken

PG_URL = os.environ.get("SMPARCHIVE_TEST_PG_URL")

# Minutes of work for SQLite: a read that only an interrupt ends in a test's time.
LONG_SQLITE = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
    "SELECT count(*) FROM c"
)


def _read_in_thread(cat: Any, token: CancelToken, sql: str) -> tuple[threading.Thread, dict]:
    """Run ``sql`` in a thread inside ``interruptible(token)``; the dict gets what ended it."""
    out: dict[str, Any] = {}
    started = threading.Event()

    def run() -> None:
        try:
            with cat.interruptible(token), cat._read() as s:
                started.set()
                out["value"] = s.execute(text(sql)).scalar()
        except BaseException as exc:  # what the caller sees
            out["error"] = exc
        finally:
            started.set()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    assert started.wait(30)
    return t, out


def _cancel_while_running(cat: Any, sql: str) -> dict:
    token = CancelToken()
    t, out = _read_in_thread(cat, token, sql)
    t.join(0.3)  # the statement is under way (it would run for minutes)
    assert t.is_alive(), f"the long statement ended by itself: {out}"
    token.cancel()
    t.join(60)
    assert not t.is_alive(), "the statement was not interrupted"
    return out


def test_a_cancelled_read_stops_in_the_middle_of_its_statement(catalog: Any) -> None:
    out = _cancel_while_running(catalog, LONG_SQLITE)
    assert isinstance(out.get("error"), Cancelled), out
    # the connection went back to the pool usable: the next read answers
    assert catalog.count(ItemFilter()) == 0


def test_a_read_cancelled_before_it_starts_never_runs(catalog: Any) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled), catalog.interruptible(token):
        catalog.count(ItemFilter())
    ran: list[int] = []
    token2 = CancelToken()
    with pytest.raises(Cancelled), catalog.interruptible(token2):
        ran.append(catalog.count(ItemFilter()))
        token2.cancel()  # between two statements: the second is not started
        ran.append(catalog.count(ItemFilter(rating_min=1)))  # (a count kept reads nothing)
    assert ran == [0]


def test_cancelling_after_the_block_touches_no_connection(tmp_path: Path) -> None:
    """A token cancelled once its block is over (the result came back just then) must not
    interrupt the pooled connection another read uses next."""
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        token = CancelToken()
        with cat.interruptible(token):
            assert cat.count(ItemFilter()) == 0
        token.cancel()
        with cat._read() as s:
            value = s.execute(
                text(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                    "WHERE x < 200000) SELECT count(*) FROM c"
                )
            ).scalar()
        assert value == 200000
    finally:
        cat.close()


def test_a_read_without_a_block_is_never_interrupted(catalog: Any) -> None:
    token = CancelToken()
    with catalog.interruptible(token):
        pass
    token.cancel()
    assert catalog.count(ItemFilter()) == 0


@pytest.mark.postgres
def test_a_cancelled_server_read_is_cancelled_by_the_server(pg_catalog: Any) -> None:
    out = _cancel_while_running(pg_catalog, "SELECT pg_sleep(60)")
    assert isinstance(out.get("error"), Cancelled), out
    assert pg_catalog.count(ItemFilter()) == 0


@pytest.mark.postgres
def test_a_late_cancel_never_stops_the_next_read_on_the_same_connection(
    pg_catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server cancel names a connection, not a statement. One that arrives late (a slow
    or frozen network held it) must not stop the read that took the connection from the
    pool meanwhile: that read failed with 'took too long to answer', in a dialog, just
    after a frozen team server answered again."""
    import psycopg

    gate = threading.Event()
    real = psycopg.Connection.cancel_safe

    def held(self: Any, *args: Any, **kwargs: Any) -> None:  # the network holds it
        gate.wait(30)
        real(self, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "cancel_safe", held)
    pg_catalog.engine.dispose()  # one connection in the pool: the next read is lent it
    token = CancelToken()
    first: dict[str, Any] = {}
    with pg_catalog.interruptible(token), pg_catalog._read() as s:
        first["pid"] = s.execute(text("SELECT pg_backend_pid()")).scalar()
        token.cancel()  # just as the answer came back: the cancel is on its way
    out: dict[str, Any] = {}

    def read() -> None:
        try:
            with pg_catalog._read() as s:
                out["row"] = tuple(s.execute(text("SELECT pg_backend_pid(), pg_sleep(1)")).one())
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=read, daemon=True)
    t.start()
    time.sleep(0.3)  # the next read is under way
    gate.set()  # the late cancel reaches the server
    t.join(30)
    assert "error" not in out, out
    assert out["row"][0] != first["pid"]  # the connection the cancel names was not lent
