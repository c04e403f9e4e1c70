"""QUndoStack commands over the core's undo records.

A command is pushed after its operation already ran, so its first ``redo()`` (which
QUndoStack calls on push) does nothing. Every later undo/redo applies the record through
``Catalog.undo`` on the serial write executor and keeps the record that reverses it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from smparchive.core.catalog.changes import (
    ChangeSummary,
    EditConflict,
    LeftToTeammate,
    NothingLeftToUndo,
    OpResult,
    SameKept,
    UndoRecord,
)
from smparchive.core.catalog.undo_impact import (
    UndoImpact,
    changed_impact,
    removed_root_ids,
    undo_impact,
)
from smparchive.gui.i18n import filled, translate
from smparchive.gui.problem_texts import labelled
from smparchive.gui.tasks import TaskContext, TaskHandle, TaskRunner
from smparchive.gui.widgets.history import label_text

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog


class CatalogCommand(QUndoCommand):
    """One catalogue operation on the undo stack."""

    def __init__(
        self,
        catalog: Catalog,
        runner: TaskRunner,
        record: UndoRecord,
        on_changes: Callable[[ChangeSummary], None],
        text: str | None = None,
        on_conflict: Callable[[CatalogCommand, EditConflict], None] | None = None,
        on_not_done: Callable[[CatalogCommand], None] | None = None,
        on_gone: Callable[[CatalogCommand], None] | None = None,
        on_kept: Callable[[SameKept], None] | None = None,
        on_left: Callable[[str], None] | None = None,
        on_applied: Callable[[str], None] | None = None,
    ) -> None:
        # a step pushed without a name: the core's label in the interface's words, as
        # History names it (never the core's English)
        super().__init__(text or label_text(record.label))
        self._catalog = catalog
        self._runner = runner
        self._record = record
        self._on_changes = on_changes
        self._on_conflict = on_conflict
        # an undo/redo that failed (the server away): nothing was applied, the stack goes back
        self._on_not_done = on_not_done
        # nothing of the step is left in the catalogue (its folder removed since): it
        # leaves the stack rather than being offered again
        self._on_gone = on_gone
        # an undo/redo that left values a teammate set the same since: said, not silent
        self._on_kept = on_kept
        # nothing of it was the person's to undo (a teammate holds it all): a status line,
        # not a box to dismiss; the step leaves the stack
        self._on_left = on_left
        # an undo or redo went through: what it did, said ("Undone: Set poster frame"), so a
        # notice of the step itself ("Poster frame saved") is not left standing after it
        self._on_applied = on_applied
        self._undoing = False  # whether the last undo/redo asked was an undo
        self._nothing_left: Callable[[], None] | None = None  # see apply_anyway
        self._fresh = True
        self._lock = threading.Lock()
        # a job still writing what this step started (the scan of an added folder): the
        # step cannot be undone until it ends
        self.held_by: TaskHandle | None = None
        # what undoing it would remove is being read (see undo_with_confirmation)
        self.impact_pending = False

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @property
    def record(self) -> UndoRecord:
        """The record the next undo (or redo) applies."""
        return self._record

    def redo(self) -> None:
        if self._fresh:  # the operation itself already happened (or was refused)
            self._fresh = False
            return
        self._undoing = False
        self._apply()

    def undo(self) -> None:
        if self._fresh:  # a refused redo: the stack steps back over it, nothing to apply
            self._fresh = False
            return
        self._undoing = True
        self._apply()

    def step_back(self, stack: QUndoStack) -> None:
        """The last undo or redo of this command was refused (a teammate's newer value was
        kept): move the stack back to where it was without applying anything."""
        index = stack.index()
        if index < stack.count() and stack.command(index) is self:
            self._fresh = True  # a refused undo: forward over it again
            stack.redo()
        elif index > 0 and stack.command(index - 1) is self:
            self._fresh = True  # a refused redo: back before it again
            stack.undo()

    def drop(self, stack: QUndoStack) -> None:
        """Nothing of this step is left to undo or redo (a teammate merged away what it
        made): it leaves the stack, so Ctrl+Z goes on to the step before it instead of
        asking about this one again and again."""
        self.setObsolete(True)  # QUndoStack deletes an obsolete command it steps over
        index = stack.index()
        if index < stack.count() and stack.command(index) is self:
            stack.redo()
        elif index > 0 and stack.command(index - 1) is self:
            stack.undo()

    def apply_anyway(
        self, nothing_left: Callable[[], None] | None = None, *, override: bool = True
    ) -> None:
        """Apply the refused undo/redo over the teammate's newer values ("Use mine");
        ``nothing_left``: called when none of the change was left to apply (the keyword it
        added merged into another), before the failure is said. ``override=False``: with
        its check again (the teammate's change no longer stands)."""
        self._nothing_left = nothing_left
        self._apply(override=override, said=True)  # the conflict's answer says what it did

    def _apply(self, override: bool = False, said: bool = False) -> None:
        """Apply the record; ``said``: the caller tells what it did (no "Undone: …")."""
        catalog = self._catalog

        def work(_ctx: TaskContext) -> OpResult[None]:
            # Writes run one at a time in submission order, so each step sees the record
            # the previous undo/redo produced.
            with self._lock:
                result = catalog.undo(self._record, override=override)
                if result.undo is not None:
                    self._record = result.undo
            return result

        label, undoing = self.text(), self._undoing  # (the command may be gone by then)

        def done(result: OpResult[None]) -> None:
            self._on_changes(result.changes)
            if self._on_applied is not None and not said:
                self._on_applied(stepped(label, undone=undoing))
            if result.kept is not None and self._on_kept is not None:
                self._on_kept(result.kept)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EditConflict) and self._on_conflict is not None:
                self._on_conflict(self, exc)
            else:
                label, runner = self.text(), self._runner  # (a dropped step is deleted)
                if isinstance(exc, LeftToTeammate) and self._on_left is not None:
                    if self._on_gone is not None:
                        self._on_gone(self)
                    self._on_left(labelled(label, exc))
                    return
                if isinstance(exc, NothingLeftToUndo) and self._nothing_left is not None:
                    self._nothing_left()  # nothing left of the step: it leaves the stack
                elif isinstance(exc, NothingLeftToUndo) and self._on_gone is not None:
                    self._on_gone(self)
                elif self._on_not_done is not None:
                    self._on_not_done(self)
                runner.task_failed.emit(label, exc, True)

        self._runner.submit(work, label=self.text(), write=True, on_done=done, on_error=failed)


