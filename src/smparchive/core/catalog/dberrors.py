"""Database errors in plain words, and taking turns with other writers (bounded retry).

Several people (or processes) write to one team catalogue at once. Conflicts the database
resolves by aborting one transaction (a deadlock, a serialization failure, a lock wait that
timed out, a row another writer inserted first, SQLite's "database is locked") are not
errors for the user: the unit of work is run again, a few times, with a growing random pause.
Everything else becomes one sentence naming the cause.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError

from smparchive.core.catalog.errors import SERVER_AWAY as SERVER_AWAY  # re-exported
from smparchive.core.catalog.errors import server_away as server_away  # re-exported
from smparchive.core.messages import identify, problem

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_ATTEMPTS = 8
RETRY_FIRST_PAUSE_S = 0.02
RETRY_MAX_PAUSE_S = 1.0

# PostgreSQL SQLSTATEs that mean "another transaction got there first: run it again".
_PG_RETRY = {
    "40001",  # serialization_failure
    "40P01",  # deadlock_detected
    "55P03",  # lock_not_available (lock_timeout)
    "23505",  # unique_violation: a row another writer inserted between our read and write
}


def sqlstate(exc: BaseException) -> str | None:
    """The PostgreSQL SQLSTATE of a driver error (None for other engines)."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(state) if state else None


def is_transient(exc: BaseException) -> bool:
    """True when running the same transaction again is expected to succeed."""
    if not isinstance(exc, DBAPIError):
        return False
    state = sqlstate(exc)
    if state is not None:
        return state in _PG_RETRY
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if isinstance(exc, IntegrityError):
        return "unique constraint failed" in text
    return "database is locked" in text or "database table is locked" in text or "busy" in text


class BusyError(Exception):
    """Raised when a unit of work still conflicted after every attempt."""


def with_retry(work: Callable[[], T], *, attempts: int = RETRY_ATTEMPTS, what: str = "change") -> T:
    """Run ``work`` (one whole transaction) until it no longer conflicts, at most
    ``attempts`` times; raises :class:`BusyError` with one sentence when it never succeeds."""
    pause = RETRY_FIRST_PAUSE_S
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except DBAPIError as exc:
            if not is_transient(exc):
                raise
            if attempt == attempts:
                log.warning("giving up after %d attempts: %s", attempts, exc.orig)
                said = (
                    f"The catalogue stayed busy with other people's changes ({attempts} "
                    f"attempts); this {what} was not saved, try it again."
                )
                if what == "change":
                    said = problem("db.stayed_busy", n=attempts)
                raise BusyError(said) from exc
            log.info("write conflict (attempt %d of %d), retrying: %s", attempt, attempts, exc.orig)
            time.sleep(pause * (0.5 + random.random()))
            pause = min(pause * 2, RETRY_MAX_PAUSE_S)
    raise AssertionError("unreachable")  # pragma: no cover


DEFAULT_WHERE = "the catalogue database"


def describe(
    exc: BaseException, where: str = DEFAULT_WHERE, *, at: tuple[str, str] | None = None
) -> str:
    """One sentence naming the cause of a database error (never the password); about the
    catalogue database (``where`` left as it is), a coded one (core/messages.py ``db.*``)
    that the app says in its language, followed, for the catalogue at a server, by the
    database and server ``at`` names (values, so that the French app still knows it)."""
    said = _describe(exc, where)
    found = identify(said) if where == DEFAULT_WHERE else None
    if not found or not found[0].startswith("db."):
        return said
    coded = problem(found[0], **found[1])
    if at is None or DEFAULT_WHERE not in said.lower():  # a sentence that names no database
        return coded
    return problem("db.at", why=coded, database=at[0], server=at[1])


def _describe(exc: BaseException, where: str) -> str:
    orig = getattr(exc, "orig", None) or exc
    raw = str(orig).strip()
    text = raw.lower()
    state = sqlstate(exc)
    first = raw.splitlines()[0] if raw else type(orig).__name__
    if "password authentication failed" in text or state == "28P01":
        return (
            f"Cannot connect to {where}: the password was refused "
            "(check the user name and ~/.pgpass)."
        )
    if "no password supplied" in text:
        return (
            f"Cannot connect to {where}: the server wants a password; put it in ~/.pgpass "
            "(or PGPASSFILE) rather than in the URL."
        )
    if state == "28000" or ("role" in text and "does not exist" in text):
        return f"Cannot connect to {where}: the server does not know this user (role)."
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return (
            f"Cannot connect to {where}: that database does not exist on the server "
            "(create it with createdb)."
        )
    if state == "42501" or "permission denied" in text:
        return f"Access denied by {where}: this user lacks the privileges needed ({first})."
    if state == "3F000" or "no schema has been selected" in text:
        # The role cannot use the catalogue's schema, so its tables look absent.
        return (
            f"Access denied by {where}: this user lacks the privileges needed (no usable "
            "schema; the catalogue's owner can GRANT USAGE and the table rights)."
        )
    if "stopped answering in the middle of the command" in text:
        return (
            f"{where[0].upper()}{where[1:]} stopped answering in the middle of the command "
            "(a frozen server, host or network); the command was stopped and nothing of it "
            "was saved (SMPARCHIVE_STATEMENT_TIMEOUT sets how long to wait)."
        )
    if "timeout expired" in text or "timed out" in text:
        return (
            f"Cannot reach {where}: the server did not answer in time (a frozen server or "
            "host, or a firewall); the timeout is set with SMPARCHIVE_CONNECT_TIMEOUT."
        )
    if state == "57014" or "statement timeout" in text or "canceling statement" in text:
        return (
            f"{where[0].upper()}{where[1:]} took too long to answer and the command was "
            "stopped (SMPARCHIVE_STATEMENT_TIMEOUT sets the limit)."
        )
    if "could not translate host name" in text or "name or service not known" in text:
        return f"Cannot connect to {where}: the server's host name is unknown."
    if (
        "connection refused" in text
        or "no route to host" in text
        or "is the server running" in text
    ):
        return f"Cannot connect to {where}: no server answers at that address (is it running?)."
    if (
        state in {"57P01", "57P02", "57P03"}
        or "server closed the connection" in text
        or "terminating connection" in text
        or "connection is closed" in text
        or "connection already closed" in text
        or "the database system is shutting down" in text
        or "consuming input failed" in text
    ):
        return (
            f"The connection to {where} was lost during the command (the server stopped or "
            "restarted); nothing of it was saved unless reported, try again."
        )
    if "locked" in text or "busy" in text:
        return "The catalogue is busy or locked by another program; try again in a moment."
    if "readonly" in text or "read-only" in text:
        return "The catalogue is read-only; smparchive needs write access to change it."
    if "disk i/o" in text or "full" in text:
        return f"The catalogue could not be written ({first}); check the disk."
    return f"Catalogue error: {first}"
