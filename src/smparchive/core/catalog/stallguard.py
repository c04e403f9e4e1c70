"""A client-side limit for server commands: a server that stops answering mid-command.

``statement_timeout`` is enforced by the server, so it cannot stop a command when the
server itself is frozen (a stopped process, a host that hangs, a proxy or VPN that stops
forwarding): the operating system still acknowledges the TCP packets, keepalives pass,
and libpq waits forever. The guard arms a deadline (the statement timeout plus a grace
that lets the server's own timeout report first) around every statement, commit, rollback
and pool liveness ping of a server engine; when it passes, the connection's socket is
shut down, the waiting call fails at once, and the error says the server stopped answering.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import re
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

log = logging.getLogger(__name__)

GRACE_S = 2.0
# The words dberrors.describe recognises in the error a cut connection raises.
STALLED = "the server stopped answering in the middle of the command"


class _Guard:
    """One thread keeping the deadlines of every guarded connection of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._heap: list[tuple[float, int, int]] = []  # (deadline, token, fd)
        self._live: dict[int, int] = {}  # token -> fd, while armed
        self._fired: set[int] = set()
        self._tokens = itertools.count(1)
        self._thread: threading.Thread | None = None

    def arm(self, fd: int, seconds: float) -> int:
        with self._lock:
            token = next(self._tokens)
            self._live[token] = fd
            heapq.heappush(self._heap, (time.monotonic() + seconds, token, fd))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="smparchive-stall-guard", daemon=True
                )
                self._thread.start()
            self._wake.notify()
            return token

    def disarm(self, token: int) -> bool:
        """Forget a deadline; True when it had already fired (the connection was cut)."""
        with self._lock:
            self._live.pop(token, None)
            if token in self._fired:
                self._fired.discard(token)
                return True
            return False

    def _run(self) -> None:
        while True:
            with self._lock:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)  # disarmed in time
                if not self._heap:
                    self._wake.wait(30)
                    continue
                deadline, token, fd = self._heap[0]
                delay = deadline - time.monotonic()
                if delay > 0:
                    self._wake.wait(delay)
                    continue
                heapq.heappop(self._heap)
                self._live.pop(token, None)
                self._fired.add(token)
            _cut(fd)


def _cut(fd: int) -> None:
    """Shut the socket down (all its descriptors see it), so the blocked read returns."""
    try:
        sock = socket.socket(fileno=socket.dup(fd))
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
        log.warning("the catalogue server stopped answering; connection cut")
    except OSError:
        pass
    finally:
        sock.close()


_GUARD = _Guard()


def statement_seconds(options: str | None, default_s: float) -> float | None:
    """The statement timeout in libpq ``options`` (None: no limit, 0 means none)."""
    found = re.search(r"statement_timeout\s*=\s*'?(\d+)(ms|s|min)?", options or "")
    if not found:
        return default_s
    value = float(found.group(1))
    unit = found.group(2) or "ms"
    seconds = value / 1000 if unit == "ms" else value * 60 if unit == "min" else value
    return seconds or None


def _fileno(dbapi_conn: Any) -> int | None:
    try:
        return int(dbapi_conn.fileno())
    except Exception:  # closed or broken: nothing to guard
        return None


def _guarded(
    call: Callable[..., Any], seconds: float, conn_of: Callable[..., Any]
) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        fd = _fileno(conn_of(*args))
        if fd is None:
            return call(*args, **kwargs)
        token = _GUARD.arm(fd, seconds)
        try:
            out = call(*args, **kwargs)
        except Exception as exc:
            if _GUARD.disarm(token):
                raise _stalled_error(exc, seconds) from exc
            raise
        if _GUARD.disarm(token):  # answered just as the deadline passed: cut anyway
            raise _stalled_error(None, seconds)
        return out

    return run


def _stalled_error(exc: BaseException | None, seconds: float) -> Exception:
    import psycopg

    err = psycopg.OperationalError(f"{STALLED} (no answer for {seconds:.0f} s)")
    err.__cause__ = exc
    return err


def install(engine: Engine, statement_s: float | None) -> None:
    """Guard every statement, commit and rollback of a server engine."""
    if statement_s is None:
        return
    seconds = statement_s + GRACE_S
    dialect: Any = engine.dialect
    by_cursor = lambda cursor, *_: cursor.connection  # noqa: E731
    by_conn = lambda conn, *_: conn  # noqa: E731
    for name in ("do_execute", "do_executemany", "do_execute_no_params"):
        setattr(dialect, name, _guarded(getattr(dialect, name), seconds, by_cursor))
    for name in ("do_commit", "do_rollback", "do_ping"):
        setattr(dialect, name, _guarded(getattr(dialect, name), seconds, by_conn))
