"""What runs inside a worker process: a first look at a file, the full probe, thumbnails.

``first_look`` and ``head_hash`` are the scan's hash stage. For still photos the file is
read once (hash, EXIF, XMP, IPTC, embedded thumbnail, header); given the picture cache
(``pictures``), a JPEG's grid thumbnail is made from those same bytes (one reduced
decode), which also confirms its pixels. Without a picture the outcome stays
*provisional* until the thumbnail job has decoded it. Other kinds get the media probe at
once. Results are plain picklable data.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from smparchive.core.media.base import describe, fail
from smparchive.core.media.classify import classify, read_head
from smparchive.core.media.info import Kind, MediaInfo, Outcome

FAULTS = ("crash", "hang", "raise", "memory")  # test-only fault injection, chosen by the caller


@dataclass(slots=True)
class Look:
    """A worker's answer for one file."""

    info: MediaInfo
    sha256: str | None
    thumbnails: dict[int, bytes] = field(default_factory=dict)
    thumbnail_problem: str | None = None
    provisional: bool = False  # pixels not decoded yet: the thumbnail pass decides
    changed: bool = False  # the file differs from what the catalogue expected
    # head pass: the facts are those the full read gives (a JPEG's whole header was read)
    complete: bool = False
    seconds: float = 0.0
    peak_rss_mb: float = 0.0  # the worker's peak memory so far


@dataclass(slots=True)
class Hashed:
    """The hash stage's answer for a file whose head row holds its facts."""

    sha256: str
    thumbnails: dict[int, bytes] = field(default_factory=dict)  # made from the same read
    seconds: float = 0.0
    peak_rss_mb: float = 0.0


_Answer = TypeVar("_Answer", Look, Hashed)


def _finish(look: _Answer, started: float) -> _Answer:
    look.seconds = time.perf_counter() - started
    try:
        import resource

        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        look.peak_rss_mb = kb / 1024 if sys.platform != "darwin" else kb / 1024**2
    except (ImportError, OSError):
        pass
    return look


def _inject(fault: str | None) -> None:
    """Simulate a misbehaving decoder (tests only; ``fault`` is None in real use)."""
    if fault == "crash":
        os._exit(70)
    if fault == "hang":
        time.sleep(3600)
    if fault == "raise":
        raise RuntimeError("injected failure")
    if fault == "memory":  # a decoder asking for far more than the worker's cap
        blocks = [bytearray(256 * 1024**2) for _ in range(64)]
        del blocks


def first_look(path: str, fault: str | None = None, pictures: str | None = None) -> Look:
    """Facts and hash of one file, from one read; with ``pictures`` (the picture cache's
    folder) a JPEG's grid thumbnail too, from the same bytes (:func:`grid_picture`)."""
    started = time.perf_counter()
    _inject(fault)
    p = Path(path)
    try:
        head = read_head(p)
        classified = classify(p, head) if head else None
    except OSError:
        classified = None  # the media probe reports why the file cannot be read
    if classified is not None and classified[0] is Kind.PHOTO:
        look = _photo_look(p, classified[1], classified[2], pictures)
    else:
        from smparchive.core.media.probe import probe_file
        from smparchive.core.thumbcache import THUMB

        # With the pictures: a video's poster from the container opened for its facts.
        result = probe_file(p, thumbnail_sizes=(THUMB,) if pictures is not None else ())
        look = Look(result.info, result.sha256, dict(result.thumbnails), result.thumbnail_problem)
    return _finish(look, started)


def _as_listed(path: str, size: int, mtime_ns: int) -> tuple[os.stat_result | None, bool]:
    """The file's status (None: gone or denied, the read says why) and whether it was
    written since the walk listed it at ``size`` and ``mtime_ns``."""
    try:
        st = os.stat(path)
    except OSError:
        return None, False
    return st, (st.st_size, st.st_mtime_ns) != (size, mtime_ns)


def read_again(path: str, size: int, mtime_ns: int, fault: str | None = None) -> Look:
    """The facts, text and outcome of a catalogued file whose record an older reader made
    (``media.readers``), without its hash or pictures: ``sha256`` is None, the record's
    stands. If its size or modification time is no longer the catalogued one, it changed
    meanwhile: the full read (:func:`first_look`) answers, hash included."""
    from smparchive.core.media.probe import probe_file

    started = time.perf_counter()
    _inject(fault)
    _, changed = _as_listed(path, size, mtime_ns)
    if changed:
        return first_look(path)
    result = probe_file(Path(path), thumbnail_sizes=(), compute_hash=False)
    return _finish(Look(result.info, None), started)


def full_probe(path: str, sizes: Sequence[int], fault: str | None = None) -> Look:
    """The media probe with thumbnails: the authoritative outcome, facts and pictures."""
    from smparchive.core.media.probe import probe_file

    started = time.perf_counter()
    _inject(fault)
    result = probe_file(Path(path), thumbnail_sizes=tuple(sizes))
    look = Look(result.info, result.sha256, dict(result.thumbnails), result.thumbnail_problem)
    return _finish(look, started)


