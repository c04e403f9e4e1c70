"""EXIF facts from exifread, with Pillow's parser filling the gaps (PNG EXIF, damaged blocks)."""

from __future__ import annotations

import io
import logging
import math
from datetime import datetime, timedelta
from typing import Any

from PIL import Image

from .base import describe
from .info import CaptureTime, MediaInfo, TimeSource

log = logging.getLogger(__name__)

Facts = dict[str, Any]

# exifread key -> our fact name, best first for each fact
_EXIFREAD_KEYS: tuple[tuple[str, str], ...] = (
    ("make", "Image Make"),
    ("model", "Image Model"),
    ("serial", "EXIF BodySerialNumber"),
    ("serial", "Image CameraSerialNumber"),
    ("serial", "EXIF CameraSerialNumber"),
    ("lens", "EXIF LensModel"),
    ("lens_make", "EXIF LensMake"),
    ("orientation", "Image Orientation"),
    ("dt_original", "EXIF DateTimeOriginal"),
    ("offset_original", "EXIF OffsetTimeOriginal"),
    ("subsec_original", "EXIF SubSecTimeOriginal"),
    ("dt_digitized", "EXIF DateTimeDigitized"),
    ("offset_digitized", "EXIF OffsetTimeDigitized"),
    ("description", "Image ImageDescription"),
    ("artist", "Image Artist"),
    ("copyright", "Image Copyright"),
    ("lat", "GPS GPSLatitude"),
    ("lat_ref", "GPS GPSLatitudeRef"),
    ("lon", "GPS GPSLongitude"),
    ("lon_ref", "GPS GPSLongitudeRef"),
    ("alt", "GPS GPSAltitude"),
    ("alt_ref", "GPS GPSAltitudeRef"),
)
# Pillow tag ids: (ifd, tag) where ifd 0 is IFD0
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_PILLOW_KEYS: tuple[tuple[str, int, int], ...] = (
    ("make", 0, 0x010F),
    ("model", 0, 0x0110),
    ("serial", _EXIF_IFD, 0xA431),
    ("serial", 0, 0xC62F),
    ("lens", _EXIF_IFD, 0xA434),
    ("lens_make", _EXIF_IFD, 0xA433),
    ("orientation", 0, 0x0112),
    ("dt_original", _EXIF_IFD, 0x9003),
    ("offset_original", _EXIF_IFD, 0x9011),
    ("subsec_original", _EXIF_IFD, 0x9291),
    ("dt_digitized", _EXIF_IFD, 0x9004),
    ("offset_digitized", _EXIF_IFD, 0x9012),
    ("description", 0, 0x010E),
    ("artist", 0, 0x013B),
    ("copyright", 0, 0x8298),
    ("lat_ref", _GPS_IFD, 1),
    ("lat", _GPS_IFD, 2),
    ("lon_ref", _GPS_IFD, 3),
    ("lon", _GPS_IFD, 4),
    ("alt_ref", _GPS_IFD, 5),
    ("alt", _GPS_IFD, 6),
)


EXIF_SKIPPED = "The camera information (EXIF) in the file is damaged and was skipped."


def read_exifread(data: bytes | None, problems: list[str]) -> Facts:
    """Facts from exifread (``details=False``); any failure becomes a warning sentence."""
    if not data:
        return {}
    import exifread

    logger = logging.getLogger("exifread")
    if logger.level != logging.ERROR:  # setLevel clears every logger's cache: once
        logger.setLevel(logging.ERROR)
    try:
        tags = exifread.process_file(io.BytesIO(data), details=False, extract_thumbnail=True)
    except Exception:  # exifread raises anything on damaged input
        problems.append(EXIF_SKIPPED)
        return {}
    facts: Facts = {}
    for name, key in _EXIFREAD_KEYS:
        tag = tags.get(key)
        if name not in facts and tag is not None:
            value = _normalise(getattr(tag, "values", tag))
            if value not in (None, "", []):
                facts[name] = value
    thumb = tags.get("JPEGThumbnail")
    if isinstance(thumb, bytes) and thumb.startswith(b"\xff\xd8\xff"):
        facts["thumbnail"] = thumb
    return facts


def read_pillow(im: Image.Image, problems: list[str]) -> Facts:
    """Facts from Pillow's ``getexif()`` (reads PNG eXIf/raw profiles that exifread misses)."""
    try:
        exif = im.getexif()
        ifds = {0: exif, _EXIF_IFD: exif.get_ifd(_EXIF_IFD), _GPS_IFD: exif.get_ifd(_GPS_IFD)}
    except Exception as exc:  # damaged EXIF: Pillow raises OSError, struct.error, ...
        # One fact, said once: exifread's sentence ("damaged and was skipped") gives way to
        # this one, which says why; the item's warnings had both, one after the other.
        if EXIF_SKIPPED in problems:
            problems.remove(EXIF_SKIPPED)
        problems.append(f"The camera information (EXIF) could not be read: {describe(exc)}.")
        return {}
    facts: Facts = {}
    for name, ifd, tag in _PILLOW_KEYS:
        if name not in facts and tag in ifds[ifd]:
            value = _normalise(ifds[ifd][tag])
            if value not in (None, "", []):
                facts[name] = value
    if facts and EXIF_SKIPPED in problems:
        # Read here whole: a HEIC's camera, lens and time were shown under the warning
        # that its camera information was damaged and skipped (exifread's failure alone).
        problems.remove(EXIF_SKIPPED)
    thumb = _pillow_thumbnail(im, exif)
    if thumb:
        facts["thumbnail"] = thumb
    return facts


