"""One scan of a catalogue at a time, across processes and computers.

Two scans of one catalogue (the app and a terminal, or a scheduled job) used to race: both
saw a new file as new and one crashed on the catalogue's uniqueness rule. A scan now holds a
catalogue-wide lock: on SQLite an ``flock`` on a small file beside the catalogue (released by
the kernel when the process dies, even by ``kill -9``); on PostgreSQL a session advisory lock
(released when the connection drops). The lock is re-entrant within one thread, so a command
may take it around scan + thumbnails and ``scan`` itself takes it again.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from smparchive.core import lazylog
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.domain.timefmt import action_values
from smparchive.core.messages import problem
from smparchive.core.progress import CancelToken

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

PG_LOCK_KEY = 0x534D5053_43414E  # "SMPSCAN": one key per database (one database = one catalogue)
LOCK_SUFFIX = ".scan-lock"


class ScanBusy(CatalogError):
    """Another scan of the same catalogue is running."""


@dataclass(slots=True)
class _Held:
    thread: int
    count: int
    release: Callable[[], None]


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def lock_path(catalog: Catalog) -> str | None:
    """The lock file of a SQLite catalogue (None for a server catalogue)."""
    loc = str(catalog.location)
    return None if "://" in loc else loc + LOCK_SUFFIX


@contextmanager
def scan_lock(
    catalog: Catalog,
    *,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
    cancel: CancelToken | None = None,
    poll_s: float = 0.5,
) -> Iterator[None]:
    """Hold the catalogue's scan lock; raise :class:`ScanBusy` when another scan has it.

    ``wait``: wait for it instead (``on_wait`` gets one sentence once; ``cancel`` stops
    the wait with ScanBusy).
    """
    key = lock_path(catalog) or f"pg:{catalog.location}"
    me = threading.get_ident()
    with _guard:
        held = _held.get(key)
        if held is not None and held.thread == me:
            held.count += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                _held[key].count -= 1
        return
    release = _acquire(catalog, key, wait, on_wait, cancel, poll_s)
    try:
        yield
    finally:
        with _guard:
            _held.pop(key, None)
        release()


def _acquire(
    catalog: Catalog,
    key: str,
    wait: bool,
    on_wait: Callable[[str], None] | None,
    cancel: CancelToken | None,
    poll_s: float,
) -> Callable[[], None]:
    told = False
    while True:
        release, holder = _try(catalog, key)
        if release is not None:
            return release
        if not wait:
            raise ScanBusy(_busy_message(holder, "try_again"))
        if not told and on_wait is not None:
            on_wait(_busy_message(holder, "waiting"))
        told = True
        if cancel is not None and cancel.cancelled:
            raise ScanBusy(_busy_message(holder, "stopped"))
        time.sleep(poll_s)


def _try(catalog: Catalog, key: str) -> tuple[Callable[[], None] | None, str | None]:
    """(release, None) when taken now, else (None, who holds it)."""
    me = threading.get_ident()
    with _guard:
        if key in _held:  # another thread of this process is scanning
            return None, problem("scan.holder_here")
        path = lock_path(catalog)
        release = _try_file(path) if path else _try_pg(catalog)
        if isinstance(release, str) or release is None:
            return None, release
        _held[key] = _Held(me, 1, release)
        return release, None


def _try_file(path: str) -> Callable[[], None] | str | None:
    try:
        import fcntl
    except ImportError:  # Windows: no cross-process lock (the catalogue's own locking remains)
        return lambda: None
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a read-only folder: scanning may still work, unguarded
        lazylog.logger(__name__).warning("cannot create the scan lock %s: %s", path, exc)
        return lambda: None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        try:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
        except OSError:
            holder = ""
        os.close(fd)
        return holder_said(holder) if holder else None
    # the start in UTC: the file may be read on another computer, whose clock reads otherwise
    stamp = json.dumps(
        {"pid": os.getpid(), "host": _host(), "since": datetime.now(UTC).isoformat("T", "seconds")}
    )
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, stamp.encode(), 0)
    except OSError:
        pass

    def release() -> None:
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        os.close(fd)  # closing drops the flock

    return release


def _try_pg(catalog: Catalog) -> Callable[[], None] | None:
    from sqlalchemy import text

    conn = catalog.engine.connect()
    try:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar()
        conn.commit()
    except Exception:
        conn.close()
        raise
    if not got:
        conn.close()
        return None

    def release() -> None:
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
            conn.commit()
        except Exception:  # the connection dropped: the server released the lock already
            lazylog.logger(__name__).debug("scan lock release", exc_info=True)
        finally:
            conn.close()

    return release


def _host() -> str:
    """socket.gethostname(), without importing socket on POSIX (a quick rescan's start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


# what earlier versions wrote: the holder's own wall clock, its zone unknown
_OLD_STAMP = re.compile(r"^process (?P<pid>\d+) on (?P<host>.+), since \d{1,2}:\d{2}$")


def holder_said(stamp: str) -> str:
    """Who holds the lock, from its file's text: 'process 12 on ws-3, since 2026-12-07 15:02
    EST', the start on this computer's clock with its zone named (a coded sentence the app
    says in its own format). An earlier version's file ('since 15:02', the other computer's
    clock) names the process only; a text it cannot read is said as it is."""
    try:
        found = json.loads(stamp)
        since = datetime.fromisoformat(found["since"])
        pid, host = int(found["pid"]), str(found["host"])
    except (ValueError, TypeError, KeyError):
        old = _OLD_STAMP.match(stamp)
        if old is None:
            return stamp
        return problem("scan.holder_process", pid=old["pid"], host=old["host"])
    return problem("scan.holder", pid=pid, host=host, **action_values("since", since))


def _busy_message(holder: str | None, then: str) -> str:
    """'Another scan of this catalogue is running (holder). <then>' (a coded sentence)."""
    if holder:
        return problem(f"scan.busy_{then}_by", name=holder)
    return problem(f"scan.busy_{then}")
