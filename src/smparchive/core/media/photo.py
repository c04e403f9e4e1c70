"""Photo probe: EXIF, XMP (embedded and sidecar), IPTC, and a checked cheap decode."""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageFile, IptcImagePlugin, UnidentifiedImageError

from . import exif
from .base import KindResult, describe, fail, warn
from .hashing import sha256_bytes
from .info import CaptureTime, MediaInfo, TimeSource
from .partial import PartialPicture, decode_partial
from .safety import read_within
from .thumbnails import THUMB_SIZE, ThumbnailUnavailable, draft_for, scaled_jpegs
from .xmp import XmpError, apply_to_info, extract_packet, parse_xmp

log = logging.getLogger(__name__)

READ_CAP = 256 * 1024 * 1024  # files up to this size are read once and shared by hash + probe
BOMB_REFUSED = (
    "The image is refused: it claims to be so large that opening it could exhaust the "
    "memory (a damaged or malicious file)."
)
NOT_A_PICTURE = "The file is not a picture that can be read: it is damaged or not really an image."
JPEG_FORMATS = ("JPEG", "MPO")  # decoded by the thumbnail stage's own path
MAX_PIXELS = 200_000_000  # larger images are refused as decompression bombs
XMP_SCAN_LIMIT = 4 * 1024 * 1024  # where to look for an XMP packet Pillow did not surface

_configured = False


def configure_pillow() -> None:
    """Register the HEIF opener and set Pillow's pixel limit (once per process)."""
    global _configured
    if _configured:
        return
    from pillow_heif import register_heif_opener

    register_heif_opener(thumbnails=True)
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    _configured = True


