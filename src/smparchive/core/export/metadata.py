"""Metadata for derived images under a policy: XMP, IPTC-IIM and a filtered EXIF.

Publication copies carry the catalogue's descriptive and rights fields and nothing that
locates or identifies a device or person beyond them: no GPS, no serial numbers, no maker
notes, no owner names or private comments. Confirmed faces
go out as named MWG regions (what Lightroom and digiKam read) only when the export names
the people shown, and never for a person whose face is blurred.
EXIF is filtered by an allow-list, so fields we do not know about never leak.

We never copy the source's XMP, not even with ``--metadata keep`` (which keeps the source's
EXIF): it may hold develop settings (Camera Raw, darktable) a reader would apply a second
time to the rendered pixels, face regions and names of people whose faces were blurred, and
texts the catalogue has since changed. The catalogue read it at scan time; what was curated
from it (texts, keywords, people, rating) is written from the catalogue.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from PIL import Image, TiffTags

from smparchive.core.export.credit import credit_names
from smparchive.core.export.model import ExportEntry
from smparchive.core.export.presets import MetadataPolicy
from smparchive.core.media.kinds import TimeSource
from smparchive.core.media.mwg import Region, regions_xml, within
from smparchive.core.media.xmp import DEFAULT_LANG, XmpFields, build_xmp, written_alt

__all__ = [
    "ImageMetadata",
    "created_text",
    "exif_bytes",
    "for_rendition",
    "iim_shortened",
    "iptc_segment",
    "metadata_for",
    "with_segments",
    "with_size",
]

EXIF_IFD, GPS_IFD, INTEROP_IFD = 0x8769, 0x8825, 0xA005
ORIENTATION, DESCRIPTION, ARTIST, COPYRIGHT = 0x0112, 0x010E, 0x013B, 0x8298
MAX_SEGMENT = 65533

# IFD0: device make/model, times, resolution. ImageDescription/Artist/Copyright are ours.
_IFD0_KEEP = frozenset({0x010F, 0x0110, 0x0131, 0x0132, 0x011A, 0x011B, 0x0128})
# Exif IFD: exposure, lens and time facts. Deliberately absent: BodySerialNumber (0xA431),
# LensSerialNumber (0xA435), CameraOwnerName (0xA430), ImageUniqueID (0xA420),
# MakerNote (0x927C), UserComment (0x9286) and everything unknown.
_EXIF_KEEP = frozenset(
    {
        *(0x829A, 0x829D, 0x8822, 0x8827, 0x8830, 0x8832, 0x9000),
        *(0x9003, 0x9004, 0x9010, 0x9011, 0x9012, 0x9290, 0x9291, 0x9292),
        *(0x9201, 0x9202, 0x9204, 0x9205, 0x9207, 0x9208, 0x9209, 0x920A),
        *(0xA001, 0xA402, 0xA403, 0xA405, 0xA406, 0xA432, 0xA433, 0xA434),
    }
)


@dataclass(frozen=True, slots=True)
class ImageMetadata:
    """What a derived image gets: built once in the parent process, applied in workers."""

    policy: MetadataPolicy
    xmp: bytes = b""
    iptc: bytes = b""  # a complete APP13 segment for JPEG
    artist: str = ""
    copyright: str = ""
    description: str = ""  # the caption as XMP x-default and IPTC have it (EXIF ImageDescription)
    # named faces (upright fractions of the whole picture), added per rendition: see
    # :func:`for_rendition`
    regions: tuple[Region, ...] = ()
    # The catalogue's corrected local capture time as EXIF writes it ("2022:06:01 09:30:00"),
    # "" when there is none from the file's own metadata; its offset ("+02:00", "" unknown);
    # and whether it was read from EXIF DateTimeOriginal (the source's sub-seconds still fit).
    taken: str = ""
    taken_offset: str = ""
    taken_from_exif: bool = False


_END_DESCRIPTION = b"  </rdf:Description>"


def for_rendition(
    meta: ImageMetadata,
    size: tuple[int, int],
    crop: tuple[float, float, float, float] | None = None,
) -> ImageMetadata:
    """The metadata of one rendition of ``size``: the face regions (cut to ``crop``, as
    fractions of the upright picture, for a cropped rendition) join the XMP."""
    if not meta.regions or not meta.xmp or meta.policy is MetadataPolicy.STRIP_ALL:
        return meta
    regions = within(meta.regions, crop) if crop is not None else list(meta.regions)
    at = meta.xmp.rfind(_END_DESCRIPTION)
    if not regions or at < 0:
        return meta
    xmp = meta.xmp[:at] + regions_xml(regions, size).encode("utf-8") + meta.xmp[at:]
    if len(xmp) >= MAX_SEGMENT - 64:
        return meta  # too many faces for one segment: the people stay named in the XMP
    return replace(meta, xmp=xmp, regions=())


def _alt(texts: Mapping[str, str], language: str) -> dict[str, str]:
    """x-default carries the export language's text, the same one IPTC gets."""
    return written_alt(texts, language)


