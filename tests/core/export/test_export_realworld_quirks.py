"""Real-world photo quirks found by exporting the real-world corpus: stereo MPOs, damaged
EXIF, damaged pixels and decoder errors Pillow raises on fuzzed files."""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from pathlib import Path
from urllib.parse import quote

import pytest
from export_helpers import EVENT, entry_for, settings
from PIL import Image, ImageChops, ImageStat

from smparchive.core.export import ORIGINALS, WEB, plan_export, run_export
from smparchive.core.export import imaging as imaging_mod


def noise(size: tuple[int, int]) -> Image.Image:
    im = Image.effect_noise(size, 40).convert("RGB")
    im.paste((255, 0, 0), (0, 0, size[0] // 8, size[1] // 8))
    return im


def mean_diff(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def export_file(tmp_path: Path, name: str, data: bytes, mime: str):
    src = tmp_path / "src"
    src.mkdir()
    path = src / name
    path.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir()
    entry = entry_for(path, "p1", mime=mime, orientation=1)
    s = settings(out, preset=WEB, web_page=True, page_url="https://media.example.org/")
    return run_export(plan_export([entry], s, EVENT))


def test_mpo_photos_are_rendered_not_copied_with_their_gps(tmp_path: Path) -> None:
    """Stereo and multi-picture JPEGs (.mpo, Nintendo 3DS, many phones) are JPEGs to Pillow:
    a web export must resize them and drop GPS, not copy the original with a warning."""
    stored = noise((900, 600))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 8.0), 3: "E", 4: (4.0, 53.0, 42.0)}
    buf = io.BytesIO()
    stored.save(
        buf, "MPO", save_all=True, append_images=[stored.copy()], exif=exif.tobytes(), quality=95
    )
    report = export_file(tmp_path, "DSC_0001.MPO", buf.getvalue(), "image/mpo")
    assert not report.problems and not report.warnings
    (row,) = report.files
    assert row.path.endswith(".jpg")
    web = Image.open(report.payload_root / row.path)
    assert web.format == "JPEG" and web.size == (600, 900)  # upright
    assert not web.getexif().get_ifd(0x8825)
    upright = stored.transpose(Image.Transpose.ROTATE_270)
    assert mean_diff(web, upright) < 6.0


def test_a_photo_with_damaged_exif_exports_without_it(tmp_path: Path) -> None:
    """The catalogue keeps such a photo (with a warning) and thumbnails it; the export used
    to crash on Pillow's SyntaxError from the EXIF parser, stopping the whole export."""
    stored = noise((300, 200))
    buf = io.BytesIO()
    stored.save(buf, "PNG")
    png = buf.getvalue()
    damaged = png[:33] + png_chunk(b"eXIf", b"\x00\x00\x00") + png[33:]  # after IHDR
    report = export_file(tmp_path, "scan.png", damaged, "image/png")
    assert not report.problems
    (row,) = report.files
    web = Image.open(report.payload_root / row.path)
    assert web.size == (300, 200)
    assert mean_diff(web, stored) < 6.0


def test_a_png_whose_pixels_do_not_decode_is_reported_not_exported_half_black(
    tmp_path: Path,
) -> None:
    """Pillow's PNG EXIF reader decodes the pixels, and after a failed decode it treats the
    image as loaded: the damage must still be reported, not a half-black photo published."""
    stored = noise((128, 128))
    buf = io.BytesIO()
    stored.save(buf, "PNG", compress_level=1)
    png = buf.getvalue()
    idat = png.index(b"IDAT")
    length = struct.unpack(">I", png[idat - 4 : idat])[0]
    body = png[idat + 4 : idat + 4 + length]
    body = body[: length // 2] + bytes(range(256)) * 4 + body[length // 2 + 1024 :]
    damaged = png[: idat - 4] + png_chunk(b"IDAT", body) + png[idat + 8 + length :]
    report = export_file(tmp_path, "broken.png", damaged, "image/png")
    assert [f for f in report.files if f.kind == "photo"] == []
    (problem,) = report.problems
    assert "cannot be rendered" in problem.message


def test_an_unexpected_decoder_error_is_one_problem_not_a_failed_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pillow raises TypeError, SyntaxError, struct.error ... on fuzzed files: one photo's
    decoder error is that photo's problem; the rest of the export goes out."""

    def broken(*_args: object) -> Image.Image:
        raise TypeError("Missing dimensions")

    monkeypatch.setattr(imaging_mod, "_decode", broken)
    stored = noise((300, 200))
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=90)
    report = export_file(tmp_path, "IMG_0001.JPG", buf.getvalue(), "image/jpeg")
    assert report.files == ()
    (problem,) = report.problems
    # the decoder's own words go to the log, the person reads plain ones
    assert "cannot be rendered" in problem.message and "it may be damaged" in problem.message


def test_originals_with_a_page_still_copy_a_photo_whose_preview_fails(tmp_path: Path) -> None:
    """An originals export copies bytes; a truncated photo (catalogued with a warning, no
    thumbnail) only lacks its page preview. It used to be left out with --page only."""
    buf = io.BytesIO()
    noise((600, 400)).save(buf, "JPEG", quality=90, progressive=True)
    truncated = buf.getvalue()[: len(buf.getvalue()) // 2]
    src = tmp_path / "src"
    src.mkdir()
    (src / "cut.jpg").write_bytes(truncated)
    out = tmp_path / "out"
    out.mkdir()
    entry = entry_for(src / "cut.jpg", "p1", orientation=1)
    plan = plan_export([entry], settings(out, preset=ORIGINALS, web_page=True), EVENT)
    report = run_export(plan)
    assert not report.problems
    (row,) = report.files
    assert (report.payload_root / row.path).read_bytes() == truncated
    page = (report.payload_root / "index.html").read_text("utf-8")
    assert quote(row.path) in page and "assets/previews" not in page


@pytest.mark.parametrize("fmt", ["PNG", "TIFF"])
def test_16_bit_grey_scans_keep_their_tones(tmp_path: Path, fmt: str) -> None:
    """16-bit greyscale (scanners, document archives) opens as I;16: Pillow's convert()
    clips it at 255, so every tone above black came out white."""
    ramp = Image.linear_gradient("L").resize((256, 128)).transpose(Image.Transpose.ROTATE_90)
    deep = Image.frombytes("I;16", ramp.size, bytes(b for v in ramp.tobytes() for b in (v, v)))
    buf = io.BytesIO()
    deep.save(buf, fmt)
    assert Image.open(io.BytesIO(buf.getvalue())).mode.startswith("I;16")
    report = export_file(tmp_path, f"scan.{fmt.lower()}", buf.getvalue(), f"image/{fmt.lower()}")
    assert not report.problems
    (row,) = report.files
    web = Image.open(report.payload_root / row.path)
    assert web.size == ramp.size
    assert mean_diff(web, ramp) < 2.0  # v * 257 / 257: the same 8-bit tones


def test_pillow_warnings_about_damaged_files_do_not_reach_the_terminal(tmp_path: Path) -> None:
    """Pillow warns (UserWarning) about corrupt EXIF or malformed MPO headers; the CLI
    printed those Python warnings among its own output. The photo is exported regardless."""
    buf = io.BytesIO()
    corrupt = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff\x01"
    noise((300, 200)).save(buf, "JPEG", quality=90, exif=corrupt)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = export_file(tmp_path, "IMG_0002.JPG", buf.getvalue(), "image/jpeg")
    assert not report.problems and len(report.files) == 1
    assert [str(w.message) for w in caught if issubclass(w.category, UserWarning)] == []


def test_a_raw_photo_is_left_out_of_a_publication_export_not_copied_with_its_gps(
    tmp_path: Path,
) -> None:
    """A RAW file cannot be resized; copying it would publish the camera's GPS and serial."""
    from smparchive.core.export import MetadataPolicy

    raw = tmp_path / "IMG_0001.CR2"
    raw.write_bytes(b"II*\x00" + b"\x00" * 64)
    entry = entry_for(raw, "raw1", mime="image/x-canon-cr2")
    plan = plan_export([entry], settings(tmp_path, preset=WEB), EVENT)
    assert plan.items == ()
    assert any("IMG_0001.CR2" in w and "left out" in w for w in plan.warnings)
    kept = settings(tmp_path, preset=WEB, metadata=MetadataPolicy.KEEP_ALL)
    plan = plan_export([entry], kept, EVENT)
    (item,) = plan.items
    assert [o.action.value for o in item.outputs] == ["copy"]
