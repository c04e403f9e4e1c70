"""When a video or audio file was recorded, from what its container says.

The MP4/QuickTime specifications put UTC in the movie header's creation time, but most
cameras (Canon, Nikon, Sony, Panasonic, Fujifilm, Olympus, GoPro ...) write their local
wall clock there, while phones (Apple, Android) and software built on FFmpeg write UTC:
exiftool therefore reads these dates as local unless told otherwise (its QuickTimeUTC
option). So, best first:

1. a date that carries its own offset or is local by definition: Apple's
   ``com.apple.quicktime.creationdate``, the ``©day`` item, embedded XMP;
2. the container's creation time, read as UTC or as the device's local clock from the
   evidence the file carries (phone keys, make, brand, vendor, muxer), local when there is
   none. The reading is recorded (``container-utc`` / ``container-local``) so the inspector
   and the CLI can say where the time came from; a local reading takes the event's zone
   like EXIF without an offset, and a camera's clock correction applies on top of both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from .info import CaptureTime, TimeSource, zone_minutes

_EPOCHS = (1904, 1970)  # QuickTime/Unix zero dates mean "not set"
QUICKTIME_CREATIONDATE = "com.apple.quicktime.creationdate"
_QT_DATE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)

# Makers whose videos carry UTC (phones) or the local clock (cameras), lower case.
_PHONE_MAKES = frozenset(
    {"apple", "google", "samsung", "xiaomi", "oneplus", "huawei", "honor", "oppo", "vivo"}
    | {"motorola", "realme", "fairphone", "nothing", "hmd global"}
)
_CAMERA_MAKES = (
    "canon",
    "nikon",
    "sony",
    "panasonic",
    "fujifilm",
    "olympus",
    "om digital",
    "leica",
    "pentax",
    "ricoh",
    "gopro",
    "sigma",
    "jvc",
    "kodak",
    "casio",
    "hasselblad",
    "blackmagic",
    "zoom",  # Zoom Q2n/Q8 video recorders (not the conferencing software)
)
# ftyp brands of camera files (exiftool's table: CAEP Canon, caqv Casio, pana Panasonic,
# XAVC Sony, LCAG Leica) and QuickTime vendor ids of camera makers.
_CAMERA_BRANDS = ("CAEP", "caqv", "pana", "XAVC", "LCAG")
_CAMERA_VENDORS = frozenset(
    {"niko", "NIKO", "pana", "olym", "leic", "kdak", "pent", "fe20", "pr01", "KMPI", "mino"}
    | {"sany", " KD ", "GIC "}
)
# Track handler names that software writes (FFmpeg's defaults, MP4Box, Bento4, Apple's
# AVFoundation, YouTube's "ISO Media file produced by Google Inc." ...), lower case.
_SOFTWARE_HANDLERS = (
    "videohandler",
    "soundhandler",
    "gpac",
    "bento4",
    "l-smash",
    "mobitv",
    "produced by",
    "core media",
    "mainconcept",
    "elemental",
)
_MAKE_KEYS = ("com.apple.quicktime.make", "com.android.manufacturer", "make")
_MODEL_KEYS = ("com.apple.quicktime.model", "com.android.model", "model")


def device(meta: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The make and model a container names (QuickTime keys, Android keys, ©mak/©mod)."""
    make = next((meta[k].strip() for k in _MAKE_KEYS if (meta.get(k) or "").strip()), None)
    model = next((meta[k].strip() for k in _MODEL_KEYS if (meta.get(k) or "").strip()), None)
    return make, model


