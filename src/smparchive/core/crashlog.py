"""What a crash the log cannot hold leaves behind, and finding it on the next start.

A fatal signal (a segmentation fault in Qt, libvlc or a native decoder, an abort) kills the
process before Python's logging runs: the app just vanished, and nothing said what it was
doing. While it runs, the app keeps a file ``running-PID.crash`` in the log folder, opened for
:mod:`faulthandler`, which writes every thread's stack into it when such a signal arrives. A
clean exit removes it. On the next start, :meth:`CrashGuard.collect` finds the files of
processes that are gone: one holding a dump is kept as ``crash-YYYYmmdd-HHMMSS-PID.log``
(the last :data:`KEEP`) and reported; one without (the process was killed, or the computer
lost power) is removed. Several instances each have their own file: on POSIX an instance holds
an advisory lock on it, on Windows an open file cannot be renamed, so a running instance's
file is never taken for a dead one's.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

KEEP = 5  # crash files kept; older ones are removed
DUMP_MARK = "Fatal Python error"  # how faulthandler starts a dump
_RUNNING = re.compile(r"^running-(\d+)\.crash$")


@dataclass(frozen=True)
class CrashRecord:
    """A previous run that died of a fatal signal: the file holding its stacks, and when."""

    path: Path
    when: datetime
    pid: int


class CrashGuard:
    """This process's crash file in ``folder`` (armed until :meth:`disarm`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pid = os.getpid()
        self.path = folder / f"running-{self.pid}.crash"
        self._file: IO[str] | None = None

    def collect(self) -> list[CrashRecord]:
        """The crashes of earlier runs not reported yet, oldest first; their files are kept
        under a lasting name, the files of runs that ended without a dump removed."""
        found: list[CrashRecord] = []
        try:
            matches = [(p, _RUNNING.match(p.name)) for p in self.folder.iterdir()]
        except OSError:
            return []
        for running, pid in sorted((p, int(m.group(1))) for p, m in matches if m):
            if pid == self.pid or _alive(running):
                continue
            record = _keep(running, pid)
            if record is not None:
                found.append(record)
        _prune(self.folder)
        return sorted(found, key=lambda r: r.when)

    def arm(self, header: str = "") -> bool:
        """Open this process's crash file for :mod:`faulthandler`; False when the folder
        cannot hold it (the app runs on, without a crash record)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fh = self.path.open("w", encoding="utf-8")
        except OSError:
            return False
        _hold(fh)
        if header:
            fh.write(header.rstrip("\n") + "\n")
            fh.flush()
        faulthandler.enable(file=fh, all_threads=True)
        self._file = fh
        return True

    def disarm(self) -> None:
        """A clean exit: stop recording and remove the file."""
        if self._file is None:
            return
        faulthandler.disable()
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._file = None


def _hold(fh: IO[str]) -> None:
    """Lock the open file so other instances see its process alive (POSIX; on Windows the
    open file itself cannot be renamed, which :func:`_alive` relies on)."""
    try:
        import fcntl
    except ImportError:
        return
    with contextlib.suppress(OSError):
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _alive(running: Path) -> bool:
    """Whether the process that made ``running`` still holds it."""
    try:
        import fcntl
    except ImportError:
        return False  # Windows: the rename in _keep fails while its process has it open
    try:
        fd = os.open(running, os.O_RDONLY)
    except OSError:
        return True  # gone meanwhile, or not ours to read: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops the lock just taken
    return False


def _keep(running: Path, pid: int) -> CrashRecord | None:
    """Keep a dead run's file if it holds a dump (renamed), else remove it."""
    try:
        # aware: the app says it on this computer's clock with its zone, as any time of the
        # user's own work (a bare '15:02' read as a capture time beside the event's)
        when = datetime.fromtimestamp(running.stat().st_mtime, UTC)
        text = running.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if DUMP_MARK not in text:
        with contextlib.suppress(OSError):
            running.unlink()
        return None
    kept = running.with_name(f"crash-{when.astimezone():%Y%m%d-%H%M%S}-{pid}.log")
    try:
        running.rename(kept)
    except OSError:
        return None  # still open by its process (Windows), or the folder is read-only
    return CrashRecord(kept, when, pid)


def _prune(folder: Path) -> None:
    kept = sorted(folder.glob("crash-*.log"), key=lambda p: p.name)
    for old in kept[:-KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()
