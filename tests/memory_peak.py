"""The bounded-memory tests' one measure: the peak of the Python heap while a call runs."""

from __future__ import annotations

import gc
import linecache
import tracemalloc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
TABLE_BLOCK = 64 * 1024  # no interned string is this large; the table soon is


def traced_peak(call: Callable[[], T]) -> tuple[T, int]:
    """``call()``'s result and the most bytes the Python heap held above its level at the
    start while it ran, less the growth of the interpreter's interned-strings table.

    That table is shared by the whole process and doubles when it fills: whichever call
    interns the string that fills it is charged the new table (3.7 MB after a few hundred
    tests), which failed a 4 MB bound under one test order and not another. Garbage is
    collected first, so that freeing what earlier tests left does not count either."""
    gc.collect()
    tracemalloc.start()
    try:
        result = call()
        _, peak = tracemalloc.get_traced_memory()
        kept = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    return result, peak - _interned_table_growth(kept)


def _interned_table_growth(snapshot: tracemalloc.Snapshot) -> int:
    """Bytes of blocks still held at the end that a ``sys.intern`` call allocated and that
    are too large to be a string (pathlib interns every part of a path): the table."""
    return sum(
        trace.size
        for trace in snapshot.traces
        if trace.size > TABLE_BLOCK and _interns(trace.traceback[0])
    )


def _interns(frame: tracemalloc.Frame) -> bool:
    return "sys.intern(" in linecache.getline(frame.filename, frame.lineno)
