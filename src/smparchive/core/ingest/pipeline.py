"""The scan: walk roots, look at new and changed files in workers, catalogue them in batches.

Catalogue first, pictures second. Rows before hashes: a *head pass* in the scanning process
reads the first 64 KB of each new file (a JPEG's EXIF, XMP and IPTC sit there) and writes
its row with no content hash ("hash pending", see ``rescan.hash_pending``), so a folder is
searchable before any file is read in full. Then the *hash stage* reads every new and
changed file once in workers (hash, facts, embedded thumbnail, and a JPEG's grid thumbnail
from the same bytes) and completes the rows; :mod:`thumbnails` makes the other pictures
afterwards (or alongside), only for hashed items.

What the hash decides comes after it: moved files are re-linked by content (a new file of
the same size as an item that may have moved never gets a head row: it is hashed first, so
a move keeps its item), vanished files are marked missing only once every file of the scan
is hashed, duplicates are counted at the end. A rescan opens only files whose size or mtime
changed, or whose hash is still pending. Every batch commits atomically, so a cancel, crash
or kill leaves a consistent catalogue and the next scan carries on where this one stopped.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.indexrow import IndexRow
from smparchive.core.catalog.ops_ingest import PRESENT, IngestEntry
from smparchive.core.catalog.records import RootRecord
from smparchive.core.catalog.stored import hash_text
from smparchive.core.catalog.undo import ChangeSummary
from smparchive.core.heap import long_lived_frozen
from smparchive.core.ingest import tasks
from smparchive.core.ingest.entries import to_entry
from smparchive.core.ingest.report import FileProblem, Meter, ScanReport
from smparchive.core.ingest.rescan import (
    exclusions,
    read_by_older_reader,
    same_file,
    scan_counts,
    sidecar_newer,
)
from smparchive.core.ingest.rescan import to_read as _to_read
from smparchive.core.ingest.scanlock import scan_lock
from smparchive.core.ingest.transient import folder_gone, unavailable
from smparchive.core.ingest.walk import FoundFile, Walker, WalkProblem
from smparchive.core.ingest.workers import (
    DEFAULT_MEMORY_LIMIT,
    DEFAULT_TIMEOUT_S,
    TaskFailed,
    WorkerPool,
)
from smparchive.core.messages import problem
from smparchive.core.pathnames import display
from smparchive.core.pathnames import unreachable as _unreachable
from smparchive.core.plural import counted
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink, null_progress
from smparchive.core.thumbcache import EMBEDDED, THUMB, ThumbnailCache, pending_key
from smparchive.core.vocab import PRESENT_STATUSES, ItemStatus, ThumbState, hash_pending

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

log = logging.getLogger(__name__)

HEAD_STAGE = "catalogue"  # progress: rows from the files' heads
HASH_STAGE = "fingerprints"  # progress: each file read in full (hash, facts)


@dataclass(slots=True)
class ScanOptions:
    """How a scan runs. ``workers=0`` probes in-process (tests, debugging)."""

    workers: int | None = None  # None: os.cpu_count()
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT
    batch_size: int = 250
    batch_seconds: float = 1.0
    retry_errors: bool = False  # open again files that failed last time
    # The hash stage makes a JPEG's grid thumbnail (and a video's poster, a deck's first
    # page) from the read that hashes it; False leaves every picture to the thumbnail job.
    pictures: bool = True
    on_batch: Callable[[ChangeSummary], None] | None = None  # e.g. refresh a view
    # Called once, when every file the scan found has a row (searchable), hashes or not.
    on_searchable: Callable[[], None] | None = None
    faults: dict[str, str] = field(default_factory=dict)  # tests: name part -> crash|hang

    def fault_for(self, path: str) -> str | None:
        name = os.path.basename(path)
        return next((f for part, f in self.faults.items() if part in name), None)


def catalogue_exclusions(catalog: Catalog) -> list[Path]:
    """The catalogue file, its journal files, backups and cache: never catalogued."""
    return exclusions(str(catalog.location), catalog.cache_dir)


def scan(
    catalog: Catalog,
    roots: Sequence[int | RootRecord] | None = None,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
    options: ScanOptions | None = None,
    *,
    pool: WorkerPool | None = None,
) -> ScanReport:
    """Bring the catalogue in line with the files under ``roots`` (default: every root).

    One scan of a catalogue at a time: raises :class:`ScanBusy` (one sentence) when another
    process or thread is scanning it, unless the caller holds :func:`scan_lock` already.
    """
    with scan_lock(catalog), long_lived_frozen():
        return _scan(catalog, roots, progress, cancel, options, pool=pool)


def _scan(
    catalog: Catalog,
    roots: Sequence[int | RootRecord] | None,
    progress: ProgressSink | None,
    cancel: CancelToken | None,
    options: ScanOptions | None,
    *,
    pool: WorkerPool | None,
) -> ScanReport:
    options = options or ScanOptions()
    cancel = cancel or CancelToken()
    report = ScanReport()
    started = time.monotonic()
    known = {r.id: r for r in catalog.roots(counts=False)}
    wanted = (
        [known[r if isinstance(r, int) else r.id] for r in roots] if roots else list(known.values())
    )
    own_pool = pool is None
    pool = pool or WorkerPool(
        options.workers, timeout_s=options.timeout_s, memory_limit=options.memory_limit
    )
    meter = Meter(progress or null_progress)
    # Workers start when the walk first meets a file to read (see _RootScan.run): a rescan
    # of unchanged folders starts no process at all.
    vanished: dict[int, str] = {}  # item id -> old path, until a move claims it
    pending_gone: dict[int, tuple[int, int, str]] = {}  # of those, hash pending: size, mtime, name
    fired = False

    def searchable() -> None:
        nonlocal fired
        if not fired and not cancel.cancelled:
            fired = True
            report.seconds_to_searchable = time.monotonic() - started
            if options.on_searchable is not None:
                options.on_searchable()

    try:
        for n, root in enumerate(wanted):
            if cancel.cancelled:
                report.cancelled = True
                break
            last = n == len(wanted) - 1
            _RootScan(
                catalog,
                root,
                pool,
                options,
                report,
                meter,
                cancel,
                vanished,
                pending_gone,
                searchable if last else None,
            ).run()
        report.worker_restarts = pool.rebuilds
        if not report.cancelled:
            searchable()  # unless a root's head pass said so earlier
            _mark_missing(catalog, vanished, report)
            _announce(options, vanished)
            catalog.drop_camera_boilerplate()  # "OLYMPUS DIGITAL CAMERA" on every photo
    finally:
        if own_pool:
            pool.close()
    if not report.cancelled:
        report.duplicate_groups = catalog.duplicate_group_count([r.id for r in wanted])
    report.seconds = time.monotonic() - started
    log.info(
        "scan of %s: %d files, %d new, %d completed, %d changed, %d moved, "
        "%d unchanged, %d not read, %d missing, %d errors, %d warnings in %.1f s%s",
        counted(len(wanted), "root"),
        report.files_seen,
        report.new,
        report.completed,
        report.changed,
        report.moved,
        report.unchanged,
        report.not_read,
        report.missing,
        report.errors,
        report.warnings,
        report.seconds,
        " (cancelled)" if report.cancelled else "",
    )
    _audit_scan(catalog, report, wanted)
    return report


def _audit_scan(catalog: Catalog, report: ScanReport, roots: Sequence[RootRecord]) -> None:
    """Who scanned what, with the counts, in the catalogue's history; then the history is
    trimmed to the catalogue's retention. A failure here never fails the scan."""
    counts = scan_counts(report)
    try:
        catalog.record_scan([display(r) for r in report.roots], counts)
        catalog.prune_history()
        for root in roots:  # which volume holds it: teammates find it where they mount it
            if root.path not in report.offline_roots and os.path.isdir(root.path):
                catalog.remember_root_place(root.id, root.path)
    except CatalogError as exc:
        log.warning("scan not noted in the history: %s", exc)


