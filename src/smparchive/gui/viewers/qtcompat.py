"""Work around PySide6 6.12 on CPython < 3.12: ``Signal.emit`` returns ``True`` without a
reference, so every Python-side emit lowers True's refcount until the interpreter aborts
("bool_dealloc: deallocating True or False"). :func:`emit` restores the reference when
(and only when) a probe at import shows the bug, so a fixed PySide6 needs no change here.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _emit_steals_true() -> bool:
    if sys.version_info >= (3, 12):  # True is immortal: refcounts no longer matter
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    return sys.getrefcount(True) < before


_STEALS = _emit_steals_true()
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` that keeps CPython's refcount of the returned bool intact."""
    result = signal.emit(*args)
    if _STEALS and isinstance(result, bool):
        _incref(result)
