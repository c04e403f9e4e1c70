"""Faces, found after thumbnails in the worker processes, on each photo's 1600 px preview.

Off until a catalogue enables it (``Catalog.set_faces_enabled``): nothing reads a face
before that. Incremental (photos already searched are skipped), resumable (results are
written in batches, so a cancel or a crash keeps what was done) and cancellable, with
progress. A photo without a preview in the cache has one rendered in the worker (and
cached); video items are searched on their poster frame.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from smparchive.core.ingest.pipeline import ScanOptions
from smparchive.core.ingest.report import Meter
from smparchive.core.ingest.workers import TaskFailed, WorkerPool
from smparchive.core.pathnames import os_path
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink, null_progress
from smparchive.core.thumbcache import PREVIEW

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

log = logging.getLogger(__name__)

FLUSH_EVERY = 50
FACE_NICENESS = 7  # as thumbnails: behind the interface and a scan
# The first photo of each worker also loads the models (~100 MB): on a busy machine at a low
# priority that alone can take tens of seconds, so a photo gets at least this long.
MIN_TIMEOUT_S = 120.0
FaceRow = tuple[float, float, float, float, float, bytes]
RegionRow = tuple[str | None, float, float, float, float]
HEAD_BYTES = 1 << 20  # a JPEG's XMP sits in its first segments
_SOS, _EOI = 0xDA, 0xD9


class FacesDisabled(Exception):
    """The catalogue has not enabled face detection (privacy: off by default)."""


@dataclass(slots=True)
class FaceScanReport:
    photos: int = 0  # searched in this run
    faces: int = 0
    failed: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    suggested: int = 0
    from_files: int = 0  # face regions read from the photos' metadata
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FaceLook:
    """A worker's answer: faces found, and a preview it had to render (to cache)."""

    faces: list[FaceRow]
    preview: bytes | None = None
    seconds: float = 0.0
    regions: list[RegionRow] = field(default_factory=list)  # MWG regions in the file


def metadata_head(fh: BinaryIO) -> bytes:
    """The part of an open file that holds its XMP. A JPEG is read segment by segment up
    to its picture data (usually 20-100 KB: EXIF, XMP, ICC), not a whole megabyte: on a
    network share that is a tenth of the reading per photo. Other files (or a JPEG whose
    segments do not parse): the first ``HEAD_BYTES``."""
    first = fh.read(2)
    if first != b"\xff\xd8":
        return bytes(first + fh.read(HEAD_BYTES - 2))
    out = bytearray(first)
    while len(out) < HEAD_BYTES:
        marker = fh.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            break
        code = marker[1]
        if code == 0xFF:  # fill byte before a marker
            fh.seek(-1, 1)
            continue
        if code in (_SOS, _EOI):
            return bytes(out)
        if 0xD0 <= code <= 0xD7 or code == 0x01:  # markers without a length
            out += marker
            continue
        size = fh.read(2)
        if len(size) < 2 or int.from_bytes(size, "big") < 2:
            break
        out += marker + size + fh.read(int.from_bytes(size, "big") - 2)
    fh.seek(0)  # not the JPEG it says it is: the first megabyte, as for any other file
    return bytes(fh.read(HEAD_BYTES))


def file_regions(original: str, orientation: int | None) -> list[RegionRow]:
    """Face regions other programs wrote: in the XMP sidecar beside the file, else in the
    file's own XMP (upright boxes)."""
    from pathlib import Path

    from smparchive.core.media.mwg import read_regions
    from smparchive.core.media.safety import parse_xml
    from smparchive.core.media.xmp import extract_packet, find_sidecar

    packets: list[bytes] = []
    try:
        sidecar = find_sidecar(Path(original))
        if sidecar is not None:
            with open(sidecar, "rb") as side:  # its head only: a sidecar can be any size
                packets.append(side.read(4 * HEAD_BYTES))
        with open(original, "rb") as fh:
            packet = extract_packet(metadata_head(fh))
        if packet:
            packets.append(packet)
    except OSError:
        return []
    for data in packets:
        try:
            root = parse_xml((extract_packet(data) or data).rstrip(b"\x00 \t\r\n"))
        except Exception:  # a damaged packet holds no regions we can use
            continue
        found = read_regions(root, orientation)
        if found:
            return [(r.name, r.x, r.y, r.w, r.h) for r in found]
    return []


def find_faces(
    preview_path: str,
    original: str,
    kind: str,
    expect: tuple[int, int],
    orientation: int | None = None,
    poster_s: float | None = None,
) -> FaceLook:
    """Worker task: faces on the cached preview, else on one rendered from the original;
    and the face regions the file already names."""
    from smparchive.core.media import faces as detector

    started = time.perf_counter()
    made: bytes | None = None
    try:
        with open(preview_path, "rb") as fh:
            data = fh.read()
    except OSError:
        from smparchive.core.ingest import tasks

        look = tasks.render(original, kind, (PREVIEW,), None, expect, poster_s)
        if look.changed or not look.thumbnails:
            return FaceLook([], None, time.perf_counter() - started)
        data = made = look.thumbnails.get(PREVIEW) or next(iter(look.thumbnails.values()))
    found = detector.detect(data)
    rows = [(f.x, f.y, f.w, f.h, f.score, f.embedding) for f in found]
    regions = file_regions(original, orientation) if kind == "photo" else []
    return FaceLook(rows, made, time.perf_counter() - started, regions)


