"""The one path of every catalogue write in the GUI (Anki's ``CollectionOp``).

``OpRunner.run(label, op)`` runs ``op(catalog)`` on the task runner's serial write executor
(never on the UI thread), pushes the operation's undo record onto the undo stack and emits
``changes(ChangeSummary)``, the one signal every view listens to (grid rows, inspector,
sidebar counts, open viewers). Undo and redo come back through the same signal. Long
writers that commit in batches of their own (a scan, its thumbnails) report what they
changed with ``announce``: on the serial write executor they would hold every edit back for
minutes. Adding a folder goes through ``run`` (one undoable step, asked about before it is
undone); its scan then runs as such a job. Menus, dialogs, viewers and jobs all hold this
object, never the catalogue's write methods.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from smparchive.core.catalog.changes import (
    ANY_TEXT,
    ChangeSummary,
    EditConflict,
    OpResult,
    SameKept,
)
from smparchive.core.catalog.errors import CatalogError, server_away
from smparchive.core.catalog.labels import UNTAG, tag_values
from smparchive.core.messages import problem
from smparchive.gui import edit_names, problem_texts
from smparchive.gui.i18n import elided, filled
from smparchive.gui.tasks import TaskContext, TaskHandle, TaskRunner, alive, owned, still_there
from smparchive.gui.undo import CatalogCommand

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

log = logging.getLogger(__name__)
Op: TypeAlias = "Callable[[Catalog], OpResult[Any]]"


@dataclass(eq=False)
class ConflictNotice:
    """A change refused because a teammate changed the same value since: what to tell the
    person and the ways on ("Keep theirs": nothing changes; "Use mine": apply it over their
    value). It follows the catalogue while it is open (``OpRunner.look_again``): ``error``
    is the newest conflict found, ``gone`` says it no longer stands (they took it back),
    and "Use mine" looks again before it applies anything (``OpRunner.use_mine``)."""

    error: EditConflict
    undo: bool  # an undo or redo refused (else an edit based on the values shown)
    keep_theirs: Callable[[], None]
    use_mine_anyway: Callable[[], object]  # over the teammate's value, unchecked
    retry: Callable[[], object]  # the change again with its check (nothing in the way now)
    # what stands in the way now (a read, on a worker): a conflict, or None
    recheck: Callable[[Catalog], EditConflict | None]
    items: frozenset[int]  # a change to one of these may end (or change) the conflict
    text: str = ""
    gone: bool = False
    redo: bool = False  # the refused step was a redo


def same_conflict(a: EditConflict, b: EditConflict) -> bool:
    """Whether two refusals name the same change of the same teammate."""
    return (a.user, a.item_id, a.field, a.at, a.now) == (b.user, b.item_id, b.field, b.at, b.now)


class OpRunner(QObject):
    """Runs catalogue operations off the UI thread, onto the undo stack, out as ``changes``."""

    changes = Signal(object)  # ChangeSummary of every write, undo and redo
    failed = Signal(str)  # a sentence for the user
    conflict = Signal(object)  # ConflictNotice: a teammate's newer value was in the way
    told = Signal(str)  # a line for the status bar: what an edit did (as other edits say)
    stepped = Signal(str)  # an undo or redo went through: what it did ("Undone: Rate 4")
    # (label, kept): an edit not saved because the server did not answer; ``kept``: its typed
    # text stays to be saved when the server is back. Said without a dialog: one per edit
    # stacked ten on top of the "server does not answer" notice.
    not_saved = Signal(str, bool)
    # (label, waiting): an edit the catalogue has not answered for SLOW_MS, then (label,
    # False) when it is over. A frozen server kept a rating waiting for two minutes with
    # nothing on screen: the key looked ignored.
    waiting = Signal(str, bool)
    SLOW_MS = 2000

    def __init__(
        self,
        catalog: Catalog,
        runner: TaskRunner,
        stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.runner = runner
        self.stack = stack if stack is not None else QUndoStack(self)
        self._failing: str | None = None  # the label of the edit whose failure is being said
        self._said = False  # that failure was said (through say_failed)
        # True while the server is known not to answer (the window's live feed): an edit is
        # refused at once. A frozen server (not a stopped one) made each queued edit wait for
        # the connection timeout in turn: ten ratings, ten timeouts, before any was said.
        self.known_away: Callable[[], bool] = lambda: False
        # A step made obsolete (nothing left of it) leaves the stack once it is next in line,
        # so Edit > Undo and Redo always name a step that can be done.
        self.stack.indexChanged.connect(self._index_changed)

    def run(
        self,
        label: str,
        op: Op,
        on_done: Callable[[OpResult[Any]], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        job: bool = False,
        job_label: str = "",
        label_of: Callable[[OpResult[Any]], str] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Run ``op(catalog)`` on the write executor; push its undo record when it returns.

        ``job`` shows it in the status bar (as ``job_label``) with progress (sidecars of a
        large selection); ``on_error`` replaces the default (the ``failed`` signal) for
        callers that explain the failure themselves or undo an optimistic display;
        ``label_of`` names the undo step from the result (what the catalogue stored).
        ``owner`` (the dialog that asked) skips ``on_done`` once it is deleted, and lets the
        window say a failure instead of ``on_error``: the change is stored (or refused) and
        its undo step kept all the same, the dialog that would show it is gone.
        """
        catalog, known_away = self.catalog, self.known_away
        shown = owned(on_done, owner, what=label) if on_done is not None else None
        asker = still_there(on_error, owner)

        def work(_ctx: TaskContext) -> OpResult[Any]:
            if known_away():  # asked when its turn comes: the edits before it may have waited
                raise CatalogError(problem("db.unreachable"))
            return op(catalog)

        def done(result: OpResult[Any]) -> None:
            if not self._alive():  # stored; the window that would show it is gone
                return
            if result.undo is not None:
                self.stack.push(
                    CatalogCommand(
                        catalog,
                        self.runner,
                        result.undo,
                        self.announce,
                        label_of(result) if label_of is not None else label,
                        on_conflict=self._undo_refused,
                        on_not_done=self._not_done,
                        on_gone=self._gone,
                        on_kept=lambda kept: self.told.emit(self._kept_text(kept)),
                        on_left=self.told.emit,
                        on_applied=self.stepped.emit,
                    )
                )
            self.announce(result.changes)
            if shown is not None:
                shown(result)

        def error(exc: BaseException) -> None:
            if not self._alive():
                log.info("%s failed after its window closed: %s", label, exc)
                return
            self._failing, self._said = label, False
            try:
                (on_error if on_error is not None and asker() else self.say_failed)(exc)
            finally:
                said, self._failing, self._said = self._said, None, False
            if not said and server_away(exc):  # a viewer said it over the photo: counted too
                self.not_saved.emit(label, False)

        handle = self.runner.submit(
            work, label=job_label or label, write=True, job=job, on_done=done, on_error=error
        )
        if handle.running and not job:  # a job shows its own progress
            self._say_when_slow(handle, label)
        return handle

    def _alive(self) -> bool:
        """Whether this runner and its undo stack are still there: an edit may finish after
        its window closed (the task runner outlives windows), with nothing left to push its
        undo step onto or to tell."""
        return alive(self, self.stack)

    def _say_when_slow(self, handle: TaskHandle, label: str) -> None:
        timer = QTimer(handle)
        timer.setSingleShot(True)
        said = [False]

        # the handle (and this timer) may outlive this runner: its window closed meanwhile
        def slow() -> None:
            if handle.running and self._alive():
                said[0] = True
                self.waiting.emit(label, True)

        def over() -> None:
            timer.stop()
            if said[0] and self._alive():
                self.waiting.emit(label, False)

        timer.timeout.connect(slow)
        handle.finished.connect(over)  # queued from the worker: connected in time
        timer.start(self.SLOW_MS)

    def announce(self, changes: ChangeSummary) -> None:
        """Tell every view what changed (undo/redo, batches a scan already committed)."""
        if not changes.empty:
            self.changes.emit(changes)

    # -- common edits -----------------------------------------------------------------------
    def set_fields(
        self,
        ids: list[int],
        label: str,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        expect: dict[str, Any] | None = None,
        **values: Any,
    ) -> TaskHandle | None:
        """Set fields on items; with ``expect`` (the values the person saw) the edit is
        refused when a teammate changed one of them since, and ``conflict`` asks what to
        keep."""
        if not ids:
            return None
        if not expect:
            return self.run(label, lambda c: c.set_fields(ids, **values), on_error=on_error)

        def again() -> None:
            self.set_fields(ids, label, on_error=on_error, **values)

        def checked() -> None:
            self.set_fields(ids, label, on_error=on_error, expect=expect, **values)

        def recheck(c: Catalog) -> EditConflict | None:
            return c.edit_conflict(ids, expect_fields=expect, fields_to=values)

        return self.run(
            label,
            lambda c: c.edit_items(ids, fields=values, expect_fields=expect),
            on_error=self._asking(ids, again, on_error, checked, recheck),
        )

    def _asking(
        self,
        ids: list[int],
        again: Callable[[], object],
        on_error: Callable[[BaseException], None] | None,
        checked: Callable[[], object],
        recheck: Callable[[Catalog], EditConflict | None],
    ) -> Callable[[BaseException], None]:
        """The error handler of an edit based on the values shown: a teammate's newer value
        asks Keep theirs / Use mine (``again``: the edit with no check; ``checked``: with
        it; ``recheck``: what would refuse it now); one's own edit, not refreshed yet, is no
        conflict; any other error goes to ``on_error``."""

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, EditConflict):
                (on_error or self.say_failed)(exc)
            elif exc.user == self.catalog.user_name:
                again()
            else:
                self._notify(
                    ConflictNotice(
                        exc,
                        undo=False,
                        keep_theirs=lambda: self.announce(ChangeSummary(items=frozenset(ids))),
                        use_mine_anyway=again,
                        retry=checked,
                        recheck=recheck,
                        items=frozenset(ids),
                    )
                )

        return refused

    def _not_done(self, command: CatalogCommand) -> None:
        """An undo/redo failed (the server did not answer): nothing was applied, so the
        stack goes back to offer it again, once the stack has finished its own step (not
        at all once the stack is gone with its window: the timer's context)."""
        QTimer.singleShot(0, self.stack, lambda: command.step_back(self.stack))

    def forget_steps(self, entry_ids: Collection[int]) -> None:
        """The core took these journal entries out (their folder was removed): their steps
        leave the stack, at once when next in line, else when the stack reaches them."""
        if not entry_ids:
            return
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            if isinstance(command, CatalogCommand) and command.record.entry_id in entry_ids:
                command.setObsolete(True)
        self._skip_obsolete()

    def _index_changed(self, _index: int) -> None:
        QTimer.singleShot(0, self, self._skip_obsolete)  # once the stack's own step is over

    def _skip_obsolete(self) -> None:
        # QUndoStack deletes an obsolete command it steps over without running it
        stack = self.stack
        if not alive(stack):  # the window and its stack are gone
            return
        while stack.index() > 0 and stack.command(stack.index() - 1).isObsolete():
            stack.undo()
        while stack.index() < stack.count() and stack.command(stack.index()).isObsolete():
            stack.redo()

    def _gone(self, command: CatalogCommand) -> None:
        """Nothing of the step is left to undo or redo (the core said so and took it out
        of its journal): it leaves the stack once the stack has finished its own step."""
        QTimer.singleShot(0, self.stack, lambda: command.drop(self.stack))

    # -- a teammate's newer value -----------------------------------------------------------
    def _undo_refused(self, command: CatalogCommand, exc: EditConflict) -> None:
        """An undo/redo would overwrite a teammate's newer value: ask, without blocking."""

        def keep_theirs() -> None:
            command.step_back(self.stack)
            if exc.item_id is not None:
                self.announce(ChangeSummary(items=frozenset({exc.item_id})))

        def gone() -> None:
            command.drop(self.stack)
            if exc.item_id is not None:
                self.announce(ChangeSummary(items=frozenset({exc.item_id})))

        record = command.record
        self._notify(
            ConflictNotice(
                exc,
                undo=True,
                keep_theirs=keep_theirs,
                # nothing of it left to apply (merged away): the step leaves the stack,
                # and the reason is said
                use_mine_anyway=lambda: command.apply_anyway(nothing_left=lambda: gone()),
                retry=lambda: command.apply_anyway(override=False),
                recheck=lambda c: c.undo_conflict(record),
                items=record.changes.items,
                redo=record.is_redo,
            )
        )

    def _notify(self, notice: ConflictNotice) -> None:
        """Ask about ``notice`` (its text in the interface's language)."""
        notice.text = self._conflict_text(notice.error, undo=notice.undo, redo=notice.redo)
        self.conflict.emit(notice)

    def look_again(
        self,
        notice: ConflictNotice,
        changed: Callable[[], None],
        done: Callable[[], None],
        *,
        owner: QObject | None = None,
    ) -> None:
        """Read what stands in the way of the refused change now, on a worker, and bring
        ``notice`` up to date (``changed`` is called when it changed, ``done`` in any case):
        the box would otherwise go on naming a value the teammate has since taken back.
        ``owner`` (the box) gone when the read ends: nothing is called (the runner's guard)."""
        own = self.catalog.user_name

        def seen(now: EditConflict | None) -> None:
            try:
                if now is not None and now.user == own:
                    now = None  # one's own newer change stands in nobody's way
                if now is None and not notice.gone:
                    notice.gone = True
                    notice.text = self._gone_text(notice.error)
                    changed()
                elif now is not None and (notice.gone or not same_conflict(now, notice.error)):
                    notice.error, notice.gone = now, False
                    notice.text = self._conflict_text(now, undo=notice.undo, redo=notice.redo)
                    changed()
            finally:
                done()

        def failed(exc: BaseException) -> None:
            log.warning("conflict not looked at again: %s", exc)  # it says what it said
            done()

        catalog = self.catalog
        self.runner.submit(
            lambda _ctx: notice.recheck(catalog),
            label=problem_texts.conflict_title(),
            on_done=seen,
            on_error=failed,
            owner=owner,
        )

    def use_mine(self, notice: ConflictNotice) -> None:
        """ "Use mine" (or "Apply mine"): look again first. Their change still stands as the
        box said: apply over it; it no longer stands: the change with its own check; another
        change stands in the way now: ask again, naming that one, and apply nothing."""
        own = self.catalog.user_name

        def seen(now: EditConflict | None) -> None:
            if now is None or now.user == own:
                # their change is gone (maybe before the box heard of it): yours goes in,
                # said as other edits are (it went in without a word)
                self.told.emit(self._applied_text(notice.error))
                notice.retry()
            elif not notice.gone and same_conflict(now, notice.error):
                notice.use_mine_anyway()
            else:
                notice.error, notice.gone = now, False
                self._notify(notice)

        catalog = self.catalog
        self.runner.submit(
            lambda _ctx: notice.recheck(catalog),
            label=problem_texts.conflict_title(),
            on_done=seen,
            on_error=self.say_failed,
        )

    def _gone_text(self, exc: EditConflict) -> str:
        """The teammate's change the notice named no longer stands."""
        who, what, item = self._conflict_parts(exc)
        text = self.tr(
            "The change %1 made to the %2 of %3 no longer stands: your change would no "
            "longer replace a value of theirs."
        )
        return filled(elided(text, "%3", item), who, what, item)

    def _applied_text(self, exc: EditConflict) -> str:
        """ "Use mine" found the teammate's change gone and applies the person's."""
        who, what, item = self._conflict_parts(exc)
        text = self.tr("The change %1 made to the %2 of %3 no longer stands: yours is applied.")
        return filled(elided(text, "%3", item), who, what, item)

    def _kept_text(self, kept: SameKept) -> str:
        """An undo (or redo) went through but left what a teammate set the same since, said
        with the moment of their change on this computer's clock, its zone named."""
        from smparchive.gui import formatting as fmt

        who, what, item = self._conflict_parts(kept)
        when = fmt.date_time(kept.at, zone=True)
        if kept.items > 1:
            text = self.tr(
                "%1 made the same change to the %2 of %n items at %3, after you, so that stays "
                "as it is.",
                None,
                kept.items,
            )
            return filled(text, who, what, when)
        if kept.item_id is None:  # a row of no item (a camera's clock)
            text = self.tr(
                "%1 made the same change to the %2 at %3, after you, so that stays as it is."
            )
            return filled(text, who, what, when)
        text = self.tr(
            "%1 made the same change to the %2 of %3 at %4, after you, so that stays as it is."
        )
        return filled(elided(text, "%3", item), who, what, item, when)

    def _conflict_parts(self, exc: EditConflict | SameKept) -> tuple[str, str, str]:
        """Who, what (mid-sentence) and which item, as the conflict sentences name them."""
        from smparchive.gui.widgets.history import field_name

        who = exc.user or self.tr("someone else")
        key = (exc.field or "").removeprefix("items.").removeprefix("text.")
        if key.startswith("tag."):
            # the inspector's words: a person's tag is listed under People
            what = self.tr("people") if exc.tag_kind == "person" else self.tr("keywords")
        elif key.startswith("collection."):
            what = self.tr("collections")
        else:
            # mid-sentence: its first letter lower, a language's code kept ("caption (EN)")
            name = field_name(key) if key else self.tr("values")
            what = name[:1].lower() + name[1:]
        # the file name the person knows the item by (its number only if it is gone)
        item = exc.item_name or self.tr("item %1").replace("%1", str(exc.item_id or ""))
        return who, what, item

    def _conflict_text(self, exc: EditConflict, *, undo: bool, redo: bool = False) -> str:
        """Who changed what since, in the interface's language (``undo``: a refused undo,
        or with ``redo`` a refused redo; else an edit)."""
        from smparchive.gui import formatting as fmt
        from smparchive.gui.widgets.history import show_value

        who, what, item = self._conflict_parts(exc)
        key = (exc.field or "").removeprefix("items.").removeprefix("text.")
        # two colleagues' moments, each on this computer's clock with its zone named: who
        # changed what when, and when one's own change was, before it
        when = fmt.date_time(exc.at, zone=True) if exc.at is not None else ""
        mine = fmt.date_time(exc.mine_at, zone=True) if exc.mine_at is not None else ""
        if undo:
            text = (
                self.tr(
                    "%1 changed the %2 of %3 at %4. You had undone your change before that, "
                    "at %5: redoing it would replace their value."
                )
                if redo
                else self.tr(
                    "%1 changed the %2 of %3 at %4. You had made your change before that, "
                    "at %5: undoing it would replace their value."
                )
            )
            return filled(elided(text, "%3", item), who, what, item, when, mine or when)
        text = self.tr(
            "%1 changed the %2 of %3 to %5 at %4, after it was shown here. Your edit "
            "would replace their value."
        )
        now = show_value(exc.now, key, hours=(exc.item_length_s or 0) >= 3600)
        # words typed: quoted, or 'changed … to Alice second at 06:24' ran on as one
        now = edit_names.field_value(key, now, exc.now)
        return (
            # %5: a time into an hour-long recording with its hours, as the player shows it
            filled(elided(text, "%3", item), who, what, item, when, now)
        )

    def set_text(
        self,
        ids: list[int],
        field: str,
        lang: str,
        value: str | None,
        default_lang: str = "en",
        *,
        on_error: Callable[[BaseException], None] | None = None,
        expect: str | object | None = ANY_TEXT,
    ) -> TaskHandle | None:
        """A text in ``lang``; in ``default_lang`` it also replaces the file's x-default.
        With ``expect`` (the text typed over) the edit is refused when a teammate changed
        that text since, and ``conflict`` asks whose to keep, as for fields."""
        if not ids:
            return None
        from smparchive.gui.widgets.history import field_name

        # the field as the History names it: its key read "Rétablir Modifier caption (FR)"
        # in the French Edit menu, "Edit alt" in English; the text quoted as the History does
        label = edit_names.edit_text(field_name(field), lang, value)

        def again() -> None:
            self.set_text(ids, field, lang, value, default_lang, on_error=on_error)

        def checked() -> None:
            self.set_text(ids, field, lang, value, default_lang, on_error=on_error, expect=expect)

        def recheck(c: Catalog) -> EditConflict | None:
            key = (field, lang)
            return c.edit_conflict(
                ids, expect_texts={key: str(expect or "") or None}, texts_to={key: value}
            )

        return self.run(
            label,
            lambda c: c.set_text(ids, field, lang, value, default_lang=default_lang, expect=expect),
            on_error=on_error
            if expect is ANY_TEXT
            else self._asking(ids, again, on_error, checked, recheck),
        )

    def say_failed(self, exc: BaseException, *, kept: bool = False) -> None:
        """Tell the person a change was not saved (what ``run`` does by default); while the
        server does not answer, without a dialog (``not_saved``; ``kept``: the typed text
        stays to be saved when it is back)."""
        self._said = True
        if server_away(exc):
            self.not_saved.emit(self._failing or "", kept)
        else:
            self.failed.emit(problem_texts.error_text(exc))

    def tag(
        self,
        ids: list[int],
        paths: list[str],
        kind: str,
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle | None:
        if not ids or not paths:
            return None

        def stored(result: OpResult[Any]) -> str:
            # the Edit menu names the keyword as the history does: 'IOM', not the typed 'iom'
            return edit_names.tag(result.value or paths)

        return self.run(
            edit_names.tag(paths),
            lambda c: c.tag_items(ids, paths, kind),
            on_error=on_error,
            label_of=stored,
        )

    def add_tags(self, ids: list[int], tag_ids: list[int], name: str) -> TaskHandle | None:
        if not ids:
            return None
        return self.run(
            edit_names.tag([name]),
            lambda c: c.add_tags(ids, tag_ids),
            label_of=lambda r: edit_names.tag(tag_values(r.message) or [name]),  # as stored
        )

    def remove_tags(self, ids: list[int], tag_ids: list[int], name: str) -> TaskHandle | None:
        if not ids:
            return None
        return self.run(
            edit_names.untag([name]),
            lambda c: c.remove_tags(ids, tag_ids),
            label_of=lambda r: edit_names.untag(tag_values(r.message, UNTAG) or [name]),
        )
