"""Working as a team: the change history (who, what, when) and edits that check they are
based on the values still there (optimistic concurrency)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session as OrmSession

from smparchive.core import paths
from smparchive.core.catalog import audit
from smparchive.core.catalog.audit import AuditRecord, EditConflict
from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.chunks import chunked
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.feed import ChangeFeed, FeedChange
from smparchive.core.catalog.labels import field_words
from smparchive.core.catalog.models import (
    AuditEntry,
    AuditItem,
    ItemText,
    MediaItem,
    Root,
    UndoEntry,
    table_of,
    utcnow,
)
from smparchive.core.catalog.models import Session as ProgrammeSession
from smparchive.core.catalog.records import RootRecord
from smparchive.core.catalog.undo import ChangeSummary, OpResult, UndoRecord
from smparchive.core.domain.timefmt import action_time
from smparchive.core.messages import problem

TextKey = tuple[str, str]  # (field, language), e.g. ("caption", "fr")
SHARED_CACHE_KEY = "shared_cache_dir"
# Retention of the audit log, catalogue-wide (settings); pruned after scans and by
# `smparchive log --prune`. Entries a person can still undo are always kept.
AUDIT_KEEP_DAYS_KEY = "audit_keep_days"
AUDIT_KEEP_ROWS_KEY = "audit_keep_rows"
AUDIT_KEEP_DAYS = 730
AUDIT_KEEP_ROWS = 200_000
ROOT_PLACE_KEY = "root_place."  # + root id: {"volume": ..., "inside": ...} (core/volumes)
ENV_CACHE_DIR = "SMPARCHIVE_CACHE_DIR"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditRetention:
    """How much history a catalogue keeps: entries younger than ``days`` and at most the
    newest ``rows`` (0 in either means no limit)."""

    days: int = AUDIT_KEEP_DAYS
    rows: int = AUDIT_KEEP_ROWS


class TeamOps(CatalogBase):
    """History of changes and conflict-checked edits."""

    if TYPE_CHECKING:  # provided by LibraryOps (ops_library.py) in the Catalog facade

        def setting(self, key: str, default: object = None) -> object: ...
        def set_setting(self, key: str, value: object) -> None: ...
        def root(self, root_id: int, *, counts: bool = True) -> RootRecord: ...

    def audit_retention(self) -> AuditRetention:
        """The catalogue's retention of the change history (team-wide)."""

        def number(key: str, default: int) -> int:
            value = self.setting(key)
            return int(value) if isinstance(value, int | float) and value >= 0 else default

        return AuditRetention(
            number(AUDIT_KEEP_DAYS_KEY, AUDIT_KEEP_DAYS),
            number(AUDIT_KEEP_ROWS_KEY, AUDIT_KEEP_ROWS),
        )

    def set_audit_retention(self, retention: AuditRetention) -> None:
        """Keep history for ``retention.days`` days and ``retention.rows`` entries."""
        if retention.days < 0 or retention.rows < 0:
            raise CatalogError(problem("team.keep"))
        self.set_setting(AUDIT_KEEP_DAYS_KEY, retention.days)
        self.set_setting(AUDIT_KEEP_ROWS_KEY, retention.rows)

    def prune_history(self, retention: AuditRetention | None = None) -> int:
        """Forget history older than the retention (the catalogue's unless given) and
        beyond its newest entries; entries that back a change someone can still undo or
        redo are kept (undo's checks read them). Returns how many entries went."""
        keep = retention or self.audit_retention()
        if not keep.days and not keep.rows:
            return 0
        journalled = select(UndoEntry.id)
        with self._write_sessions() as s, s.begin():
            old = []
            if keep.days:
                cutoff = utcnow() - timedelta(days=keep.days)
                old.append(AuditEntry.at < cutoff)
            if keep.rows:
                newest = s.scalar(
                    select(AuditEntry.id).order_by(AuditEntry.id.desc()).offset(keep.rows - 1)
                    .limit(1)
                )  # fmt: skip
                if newest is not None:
                    old.append(AuditEntry.id < newest)
            if not old:
                return 0
            doomed = (
                select(AuditEntry.id)
                .where(or_(*old))
                .where(or_(AuditEntry.entry_id.is_(None), AuditEntry.entry_id.not_in(journalled)))
            )
            ids = list(s.scalars(doomed))
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                s.execute(delete(AuditItem).where(AuditItem.audit_id.in_(chunk)))
                s.execute(delete(AuditEntry).where(AuditEntry.id.in_(chunk)))
        if ids:
            log.info("history: %d entries older than the retention removed", len(ids))
        return len(ids)

    def record_scan(
        self,
        roots: Sequence[str],
        counts: Mapping[str, int],
        *,
        user: str | None = None,
        at: datetime | None = None,
    ) -> int:
        """Note in the history who scanned which folders and what the scan found (the
        scan's own writes are bulk bookkeeping, not undoable changes). Returns its id.
        ``user`` and ``at``: of a scan noted beside the catalogue (core/catalog/scan_notes)."""
        label = "Scan " + ", ".join(roots) if roots else "Scan"
        with self._write_sessions() as s, s.begin():
            audit_id = audit.record(
                s,
                at=at,
                user=user or self.user_name,
                action="scan",
                label=label,
                entry_id=None,
                fields=set(),
                changes=ChangeSummary(),
                details={"values": {k: int(v) for k, v in counts.items()}, "roots": list(roots)},
            )
        self.own_changes.add(audit_id)
        return audit_id

    def history_count(self) -> int:
        """How many entries the history holds."""
        with self._read() as s:
            q = select(func.count()).select_from(AuditEntry)
            return int(s.scalar(q.where(AuditEntry.action != audit.SYNC)) or 0)

    def history(
        self, *, item_id: int | None = None, user: str | None = None, limit: int = 200
    ) -> list[AuditRecord]:
        """Changes, undos and redos, newest first; optionally of one item or one person."""
        q = (
            select(AuditEntry)
            .where(AuditEntry.action != audit.SYNC)  # the feed's bookkeeping: no one's change
            .order_by(AuditEntry.id.desc())
            .limit(max(1, limit))
        )
        if item_id is not None:
            q = q.join(AuditItem, AuditItem.audit_id == AuditEntry.id).where(
                AuditItem.item_id == item_id
            )
        if user is not None:
            q = q.where(AuditEntry.user_name == user)
        with self._read() as s:
            records = [audit.to_record(e) for e in s.scalars(q)]
            wanted = set().union(*(r.session_ids() for r in records))
            titles: dict[int, str] = {}
            for chunk in chunked(sorted(wanted)):
                q_titles = select(ProgrammeSession.id, ProgrammeSession.title)
                for sid, title in s.execute(q_titles.where(ProgrammeSession.id.in_(chunk))):
                    titles[int(sid)] = str(title)
        if not titles:
            return records
        return [
            replace(r, session_titles={i: titles[i] for i in r.session_ids() if i in titles})
            for r in records
        ]

    def server_cache_dir(self) -> Path:
        """The thumbnail/preview cache of a server catalogue on this machine:
        $SMPARCHIVE_CACHE_DIR, else the team's shared folder (``set_shared_cache``) when this
        machine can write to it, else a local folder of this user. Pictures are named by
        content hash, so every teammate's copy of a file finds the same thumbnails."""
        env = os.environ.get(ENV_CACHE_DIR, "").strip()
        if env:
            return Path(env).expanduser()
        shared = self.setting(SHARED_CACHE_KEY)
        if isinstance(shared, str) and shared:
            folder = Path(shared)
            if folder.is_dir() and os.access(folder, os.W_OK):
                return folder
            log.warning("shared cache %s is not reachable here; using a local one", shared)
        return paths.server_cache_dir(self.location)

    def set_shared_cache(self, folder: Path | None) -> None:
        """Make (or with None stop making) ``folder`` the whole team's cache; it must exist
        and be writable here. Takes effect on this catalogue at once, elsewhere on opening."""
        if folder is not None:
            folder = folder.expanduser().absolute()
            if not folder.is_dir() or not os.access(folder, os.W_OK):
                raise CatalogError(problem("folder.not_writable", target=folder))
        self.set_setting(SHARED_CACHE_KEY, str(folder) if folder else None)
        if self.engine.dialect.name != "sqlite":
            self.cache_dir = self.server_cache_dir()

    def map_root(self, root_id: int, folder: Path | None) -> None:
        """This computer sees root ``root_id`` at ``folder`` (a share mounted elsewhere than
        where it was added); None forgets the mapping. The folder must hold the root's files
        (a sample of its items is looked for), so a wrong mapping cannot make items missing."""
        from smparchive.core.catalog.models import RootMount
        from smparchive.core.catalog.upsert import dialect_insert_for
        from smparchive.core.pathnames import os_path

        machine = paths.machine_id()
        with self._write_sessions() as s, s.begin():
            # its items' paths change in this computer's views: open windows (this process's
            # and others', the CLI's mapping included) read them again from the change feed
            note = self._note_for_feed(s, "Folder seen elsewhere", (), roots=(root_id,))
            if s.get(Root, root_id) is None:
                raise CatalogError(problem("missing.folder", value=root_id))
            if folder is None:
                s.execute(
                    delete(RootMount).where(
                        RootMount.root_id == root_id, RootMount.machine == machine
                    )
                )
                self.own_changes.add(note)
                self._look_again()
                return
            folder = folder.expanduser().absolute()
            if not folder.is_dir():
                raise CatalogError(problem("folder.not_visible", target=folder))
            sample = list(
                s.scalars(select(MediaItem.rel_path).where(MediaItem.root_id == root_id).limit(20))
            )
            if sample and not any(os.path.lexists(os_path(str(folder), r)) for r in sample):
                raise CatalogError(problem("folder.not_holding", target=folder, n=len(sample)))
            stmt = dialect_insert_for(s.get_bind().dialect.name, table_of(RootMount))
            s.execute(
                stmt.values(
                    root_id=root_id, machine=machine, path=str(folder)
                ).on_conflict_do_update(
                    index_elements=["root_id", "machine"], set_={"path": str(folder)}
                )
            )
        self.own_changes.add(note)  # this window announces it itself (no second read)
        self._look_again()  # reachable now: its items are not offline here any more
        self.remember_root_place(root_id, str(folder))

    def remember_root_place(self, root_id: int, folder: str) -> None:
        """Note which volume (filesystem UUID, share source) holds a root and where inside
        it, read from this computer's mount table; nothing is written into the folder.
        Teammates' computers then find the root wherever they mount that volume."""
        from smparchive.core import volumes

        place = volumes.place_of(folder)
        if place is None:
            return
        key = f"{ROOT_PLACE_KEY}{root_id}"
        value = {"volume": place.volume, "inside": place.inside}
        if self.setting(key) != value:
            self.set_setting(key, value)

    def locate_root(self, root_id: int, limit: int = 5) -> list[Path]:
        """Where a root this computer does not see at its path may be: on the same volume
        mounted elsewhere, else under a usual mount point with the same files (a sample of
        catalogued files, same sizes). Proposals only: :meth:`map_root` after the person
        confirms. Empty when the root is visible here or nothing matches."""
        from smparchive.core import volumes
        from smparchive.core.pathnames import os_path

        here = self.root(root_id, counts=False)
        if not volumes.folder_gone(here.path):  # an empty mount point is not the root
            return []
        with self._read() as s:
            sample = list(
                s.execute(
                    select(MediaItem.rel_path, MediaItem.size)
                    .where(MediaItem.root_id == root_id)
                    .order_by(MediaItem.id)
                    .limit(20)
                )
            )
        if not sample:
            return []

        def holds_root(folder: str) -> bool:
            found = 0
            for rel, size in sample:
                try:
                    found += os.stat(os_path(folder, rel)).st_size == size
                except OSError:
                    continue
            return found >= max(1, (len(sample) * 4 + 4) // 5)  # 80 % of the sample

        mounts = volumes.current_mounts()
        stored = self.setting(f"{ROOT_PLACE_KEY}{root_id}")
        proposals: list[str] = []
        if isinstance(stored, dict) and stored.get("volume"):
            place = volumes.VolumePlace(str(stored["volume"]), str(stored.get("inside", "")))
            proposals += volumes.places_here(place, mounts)
        proposals += list(volumes.candidate_folders(here.path, mounts))
        out: list[Path] = []
        for folder in dict.fromkeys(proposals):
            if os.path.isdir(folder) and holds_root(folder):
                out.append(Path(folder))
                if len(out) >= limit:
                    break
        return out

    def change_feed(self, since: int | None = None, answer_s: float | None = None) -> ChangeFeed:
        """Changes committed from now on (or after audit id ``since``, a previous feed's
        ``last``) by anyone (other windows, the CLI, teammates): ``feed.wait(seconds)``
        returns them; close it when done. ``answer_s``: how long the server gets to answer
        the feed's opening and its ``heartbeat()`` (a frozen server found within it)."""
        server = self.engine.dialect.name != "sqlite"

        def arrived(changes: list[FeedChange]) -> None:
            # a teammate may have renamed, merged or deleted a tag: paths are read again
            if any(c.audit_id not in self.own_changes for c in changes):
                self._tag_paths = None

        return ChangeFeed(
            self.engine, None if server else self.location, since, arrived, answer_s=answer_s
        )

    def item_history(self, item_id: int, limit: int = 200) -> list[AuditRecord]:
        """Who changed this item, what and when (the inspector's History tab)."""
        return self.history(item_id=item_id, limit=limit)

    def edit_conflict(
        self,
        item_ids: Sequence[int],
        *,
        expect_fields: Mapping[str, Any] | None = None,
        expect_texts: Mapping[TextKey, str | None] | None = None,
        fields_to: Mapping[str, Any] | None = None,
        texts_to: Mapping[TextKey, str | None] | None = None,
    ) -> EditConflict | None:
        """What would refuse :meth:`edit_items` with these ``expect_*`` values now (a
        teammate's newer value), None when nothing would: the app's conflict box looks
        again while it is open. ``*_to``: the values the edit writes (a teammate's value
        equal to them is none to choose between). Reads only."""
        from smparchive.core.catalog.ops_metadata import clean_value

        fields = {k: clean_value(k, v) for k, v in (expect_fields or {}).items()}
        texts = {(f, (g or "x-default").strip().lower()): v or None
                 for (f, g), v in (expect_texts or {}).items()}  # fmt: skip
        writing = _writing(
            {k: clean_value(k, v) for k, v in (fields_to or {}).items()},
            {(f, (g or "x-default").strip().lower()): v or None
             for (f, g), v in (texts_to or {}).items()},
        )  # fmt: skip
        with self._read() as s:
            try:
                expected_in(s, sorted(set(item_ids)), fields, texts, lock=False, writing=writing)
            except EditConflict as exc:
                return exc
        return None

    def undo_conflict(self, record: UndoRecord) -> EditConflict | None:
        """The teammate's newer change that would refuse undoing (or redoing) ``record``
        now, None when none would. Reads only."""
        if record.entry_id is None:
            return None
        with self._read() as s:
            try:
                audit.check_no_newer_change(
                    s,
                    user=self.user_name,
                    entry_id=record.entry_id,
                    items=record.changes.items,
                    redo=record.is_redo,
                    steps=record.steps,
                )
            except EditConflict as exc:
                return exc
        return None

    def edit_items(
        self,
        item_ids: Sequence[int],
        *,
        fields: Mapping[str, Any] | None = None,
        texts: Mapping[TextKey, str | None] | None = None,
        expect_fields: Mapping[str, Any] | None = None,
        expect_texts: Mapping[TextKey, str | None] | None = None,
    ) -> OpResult[None]:
        """Set fields and texts in one undoable step, provided every item still has the
        ``expect_*`` values the edit was based on; otherwise raise :class:`EditConflict`
        naming what changed and who changed it, and change nothing."""
        from smparchive.core.catalog.ops_metadata import (
            TEXT_FIELDS,
            clean_value,
            fields_changed,
            replace_text,
            update_changed,
        )

        def clean_fields(values: Mapping[str, Any] | None) -> dict[str, Any]:
            return {key: clean_value(key, value) for key, value in (values or {}).items()}

        def clean_texts(values: Mapping[TextKey, str | None] | None) -> dict[TextKey, str | None]:
            out: dict[TextKey, str | None] = {}
            for (field, lang), value in (values or {}).items():
                if field not in TEXT_FIELDS:
                    raise CatalogError(f"Text field must be one of {', '.join(TEXT_FIELDS)}.")
                out[(field, (lang or "x-default").strip().lower())] = value or None
            return out

        new_fields, new_texts = clean_fields(fields), clean_texts(texts)
        want_fields, want_texts = clean_fields(expect_fields), clean_texts(expect_texts)
        ids = sorted(set(item_ids))
        if not ids or not (new_fields or new_texts):
            return OpResult(ChangeSummary(), None, "nothing to change")
        names = [field_words(k) for k in dict.fromkeys(new_fields)]
        names = [*dict.fromkeys(names), *(field_words(f"{f}.{g}") for f, g in new_texts)]

        def op(ctx: WriteContext) -> ChangeSummary:
            check_expected(ctx, ids, want_fields, want_texts, _writing(new_fields, new_texts))
            # values already so (a teammate's a moment ago) are noted, not changed
            changed = fields_changed(
                update_changed(ctx, ids, new_fields) if new_fields else (), new_fields
            )
            for (field, lang), value in new_texts.items():
                done = replace_text(ctx, ids, field, lang, value)
                changed = changed.merge(ChangeSummary(items=frozenset(done)))
                ctx.reindex.update(done)
            return changed

        details = audit.texts_set(new_fields, {f"{f}.{g}": v for (f, g), v in new_texts.items()})
        return self._write(
            "Set " + ", ".join(names), op, text_unchanged=not new_texts, details=details
        )


def _writing(
    fields: Mapping[str, Any], texts: Mapping[TextKey, str | None]
) -> dict[str | TextKey, Any]:
    """The values an edit writes, fields and texts in one mapping (:func:`expected_in`)."""
    out: dict[str | TextKey, Any] = {}
    out.update(fields)
    out.update(texts)
    return out


def check_expected(
    ctx: WriteContext,
    ids: Sequence[int],
    fields: Mapping[str, Any],
    texts: Mapping[TextKey, str | None],
    writing: Mapping[str | TextKey, Any] | None = None,
) -> None:
    """Raise EditConflict when an item no longer has a value the edit was based on, unless
    it now has the value the edit writes (``writing``: field or (field, language) -> value):
    a teammate who typed the same a moment before leaves nothing to choose, and the write
    then notes that value as this person's too (``Journal.keep``), for undo to leave it."""
    expected_in(ctx.session, ids, fields, texts, lock=True, writing=writing)


def expected_in(
    s: OrmSession,
    ids: Sequence[int],
    fields: Mapping[str, Any],
    texts: Mapping[TextKey, str | None],
    *,
    lock: bool,
    writing: Mapping[str | TextKey, Any] | None = None,
) -> None:
    """:func:`check_expected` in session ``s``; ``lock``: the rows stay locked until the
    transaction ends (a write's check), not for a look (the conflict box's)."""
    to = writing or {}

    def differs(key: str | TextKey, now: Any, expected: Any) -> bool:
        # neither what the edit was based on nor what it writes: a real choice
        return now != expected and (key not in to or now != to[key])

    if fields:
        cols = [getattr(MediaItem, f) for f in fields]
        for chunk in chunked(ids):
            # Locked until commit: nobody changes these rows between the check and the write.
            q = select(MediaItem.id, *cols).where(MediaItem.id.in_(chunk)).order_by(MediaItem.id)
            for row in s.execute(q.with_for_update(key_share=True) if lock else q):
                for name, now in zip(fields, row[1:], strict=True):
                    if differs(name, now, fields[name]):
                        _conflict(s, row[0], f"items.{name}", now, fields[name])
    for (field, lang), expected in texts.items():
        current: dict[int, str] = {}
        for chunk in chunked(ids):
            q = (
                select(ItemText.item_id, ItemText.value)
                .where(ItemText.item_id.in_(chunk))
                .where(ItemText.field == field, ItemText.lang == lang)
            )
            current.update((r[0], r[1]) for r in s.execute(q.with_for_update() if lock else q))
        for item_id in ids:
            now = current.get(item_id)
            if differs((field, lang), now, expected):
                _conflict(s, item_id, f"text.{field}.{lang}", now, expected)


def _conflict(s: OrmSession, item_id: int, field: str, now: Any, expected: Any) -> None:
    last = audit.last_change(s, item_id, field)
    # on this computer's clock with its zone, as every time of someone's work reads
    at = action_time(last.at, None).text(marker=False) if last else ""
    who = f" (changed by {last.user_name} at {at})" if last else ""
    raise EditConflict(
        f"Nothing changed: the {audit.describe_field(field, s)} of item {item_id} is now "
        f"{_show(now)}{who}, not {_show(expected)} as your edit assumed.",
        user=last.user_name if last else None,
        item_id=item_id,
        field=field,
        at=last.at if last else None,
        now=now,
        item_name=audit.item_name(s, item_id),
        item_length_s=audit.item_length(s, item_id),
    )


def _show(value: Any) -> str:
    return "empty" if value in (None, "") else repr(value) if isinstance(value, str) else str(value)
