"""The catalogue side of ingest: bulk upserts, moves, missing/offline, duplicates, fixity.

Ingest writes thousands of rows, so these operations use bulk statements
(``session.execute(insert(...), rows)``) in short batches instead of the ORM unit of work,
and are not journalled for undo: they record what is on disk, they do not edit metadata.
User metadata (rating, flag, tags, texts, session, consent ...) is never overwritten by a
re-probe; values read from a file only fill what the catalogue does not have yet.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, case, func, insert, literal, or_, select, type_coerce, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session as OrmSession

from smparchive.core.catalog import fulltext
from smparchive.core.catalog.base import CatalogBase, friendly_db_error, join_root, status_here
from smparchive.core.catalog.cameras import name_cameras
from smparchive.core.catalog.chunks import chunked, id_conditions
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.filters import shared_keys, status_in
from smparchive.core.catalog.folders import folder_paths, name_folders
from smparchive.core.catalog.folders import join as folder_join
from smparchive.core.catalog.indexrow import IndexRow as IndexRow
from smparchive.core.catalog.keyed_update import insert_all, update_dicts
from smparchive.core.catalog.models import (
    ClockOffset,
    Day,
    Event,
    ItemContent,
    ItemTag,
    ItemText,
    MediaItem,
    Root,
    Tag,
    table_of,
    tag_key,
    utcnow,
)
from smparchive.core.catalog.ops_organise_time import DayRule
from smparchive.core.catalog.textquery import fold
from smparchive.core.catalog.undo import ChangeSummary
from smparchive.core.catalog.upsert import insert_missing
from smparchive.core.domain import time as timerules
from smparchive.core.media.readers import reader_version
from smparchive.core.thumbcache import picture_key
from smparchive.core.vocab import (
    HASH_PENDABLE,
    PRESENT_STATUSES,
    Consent,
    ItemStatus,
    Kind,
    Restriction,
    ThumbState,
    TimeSource,
)

# Columns a probe determines; a re-probe overwrites them.
TECHNICAL = (
    "kind",
    "mime",
    "format",
    "width",
    "height",
    "orientation",
    "duration_s",
    "frame_rate",
    "video_codec",
    "audio_codec",
    "page_count",
    "camera_make",
    "camera_model",
    "camera_serial",
    "lens",
    "gps_lat",
    "gps_lon",
    "gps_alt",
    "status",
    "status_reason",
    "warnings",
    "thumb_state",
    "has_embedded_thumb",
    "reader_version",
)
# Columns the user may edit; a file's values only fill defaults.
USER_DEFAULTS: dict[str, Any] = {
    "rating": 0,
    "flag": 0,
    "color_label": None,
    "creator": None,
    "credit_line": None,
    "copyright": None,
    "licence": None,
}
PRESENT = PRESENT_STATUSES  # statuses of files that are where the catalogue says
# Problem items, listed worst first (``ok`` items only show for their warnings).
_PROBLEM_ORDER = (
    ItemStatus.ERROR,
    ItemStatus.MISSING,
    ItemStatus.OFFLINE,
    ItemStatus.WARNING,
    ItemStatus.OK,
)


@dataclass(slots=True)
class IngestEntry:
    """What ingest learnt about one file, as plain catalogue values (no media types)."""

    rel_path: str
    name: str
    size: int
    mtime_ns: int
    sha256: str | None
    technical: dict[str, Any]  # TECHNICAL columns
    user: dict[str, Any] = field(default_factory=dict)  # USER_DEFAULTS columns from the file
    capture_local: datetime | None = None
    capture_offset_min: int | None = None
    capture_source: str | None = None
    texts: list[tuple[str, str, str]] = field(default_factory=list)  # field, lang, value
    content: tuple[str | None, str | None, list[str]] | None = None  # text, notes, titles
    tags: list[tuple[str, str]] = field(default_factory=list)  # kind, "A|B|C" path
    item_id: int | None = None  # existing item to update (changed file, move, refresh)
    root_id: int | None = None  # set with item_id for a move: the new root
    # The row was written from the file's head before its hash (the scan's head pass): the
    # full read's values are the file's own, its clock shift is derived as for a new row.
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class MoveCandidate:
    id: int
    root_id: int
    rel_path: str
    path: str
    status: str
    root_online: bool


@dataclass(frozen=True, slots=True)
class SizeCandidate:
    """An item of another root whose bytes a new file of the same size might be."""

    id: int
    size: int
    path: str
    status: str


@dataclass(frozen=True, slots=True)
class ItemRef:
    """An item as listed by duplicates/problems/verify."""

    id: int
    root_id: int
    path: str
    rel_path: str
    kind: str
    size: int
    mtime_ns: int
    sha256: str | None
    status: str
    status_reason: str | None
    warnings: str | None
    thumb_state: str
    last_verified_at: datetime | None
    poster_time_s: float | None = None  # a video's chosen poster frame (its picture's time)

    @property
    def picture_key(self) -> str | None:
        """The cache key of its pictures (:func:`~smparchive.core.thumbcache.picture_key`)."""
        return picture_key(self.sha256, self.poster_time_s)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    sha256: str
    size: int
    items: tuple[ItemRef, ...]

    @property
    def wasted_bytes(self) -> int:
        return self.size * (len(self.items) - 1)


class IngestOps(CatalogBase):
    """Bulk bookkeeping for the ingest pipeline (not journalled for undo)."""

    @contextmanager
    def _bulk(self, label: str = "", items: Collection[int] = ()) -> Iterator[OrmSession]:
        """One short write transaction that takes the write lock before reading.

        A SQLite transaction that reads and then writes fails at once ("locked") when
        another connection wrote in between (a thumbnail job, the app); claiming the lock
        first makes it wait its turn (busy_timeout) instead.

        ``items``: the items it changes (a set filled in the block is read at its end):
        noted for the change feed in the same transaction, so windows open elsewhere (the
        app while the CLI scans or verifies) refresh them; ``label`` says which bookkeeping.
        """
        audit_id: int | None = None
        try:
            with self._write_sessions() as s, s.begin():
                yield s
                if items:
                    audit_id = self._note_for_feed(s, label, items)
        except OperationalError as exc:
            raise CatalogError(friendly_db_error(exc)) from exc
        if audit_id is not None:
            self.own_changes.add(audit_id)  # this catalogue's own windows were told already

    # -- reads ------------------------------------------------------------------------------
    def ingest_index(self, root_id: int) -> dict[str, IndexRow]:
        """rel_path -> what is known, for every item of a root, in one query."""
        with self._read() as s:
            folders = folder_paths(s, [root_id])
            rows = s.execute(
                select(
                    MediaItem.folder_id,
                    MediaItem.name,
                    MediaItem.id,
                    MediaItem.size,
                    MediaItem.mtime_ns,
                    MediaItem.status,
                    MediaItem.sha256,
                    MediaItem.thumb_state,
                    type_coerce(MediaItem.updated_at, String),  # parsed when needed
                    MediaItem.status_reason,
                    MediaItem.capture_source,
                    MediaItem.kind,
                    MediaItem.format,
                    MediaItem.reader_version,
                ).where(MediaItem.root_id == root_id)
            ).all()
        return {folder_join(folders[r[0]], r[1]): IndexRow(*tuple(r)[2:]) for r in rows}

    def ingest_move_candidates(self, shas: Iterable[str]) -> dict[str, list[MoveCandidate]]:
        """Items with these contents that might have moved (any status but offline)."""
        wanted = sorted({s for s in shas if s})
        out: dict[str, list[MoveCandidate]] = {}
        with self._read() as s:
            local = self._root_paths(s)
            roots = {r.id: (local[r.id], r.online) for r in s.execute(select(Root)).scalars()}
            for chunk in chunked(wanted):
                for row in s.execute(
                    select(
                        MediaItem.sha256,
                        MediaItem.id,
                        MediaItem.root_id,
                        MediaItem.rel_path,
                        MediaItem.status,
                    ).where(
                        MediaItem.sha_key.in_(chunk),  # ix_items_sha_key finds them
                        MediaItem.sha256.in_(chunk),
                        MediaItem.status != ItemStatus.OFFLINE,
                    )
                ):
                    root_path, online = roots.get(row.root_id, ("", False))
                    out.setdefault(row.sha256, []).append(
                        MoveCandidate(
                            row.id,
                            row.root_id,
                            row.rel_path,
                            join_root(root_path, row.rel_path),
                            row.status,
                            bool(online),
                        )
                    )
        return out

    def ingest_size_candidates(self, sizes: Iterable[int], root_id: int) -> list[SizeCandidate]:
        """Items outside ``root_id`` (offline ones aside) with one of these sizes: what a
        new file could be, moved, before its hash says (a move keeps the size).

        No query at all when the catalogue has no other root; else one over the other
        roots' items (by the (root, path) key), the sizes compared here: there is no index
        on size, and one pass costs less than several IN lists would."""
        keep = set(sizes)
        out: list[SizeCandidate] = []
        with self._read() as s:
            local = self._root_paths(s)
            others = sorted(r for r in local if r != root_id)
            if not keep or not others:
                return out
            folders = folder_paths(s, others)
            q = select(
                MediaItem.id,
                MediaItem.root_id,
                MediaItem.folder_id,
                MediaItem.name,
                MediaItem.size,
                MediaItem.status,
            ).where(MediaItem.root_id.in_(others), MediaItem.status != ItemStatus.OFFLINE)
            for r in s.execute(q):
                if r.size in keep:
                    rel = folder_join(folders.get(r.folder_id, ""), r.name)
                    path = join_root(local.get(r.root_id, ""), rel)
                    out.append(SizeCandidate(int(r.id), int(r.size), path, str(r.status)))
        return out

    def hash_pending_count(self, root_ids: Sequence[int] | None = None) -> int:
        """Items catalogued from their head whose content hash is not known yet (a scan
        was interrupted before it read them in full): no duplicate, fixity or export
        check can include them until a scan does."""
        with self._read() as s:
            q = select(func.count()).where(
                MediaItem.sha_key.is_(None),  # (as sha256: from its index)
                MediaItem.status_reason.is_(None),
                MediaItem.status.in_(HASH_PENDABLE),
            )
            if root_ids:
                q = q.where(MediaItem.root_id.in_(root_ids))
            return int(s.scalar(q) or 0)

    def hash_pending_items(self, root_ids: Sequence[int] | None = None) -> list[ItemRef]:
        """Present items whose hash is pending (see :meth:`hash_pending_count`)."""
        with self._read() as s:
            cond: Any = and_(
                MediaItem.sha_key.is_(None),  # (as sha256: from its index)
                MediaItem.status_reason.is_(None),
                MediaItem.status == ItemStatus.OK,
            )
            if root_ids:
                cond = and_(cond, MediaItem.root_id.in_(root_ids))
            return self._refs(s, cond)

    def pending_thumbnail_ids(self, root_ids: Sequence[int] | None = None) -> list[int]:
        """Items still waiting for their thumbnail (and final outcome), oldest first.

        Items whose hash is pending wait for it: a picture is stored under the hash."""
        with self._read() as s:
            q = select(MediaItem.id).where(
                MediaItem.thumb_state == ThumbState.PENDING,
                MediaItem.status.in_(PRESENT),
                MediaItem.sha256.is_not(None),
            )
            if root_ids:
                q = q.where(MediaItem.root_id.in_(root_ids))
            return list(s.scalars(q.order_by(MediaItem.id)))

    def item_refs(self, ids: Sequence[int]) -> list[ItemRef]:
        """Light records of items (path and bookkeeping), in the order of ``ids``."""
        found: dict[int, ItemRef] = {}
        with self._read() as s:
            for chunk in chunked(ids):
                for ref in self._refs(s, MediaItem.id.in_(chunk)):
                    found[ref.id] = ref
        return [found[i] for i in ids if i in found]

    def items_with_thumbnails(self, root_ids: Sequence[int] | None = None) -> list[ItemRef]:
        """Items whose grid thumbnail exists (candidates for a larger preview)."""
        with self._read() as s:
            cond: Any = and_(MediaItem.thumb_state == ThumbState.OK, MediaItem.status.in_(PRESENT))
            if root_ids:
                cond = and_(cond, MediaItem.root_id.in_(root_ids))
            return self._refs(s, cond)

    def thumbnail_keys(self, root_ids: Sequence[int] | None = None) -> list[tuple[int, int, str]]:
        """(id, root id, picture key) of the items :meth:`items_with_thumbnails` lists, in
        the same order, without building their records (a rescan checks every one); the key
        is the content's hash with a video's poster time (``thumbcache.picture_key``)."""
        with self._read() as s:
            cond: Any = and_(
                MediaItem.thumb_state == ThumbState.OK,
                MediaItem.status.in_(PRESENT),
                MediaItem.sha256.is_not(None),
            )
            if root_ids:
                cond = and_(cond, MediaItem.root_id.in_(root_ids))
            rows = s.execute(
                select(MediaItem.id, MediaItem.root_id, MediaItem.sha256, MediaItem.poster_time_s)
                .where(cond)
                .order_by(MediaItem.id)
            ).all()
        return [(int(i), int(r), str(picture_key(sha, t))) for i, r, sha, t in rows]

    def offline_sha256s(self) -> set[str]:
        """Content hashes of items on offline drives (their cached pictures are all there is)."""
        with self._read() as s:
            q = (
                select(MediaItem.sha256)
                .join(Root, Root.id == MediaItem.root_id)
                .where(Root.online.is_(False), MediaItem.sha256.is_not(None))
                .distinct()
            )
            return {str(sha) for sha in s.scalars(q)}

    def verify_targets(self, root_ids: Sequence[int] | None = None) -> list[ItemRef]:
        """Items with a recorded hash whose files should be where the catalogue says."""
        with self._read() as s:
            cond: Any = and_(MediaItem.sha256.is_not(None), MediaItem.status.in_(PRESENT))
            if root_ids:
                cond = and_(cond, MediaItem.root_id.in_(root_ids))
            return self._refs(s, cond)

    @staticmethod
    def _duplicate_shas(root_ids: Sequence[int] | None) -> tuple[Any, Any]:
        """(condition of a present item with a hash, query of the duplicated hashes)."""
        # Only contents whose first bytes several items share (read from ix_items_sha_key
        # alone) are grouped by their whole hash.
        present: Any = and_(
            MediaItem.sha256.is_not(None),
            MediaItem.status != ItemStatus.MISSING,
            MediaItem.sha_key.in_(shared_keys()),
        )
        dup = select(MediaItem.sha256).where(present).group_by(MediaItem.sha256)
        dup = dup.having(func.count() > 1)
        if root_ids:  # groups touching one of these roots
            in_roots = case((MediaItem.root_id.in_(root_ids), 1), else_=0)
            dup = dup.having(func.sum(in_roots) > 0)
        return present, dup

    def duplicate_group_count(self, root_ids: Sequence[int] | None = None) -> int:
        """How many groups :meth:`duplicate_groups` lists, counted in the database."""
        _present, dup = self._duplicate_shas(root_ids)
        with self._read() as s:
            return int(s.scalar(select(func.count()).select_from(dup.subquery())) or 0)

    def duplicate_groups(self, root_ids: Sequence[int] | None = None) -> list[DuplicateGroup]:
        """Groups of two or more present items with identical bytes (same SHA-256)."""
        present, dup = self._duplicate_shas(root_ids)
        with self._read() as s:
            refs = self._refs(s, and_(present, MediaItem.sha256.in_(dup.scalar_subquery())))
        groups: dict[str, list[ItemRef]] = {}
        for r in refs:
            groups.setdefault(str(r.sha256), []).append(r)
        out = [
            DuplicateGroup(sha, items[0].size, tuple(sorted(items, key=lambda r: r.path)))
            for sha, items in groups.items()
        ]
        return sorted(out, key=lambda g: (-g.wasted_bytes, g.items[0].path))

    def problem_items(self, root_ids: Sequence[int] | None = None) -> list[ItemRef]:
        """Items in error, with warnings, missing or offline."""
        with self._read() as s:
            cond: Any = or_(
                status_in(_PROBLEM_ORDER[:-1]),  # from the status index (0036)
                MediaItem.warnings.is_not(None),
            )
            away = self._roots_away(s)
            if away:  # a team catalogue: out of reach here, so offline here
                cond = or_(
                    cond,
                    and_(MediaItem.root_id.in_(away), status_in(PRESENT)),
                )
            if root_ids:
                cond = and_(cond, MediaItem.root_id.in_(root_ids))
            refs = self._refs(s, cond)
        order: dict[str, int] = {status: rank for rank, status in enumerate(_PROBLEM_ORDER)}
        return sorted(refs, key=lambda r: (order.get(r.status, len(order)), r.path))

    def _refs(self, s: OrmSession, cond: Any) -> list[ItemRef]:
        """The items ``cond`` selects; those in folders this computer cannot reach (a team
        catalogue) are offline, as in every view (``seen_offline``)."""
        roots = self._root_paths(s)
        away = self._roots_away(s)
        rows = s.execute(
            select(
                MediaItem.id,
                MediaItem.root_id,
                MediaItem.rel_path,
                MediaItem.kind,
                MediaItem.size,
                MediaItem.mtime_ns,
                MediaItem.sha256,
                MediaItem.status,
                MediaItem.status_reason,
                MediaItem.warnings,
                MediaItem.thumb_state,
                MediaItem.last_verified_at,
                MediaItem.poster_time_s,
            )
            .where(cond)
            .order_by(MediaItem.id)
        ).all()
        return [
            ItemRef(
                r.id,
                r.root_id,
                join_root(roots.get(r.root_id, ""), r.rel_path),
                r.rel_path,
                r.kind,
                r.size,
                r.mtime_ns,
                r.sha256,
                status_here(r.status, r.root_id, away),
                r.status_reason,
                r.warnings,
                r.thumb_state,
                r.last_verified_at,
                r.poster_time_s,
            )
            for r in rows
        ]

    # -- writes -----------------------------------------------------------------------------
    def ingest_batch(self, root_id: int, entries: Sequence[IngestEntry]) -> ChangeSummary:
        """Insert new files and update known ones (changed, moved, re-probed) atomically.

        New rows go in with one bulk INSERT; known rows get their technical columns, hash
        and capture time from the probe while user metadata is kept (file values only
        fill what is still at its default). Search text of the batch is rebuilt.
        """
        if not entries:
            return ChangeSummary()
        now = utcnow()
        ids: list[int] = []
        with self._bulk("Scan", ids) as s:
            times = _TimeRules(s)
            tags = _TagResolver(s)
            new = [e for e in entries if e.item_id is None]
            known = [e for e in entries if e.item_id is not None]
            if new:
                rows = [_new_row(root_id, e, times, now) for e in new]
                new_ids = _insert_items(s, root_id, rows)
                for e, item_id in zip(new, new_ids, strict=True):
                    e.item_id = item_id
                ids.extend(new_ids)
            if known:
                ids.extend(self._update_known(s, root_id, known, times, now))
            self._write_children(s, entries, tags, fresh={e.item_id for e in new})
            fulltext.reindex(s, sorted(ids))
        if tags.created:
            self._tag_paths = None
        return ChangeSummary(items=frozenset(ids), tags=frozenset(tags.created))

    def _update_known(
        self,
        s: OrmSession,
        root_id: int,
        known: Sequence[IngestEntry],
        times: _TimeRules,
        now: datetime,
    ) -> list[int]:
        ids = [int(e.item_id) for e in known if e.item_id is not None]
        current = {
            r.id: r
            for chunk in chunked(ids)
            for r in s.execute(
                select(
                    MediaItem.id,
                    MediaItem.clock_shift_s,
                    MediaItem.capture_source,
                    MediaItem.session_id,
                    MediaItem.day_id,
                    *[getattr(MediaItem, c) for c in USER_DEFAULTS],
                ).where(MediaItem.id.in_(chunk))
            )
        }
        updates = []
        for e in known:
            cur = current.get(int(e.item_id or 0))
            if cur is None:
                continue
            values: dict[str, Any] = {
                "id": cur.id,
                "root_id": e.root_id or root_id,
                "rel_path": e.rel_path,
                "name": e.name,
                "size": e.size,
                "mtime_ns": e.mtime_ns,
                "sha256": e.sha256,
                "updated_at": now,
                **{c: e.technical.get(c) for c in TECHNICAL},
                "reader_version": _reader_of(e),
            }
            # A re-read keeps the item's correction, unless its time has just become (or
            # stopped being) one an XMP sidecar gives, which takes none.
            fresh = e.provisional or not all(
                map(timerules.takes_clock_correction, (cur.capture_source, e.capture_source))
            )
            shift = times.shift_for(e) if fresh else cur.clock_shift_s
            values["clock_shift_s"] = shift
            values.update(times.capture(e, shift))
            values["day_id"] = times.days.day(cur.session_id, values["capture_utc"], cur.day_id)
            for col, default in USER_DEFAULTS.items():
                mine = getattr(cur, col)
                values[col] = e.user.get(col, default) if mine == default else mine
            updates.append(values)
        if updates:
            name_cameras(s, updates)
            name_folders(s, updates)
            update_dicts(s.connection(), table_of(MediaItem), updates)
        return [u["id"] for u in updates]

    def _write_children(
        self,
        s: OrmSession,
        entries: Sequence[IngestEntry],
        tags: _TagResolver,
        fresh: set[int | None],
    ) -> None:
        """Texts, extracted content and tags; known items keep theirs and gain new ones."""
        ids = [int(e.item_id) for e in entries if e.item_id is not None]
        have_text: set[tuple[int, str, str]] = set()
        have_tag: set[tuple[int, int]] = set()
        have_content: set[int] = set()
        old = [i for i in ids if i not in fresh]
        for chunk in chunked(old):
            have_text.update(
                s.execute(
                    select(ItemText.item_id, ItemText.field, ItemText.lang).where(
                        ItemText.item_id.in_(chunk)
                    )
                )
            )
            have_tag.update(
                s.execute(select(ItemTag.item_id, ItemTag.tag_id).where(ItemTag.item_id.in_(chunk)))
            )
            have_content.update(
                s.scalars(select(ItemContent.item_id).where(ItemContent.item_id.in_(chunk)))
            )
        texts: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        contents: list[dict[str, Any]] = []
        content_updates: list[dict[str, Any]] = []
        for e in entries:
            item_id = int(e.item_id or 0)
            for fld, lang, value in e.texts:
                if (item_id, fld, lang) not in have_text and value:
                    have_text.add((item_id, fld, lang))
                    texts.append({"item_id": item_id, "field": fld, "lang": lang, "value": value})
            for kind, path in e.tags:
                tag_id = tags.resolve(kind, path)
                if tag_id is not None and (item_id, tag_id) not in have_tag:
                    have_tag.add((item_id, tag_id))
                    links.append({"item_id": item_id, "tag_id": tag_id})
            if e.content is not None:
                text, notes, titles = e.content
                row = {"item_id": item_id, "text": text, "notes": notes, "slide_titles": titles}
                (content_updates if item_id in have_content else contents).append(row)
        # Core executemany: the ORM's bulk insert costs more per row than SQLite's work.
        conn = s.connection()
        if texts:
            conn.execute(insert(table_of(ItemText)), texts)
        if links:
            conn.execute(insert(table_of(ItemTag)), links)
        if contents:
            conn.execute(insert(table_of(ItemContent)), contents)
        if content_updates:
            s.execute(update(ItemContent), content_updates)

    def ingest_hashes(
        self, hashes: Sequence[tuple[int, str]], pictured: Collection[int] = ()
    ) -> ChangeSummary:
        """Content hashes of items catalogued from their heads; those in ``pictured`` also
        have their grid thumbnail (in the cache already): ``thumb_state`` ok."""
        if not hashes:
            return ChangeSummary()
        now = utcnow()
        done = set(pictured)
        with self._bulk("Fingerprints", [i for i, _sha in hashes]) as s:
            for group in (
                [h for h in hashes if h[0] not in done],
                [h for h in hashes if h[0] in done],
            ):
                if not group:
                    continue
                extra = {"thumb_state": ThumbState.OK} if group[0][0] in done else {}
                rows = [{"id": i, "sha256": sha, "updated_at": now, **extra} for i, sha in group]
                update_dicts(s.connection(), table_of(MediaItem), rows)
        return ChangeSummary(items=frozenset(item_id for item_id, _sha in hashes))

    def ingest_outcomes(self, outcomes: Sequence[dict[str, Any]]) -> None:
        """Bookkeeping by id: status, reason, warnings, thumb_state ... (bulk UPDATE)."""
        if outcomes:
            with self._bulk("Scan results", [int(o["id"]) for o in outcomes]) as s:
                rows = [dict(o) for o in outcomes]
                name_cameras(s, rows)
                name_folders(s, rows)
                update_dicts(s.connection(), table_of(MediaItem), rows)

    def ingest_restore(self, item_ids: Sequence[int]) -> None:
        """Files back where the catalogue had them (root online again): restore status."""
        ids = list(item_ids)
        with self._bulk("Files back", ids) as s:
            # one array per 20,000 ids on PostgreSQL: items' statement triggers fire per statement
            for cond in id_conditions(MediaItem.id, ids, self.engine.dialect.name):
                s.execute(
                    update(MediaItem)
                    .where(cond)
                    .values(status=restored_status_sql(), updated_at=utcnow())
                )

    def ingest_mark_missing(
        self, item_ids: Sequence[int], status: str = ItemStatus.MISSING
    ) -> None:
        """Files no longer found ('missing'), or on a drive not attached ('offline').

        On a team catalogue 'offline' is one computer's view (a teammate may see the share):
        it is not recorded for everyone."""
        if status == ItemStatus.OFFLINE and self.engine.dialect.name != "sqlite":
            return
        ids = list(item_ids)
        with self._bulk(f"Files {status}", ids) as s:
            for cond in id_conditions(MediaItem.id, ids, self.engine.dialect.name):
                s.execute(update(MediaItem).where(cond).values(status=status, updated_at=utcnow()))

    def ingest_root_seen(
        self, root_id: int, *, online: bool, scanned: bool, when: datetime | None = None
    ) -> None:
        """Record a root's reachability and (after a complete walk) its scan time (``when``,
        default now); on a team catalogue a computer that cannot see the root does not mark
        it offline for all."""
        self._look_again()  # at which folders this computer reaches: the scan just did
        if not online and self.engine.dialect.name != "sqlite":
            return
        values: dict[str, Any] = {"online": online}
        if scanned:
            values["last_scan_at"] = when or utcnow()
        with self._bulk() as s:
            s.execute(update(Root).where(Root.id == root_id).values(**values))

    def record_verified(
        self, ok_ids: Sequence[int], failures: Sequence[tuple[int, str]], when: datetime
    ) -> None:
        """Fixity bookkeeping: last_verified_at for intact files, an error for damaged ones."""
        ids = list(ok_ids)
        with self._bulk("Verify", [*ids, *(i for i, _reason in failures)]) as s:
            for cond in id_conditions(MediaItem.id, ids, self.engine.dialect.name):
                s.execute(update(MediaItem).where(cond).values(last_verified_at=when))
            if failures:
                rows = [
                    {"id": i, "status": ItemStatus.ERROR, "status_reason": r, "updated_at": when}
                    for i, r in failures
                ]
                update_dicts(s.connection(), table_of(MediaItem), rows)


def _insert_items(s: OrmSession, root_id: int, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert new item rows (one executemany; on PostgreSQL one statement, ``insert_all``)
    and return their ids in the rows' order.

    The ids are read back by the unique (root, path) key: ``INSERT ... RETURNING`` with the
    parameters' order kept made SQLAlchemy insert SQLite rows a few at a time and splice
    every batch's result into all earlier ones (quadratic: ~75 % of a 20k-item build).
    """
    conn = s.connection()
    values = [dict(r) for r in rows]
    name_cameras(conn, values)
    name_folders(conn, values)
    insert_all(conn, table_of(MediaItem), values)
    dialect = conn.dialect.name
    keys = [(int(v["folder_id"]), str(v["name"])) for v in values]
    by_folder: dict[int, list[str]] = {}
    for folder_id, name in keys:
        by_folder.setdefault(folder_id, []).append(name)
    found: dict[tuple[int, str], int] = {}
    for folder_id, names in by_folder.items():
        for cond in id_conditions(MediaItem.name, names, dialect):
            q = select(MediaItem.name, MediaItem.id).where(cond, MediaItem.folder_id == folder_id)
            found.update(((folder_id, str(n)), int(item_id)) for n, item_id in conn.execute(q))
    return [found[k] for k in keys]


