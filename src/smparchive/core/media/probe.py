"""The single entry point: ``probe_file(path)`` classifies, probes, hashes and thumbnails.

Everything here is plain data in and out, so ingest can run it in a worker process and
pickle the :class:`ProbeResult` back. Bad input never raises: it becomes an ERROR or
WARNING outcome with one sentence per problem.
"""

from __future__ import annotations

import logging
import mimetypes
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .base import KindResult, Probe, describe, fail, warn
from .boilerplate import drop_boilerplate
from .classify import classify, guess_from_extension, read_head
from .hashing import sha256_file
from .info import Kind, MediaInfo, Outcome
from .partial import PartialPicture
from .registry import claimed_kind, load_probe
from .thumbnails import THUMB_SIZE, ThumbnailUnavailable, normalise_sizes, video_poster
from .xmp import apply_sidecar

log = logging.getLogger(__name__)

MAX_SIDECAR = 4 * 1024 * 1024


@dataclass(slots=True)
class ProbeResult:
    """What ingest stores for one file: facts, content hash and (optionally) thumbnails."""

    info: MediaInfo
    sha256: str | None = None
    thumbnails: dict[int, bytes] = field(default_factory=dict)
    thumbnail_problem: str | None = None

    @property
    def thumbnail(self) -> bytes | None:
        """The grid thumbnail (``THUMB_SIZE``), else the smallest one made."""
        if THUMB_SIZE in self.thumbnails:
            return self.thumbnails[THUMB_SIZE]
        return self.thumbnails[min(self.thumbnails)] if self.thumbnails else None


@dataclass(slots=True)
class ThumbnailSet:
    """Thumbnails made for one file, or the reason there are none (with pictures: why they
    show only part of a damaged photo)."""

    images: dict[int, bytes] = field(default_factory=dict)
    problem: str | None = None


def probe_for(kind: Kind) -> Probe | None:
    """The probe that handles ``kind`` (``registry.PROBES``; imported lazily: PyAV and
    pdfium are heavy)."""
    probe: Probe | None = load_probe(kind)
    return probe


def probe_file(
    path: Path,
    *,
    thumbnail_sizes: Sequence[int] = (THUMB_SIZE,),
    compute_hash: bool = True,
) -> ProbeResult:
    """Probe ``path``: kind, facts, outcome, SHA-256 and thumbnails of ``thumbnail_sizes``.

    Pass ``thumbnail_sizes=()`` for a fast catalogue-first pass; photos still decode at
    thumbnail scale because only a decode tells whether their pixels are intact.
    """
    path = Path(path)
    info = MediaInfo()
    result = ProbeResult(info=info)
    sizes = normalise_sizes(thumbnail_sizes) if thumbnail_sizes else []
    probe = _identify(path, info)
    if probe is not None:
        kind_result = _run_probe(probe, path, info, sizes)
        result.sha256 = kind_result.sha256
        result.thumbnails = dict(kind_result.thumbnails)
        result.thumbnail_problem = kind_result.thumbnail_problem
        if sizes and not result.thumbnails and info.outcome is Outcome.OK:
            _late_thumbnails(probe, path, info, sizes, result)
    partial = info.outcome is Outcome.WARNING and bool(result.thumbnail_problem)
    if info.outcome is not Outcome.OK and result.thumbnails and not partial:
        result.thumbnails = {}  # a WARNING/ERROR file never shows a made-up picture
    apply_sidecar(path, info, MAX_SIDECAR)
    drop_boilerplate(info)  # after every source: sidecars copy camera strings too
    if compute_hash and result.sha256 is None:
        try:
            if path.is_file():
                result.sha256 = sha256_file(path)
        except OSError as exc:
            info.problems.append(f"The file could not be hashed ({describe(exc)}).")
    return result


