"""Which catalogue files this process has SQLite connections on.

SQLite locks a file with POSIX locks, and closing *any* descriptor of that file in a process
drops all of the process's locks on it. A plain ``open()``/``close()`` of an open catalogue
(a header check) therefore let another program believe it was the file's last user: it
deleted the -wal file this process was still writing to, so this process's later changes
were seen by no one else and lost when it closed. Raw reads of a catalogue are skipped
while this process has it open: SQLite already reads it, so its header was good.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path
from typing import Any

FileKey = tuple[int, int]

_open: Counter[FileKey] = Counter()
_guard = threading.Lock()


def file_key(path: str | os.PathLike[str]) -> FileKey | None:
    """The file's device and inode (one file under any of its names), None if absent."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def opened(path: str | os.PathLike[str]) -> FileKey | None:
    """Count one more SQLite connection on ``path``; returns the key to pass to closed()."""
    key = file_key(path)
    if key is not None:
        with _guard:
            _open[key] += 1
    return key


def closed(key: FileKey | None) -> None:
    """One connection counted by :func:`opened` was closed."""
    if key is None:
        return
    with _guard:
        _open[key] -= 1
        if _open[key] <= 0:
            del _open[key]


def in_use(path: str | os.PathLike[str]) -> bool:
    """Whether this process has SQLite connections on the file at ``path``."""
    key = file_key(path)
    with _guard:
        return key is not None and key in _open


def read_head(path: Path, size: int) -> bytes | None:
    """The file's first ``size`` bytes, or None when this process has it open (reading it
    with a descriptor of our own would drop SQLite's locks when that descriptor closes)."""
    if in_use(path):
        return None
    with path.open("rb") as fh:
        return fh.read(size)


def track_engine(engine: Any, path: str) -> None:
    """Count the connections a SQLAlchemy engine opens and closes on the file ``path``."""
    from sqlalchemy import event

    def connect(_dbapi: Any, record: Any) -> None:
        record.info["file_key"] = opened(path)

    def close(_dbapi: Any, record: Any) -> None:
        closed(record.info.pop("file_key", None))

    event.listen(engine, "connect", connect)
    # a connection detached from its record and closed later stays counted: its file is
    # then only spared the raw header read, which is harmless
    event.listen(engine, "close", close)
