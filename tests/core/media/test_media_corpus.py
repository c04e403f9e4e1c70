"""Every real-world corpus file gets the outcome its MANIFEST expects, and known facts hold."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from smparchive.core.media.info import Kind, Outcome, TimeSource
from smparchive.core.media.probe import ProbeResult, make_thumbnails, probe_file

Probed = Callable[[str], ProbeResult]


def test_outcome_matches_manifest(probed: Probed, manifest_row: dict[str, str]) -> None:
    row = manifest_row
    result = probed(row["path"])
    expected = row["outcome"]
    assert result.info.outcome == expected, result.info.problems
    if expected == "ok" or row["pictured"]:  # a partial picture keeps its warning
        assert result.thumbnail is not None
        with Image.open(io.BytesIO(result.thumbnail)) as thumb:
            assert thumb.format == "JPEG"
            assert max(thumb.size) <= 256
    else:
        assert result.thumbnail is None
    if expected != "ok":
        assert result.info.problems, "a warning or error must say why"
    assert result.sha256 == row["sha256"]


def test_separate_thumbnails_agree_with_manifest(
    corpus: Path, probed: Probed, manifest_row: dict[str, str]
) -> None:
    row = manifest_row
    kind = probed(row["path"]).info.kind
    thumbs = make_thumbnails(corpus / row["path"], kind, [256, 96])
    assert set(thumbs) == {256, 96}
    if row["outcome"] == "ok" or row["pictured"]:
        assert thumbs[256] is not None and thumbs[96] is not None
    else:
        assert thumbs[256] is None and thumbs[96] is None


def _thumb(result: ProbeResult) -> Image.Image:
    assert result.thumbnail is not None
    return Image.open(io.BytesIO(result.thumbnail)).convert("L")


def _difference(a: Image.Image, b: Image.Image) -> float:
    return ImageStat.Stat(ImageChops.difference(a, b.resize(a.size))).mean[0]


@pytest.mark.parametrize("orientation", [2, 3, 4, 5, 6, 7, 8])
def test_orientation_is_applied_to_thumbnails(
    corpus: Path, probed: Probed, orientation: int
) -> None:
    upright = _thumb(probed("images/orientation/pillow-hopper.jpg"))
    result = probed(f"images/orientation/pillow-hopper_orientation_{orientation}.jpg")
    assert result.info.orientation == orientation
    oriented = _thumb(result)
    # The stored pixels differ from the upright picture; the thumbnail must not.
    with Image.open(
        corpus / f"images/orientation/pillow-hopper_orientation_{orientation}.jpg"
    ) as raw:
        assert _difference(upright, raw.convert("L")) > 20
    assert _difference(upright, oriented) < 8


def test_pentax_orientation_8_swaps_thumbnail_dimensions(probed: Probed) -> None:
    result = probed("images/orientation/pillow-xmp_tags_orientation.png")
    assert result.info.orientation == 3  # orientation from XMP only
    rotated = probed("images/unusual/heif-RGB_16__29x100.png")
    assert (rotated.info.width, rotated.info.height) == (29, 100)
    pentax = probed("images/camera/exiftool-Pentax.jpg")
    assert pentax.info.orientation == 8


def test_png_exif_orientation_read_via_pillow(probed: Probed) -> None:
    result = probed("images/orientation/pillow-exif_imagemagick_orientation.png")
    assert result.info.orientation == 3


def test_jpeg_without_exif_defaults_to_orientation_1(probed: Probed) -> None:
    info = probed("images/orientation/pillow-hopper.jpg").info
    assert info.orientation == 1
    assert info.capture is None


@pytest.mark.parametrize(
    ("rel", "make", "model"),
    [
        ("images/camera/exiftool-Canon.jpg", "Canon", "Canon EOS DIGITAL REBEL"),
        ("images/camera/exiftool-Nikon.jpg", "NIKON", "E775"),
        ("images/camera/exiftool-NikonD2Hs.jpg", "NIKON CORPORATION", "NIKON D2Hs"),
        ("images/camera/exiftool-Pentax.jpg", "PENTAX Corporation", "PENTAX K10D"),
        ("images/camera/exiftool-Apple.jpg", "Apple", "iPhone 7"),
        ("heic/heif-xiaomi.heic", "Xiaomi", "M2012K11AG"),
    ],
)
def test_camera_make_and_model(probed: Probed, rel: str, make: str, model: str) -> None:
    info = probed(rel).info
    assert (info.camera_make, info.camera_model) == (make, model)


def test_canon_capture_time_is_local_without_offset(probed: Probed) -> None:
    capture = probed("images/camera/exiftool-Canon.jpg").info.capture
    assert capture is not None
    assert capture.local == datetime(2003, 12, 4, 6, 46, 52)
    assert capture.offset_minutes is None and capture.source is TimeSource.EXIF_LOCAL


def test_gps_coordinates_in_decimal_degrees(probed: Probed) -> None:
    info = probed("images/camera/exiftool-GPS.jpg").info
    assert info.gps_lat == pytest.approx(54 + 59.38 / 60, abs=1e-6)
    assert info.gps_lon == pytest.approx(-(1 + 54.85 / 60), abs=1e-6)
    apple = probed("images/camera/exiftool-Apple.jpg").info
    assert apple.gps_lat == pytest.approx(53.38, abs=0.01) and apple.gps_alt is not None


def test_empty_gps_ifd_gives_no_coordinates(probed: Probed) -> None:
    info = probed("images/broken/pillow-empty_gps_ifd.jpg").info
    assert info.gps_lat is None and info.gps_lon is None
    assert info.orientation == 6


def test_iptc_and_xmp_text_fields(probed: Probed) -> None:
    info = probed("images/camera/exiftool-ExifTool.jpg").info
    assert info.title == {"x-default": "Test IPTC picture"}
    assert "XMP" in info.keywords and "ExifTool" in info.keywords
    assert info.creator == "Phil Harvey"
    assert info.credit_line == "My Credit"


def test_heic_with_exif_that_breaks_exifread(probed: Probed) -> None:
    """exifread raises on its EXIF, Pillow reads it whole: the camera, lens and time are
    the file's, so no warning says its camera information was damaged and skipped (the
    inspector showed both, and the corpus expects it catalogued normally)."""
    result = probed("heic/heif-L_exif_xmp_iptc.heic")
    assert result.info.camera_make == "SONY"
    assert not any("camera information (EXIF)" in p for p in result.info.problems)


def test_heic_embedded_thumbnail_and_gps(probed: Probed) -> None:
    info = probed("heic/heif-xiaomi.heic").info
    assert (info.width, info.height) == (2592, 1944)
    assert info.gps_lat == pytest.approx(47.2272889, abs=1e-5)


def test_heic_with_several_images_is_pictured_by_its_primary_image(
    corpus: Path, probed: Probed
) -> None:
    """zPug_3 holds a colour pug first and the primary (grey) pug second: viewers and the
    export show the primary one, so the catalogue's thumbnail must too."""
    import pillow_heif

    primary = pillow_heif.open_heif(corpus / "heic/heif-zPug_3.heic")
    assert primary.primary_index == 1 and primary[1].mode == "L"
    thumb = Image.open(io.BytesIO(probed("heic/heif-zPug_3.heic").thumbnail or b""))
    r, g, b = thumb.convert("RGB").split()
    assert ImageStat.Stat(ImageChops.difference(r, b)).extrema[0][1] <= 2  # grey
    assert ImageStat.Stat(ImageChops.difference(r, g)).extrema[0][1] <= 2


