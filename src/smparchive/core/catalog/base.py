"""The catalogue's unit-of-work plumbing shared by every group of operations."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, overload

from sqlalchemy import Engine, Integer, bindparam, delete, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from smparchive.core.catalog import audit, fulltext, interrupt
from smparchive.core.catalog.audit_positions import POSITIONS, positions_left
from smparchive.core.catalog.changes import LeftToTeammate, SameKept
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.dberrors import BusyError, describe, with_retry
from smparchive.core.catalog.engine import writer
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.itemfilter import ItemFilter, seen_from_here
from smparchive.core.catalog.models import (
    AuditEntry,
    ItemTag,
    ItemText,
    MediaItem,
    Root,
    Tag,
    UndoEntry,
)
from smparchive.core.catalog.names import tag_paths_from
from smparchive.core.catalog.record_rows import RecordMaker, read_records, restricted_sessions
from smparchive.core.catalog.records import ITEM_COLUMN_FIELDS, ItemRecord, TagRef
from smparchive.core.catalog.undo import ChangeSummary, Journal, OpResult, UndoRecord, apply_undo
from smparchive.core.catalog.undo_theirs import found_steps, held_before, leave_theirs
from smparchive.core.domain.consent import RestrictedPerson
from smparchive.core.domain.timefmt import action_values
from smparchive.core.messages import problem, refused
from smparchive.core.pathnames import join_root as join_root
from smparchive.core.pathnames import unreachable
from smparchive.core.progress import CancelToken
from smparchive.core.vocab import PRESENT_STATUSES, ItemStatus, Restriction

log = logging.getLogger(__name__)
T = TypeVar("T")


_PRESENT_VALUES = frozenset(s.value for s in PRESENT_STATUSES)


def status_here(status: str, root_id: int, away: frozenset[int]) -> str:
    """An item's status as this computer sees a team catalogue: offline when it is present
    in a folder out of reach (``away``, see ``roots_offline_here``), else as stored."""
    return ItemStatus.OFFLINE.value if root_id in away and status in _PRESENT_VALUES else status


def seen_offline(records: list[ItemRecord], away: frozenset[int]) -> list[ItemRecord]:
    """``records`` read as this computer sees a team catalogue (``status_here``)."""
    if not away:
        return records
    return [
        r
        if (here := status_here(r.status, r.root_id, away)) == r.status
        else replace(r, status=here)
        for r in records
    ]


# How long a team catalogue trusts its last look at which folders this computer reaches.
REACH_RECHECK_S = 2.0

UNDO_JOURNAL_KEPT = 500
# Each person's journal also stays within this many stored bytes (undo and redo records,
# packed on SQLite): the count alone let 500 bulk edits of a million items each (~18 MB of
# JSON, ~5 MB packed) grow the catalogue by gigabytes. 64 MB keeps a dozen whole-catalogue
# edits at 1M items and thousands of ordinary ones (a few hundred bytes to a few kB each),
# under a tenth of the 1M catalogue's size. The newest entry is always kept, whatever its
# size: the last change can always be undone.
UNDO_JOURNAL_BYTES = 64 * 2**20
# The trim reads the stored size of each of the person's entries (cheap: SQLite's length()
# of a blob reads no content), at the first of their entries past each multiple of
# UNDO_JOURNAL_TRIM ids, and after any entry over a UNDO_JOURNAL_TRIM-th of the budget; so
# in between a person adds at most UNDO_JOURNAL_TRIM - 1 entries under that size each,
# staying below twice the budget.
UNDO_JOURNAL_TRIM = 50


@dataclass
class WriteContext:
    """Handed to a write operation: the ORM session and the undo journal."""

    session: OrmSession
    journal: Journal
    reindex: set[int]  # items whose search text must be rebuilt before commit
    # the change's label once the operation knows better than its caller (the stored
    # spelling of a keyword a teammate created first), else None: the label it was given
    label: str | None = None


# PostgreSQL: a table of kept counts is folded when a read met this many rows beyond one
# per combination
COMPACT_AT = 4096


class CatalogBase:
    """Engine, sessions, undo journal and record building. Operations live in mixins."""

    def __init__(self, engine: Engine, location: str, cache_dir: Path | None) -> None:
        self.engine = engine
        self.location = location
        self.cache_dir = cache_dir
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer(engine), expire_on_commit=False)
        self._tag_paths: dict[int, str] | None = None
        self._user_name: str | None = None
        # Audit ids of changes made through this object: a window's change feed skips them.
        self.own_changes: set[int] = set()

    # -- who --------------------------------------------------------------------------------
    @property
    def shared(self) -> bool:
        """A team catalogue on a server (PostgreSQL): what one person changes or removes,
        everyone sees."""
        return self.engine.dialect.name != "sqlite"

    @property
    def user_name(self) -> str:
        """Who this catalogue's changes are made by (undo and redo act on theirs only)."""
        if self._user_name is None:
            try:  # asks the server: the first change may be made while it is away
                self._user_name = audit.default_user(self.engine)
            except DBAPIError as exc:
                raise CatalogError(friendly_db_error(exc)) from exc
        return self._user_name

    def set_user_name(self, name: str | None) -> None:
        """The name recorded with changes on a SQLite catalogue (Preferences); None goes
        back to the default. On PostgreSQL the server role always decides."""
        if self.engine.dialect.name != "sqlite":
            return
        self._user_name = (name or "").strip() or None

    # -- plumbing ---------------------------------------------------------------------------
    def close(self) -> None:
        """Release connections (the file can then be moved or deleted)."""
        self.engine.dispose()

    def __enter__(self) -> CatalogBase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def interruptible(self, token: CancelToken) -> AbstractContextManager[None]:
        """Reads of this thread inside the block stop when ``token`` is cancelled, even in
        the middle of a statement, and raise ``Cancelled`` (see ``interrupt``): a search
        the user has typed past gives its core back at once."""
        return interrupt.interruptible(token)

    def _fold_kept_counts(self, function: str) -> None:
        """PostgreSQL: fold the rows writers appended to a table of kept counts (one per
        combination and statement; ``facet_cells_compact``, ``time_cells_compact``) into
        one per combination; best effort (a read-only role skips)."""
        try:
            with self.engine.connect() as conn, conn.begin():
                conn.exec_driver_sql("SET LOCAL lock_timeout = '200ms'")
                conn.exec_driver_sql(f"SELECT {function}()")
        except DBAPIError:
            pass

    @contextmanager
    def _read(self) -> Iterator[OrmSession]:
        # the session's closing is inside too: its rollback on a server that froze after
        # the read raised the driver's own error, which the app did not know as "away"
        try:
            with self._sessions() as s:
                yield s
        except DBAPIError as exc:
            raise CatalogError(friendly_db_error(exc)) from exc

    @overload
    def _write(
        self,
        label: str,
        fn: Callable[[WriteContext], tuple[ChangeSummary, T]],
        *,
        undoable: bool = True,
        undoing: UndoRecord | None = None,
        text_unchanged: bool = False,
        details: dict[str, Any] | None = None,
    ) -> OpResult[T]: ...

    @overload
    def _write(
        self,
        label: str,
        fn: Callable[[WriteContext], ChangeSummary],
        *,
        undoable: bool = True,
        undoing: UndoRecord | None = None,
        text_unchanged: bool = False,
        details: dict[str, Any] | None = None,
    ) -> OpResult[None]: ...

    def _write(
        self,
        label: str,
        fn: Callable[[WriteContext], ChangeSummary | tuple[ChangeSummary, Any]],
        *,
        undoable: bool = True,
        undoing: UndoRecord | None = None,
        text_unchanged: bool = False,
        details: dict[str, Any] | None = None,
    ) -> OpResult[Any]:
        """Run ``fn`` in one short transaction; journal it for undo; reindex search text.

        The search text of every changed item is rebuilt unless the operation declares
        ``text_unchanged`` (ratings, clocks, collections touch no searchable text); its
        undo record says so too, and undoing or redoing it then skips the rebuild.
        """
        user = self.user_name

        def attempt() -> tuple[ChangeSummary, Any, UndoRecord | None, int | None, str]:
            # One whole transaction: a conflict with another writer runs it again from the
            # start (fresh reads, fresh journal), see dberrors.with_retry.
            with self._write_sessions() as s, s.begin():
                ctx = WriteContext(s, Journal(s), set())
                out = fn(ctx)
                changes, value = out if isinstance(out, tuple) else (out, None)
                said = ctx.label or label
                self._reindex(s, ctx.reindex if text_unchanged else ctx.reindex | changes.items)
                record = ctx.journal.record(said, changes) if undoable else None
                found = found_steps(ctx.journal.kept) if undoing is None else ()
                if record is None and undoable and undoing is None and ctx.journal.kept:
                    record = _teammates_step(s, said, ctx.journal.kept, user)
                elif record is not None and found:  # taken back once nobody else holds it
                    # (last: after the steps that put a moved row back where it was)
                    record = replace(record, steps=(*record.steps, *found))
                if record is not None and text_unchanged and not ctx.reindex:
                    record = replace(record, text_unchanged=True)
                if record is not None:
                    record = self._persist_undo(s, record, undoing)
                audit_id = None
                kept = audit.kept_items(ctx.journal.kept)
                # (a step that cannot be undone, such as removing a folder, is still
                # history: who removed which folder, and when)
                logged = not undoable and audit.other_changes(changes)
                if ctx.journal.steps or changes.items or kept or logged:
                    # Who did it, when, and what it touched (also read by undo's checks).
                    audit_id = audit.record(
                        s,
                        user=user,
                        action="do" if undoing is None else "redo" if undoing.is_redo else "undo",
                        label=said,
                        entry_id=record.entry_id if record is not None else None,
                        fields=audit.touched_fields([*ctx.journal.steps, *ctx.journal.kept]),
                        changes=replace(changes, items=changes.items | kept) if kept else changes,
                        details=_with_kept(
                            _with_before(details, s, ctx.journal.steps, changes.items),
                            ctx.journal.steps,
                            ctx.journal.kept,
                        ),
                    )
                return changes, value, record, audit_id, said

        try:
            changes, value, record, audit_id, said = with_retry(attempt)
        except BusyError as exc:
            raise CatalogError(str(exc)) from exc
        except DBAPIError as exc:
            raise CatalogError(friendly_db_error(exc)) from exc
        if audit_id is not None:
            if len(self.own_changes) > 10_000:
                self.own_changes.clear()
            self.own_changes.add(audit_id)
        if changes.tags:
            self._tag_paths = None
        return OpResult(changes=changes, undo=record, message=said, value=value)

    def _note_for_feed(
        self, s: OrmSession, label: str, items: Collection[int], roots: Collection[int] = ()
    ) -> int:
        """A bookkeeping entry of the audit log (action 'sync', not shown in the history):
        what the change feed reads (SQLite) or sends (PostgreSQL NOTIFY). Old ones go."""
        audit_id = audit.record(
            s,
            user=self.user_name,
            action=audit.SYNC,
            label=label or "Bookkeeping",
            entry_id=None,
            fields=set(),
            changes=ChangeSummary(
                items=frozenset(int(i) for i in items), roots=frozenset(int(r) for r in roots)
            ),
        )
        if audit_id % audit.SYNC_PRUNE_EVERY == 0:
            audit.prune_sync(s)
        return audit_id

    def _persist_undo(
        self, s: OrmSession, record: UndoRecord, undoing: UndoRecord | None
    ) -> UndoRecord:
        """Keep the journal in step: new operations add an entry, undo/redo flip one."""
        if undoing is None:
            # A new operation invalidates what its author undid (linear history per
            # person): a teammate's new work never clears your redo.
            user = self.user_name
            s.execute(
                delete(UndoEntry).where(UndoEntry.undone.is_(True), UndoEntry.user_name == user)
            )
            previous = s.scalar(select(func.max(UndoEntry.id)).where(UndoEntry.user_name == user))
            entry = UndoEntry(label=record.label, payload=record.to_json(), user_name=user)
            s.add(entry)
            s.flush()
            size = s.scalar(select(self._stored_bytes()).where(UndoEntry.id == entry.id)) or 0
            if (
                previous is None
                or previous // UNDO_JOURNAL_TRIM != entry.id // UNDO_JOURNAL_TRIM
                or size * UNDO_JOURNAL_TRIM > UNDO_JOURNAL_BYTES
            ):
                self._trim_journal(s, user)
            return replace(record, entry_id=entry.id)
        result = replace(record, entry_id=undoing.entry_id, is_redo=not undoing.is_redo)
        row = s.get(UndoEntry, undoing.entry_id) if undoing.entry_id is not None else None
        if row is not None:
            row.undone = not undoing.is_redo
            row.redo = result.to_json() if row.undone else None
        return result

    def _stored_bytes(self) -> Any:
        """The bytes an undo journal entry's records take in the database, read without
        their content: SQLite's length() of a blob reads its size from the row's header (of
        JSON text written before the journal was packed: its characters, read through);
        PostgreSQL's pg_column_size() is the stored, compressed size."""
        size = func.pg_column_size if self.engine.dialect.name != "sqlite" else func.length
        payload = size(UndoEntry.payload, type_=Integer)
        return payload + func.coalesce(size(UndoEntry.redo, type_=Integer), 0)

    def _trim_journal(self, s: OrmSession, user: str) -> None:
        """Bounded per person: keep their newest entries, at most UNDO_JOURNAL_KEPT and
        within UNDO_JOURNAL_BYTES, and always the newest one. Others' entries stay."""
        newest = s.execute(
            select(UndoEntry.id, self._stored_bytes())
            .where(UndoEntry.user_name == user)
            .order_by(UndoEntry.id.desc())
            .limit(UNDO_JOURNAL_KEPT + 1)
        ).all()
        total = 0
        oldest_kept = None
        for n, (entry_id, size) in enumerate(newest):
            total += size or 0
            if n == UNDO_JOURNAL_KEPT or (n and total > UNDO_JOURNAL_BYTES):
                break
            oldest_kept = entry_id
        else:
            return  # everything fits
        s.execute(delete(UndoEntry).where(UndoEntry.user_name == user, UndoEntry.id < oldest_kept))

    def _reindex(self, s: OrmSession, item_ids: set[int]) -> None:
        if item_ids:
            fulltext.reindex(s, sorted(item_ids))

    # -- undo -------------------------------------------------------------------------------
    def undo(self, record: UndoRecord, *, override: bool = False) -> OpResult[None]:
        """Apply an undo (or redo) record; the result's ``undo`` field reverses it again.

        Refused (:class:`EditConflict`) when a teammate changed the same field of the same
        item since, unless ``override``: the person chose to put their values back anyway
        ("Use mine" in the app); the history records it as theirs."""

        label = _applied_label(record)
        user = self.user_name
        redo = record.is_redo

        left: list[SameKept] = []  # what stays, theirs too (said with the result)

        def op(ctx: WriteContext) -> ChangeSummary:
            left.clear()  # (a retried transaction starts again)
            if not record.steps:  # a teammate had made the same change (_teammates_step)
                who = _first_maker(ctx.session, record, user)
                raise LeftToTeammate(_named("undo.theirs_too", who, redo), who)
            same: audit.SameSince = {}
            if record.entry_id is not None:
                # A teammate's newer value of the same field of the same item wins: refuse
                # (fields nobody else touched are restored, field by field) unless
                # ``override``; one they set the same since is theirs too and stays.
                same = audit.check_no_newer_change(
                    ctx.session,
                    user=user,
                    entry_id=record.entry_id,
                    items=record.changes.items,
                    redo=redo,
                    refuse=not override,
                    steps=record.steps,
                )
            # rows it found already there: still a teammate's (theirs too, said) or its own
            steps, held = held_before(ctx.session, user, record)
            steps, kept = leave_theirs(steps, _joined(same, held))
            apply_undo(ctx.journal, replace(record, steps=steps))
            if kept is not None:
                kept = _said(ctx.session, kept)
                left.append(kept)
                if not ctx.journal.steps:  # all of it stays: theirs as much as this person's
                    code = "undo.same_since" if kept.field in same else "undo.theirs_too"
                    if redo and kept.field in same:  # set meanwhile, while it was undone
                        code = "undo.same_while_undone"
                    at = kept.at if code == "undo.same_since" else None
                    raise LeftToTeammate(_named(code, kept.user, redo, at), kept.user, at)
                # the history lists the undo on the items it changed, not on those it left
                return replace(record.changes, items=audit.kept_items(list(steps)))
            if override and not ctx.journal.steps:
                # "Use mine" over a teammate's change that left nothing of this one (the
                # keyword it added merged into another): said, not passed off as done
                raise audit.NothingLeftToUndo(
                    _named("undo.nothing_left", _who_changed(ctx.session, record, user), redo)
                )
            if not ctx.journal.steps:
                # Every row the step changed has left the catalogue since (its folder was
                # removed, by this person or a teammate): "Undone" would be a lie, and the
                # step would stay first in line for ever.
                raise audit.NothingLeftToUndo(refused("undo.gone", redo=redo))
            return record.changes

        try:
            result = self._write(label, op, undoing=record, text_unchanged=record.text_unchanged)
        except LeftToTeammate as exc:
            self._left_to(record, exc.user)
            raise
        except audit.NothingLeftToUndo:
            self._forget_undo_entry(record.entry_id)
            raise
        self._tag_paths = None
        return replace(result, kept=left[0]) if left else result

    def _forget_undo_entry(self, entry_id: int | None) -> None:
        """A step with nothing left to undo or redo leaves the journal, so the next undo
        goes on to the step before it."""
        if entry_id is not None:
            with self._write_sessions() as s, s.begin():
                s.execute(delete(UndoEntry).where(UndoEntry.id == entry_id))

    def _left_to(self, record: UndoRecord, holder: str | None) -> None:
        """An undo that left everything to a teammate is still this person's undo: the
        history records it (naming who holds the values), so the teammate's own undo later
        finds no hold of this person's and takes the values away; the step leaves the
        journal. It touched no field, so it is no newer value to anyone's undo either. A
        redo left so is history too (why the step left the redo list), outside its step's
        run: the person's undo before it still stands, and holds nothing."""
        if record.entry_id is None:
            return
        redo = record.is_redo
        with self._write_sessions() as s, s.begin():
            audit.record(
                s,
                user=self.user_name,
                action="redo" if redo else "undo",
                label=_applied_label(record),
                entry_id=None if redo else record.entry_id,
                fields=set(),
                changes=ChangeSummary(items=record.changes.items),
                details={audit.HELD_BY: holder} if holder else None,
            )
            s.execute(delete(UndoEntry).where(UndoEntry.id == record.entry_id))

    def _mine(self) -> Any:
        # Entries from before the journal knew its authors belong to everyone.
        return or_(UndoEntry.user_name == self.user_name, UndoEntry.user_name.is_(None))

    def next_undo(self) -> UndoRecord | None:
        """The current user's operation :meth:`undo_last` would undo (nothing changes)."""
        with self._read() as s:
            entry = s.scalars(
                select(UndoEntry)
                .where(UndoEntry.undone.is_(False), self._mine())
                .order_by(UndoEntry.id.desc())
            ).first()
        if entry is None:
            return None
        return replace(UndoRecord.from_json(entry.payload), entry_id=entry.id)

    def undo_last(self) -> OpResult[None] | None:
        """Undo the current user's newest journalled operation not undone yet (for the CLI)."""
        record = self.next_undo()
        return None if record is None else self.undo(record)

    def next_redo(self) -> UndoRecord | None:
        """The current user's operation :meth:`redo_last` would redo (nothing changes)."""
        with self._read() as s:
            entry = s.scalars(
                select(UndoEntry)
                .where(UndoEntry.undone.is_(True), self._mine())
                .order_by(UndoEntry.id.asc())
            ).first()
        if entry is None or entry.redo is None:
            return None
        return replace(UndoRecord.from_json(entry.redo), entry_id=entry.id, is_redo=True)

    def redo_last(self) -> OpResult[None] | None:
        """Redo the current user's operation undone most recently (for the CLI)."""
        record = self.next_redo()
        return None if record is None else self.undo(record)

    # -- records ----------------------------------------------------------------------------
    def tag_paths(self) -> dict[int, str]:
        """Tag id -> "Parent|Child" path (cached until a tag changes)."""
        if self._tag_paths is None:
            with self._read() as s:
                rows = s.execute(select(Tag.id, Tag.name, Tag.parent_id)).all()
            names = {r.id: (r.name, r.parent_id) for r in rows}
            self._tag_paths = tag_paths_from(names)
        return self._tag_paths

    def _items_by_ids(self, s: OrmSession, ids: Sequence[int]) -> list[ItemRecord]:
        """Records for ``ids`` in the given order (missing ids are skipped)."""
        if not ids:
            return []
        if self.engine.dialect.name != "sqlite":
            return seen_offline(self._typed_records(s, ids), self._roots_away(s))
        # The rows as SQLite keeps them, each column converted by a step worked out once
        # (``record_rows``, as the light reader reads them): SQLAlchemy's result processing
        # was a third of a grid page's ~21 ms of Python, all of it holding the interpreter
        # the UI thread waits for while scrolling.
        return read_records(driver_sql(s), ids, self._root_paths(s), self.tag_paths())

    def _typed_records(self, s: OrmSession, ids: Sequence[int]) -> list[ItemRecord]:
        """:meth:`_items_by_ids` through Core statements built once, the values converted
        by the columns' types (PostgreSQL's path; tests compare it with SQLite's)."""
        conn = s.connection()
        roots = self._root_paths(s)
        columns, texts_of, tags_of = _record_statements()
        rows: dict[int, Any] = {}
        texts: dict[int, dict[str, dict[str, str]]] = {}
        tags: dict[int, list[TagRef]] = {}
        people: dict[int, list[RestrictedPerson]] = {}  # restricted people shown
        tag_paths = self.tag_paths()
        for chunk in chunked(ids):
            wanted = {"ids": list(chunk)}
            for row in conn.execute(columns, wanted).all():
                rows[row[0]] = row
            for item_id, field, lang, value in conn.execute(texts_of, wanted).all():
                texts.setdefault(item_id, {}).setdefault(field, {})[lang] = value
            for item_id, tag_id, name, kind, restriction, on in conn.execute(tags_of, wanted).all():
                tags.setdefault(item_id, []).append(
                    TagRef(id=tag_id, name=name, kind=kind, path=tag_paths.get(tag_id, name))
                )
                if restriction != Restriction.NONE:
                    people.setdefault(item_id, []).append((name, restriction, on))
        make = RecordMaker(roots, restricted_sessions(driver_sql(s)))
        return [
            make(found, texts.get(i), tags.get(i), people.get(i))
            for i in ids
            if (found := rows.get(i)) is not None
        ]

    def roots_offline_here(self, *, fresh: bool = False) -> frozenset[int]:
        """The folders (root ids) of a team catalogue this computer cannot reach now: their
        items are offline here (views, searches, problems, exports), while the stored
        status stays the team's. Empty for a catalogue file, whose scans store it.
        ``fresh``: look at the folders now, not trusting a look of the last seconds."""
        if not self.shared:
            return frozenset()
        if fresh:
            self._look_again()
        kept = self._away_kept()
        if kept is not None:
            return kept
        with self._read() as s:
            return self._roots_away(s)

    def _look_again(self) -> None:
        """Forget the last look at the folders out of reach (a scan, the sidebar)."""
        self.__dict__.pop("_away_seen", None)

    def _away_kept(self) -> frozenset[int] | None:
        """The last look at the folders out of reach, while it is recent enough."""
        kept: tuple[float, frozenset[int]] | None = self.__dict__.get("_away_seen")
        if kept is not None and time.monotonic() - kept[0] < REACH_RECHECK_S:
            return kept[1]
        return None

    def _roots_away(self, s: OrmSession) -> frozenset[int]:
        """:meth:`roots_offline_here` in session ``s``; looked at again every few seconds
        (each look lists every folder: a filter, a page and a count in a row ask once)."""
        if not self.shared:
            return frozenset()
        kept = self._away_kept()
        if kept is not None:
            return kept
        away = frozenset(i for i, path in self._root_paths(s).items() if unreachable(path))
        self.__dict__["_away_seen"] = (time.monotonic(), away)
        return away

    def _here(self, f: ItemFilter | None) -> ItemFilter:
        """``f`` (None: everything) as this computer sees the catalogue (``seen_from_here``)."""
        f = f or ItemFilter()
        if not f.statuses and not (f.sub or f.exclude or f.any_of):
            return f
        return seen_from_here(f, self.roots_offline_here())

    def _root_paths(self, s: OrmSession) -> dict[int, str]:
        """Root id -> where this machine sees it (its mount, else the path it was added at)."""
        from smparchive.core import paths
        from smparchive.core.catalog.models import RootMount

        out = {int(i): str(p) for i, p in s.execute(select(Root.id, Root.path))}
        mounts = select(RootMount.root_id, RootMount.path).where(
            RootMount.machine == paths.machine_id()
        )
        for root_id, path in s.execute(mounts):
            out[int(root_id)] = str(path)
        return out

    def items(self, ids: Sequence[int]) -> list[ItemRecord]:
        """Item records for ``ids``, in that order."""
        with self._read() as s:
            return self._items_by_ids(s, ids)

    def item(self, item_id: int) -> ItemRecord:
        """One item record; raises KeyError when it does not exist."""
        found = self.items([item_id])
        if not found:
            raise KeyError(item_id)
        return found[0]