def _identify(path: Path, info: MediaInfo) -> Probe | None:
    """Classify ``path`` into ``info``; return its probe, or None after recording an error."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            fail(info, "This is not a regular file.")
            return None
        if st.st_size == 0:
            fail(info, "The file is empty (0 bytes).")
            return None
        head = read_head(path)
    except OSError as exc:
        fail(info, f"The file cannot be read ({describe(exc)}).")
        return None
    kind, mime, fmt = classify(path, head)
    if kind is Kind.OTHER:
        claimed, _, claimed_fmt = guess_from_extension(path)
        if fmt is None and claimed in (Kind.VIDEO, Kind.AUDIO, Kind.PHOTO):
            # No signature we know, but FFmpeg and Pillow sniff more formats than we do.
            info.kind, info.format = claimed, claimed_fmt
            probe = probe_for(claimed)
            if probe is not None:
                return probe
        if claimed_kind(path.suffix) is not None:  # named .pdf, .pptx ... but not one inside
            info.mime, info.format = mime, fmt
            ext = path.suffix.lstrip(".").upper()
            fail(
                info,
                f"The file is named as a {ext} file but its contents are not one: it is "
                "damaged or incomplete (try copying it again from its source).",
            )
        else:
            # Any other file (a spreadsheet, a text note, an archive) is part of the archive
            # too: catalogued by name, size, dates and content hash, nothing read inside.
            # Not a problem; the Library lists such files under "Other files".
            info.mime, info.format = other_type(path, mime, fmt)
        return None
    info.kind, info.mime, info.format = kind, mime, fmt
    return probe_for(kind)


def other_type(path: Path, mime: str | None, fmt: str | None) -> tuple[str | None, str | None]:
    """``(mime, format)`` of a file smparchive does not read inside: the container its
    content shows, or what its extension names when that is more precise (an ``.xlsx`` is a
    ZIP, an ``.xls`` an OLE file) or the only thing known (``.txt``)."""
    if fmt not in (None, "ZIP", "OLE"):
        return mime, fmt
    ext = path.suffix.lstrip(".")
    if not (0 < len(ext) <= 8 and ext.isascii() and ext.isalnum()):
        return mime, fmt
    guessed, _ = mimetypes.guess_type(path.name, strict=False)
    return guessed or mime, ext.upper()


def _run_probe(probe: Probe, path: Path, info: MediaInfo, sizes: list[int]) -> KindResult:
    try:
        return probe.probe(path, info, sizes)
    except (NameError, ImportError, NotImplementedError):
        raise  # our bug or a broken installation, not bad input
    except MemoryError:
        fail(info, "The file needs more memory to open than is safe; it was refused.")
    except Exception as exc:
        log.warning("probe of %s failed", path, exc_info=True)
        fail(info, f"The file cannot be read ({describe(exc)}).")
    return KindResult()


def _late_thumbnails(
    probe: Probe, path: Path, info: MediaInfo, sizes: list[int], result: ProbeResult
) -> None:
    """Thumbnails the probe did not make on its way; failure means no picture (WARNING)."""
    made = _render(probe, path, info, sizes)
    result.thumbnails, result.thumbnail_problem = made.images, made.problem
    if not made.images and info.kind is not Kind.AUDIO:
        warn(info, made.problem or "No thumbnail can be made.")
    elif made.images and made.problem:  # a partial picture: shown, and the item says why
        warn(info, made.problem)


def _render(
    probe: Probe, path: Path, info: MediaInfo, sizes: list[int], poster_s: float | None = None
) -> ThumbnailSet:
    try:
        if poster_s is not None and info.kind is Kind.VIDEO:  # the frame the user chose
            return ThumbnailSet(images=video_poster(path, sizes, poster_s))
        return ThumbnailSet(images=probe.thumbnails(path, info, sizes))
    except PartialPicture as exc:  # what decodes of a damaged photo, and why it is partial
        return ThumbnailSet(images=exc.images, problem=str(exc))
    except ThumbnailUnavailable as exc:
        return ThumbnailSet(problem=str(exc))
    except (NameError, ImportError, NotImplementedError):
        raise
    except Exception as exc:
        log.warning("thumbnail of %s failed", path, exc_info=True)
        return ThumbnailSet(problem=f"The thumbnail cannot be made ({describe(exc)}).")


def render_thumbnails(
    path: Path, kind: Kind, sizes: Sequence[int], poster_s: float | None = None
) -> ThumbnailSet:
    """Thumbnails of each size for a file already catalogued as ``kind``, or the reason why
    not; a video's from ``poster_s`` (the item's chosen poster time) when given."""
    path = Path(path)
    wanted = normalise_sizes(sizes)
    try:
        _, mime, fmt = classify(path, read_head(path))
    except OSError as exc:
        return ThumbnailSet(problem=f"The file cannot be read ({describe(exc)}).")
    probe = probe_for(kind)
    if probe is None:
        return ThumbnailSet(problem="This kind of file has no thumbnail.")
    return _render(probe, path, MediaInfo(kind=kind, mime=mime, format=fmt), wanted, poster_s)


def make_thumbnails(path: Path, kind: Kind, sizes: Sequence[int]) -> dict[int, bytes | None]:
    """JPEG bytes per requested long-edge size; None where no honest thumbnail exists."""
    made = render_thumbnails(path, kind, sizes)
    if made.problem:
        log.info("no thumbnail for %s: %s", path, made.problem)
    return {size: made.images.get(size) for size in normalise_sizes(sizes)}
