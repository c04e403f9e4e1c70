"""Logging to a rotating file in the user log folder (shared by the app and the CLI)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from smparchive.core import paths

LOG_NAME = "smparchive.log"
_configured: Path | None = None


class ConsoleHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record is emitted.

    A plain StreamHandler keeps the stream it was built with; when that stream is replaced and
    closed (a test's captured stderr, a redirected console), a late record from a background
    thread then prints "--- Logging error ---" instead of the message.
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass  # always the current sys.stderr


def setup_logging(*, verbose: bool = False, console: bool = True) -> Path | None:
    """Log to ``<user log dir>/smparchive.log`` (1 MB x 5 files); returns the file path.

    A log folder that cannot be created is not fatal: logging then goes to stderr only.
    """
    global _configured
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if console and not any(isinstance(h, ConsoleHandler) for h in root.handlers):
        stream = ConsoleHandler()
        stream.setLevel(logging.INFO if verbose else logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    if _configured is not None:
        return _configured
    target = paths.log_dir() / LOG_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.addHandler(handler)
    _configured = target
    return target


def log_file() -> Path:
    """Where the current log file is (or would be)."""
    return _configured or paths.log_dir() / LOG_NAME