def _with_before(
    details: dict[str, Any] | None,
    s: OrmSession,
    steps: list[dict[str, Any]],
    items: frozenset[int],
) -> dict[str, Any] | None:
    """The change's details plus the values it replaced (the History tab's old -> new) and
    where it left the items it put in a collection (undo's check reads them)."""
    before = audit.before_values(steps, items)
    placed = positions_left(s, steps)
    extra: dict[str, Any] = {"before": before} if before else {}
    if placed:
        extra[POSITIONS] = placed
    return {**(details or {}), **extra} if extra else details


def _applied_label(record: UndoRecord) -> str:
    """The label of applying an undo (or redo) record: "Undo Set rating" ("Set rating")."""
    return record.label[5:] if record.label.startswith("Undo ") else f"Undo {record.label}"


def _with_kept(
    details: dict[str, Any] | None, steps: list[dict[str, Any]], kept: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The change's details plus what it found already so (undo's check reads it)."""
    found = audit.kept_only(steps, kept)
    return {**(details or {}), audit.KEPT: found} if found else details


def _joined(later: audit.SameSince, earlier: audit.SameSince) -> audit.SameSince:
    """Teammates' holds of the same values after and before a change, as one."""
    out = dict(later)
    for field, hold in earlier.items():
        then = out.get(field, hold._replace(items=frozenset()))
        on, items = then.items, hold.items
        out[field] = then._replace(items=None if on is None or items is None else on | items)
    return out


