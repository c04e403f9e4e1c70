"""A client-side limit for server commands: a server that stops answering mid-command.

``statement_timeout`` is enforced by the server, so it cannot stop a command when the
server itself is frozen (a stopped process, a host that hangs, a proxy or VPN that stops
forwarding): the operating system still acknowledges the TCP packets, keepalives pass,
and libpq waits forever. The guard arms a deadline (the statement timeout plus a grace
that lets the server's own timeout report first) around every statement, commit, rollback
and pool liveness ping of a server engine; when it passes, the connection's socket is
shut down, the waiting call fails at once, and the error says the server stopped answering.

That deadline is long, since a command may rightly wait on a teammate's row lock. Whether
the server answers at all is another question, asked by a liveness check (the live feed's
heartbeat, :func:`check_alive`) under a short deadline: when it gets no answer, the server
is frozen, the commands waiting on it are cut at once (:func:`stalled`), and until it
answers again its commands and new connections get the short deadline too.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)
T = TypeVar("T")

GRACE_S = 2.0
# The words dberrors.describe recognises in the error a cut connection raises.
STALLED = "the server stopped answering in the middle of the command"


class _Guard:
    """One thread keeping the deadlines of every guarded connection of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._heap: list[tuple[float, int, int]] = []  # (deadline, token, fd)
        # token -> (fd, group: the engine's dialect), while armed
        self._live: dict[int, tuple[int, object]] = {}
        self._fired: set[int] = set()
        self._tokens = itertools.count(1)
        self._thread: threading.Thread | None = None
        # group -> seconds: its server was found frozen, and has not answered since
        self.frozen: dict[object, float] = {}

    def arm(self, fd: int, seconds: float, group: object) -> int:
        with self._lock:
            token = next(self._tokens)
            self._live[token] = (fd, group)
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

    def fire(self, group: object) -> int:
        """Cut every connection of ``group`` armed now, without waiting for its deadline;
        how many were cut."""
        with self._lock:
            tokens = [t for t, (_fd, g) in self._live.items() if g is group]
            fds = [self._live.pop(t)[0] for t in tokens]
            self._fired.update(tokens)
        for fd in fds:
            _cut(fd)
        return len(fds)

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
                if self._live.pop(token, None) is None:
                    continue  # fired early already
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
_THREAD = threading.local()  # .seconds: this thread's deadline (see within)


@contextmanager
def within(seconds: float | None) -> Iterator[None]:
    """This thread's commands (and connections) inside the block get ``seconds`` instead of
    the statement timeout: a question that must be answered quickly or not at all (None:
    no change)."""
    before = getattr(_THREAD, "seconds", None)
    _THREAD.seconds = seconds if seconds is not None else before
    try:
        yield
    finally:
        _THREAD.seconds = before


def _deadline(seconds: float, group: object) -> float:
    """The deadline of a command: the statement's, or shorter while the thread asks for it
    or while the server is known frozen."""
    asked = getattr(_THREAD, "seconds", None)
    frozen = _GUARD.frozen.get(group)
    return min(s for s in (seconds, asked, frozen) if s is not None)


def stalled(engine: Engine, seconds: float) -> int:
    """``engine``'s server did not answer a liveness check: cut the commands waiting on it
    now (they fail at once, saying it stopped answering); until :func:`answered`, its next
    commands get ``seconds`` and its new connections libpq's least. How many were cut."""
    group = engine.dialect
    _GUARD.frozen[group] = seconds
    cut = _GUARD.fire(group)
    if cut:
        log.warning("the catalogue server does not answer; waiting commands stopped: %d", cut)
    return cut


def answered(engine: Engine) -> None:
    """``engine``'s server answered: commands get their usual deadline again."""
    _GUARD.frozen.pop(engine.dialect, None)


def check_alive(engine: Engine, dbapi_conn: Any, seconds: float, call: Callable[[], T]) -> T:
    """Run ``call`` (something trivial on ``dbapi_conn``, a connection of ``engine``'s
    server) within ``seconds``. No answer by then: the server is frozen (:func:`stalled`)
    and the error says it stopped answering; an answer: it is alive (:func:`answered`),
    and commands waiting on it, a lock wait say, keep their own deadline."""
    fd = _fileno(dbapi_conn)
    if fd is None:
        return call()
    try:
        out = _run_guarded(fd, seconds, engine.dialect, call)
    except Exception as exc:
        if STALLED in str(exc):
            stalled(engine, seconds)
        raise
    answered(engine)
    return out


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


def _run_guarded(fd: int, seconds: float, group: object, call: Callable[[], T]) -> T:
    start = time.monotonic()
    token = _GUARD.arm(fd, _deadline(seconds, group), group)
    try:
        out = call()
    except Exception as exc:
        if _GUARD.disarm(token):
            raise _stalled_error(exc, time.monotonic() - start) from exc
        raise
    if _GUARD.disarm(token):  # answered just as the deadline passed: cut anyway
        raise _stalled_error(None, time.monotonic() - start)
    return out


def _guarded(
    call: Callable[..., Any], seconds: float, conn_of: Callable[..., Any], group: object
) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        fd = _fileno(conn_of(*args))
        if fd is None:
            return call(*args, **kwargs)
        return _run_guarded(fd, seconds, group, lambda: call(*args, **kwargs))

    return run


def _stalled_error(exc: BaseException | None, seconds: float) -> Exception:
    import psycopg

    err = psycopg.OperationalError(f"{STALLED} (no answer for {seconds:.0f} s)")
    err.__cause__ = exc
    return err


def install(engine: Engine, statement_s: float | None) -> None:
    """Guard every statement, commit and rollback of a server engine."""
    event.listen(engine, "do_connect", _connecting)
    if statement_s is None:
        return
    seconds = statement_s + GRACE_S
    dialect: Any = engine.dialect
    by_cursor = lambda cursor, *_: cursor.connection  # noqa: E731
    by_conn = lambda conn, *_: conn  # noqa: E731
    for name in ("do_execute", "do_executemany", "do_execute_no_params"):
        setattr(dialect, name, _guarded(getattr(dialect, name), seconds, by_cursor, dialect))
    for name in ("do_commit", "do_rollback", "do_ping"):
        setattr(dialect, name, _guarded(getattr(dialect, name), seconds, by_conn, dialect))


def _connecting(dialect: Any, _rec: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
    """A new connection within this thread's deadline; to a server just found frozen, within
    libpq's least (2 s): its connect timeout (10 s) kept an edit cut there waiting as long."""
    asked = getattr(_THREAD, "seconds", None)
    frozen = 2.0 if dialect in _GUARD.frozen else None
    short = min((s for s in (asked, frozen) if s is not None), default=None)
    if short is None:
        return
    try:
        current = float(cparams.get("connect_timeout") or 0) or float("inf")
    except ValueError:
        current = float("inf")
    cparams["connect_timeout"] = max(2, min(current, math.ceil(short)))  # libpq's least: 2
