"""Loggers for the modules a read command loads, without importing ``logging`` up front.

``logging`` (with traceback, string, threading ...) is about a tenth of a read command's
start-up, and ``ls``, ``show``, ``search`` and ``info`` log nothing when all goes well.
The command line therefore *defers* its logging set-up for them (:func:`defer`); the
modules on their path ask for a logger only when they have something to say
(:func:`logger`), which runs the deferred set-up first, and the full catalogue runs it
before opening (:func:`ready`), so no record is emitted before the log file is set up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

_pending: Callable[[], None] | None = None


def defer(setup: Callable[[], None] | None) -> None:
    """Run ``setup`` (the logging configuration) when the first logger is asked for
    (None: forget a deferred set-up)."""
    global _pending
    _pending = setup


def ready() -> None:
    """Run the deferred logging set-up now, if there is one."""
    global _pending
    setup, _pending = _pending, None
    if setup is not None:
        setup()


def logger(name: str) -> logging.Logger:
    """``logging.getLogger(name)``, after the deferred set-up."""
    import logging

    ready()
    return logging.getLogger(name)
