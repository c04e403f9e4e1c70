"""Pictures second: grid thumbnails (with the final outcome of each file), then previews.

Items waiting for a thumbnail get one read and one reduced decode in a worker (no hashing,
no metadata: the scan did that); the decode also confirms whether the pixels are intact
(a truncated photo becomes a warning with no picture). Larger previews follow once every grid
thumbnail exists. ``prioritise(ids)`` lets a front end put what the user looks at first.

Given ``item_ids``, a job only repairs those items (and any ``add``-ed while it runs): items
whose grid thumbnail went missing from the cache, read from online drives only; it changes
no item's state before it has a result, so a cancelled repair leaves the catalogue as it was.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from smparchive.core.cache_records import TrimReport
from smparchive.core.catalog.ops_ingest import ItemRef
from smparchive.core.ingest import tasks
from smparchive.core.ingest.pipeline import ScanOptions
from smparchive.core.ingest.report import FileProblem, Meter, RemakeReport, ThumbnailReport
from smparchive.core.ingest.transient import unavailable
from smparchive.core.ingest.workers import TaskFailed, WorkerPool
from smparchive.core.messages import problem
from smparchive.core.pathnames import display, os_path
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink, null_progress
from smparchive.core.thumbcache import PREVIEW, THUMB, ThumbnailCache, content_of
from smparchive.core.vocab import (
    REPAIR_STATUSES,
    REPAIR_THUMB_STATES,
    ItemStatus,
    Kind,
    ThumbState,
)

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import RootRecord

log = logging.getLogger(__name__)

FLUSH_EVERY = 100
FOLLOW_POLL_S = 0.25
THUMBNAIL_NICENESS = 7  # behind the interface, and behind a scan running alongside
URGENT_KEEP = 2000  # items kept ahead of the queue: a few screenfuls seen last
# While the grid hands a repair job items pass after pass (scrolling), its next round waits
# until nothing new came for GATHER_S (at most GATHER_MAX_S): a round per hand-over (348
# rounds of 1-2 items over bench_gui's 1M scroll) read the items' rows each time, holding the
# interpreter against the UI thread. Items handed over after a pause start a round at once.
GATHER_S = 0.15
GATHER_MAX_S = 0.5
FOLDERS_FRESH_S = 2.0  # a round reuses the folders read this recently (each read is ~2 ms)


class ThumbnailJob:
    """Makes missing thumbnails (then previews) for a catalogue; thread-safe ``prioritise``."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        root_ids: Sequence[int] | None = None,
        item_ids: Iterable[int] | None = None,
        previews: bool = True,
        options: ScanOptions | None = None,
        pool: WorkerPool | None = None,
        linger_s: float = 0.0,
    ) -> None:
        """``item_ids`` (even empty) makes a repair job limited to those items (see ``add``).
        ``linger_s``: how long a repair job whose items are all done waits for more before it
        ends (a grid scrolled screenful after screenful hands the next items to the running
        job and its workers, instead of starting a job and its worker processes again)."""
        if catalog.thumbnails is None:
            raise ValueError("This catalogue has no thumbnail cache folder.")
        self.cat = catalog
        self.cache: ThumbnailCache = catalog.thumbnails
        self.root_ids = list(root_ids) if root_ids else None
        self.previews = previews
        self.options = options or ScanOptions()
        self._pool = pool
        self._lock = threading.Lock()
        self._more = threading.Condition(self._lock)  # add() wakes a lingering job
        self.linger_s = linger_s
        self._urgent: deque[int] = deque()
        self._done: set[int] = set()
        self.repair = item_ids is not None
        self._added: list[int] = list(item_ids or ())
        self._added_at = 0.0  # when add() last handed items over (monotonic)
        self._after_pause = True  # ... and whether nothing had come for GATHER_S before
        self._closed = False  # a repair job takes no more items
        self._repaired: set[int] = set()  # items a repair job tried (its previews are theirs)
        self._counted = 0  # items of every round so far: progress counts the whole job
        self._folders: tuple[float, list[RootRecord]] | None = None  # (read at, folders)

    def add(self, ids: Iterable[int]) -> bool:
        """Repair these items too (thread-safe); False once the job has stopped taking
        items (it is finishing: start another job for them)."""
        with self._lock:
            if self._closed or not self.repair:
                return False
            self._added.extend(ids)
            now = time.monotonic()
            self._after_pause = now - self._added_at >= GATHER_S
            self._added_at = now
            self._more.notify_all()
            return True

    def _more_to_repair(self, cancel: CancelToken) -> bool:
        """Items were added since the last round (or within ``linger_s`` of its end);
        otherwise close the job to additions."""
        with self._lock:
            deadline = time.monotonic() + self.linger_s
            while not self._added and not cancel.cancelled:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._more.wait(left)  # add() or the cancel (see run) wakes it
            if self._added and not cancel.cancelled:
                self._gather(cancel)
                return True
            self._closed = True
            return False

    def _gather(self, cancel: CancelToken) -> None:
        """Unless the items came after a pause, wait (with the lock held) until nothing was
        added for ``GATHER_S``, at most ``GATHER_MAX_S``: one round for what a scroll hands
        over, not one per hand-over; a screenful shown after a pause is not kept waiting."""
        if self._after_pause:
            return
        cap = time.monotonic() + GATHER_MAX_S
        while not cancel.cancelled:
            left = min(self._added_at + GATHER_S, cap) - time.monotonic()
            if left <= 0:
                return
            self._more.wait(left)

    def _wake(self) -> None:
        with self._lock:
            self._more.notify_all()

    def prioritise(self, ids: Iterable[int]) -> None:
        """Make these items next (the latest call wins: what the user looks at now).

        Linear in ``ids`` plus a bounded tail of earlier calls (``URGENT_KEEP``): the UI
        thread calls this on every scroll, and items scrolled away long ago are still made
        in queue order, just not ahead of the others.
        """
        with self._lock:
            fresh = list(dict.fromkeys(i for i in ids if i not in self._done))
            chosen = set(fresh)
            older = [i for i in self._urgent if i not in chosen]
            self._urgent = deque(fresh + older[: max(0, URGENT_KEEP - len(fresh))])

    def _order(self, queue: list[int]) -> Iterator[int]:
        pos = 0
        while True:
            with self._lock:
                while self._urgent and self._urgent[0] in self._done:
                    self._urgent.popleft()
                nxt = self._urgent.popleft() if self._urgent else None
            if nxt is None:
                while pos < len(queue) and queue[pos] in self._done:
                    pos += 1
                if pos >= len(queue):
                    return
                nxt = queue[pos]
                pos += 1
            self._done.add(nxt)
            yield nxt

    def run(
        self,
        progress: ProgressSink | None = None,
        cancel: CancelToken | None = None,
        *,
        until: threading.Event | None = None,
    ) -> ThumbnailReport:
        """Make every pending thumbnail, then the previews; stops early on cancel.

        Alongside a scan, pass ``until`` (set when the scan ends): the job keeps picking
        up newly catalogued items until then.
        """
        cancel = cancel or CancelToken()
        report = ThumbnailReport()
        started = time.monotonic()
        own = self._pool is None
        pool = self._pool or WorkerPool(
            self.options.workers,
            timeout_s=self.options.timeout_s,
            memory_limit=self.options.memory_limit,
            niceness=THUMBNAIL_NICENESS,
        )
        meter = Meter(progress or null_progress)
        # No warm-up: the workers start with the first picture to make (none, often).
        forget = cancel.on_cancel(self._wake)  # a lingering repair ends at once
        try:
            if not self.repair:
                self.requeue_missing()
            tried: set[int] = set()
            while not cancel.cancelled:
                finished = until is None or until.is_set()
                made = self._thumbnails(pool, report, meter, cancel, tried)
                if not made and finished and not (self.repair and self._more_to_repair(cancel)):
                    break
                if until is not None and not finished:
                    until.wait(FOLLOW_POLL_S)
            report.seconds_to_thumbnails = time.monotonic() - started
            if self.previews and not cancel.cancelled:
                self._previews(pool, report, meter, cancel)
        finally:
            forget()
            with self._lock:
                self._closed = True
            if own:
                pool.close()
        report.cancelled = cancel.cancelled
        report.seconds = time.monotonic() - started
        return report

    def requeue_missing(self) -> int:
        """Items marked ``ok`` whose grid thumbnail file is gone (the cache was trimmed or
        cleared) wait for a thumbnail again; only on online drives (others cannot be read
        now: they keep whatever picture is left until the drive is back). Returns how many."""
        online = {r.id for r in self.cat.roots(counts=False) if r.online}
        keys = self.cat.thumbnail_keys(self.root_ids)
        pictured = self.cache.present(THUMB) if keys else set()
        gone = [
            {"id": item_id, "thumb_state": ThumbState.PENDING}
            for item_id, root_id, sha in keys
            if root_id in online and sha not in pictured and not self.cache.has(sha, THUMB)
        ]  # has(): a picture written since the listing counts too
        self.cat.ingest_outcomes(gone)
        return len(gone)

    def _repairable(self, refs: list[ItemRef], roots: Sequence[RootRecord]) -> list[ItemRef]:
        """Those of ``refs`` that can be pictured again now: catalogued with a picture, not
        missing, offline or in error, on a drive (of ``roots``) online and reachable."""
        if not refs:
            return []
        reachable = {r.id for r in roots if r.online and os.path.isdir(os_path(r.path, ""))}
        return [
            r
            for r in refs
            if r.sha256
            and r.status in REPAIR_STATUSES
            and r.thumb_state in REPAIR_THUMB_STATES
            and r.root_id in reachable
            and (not self.root_ids or r.root_id in self.root_ids)
        ]

    def _recent_folders(self, refs: list[ItemRef]) -> list[RootRecord]:
        """The catalogue's folders, read again when older than ``FOLDERS_FRESH_S`` or when
        one of ``refs`` is in a folder not among them (added since): rounds follow each other
        while the grid scrolls, and each read holds the interpreter the UI thread waits for
        (a drive that went away is seen by ``_repairable``'s look at it)."""
        now = time.monotonic()
        known = self._folders
        if (
            known is None
            or now - known[0] > FOLDERS_FRESH_S
            or not {r.root_id for r in refs} <= {f.id for f in known[1]}
        ):
            known = self._folders = (now, self.cat.roots(counts=False))
        return known[1]

    # -- grid thumbnails and final outcomes ---------------------------------------------------
    def _thumbnails(
        self,
        pool: WorkerPool,
        report: ThumbnailReport,
        meter: Meter,
        cancel: CancelToken,
        tried: set[int],
    ) -> int:
        """One round over the items pending now (not tried before); returns how many."""
        if self.repair:
            with self._lock:
                ids = [i for i in dict.fromkeys(self._added) if i not in tried]
                self._added = []
        else:
            ids = [i for i in self.cat.pending_thumbnail_ids(self.root_ids) if i not in tried]
        tried.update(ids)
        if not ids:
            return 0
        found = self.cat.item_refs(ids)
        folders = self._recent_folders(found)
        refs = {r.id: r for r in (self._repairable(found, folders) if self.repair else found)}
        self._repaired.update(refs)
        roots = {r.id: r.path for r in folders}
        self._counted += len(refs)
        total = self._counted  # report.done and .reused count every round: so does this
        self._done = set()
        batch: list[tuple[ItemRef, tasks.Look | TaskFailed]] = []
        outcomes: list[dict[str, Any]] = []

        def jobs() -> Iterator[tuple[Hashable, Callable[..., Any], tuple[Any, ...]]]:
            for item_id in self._order(list(refs)):
                ref = refs.get(item_id)
                if ref is None:
                    continue
                key = ref.picture_key
                if key and self.cache.has(key, THUMB):
                    # identical bytes (and poster time) already pictured, and as damaged
                    report.reused += 1
                    outcome = {"id": ref.id, "thumb_state": ThumbState.OK}
                    damage = self.cache.damage(content_of(key))
                    if damage:
                        outcome.update(_warned(ref, damage, replaces=_CUT))
                        path = os_path(roots.get(ref.root_id, ""), ref.rel_path)
                        report.problems.append(FileProblem(path, "warning", damage, ref.id))
                    outcomes.append(outcome)
                    continue
                path = os_path(roots.get(ref.root_id, ""), ref.rel_path)
                fault = self.options.fault_for(path)
                expect = (ref.size, ref.mtime_ns)
                # a video's from the poster frame the user chose, if any
                args = (path, ref.kind, (THUMB,), fault, expect, ref.poster_time_s)
                yield ref.id, tasks.render, args

        meter(ProgressEvent("thumbnails", report.done + report.reused, total), force=True)
        for key, result in pool.run(jobs(), cancel):
            ref = refs[int(key)]  # type: ignore[call-overload]
            report.done += 1
            batch.append((ref, result))
            if len(batch) >= FLUSH_EVERY:
                self._store(batch, outcomes, roots, report)
                batch, outcomes[:] = [], []
            meter(
                ProgressEvent(
                    "thumbnails", report.done + report.reused, total, current=ref.rel_path
                )
            )
        self._store(batch, outcomes, roots, report)
        meter(ProgressEvent("thumbnails", report.done + report.reused, total), force=True)
        return len(ids)

    def _store(
        self,
        batch: list[tuple[ItemRef, tasks.Look | TaskFailed]],
        outcomes: list[dict[str, Any]],
        roots: dict[int, str],
        report: ThumbnailReport,
    ) -> None:
        """Pictures into the cache, then each item's final outcome in one bulk update.

        Decoding is what tells whether a photo's pixels are intact: no picture means a
        warning with the reason (audio has nothing to picture and stays ok).
        """
        for ref, result in batch:
            os_file = os_path(roots.get(ref.root_id, ""), ref.rel_path)
            path = display(os_file)
            failed = isinstance(result, TaskFailed) or not result.thumbnails
            if failed and not result_is_changed(result) and unavailable(os_file) is not None:
                report.unavailable += 1  # gone, denied or drive away: stays pending, retried
                continue
            if isinstance(result, TaskFailed):
                report.failed += 1
                outcomes.append(
                    {
                        "id": ref.id,
                        "status": ItemStatus.ERROR,
                        "status_reason": result.reason,
                        "thumb_state": ThumbState.NONE,
                    }
                )
                report.problems.append(FileProblem(path, "error", result.reason, ref.id))
                continue
            report.worker_peak_mb = max(report.worker_peak_mb, result.peak_rss_mb)
            if result.changed:
                report.changed_since_scan += 1  # the next scan re-reads it
                continue
            key = ref.picture_key
            if result.thumbnails and ref.sha256 and key:
                try:
                    for size, data in result.thumbnails.items():
                        self.cache.put(key, size, data)
                    report.made += 1
                    outcome: dict[str, Any] = {"id": ref.id, "thumb_state": ThumbState.OK}
                    if result.thumbnail_problem:  # a damaged photo's partial picture
                        self.cache.note_damage(ref.sha256, result.thumbnail_problem)
                        outcome.update(_warned(ref, result.thumbnail_problem, replaces=_CUT))
                        report.problems.append(
                            FileProblem(path, "warning", result.thumbnail_problem, ref.id)
                        )
                    outcomes.append(outcome)
                    continue
                except OSError as exc:
                    log.warning("cannot write to the thumbnail cache: %s", exc)
                    continue
            if ref.kind == Kind.AUDIO:
                outcomes.append({"id": ref.id, "thumb_state": ThumbState.NONE})
                continue
            problem = result.thumbnail_problem or "No thumbnail can be made."
            outcomes.append({"id": ref.id, **_warned(ref, problem), "thumb_state": ThumbState.NONE})
            report.problems.append(FileProblem(path, "warning", problem, ref.id))
        self.cat.ingest_outcomes(outcomes)

    # -- previews -----------------------------------------------------------------------------
    def _previews(
        self, pool: WorkerPool, report: ThumbnailReport, meter: Meter, cancel: CancelToken
    ) -> None:
        roots = {r.id: (r.path, r.online) for r in self.cat.roots(counts=False)}
        keys = self.cat.thumbnail_keys(self.root_ids)
        pictured = self.cache.present(PREVIEW) if keys else set()
        wanting = [  # one listing of the cache, not a check per item
            item_id
            for item_id, root_id, key in keys
            if roots.get(root_id, ("", False))[1]
            and (not self.repair or item_id in self._repaired)
            and key not in pictured
        ]
        refs = {
            r.id: r
            for r in self.cat.item_refs(wanting)
            if r.picture_key and not self.cache.has(r.picture_key, PREVIEW)
        }
        total = len(refs)
        self._done = set()
        wanted: set[str] = set()

        def jobs() -> Iterator[tuple[Hashable, Callable[..., Any], tuple[Any, ...]]]:
            for item_id in self._order(list(refs)):
                ref = refs.get(item_id)  # an urgent id may be an item of another root
                if ref is None:
                    continue
                key = str(ref.picture_key)
                if key in wanted or self.cache.has(key, PREVIEW):
                    continue  # identical content (and poster time): one preview serves all
                wanted.add(key)
                path = os_path(roots[ref.root_id][0], ref.rel_path)
                expect = (ref.size, ref.mtime_ns)
                args = (path, ref.kind, (PREVIEW,), None, expect, ref.poster_time_s)
                yield ref.id, tasks.render, args

        for done, (key, result) in enumerate(pool.run(jobs(), cancel), start=1):
            ref = refs[int(key)]  # type: ignore[call-overload]
            if isinstance(result, tasks.Look) and result.thumbnails:
                data = result.thumbnails.get(PREVIEW) or next(iter(result.thumbnails.values()))
                try:
                    self.cache.put(str(ref.picture_key), PREVIEW, data)
                    report.previews += 1
                except OSError as exc:
                    log.warning("cannot write to the thumbnail cache: %s", exc)
            meter(ProgressEvent("previews", done, total, current=ref.rel_path))


