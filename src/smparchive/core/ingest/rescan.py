"""Rescans that find nothing changed, answered without SQLAlchemy, and the comparison rules
the full scan (``pipeline.py``) shares with them.

Importing SQLAlchemy and mapping the models costs ~1 s of CPU on the 2-core test machine
(``import sqlalchemy`` alone ~0.45 s), several times a rescan's own work: the walk and stat
of 10,000 files take ~0.1 s. ``smparchive scan`` in a fresh process therefore first looks
with the standard library's ``sqlite3`` (``core/catalog/reader.py``, read-only): every root
online and reachable, every file walked found in the catalogue with the same size and mtime
(and no newer sidecar), nothing catalogued gone, no skipped path, nothing to restore, every
thumbnail and preview in the cache, faces off. Then nothing would change but the scan's own
bookkeeping (its history entry and the roots' "last scanned" time): that is noted beside
the catalogue (``core/catalog/scan_notes.py``) and written through the catalogue's own
write path the next time it is opened in full. Anything else, and the full scan runs as
before (it walks again: the quick look costs ~0.1 s against ~2 s).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from smparchive.core.catalog.codes import (
    FORMAT_CODES,
    KIND_CODES,
    STATUS_CODES,
    THUMB_CODES,
    TIME_SOURCE_CODES,
    short_text,
    value_of,
)
from smparchive.core.catalog.pathsql import FOLDER_JOIN, JOINED_PATH_SQL
from smparchive.core.catalog.scan_notes import NOTES_SUFFIX
from smparchive.core.catalog.stored import hash_text
from smparchive.core.ingest.report import ScanReport, ThumbnailReport
from smparchive.core.ingest.transient import folder_gone
from smparchive.core.ingest.walk import FoundFile, Walker, WalkProblem
from smparchive.core.media.readers import own_formats, read_by_older, stale_conditions
from smparchive.core.pathnames import unreachable
from smparchive.core.vocab import (
    PRESENT_STATUSES,
    ItemStatus,
    ThumbState,
    TimeSource,
    hash_pending,
)

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.indexrow import IndexRow
    from smparchive.core.catalog.reader import CatalogReader

LOCK_SUFFIX = ".scan-lock"  # scanlock.LOCK_SUFFIX (re-exported there)
FACES_ENABLED = "faces.enabled"  # ops_faces.FACES_ENABLED (a test checks they agree)
# Statuses a rescan turns back to ok when the file is found again (a write: not quick).
_RESTORED = frozenset({ItemStatus.MISSING, ItemStatus.OFFLINE})
_RESTORED_MARKS = ", ".join("?" * len(_RESTORED))
# The SQL here reads the stored codes of statuses, thumbnail states and time sources
# (migration 0023: codes.py), and gives them as codes.
_RESTORED_CODES = frozenset(STATUS_CODES[s] for s in _RESTORED)
_OK, _ERROR, _MISSING = (
    STATUS_CODES[s] for s in (ItemStatus.OK, ItemStatus.ERROR, ItemStatus.MISSING)
)
_SIZE = itemgetter(1)  # of a (rel_path, size, mtime_ns) row
_FIRST = itemgetter(0)
# Capture times read by a rule since corrected: the next scan reads those files again (a
# video's container time taken as UTC whatever wrote it, where cameras write local time).
# An XMP time stored before a sidecar's was told apart from the file's own (0030): a
# corrected camera's sidecar time was corrected a second time.
STALE_READINGS = frozenset({TimeSource.CONTAINER_LEGACY.value, TimeSource.XMP_LEGACY.value})
_STALE_MARKS = ", ".join("?" * len(STALE_READINGS))


def _HEX(row: tuple[Any, ...]) -> str:
    """The content hash of a row's first column as hexadecimal text (SQLite keeps its bytes)."""
    return str(hash_text(row[0]))


# -- rules shared with the full scan --------------------------------------------------------
def exclusions(location: str, cache_dir: Path | str | None) -> list[Path]:
    """The catalogue file, its journal files, backups, lock, scan notes and cache: never
    catalogued (the notes file was, as an empty or unreadable file, in a root holding the
    catalogue)."""
    out: list[Path] = []
    if cache_dir is not None:
        out.append(Path(cache_dir))
    if "://" not in location:
        p = Path(location)
        out += [p, Path(location + "-wal"), Path(location + "-shm"), Path(location + ".backups")]
        out.append(Path(location + LOCK_SUFFIX))
        out.append(Path(location + NOTES_SUFFIX))
    return out