def _in_language(keyword: str, entry: ExportEntry, language: str) -> str:
    """A keyword tree, the programme's place of the item ("Event|Day 1|Keynote") in
    ``language`` when the programme has its titles so."""
    if entry.session_title and keyword == entry.programme_keyword(""):
        return entry.programme_keyword(language)
    return keyword


def xmp_fields(
    entry: ExportEntry, language: str, include_people: bool, rating: bool = False
) -> XmpFields:
    """The catalogue's descriptive and rights fields as XMP (and its rating: ``rating``)."""
    event = entry.event_title_in(language) or entry.event_acronym
    people = list(entry.people) if include_people else []
    # Trees as Lightroom (lr:hierarchicalSubject) and digiKam (TagsList) read them; people
    # also as digiKam's "People/Name" face tags.
    trees = list(
        dict.fromkeys(
            [
                *(_in_language(k, entry, language) for k in entry.hierarchical_keywords),
                *(f"People|{p.replace('|', '/')}" for p in people),
            ]
        )
    )
    return XmpFields(
        title=_alt(entry.title, language),
        description=_alt(entry.caption, language),
        alt_text=_alt(entry.alt_text, language),
        subject=list(dict.fromkeys(entry.keywords)),
        hierarchical_subject=trees,
        tags_list=[t.replace("/", "_").replace("|", "/") for t in trees],
        creator=[entry.creator] if entry.creator else [],
        # the names, as agencies fill it: no "Photo:" typed in the catalogue (export.credit)
        credit=credit_names(entry.credit_line) or None,
        rights={DEFAULT_LANG: entry.copyright} if entry.copyright else {},
        usage_terms={DEFAULT_LANG: entry.licence} if entry.licence else {},
        event={DEFAULT_LANG: event} if event else {},
        person_in_image=people,
        date_created=created_text(entry),
        rating=entry.rating if rating else None,
    )


def created_text(entry: ExportEntry) -> str | None:
    """XMP's creation date: with its offset when the file or the event gives the zone,
    else the camera's wall clock alone (XMP allows a date without a zone; "+00:00" would
    claim UTC)."""
    if entry.created is None:
        return None
    if entry.capture_zone_known:
        return entry.created.isoformat()
    return entry.created.replace(tzinfo=None).isoformat()


def iim_cut(value: bytes, limit: int) -> bytes:
    """``value`` (UTF-8) as IIM holds it: whole when it fits in ``limit`` bytes, else cut
    at the last whole character that fits (never inside a UTF-8 sequence)."""
    if len(value) <= limit:
        return value
    # a valid UTF-8 text cut at a byte count ends at most in one incomplete sequence
    return value[:limit].decode("utf-8", "ignore").rstrip().encode("utf-8")


def _iim(dataset: int, value: bytes, limit: int) -> bytes:
    data = iim_cut(value, limit)
    return struct.pack(">BBBH", 0x1C, 2, dataset, len(data)) + data


def _iim_texts(entry: ExportEntry, language: str) -> list[tuple[int, str, int, bytes]]:
    """The catalogue's texts IPTC-IIM gets: (dataset, its name, its limit in bytes, text)."""
    texts = [
        (5, "ObjectName", 64, _alt(entry.title, language).get(DEFAULT_LANG)),
        (120, "Caption-Abstract", 2000, _alt(entry.caption, language).get(DEFAULT_LANG)),
        (80, "By-line", 32, entry.creator),
        (110, "Credit", 32, credit_names(entry.credit_line)),
        (116, "CopyrightNotice", 128, entry.copyright),
        *((25, "Keywords", 64, k) for k in dict.fromkeys(entry.keywords)),
    ]
    return [(d, name, limit, text.encode("utf-8")) for d, name, limit, text in texts if text]