# a damaged photo's warning (media.photo, media.partial): it keeps its warning status with
# the partial picture its decoded part gives (ingest.entries, ingest.thumbnails)
# (and the wording earlier versions stored)
_PARTIAL = ("%The image data is truncated%", "%The image data cannot be decoded in full%")


def restored_status_sql() -> Any:
    """The status a returning file had: error with a reason, warning without a picture or
    with only part of one (a truncated JPEG was brought back from offline as ok)."""

    def status(value: ItemStatus) -> Any:  # bound as the column's stored code (0023)
        return literal(value.value, MediaItem.status.type)

    return case(
        (MediaItem.status_reason.is_not(None), status(ItemStatus.ERROR)),
        (
            and_(
                MediaItem.warnings.is_not(None),
                or_(
                    MediaItem.thumb_state == ThumbState.NONE,
                    *(MediaItem.warnings.like(p) for p in _PARTIAL),
                ),
            ),
            status(ItemStatus.WARNING),
        ),
        else_=status(ItemStatus.OK),
    )


def _reader_of(e: IngestEntry) -> int:
    """The version of the reader that read the entry (the current one's when the entry does
    not say: made by code that reads the file itself, as a test or benchmark does)."""
    version = e.technical.get("reader_version")
    return (
        int(version)
        if version
        else reader_version(e.technical.get("kind"), e.technical.get("format"))
    )