def _warm() -> None:
    """Load the models once per worker, before the first photo."""
    from smparchive.core.media import faces as detector

    detector._load()


class FaceJob:
    """Searches every photo not searched yet for faces, then updates suggestions."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        root_ids: Sequence[int] | None = None,
        options: ScanOptions | None = None,
        pool: WorkerPool | None = None,
    ) -> None:
        self.cat = catalog
        self.root_ids = list(root_ids) if root_ids else None
        self.options = options or ScanOptions()
        self._pool = pool

    def run(
        self, progress: ProgressSink | None = None, cancel: CancelToken | None = None
    ) -> FaceScanReport:
        """Raises FacesDisabled unless the catalogue enabled faces, RuntimeError when the
        detector is not installed."""
        from smparchive.core.media.faces import faces_unavailable

        if not self.cat.faces_enabled():
            raise FacesDisabled(
                "Face detection is off for this catalogue; enable it in Preferences "
                "(or 'smparchive faces enable')."
            )
        missing = faces_unavailable()
        if missing:
            raise RuntimeError(missing)
        cache = self.cat.thumbnails
        if cache is None:
            raise RuntimeError("This catalogue has no picture cache folder.")
        cancel = cancel or CancelToken()
        report = FaceScanReport()
        started = time.monotonic()
        meter = Meter(progress or null_progress)
        targets = {t.id: t for t in self.cat.face_targets(self.root_ids)}
        roots = {r.id: r.path for r in self.cat.roots(counts=False)}
        total = len(targets)
        meter(ProgressEvent("faces", 0, total), force=True)
        if not targets:
            report.seconds = time.monotonic() - started
            return report
        own = self._pool is None
        pool = self._pool or WorkerPool(
            self.options.workers,
            timeout_s=max(self.options.timeout_s, MIN_TIMEOUT_S),
            memory_limit=self.options.memory_limit,
            niceness=FACE_NICENESS,
            setup=_warm,
        )

        def jobs() -> Iterator[tuple[Hashable, Callable[..., Any], tuple[Any, ...]]]:
            for t in targets.values():
                # a video's chosen poster frame: the picture every view shows of it
                preview = str(cache.path_for(t.picture_key, PREVIEW))
                original = os_path(roots.get(t.root_id, ""), t.rel_path)
                expect = (t.size, t.mtime_ns)
                look = (preview, original, t.kind, expect, t.orientation, t.poster_time_s)
                yield t.id, find_faces, look

        batch: list[tuple[int, Sequence[FaceRow]]] = []
        regions: list[tuple[int, Sequence[RegionRow]]] = []

        def flush() -> None:
            self.cat.store_faces(batch)
            report.from_files += self.cat.apply_file_regions(regions)
            batch.clear()
            regions.clear()

        try:
            for key, result in pool.run(jobs(), cancel):
                target = targets[int(key)]  # type: ignore[call-overload]
                report.photos += 1
                if isinstance(result, TaskFailed):
                    report.failed += 1
                    report.problems.append(f"{target.rel_path}: {result.reason}")
                    batch.append((target.id, []))  # searched: a bad file is not retried
                else:
                    if result.preview is not None:
                        try:
                            cache.put(target.picture_key, PREVIEW, result.preview)
                        except OSError as exc:
                            log.warning("cannot write to the picture cache: %s", exc)
                    report.faces += len(result.faces)
                    batch.append((target.id, result.faces))
                    if result.regions:
                        regions.append((target.id, result.regions))
                if len(batch) >= FLUSH_EVERY:
                    flush()
                meter(ProgressEvent("faces", report.photos, total, current=target.rel_path))
            flush()
        finally:
            if own:
                pool.close()
        meter(ProgressEvent("faces", report.photos, total), force=True)
        report.cancelled = cancel.cancelled
        if not cancel.cancelled:
            report.suggested = self.cat.suggest_faces()
            self.cat.cluster_faces()
        report.seconds = time.monotonic() - started
        return report


def scan_faces(
    catalog: Catalog,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
    *,
    root_ids: Sequence[int] | None = None,
    options: ScanOptions | None = None,
) -> FaceScanReport:
    """Search the catalogue's new photos for faces (see :class:`FaceJob`)."""
    return FaceJob(catalog, root_ids=root_ids, options=options).run(progress, cancel)


def face_crops(catalog: Catalog, faces: Sequence[Any], size: int = 160) -> dict[int, bytes]:
    """A small JPEG per face (``FaceRecord``s) cut from its photo's cached preview; faces
    whose preview is not in the cache are left out."""
    from smparchive.core.media.faces import crop_jpeg

    cache = catalog.thumbnails
    if cache is None or not faces:
        return {}
    keys = {r.id: r.picture_key for r in catalog.items(sorted({f.item_id for f in faces}))}
    previews: dict[int, bytes | None] = {}
    out: dict[int, bytes] = {}
    for f in faces:
        if f.item_id not in previews:
            previews[f.item_id] = cache.get(keys.get(f.item_id), PREVIEW)
        data = previews[f.item_id]
        if data is None:
            continue
        try:
            out[f.id] = crop_jpeg(data, (f.x, f.y, f.w, f.h), size)
        except (OSError, ValueError) as exc:
            log.warning("cannot cut face %s: %s", f.id, exc)
    return out