def to_read(found: FoundFile, row: IndexRow | None) -> bool:
    """New or changed on disk (a quick look: the comparison after the walk decides)."""
    return row is None or row.size != found.size or row.mtime_ns != found.mtime_ns


def sidecar_newer(found: FoundFile, row: IndexRow) -> bool:
    """An XMP sidecar written after the item was last catalogued: read the file again."""
    return _sidecar_after(found, row.updated_at)


def _sidecar_after(found: FoundFile, updated_at: datetime | int | str | None) -> bool:
    if found.sidecar_mtime_ns is None:
        return False
    from smparchive.core.catalog.indexrow import updated_time  # only where a sidecar is

    updated = updated_time(updated_at)
    return updated is not None and found.sidecar_mtime_ns > int(updated.timestamp() * 1e9)


def is_unchanged(found: FoundFile, row: IndexRow, retry_errors: bool) -> bool:
    """The catalogue's facts about the file still hold: it is not opened again."""
    return not read_by_older_reader(row) and same_file(found, row, retry_errors)


def same_file(found: FoundFile, row: IndexRow, retry_errors: bool) -> bool:
    """The file is the one catalogued, read in full (its record may be an older reader's:
    then it is read again without hashing, :func:`read_by_older_reader`)."""
    return (
        not hash_pending(row.status, row.sha256, row.status_reason)
        and row.capture_source not in STALE_READINGS
        and unchanged_values(
            found, row.size, row.mtime_ns, row.status, row.updated_at, retry_errors
        )
    )


def read_by_older_reader(row: IndexRow) -> bool:
    """The record was made by a reader since improved (``media.readers``): the file is read
    again (its text, facts), not hashed again when it is the same file."""
    return read_by_older(row.kind, row.format, row.reader_version)


def _older_reader_sql() -> tuple[str, tuple[object, ...]]:
    """SQL condition (and its parameters) on a SQLite catalogue's stored values for the
    items whose record an older reader made; "0" when every reader is at its first."""
    parts: list[str] = []
    params: list[object] = []
    own = [short_text(FORMAT_CODES, f) for f in own_formats()]
    for what, value, version in stale_conditions():
        if what == "format":
            parts.append("(format = ? AND reader_version < ?)")
            params += [short_text(FORMAT_CODES, value), version]
        else:  # a kind's formats that have no entry of their own
            marks = ", ".join("?" * len(own))
            skip = f" AND (format IS NULL OR format NOT IN ({marks}))" if own else ""
            parts.append(f"(kind = ? AND reader_version < ?{skip})")
            params += [KIND_CODES[str(value)], version, *own]
    return (" OR ".join(parts) or "0"), tuple(params)


def unchanged_values(
    found: FoundFile,
    size: int,
    mtime_ns: int,
    status: str,
    updated_at: datetime | int | str | None,
    retry_errors: bool,
) -> bool:
    """:func:`is_unchanged` on a row's values (the quick rescan compares 10,000 rows
    without building an IndexRow for each)."""
    return (
        size == found.size
        and mtime_ns == found.mtime_ns
        and not (retry_errors and status == ItemStatus.ERROR)
        and not _sidecar_after(found, updated_at)
    )


def scan_counts(report: ScanReport) -> dict[str, int]:
    """What the history notes of a scan."""
    return {
        "files": report.files_seen,
        "new": report.new,
        "completed": report.completed,
        "changed": report.changed,
        "moved": report.moved,
        "unchanged": report.unchanged,
        "reread": report.reread,
        "not_read": report.not_read,
        "missing": report.missing,
        "returned": report.returned,
        "errors": report.errors,
        "cancelled": int(report.cancelled),
    }


# -- the quick look -------------------------------------------------------------------------
@dataclass(slots=True)
class QuickRescan:
    """What ``smparchive scan`` reports for a rescan that changed nothing."""

    report: ScanReport
    thumbnails: ThumbnailReport | None
    earlier_errors: int
    root_ids: list[int]


