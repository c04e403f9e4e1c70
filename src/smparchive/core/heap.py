"""Garbage-collector passes that skip the objects a long job, or the app, starts with.

Python's full (oldest-generation) collection walks every tracked object. After the imports
of a catalogue process that is ~100,000 objects, ~45 ms a pass on this machine, and a scan
makes enough new objects to trigger one: a third of the time a small folder takes to become
searchable (issue 19). While :func:`long_lived_frozen` is entered, the objects alive at entry
sit in the permanent generation (``gc.freeze``), so the passes in between walk only what the
job made; on leaving they go back (``gc.unfreeze``), so nothing that dies later is kept.

The app goes further (:func:`settle_when_opened`): once its catalogue is open in full,
everything alive (SQLAlchemy, the ORM's mappers, the open catalogue, the window) is frozen
until the app leaves, as CPython's documentation advises after a program's start-up. Since
the first screenful is painted before the full catalogue is imported (``reader``), those
hundreds of thousands of objects would otherwise reach the oldest generation while the
grid scrolls, and the next full pass would walk them all on the UI thread (80 ms at 1M).
The price: a cycle among the objects alive then that becomes garbage later is not freed
until the app leaves (objects without cycles are freed as usual, by their reference count).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_entered = 0  # jobs inside, across threads: the freeze is process-wide
_job_froze = False  # whether the first job in froze the heap (so the last one out thaws it)
_settle_on_open = False  # the app asked: freeze once a catalogue is open in full
_settled = False  # the app's freeze is in place
_changes = 0  # freezes and thaws so far (``gc.get_freeze_count`` walks the frozen list)
_openings: list[float] = []  # when each catalogue opening in full under way started
# The longest the collector's passes wait for an opening: an old file's upgrade may take
# minutes, and its garbage must not wait that long.
HOLD_PASSES_S = 5.0


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Within: full collections skip every object that was alive when the first job entered."""
    global _entered, _job_froze
    with _lock:
        if _entered == 0 and not _settled:  # settled: what a job starts with is frozen
            gc.freeze()
            _note_change()
            _job_froze = True
        _entered += 1
    try:
        yield
    finally:
        with _lock:
            _entered -= 1
            if _entered == 0 and _job_froze:
                _job_froze = False
                if not _settled:  # settled meanwhile: the app's freeze holds these too
                    gc.unfreeze()
                    _note_change()


def settle_when_opened(on: bool) -> None:
    """The app's choice: with ``on``, :func:`catalogue_opened` freezes the heap for good;
    turned off (the app leaves), the frozen objects go back to the collector."""
    global _settle_on_open, _settled, _job_froze
    with _lock:
        _settle_on_open = on
        if not on and _settled:
            _settled = False
            if _entered == 0:
                gc.unfreeze()
                _note_change()
            else:
                _job_froze = True  # the last job out thaws


def catalogue_opened() -> None:
    """A catalogue is open in full (called by its handle, on whichever thread opened it):
    where the app asked for it, every object alive now is kept out of full passes."""
    global _settled
    with _lock:
        if _settle_on_open and not _settled:
            gc.freeze()  # a job's freeze, if one runs, is kept with it (see its leaving)
            _note_change()
            _settled = True


def _note_change() -> None:
    global _changes
    _changes += 1


def changes() -> int:
    """How many times the frozen set changed: the collector's pace re-reads the oldest
    generation's size when this moves."""
    return _changes


@contextmanager
def catalogue_opening() -> Iterator[None]:
    """Around a catalogue's opening in full. Where the app asked for its freeze, the
    collector's passes wait meanwhile (:func:`holds_passes`): SQLAlchemy's import and the
    ORM's set-up make ~100,000 objects that the freeze at the end takes out of every pass,
    and passes on the way walked them on the UI thread (30-50 ms each at 1M)."""
    started = time.monotonic()
    with _lock:
        _openings.append(started)
    try:
        yield
    finally:
        with _lock:
            _openings.remove(started)


def holds_passes() -> bool:
    """Whether the collector's passes wait for an opening (see :func:`catalogue_opening`)."""
    openings = _openings[:]  # another thread may end one meanwhile
    if not (openings and _settle_on_open and not _settled):
        return False
    return time.monotonic() - min(openings) < HOLD_PASSES_S


def settled() -> bool:
    """Whether the app's freeze is in place (tests and the collector's pace ask)."""
    return _settled
