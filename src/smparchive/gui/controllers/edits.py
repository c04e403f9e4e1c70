"""Running catalogue writes: off the UI thread, onto the undo stack, out as changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from smparchive.core.catalog.catalog import Catalog
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.gui.tasks import TaskContext, TaskHandle, TaskRunner
from smparchive.gui.undo import CatalogCommand


class EditController(QObject):
    """The one way the GUI changes the catalogue."""

    changed = Signal(object)  # ChangeSummary
    failed = Signal(str)  # a sentence for the user

    def __init__(self, catalog: Catalog, runner: TaskRunner, stack: QUndoStack) -> None:
        super().__init__()
        self.catalog = catalog
        self.runner = runner
        self.stack = stack

    def run(
        self,
        label: str,
        op: Callable[[Catalog], OpResult],
        on_done: Callable[[OpResult], None] | None = None,
    ) -> TaskHandle:
        """Run ``op(catalog)`` on the write executor; push its undo record when it returns."""
        catalog = self.catalog

        def work(_ctx: TaskContext) -> OpResult:
            return op(catalog)

        def done(result: OpResult) -> None:
            if result.undo is not None:
                self.stack.push(
                    CatalogCommand(catalog, self.runner, result.undo, self._emit, label)
                )
            self._emit(result.changes)
            if on_done is not None:
                on_done(result)

        return self.runner.submit(work, label=label, write=True, on_done=done, on_error=self._error)

    def _emit(self, changes: ChangeSummary) -> None:
        if not changes.empty:
            self.changed.emit(changes)

    def _error(self, exc: BaseException) -> None:
        self.failed.emit(str(exc) or exc.__class__.__name__)

    # -- common edits -----------------------------------------------------------------------
    def set_fields(self, ids: list[int], label: str, **values: Any) -> TaskHandle | None:
        if not ids:
            return None
        return self.run(label, lambda c: c.set_fields(ids, **values))

    def set_text(
        self, ids: list[int], field: str, lang: str, value: str | None
    ) -> TaskHandle | None:
        if not ids:
            return None
        label = self.tr("Edit %1 (%2)").replace("%1", field).replace("%2", lang.upper())
        return self.run(label, lambda c: c.set_text(ids, field, lang, value))

    def tag(self, ids: list[int], paths: list[str], kind: str) -> TaskHandle | None:
        if not ids or not paths:
            return None
        label = self.tr("Tag %1").replace("%1", ", ".join(paths))
        return self.run(label, lambda c: c.tag_items(ids, paths, kind))

    def add_tags(self, ids: list[int], tag_ids: list[int], name: str) -> TaskHandle | None:
        if not ids:
            return None
        return self.run(self.tr("Tag %1").replace("%1", name), lambda c: c.add_tags(ids, tag_ids))

    def remove_tags(self, ids: list[int], tag_ids: list[int], name: str) -> TaskHandle | None:
        if not ids:
            return None
        label = self.tr("Remove %1").replace("%1", name)
        return self.run(label, lambda c: c.remove_tags(ids, tag_ids))