def _said(s: OrmSession, kept: SameKept) -> SameKept:
    """``kept`` with its item's name and its sentence (the command line's)."""
    name = audit.item_name(s, kept.item_id) if kept.item_id is not None else None
    item = name or (f"item {kept.item_id}" if kept.item_id is not None else "")
    if kept.items > 1:
        item += f" and {kept.items - 1} other item" + ("s" if kept.items > 2 else "")
    field = audit.describe_field(kept.field, s)
    # on this computer's clock with its zone, as every time of someone's work reads
    when = action_values("at", kept.at)
    if item:
        said = problem("undo.same_kept", user=kept.user, field=field, item=item, **when)
    else:  # a row of no item (a camera's clock)
        said = problem("undo.same_kept_here", user=kept.user, field=field, **when)
    return replace(kept, item_name=name, said=str(said), tag_kind=audit.tag_kind(s, kept.field))


def friendly_db_error(exc: DBAPIError) -> str:
    """One sentence naming the cause of a database error."""
    return describe(exc)


def _teammates_step(
    s: OrmSession, label: str, kept: Sequence[dict[str, Any]], user: str
) -> UndoRecord | None:
    """An undo step with nothing to apply, for an operation that found every value as it
    asked because a teammate had just made the same change (both added "Panel" at once):
    this person's Ctrl+Z then answers for it and says whose the value is, where without a
    step it silently undid their change before it. None when the values were this
    person's own, or as the scan read them (pressing P on a picked photo is no step)."""
    items = audit.kept_items(kept)
    fields = audit.touched_fields(kept)
    if audit.teammate_made_it(s, user=user, items=items, fields=fields) is None:
        return None
    # its keywords, people and memberships: taken back once that teammate has let go
    return UndoRecord(label=label, steps=found_steps(kept), changes=ChangeSummary(items=items))