def clock_reading(
    meta: Mapping[str, str], streams: Sequence[Mapping[str, str]] = (), container: str = "mov"
) -> TimeSource:
    """How to read the container's creation time: UTC (phones, FFmpeg-based software) or
    the device's local clock (cameras, and files that say nothing, as exiftool does).

    ``container`` is FFmpeg's format name: only QuickTime/MP4 (whose writers disagree) and
    AVI (a camera's IDIT date is its clock) are judged; Matroska, WebM and the others come
    from software that writes UTC, as their specifications say.
    """
    if not any(name in ("mov", "mp4", "avi") for name in container.split(",")):
        return TimeSource.CONTAINER_UTC
    keys = set(meta)
    if any(k.startswith("com.android.") for k in keys):  # Android's own recorder (Sony too)
        return TimeSource.CONTAINER_UTC
    make, model = device(meta)
    maker = (make or "").lower()
    if maker in _PHONE_MAKES or (model or "").lower().startswith(("iphone", "pixel", "sm-")):
        return TimeSource.CONTAINER_UTC
    if maker.startswith(_CAMERA_MAKES):
        return TimeSource.CONTAINER_LOCAL
    if any(k.startswith("com.apple.quicktime.") for k in keys):  # Apple devices and apps
        return TimeSource.CONTAINER_UTC
    brands = f"{meta.get('major_brand', '')} {meta.get('compatible_brands', '')}"
    vendors = {s.get("vendor_id", "") for s in streams}
    if any(b in brands for b in _CAMERA_BRANDS) or vendors & _CAMERA_VENDORS:
        return TimeSource.CONTAINER_LOCAL
    if "location" in keys or "location-eng" in keys:  # ©xyz: a phone's position
        return TimeSource.CONTAINER_UTC
    if (meta.get("encoder") or "").startswith("Lavf") or "FFMP" in vendors:
        return TimeSource.CONTAINER_UTC  # FFmpeg, OBS and the recorders built on them
    handlers = " ".join(s.get("handler_name", "") for s in streams).lower()
    if any(mark in handlers for mark in _SOFTWARE_HANDLERS):
        return TimeSource.CONTAINER_UTC  # packagers, editors, streaming services
    return TimeSource.CONTAINER_LOCAL


def container_capture(
    meta: Mapping[str, str], streams: Sequence[Mapping[str, str]] = (), container: str = "mov"
) -> CaptureTime | None:
    """The capture time of a video or audio file from its container metadata (``streams``:
    each stream's metadata; ``container``: FFmpeg's format name), best source first (see
    the module docstring)."""
    capture = parse_quicktime_creationdate(meta.get(QUICKTIME_CREATIONDATE))
    if capture is not None:
        return capture
    capture = parse_quicktime_creationdate(meta.get("date"))  # ©day, only with its offset
    if capture is not None and capture.offset_minutes is not None:
        return capture
    capture = _xmp_capture(meta.get("xmp"))
    if capture is not None:
        return capture
    reading = clock_reading(meta, streams, container)
    for stamp in [meta.get("creation_time"), *(s.get("creation_time") for s in streams)]:
        capture = parse_container_time(stamp, reading)
        if capture is not None:
            return capture
    return None


def _xmp_capture(packet: str | None) -> CaptureTime | None:
    """The capture date of an XMP packet the container holds (Adobe, exiftool, digiKam)."""
    if not packet:
        return None
    from .xmp import XmpError, parse_xmp, parse_xmp_date

    try:
        return parse_xmp_date(parse_xmp(packet.encode("utf-8", "replace")).date_created)
    except XmpError:
        return None


def parse_quicktime_creationdate(text: str | None) -> CaptureTime | None:
    """``com.apple.quicktime.creationdate`` ('2022-06-01T09:30:12+0200') as a CaptureTime:
    the local wall-clock time and its offset (None when the value carries none)."""
    match = _QT_DATE.match(text.strip()) if text else None
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        local = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    if local.year in _EPOCHS and local.month == 1 and local.day == 1:
        return None
    offset = zone_minutes(zone)
    if offset is not None and abs(offset) > 14 * 60:
        offset = None  # no zone is that far from UTC
    return CaptureTime(local=local, offset_minutes=offset, source=TimeSource.QUICKTIME)


def parse_container_time(
    text: str | None, reading: TimeSource = TimeSource.CONTAINER_UTC
) -> CaptureTime | None:
    """A container creation_time (FFmpeg gives it as UTC, 'Z') read as ``reading`` says:
    a UTC moment (offset 0), or the device's wall clock (zone unknown: the event's)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    if moment.year in _EPOCHS and moment.month == 1 and moment.day == 1:
        return None
    if reading == TimeSource.CONTAINER_LOCAL:
        return CaptureTime(local=moment, offset_minutes=None, source=reading)
    return CaptureTime(local=moment, offset_minutes=0, source=TimeSource.CONTAINER_UTC)