def iim_shortened(entry: ExportEntry, language: str) -> list[tuple[str, int]]:
    """The IPTC-IIM datasets (name, limit in bytes) whose copy of the catalogue's text is
    shortened to the standard's limit; XMP, which the IPTC Photo Metadata standard makes
    the authoritative copy, carries the whole text."""
    texts = _iim_texts(entry, language)
    return list(dict.fromkeys((name, limit) for _, name, limit, data in texts if len(data) > limit))


def iptc_segment(entry: ExportEntry, language: str) -> bytes:
    """An APP13 "Photoshop 3.0" segment with IPTC-IIM records in UTF-8."""
    records = [struct.pack(">BBBH", 0x1C, 1, 90, 3) + b"\x1b%G"]  # UTF-8
    records.append(struct.pack(">BBBHH", 0x1C, 2, 0, 2, 4))
    for dataset, _, limit, data in _iim_texts(entry, language):
        records.append(_iim(dataset, data, limit))
    if entry.created:  # never a file's modification time presented as its creation
        records.append(_iim(55, entry.created.strftime("%Y%m%d").encode(), 8))
        # IIM's TimeCreated must carry an offset: none known (neither the file nor the
        # event says), the date alone, not a "+0000" that would claim UTC (XMP has the time)
        if entry.capture_zone_known:
            records.append(_iim(60, entry.created.strftime("%H%M%S%z").encode(), 11))
    iim = b"".join(records)
    if len(iim) % 2:
        iim += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim))
    body = b"Photoshop 3.0\x00" + resource + iim
    if len(body) + 2 > MAX_SEGMENT:
        return b""
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def with_size(meta: ImageMetadata, size: tuple[int, int]) -> ImageMetadata:
    """``meta`` for a rendition made smaller after :func:`for_rendition` (to fit a file size
    limit): its face regions' AppliedToDimensions say the new size."""
    marker = b'<mwg-rs:AppliedToDimensions stDim:w="'
    at = meta.xmp.find(marker)
    if at < 0:
        return meta
    end = meta.xmp.find(b"/>", at)
    new = (
        f'<mwg-rs:AppliedToDimensions stDim:w="{size[0]}" stDim:h="{size[1]}" stDim:unit="pixel"'
    ).encode()
    xmp = meta.xmp[:at] + new + meta.xmp[end:]
    return replace(meta, xmp=xmp, regions=())


def metadata_for(
    entry: ExportEntry, policy: MetadataPolicy, language: str, include_people: bool
) -> ImageMetadata:
    """The metadata payload for one entry's derived images."""
    if policy is MetadataPolicy.STRIP_ALL:
        return ImageMetadata(policy)
    # keep: the catalogue's rating too (read from the source's XMP at scan, maybe edited)
    xmp = build_xmp(xmp_fields(entry, language, include_people, policy is MetadataPolicy.KEEP_ALL))
    # Named faces only when the people are named, and only people the photo still names
    # (a person whose face is blurred has left ``entry.people``).
    named = set(entry.people) if include_people else set()
    regions = tuple(Region(f.person, f.x, f.y, f.w, f.h) for f in entry.faces if f.person in named)
    taken = entry.created
    offset = taken.strftime("%z") if taken is not None and entry.capture_zone_known else ""
    return ImageMetadata(
        policy,
        xmp=xmp if len(xmp) < MAX_SEGMENT - 64 else b"",
        iptc=iptc_segment(entry, language),
        artist=entry.creator,
        copyright=entry.copyright,
        description=_alt(entry.caption, language).get(DEFAULT_LANG, ""),
        regions=regions,
        taken=taken.strftime(EXIF_TIME) if taken is not None else "",
        taken_offset=f"{offset[:3]}:{offset[3:5]}" if offset else "",
        taken_from_exif=entry.time_source in (TimeSource.EXIF_OFFSET, TimeSource.EXIF_LOCAL),
    )


def _exif_text(text: str) -> str | bytes | None:
    """EXIF's ASCII fields: plain ASCII as is, other text as UTF-8 (as exiftool writes it;
    "©" must not become "?"); line breaks kept (a caption's paragraphs)."""
    text = text.replace("\r\n", "\n")
    if not text or not text.replace("\n", "").replace("\t", "").isprintable():
        return None
    return text if text.isascii() else text.encode("utf-8") + b"\x00"


