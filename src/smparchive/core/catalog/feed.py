"""Live views: which items other people (or processes) just changed.

PostgreSQL: every change sends ``NOTIFY smparchive_changes`` with its audit id, author and
item ids (delivered at commit); a feed LISTENs on its own connection. SQLite: a feed polls
``PRAGMA data_version`` on its own connection (it changes when any other connection
commits, a CLI command included) and then reads the audit log past what it has seen;
SQLite writers take turns, so audit ids commit in order there.

A LISTEN connection to a frozen server (a stopped process, a hung host, a VPN gone quiet)
just receives nothing: on PostgreSQL :meth:`ChangeFeed.heartbeat` asks the server something
trivial under a short deadline, so a window learns within seconds that it does not answer.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog import stallguard
from smparchive.core.catalog.audit import CHANGED, run_items, summary_of
from smparchive.core.catalog.dberrors import describe
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import AuditEntry, AuditItem
from smparchive.core.catalog.undo import ChangeSummary

log = logging.getLogger(__name__)

CHANNEL = "smparchive_changes"
_PAYLOAD_IDS = 800  # NOTIFY payloads must stay under 8000 bytes; more ids are read back
POLL_S = 0.25


@dataclass(frozen=True)
class FeedChange:
    """One committed change: its audit entry, author and the items it touched;
    ``changes``: all it touched (days, sessions, tags, collections ... as well)."""

    audit_id: int
    user: str
    items: frozenset[int]
    changes: ChangeSummary = field(default_factory=ChangeSummary)


def notify(
    s: OrmSession,
    audit_id: int,
    user: str,
    items: list[int],
    others: Mapping[str, list[int]] | None = None,
) -> None:
    """Announce a change to PostgreSQL listeners (sent when the transaction commits)."""
    payload: dict[str, Any] = {
        "a": audit_id,
        "u": user,
        "i": items if len(items) <= _PAYLOAD_IDS else None,
    }
    if others:
        small = sum(len(v) for v in others.values()) <= _PAYLOAD_IDS
        payload["c"] = dict(others) if small else None
    s.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": json.dumps(payload)})


class ChangeFeed:
    """Changes committed after the feed was opened, by anyone; ``wait`` returns them.

    ``since``: an audit id a previous feed had reached (see :attr:`last`): the changes
    committed after it come first, so a feed reopened after the server or the network
    dropped misses nothing teammates did meanwhile. ``answer_s``: how long the server gets
    to answer the feed's opening and :meth:`heartbeat` (None: no heartbeat). A server
    error is raised as a :class:`CatalogError` with one sentence."""

    def __init__(
        self,
        engine: Engine,
        sqlite_path: str | None,
        since: int | None = None,
        arrived: Callable[[list[FeedChange]], None] | None = None,
        answer_s: float | None = None,
    ) -> None:
        self._engine = engine
        self._answer_s = answer_s
        self._arrived = arrived  # told of every change returned (the catalogue's caches)
        self._pg: Any = None
        self._sqlite: sqlite3.Connection | None = None
        self._version: int | None = None
        self._pending: list[FeedChange] = []
        catch_up = since is not None
        with _said():
            with stallguard.within(answer_s):  # a frozen server: said within answer_s
                if since is None:
                    with engine.connect() as conn:
                        since = int(
                            conn.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0
                        )
                if engine.dialect.name == "postgresql":
                    raw = engine.raw_connection()
                    self._pg = raw.driver_connection
                    raw.detach()  # its LISTEN must not go back to the pool
                    try:
                        self._pg.rollback()
                        self._pg.autocommit = True
                        self._pg.execute(f"LISTEN {CHANNEL}")
                    except Exception:
                        self.close()  # no socket left open to a server that did not answer
                        raise
                    stallguard.answered(engine)
            self._last = since
            if self._pg is None:
                assert sqlite_path is not None
                self._sqlite = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
                self._version = self._data_version()
            if catch_up:  # listening first, then reading what came before: no gap between
                self._pending = self._read_since()

    @property
    def last(self) -> int:
        """The newest audit id this feed has returned (or started after)."""
        return self._last

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> list[FeedChange]:
        """Changes committed since the last call, waiting up to ``timeout`` seconds for one."""
        with _said():
            found = self._wait(timeout)
        if found and self._arrived is not None:
            self._arrived(found)
        return found

    def heartbeat(self) -> None:
        """Ask the server something trivial on the feed's own connection, within
        ``answer_s``. No answer: the server is frozen; the commands waiting on it now are
        stopped at once instead of at their own deadline (the statement timeout: minutes),
        and a :class:`CatalogError` says it stopped answering. An answer while a command
        waits (on a teammate's row lock, say) leaves that command alone. Nothing to ask
        on SQLite."""
        if self._pg is None or self._answer_s is None:
            return
        pg = self._pg
        with _said():
            stallguard.check_alive(self._engine, pg, self._answer_s, lambda: pg.execute("SELECT 1"))

    def _wait(self, timeout: float) -> list[FeedChange]:
        if self._pending:
            found, self._pending = self._pending, []
            return found
        if self._pg is not None:
            return self._wait_pg(timeout)
        deadline = time.monotonic() + timeout
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                found = self._read_since()
                if found:
                    return found
            if time.monotonic() >= deadline:
                return []
            time.sleep(min(POLL_S, max(0.0, deadline - time.monotonic())))

    def _wait_pg(self, timeout: float) -> list[FeedChange]:
        out: list[FeedChange] = []
        for note in self._pg.notifies(timeout=timeout, stop_after=1):
            out.append(self._parse(note.payload))
        # Whatever else arrived meanwhile, without waiting again.
        for note in self._pg.notifies(timeout=0.01):
            out.append(self._parse(note.payload))
        return out

    def _parse(self, payload: str) -> FeedChange:
        data = json.loads(payload)
        items = data.get("i")
        others = data.get("c", {})
        if items is None or others is None:  # too many ids for a payload: read them back
            with self._engine.connect() as conn:
                details = conn.scalar(select(AuditEntry.details).where(AuditEntry.id == data["a"]))
                if items is None:
                    items = list(
                        conn.scalars(
                            select(AuditItem.item_id).where(AuditItem.audit_id == data["a"])
                        )
                    )
                    items += run_items(details)  # a sync entry's (audit.ID_RUNS)
                if others is None:
                    others = (details or {}).get(CHANGED)
        self._last = max(self._last, int(data["a"]))
        changes = summary_of(items, others)
        return FeedChange(int(data["a"]), str(data["u"]), changes.items, changes)

    def _read_since(self) -> list[FeedChange]:
        with self._engine.connect() as conn:
            entries = conn.execute(
                select(AuditEntry.id, AuditEntry.user_name, AuditEntry.details)
                .where(AuditEntry.id > self._last)
                .order_by(AuditEntry.id)
            ).all()
            if not entries:
                return []
            items: dict[int, set[int]] = {}
            for audit_id, item_id in conn.execute(
                select(AuditItem.audit_id, AuditItem.item_id).where(AuditItem.audit_id > self._last)
            ):
                items.setdefault(audit_id, set()).add(item_id)
        self._last = int(entries[-1].id)
        out = []
        for e in entries:
            # a sync entry's items are in its details (audit.ID_RUNS), older ones in rows
            touched = [*items.get(e.id, ()), *run_items(e.details)]
            changes = summary_of(touched, (e.details or {}).get(CHANGED))
            out.append(FeedChange(int(e.id), e.user_name, changes.items, changes))
        return out

    def close(self) -> None:
        """Stop listening."""
        if self._pg is not None:
            self._pg.close()
            self._pg = None
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None


@contextmanager
def _said() -> Iterator[None]:
    """A server's error as one sentence (its code tells a server that does not answer)."""
    try:
        yield
    except DBAPIError as exc:
        raise CatalogError(describe(exc)) from exc
    except Exception as exc:
        if type(exc).__module__.partition(".")[0] != "psycopg":  # the LISTEN connection's
            raise
        raise CatalogError(describe(exc)) from exc
