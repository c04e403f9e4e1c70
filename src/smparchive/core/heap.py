"""Garbage-collector passes that skip the objects a long job starts with.

Python's full (oldest-generation) collection walks every tracked object. After the imports
of a catalogue process that is ~100,000 objects, ~45 ms a pass on this machine, and a scan
makes enough new objects to trigger one: a third of the time a small folder takes to become
searchable (issue 19). While :func:`long_lived_frozen` is entered, the objects alive at entry
sit in the permanent generation (``gc.freeze``), so the passes in between walk only what the
job made; on leaving they go back (``gc.unfreeze``), so nothing that dies later is kept.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_entered = 0  # jobs inside, across threads: the freeze is process-wide


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Within: full collections skip every object that was alive when the first job entered."""
    global _entered
    with _lock:
        if _entered == 0:
            gc.freeze()
        _entered += 1
    try:
        yield
    finally:
        with _lock:
            _entered -= 1
            if _entered == 0:
                gc.unfreeze()
