"""Capture-time fallbacks, in order: EXIF with offset, EXIF local, XMP, IPTC, QuickTime
creationdate, container UTC, file date. Files are made here (Pillow, exiftool, PyAV)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image

from smparchive.core.media.info import CaptureTime, TimeSource
from smparchive.core.media.photo import iptc_capture
from smparchive.core.media.probe import probe_file
from smparchive.core.media.video import parse_quicktime_creationdate

EXIFTOOL = shutil.which("exiftool")
needs_exiftool = pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")


def _jpeg(path: Path, exif: dict[int, str] | None = None) -> Path:
    image = Image.new("RGB", (32, 24), (120, 90, 60))
    data = Image.Exif()
    for tag, value in (exif or {}).items():
        data.get_ifd(0x8769)[tag] = value
    image.save(path, "JPEG", exif=data.tobytes() if exif else b"")
    return path


def _exiftool(path: Path, *args: str) -> None:
    assert EXIFTOOL is not None
    subprocess.run([EXIFTOOL, "-q", "-overwrite_original", *args, str(path)], check=True)


def _capture(path: Path) -> tuple[datetime, int | None, str]:
    capture = probe_file(path).info.capture
    assert capture is not None, f"{path.name}: no capture time read"
    return capture.local, capture.offset_minutes, capture.source


@needs_exiftool
def test_iptc_only_photo_mechanic_style(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "pm.jpg")
    _exiftool(path, "-IPTC:DateCreated=2022:06:01", "-IPTC:TimeCreated=09:41:05+02:00")
    assert _capture(path) == (datetime(2022, 6, 1, 9, 41, 5), 120, TimeSource.IPTC)


@needs_exiftool
@pytest.mark.parametrize(
    ("tag", "value"),
    [
        ("-XMP-photoshop:DateCreated", "2022:06:01 09:41:05+02:00"),
        ("-XMP-xmp:CreateDate", "2022:06:01 09:41:05+02:00"),
        ("-XMP-exif:DateTimeOriginal", "2022:06:01 09:41:05+02:00"),
    ],
)
def test_xmp_only_dates(tmp_path: Path, tag: str, value: str) -> None:
    path = _jpeg(tmp_path / "x.jpg")
    _exiftool(path, f"{tag}={value}")
    assert _capture(path) == (datetime(2022, 6, 1, 9, 41, 5), 120, TimeSource.XMP)


@needs_exiftool
def test_xmp_bare_date_does_not_hide_a_full_one(tmp_path: Path) -> None:
    """photoshop:DateCreated with only a date (common) must not mask xmp:CreateDate."""
    path = _jpeg(tmp_path / "x.jpg")
    _exiftool(
        path,
        "-XMP-photoshop:DateCreated=2022:06:01",
        "-XMP-xmp:CreateDate=2022:06:01 09:41:05+02:00",
    )
    assert _capture(path) == (datetime(2022, 6, 1, 9, 41, 5), 120, TimeSource.XMP)


@needs_exiftool
def test_order_exif_beats_xmp_beats_iptc(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "all.jpg", {0x9003: "2022:06:01 09:00:00", 0x9011: "+02:00"})
    _exiftool(
        path,
        "-XMP-photoshop:DateCreated=2022:06:01 10:00:00+02:00",
        "-IPTC:DateCreated=2022:06:01",
        "-IPTC:TimeCreated=11:00:00+02:00",
    )
    assert _capture(path) == (datetime(2022, 6, 1, 9, 0), 120, TimeSource.EXIF_OFFSET)
    _exiftool(path, "-EXIF:all=")
    assert _capture(path) == (datetime(2022, 6, 1, 10, 0), 120, TimeSource.XMP)
    _exiftool(path, "-XMP:all=")
    assert _capture(path) == (datetime(2022, 6, 1, 11, 0), 120, TimeSource.IPTC)


def test_exif_local_without_offset(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "e.jpg", {0x9003: "2022:06:01 09:00:00"})
    assert _capture(path) == (datetime(2022, 6, 1, 9, 0), None, TimeSource.EXIF_LOCAL)


def test_no_date_at_all_leaves_the_file_date_to_the_catalogue(tmp_path: Path) -> None:
    assert probe_file(_jpeg(tmp_path / "none.jpg")).info.capture is None


def test_iptc_values() -> None:
    assert iptc_capture(b"20220601", b"094105+0200") is not None
    assert iptc_capture([b"20220601"], [b"094105-0530"]).offset_minutes == -330  # type: ignore[union-attr]
    # no offset: the camera's wall clock, zone unknown (the event's zone is assumed later)
    assert iptc_capture(b"20220601", b"094105").offset_minutes is None  # type: ignore[union-attr]
    assert iptc_capture(b"20220601", None) is None  # a date alone is no moment
    assert iptc_capture(b"00000000", b"000000+0000") is None
    assert iptc_capture(b"2022-6-1", b"0941") is None


def test_iptc_realworld_app13(corpus: Path) -> None:
    """A real JPEG whose only date is IPTC (several APP13 segments, no EXIF)."""
    path = corpus / "images/unusual/pillow-app13-multiple.jpg"
    assert _capture(path) == (datetime(2019, 10, 14, 15, 0, 20), 0, TimeSource.IPTC)


def _mov(path: Path, metadata: dict[str, str]) -> Path:
    import av
    import numpy as np

    with av.open(str(path), "w", format="mov", options={"movflags": "use_metadata_tags"}) as c:
        for key, value in metadata.items():
            c.metadata[key] = value
        stream = c.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(3):
            frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 5)
            c.mux(stream.encode(frame))
        c.mux(stream.encode(None))
    return path


def test_quicktime_creationdate_beats_container_utc(tmp_path: Path) -> None:
    path = _mov(
        tmp_path / "iphone.mov",
        {
            "com.apple.quicktime.creationdate": "2022-06-01T09:30:12+0200",
            # the container's UTC stamp of a later export: not the capture moment
            "creation_time": "2022-06-03T16:00:00.000000Z",
        },
    )
    assert _capture(path) == (datetime(2022, 6, 1, 9, 30, 12), 120, TimeSource.QUICKTIME)


def test_container_utc_when_nothing_else(tmp_path: Path) -> None:
    path = _mov(tmp_path / "cam.mov", {"creation_time": "2022-06-01T07:30:00.000000Z"})
    assert _capture(path) == (datetime(2022, 6, 1, 7, 30), 0, TimeSource.CONTAINER_UTC)


def test_quicktime_values() -> None:
    qt = parse_quicktime_creationdate
    assert qt("2022-06-01T09:30:12-04:00").offset_minutes == -240  # type: ignore[union-attr]
    assert qt("2022-06-01T09:30:12Z").offset_minutes == 0  # type: ignore[union-attr]
    assert qt("2022-06-01T09:30:12").offset_minutes is None  # type: ignore[union-attr]
    assert qt("1904-01-01T00:00:00Z") is None
    assert qt("yesterday") is None
    assert qt(None) is None


def test_container_time_is_read_as_the_device_wrote_it() -> None:
    """Cameras write their local clock into the QuickTime creation time, phones and
    FFmpeg-based software UTC (exiftool's QuickTimeUTC notes): the evidence decides."""
    from smparchive.core.media.videotime import clock_reading, container_capture

    local, utc = TimeSource.CONTAINER_LOCAL, TimeSource.CONTAINER_UTC
    cases = [
        ({"make": "Canon", "model": "Canon EOS R6"}, (), local),
        ({"make": "NIKON CORPORATION"}, (), local),
        ({"major_brand": "XAVC", "compatible_brands": "XAVCmp42iso2"}, (), local),  # Sony
        ({"major_brand": "qt  "}, ({"vendor_id": "pana"},), local),  # Panasonic MOV
        ({}, (), local),  # nothing said: the camera's clock, as exiftool reads it
        ({"com.apple.quicktime.make": "Apple", "com.apple.quicktime.model": "iPhone 13"}, (), utc),
        ({"com.android.version": "13", "com.android.manufacturer": "Sony"}, (), utc),
        ({"make": "samsung", "model": "SM-G991B"}, (), utc),
        ({"location": "+46.2044+006.1432/"}, (), utc),
        ({"encoder": "Lavf60.3.100"}, (), utc),  # OBS, FFmpeg recorders
    ]
    for meta, streams, want in cases:
        assert clock_reading(meta, streams) == want, meta
    camera = container_capture({"creation_time": "2022-06-01T13:05:00.000000Z", "make": "Sony"})
    assert camera == CaptureTime(datetime(2022, 6, 1, 13, 5), None, local)
    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2022-06-01T13:05:00+02:00"/>'
        "</rdf:RDF></x:xmpmeta>"
    )
    with_xmp = container_capture({"creation_time": "2022-06-01T13:05:00Z", "xmp": xmp})
    assert with_xmp == CaptureTime(datetime(2022, 6, 1, 13, 5), 120, TimeSource.XMP)
    # Matroska and WebM come from software (OBS, mkvmerge, FFmpeg): UTC, as their spec says.
    assert clock_reading({}, (), "matroska,webm") == utc
    assert clock_reading({}, (), "mov,mp4,m4a,3gp,3g2,mj2") == local
    # Tracks named by packaging software (here the corpus's MobiTV file) are UTC too.
    assert clock_reading({}, ({"handler_name": "MobiTV Video Media handler"},)) == utc