class _RootScan:
    """One root: walk, compare with the catalogue, probe what is new or changed, store."""

    def __init__(
        self,
        catalog: Catalog,
        root: RootRecord,
        pool: WorkerPool,
        options: ScanOptions,
        report: ScanReport,
        meter: Meter,
        cancel: CancelToken,
        vanished: dict[int, str],
        pending_gone: dict[int, tuple[int, int, str]],
        on_rows: Callable[[], None] | None = None,
    ) -> None:
        self.cat = catalog
        self.root = root
        self.pool = pool
        self.options = options
        self.report = report
        self.meter = meter
        self.cancel = cancel
        self.cache: ThumbnailCache | None = catalog.thumbnails
        self.pending: list[IngestEntry] = []
        self.pending_looks: list[tasks.Look | None] = []
        self.claimed: set[int] = set()
        self.vanished = vanished  # shared by the roots of a scan: moves across roots
        self.pending_gone = pending_gone  # vanished items whose hash is pending
        self.on_rows = on_rows  # every file found has a row (the scan's last root)
        self.head_ids: dict[int, int] = {}  # key of a file to read -> its head row's item
        # Keys whose head row holds the full read's facts (a JPEG's whole header, no
        # sidecar): the hash stage only hashes them (tasks.head_hash).
        self.head_complete: set[int] = set()
        # Their orientation as the head pass read it: the worker orients the grid thumbnail
        # with it instead of parsing the EXIF and XMP a second time (tasks.head_hash).
        self.head_orientation: dict[int, int] = {}
        self.hashes: list[tuple[int, str]] = []  # (item id, hash) for the next flush
        self.hash_pictures: dict[int, dict[int, bytes]] = {}  # item id -> its thumbnails
        self.resumed: set[int] = set()  # items whose hash an earlier scan left pending
        self.away: set[int] = set()  # offline or missing items found again, to read again
        # Known items read again: (their hash before, their sidecar was the reason). Same
        # bytes and no newer sidecar is "unchanged" for the person (a touch, a copy tool).
        self.before: dict[int, tuple[str | None, bool]] = {}
        # Unchanged files recorded by an older reader (media.readers): read, not hashed.
        self.rereads: dict[int, IndexRow] = {}
        self.last_flush = time.monotonic()
        self.not_read: list[tuple[str, str]] = []  # transient failures: (path, reason)
        self.lost = False  # the root went away during the scan

    def _time(self, stage: str, since: float) -> None:
        st = self.report.stage_seconds
        st[stage] = st.get(stage, 0.0) + time.monotonic() - since

    def run(self) -> None:
        root, report = self.root, self.report
        report.roots.append(root.path)
        t0 = time.monotonic()
        index = self.cat.ingest_index(root.id)
        if _unreachable(root.path) or (index and folder_gone(root.path)):
            self._offline(index)
            return
        walker = Walker(Path(root.path), root.ignore_patterns, catalogue_exclusions(self.cat))
        found: list[FoundFile] = []
        skipped: list[WalkProblem] = []
        warm = False
        for item in walker.walk(self.cancel):
            if isinstance(item, WalkProblem):
                skipped.append(item)
                report.problems.append(FileProblem(item.path, "skipped", item.reason))
            else:
                found.append(item)
                row = index.get(item.rel_path)
                if not warm and row is not None and _to_read(item, row):
                    # A changed file: the workers start while the walk goes on. New files
                    # get their rows from the head pass first; the workers start after.
                    warm = True
                    t1 = time.monotonic()
                    self.pool.warm_up()
                    self._time("workers start", t1)
                if len(found) % 500 == 0:
                    self.meter(ProgressEvent("walk", len(found), current=item.rel_path))
        report.skipped += walker.skipped
        self._time("walk", t0)
        if self.cancel.cancelled:
            report.cancelled = True
            return
        if skipped and folder_gone(root.path):  # it went away while being walked
            self._offline(index, midway=True)
            return
        # A complete walk: what it skipped replaces what the last one skipped.
        self.cat.record_scan_problems(root.id, [(p.path, p.reason) for p in skipped])
        t0 = time.monotonic()
        to_probe: list[tuple[FoundFile, int | None]] = []
        restore: list[int] = []
        seen: set[str] = set()
        for f in found:
            seen.add(f.rel_path)
            report.files_seen += 1
            report.bytes_seen += f.size
            row = index.get(f.rel_path)
            if row is None:
                to_probe.append((f, None))
                continue
            same = same_file(f, row, self.options.retry_errors)
            if same and row.status in PRESENT_STATUSES and read_by_older_reader(row):
                # The same file, recorded by a reader since improved: read again, not
                # hashed again (its text, facts; its pictures stay those of its bytes).
                to_probe.append((f, row.id))
                self.rereads[row.id] = row
                self.before[row.id] = (hash_text(row.sha256), False)
            elif same:
                report.unchanged += 1
                if row.status in (ItemStatus.MISSING, ItemStatus.OFFLINE):
                    restore.append(row.id)
            else:
                to_probe.append((f, row.id))
                if row.status in (ItemStatus.MISSING, ItemStatus.OFFLINE):
                    self.away.add(row.id)  # back, and read again: counted once it is read
                if hash_pending(row.status, row.sha256, row.status_reason):
                    self.resumed.add(row.id)  # an earlier scan stopped before its hash
                else:
                    self.before[row.id] = (hash_text(row.sha256), sidecar_newer(f, row))
        for rel, row in index.items():  # still-missing ones count: they are still a problem
            if rel not in seen:
                self.vanished[row.id] = os.path.join(root.path, rel)
                if hash_pending(row.status, row.sha256, row.status_reason):
                    self.pending_gone[row.id] = (row.size, row.mtime_ns, rel.rsplit("/", 1)[-1])
        if restore:
            self.cat.ingest_restore(restore)
            report.returned += len(restore)
            _announce(self.options, restore)  # back from offline or missing
        self.cat.ingest_root_seen(root.id, online=True, scanned=False)
        heads = self._head_eligible(to_probe, index, seen)
        self._time("compare", t0)
        t0 = time.monotonic()
        completed = self._probe_all(to_probe, heads)
        self._time("probe+catalogue", t0)
        if self.lost:
            self._offline(self.cat.ingest_index(root.id), midway=True)
            return
        if self.not_read:  # shown by 'problems' until a scan reads them
            problems = [(p.path, p.reason) for p in skipped] + self.not_read
            self.cat.record_scan_problems(root.id, problems)
        if not completed:
            report.cancelled = True
            return
        self.cat.ingest_root_seen(root.id, online=True, scanned=True)

    def _offline(self, index: dict[str, IndexRow], *, midway: bool = False) -> None:
        """The root folder (or its drive) is absent: items stay browsable, marked offline.

        ``midway``: it went away during this scan. What the scan had not read yet keeps
        what the catalogue knew; nothing under it counts as missing.
        """
        for row in index.values():
            self.vanished.pop(row.id, None)
            self.pending_gone.pop(row.id, None)
        ids = [row.id for row in index.values() if row.status in PRESENT]
        self.cat.ingest_mark_missing(ids, status=ItemStatus.OFFLINE)
        _announce(self.options, ids)
        self.cat.ingest_root_seen(self.root.id, online=False, scanned=False)
        self.report.offline_roots.append(self.root.path)
        self.report.offline_root_ids.append(self.root.id)
        self.report.offline_items += len(ids)
        code = "folder.gone_midway" if midway else "folder.unreachable"
        if self.cat.shared:  # one computer's view: not marked offline for the team
            code += "_here"
            self.report.offline_here = True
        reason = problem(code, n=len(index))  # "its 1 item keeps ...", "its 2 items keep ..."
        self.report.problems.append(FileProblem(display(self.root.path), "offline", reason))

    def _head_eligible(
        self,
        to_probe: list[tuple[FoundFile, int | None]],
        index: dict[str, IndexRow],
        seen: set[str],
    ) -> set[int]:
        """Positions of the new files that get a row from their head before their hash.

        A new file may be a moved item: only its hash can say, and a head row would then
        be a second item for the same file. So a new file whose size is that of an item
        that may have moved (vanished from a scanned root, missing, or gone from another
        root's folder) is hashed first, exactly as before; the others cannot be a move.
        """
        new = [(n, f) for n, (f, item_id) in enumerate(to_probe) if item_id is None]
        if not new:
            return set()
        risky = {row.size for rel, row in index.items() if rel not in seen}
        risky.update(size for size, _mtime, _name in self.pending_gone.values())
        sizes = {f.size for _, f in new} - risky
        for c in self.cat.ingest_size_candidates(sizes, self.root.id):
            if c.size not in risky and (
                c.id in self.vanished
                or c.status == ItemStatus.MISSING
                or not os.path.lexists(c.path)
            ):
                risky.add(c.size)
        return {n for n, f in new if f.size not in risky}

    def _head_pass(self, files: list[tuple[int, FoundFile]]) -> None:
        """Rows from the files' heads (no hash yet), committed in batches."""
        entries: list[IngestEntry] = []
        keys: list[int] = []
        thumbs: list[bytes | None] = []
        last = time.monotonic()
        total = len(files)
        if total:
            self.meter(ProgressEvent(HEAD_STAGE, 0, total), force=True)
        for done, (n, f) in enumerate(files, 1):
            if self.cancel.cancelled:
                break
            self.meter(ProgressEvent(HEAD_STAGE, done, total, current=f.rel_path))
            t0 = time.monotonic()
            look = tasks.head_look(f.path)
            self._time("head pass", t0)
            if look is None:
                continue  # cannot be opened now: the hash stage says why
            entries.append(to_entry(f, look))
            keys.append(n)
            thumbs.append(look.info.embedded_thumbnail)
            if look.complete:
                self.head_complete.add(n)
                self.head_orientation[n] = look.info.orientation or 1
            if (
                len(entries) >= self.options.batch_size
                or time.monotonic() - last >= self.options.batch_seconds
            ):
                self._head_flush(entries, keys, thumbs)
                entries, keys, thumbs = [], [], []
                last = time.monotonic()
                self.pool.warm_up()  # more to come: the workers start meanwhile
        self._head_flush(entries, keys, thumbs)

    def _head_flush(
        self, entries: list[IngestEntry], keys: list[int], thumbs: list[bytes | None]
    ) -> None:
        if not entries:
            return
        t0 = time.monotonic()
        changes = self.cat.ingest_batch(self.root.id, entries)
        for n, entry, thumb in zip(keys, entries, thumbs, strict=True):
            if entry.item_id is None:
                self.head_complete.discard(n)
            else:
                self.head_ids[n] = entry.item_id
                self.report.new_ids.append(entry.item_id)
                if thumb and self.cache is not None:  # the camera's own, shown first
                    try:
                        self.cache.put(pending_key(entry.item_id), EMBEDDED, thumb)
                    except OSError as exc:
                        log.warning("cannot write to the thumbnail cache: %s", exc)
        self.report.new += len(entries)
        self._time("head pass writes", t0)
        if self.options.on_batch is not None:
            self.options.on_batch(changes)

    def _probe_all(self, to_probe: list[tuple[FoundFile, int | None]], heads: set[int]) -> bool:
        total = len(to_probe)
        bytes_total = sum(f.size for f, _ in to_probe)
        done = bytes_done = 0
        if total:
            # Every file found here is read after the head pass: the fork server imports
            # the media code on another core meanwhile, so the first worker is ready when
            # the hash stage starts instead of 0.1-0.2 s later.
            self.pool.prepare()
        self._head_pass([(n, to_probe[n][0]) for n in range(total) if n in heads])
        if self.cancel.cancelled:
            return False
        # New files the head pass gave no row (a PDF, whose kind only the full read tells;
        # a file that may be a moved item) are read first: the catalogue is searchable once
        # their rows are in, not only when the last photo is hashed. Then the files whose
        # row lacks facts (other kinds, sidecars, changed files), then the photos that only
        # need their hash and picture, each in the order found: the slow reads start early
        # instead of finishing last on one worker.
        rowless = {
            n
            for n, (_f, item_id) in enumerate(to_probe)
            if item_id is None and n not in self.head_ids
        }
        by_key = {
            n: to_probe[n]
            for n in sorted(range(total), key=lambda n: (n in self.head_complete, n not in rowless))
        }
        if self.on_rows is not None and not rowless:
            self.on_rows()  # every new file has its row; changed ones had theirs

        # One read per file: the workers picture a JPEG from the bytes they hash.
        pictures = str(self.cache.root) if self.cache and self.options.pictures else None

        def jobs() -> Iterator[tuple[Hashable, Callable[..., Any], tuple[Any, ...]]]:
            for n, (f, _) in by_key.items():
                if self.lost:
                    return  # the root went away: stop asking for its files
                fault = self.options.fault_for(f.path)
                reread = to_probe[n][1]
                if reread is not None and reread in self.rereads:
                    yield n, tasks.read_again, (f.path, f.size, f.mtime_ns, fault)
                elif n in self.head_complete:  # its facts are in: only the hash is missing
                    orientation = self.head_orientation.get(n)
                    yield (
                        n,
                        tasks.head_hash,
                        (f.path, f.size, f.mtime_ns, fault, pictures, orientation),
                    )
                else:
                    yield n, tasks.first_look, (f.path, fault, pictures)

        self.meter(ProgressEvent(HASH_STAGE, 0, total, 0, bytes_total), force=True)
        for key, result in self.pool.run(jobs(), self.cancel):
            n = int(key)  # type: ignore[call-overload]
            found, item_id = by_key[n]
            done += 1
            bytes_done += found.size
            self.report.probed += 1
            self.report.bytes_probed += found.size
            head_id = self.head_ids.get(n)
            if head_id is not None and isinstance(result, tasks.Hashed):
                self._hashed(found, head_id, result)
            elif not self._transient(found, item_id if head_id is None else head_id, result):
                self._collect(found, item_id, result, head_id)
            if rowless and self.on_rows is not None:
                rowless.discard(n)
                if not rowless:
                    self._flush()  # the last rows the head pass could not write
                    self.on_rows()
            if (
                len(self.pending) + len(self.hashes) >= self.options.batch_size
                or time.monotonic() - self.last_flush >= self.options.batch_seconds
            ):
                self._flush()
            self.meter(
                ProgressEvent(HASH_STAGE, done, total, bytes_done, bytes_total, found.rel_path)
            )
        self._flush()
        self.meter(ProgressEvent(HASH_STAGE, done, total, bytes_done, bytes_total), force=True)
        return done == total  # a cancel that came after the last file changes nothing

    def _transient(self, found: FoundFile, item_id: int | None, result: Any) -> bool:
        """A failure whose cause is outside the file (gone, denied, drive away) changes
        nothing in the catalogue: the file is listed as not read and tried again by the
        next scan (a known item keeps its old size and date, so it still looks changed)."""
        from smparchive.core.media.info import Outcome

        if not isinstance(result, TaskFailed) and result.info.outcome is Outcome.OK:
            return False
        reason = unavailable(found.path)
        if reason is None:
            return False
        if not self.lost and folder_gone(self.root.path):
            self.lost = True
            log.info("root %s went away during the scan", self.root.path)
        self.report.unavailable += 1
        path = display(found.path)
        self.not_read.append((path, reason))
        if not self.lost:
            self.report.problems.append(FileProblem(path, "not read", reason, item_id))
        log.info("not read (transient): %s: %s", path, reason)
        return True

    def _hashed(self, found: FoundFile, item_id: int, result: tasks.Hashed) -> None:
        """A head row with the full read's facts gets its hash and grid thumbnail (what
        ``_collect`` does for a file the worker read and parsed, without the parse: the
        head pass did it)."""
        if found.misleading and found.name_warning:
            path = display(found.path)  # a readable file with a misleading name: say so
            self.report.problems.append(FileProblem(path, "warning", found.name_warning, item_id))
        self.report.worker_peak_mb = max(self.report.worker_peak_mb, result.peak_rss_mb)
        self.hashes.append((item_id, result.sha256))
        if result.thumbnails:
            self.hash_pictures[item_id] = result.thumbnails

    def _collect(
        self, found: FoundFile, item_id: int | None, result: Any, head_id: int | None = None
    ) -> None:
        if isinstance(result, TaskFailed):
            from smparchive.core.media.info import MediaInfo, Outcome

            look = tasks.Look(MediaInfo(outcome=Outcome.ERROR, problems=[result.reason]), None)
        else:
            look = result
            self.report.worker_peak_mb = max(self.report.worker_peak_mb, look.peak_rss_mb)
        entry = to_entry(found, look)
        entry.item_id = item_id if head_id is None else head_id
        if item_id is not None and item_id in self.rereads and entry.sha256 is None:
            self._keep_known(entry, self.rereads[item_id])
        # A head row (this scan's or an interrupted one's) takes the full read's values.
        entry.provisional = head_id is not None or item_id in self.resumed
        if found.misleading and found.name_warning and entry.technical.get("status") == "ok":
            path = display(found.path)  # a readable file with a misleading name: say so
            self.report.problems.append(
                FileProblem(path, "warning", found.name_warning, entry.item_id)
            )
        if item_id is not None:
            self._count_known(item_id, entry.sha256)
        self.pending.append(entry)
        self.pending_looks.append(look)

    def _keep_known(self, entry: IngestEntry, row: IndexRow) -> None:
        """A file read again by a newer reader and not hashed (the same size and time as
        catalogued, checked again by the worker): its hash and pictures stay the record's."""
        entry.sha256 = hash_text(row.sha256)
        ok = entry.technical.get("status") == ItemStatus.OK
        if ok and entry.technical.get("thumb_state") == ThumbState.PENDING:
            entry.technical["thumb_state"] = row.thumb_state  # no picture asked: none made
        self.report.reread += 1
        kinds = self.report.reread_kinds
        kind = str(entry.technical.get("kind") or row.kind)
        kinds[kind] = kinds.get(kind, 0) + 1

    def _count_known(self, item_id: int, sha256: str | None) -> None:
        """A known file read again, in the category the person would use: completed (an
        earlier scan stopped before reading it in full), unchanged (same bytes, no newer
        sidecar: its new modification time is recorded all the same) or changed."""
        report = self.report
        if item_id in self.away:
            report.returned += 1
        if item_id in self.resumed:
            report.completed += 1
            report.completed_ids.append(item_id)
            return
        before, sidecar = self.before.get(item_id, (None, False))
        if sha256 is not None and sha256 == before and not sidecar:
            report.unchanged += 1
        else:
            report.changed += 1
            report.changed_ids.append(item_id)

    def _flush(self) -> None:
        self.last_flush = time.monotonic()
        if self.hashes:
            self._flush_hashes()
        if not self.pending:
            return
        t0 = time.monotonic()
        entries, looks = self.pending, self.pending_looks
        self.pending, self.pending_looks = [], []
        self._relink_moves(entries)
        fresh = [e for e in entries if e.item_id is None]
        self.report.new += len(fresh)
        changes = self.cat.ingest_batch(self.root.id, entries)
        self.report.new_ids.extend(e.item_id for e in fresh if e.item_id is not None)
        for entry, look in zip(entries, looks, strict=True):
            self._count(entry)
            if self.cache is not None and look is not None and entry.sha256:
                self._store_pictures(entry.sha256, look)
                self.report.thumbnails += bool(look.thumbnails)
            if self.cache is not None and entry.provisional and entry.item_id is not None:
                try:  # the stand-in of the head pass: the content's own pictures replace it
                    self.cache.discard(pending_key(entry.item_id), EMBEDDED)
                except OSError as exc:
                    log.warning("cannot write to the thumbnail cache: %s", exc)
        self._time("catalogue writes", t0)
        if self.options.on_batch is not None:
            self.options.on_batch(changes)

    def _flush_hashes(self) -> None:
        """Hashes of head rows, in one write; their grid thumbnails go in the cache first
        (then the row says so), their camera thumbnails move to the content's key (the
        stand-in goes)."""
        t0 = time.monotonic()
        hashes, self.hashes = self.hashes, []
        made, self.hash_pictures = self.hash_pictures, {}
        pictured: list[int] = []
        reused = 0
        if self.cache is not None:
            for item_id, sha in hashes:
                if item_id in made:
                    if self._store_thumbnails(sha, made[item_id]):
                        pictured.append(item_id)
                elif self.cache.has(sha, THUMB) and self.cache.damage(sha) is None:
                    reused += 1
                    # the worker made none because the cache holds this content's already
                    # (a duplicate, a moved file, a shared server cache): pictured all the same
                    # (a damaged content's stays pending: the thumbnail job records why)
                    pictured.append(item_id)
        changes = self.cat.ingest_hashes(hashes, pictured=pictured)
        self.report.thumbnails += len(pictured) - reused
        self.report.thumbnails_reused += reused
        if self.cache is not None:
            for item_id, sha in hashes:
                try:
                    self.cache.adopt(pending_key(item_id), sha, EMBEDDED)
                except OSError as exc:
                    log.warning("cannot write to the thumbnail cache: %s", exc)
        self._time("catalogue writes", t0)
        if self.options.on_batch is not None:
            self.options.on_batch(changes)

    def _relink_moves(self, entries: list[IngestEntry]) -> None:
        """A new file with the bytes of a vanished item is that item, moved or renamed."""
        new = {e.sha256: e for e in entries if e.item_id is None and e.sha256}
        if new:
            self._relink_by_hash(new)
        if self.pending_gone:
            self._relink_pending(entries)

    def _relink_pending(self, entries: list[IngestEntry]) -> None:
        """A vanished item whose hash was never read (its scan stopped first) has nothing to
        compare bytes with: a new file with its name, size and modification time is it,
        moved (a folder moved keeps them); it keeps its id, tags and edits."""
        by_facts: dict[tuple[int, int, str], list[int]] = {}
        for item_id, facts in sorted(self.pending_gone.items()):
            by_facts.setdefault(facts, []).append(item_id)
        for entry in entries:
            if entry.item_id is not None:
                continue
            ids = [
                i
                for i in by_facts.get((entry.size, entry.mtime_ns, entry.name), ())
                if i not in self.claimed
            ]
            if ids:
                self.claimed.add(ids[0])
                self.vanished.pop(ids[0], None)
                self.pending_gone.pop(ids[0], None)
                entry.item_id, entry.root_id, entry.provisional = ids[0], self.root.id, True
                self.report.moved += 1
                self.report.changed_ids.append(ids[0])

    def _relink_by_hash(self, new: dict[str, IngestEntry]) -> None:
        for sha, cands in self.cat.ingest_move_candidates(new).items():
            entry = new[sha]
            for c in cands:
                if c.id in self.claimed:
                    continue
                gone = (
                    c.id in self.vanished
                    or c.status == ItemStatus.MISSING
                    or (c.root_online and c.root_id != self.root.id and not os.path.lexists(c.path))
                )
                if gone:
                    self.claimed.add(c.id)
                    self.vanished.pop(c.id, None)
                    entry.item_id, entry.root_id = c.id, self.root.id
                    self.report.moved += 1
                    self.report.changed_ids.append(c.id)
                    break

    def _count(self, entry: IngestEntry) -> None:
        status = entry.technical.get("status")
        path = os.path.join(self.root.path, entry.rel_path)
        if status == ItemStatus.ERROR:
            self.report.errors += 1
            reason = entry.technical.get("status_reason") or "The file cannot be read."
            self.report.problems.append(FileProblem(display(path), "error", reason, entry.item_id))
        elif status == ItemStatus.WARNING:
            self.report.warnings += 1
            self.report.problems.append(
                FileProblem(
                    display(path), "warning", entry.technical.get("warnings") or "", entry.item_id
                )
            )

    def _store_pictures(self, sha: str, look: tasks.Look) -> None:
        assert self.cache is not None
        try:
            embedded = look.info.embedded_thumbnail
            if embedded and not self.cache.has(sha, EMBEDDED):
                self.cache.put(sha, EMBEDDED, embedded)
        except OSError as exc:
            log.warning("cannot write to the thumbnail cache: %s", exc)
        self._store_thumbnails(sha, look.thumbnails)

    def _store_thumbnails(self, sha: str, pictures: dict[int, bytes]) -> bool:
        """Pictures into the cache; False if it cannot be written (the item stays pending:
        the thumbnail job tries again)."""
        assert self.cache is not None
        try:
            for size, data in pictures.items():
                self.cache.put(sha, size, data)
        except OSError as exc:
            log.warning("cannot write to the thumbnail cache: %s", exc)
            return False
        return True


def _announce(options: ScanOptions, ids: Iterable[int]) -> None:
    """Items whose status the scan changed by itself (offline, back, missing): the views
    follow them as they follow the batches written (the app listed an unplugged card's
    items under Offline with each one still saying OK)."""
    changed = frozenset(ids)
    if changed and options.on_batch is not None:
        options.on_batch(ChangeSummary(items=changed))


def _mark_missing(catalog: Catalog, vanished: dict[int, str], report: ScanReport) -> None:
    """Files gone from every scanned root (and not found moved) are missing."""
    if not vanished:
        return
    catalog.ingest_mark_missing(sorted(vanished))
    report.missing += len(vanished)
    for item_id, path in sorted(vanished.items(), key=lambda kv: kv[1]):
        report.problems.append(
            FileProblem(display(path), "missing", "The file is no longer there.", item_id)
        )
