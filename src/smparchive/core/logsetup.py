"""Logging to a rotating file in the user log folder (shared by the app and the CLI).

The file is opened when the first record reaches it: a command that logs nothing (most
read commands) imports neither ``logging.handlers`` (it pulls in ``socket``, ``pickle``
and ``queue``) nor the platform folders, which is a fifth of a quick command's start-up.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import logging.handlers

LOG_NAME = "smparchive.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_configured: LazyFileHandler | None = None


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


class LazyFileHandler(logging.Handler):
    """A rotating log file (``MAX_BYTES`` x ``BACKUPS``) opened at the first record.

    A log folder that cannot be created (or a file that cannot be opened) is not fatal:
    the handler then drops its records, and the console still shows warnings.
    """

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self._file: logging.handlers.RotatingFileHandler | None = None
        self._failed = False
        self.setFormatter(
            logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        )

    def _open(self) -> logging.handlers.RotatingFileHandler | None:
        if self._file is None and not self._failed:
            import logging.handlers

            target = log_file()
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                handler = logging.handlers.RotatingFileHandler(
                    target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
                )
            except OSError:
                self._failed = True
                return None
            handler.setFormatter(self.formatter)
            self._file = handler
        return self._file

    def emit(self, record: logging.LogRecord) -> None:
        handler = self._open()
        if handler is not None:
            handler.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(*, verbose: bool = False, console: bool = True) -> None:
    """Log to ``<user log dir>/smparchive.log`` (1 MB x 5 files), opened at the first
    record; warnings (everything with ``verbose``) also go to stderr."""
    global _configured
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if console and not any(isinstance(h, ConsoleHandler) for h in root.handlers):
        stream = ConsoleHandler()
        stream.setLevel(logging.INFO if verbose else logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    if _configured is not None:
        return
    handler = LazyFileHandler(logging.DEBUG if verbose else logging.INFO)
    root.addHandler(handler)
    _configured = handler


def log_file() -> Path:
    """Where the log file is (or will be, once something is logged)."""
    from smparchive.core import paths

    return paths.log_dir() / LOG_NAME