def _new_row(root_id: int, e: IngestEntry, times: _TimeRules, now: datetime) -> dict[str, Any]:
    row: dict[str, Any] = {
        "root_id": root_id,
        "rel_path": e.rel_path,
        "name": e.name,
        "size": e.size,
        "mtime_ns": e.mtime_ns,
        "sha256": e.sha256,
        "consent": Consent.UNKNOWN,
        "first_seen_at": now,
        "updated_at": now,
        **{c: e.technical.get(c) for c in TECHNICAL},
        **{c: e.user.get(c, d) for c, d in USER_DEFAULTS.items()},
    }
    row["thumb_state"] = row["thumb_state"] or ThumbState.PENDING
    row["has_embedded_thumb"] = bool(row["has_embedded_thumb"])
    row["reader_version"] = _reader_of(e)
    row["kind"] = row["kind"] or Kind.OTHER
    row["status"] = row["status"] or ItemStatus.OK
    shift = times.shift_for(e)
    row["clock_shift_s"] = shift
    row.update(times.capture(e, shift))
    row["day_id"] = times.days.day(None, row["capture_utc"], None)
    return row


class _TimeRules:
    """Capture time derivation for a batch: event zone and per-camera clock offsets."""

    def __init__(self, s: OrmSession) -> None:
        zones = s.execute(select(Event.id, Event.time_zone).order_by(Event.id)).all()
        self._main = _safe_zone(zones[0][1]) if zones else None
        self._by_date: dict[Any, Any] = {}
        if len(zones) > 1:  # several events: the one holding the local date decides
            zone_of = {eid: _safe_zone(name) for eid, name in zones}
            for eid, day in s.execute(select(Day.event_id, Day.date)):
                self._by_date.setdefault(day, zone_of.get(eid))
        self._offsets = dict(s.execute(select(ClockOffset.camera_key, ClockOffset.offset_s)).all())
        self.days = DayRule.of(s)  # a new or re-read item's day, as everywhere

    def shift_for(self, e: IngestEntry) -> int:
        """The camera's clock correction for ``e``: none for a time the camera's clock did
        not give (an XMP sidecar's), nor for a file with no camera."""
        if not timerules.takes_clock_correction(e.capture_source):
            return 0
        t = e.technical
        key = timerules.camera_key(
            t.get("camera_make"), t.get("camera_model"), t.get("camera_serial")
        )
        return int(self._offsets.get(key, 0)) if key != timerules.UNKNOWN_CAMERA else 0

    def capture(self, e: IngestEntry, shift_s: int) -> dict[str, Any]:
        local = e.capture_local
        values: dict[str, Any] = {
            "capture_local": local,
            "capture_offset_min": e.capture_offset_min,
            "capture_source": e.capture_source,
        }
        if local is None:
            if e.capture_source == TimeSource.FILE_MTIME:  # no recorded time: the file's own (UTC)
                # written by the camera's clock too: corrected as its other items, so the
                # stored shift is in the time (re-derivation moves it by a change of shift)
                mtime = datetime.fromtimestamp(e.mtime_ns / 1e9, UTC)
                values["capture_utc"] = mtime + timedelta(seconds=shift_s)
            else:
                values["capture_utc"] = None
            return values
        tz = self._by_date.get(local.date()) or self._main or timerules.zone("UTC")
        values["capture_utc"] = timerules.derive_capture_utc(
            local, e.capture_offset_min, tz, shift_s
        )
        return values


