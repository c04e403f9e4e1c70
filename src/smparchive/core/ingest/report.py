"""What a scan, a thumbnail run or a fixity check reports: plain data for CLI, GUI and JSON."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from smparchive.core.progress import ProgressEvent, ProgressSink


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One file that needs attention: ``kind`` is error, warning, missing, offline, skipped
    or "not read" (a transient failure the next scan retries)."""

    path: str
    kind: str
    reason: str
    item_id: int | None = None


@dataclass(slots=True)
class ScanReport:
    """Counts and problems of one scan (``probed`` counts files opened: 0 on a no-op rescan).

    Every file seen is in exactly one of ``new``, ``completed``, ``changed``, ``moved``,
    ``unchanged`` and :attr:`not_read`: the summaries list these and they add up to
    ``files_seen``. A file whose bytes are the same (only its modification time moved, a
    ``touch``, a copy tool) is unchanged: the catalogue records its new time all the same.
    """

    roots: list[str] = field(default_factory=list)
    files_seen: int = 0
    bytes_seen: int = 0
    new: int = 0
    completed: int = 0  # catalogued by an earlier scan that stopped first; read in full now
    changed: int = 0
    moved: int = 0
    unchanged: int = 0
    # of the unchanged: read again because their record was made by an older reader
    reread: int = 0
    reread_kinds: dict[str, int] = field(default_factory=dict)  # kind -> files re-read
    returned: int = 0  # files found again after being missing or offline
    missing: int = 0
    offline_roots: list[str] = field(default_factory=list)
    offline_root_ids: list[int] = field(default_factory=list)  # the same folders' ids
    offline_items: int = 0
    # The folders said offline are this computer's view of a team catalogue: not marked
    # offline for the others, only out of this computer's reach (unmounted, another path).
    offline_here: bool = False
    errors: int = 0
    warnings: int = 0
    unavailable: int = 0  # not read this time (gone, denied, drive away): tried again later
    skipped: int = 0  # hidden, system and ignored entries
    probed: int = 0
    bytes_probed: int = 0
    duplicate_groups: int = 0
    thumbnails: int = 0  # grid thumbnails made from the reads that hashed the files
    thumbnails_reused: int = 0  # and found in the cache already (an identical file's)
    problems: list[FileProblem] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)  # the items this scan added
    completed_ids: list[int] = field(default_factory=list)  # the items it completed
    changed_ids: list[int] = field(default_factory=list)  # the items it found changed or moved
    cancelled: bool = False
    worker_restarts: int = 0
    worker_peak_mb: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    seconds_to_searchable: float | None = None  # when every file found had a row (hashes or not)

    @property
    def not_read(self) -> int:
        """Files seen but not read this time: a transient failure (gone, denied), their
        folder went away during the scan, or the scan stopped first. The next scan reads
        them; the catalogue keeps what it knew."""
        sorted_ = self.new + self.completed + self.changed + self.moved + self.unchanged
        return max(0, self.files_seen - sorted_)

    @property
    def reread_documents(self) -> bool:
        """Whether every file read again (:attr:`reread`) is a document or a deck: the
        summaries then say "documents", else "files"."""
        return set(self.reread_kinds) <= {"document", "slides"}

    @property
    def has_problems(self) -> bool:
        return bool(self.problems) or self.missing > 0 or bool(self.offline_roots)


@dataclass(slots=True)
class RemakeReport:
    """What ``remake_pictures`` did: the picture keys whose pictures were renewed (made
    again, or the previous picture kept for a key whose own could not be made), and the
    items whose new picture could not be made, each with its reason."""

    renewed: set[str] = field(default_factory=set)
    failed: list[FileProblem] = field(default_factory=list)


@dataclass(slots=True)
class ThumbnailReport:
    """What a thumbnail run made."""

    done: int = 0
    made: int = 0
    previews: int = 0
    reused: int = 0  # identical content already had its pictures
    failed: int = 0
    changed_since_scan: int = 0
    unavailable: int = 0  # not readable now (gone, denied, drive away): still pending
    worker_peak_mb: float = 0.0
    problems: list[FileProblem] = field(default_factory=list)
    cancelled: bool = False
    seconds_to_thumbnails: float = 0.0
    seconds: float = 0.0

    def add_scan(self, scan: ScanReport) -> None:
        """Count the scan's own grid thumbnails too (from the reads that hashed the files):
        made, or an identical file's found in the cache (reused, not made again)."""
        self.made += scan.thumbnails
        self.reused += scan.thumbnails_reused


class Meter:
    """Wraps a sink: coalesces updates (at most ``hz`` per second) and estimates time left."""

    def __init__(self, sink: ProgressSink, hz: float = 10.0) -> None:
        self.sink = sink
        self.interval = 1.0 / hz
        self.started = time.monotonic()
        self._last = 0.0

    def __call__(self, event: ProgressEvent, *, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= self.interval:
            self._last = now
            self.sink(event)


def eta_seconds(event: ProgressEvent, elapsed: float) -> float | None:
    """Time left from the rate so far (bytes when known, else files); None when unknown."""
    if elapsed <= 0.5:
        return None
    if event.bytes_total and event.bytes_done:
        rate = event.bytes_done / elapsed
        return max(0.0, (event.bytes_total - event.bytes_done) / rate)
    if event.total and event.done:
        return max(0.0, (event.total - event.done) * elapsed / event.done)
    return None