def unchanged_rescan(
    location: str | None, *, thumbnails: bool, previews: bool
) -> QuickRescan | None:
    """The report of a rescan of every root of the SQLite catalogue at ``location`` when
    nothing changed (its bookkeeping noted for the catalogue), else None: the full scan
    must run (a server catalogue, an older schema, another scan running, any change)."""
    from smparchive.core.catalog.reader import open_reader
    from smparchive.core.ingest.scanlock import ScanBusy, scan_lock

    started = time.monotonic()
    reader = open_reader(location)
    if reader is None:
        return None
    try:
        with scan_lock(cast("Catalog", reader)):  # a SQLite file's lock: its location only
            found = _look(reader, thumbnails=thumbnails, previews=previews, started=started)
            if found is not None:
                from smparchive.core.catalog.scan_notes import note_scan
                from smparchive.core.paths import sqlite_user

                roots = list(zip(found.root_ids, found.report.roots, strict=True))
                note_scan(reader.location, roots, scan_counts(found.report), sqlite_user())
            return found
    except ScanBusy:
        return None  # the full scan says so (or waits, with --wait)
    finally:
        reader.close()


def _look(
    reader: CatalogReader, *, thumbnails: bool, previews: bool, started: float
) -> QuickRescan | None:
    conn = reader.connection()
    if conn.execute("SELECT 1 FROM scan_problems LIMIT 1").fetchone() is not None:
        return None  # what the last walk skipped is rewritten by a full one
    faces = conn.execute("SELECT value FROM settings WHERE key = ?", (FACES_ENABLED,)).fetchone()
    if faces is not None and json.loads(faces[0]).get("v"):
        return None  # faces are searched after the thumbnails: the full scan does it
    local = reader._root_paths()
    roots = conn.execute("SELECT id, path, online, ignore_patterns FROM roots ORDER BY path")
    report = ScanReport()
    excluded = exclusions(reader.location, reader.cache_dir)
    walk_s = compare_s = 0.0
    root_ids: list[int] = []
    for root_id, stored, online, ignore in roots.fetchall():
        path = local.get(int(root_id), str(stored))
        t0 = time.monotonic()
        if not online or unreachable(path):
            return None
        restored = conn.execute(
            # (status != 0: the status index's condition, which holds no OK item; 0036)
            f"SELECT 1 FROM items WHERE status IN ({_RESTORED_MARKS}) AND status != 0 "
            "AND root_id = ? LIMIT 1",
            (*_RESTORED_CODES, root_id),
        ).fetchone()
        if restored is not None:
            return None  # found again (a write) or still gone: either way not quick
        pending = conn.execute(  # (the hash key's index finds them: NULL as the hash)
            "SELECT 1 FROM items WHERE root_id = ? AND sha_key IS NULL AND status = ? "
            "AND status_reason IS NULL LIMIT 1",
            (root_id, _OK),
        ).fetchone()
        if pending is not None:
            return None  # hashes an interrupted scan left pending: the full scan reads them
        # (one pass over the root's rows for both: the condition matches none of them)
        older, older_params = _older_reader_sql()
        stale = conn.execute(
            f"SELECT 1 FROM items WHERE root_id = ? AND (capture_source IN ({_STALE_MARKS}) "
            f"OR {older}) LIMIT 1",
            (root_id, *sorted(TIME_SOURCE_CODES[s] for s in STALE_READINGS), *older_params),
        ).fetchone()
        if stale is not None:
            # times read by an old rule, records of an older reader: the full scan reads
            # those files again
            return None
        files = set(
            conn.execute(
                f"SELECT {JOINED_PATH_SQL}, size, mtime_ns FROM items {FOLDER_JOIN} "
                "WHERE items.root_id = ?",
                (root_id,),
            )
        )
        if files and folder_gone(path):
            return None
        patterns = json.loads(ignore) if ignore else []
        walker = Walker(Path(path), patterns, excluded)
        report.roots.append(path)
        root_ids.append(int(root_id))
        listing = walker.listing()
        if listing is not None:
            # The common case in one comparison: the same paths with the same sizes and
            # times (no sidecar under the root, so no sidecar time to compare).
            if listing != files:
                return None
            report.files_seen += len(files)
            report.unchanged += len(files)
            report.bytes_seen += sum(map(_SIZE, files))
            report.skipped += walker.skipped
            walk_s += time.monotonic() - t0
            continue
        index = {
            r[0]: (*r[:3], value_of(ItemStatus, r[3]), *r[4:])  # the status as its text
            for r in conn.execute(
                f"SELECT {JOINED_PATH_SQL}, size, mtime_ns, status, updated_at, sha256, "
                f"status_reason FROM items {FOLDER_JOIN} WHERE items.root_id = ?",
                (root_id,),
            )
        }
        seen = 0
        for item in walker.walk():
            if isinstance(item, WalkProblem):
                return None
            r = index.get(item.rel_path)
            if r is None or r[3] in _RESTORED or hash_pending(r[3], r[5], r[6]):
                return None
            if not unchanged_values(item, r[1], r[2], r[3], r[4], retry_errors=False):
                return None
            seen += 1
            report.bytes_seen += item.size
        if seen != len(index):
            return None  # something catalogued is gone (or moved)
        report.files_seen += seen
        report.unchanged += seen
        report.skipped += walker.skipped
        walk_s += time.monotonic() - t0
    if not root_ids:
        return None
    t0 = time.monotonic()
    thumbs = None
    if thumbnails:
        thumbs = _thumbnails_done(reader, previews)
        if thumbs is None:
            return None
    # Every root was walked and none has a missing item: when every item is in those roots
    # (no row left of a removed root), the duplicate count's conditions on roots and status
    # hold for every item and the count is read from the hash key's index alone.
    (items,) = conn.execute("SELECT count(*) FROM items").fetchone()
    every = int(items) == report.files_seen
    report.duplicate_groups = _duplicate_groups(reader, None if every else root_ids)
    (errors,) = conn.execute(  # from the status index, which holds no OK item (0036)
        "SELECT count(*) FROM items WHERE status = ? AND status != 0", (_ERROR,)
    ).fetchone()
    compare_s += time.monotonic() - t0
    report.stage_seconds = {"walk": walk_s, "compare": compare_s, "probe+catalogue": 0.0}
    report.seconds = time.monotonic() - started
    report.seconds_to_searchable = report.seconds  # every file had its row already
    return QuickRescan(report, thumbs, int(errors), root_ids)