def stepped(step: str, *, undone: bool) -> str:
    """What an undo or redo did, for the status line: 'Undone: Set poster frame' (``step``
    the step's name as the Edit menu gives it)."""
    text = translate("Edits", "Undone: %1") if undone else translate("Edits", "Redone: %1")
    return filled(text, step)


def impact_text(impact: UndoImpact, label: str | None = None) -> str:
    """The question the app asks before a large undo, in the interface's language;
    ``label`` names the step as the Edit menu does (the core's label is English)."""
    shown = label or impact.label
    if impact.removed_folders:
        text = translate(
            "Undo",
            "Undoing “%1” removes %2 and the items catalogued in it (%3) from the catalogue, "
            "with their tags, captions and ratings. The files stay where they are.",
        )
        folders = ", ".join(impact.removed_folders)
        return filled(text, shown, folders, str(impact.removed_items))
    return Undo().changes(impact.changed_items).replace("%1", shown)


class Undo(QObject):
    """Texts with a count (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def changes(self, n: int) -> str:
        return self.tr("Undoing “%1” changes %Ln items.", None, n)


def undo_with_confirmation(stack: QUndoStack, parent: QWidget | None) -> bool:
    """Undo the stack's current step, asking first when it would take away a lot (a folder
    and its items, or hundreds of items). Returns whether the step was undone by the time
    it returns: what an added folder holds is read on a worker (on the UI thread it held
    the window for a server round trip), and the question comes when it arrives."""
    if not stack.canUndo():
        return False
    command = stack.command(stack.index() - 1)
    if not isinstance(command, CatalogCommand):
        stack.undo()
        return True
    if command.impact_pending:  # a second Ctrl+Z while the first one's question is coming
        return False
    if _held(command, parent):
        return False
    record = command.record
    if not removed_root_ids(record):
        return _confirm_and_undo(stack, command, changed_impact(record), parent)
    undone: list[bool] = []
    catalog = command.catalog

    def arrived(impact: UndoImpact | None) -> None:
        command.impact_pending = False
        # the person may have undone, redone or done something else meanwhile: the
        # question is about this step only while it is still the one Ctrl+Z undoes
        current = (
            shiboken6.isValid(stack)
            and stack.canUndo()
            and stack.command(stack.index() - 1) is command
            and command.record is record
        )
        if current and not _held(command, parent):
            undone.append(_confirm_and_undo(stack, command, impact, parent))

    def failed(exc: BaseException) -> None:
        command.impact_pending = False
        # said as the window says a failed read (the server away: its notice)
        command.runner.task_failed.emit(translate("Undo", "Undo"), exc, False)

    command.impact_pending = True
    command.runner.submit(
        lambda _ctx: undo_impact(catalog, record),
        label=translate("Undo", "Undo"),
        on_done=arrived,
        on_error=failed,
    )
    return bool(undone and undone[0])  # a synchronous runner (tests) answers at once


def _held(command: CatalogCommand, parent: QWidget | None) -> bool:
    """Whether a scan still writing what the step started holds it back (said if so)."""
    if command.held_by is None or not command.held_by.running:
        return False
    QMessageBox.information(
        parent,
        translate("Undo", "Undo"),
        translate(
            "Undo",
            "“%1” cannot be undone while its scan is running: cancel the scan or "
            "wait for it to finish.",
        ).replace("%1", command.text()),
    )
    return True


def _confirm_and_undo(
    stack: QUndoStack, command: CatalogCommand, impact: UndoImpact | None, parent: QWidget | None
) -> bool:
    """Undo the step, after asking when ``impact`` says it takes away a lot."""
    if impact is not None:
        answer = QMessageBox.question(
            parent,
            translate("Undo", "Undo a large step?"),
            impact_text(impact, command.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    stack.undo()
    return True
