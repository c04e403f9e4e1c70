"""Stopping a read nobody waits for any more (the user typed on before the count came back).

Inside ``interruptible(token)`` the reads of the calling thread stop when ``token`` is
cancelled, from any thread: the statement running at that moment is interrupted (SQLite:
``sqlite3_interrupt``, which also ends a fetch in progress, and a progress handler that
asks the token; PostgreSQL: the server is asked to cancel it), a statement not yet
started is never started, and the block raises
:class:`~smparchive.core.progress.Cancelled`. A superseded count of a million matches
thus gives its core back within milliseconds instead of seconds, and the thread it ran on
is free for the newest search.

Only the connection this thread holds is ever interrupted: it is known from the first
statement the thread runs in the block until the pool takes it back (a connection in the
pool, or lent to another thread, is never touched). Writes are never made interruptible.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from smparchive.core.progress import Cancelled, CancelToken

if TYPE_CHECKING:  # the light reader (reader.py) uses this module without SQLAlchemy
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

_local = threading.local()


# SQLite: the interrupt is lost when it lands just before a statement starts (a step that
# starts with no statement running clears it), so the connection also asks the token
# every PROGRESS_OPS virtual-machine steps (a few milliseconds of work; a Python call each
# time, so not much more often) while it serves an interruptible block.
PROGRESS_OPS = 1_000_000


class _Reads:
    """One thread's interruptible block: its token and the connection it holds now."""

    def __init__(self, token: CancelToken) -> None:
        self.token = token
        self.lock = threading.Lock()
        self.conn: Any = None  # the DBAPI connection in use, until the pool takes it back
        self.watched: sqlite3.Connection | None = None  # has our progress handler

    def interrupt(self) -> None:
        with self.lock:
            conn = self.conn
            if conn is not None:
                _interrupt(conn)

    def stop_at_cancel(self) -> int:
        """SQLite's progress handler: non-zero ends the statement ("interrupted")."""
        return 1 if self.token.cancelled else 0

    def release(self) -> None:
        """The connection goes back to the pool (called in this thread)."""
        with self.lock:
            self.conn = None
        if self.watched is not None:
            try:
                self.watched.set_progress_handler(None, 0)
            except sqlite3.Error:
                pass
            self.watched = None


class _Cancel:
    """A cancel request sent for a server connection: done once the server has it."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.delivered = False


# A server cancel names a connection, not a statement: one still on its way (a slow or
# frozen network holds it) would stop whatever that connection runs when it arrives, the
# next read it was lent to. Such a connection is not lent until the cancel has arrived.
_cancels: weakref.WeakKeyDictionary[Any, _Cancel] = weakref.WeakKeyDictionary()
_cancels_lock = threading.Lock()
# how long a read about to be lent the connection waits for its cancel to arrive (a round
# trip on a working network) before it takes a new connection instead
CANCEL_ARRIVES_S = 0.25


def _interrupt(conn: Any) -> None:
    if isinstance(conn, sqlite3.Connection):
        try:
            conn.interrupt()  # thread-safe; ends the running step at its next opcode
        except sqlite3.Error:  # closed meanwhile
            pass
        return
    cancel = getattr(conn, "cancel_safe", None) or getattr(conn, "cancel", None)
    if cancel is None:
        return
    sent = _Cancel()
    with _cancels_lock:
        _cancels[conn] = sent

    def send() -> None:  # a cancel request is a round trip to the server: not on this thread
        try:
            cancel()
            sent.delivered = True
        except Exception as exc:  # the statement may have ended meanwhile
            log.debug("cancelling a server statement: %s", exc)
        finally:
            sent.done.set()

    threading.Thread(target=send, name="smparchive-cancel", daemon=True).start()


def _checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
    """The pool lends a connection: never one a cancel may still reach (see ``_cancels``);
    the pool then closes it and lends another."""
    with _cancels_lock:
        sent = _cancels.get(dbapi_conn)
    if sent is None:
        return
    arrived = sent.done.wait(CANCEL_ARRIVES_S) and sent.delivered
    with _cancels_lock:
        _cancels.pop(dbapi_conn, None)
    if not arrived:
        from sqlalchemy.exc import DisconnectionError

        raise DisconnectionError("a cancel request sent for this connection has not arrived")


@contextmanager
def interruptible(token: CancelToken) -> Iterator[None]:
    """Reads of this thread inside the block stop when ``token`` is cancelled (see the
    module's text); raises ``Cancelled`` then, whatever error the interrupted read gave."""
    outer = getattr(_local, "reads", None)
    reads = _Reads(token)
    _local.reads = reads
    forget = token.on_cancel(reads.interrupt)
    try:
        token.raise_if_cancelled()
        yield
    except Exception as exc:
        if token.cancelled and not isinstance(exc, Cancelled):
            raise Cancelled() from exc
        raise
    finally:
        forget()
        reads.release()
        _local.reads = outer


def _before_execute(
    _conn: Any, cursor: Any, _statement: Any, _params: Any, _context: Any, _many: bool
) -> None:
    watch(getattr(cursor, "connection", None))


def watch(dbapi: Any) -> None:
    """The calling thread is about to run a statement on ``dbapi`` (a DBAPI connection):
    inside an interruptible block, note it (a cancel interrupts it) or stop at once when
    the token is cancelled already. The engine's statements come here through an event,
    the light reader's (``reader.py``) directly."""
    reads: _Reads | None = getattr(_local, "reads", None)
    if reads is None:
        return
    reads.token.raise_if_cancelled()  # cancelled between two statements: no next one
    with reads.lock:
        reads.conn = dbapi
    if isinstance(dbapi, sqlite3.Connection) and reads.watched is not dbapi:
        dbapi.set_progress_handler(reads.stop_at_cancel, PROGRESS_OPS)
        reads.watched = dbapi
    reads.token.raise_if_cancelled()  # cancelled while the connection was being noted


def _checkin(dbapi_conn: Any, _record: Any) -> None:
    reads: _Reads | None = getattr(_local, "reads", None)
    if reads is not None and reads.conn is dbapi_conn:
        reads.release()


def install(engine: Engine) -> None:
    """Let ``interruptible`` blocks interrupt this engine's reads."""
    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", _before_execute)
    event.listen(engine, "checkin", _checkin)
    if engine.dialect.name != "sqlite":  # (an interrupt there is for its statement only)
        event.listen(engine, "checkout", _checkout)


def current_token() -> CancelToken | None:
    """The token of this thread's interruptible block, if it is in one: a read it hands to
    another thread stops with it (that thread enters ``interruptible`` with it)."""
    reads: _Reads | None = getattr(_local, "reads", None)
    return None if reads is None else reads.token