def _safe_zone(name: str | None) -> Any:
    try:
        return timerules.zone(name)
    except Exception:
        return timerules.zone("UTC")


class _TagResolver:
    """Find-or-create tags by (kind, 'A|B|C' path) inside one batch transaction."""

    def __init__(self, s: OrmSession) -> None:
        self._s = s
        self._ids: dict[tuple[str, int | None, str], int] = {
            (kind, parent, key): tid
            for tid, kind, parent, key in s.execute(
                select(Tag.id, Tag.kind, Tag.parent_id, Tag.name_key)
            )
        }
        # the same names without their accents: a sidecar's 'mobilite' is the catalogue's
        # 'Mobilité' when no other tag there reads the same (as ensure_tag_path decides)
        self._plain: dict[tuple[str, int | None, str], list[int]] = {}
        for (kind, parent, key), tid in self._ids.items():
            self._plain.setdefault((kind, parent, fold(key or "")), []).append(tid)
        self.created: set[int] = set()

    def resolve(self, kind: str, path: str) -> int | None:
        parent: int | None = None
        parts = [p.strip() for p in path.split("|") if p.strip()]
        for name in parts:
            name = name[:500]
            key = (kind, parent, tag_key(name))
            tid = self._ids.get(key)
            plain = self._plain.get((kind, parent, fold(key[2])), [])
            if tid is None and len(plain) == 1:
                tid = self._ids[key] = plain[0]
            if tid is None:
                # A teammate may create the same tag meanwhile: take theirs (ON CONFLICT).
                done = insert_missing(
                    self._s,
                    table_of(Tag),
                    [
                        {
                            "name": name,
                            "kind": kind,
                            "parent_id": parent,
                            "restriction": Restriction.NONE,
                        }
                    ],
                )
                if done:
                    tid = int(done[0][0])
                    self.created.add(tid)
                else:
                    tid = int(
                        self._s.execute(
                            select(Tag.id).where(
                                Tag.kind == kind,
                                Tag.parent_id.is_(None)
                                if parent is None
                                else Tag.parent_id == parent,
                                Tag.name_key == key[2],
                            )
                        ).scalar_one()
                    )
                self._ids[key] = tid
                plain.append(tid)
                self._plain[(kind, parent, fold(key[2]))] = plain
            parent = tid
        return parent