def _named(code: str, who: str | None, redo: bool, at: datetime | None = None) -> str:
    """The refusal of an undo (``redo``: a redo) for reason ``code``, naming the teammate
    (and ``at``, when they made their change), or for its ``_unnamed`` sibling when the
    history no longer says who (a name in the sentence, not an English word inside a
    French one)."""
    if who:
        when = action_values("at", at) if at is not None else {}
        return refused(code, redo=redo, user=who, **when)
    return refused(f"{code}_unnamed", redo=redo)


def _first_maker(s: OrmSession, record: UndoRecord, user: str) -> str | None:
    """Who had made the change ``record`` (a step with nothing to apply) found made."""
    row = s.execute(
        select(AuditEntry.id, AuditEntry.fields)
        .where(AuditEntry.entry_id == record.entry_id)
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
    if row is not None:
        first = audit.teammate_made_it(
            s, user=user, items=record.changes.items, fields=set(row.fields or ()), before=row.id
        )
        if first is not None and first.user_name:
            return first.user_name
    return None


def _who_changed(s: OrmSession, record: UndoRecord, user: str) -> str | None:
    """The teammate whose change since stands in the way of undoing ``record``."""
    if record.entry_id is not None:
        try:
            audit.check_no_newer_change(
                s,
                user=user,
                entry_id=record.entry_id,
                items=record.changes.items,
                steps=record.steps,
            )
        except audit.EditConflict as exc:
            if exc.user:
                return exc.user
    return None


def driver_sql(s: OrmSession) -> Callable[[str, Sequence[Any]], Any]:
    """Runs a statement of the driver's own SQL in ``s`` (the rows as stored; see
    ``record_rows``)."""
    conn = s.connection()

    def execute(sql: str, params: Sequence[Any]) -> Any:
        return conn.exec_driver_sql(sql, tuple(params)).all()

    return execute


@functools.cache
def _record_statements() -> tuple[Any, Any, Any]:
    """An item record's columns, texts and tags for an expanding ``:ids`` list (built once:
    building a statement is ~1 ms of Python per call)."""
    ids: Any = bindparam("ids", expanding=True)
    columns = select(*[getattr(MediaItem, f) for f in ITEM_COLUMN_FIELDS]).where(
        MediaItem.id.in_(ids)
    )
    texts = select(ItemText.item_id, ItemText.field, ItemText.lang, ItemText.value).where(
        ItemText.item_id.in_(ids)
    )
    tags = (
        select(
            ItemTag.item_id, Tag.id, Tag.name, Tag.kind, Tag.restriction, Tag.consent_withdrawn_on
        )
        .join(Tag, Tag.id == ItemTag.tag_id)
        .where(ItemTag.item_id.in_(ids))
    )
    return columns, texts, tags
