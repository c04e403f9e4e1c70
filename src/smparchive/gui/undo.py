"""QUndoStack commands over the core's undo records.

A command is pushed after its operation already ran, so its first ``redo()`` (which
QUndoStack calls on push) does nothing. Every later undo/redo applies the record through
``Catalog.undo`` on the serial write executor and keeps the record that reverses it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from smparchive.core.catalog.catalog import Catalog
from smparchive.core.catalog.undo import ChangeSummary, UndoRecord
from smparchive.gui.tasks import TaskContext, TaskRunner


class CatalogCommand(QUndoCommand):
    """One catalogue operation on the undo stack."""

    def __init__(
        self,
        catalog: Catalog,
        runner: TaskRunner,
        record: UndoRecord,
        on_changes: Callable[[ChangeSummary], None],
        text: str | None = None,
    ) -> None:
        super().__init__(text or record.label)
        self._catalog = catalog
        self._runner = runner
        self._record = record
        self._on_changes = on_changes
        self._fresh = True
        self._lock = threading.Lock()

    def redo(self) -> None:
        if self._fresh:  # the operation itself already happened
            self._fresh = False
            return
        self._apply()

    def undo(self) -> None:
        self._apply()

    def _apply(self) -> None:
        catalog = self._catalog

        def work(_ctx: TaskContext) -> ChangeSummary:
            # Writes run one at a time in submission order, so each step sees the record
            # the previous undo/redo produced.
            with self._lock:
                result = catalog.undo(self._record)
                if result.undo is not None:
                    self._record = result.undo
            return result.changes

        self._runner.submit(work, label=self.text(), write=True, on_done=self._on_changes)