def trim_cache(catalog: Catalog, limit_bytes: int) -> TrimReport | None:
    """Trim a catalogue's cache folder to ``limit_bytes`` (None: the catalogue has none):
    every file kept there counts, pictures, decks' renditions and rendered pages alike
    (``cache_folder``).

    Files of items on offline drives are spared (they could not be made again until the
    drive is back), and those of a deck open in a viewer or of a running export
    (``cache_use``); trimmed grid thumbnails are made again by the next thumbnail job.
    """
    from smparchive.core.cache_folder import trim_folder
    from smparchive.core.cache_use import in_use

    cache: ThumbnailCache | None = catalog.thumbnails
    if cache is None:
        return None
    offline = catalog.offline_sha256s()
    # a poster picture's key carries its time: spared as its content is
    return trim_folder(
        cache.root, limit_bytes, keep=lambda k: content_of(k) in offline or in_use(content_of(k))
    )


def build_thumbnails(
    catalog: Catalog,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
    priority_ids: Iterable[int] = (),
    *,
    root_ids: Sequence[int] | None = None,
    previews: bool = True,
    options: ScanOptions | None = None,
    until: threading.Event | None = None,
    pool: WorkerPool | None = None,
) -> ThumbnailReport:
    """Make missing thumbnails (items in ``priority_ids`` first), then larger previews.

    With ``until``, it runs alongside a scan and keeps taking new items until it is set;
    ``pool`` reuses the scan's running workers.
    """
    job = ThumbnailJob(catalog, root_ids=root_ids, previews=previews, options=options, pool=pool)
    job.prioritise(priority_ids)
    return job.run(progress, cancel, until=until)


