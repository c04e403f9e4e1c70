"""Each preset, read back: sizes, orientation, progressive, sRGB and metadata policies."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from export_helpers import (
    EVENT,
    LENS_SERIAL,
    OWNER,
    SERIAL,
    entry_for,
    jpeg_bytes,
    settings,
    sha256,
)
from PIL import Image, ImageCms, IptcImagePlugin
from tests.conftest import CORPUS

from smparchive.core.export import (
    ORIGINALS,
    SOCIAL,
    THUMBNAILS,
    WEB,
    ExportEntry,
    ExportReport,
    ImageFormat,
    MetadataPolicy,
    Preset,
    custom_preset,
    plan_export,
    run_export,
)

CORPUS_ADOBE = CORPUS / "images/camera/exiftool-ExifTool.jpg"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
}


def xmp_values(packet: bytes) -> dict[str, list[str]]:
    """prefix:Property -> texts (list items or the simple value), parsed independently."""
    root = ET.fromstring(packet.split(b"<?xpacket end")[0].split(b"?>", 1)[1])
    reverse = {uri: prefix for prefix, uri in NS.items()}
    out: dict[str, list[str]] = {}
    for desc in root.iter(RDF + "Description"):
        for prop in desc:
            uri, local = prop.tag[1:].split("}")
            items = [li.text or "" for li in prop.iter(RDF + "li")]
            out[f"{reverse.get(uri, uri)}:{local}"] = items or [prop.text or ""]
    return out


def export_one(tmp_path: Path, preset: Preset, data: bytes | None = None, **kw: object):
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    path = src / "IMG_0001.JPG"
    path.write_bytes(data if data is not None else jpeg_bytes((2400, 1600)))
    entry = entry_for(path, "p1", **kw)
    out = tmp_path / f"out-{preset.name}"
    out.mkdir()
    report = run_export(plan_export([entry], settings(out, preset=preset), EVENT))
    return entry, report


def photo_files(report: ExportReport) -> list[Path]:
    return [report.payload_root / f.path for f in report.files]


def test_web_preset_size_orientation_progressive_and_publication_metadata(tmp_path: Path) -> None:
    _, report = export_one(tmp_path, WEB)
    (path,) = photo_files(report)
    raw = path.read_bytes()
    im = Image.open(path)
    # stored 2400x1600 with orientation 6: upright it is portrait, long edge 2048
    assert im.size == (1365, 2048)
    assert im.info.get("progressive") == 1
    rgb = im.convert("RGB")
    assert rgb.getpixel((im.width - 10, 10))[0] > 200  # the stored top-left marker is top-right
    assert rgb.getpixel((im.width - 10, 10))[1] < 60
    assert rgb.getpixel((10, 10))[1] > 0 or rgb.getpixel((10, 10))[0] < 200
    # sRGB profile embedded
    profile = ImageCms.ImageCmsProfile(io.BytesIO(im.info["icc_profile"]))
    assert "sRGB" in ImageCms.getProfileDescription(profile)
    # EXIF: orientation reset, device facts kept, everything identifying gone
    exif = im.getexif()
    assert exif[0x0112] == 1
    assert exif[0x010F] == "Canon"
    assert exif.get_ifd(0x8825) == {}
    sub = exif.get_ifd(0x8769)
    assert 0x829A in sub  # exposure time kept
    for tag in (0xA431, 0xA435, 0xA430, 0x9286, 0x927C):
        assert tag not in sub
    for secret in (SERIAL, LENS_SERIAL, OWNER, "private note"):
        assert secret.encode() not in raw
    # XMP: descriptive and rights fields in
    xmp = xmp_values(im.info["xmp"])
    assert "Keynote moment p1" in xmp["dc:title"]
    assert "Keynote-moment p1" in xmp["dc:title"]
    assert xmp["dc:description"] == ["The speaker answers a question"] * 2  # x-default + en
    assert (
        "A woman at a lectern gestures towards a slide" in xmp["Iptc4xmpCore:AltTextAccessibility"]
    )
    assert xmp["dc:creator"] == ["Ana Fotógrafa"]
    # the names agencies put there: "Photo:" typed in the catalogue is a label, not a name
    assert xmp["photoshop:Credit"] == ["Ana Fotógrafa / SMP"]
    assert xmp["dc:rights"] == ["© 2024 SMP Conference"]
    assert set(xmp["dc:subject"]) == {"keynote", "conference"}
    assert xmp["Iptc4xmpExt:Event"] == ["SMP Conference 2024"]
    assert xmp["lr:hierarchicalSubject"] == ["SMP 2024|Day 1|Keynote"]
    assert "Iptc4xmpExt:PersonInImage" not in xmp  # names of people shown stay out by default
    assert b"mwg-rs" not in raw and b"Regions" not in raw
    # IPTC-IIM mirrors the essentials
    iptc = IptcImagePlugin.getiptcinfo(im)
    assert iptc is not None
    assert iptc[(2, 5)] == b"Keynote moment p1"
    assert iptc[(2, 80)] == "Ana Fotógrafa".encode()
    assert iptc[(2, 110)] == "Ana Fotógrafa / SMP".encode()
    assert iptc[(2, 116)] == "© 2024 SMP Conference".encode()
    assert sorted(iptc[(2, 25)]) == [b"conference", b"keynote"]
    # the manifest row describes the file that was written
    (row,) = report.files
    assert row.sha256 == sha256(path) and row.size == len(raw)


def test_strip_all_leaves_no_exif_xmp_or_iptc(tmp_path: Path) -> None:
    preset = custom_preset(800, metadata=MetadataPolicy.STRIP_ALL)
    _, report = export_one(tmp_path, preset)
    (path,) = photo_files(report)
    im = Image.open(path)
    assert max(im.size) == 800
    assert "exif" not in im.info and "xmp" not in im.info and "comment" not in im.info
    assert IptcImagePlugin.getiptcinfo(im) is None
    assert {marker for marker, _ in im.applist} <= {"APP0", "APP2"}  # JFIF + ICC only
    raw = path.read_bytes()
    for secret in (SERIAL, "Canon", "Ana Fot", "keynote"):
        assert secret.encode() not in raw


def test_keep_all_keeps_gps_and_serial_but_applies_orientation(tmp_path: Path) -> None:
    preset = custom_preset(1000, metadata=MetadataPolicy.KEEP_ALL)
    _, report = export_one(tmp_path, preset)
    (path,) = photo_files(report)
    im = Image.open(path)
    exif = im.getexif()
    assert im.size == (667, 1000)
    assert exif[0x0112] == 1
    assert exif.get_ifd(0x8825)[1] == "N"
    assert exif.get_ifd(0x8769)[0xA431] == SERIAL


def test_thumbnails_are_small_and_baseline(tmp_path: Path) -> None:
    _, report = export_one(tmp_path, THUMBNAILS)
    (path,) = photo_files(report)
    im = Image.open(path)
    assert im.size == (267, 400)
    assert "progressive" not in im.info


def test_originals_are_byte_identical_and_verified(tmp_path: Path) -> None:
    entry, report = export_one(tmp_path, ORIGINALS)
    (path,) = photo_files(report)
    assert path.read_bytes() == entry.source.read_bytes()
    assert report.files[0].sha256 == entry.sha256
    assert path.suffix == ".jpg"


@pytest.mark.parametrize(
    ("focus", "marker_visible"), [(None, False), ((0.97, 0.5), True)], ids=["centre", "focus"]
)
def test_social_crops_follow_the_focus_point(
    tmp_path: Path, focus: tuple[float, float] | None, marker_visible: bool
) -> None:
    im = Image.new("RGB", (3200, 1800), (255, 255, 255))
    im.paste((255, 0, 0), (3000, 800, 3200, 1000))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=95)
    _, report = export_one(tmp_path, SOCIAL, buf.getvalue(), focus=focus, width=3200, height=1800)
    sizes = {f.variant: Image.open(report.payload_root / f.path).size for f in report.files}
    assert sizes == {"1x1": (1080, 1080), "4x5": (1080, 1350), "16x9": (1080, 608)}
    square = next(f for f in report.files if f.variant == "1x1")
    assert Path(square.path).name.endswith("-1x1.jpg")
    pixel = Image.open(report.payload_root / square.path).convert("RGB").getpixel((1050, 540))
    assert (pixel[1] < 80) is marker_visible


def test_embedded_adobe_rgb_is_converted_to_srgb(tmp_path: Path) -> None:
    if not CORPUS_ADOBE.exists():
        pytest.skip("corpus file with an Adobe RGB profile is not available")
    icc = Image.open(CORPUS_ADOBE).info["icc_profile"]
    colour = (100, 150, 200)
    im = Image.new("RGB", (600, 400), colour)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=100, subsampling=0, icc_profile=icc)
    _, report = export_one(tmp_path, WEB, buf.getvalue())
    out = Image.open(photo_files(report)[0])
    assert "sRGB" in ImageCms.getProfileDescription(
        ImageCms.ImageCmsProfile(io.BytesIO(out.info["icc_profile"]))
    )
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), colour),
        ImageCms.ImageCmsProfile(io.BytesIO(icc)),
        ImageCms.createProfile("sRGB"),
    ).getpixel((0, 0))
    got = out.convert("RGB").getpixel((300, 200))
    assert max(abs(a - b) for a, b in zip(got, colour, strict=True)) > 10  # really converted
    assert max(abs(a - b) for a, b in zip(got, expected, strict=True)) <= 4


@pytest.mark.parametrize("fmt", [ImageFormat.WEBP, ImageFormat.PNG])
def test_custom_formats_carry_publication_xmp(tmp_path: Path, fmt: ImageFormat) -> None:
    _, report = export_one(tmp_path, custom_preset(500, fmt=fmt, quality=70))
    (path,) = photo_files(report)
    assert path.suffix == f".{fmt.extension}"
    im = Image.open(path)
    assert im.format == fmt.name
    assert max(im.size) == 500
    xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    assert xmp
    packet = xmp if isinstance(xmp, bytes) else xmp.encode()
    assert "Keynote moment p1" in xmp_values(packet)["dc:title"]
    assert SERIAL.encode() not in path.read_bytes()
    assert im.getexif().get_ifd(0x8825) == {}


def test_iim_cut_keeps_whole_characters() -> None:
    from smparchive.core.export.metadata import iim_cut

    assert iim_cut("Pause café".encode(), 64) == "Pause café".encode()
    assert iim_cut("Zürich 🇨🇭".encode(), 64) == "Zürich 🇨🇭".encode()
    assert iim_cut("éé".encode(), 3) == "é".encode()  # cut: a whole code point, never half
    assert iim_cut("a🇨🇭".encode(), 6) == "a🇨".encode()


def test_exif_times_follow_the_catalogue_without_inventing_a_zone() -> None:
    """A time read from XMP, zone unknown: the dates say it, no offset, no stale parts."""
    from smparchive.core.export.metadata import ImageMetadata, exif_bytes

    written = Image.Exif()
    written[0x0132] = "2024:05:14 10:15:00"  # ModifyDate
    written[0x8769] = {0x9003: "2024:05:14 10:15:00", 0x9291: "42", 0x9010: "+05:00"}
    source = Image.Exif()
    source.load(written.tobytes())
    meta = ImageMetadata(
        MetadataPolicy.PUBLICATION, taken="2024:05:14 11:15:00", taken_from_exif=False
    )
    out = Image.Exif()
    out.load(exif_bytes(source, meta))
    sub = out.get_ifd(0x8769)
    assert sub[0x9003] == sub[0x9004] == "2024:05:14 11:15:00"
    assert not {0x9010, 0x9011, 0x9012, 0x9290, 0x9291, 0x9292} & set(sub)
    assert 0x0132 in out  # shifted with DateTimeOriginal by the same hour
    assert out[0x0132] == "2024:05:14 11:15:00"


def _zone_less(tmp_path: Path) -> ExportEntry:
    """A photo read from EXIF without an offset, in a catalogue with no event zone."""
    from dataclasses import replace
    from datetime import UTC, datetime

    path = tmp_path / "p.jpg"
    Image.new("RGB", (8, 8)).save(path)
    return replace(
        entry_for(path, "p1"),
        capture=datetime(2024, 5, 14, 10, 15, tzinfo=UTC),
        time_source="exif",
        capture_zone_known=False,
    )


def test_no_zone_known_no_utc_claimed_in_xmp_or_iptc(tmp_path: Path) -> None:
    """Neither the file nor the event gives a zone: XMP DateCreated says the camera's clock
    without an offset, IPTC its date alone (IIM's TimeCreated must have an offset); both
    said '+00:00', which claimed the photo was taken in UTC."""
    from dataclasses import replace

    from smparchive.core.export.metadata import iptc_segment, xmp_fields

    entry = _zone_less(tmp_path)
    assert xmp_fields(entry, "en", False).date_created == "2024-05-14T10:15:00"
    segment = iptc_segment(entry, "en")
    assert b"\x1c\x02\x37\x00\x0820240514" in segment  # DateCreated
    assert b"\x1c\x02\x3c" not in segment and b"+0000" not in segment  # no TimeCreated
    known = replace(entry, capture_zone_known=True)
    assert xmp_fields(known, "en", False).date_created == "2024-05-14T10:15:00+00:00"
    assert b"101500+0000" in iptc_segment(known, "en")


def test_no_zone_known_no_utc_claimed_in_the_manifest_or_feed(tmp_path: Path) -> None:
    """The manifest's date follows XMP (no offset when none is known); the JSON feed, whose
    dates must have one, leaves the date out rather than claim UTC."""
    from dataclasses import replace

    from smparchive.core.export.cms import json_feed
    from smparchive.core.export.manifest import row_for

    entry = _zone_less(tmp_path)
    row = row_for(entry, "p.jpg", "image/jpeg", "en")
    assert row.date == "2024-05-14T10:15:00"
    assert "date_published" not in json_feed([row], None, "en").decode()
    known = row_for(replace(entry, capture_zone_known=True), "p.jpg", "image/jpeg", "en")
    assert known.date == "2024-05-14T10:15:00+00:00"
    feed = json_feed([known], None, "en").decode()
    assert '"date_published": "2024-05-14T10:15:00+00:00"' in feed
