"""A server that freezes in the middle of a command: the command ends with one clear
sentence soon after the statement timeout instead of hanging (issue 16).

The server's own ``statement_timeout`` cannot help there (the frozen server is the one
that would enforce it) and TCP keepalives pass (the operating system still answers), so
the client guards every command itself (core/catalog/stallguard.py)."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from tests.pg_freeze import FreezingProxy

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.stallguard import statement_seconds

PG_URL = os.environ.get("SMPARCHIVE_TEST_PG_URL")
needs_pg = pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")


@pytest.fixture
def proxy_url() -> Iterator[tuple[str, FreezingProxy]]:
    assert PG_URL is not None
    url = make_url(PG_URL)
    proxy = FreezingProxy(url.host or "127.0.0.1", url.port or 5432)
    try:
        yield url.set(host="127.0.0.1", port=proxy.port).render_as_string(False), proxy
    finally:
        proxy.close()


def _slow_write(cat: Any, during: Any) -> tuple[str | None, float]:
    """A write whose statement is under way when ``during`` runs; its error (None when it
    succeeded) and how long it took."""

    def slow(ctx: Any) -> Any:
        ctx.session.execute(text("SELECT pg_sleep(1)"))

    def later() -> None:
        time.sleep(0.3)
        during()

    helper = threading.Thread(target=later)
    helper.start()
    start = time.monotonic()
    message = None
    try:
        cat._write("Slow", slow)
    except CatalogError as exc:
        message = str(exc)
    finally:
        helper.join()
    return message, time.monotonic() - start


@needs_pg
@pytest.mark.postgres
def test_a_proxy_that_stops_forwarding_mid_command(
    proxy_url: tuple[str, FreezingProxy], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMPARCHIVE_STATEMENT_TIMEOUT", "2")
    monkeypatch.setenv("SMPARCHIVE_CONNECT_TIMEOUT", "2")
    url, proxy = proxy_url
    cat = open_catalog(url)
    try:
        assert cat.history() is not None  # the way through the proxy works
        message, took = _slow_write(cat, proxy.frozen.set)
        # 2 s statement timeout + 2 s grace; without the guard this waits forever.
        assert took < 15, took
        assert message is not None
        assert "stopped answering in the middle of the command" in message
        assert "\n" not in message and message.endswith(".")
        assert "Traceback" not in message
        # Later commands do not hang either: the pool's ping is guarded as well.
        start = time.monotonic()
        with pytest.raises(CatalogError):
            cat.history()
        assert time.monotonic() - start < 15
    finally:
        proxy.frozen.clear()
        cat.close()


@needs_pg
@pytest.mark.postgres
def test_a_stopped_server_process_mid_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGSTOP on the server process running the command (needs the right to signal it)."""
    monkeypatch.setenv("SMPARCHIVE_STATEMENT_TIMEOUT", "2")
    cat = open_catalog(PG_URL)
    stopped: list[int] = []
    try:

        def stop_backend() -> None:
            admin = open_catalog(PG_URL)
            try:
                with admin.engine.connect() as conn:
                    pids = conn.scalars(
                        text(
                            "SELECT pid FROM pg_stat_activity "
                            "WHERE query LIKE 'SELECT pg_sleep(1)%' AND state = 'active'"
                        )
                    ).all()
            finally:
                admin.close()
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGSTOP)
                    stopped.append(pid)
                except PermissionError:
                    pass

        message, took = _slow_write(cat, stop_backend)
        if not stopped:
            pytest.skip("no right to stop the server's processes here")
        assert took < 15, took
        assert message is not None
        assert "stopped answering in the middle of the command" in message
        assert "\n" not in message and message.endswith(".")
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)  # it then finds its client gone and ends
        cat.close()


def test_statement_timeout_read_from_the_options() -> None:
    assert statement_seconds("-c statement_timeout=5000 -c lock_timeout=1", 120) == 5
    assert statement_seconds("-c statement_timeout=3s", 120) == 3
    assert statement_seconds("-c statement_timeout=0", 120) is None
    assert statement_seconds(None, 120) == 120