def _thumbnails_done(reader: CatalogReader, previews: bool) -> ThumbnailReport | None:
    """An empty report when the thumbnail job would find nothing to make (nothing pending,
    every pictured item's thumbnail and preview in the cache), else None."""
    from smparchive.core.thumbcache import PREVIEW, THUMB, ThumbnailCache, picture_key

    started = time.monotonic()
    present = [STATUS_CODES[s] for s in PRESENT_STATUSES]
    marks = ", ".join("?" * len(present))
    conn = reader.connection()
    pending = conn.execute(
        f"SELECT 1 FROM items WHERE thumb_state = ? AND status IN ({marks}) LIMIT 1",
        (THUMB_CODES[ThumbState.PENDING], *present),
    ).fetchone()
    if pending is not None:
        return None
    shas = [  # the pictures' keys: a video's chosen poster time is part of its own
        str(picture_key(_HEX(row), row[1]))
        for row in conn.execute(
            f"SELECT sha256, poster_time_s FROM items WHERE thumb_state = ? "
            f"AND status IN ({marks}) AND sha256 IS NOT NULL",
            (THUMB_CODES[ThumbState.OK], *present),
        )
    ]
    if shas:  # (a content shared by several items is listed again: harmless in a superset test)
        sizes = (THUMB, PREVIEW) if previews else (THUMB,)
        cache = reader.cache_dir
        if cache is None or not ThumbnailCache(Path(cache)).has_all(shas, sizes):
            return None
    report = ThumbnailReport()
    report.seconds_to_thumbnails = report.seconds = time.monotonic() - started
    return report


def _duplicate_groups(reader: CatalogReader, root_ids: list[int] | None) -> int:
    """``Catalog.duplicate_group_count(root_ids)``, with the same SQL; ``None`` when the
    ids are every root and no item is missing (then only the groups' sizes count: the
    hash key's index and the candidates' rows answer)."""
    # Only the contents whose first bytes several items share (ix_items_sha_key alone) are
    # grouped by their whole hash (filters.shared_keys).
    shared = (
        "items.sha_key IN (SELECT sha_key FROM items WHERE sha_key IS NOT NULL "
        "GROUP BY sha_key HAVING count(*) > 1)"
    )
    if root_ids is None:
        sql = (
            "SELECT count(*) FROM (SELECT sha256 FROM items WHERE sha256 IS NOT NULL "
            f"AND {shared} GROUP BY sha256 HAVING count(*) > 1)"
        )
        return int(reader.connection().execute(sql).fetchone()[0])
    marks = ", ".join("?" * len(root_ids))
    sql = (
        "SELECT count(*) FROM (SELECT items.sha256 FROM items WHERE items.sha256 IS NOT NULL "
        f"AND items.status != {_MISSING} AND {shared} GROUP BY items.sha256 "
        "HAVING count(*) > 1 AND "
        f"sum(CASE WHEN (items.root_id IN ({marks})) THEN 1 ELSE 0 END) > 0)"
    )
    return int(reader.connection().execute(sql, root_ids).fetchone()[0])