def test_decompression_bomb_is_an_error(probed: Probed) -> None:
    info = probed("images/broken/pillow-decompression_bomb.gif").info
    assert info.outcome is Outcome.ERROR
    assert "could exhaust the memory" in info.problems[0]


def test_truncated_pixels_keep_metadata(probed: Probed) -> None:
    info = probed("images/unusual/pillow-ultrahdr.jpg").info
    assert info.outcome is Outcome.WARNING
    assert info.width and info.height
    assert any("cut short" in p for p in info.problems)


def test_112_page_pdf_is_a_slide_deck(probed: Probed) -> None:
    info = probed("pdf/odf-2014 - ODF Plugfest - Collaborated Editing on ODF.pdf").info
    assert info.page_count == 112
    assert info.kind is Kind.SLIDES
    assert info.title == {"x-default": "The Silver Bullet:ODF 1.3 Change Tracking"}
    assert info.text and "ODF" in info.text


def test_portrait_pdf_is_a_document(probed: Probed) -> None:
    info = probed("pdf/fc-govdocs1-032270.pdf").info
    assert info.kind is Kind.DOCUMENT and info.page_count == 1
    assert info.creator == "Department of Veterans Affairs"
    assert info.capture is not None and info.capture.source is TimeSource.DOCUMENT


def test_encrypted_pdf_needs_password(probed: Probed) -> None:
    info = probed("pdf/pypdf-r6-user-password.pdf").info
    assert info.outcome is Outcome.WARNING
    assert "password" in info.problems[0]


def test_odp_slide_count_titles_and_notes(probed: Probed) -> None:
    info = probed("slides/odf-2014 - ODF Plugfest - Collaborated Editing on ODF.odp").info
    assert info.page_count == 56
    assert len(info.slide_titles) == 56
    assert info.slide_titles[0] == "Collaborated Editing on ODF"
    assert info.notes and info.text


def test_pptx_titles_and_text(probed: Probed) -> None:
    info = probed("slides/pptx-test.pptx").info
    assert info.kind is Kind.SLIDES and info.format == "PPTX"
    assert info.page_count == 1
    assert info.slide_titles == ["Presentation Title Text"]
    assert info.text and "Presentation Title Text" in info.text


def test_pptx_without_slides_still_catalogued(probed: Probed) -> None:
    info = probed("slides/pptx-minimal.pptx").info
    assert info.page_count == 0 and info.outcome is Outcome.OK


def test_video_facts(probed: Probed) -> None:
    info = probed("video/mp4ff-prog_8s.mp4").info
    assert info.kind is Kind.VIDEO
    assert info.duration_s == pytest.approx(8.07, abs=0.05)
    assert (info.width, info.height) == (640, 360)
    assert info.video_codec == "h264" and info.audio_codec == "aac"
    assert info.frame_rate == pytest.approx(30.0)
    assert info.capture is not None
    assert info.capture.offset_minutes == 0 and info.capture.source is TimeSource.CONTAINER_UTC
    assert info.capture.local == datetime(2020, 8, 19, 9, 55, 4)


def test_audio_only_mp4_is_audio_with_warning(probed: Probed) -> None:
    info = probed("video/mp4ff-bbb5s_aac_sidx.mp4").info
    assert info.kind is Kind.AUDIO and info.audio_codec == "aac"
    assert info.outcome is Outcome.WARNING


def test_probing_changes_no_corpus_file(corpus: Path) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and "LICENSES" not in p.parts)
    files = [p for p in files if p.name != "MANIFEST.csv" and p.suffix != ".md"]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_size) for p in files}
    for path in files:
        probe_file(path, thumbnail_sizes=(256, 1600))
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_size) for p in files}
    assert before == after
    assert not [
        p
        for p in corpus.rglob("*")
        if p.is_file()
        and p not in before
        and "LICENSES" not in p.parts
        and p.name != "MANIFEST.csv"
        and p.suffix != ".md"
    ]