# EXIF types Pillow does not know and would otherwise guess from the value: a positive
# exposure compensation or shutter speed went out as an unsigned RATIONAL (EXIF 2.32:
# SRATIONAL), ComponentsConfiguration, FileSource, MakerNote... as BYTE (UNDEFINED).
_EXIF_TYPES = {
    0x9201: ("ShutterSpeedValue", TiffTags.SIGNED_RATIONAL, 1),
    0x9203: ("BrightnessValue", TiffTags.SIGNED_RATIONAL, 1),
    0x9204: ("ExposureBiasValue", TiffTags.SIGNED_RATIONAL, 1),
    0x9101: ("ComponentsConfiguration", TiffTags.UNDEFINED, 4),
    0x927C: ("MakerNote", TiffTags.UNDEFINED, 0),
    0x9286: ("UserComment", TiffTags.UNDEFINED, 0),
    0xA300: ("FileSource", TiffTags.UNDEFINED, 1),
    0xA301: ("SceneType", TiffTags.UNDEFINED, 1),
    0xA302: ("CFAPattern", TiffTags.UNDEFINED, 0),
    0xA40B: ("DeviceSettingDescription", TiffTags.UNDEFINED, 0),
    0xA002: ("PixelXDimension", TiffTags.LONG, 1),
    0xA003: ("PixelYDimension", TiffTags.LONG, 1),
}
for _tag, (_name, _type, _length) in _EXIF_TYPES.items():
    TiffTags.TAGS_V2_GROUPS[EXIF_IFD][_tag] = TiffTags.TagInfo(_tag, _name, _type, _length)

# Tags a JPEG's EXIF must hold (exiftool -validate): filled in when the source lacks them.
_IFD0_REQUIRED: dict[int, object] = {
    0x011A: 72.0,
    0x011B: 72.0,
    0x0128: 2,
    0x0213: 1,
}  # resolution, YCbCr
_EXIF_REQUIRED: dict[int, object] = {
    0x9000: b"0232",
    0x9101: b"\x01\x02\x03\x00",
    0xA000: b"0100",
    0xA001: 1,
}
EXIF_WIDTH, EXIF_HEIGHT = 0xA002, 0xA003
EXIF_TIME = "%Y:%m:%d %H:%M:%S"
MODIFY_DATE, DATE_ORIGINAL, DATE_DIGITIZED = 0x0132, 0x9003, 0x9004
OFFSET_TIME, OFFSET_ORIGINAL, OFFSET_DIGITIZED = 0x9010, 0x9011, 0x9012
SUBSEC, SUBSEC_ORIGINAL, SUBSEC_DIGITIZED = 0x9290, 0x9291, 0x9292


def _exif_time(value: object) -> datetime | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    try:
        return datetime.strptime(str(value).strip("\x00 ")[:19], EXIF_TIME)
    except ValueError:
        return None


def _set_times(out: Image.Exif, sub: dict[int, Any], meta: ImageMetadata) -> None:
    """The EXIF dates say the catalogue's corrected local time (what Lightroom, digiKam,
    Photo Mechanic and Flickr show), not the camera's uncorrected clock.

    DateTimeOriginal and CreateDate get the catalogue's time and offset; ModifyDate moves
    by the same correction (as exiftool's ``-AllDates``), or goes when it cannot be moved.
    Sub-seconds stay only beside the EXIF reading they belong to."""
    if not meta.taken:
        return
    new = datetime.strptime(meta.taken, EXIF_TIME)
    old = _exif_time(sub.get(DATE_ORIGINAL))
    sub[DATE_ORIGINAL] = sub[DATE_DIGITIZED] = meta.taken
    for tag in (OFFSET_ORIGINAL, OFFSET_DIGITIZED):
        if meta.taken_offset:
            sub[tag] = meta.taken_offset
        else:
            sub.pop(tag, None)
    if not (meta.taken_from_exif and old is not None):
        sub.pop(SUBSEC_ORIGINAL, None)
        sub.pop(SUBSEC_DIGITIZED, None)
    modified = _exif_time(out.get(MODIFY_DATE)) if MODIFY_DATE in out else None
    if modified is not None and old is not None:
        shifted: timedelta = new - old
        out[MODIFY_DATE] = (modified + shifted).strftime(EXIF_TIME)
        if meta.taken_offset:
            sub[OFFSET_TIME] = meta.taken_offset
        else:
            sub.pop(OFFSET_TIME, None)
    else:
        if MODIFY_DATE in out:
            del out[MODIFY_DATE]
        sub.pop(OFFSET_TIME, None)
        sub.pop(SUBSEC, None)