class PhotoProbe:
    """Probe for still images (JPEG, PNG, TIFF, WebP, GIF, HEIC/HEIF, MPO)."""

    def probe(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> KindResult:
        """Read metadata and decode cheaply; the decode also yields the thumbnails."""
        return probe_photo(path, info, sizes)

    def thumbnails(self, path: Path, info: MediaInfo, sizes: Sequence[int]) -> dict[int, bytes]:
        """Decode the photo once at the largest size and scale it down."""
        if info.format in JPEG_FORMATS:
            pictures = jpeg_thumbnails(path, sizes)
            if pictures is not None:
                return pictures
        scratch = MediaInfo(kind=info.kind, mime=info.mime, format=info.format)
        result = probe_photo(path, scratch, sizes, compute_hash=False)
        if not result.thumbnails:
            raise ThumbnailUnavailable(result.thumbnail_problem or "The image cannot be decoded.")
        return result.thumbnails


def open_image(source: Path | io.BytesIO, formats: Sequence[str] | None = None) -> Image.Image:
    """Open an image, refusing decompression bombs (Pillow's warning is an error here).

    ``formats``: the only formats tried (Pillow's names), for a file already known to be
    one of them; the HEIF opener is then not loaded (libheif costs a fresh process ~40 ms,
    and the scan's head pass reads JPEG headers only)."""
    if formats is None:
        configure_pillow()
    else:
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # the limit holds whatever opens the file
    with warnings.catch_warnings():
        # Pillow's notes on odd files ("a malformed MPO file, interpreted as a base JPEG")
        # were printed in the terminal of `smparchive scan` by its head pass (the workers
        # silence them): the file opens, and what matters of it is in its warnings.
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        im = Image.open(source, formats=None if formats is None else list(formats))
    width, height = im.size
    if width <= 0 or height <= 0:
        im.close()
        raise ValueError(f"the image claims an impossible size {width}x{height}")
    if width * height > MAX_PIXELS:
        im.close()
        raise Image.DecompressionBombError(f"{width}x{height} pixels")
    return im


def jpeg_thumbnails(path: Path, sizes: Sequence[int]) -> dict[int, bytes] | None:
    """Pictures of a catalogued JPEG: one read, its orientation, one reduced decode.

    The thumbnail stage's path for the commonest photos. The scan has read the metadata, so
    only the orientation is read here, as the scan reads it (EXIF, then the XMP packet
    Pillow surfaces); the rest of the metadata pass (IPTC, a search of the first 4 MB for
    another XMP packet) is skipped. The reduced decode (DCT scaling, 1/8 for 12-24 MP and
    256 px) still reads every entropy-coded block, so a truncated or damaged file fails
    here with the reason. None: not a JPEG after all (the probe's path takes it).
    Raises :class:`ThumbnailUnavailable` with the reason when no honest picture exists.
    """
    data = read_within(path, READ_CAP)
    return jpeg_pictures(data if data is not None else path, sizes)


def jpeg_pictures(
    source: bytes | Path, sizes: Sequence[int], orientation: int | None = None
) -> dict[int, bytes] | None:
    """:func:`jpeg_thumbnails` of a JPEG's bytes already read (the scan's hash stage
    pictures a photo from the read that hashed it), or of a file too large to read at once.

    ``orientation``: the value :func:`_orientation` gives for this header, read already
    (the scan's head pass parsed it: a second EXIF and XMP parse cost each photo ~1 ms).
    """
    data = source if isinstance(source, bytes) else None
    try:
        try:  # as a JPEG first: the HEIF opener (libheif) is not loaded for it
            im = open_image(
                io.BytesIO(source) if isinstance(source, bytes) else source, JPEG_FORMATS
            )
        except UnidentifiedImageError:  # not a JPEG after all: whatever Pillow makes of it
            im = open_image(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ThumbnailUnavailable(BOMB_REFUSED) from None
    except UnidentifiedImageError:
        raise ThumbnailUnavailable(NOT_A_PICTURE) from None
    except Exception as exc:  # Pillow raises TypeError, ValueError, SyntaxError ... on fuzz
        raise ThumbnailUnavailable(f"The image cannot be opened ({describe(exc)}).") from exc
    with im:
        if im.format not in JPEG_FORMATS:
            return None
        if orientation is None or not 1 <= orientation <= 8:
            orientation = _orientation(im, data)
        decoded = None
        if data is not None and turbo_scale_wins(im.size, max(sizes)):
            decoded = _turbo_decode(data, max(sizes))
        if decoded is None:  # Pillow decides, as the probe does (and says why it fails)
            try:
                draft_for(im, max(sizes))
                im.load()
            except Exception as exc:
                why = describe(exc)
                partial = decode_partial(source, max(sizes))
                if partial is None:
                    raise ThumbnailUnavailable(
                        f"The image data cannot be decoded in full: {why}."
                    ) from exc
                images = scaled_jpegs(partial.image, sizes, orientation)
                raise PartialPicture(partial.problem(why), images) from exc
            decoded = im
        try:
            return scaled_jpegs(decoded, sizes, orientation)
        except Exception as exc:
            raise ThumbnailUnavailable(f"The thumbnail cannot be made ({describe(exc)}).") from exc


TURBO_MIN_PIXELS = 2_000_000  # below this, Pillow's draft decode costs little anyway


def turbo_scale_wins(image_size: tuple[int, int], size: int) -> bool:
    """Whether libjpeg-turbo's n/8 scales decode markedly fewer pixels than Pillow's draft
    (1/1, 1/2, 1/4, 1/8) for a ``size`` px picture: a 1600 px preview of a 12 MP photo
    (5/8 against a full decode), not its 256 px thumbnail (1/8 either way, the same CPU).
    Pillow then decodes and simplejpeg (and NumPy: 0.17 s to import) is never loaded.
    """
    w, h = image_size
    s = next(s for s in (8, 4, 2, 1) if s == 1 or min(w // size, h // size) >= s)
    n = min(8, max(-(-8 * min(size, w) // w), -(-8 * min(size, h) // h)))
    return n * s < 8 and (w // s) * (h // s) > TURBO_MIN_PIXELS


def _turbo_decode(data: bytes, size: int) -> Image.Image | None:
    """A YCbCr or grey JPEG decoded by libjpeg-turbo (simplejpeg) at the smallest scale
    whose sides both cover ``size``, as Pillow's draft mode chooses but from every n/8
    scale (5/8 where Pillow's 1/1, 1/2, 1/4, 1/8 would decode in full): 10-15 % less CPU
    than Pillow for the same 1/8 decode of a 12-24 MP photo, and far less for previews.

    Strict: any complaint of the decoder (a truncated file, corrupt data, also a harmless
    stray byte) returns None and Pillow decodes it as before, so a file's outcome is
    Pillow's. CMYK and YCCK files go to Pillow too (Adobe's inverted inks).
    """
    import simplejpeg

    try:
        height, width, colourspace, _ = simplejpeg.decode_jpeg_header(data)
        if colourspace not in ("YCbCr", "Gray") or width * height > MAX_PIXELS:
            return None
        pixels = simplejpeg.decode_jpeg(
            data, "RGB", min_height=min(size, height), min_width=min(size, width), strict=True
        )
    except (ValueError, MemoryError):
        return None
    return Image.fromarray(pixels)


def _orientation(im: Image.Image, data: bytes | None) -> int:
    """The EXIF orientation (1-8) as the scan reads it: exifread, Pillow's parser filling
    the gaps, then the embedded XMP Pillow surfaces; 1 (upright) when none is valid."""
    problems: list[str] = []  # metadata damage was reported by the scan
    facts = exif.merge(exif.read_exifread(data, problems), exif.read_pillow(im, problems))
    value = facts.get("orientation")
    orientation = value if isinstance(value, int) and 1 <= value <= 8 else None
    packet = _embedded_xmp(im, None)
    if packet and b"Orientation" in packet:
        try:
            xmp_value = parse_xmp(packet).orientation
        except XmpError:
            xmp_value = None
        if xmp_value is not None:
            orientation = xmp_value
    return orientation or 1


def probe_photo(
    path: Path, info: MediaInfo, sizes: Sequence[int], *, compute_hash: bool = True
) -> KindResult:
    """Probe one photo; ``sizes`` empty still decodes at thumbnail scale to check pixels.

    Metadata is always read before decoding (orientation is needed for thumbnails, and
    Pillow's PNG ``getexif()`` consumes a load error, which the corpus expects).
    """
    result = KindResult()
    data = read_within(path, READ_CAP)  # None: larger, read from the file as it goes
    if data is not None and compute_hash:
        result.sha256 = sha256_bytes(data)
    problems: list[str] = []
    facts = exif.read_exifread(data, problems)
    try:
        im = open_image(io.BytesIO(data) if data is not None else path)
    except Image.DecompressionBombError:
        fail(info, BOMB_REFUSED)
        return result
    except Image.DecompressionBombWarning:
        fail(info, BOMB_REFUSED)
        return result
    except UnidentifiedImageError:
        fail(
            info,
            "The file is not a picture that can be read: it is damaged or not really an image.",
        )
        return result
    except Exception as exc:  # Pillow raises TypeError, ValueError, SyntaxError ... on fuzz
        fail(info, f"The image cannot be opened ({describe(exc)}).")
        return result
    with im:
        info.width, info.height = im.size
        # The picture a viewer shows: frame 0, except in HEIF files whose primary image
        # comes later (pillow_heif opens on it); counting frames moves off it.
        shown = im.tell()
        try:
            frames = int(getattr(im, "n_frames", 1))
        except Exception as exc:  # a broken frame chain: TIFF raises TypeError here
            fail(info, f"The image structure cannot be read: {describe(exc)}.")
            return result
        if im.format == "TIFF" and frames > 1:
            info.page_count = frames
        heif = im.format == "HEIF"
        read_metadata(im, data, facts, info, problems)
        if heif:
            original = im.info.get("original_orientation")
            if isinstance(original, int) and 1 <= original <= 8:
                info.orientation = original
        for sentence in problems:
            info.problems.append(sentence)  # metadata damage: logged, outcome stays OK
        if info.orientation is None:
            info.orientation = 1  # EXIF default: no tag means upright
        target = max(sizes) if sizes else THUMB_SIZE
        try:
            im.seek(shown)
            draft_for(im, target)
            im.load()
        except Exception as exc:
            why = describe(exc)
            partial = None
            if im.format in JPEG_FORMATS:  # the top part, grey below, as viewers show it
                partial = decode_partial(data if data is not None else path, target)
            if partial is None:
                warn(info, f"The image data cannot be decoded in full: {why}.")
                result.thumbnail_problem = "The image pixels cannot be decoded."
                return result
            warn(info, partial.problem(why))
            if sizes:  # with their reason: a partial picture, not a made-up one
                result.thumbnails = scaled_jpegs(partial.image, sizes, info.orientation)
                result.thumbnail_problem = partial.problem(why)
            return result
        if sizes:
            # pillow_heif has already applied the HEIF rotation to the pixels
            orientation = None if heif else info.orientation
            try:
                result.thumbnails = scaled_jpegs(im, sizes, orientation)
            except Exception as exc:
                result.thumbnail_problem = f"The thumbnail cannot be made ({describe(exc)})."
    return result


def read_metadata(
    im: Image.Image,
    data: bytes | None,
    facts: exif.Facts,
    info: MediaInfo,
    problems: list[str],
) -> None:
    facts = exif.merge(facts, exif.read_pillow(im, problems))
    exif.apply_facts(facts, info, problems)
    iptc = _apply_iptc(im, info, problems)
    packet = _embedded_xmp(im, data)
    if packet:
        try:
            apply_to_info(parse_xmp(packet), info, override=True, override_capture=False)
        except XmpError as exc:
            problems.append(f"The embedded XMP was ignored ({describe(exc)}).")
    if info.capture is None and iptc:
        # After EXIF and XMP, before the file date: IPTC-only workflows (Photo Mechanic).
        info.capture = iptc_capture(iptc.get((2, 55)), iptc.get((2, 60)))


def _embedded_xmp(im: Image.Image, data: bytes | None) -> bytes | None:
    for key in ("xmp", "XML:com.adobe.xmp"):
        value = im.info.get(key)
        if isinstance(value, str):
            value = value.encode("utf-8")
        if isinstance(value, bytes) and value.strip(b"\x00 \r\n"):
            return value
    tag = getattr(im, "tag_v2", None)
    if tag is not None and 700 in tag:
        value = tag[700]
        return value if isinstance(value, bytes) else str(value).encode("utf-8")
    if data is not None:
        return extract_packet(data[:XMP_SCAN_LIMIT])
    return None


_IPTC = {  # IIM dataset -> MediaInfo field
    (2, 5): "title",
    (2, 120): "caption",
    (2, 25): "keywords",
    (2, 80): "creator",
    (2, 110): "credit_line",
    (2, 116): "copyright",
}


def _apply_iptc(im: Image.Image, info: MediaInfo, problems: list[str]) -> dict[Any, Any] | None:
    """Copy the IPTC texts into ``info``; returns the IIM datasets (None when there are none)."""
    if not isinstance(im, ImageFile.ImageFile):
        return None  # only decoded files (JPEG, TIFF, IPTC) carry an IPTC block
    try:
        iptc = IptcImagePlugin.getiptcinfo(im)
    except Exception as exc:
        problems.append(f"The IPTC block was ignored ({describe(exc)}).")
        return None
    if not iptc:
        return None
    utf8 = iptc.get((1, 90)) in (b"\x1b%G", [b"\x1b%G"])
    for key, name in _IPTC.items():
        raw = iptc.get(key)
        if raw is None:
            continue
        values = [_iim_text(v, utf8) for v in (raw if isinstance(raw, list) else [raw])]
        values = [v for v in values if v]
        if not values:
            continue
        if name == "keywords":
            info.keywords = values
        elif name in ("title", "caption"):
            setattr(info, name, {"x-default": values[0]})
        else:
            setattr(info, name, "; ".join(values))
    return dict(iptc)


def iptc_capture(date_raw: Any, time_raw: Any) -> CaptureTime | None:
    """IIM 2:55 DateCreated (CCYYMMDD) + 2:60 TimeCreated (HHMMSS±HHMM) as a capture time.

    A date without a time says nothing about the moment and is not used; a time without an
    offset is the camera's wall clock (zone unknown), like EXIF without OffsetTime.
    """
    date_text = _iim_first(date_raw)
    time_text = _iim_first(time_raw)
    if not (len(date_text) == 8 and date_text.isdigit()) or len(time_text) < 4:
        return None
    match = re.fullmatch(r"(\d{2}):?(\d{2}):?(\d{2})?(?:([+-])(\d{2}):?(\d{2}))?", time_text)
    if match is None:
        return None
    hh, mm, ss, sign, oh, om = match.groups()
    try:
        local = datetime(
            int(date_text[:4]),
            int(date_text[4:6]),
            int(date_text[6:]),
            int(hh),
            int(mm),
            int(ss or 0),
        )
    except ValueError:
        return None  # 00000000 and other placeholders
    offset = None
    if sign and int(oh) <= 14:
        offset = (int(oh) * 60 + int(om)) * (-1 if sign == "-" else 1)
    return CaptureTime(local=local, offset_minutes=offset, source=TimeSource.IPTC)


def _iim_first(raw: Any) -> str:
    if isinstance(raw, list):
        raw = raw[0] if raw else None
    if isinstance(raw, bytes):
        return raw.decode("ascii", "replace").strip()
    return ""


def _iim_text(raw: bytes, utf8: bool) -> str:
    if utf8:
        return raw.decode("utf-8", "replace").strip()
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return raw.decode("latin-1").strip()