def remake_pictures(
    catalog: Catalog, item_ids: Iterable[int], before: Mapping[int, str | None] | None = None
) -> RemakeReport:
    """Make the cached pictures (grid thumbnail and preview) of these videos again, from
    their poster time (the automatic frame when it was cleared), under their picture keys.
    One decode per item: run it in a worker. A file offline, changed since its scan or that
    does not decode is reported with the reason, for the person who chose the frame to hear
    of it, and keeps showing the picture of its key in ``before`` (item id -> the picture
    key it had before the change) until its own can be made."""
    cache = catalog.thumbnails
    report = RemakeReport()
    if cache is None:
        return report
    for ref in catalog.item_refs(list(item_ids)):
        key = ref.picture_key
        if ref.kind != Kind.VIDEO or not key:
            continue
        if key != ref.sha256 and cache.has(key, THUMB) and cache.has(key, PREVIEW):
            # this frame is pictured already (an undo back to it, a copy with the same
            # frame): nothing to decode, nor to fail on with its drive away. (A picture
            # under the hash alone may be an earlier version's poster: made again.)
            continue
        look = tasks.render(
            ref.path, ref.kind, (PREVIEW, THUMB), None, (ref.size, ref.mtime_ns), ref.poster_time_s
        )
        if look.changed or not look.thumbnails:
            why = look.thumbnail_problem or problem(
                "export.source_size_changed" if look.changed else "thumb.none"
            )
            log.info("picture of %s not made again: %s", ref.path, why)
            report.failed.append(FileProblem(ref.path, "warning", why, ref.id))
            previous = (before or {}).get(ref.id)
            if previous and previous != key:
                cache.keep_shown(key, previous, (THUMB, PREVIEW))
                report.renewed.add(key)  # what is shown for it changed: views read it again
            continue
        for size, data in look.thumbnails.items():
            cache.put(key, size, data)
        report.renewed.add(key)
    return report


def result_is_changed(result: tasks.Look | TaskFailed) -> bool:
    """The worker found the file changed since its scan (handled as such, not as a failure)."""
    return isinstance(result, tasks.Look) and result.changed


# the decode's warnings (media.photo, media.partial), and the wording earlier versions stored
_CUT = ("The image data is truncated", "The image data cannot be decoded in full")


def _warned(ref: ItemRef, problem: str, replaces: tuple[str, ...] = ()) -> dict[str, Any]:
    """An item's status and warnings with ``problem`` noted (once), in place of those
    starting with ``replaces`` (a partial picture's share replaces the failed decode's)."""
    kept = [
        w for w in (ref.warnings or "").split("\n") if not (replaces and w.startswith(replaces))
    ]
    warnings = "\n".join(dict.fromkeys([*kept, problem]))
    return {
        "status": ItemStatus.WARNING if ref.status == ItemStatus.OK else ref.status,
        "warnings": warnings.strip("\n"),
    }