def exif_bytes(
    source: Image.Exif, meta: ImageMetadata, size: tuple[int, int] | None = None
) -> bytes:
    """EXIF for a derived image (orientation applied, so 1): filtered or kept, never > 64 KB.

    ``size`` is the derived image's: ExifImageWidth/Height say it (they described the
    original), and the tags a JPEG's EXIF requires are completed.
    """
    if meta.policy is MetadataPolicy.STRIP_ALL:
        return b""
    if meta.policy is MetadataPolicy.KEEP_ALL:
        out = source
        sub = dict(out.get_ifd(EXIF_IFD)) if EXIF_IFD in out else {}
        if INTEROP_IFD in sub and not isinstance(sub[INTEROP_IFD], dict):
            sub[INTEROP_IFD] = out.get_ifd(INTEROP_IFD)
        if GPS_IFD in out:
            out.get_ifd(GPS_IFD)  # loaded, so that it is written out again
    else:
        out = Image.Exif()
        for tag in _IFD0_KEEP:
            if tag in source:
                out[tag] = source[tag]
        sub = {tag: v for tag, v in source.get_ifd(EXIF_IFD).items() if tag in _EXIF_KEEP}
    out[ORIENTATION] = 1
    # The catalogue's texts replace the source's (Windows Explorer, Flickr and Google Photos
    # read these, Lightroom the XMP: they must agree); with --metadata keep the source's
    # stay only where the catalogue has no text of its own.
    for tag, text in (
        (DESCRIPTION, meta.description),
        (ARTIST, meta.artist),
        (COPYRIGHT, meta.copyright),
    ):
        value = _exif_text(text)
        if value:
            out[tag] = value
        elif (text or meta.policy is MetadataPolicy.PUBLICATION) and tag in out:
            del out[tag]
    _set_times(out, sub, meta)
    if size is not None:
        for tag, default in _IFD0_REQUIRED.items():
            if tag not in out:
                out[tag] = default
        for tag, default in _EXIF_REQUIRED.items():
            sub.setdefault(tag, default)
        sub[EXIF_WIDTH], sub[EXIF_HEIGHT] = size
    if sub:
        out[EXIF_IFD] = sub
    data = out.tobytes()
    if len(data) > MAX_SEGMENT - 8 and meta.policy is MetadataPolicy.KEEP_ALL:
        sub = out.get_ifd(EXIF_IFD)
        sub.pop(0x927C, None)  # maker notes are the usual culprit
        data = out.tobytes()
    return data if len(data) <= MAX_SEGMENT - 8 else b""


_XMP_SIGNATURE = b"http://ns.adobe.com/xap/1.0/\x00"


def _segment(marker: bytes, body: bytes) -> bytes:
    return marker + (len(body) + 2).to_bytes(2, "big") + body if body else b""


def with_segments(jpeg: bytes, exif: bytes, xmp: bytes, iptc: bytes) -> bytes:
    """``jpeg`` (one smparchive encoded, with no metadata of its own) with the EXIF, XMP and
    IPTC (a whole APP13 segment) a rendered photo gets, after its JFIF segment, the picture
    itself unchanged (not encoded again)."""
    if not jpeg.startswith(b"\xff\xd8") or not (exif or xmp or iptc):
        return jpeg
    at = 2
    if jpeg[2:4] == b"\xff\xe0":  # JFIF comes first
        at = 4 + int.from_bytes(jpeg[4:6], "big")
    if exif and not exif.startswith(b"Exif\x00\x00"):
        exif = b"Exif\x00\x00" + exif
    packet = _XMP_SIGNATURE + xmp if xmp else b""
    segments = _segment(b"\xff\xe1", exif) + _segment(b"\xff\xe1", packet)
    return jpeg[:at] + segments + iptc + jpeg[at:]