def render(
    path: str,
    kind: str,
    sizes: Sequence[int],
    fault: str | None = None,
    expect: tuple[int, int] | None = None,
    poster_s: float | None = None,
) -> Look:
    """Pictures of a catalogued file: one read, one reduced decode, no hashing.

    ``expect`` is the (size, mtime_ns) the catalogue knows: a file changed since its scan
    is left alone, so a picture never lands under the hash of other bytes. ``poster_s``: a
    video's chosen poster time (the item's ``poster_time_s``).
    """
    from smparchive.core.media.probe import render_thumbnails

    started = time.perf_counter()
    _inject(fault)
    if expect is not None:
        try:
            st = os.stat(path)
        except OSError as exc:
            return _finish(
                Look(MediaInfo(), None, thumbnail_problem=describe(exc), changed=True), started
            )
        if (st.st_size, st.st_mtime_ns) != expect:
            return _finish(Look(MediaInfo(), None, changed=True), started)
    made = render_thumbnails(Path(path), Kind(kind), sizes, poster_s)
    look = Look(MediaInfo(kind=Kind(kind)), None, dict(made.images), made.problem)
    return _finish(look, started)


def sha256_of(path: str, fault: str | None = None) -> str:
    """The SHA-256 of a file (fixity checks)."""
    from smparchive.core.media.hashing import sha256_file

    _inject(fault)
    return sha256_file(Path(path))


def head_hash(
    path: str,
    size: int,
    mtime_ns: int,
    fault: str | None = None,
    pictures: str | None = None,
    orientation: int | None = None,
) -> Hashed | Look:
    """The SHA-256 of a file whose head row already holds its facts (the hash stage);
    with ``pictures``, its grid thumbnail from the same read (:func:`grid_picture`),
    turned by ``orientation``: the head pass's reading of the same header, when given.

    If the file's size or modification time is no longer what the walk listed, it was
    written meanwhile and the head's facts may be another version's: the full read
    (:func:`first_look`) answers instead, so the row never pairs one version's hash with
    another's facts."""
    from smparchive.core.media import photo
    from smparchive.core.media.hashing import sha256_bytes, sha256_file
    from smparchive.core.media.safety import read_within

    started = time.perf_counter()
    _inject(fault)
    st, changed = _as_listed(path, size, mtime_ns)
    if changed:
        return first_look(path, pictures=pictures)
    data = None if pictures is None or st is None else read_within(path, photo.READ_CAP)
    if pictures is None or data is None:  # larger than a read holds: hashed as it is read
        return _finish(Hashed(sha256_file(Path(path))), started)
    hashed = Hashed(sha256_bytes(data))
    hashed.thumbnails = grid_picture(data, hashed.sha256, pictures, orientation)
    return _finish(hashed, started)


def grid_picture(
    data: bytes, sha256: str, pictures: str, orientation: int | None = None
) -> dict[int, bytes]:
    """The 256 px thumbnail of a JPEG from the bytes the hash stage read, unless the cache
    under ``pictures`` has one for this content already (a duplicate, a moved file).
    ``orientation``: already read from this header (else it is read here).

    The thumbnail job's own path (:func:`photo.jpeg_pictures`: orientation, a reduced
    decode that reads every block, the same encoding). Empty when it cannot be made here
    (not a JPEG, truncated, damaged): the item stays pending and the thumbnail job decides
    and records why, exactly as without this shortcut.
    """
    from smparchive.core.media import photo
    from smparchive.core.media.thumbnails import ThumbnailUnavailable
    from smparchive.core.thumbcache import THUMB, ThumbnailCache

    if ThumbnailCache(Path(pictures)).has(sha256, THUMB):
        return {}
    try:
        return photo.jpeg_pictures(data, (THUMB,), orientation) or {}
    except ThumbnailUnavailable:
        return {}


# Formats whose kind only the full read decides: a PDF is a document or a deck by its first
# page's shape (documents.probe_pdf), which its head does not hold (the page tree is found
# through the cross-reference table at the end). A head row with the signature's kind
# would count a new deck under Documents until its hash moved it to Slides. The head pass
# reads the shape from the structure of a well-formed PDF (:mod:`pdfshape`, a few small
# reads); any other PDF waits for the full read.
KIND_AFTER_READ = frozenset({"PDF"})


