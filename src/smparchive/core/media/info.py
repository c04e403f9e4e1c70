"""The result of probing one file: plain data, no catalogue and no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from smparchive.core.media.kinds import Kind as Kind
from smparchive.core.media.kinds import Outcome as Outcome
from smparchive.core.media.kinds import TimeSource as TimeSource


@dataclass(frozen=True, slots=True)
class CaptureTime:
    """A capture moment as recorded.

    ``local`` is the wall-clock time the device wrote (naive). ``offset_minutes`` is its UTC
    offset when the file says so (EXIF OffsetTimeOriginal, container times are UTC = 0);
    ``None`` means the zone is unknown and the event's time zone must be assumed later.
    """

    local: datetime
    offset_minutes: int | None
    source: TimeSource


def zone_minutes(zone: str | None) -> int | None:
    """A date's zone suffix as minutes east of UTC: 'Z' 0, '+02:00' or '+0200' 120, '-05'
    -300; None for no suffix."""
    if not zone:
        return None
    if zone == "Z":
        return 0
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:] or 0)
    return -minutes if zone[0] == "-" else minutes


@dataclass(slots=True)
class MediaInfo:
    """Everything a probe learnt about one file.

    Probes fill what they can; ``outcome``/``problems`` say how it went. Text fields hold
    plain Unicode. Localised fields are dicts of language code (``x-default`` when unknown)
    to text.
    """

    kind: Kind = Kind.OTHER
    mime: str | None = None
    format: str | None = None  # short format name: JPEG, PNG, HEIF, MP4, PDF, PPTX ...
    outcome: Outcome = Outcome.OK
    problems: list[str] = field(default_factory=list)  # human sentences, warnings or errors

    capture: CaptureTime | None = None
    width: int | None = None
    height: int | None = None
    orientation: int | None = None  # EXIF 1-8

    duration_s: float | None = None
    frame_rate: float | None = None
    video_codec: str | None = None
    audio_codec: str | None = None

    page_count: int | None = None

    camera_make: str | None = None
    camera_model: str | None = None
    camera_serial: str | None = None
    lens: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    gps_alt: float | None = None

    title: dict[str, str] = field(default_factory=dict)
    caption: dict[str, str] = field(default_factory=dict)
    alt_text: dict[str, str] = field(default_factory=dict)
    keywords: list[str] = field(default_factory=list)  # flat keywords (dc:subject)
    hierarchical_keywords: list[str] = field(default_factory=list)  # "A|B|C" paths
    people: list[str] = field(default_factory=list)  # Iptc4xmpExt:PersonInImage
    rating: int | None = None  # 0-5; -1 means rejected (xmp:Rating -1)
    picked: bool | None = None  # digiKam PickLabel: accepted (True) or rejected (False)
    color_label: str | None = None
    creator: str | None = None
    credit_line: str | None = None
    copyright: str | None = None
    licence: str | None = None

    text: str | None = None  # full text for search (slides, pages)
    notes: str | None = None  # speaker notes
    slide_titles: list[str] = field(default_factory=list)

    # A ready-made small JPEG the file carries (EXIF thumbnail, docProps/thumbnail.jpeg ...):
    # lets the grid show something before real thumbnails exist.
    embedded_thumbnail: bytes | None = None
    sidecar_path: str | None = None  # XMP sidecar that contributed metadata, if any