def _pillow_thumbnail(im: Image.Image, exif: Image.Exif) -> bytes | None:
    raw = im.info.get("exif")
    if not isinstance(raw, bytes):
        return None
    try:
        ifd1 = exif.get_ifd(-1)  # ExifTags.IFD.IFD1
        start, length = int(ifd1[0x0201]), int(ifd1[0x0202])
    except Exception:
        return None
    tiff = raw[6:] if raw.startswith(b"Exif\x00\x00") else raw
    thumb = tiff[start : start + length]
    return thumb if thumb.startswith(b"\xff\xd8\xff") and len(thumb) == length else None


def _normalise(value: Any) -> Any:
    """Turn library values into str / int / float / list of those."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        return value.replace("\x00", " ").strip()
    if isinstance(value, list | tuple):
        items = [_normalise(v) for v in value]
        return items[0] if len(items) == 1 else items
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) else None


def merge(primary: Facts, fallback: Facts) -> Facts:
    """Facts from ``primary`` with the gaps filled from ``fallback``."""
    return {**fallback, **primary}


def apply_facts(facts: Facts, info: MediaInfo, problems: list[str]) -> None:
    """Write EXIF facts into ``info`` (camera, orientation, capture time, GPS, rights)."""
    info.camera_make = _text(facts.get("make"))
    info.camera_model = _text(facts.get("model"))
    info.camera_serial = _text(facts.get("serial"))
    lens, lens_make = _text(facts.get("lens")), _text(facts.get("lens_make"))
    if lens and lens_make and not lens.lower().startswith(lens_make.lower()):
        lens = f"{lens_make} {lens}"
    info.lens = lens
    orientation = facts.get("orientation")
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        info.orientation = orientation
    elif orientation is not None:
        problems.append(f"EXIF orientation {orientation!r} is invalid and was ignored.")
    info.capture = _capture(facts)
    info.gps_lat = _coordinate(facts.get("lat"), facts.get("lat_ref"), "S", 90)
    info.gps_lon = _coordinate(facts.get("lon"), facts.get("lon_ref"), "W", 180)
    if info.gps_lat is None or info.gps_lon is None:
        info.gps_lat = info.gps_lon = None
    else:
        alt = facts.get("alt")
        if isinstance(alt, int | float):
            below = facts.get("alt_ref") in (1, "1", b"\x01")
            info.gps_alt = -float(alt) if below else float(alt)
    description = _text(facts.get("description"))
    if description:
        info.caption = {"x-default": description}
    info.creator = _text(facts.get("artist"))
    info.copyright = _text(facts.get("copyright"))
    thumb = facts.get("thumbnail")
    info.embedded_thumbnail = thumb if isinstance(thumb, bytes) else None


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _capture(facts: Facts) -> CaptureTime | None:
    for key, offset_key in (
        ("dt_original", "offset_original"),
        ("dt_digitized", "offset_digitized"),
    ):
        local = _exif_datetime(facts.get(key))
        if local is None:
            continue
        if key == "dt_original":
            local += _subseconds(facts.get("subsec_original"))
        offset = _offset_minutes(facts.get(offset_key))
        source = TimeSource.EXIF_LOCAL if offset is None else TimeSource.EXIF_OFFSET
        return CaptureTime(local=local, offset_minutes=offset, source=source)
    return None


def _exif_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    text = value.strip().replace("-", ":").replace("T", " ")
    try:
        return datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # "0000:00:00 00:00:00", blanks and garbage


def _subseconds(value: Any) -> timedelta:
    digits = str(value).strip() if value is not None else ""
    if not digits.isdigit():
        return timedelta()
    return timedelta(microseconds=int(digits[:6].ljust(6, "0")))


def _offset_minutes(value: Any) -> int | None:
    text = str(value).strip() if value is not None else ""
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        minutes = int(text[1:3]) * 60 + int(text[4:6])
    except ValueError:
        return None
    if minutes > 14 * 60:
        return None
    return -minutes if text[0] == "-" else minutes


def _coordinate(value: Any, ref: Any, negative: str, limit: float) -> float | None:
    if isinstance(value, int | float):
        parts = [float(value)]
    elif isinstance(value, list) and value and all(isinstance(v, int | float) for v in value):
        parts = [float(v) for v in value]
    else:
        return None
    degrees = (
        parts[0]
        + (parts[1] / 60 if len(parts) > 1 else 0)
        + (parts[2] / 3600 if len(parts) > 2 else 0)
    )
    if not math.isfinite(degrees) or degrees > limit:
        return None
    if isinstance(ref, str) and ref.strip().upper().startswith(negative):
        degrees = -degrees
    return round(degrees, 7)