def head_look(path: str) -> Look | None:
    """Facts of a new file from its first 64 KB only, no hash: the scan's head pass.

    Runs in the scanning process so rows exist before any file is read in full; the
    hash stage (:func:`first_look` in the workers) then gives the file's own answer.
    Only a JPEG whose markers up to the image data all lie in the head is parsed (Pillow
    and exifread read headers there, never pixels); with a sidecar, or for other formats
    and kinds, the row holds what the file's signature tells (kind, format) and the
    hash stage fills the rest, so a head pass never stores a text the full read would
    not store; a PDF's row holds the kind its first page's shape gives
    (:func:`pdfshape.first_page_kind`). None: the file cannot be opened now (the hash
    stage says why), or its kind waits for the full read (a PDF whose structure
    :mod:`pdfshape` does not follow exactly).
    """
    p = Path(path)
    try:
        head = read_head(p)
        kind, mime, fmt = classify(p, head)
    except OSError:
        return None
    if not head:
        return None
    if fmt in KIND_AFTER_READ:
        from smparchive.core.media.pdfshape import first_page_kind

        shape = first_page_kind(p) if fmt == "PDF" else None
        if shape is None:
            return None  # not a structure followed exactly: the full read decides
        kind = shape
    info = MediaInfo(kind=kind, mime=mime, format=fmt)
    if kind is Kind.PHOTO and fmt == "JPEG" and jpeg_header_complete(head):
        from smparchive.core.media.photo import JPEG_FORMATS
        from smparchive.core.media.xmp import find_sidecar

        if find_sidecar(p) is None:
            try:
                look = _photo_facts(p, info, head, None, formats=JPEG_FORMATS, sidecar=False)
            except Exception:  # a damaged header: the hash stage reports it
                look = None
            if look is not None and look.info.outcome is Outcome.OK and not look.info.problems:
                look.provisional = look.complete = True
                return look
            info = MediaInfo(kind=kind, mime=mime, format=fmt)
    return Look(info, None, provisional=True)


def jpeg_header_complete(head: bytes) -> bool:
    """Every marker segment before the image data (SOS) lies within ``head``."""
    pos, end = 2, len(head)
    while pos + 4 <= end:
        if head[pos] != 0xFF:
            return False
        marker = head[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # no length
            pos += 2
            continue
        length = int.from_bytes(head[pos + 2 : pos + 4], "big")
        if length < 2:
            return False
        if marker == 0xDA:
            return pos + 2 + length <= end
        pos += 2 + length
    return False


def _photo_look(path: Path, mime: str | None, fmt: str | None, pictures: str | None) -> Look:
    from smparchive.core.media import photo
    from smparchive.core.media.hashing import sha256_bytes, sha256_file
    from smparchive.core.media.safety import read_within

    info = MediaInfo(kind=Kind.PHOTO, mime=mime, format=fmt)
    try:
        data = read_within(path, photo.READ_CAP)
        sha = sha256_bytes(data) if data is not None else sha256_file(path)
    except OSError as exc:
        fail(info, f"The file cannot be read ({describe(exc)}).")
        return Look(info, None)
    look = _photo_facts(path, info, data, sha)
    if (
        pictures is not None
        and data is not None
        and sha is not None
        and look.info.outcome is Outcome.OK
        and fmt in photo.JPEG_FORMATS
    ):
        look.thumbnails = grid_picture(data, sha, pictures)
        look.provisional = not look.thumbnails  # decoded: the outcome is final
    return look


def _photo_facts(
    path: Path,
    info: MediaInfo,
    data: bytes | None,
    sha: str | None,
    *,
    formats: Sequence[str] | None = None,
    sidecar: bool = True,
) -> Look:
    """Header facts of a photo from ``data`` (the whole file, or a JPEG's complete
    header for the head pass); ``sha`` is its hash (None in the head pass); ``formats``:
    the only formats Pillow tries (see :func:`photo.open_image`); ``sidecar=False``: the
    caller has looked for an XMP sidecar and found none (four path checks saved)."""
    from PIL import Image, UnidentifiedImageError

    from smparchive.core.media import exif, photo
    from smparchive.core.media.photo import BOMB_REFUSED, NOT_A_PICTURE

    problems: list[str] = []
    facts = exif.read_exifread(data, problems)
    try:
        im = photo.open_image(io.BytesIO(data) if data is not None else path, formats)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        fail(info, BOMB_REFUSED)
        return Look(info, sha)
    except UnidentifiedImageError:
        fail(info, NOT_A_PICTURE)
        return Look(info, sha)
    except Exception as exc:  # Pillow raises many types on fuzzed input
        fail(info, f"The image cannot be opened ({describe(exc)}).")
        return Look(info, sha)
    with im:
        info.width, info.height = im.size
        try:
            frames = int(getattr(im, "n_frames", 1))
        except Exception as exc:
            fail(info, f"The image structure cannot be read: {describe(exc)}.")
            return Look(info, sha)
        if im.format == "TIFF" and frames > 1:
            info.page_count = frames
        # Pillow surfaces a JPEG's XMP itself: no need to search the whole file for it.
        scan_data = None if im.format in ("JPEG", "MPO") else data
        try:
            photo.read_metadata(im, scan_data, facts, info, problems)
        except Exception as exc:
            problems.append(f"Some metadata could not be read ({describe(exc)}).")
        if im.format == "HEIF":
            original = im.info.get("original_orientation")
            if isinstance(original, int) and 1 <= original <= 8:
                info.orientation = original
    info.problems.extend(problems)
    if info.orientation is None:
        info.orientation = 1
    if sidecar:
        _sidecar(path, info)
    return Look(info, sha, provisional=info.outcome is Outcome.OK)


def _sidecar(path: Path, info: MediaInfo) -> None:
    """Metadata from an XMP sidecar wins over what the file embeds (as in the probe)."""
    from smparchive.core.media.xmp import apply_sidecar

    apply_sidecar(path, info, 4 * 1024 * 1024)
