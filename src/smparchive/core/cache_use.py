"""Contents whose cached files an open viewer or a running export is using right now.

A cache trim spares every file of a content held here (a deck viewer reads its rendition
from disk page by page; an export reads the renditions it planned with). In-process only:
a trim by another process (``smparchive cache trim``) cannot see these holds, and relies on
reads marking files as just used instead.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_held: Counter[str] = Counter()


def hold(key: str) -> None:
    """Mark content ``key`` (a SHA-256) as in use until :func:`release` (holds nest)."""
    with _lock:
        _held[key] += 1


def release(key: str) -> None:
    with _lock:
        if _held[key] <= 1:
            del _held[key]
        else:
            _held[key] -= 1


def in_use(key: str) -> bool:
    """Whether some open viewer or running export holds content ``key``."""
    with _lock:
        return _held.get(key, 0) > 0


@contextmanager
def holding(keys: Iterable[str | None]) -> Iterator[None]:
    """Hold each of ``keys`` (None skipped) for the ``with`` block."""
    held = [k for k in set(keys) if k]
    for key in held:
        hold(key)
    try:
        yield
    finally:
        for key in held:
            release(key)
