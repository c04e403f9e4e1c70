"""Photo probing on generated files: EXIF facts, orientation, modes, XMP and sidecars."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from smparchive.core.media import photo
from smparchive.core.media.info import Kind, Outcome, TimeSource
from smparchive.core.media.probe import make_thumbnails, probe_file
from smparchive.core.media.xmp import XmpFields, build_xmp


def _exif(**ifd0: object) -> Image.Exif:
    exif = Image.Exif()
    for tag, value in ifd0.items():
        exif[int(tag[1:], 16)] = value
    return exif


def _save_jpeg(
    path: Path, size: tuple[int, int], exif: Image.Exif | None = None, **kw: object
) -> None:
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    im.paste((255, 0, 0), (0, 0, size[0] // 4, size[1] // 4))  # a red top-left corner
    im.save(path, "JPEG", quality=85, exif=exif or Image.Exif(), **kw)


def _size(data: bytes | None) -> tuple[int, int]:
    assert data is not None
    with Image.open(io.BytesIO(data)) as im:
        return im.size


def test_exif_capture_offset_camera_lens_serial_gps(tmp_path: Path) -> None:
    exif = _exif(x010F="Canon", x0110="Canon EOS R6", x0112=1)
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:05:17 14:03:22"
    sub[0x9011] = "+02:00"
    sub[0x9291] = "45"
    sub[0xA431] = "012345678901"
    sub[0xA434] = "RF24-105mm F4 L IS USM"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S", 2: (33.0, 51.0, 54.0), 3: "E", 4: (151.0, 12.0, 36.0), 5: b"\x00", 6: 12.5})
    path = tmp_path / "cam.jpg"
    _save_jpeg(path, (300, 200), exif)
    info = probe_file(path).info
    assert info.outcome is Outcome.OK, info.problems
    assert (info.camera_make, info.camera_model) == ("Canon", "Canon EOS R6")
    assert info.camera_serial == "012345678901"
    assert info.lens == "RF24-105mm F4 L IS USM"
    assert info.capture is not None
    assert info.capture.local == datetime(2024, 5, 17, 14, 3, 22, 450000)
    assert info.capture.offset_minutes == 120
    assert info.capture.source is TimeSource.EXIF_OFFSET
    assert info.gps_lat == pytest.approx(-(33 + 51 / 60 + 54 / 3600), abs=1e-6)
    assert info.gps_lon == pytest.approx(151 + 12 / 60 + 36 / 3600, abs=1e-6)
    assert info.gps_alt == pytest.approx(12.5)


def test_orientation_6_rotates_thumbnail_and_preview(tmp_path: Path) -> None:
    path = tmp_path / "portrait.jpg"
    _save_jpeg(path, (2000, 1500), _exif(x0112=6))
    result = probe_file(path)
    assert (result.info.width, result.info.height) == (2000, 1500)  # as stored
    assert result.info.orientation == 6
    assert _size(result.thumbnail) == (192, 256)
    thumbs = make_thumbnails(path, Kind.PHOTO, [256, 1600])
    assert _size(thumbs[256]) == (192, 256)
    assert _size(thumbs[1600]) == (1200, 1600)
    with Image.open(io.BytesIO(thumbs[256] or b"")) as im:
        # The red corner was top-left as stored; rotated 90° clockwise it is top-right.
        r, g, _ = im.convert("RGB").getpixel((im.width - 5, 5))
        assert r > 200 and g < 60


@pytest.mark.parametrize(
    ("mode", "fmt", "suffix"),
    [
        ("CMYK", "JPEG", ".jpg"),
        ("I;16", "PNG", ".png"),
        ("P", "GIF", ".gif"),
        ("RGBA", "PNG", ".png"),
        ("LA", "PNG", ".png"),
        ("1", "TIFF", ".tif"),
        ("RGB", "WEBP", ".webp"),
    ],
)
def test_modes_become_rgb_thumbnails(tmp_path: Path, mode: str, fmt: str, suffix: str) -> None:
    base = Image.linear_gradient("L").resize((320, 160))
    if mode == "I;16":
        im = base.convert("I").point(lambda v: v * 256).convert("I;16")
    elif mode == "1":
        im = base.convert("1")
    else:
        im = base.convert("RGB").convert(mode)
    path = tmp_path / f"img{suffix}"
    im.save(path, fmt)
    result = probe_file(path)
    assert result.info.outcome is Outcome.OK, result.info.problems
    assert result.thumbnail is not None
    with Image.open(io.BytesIO(result.thumbnail)) as thumb:
        assert thumb.mode == "RGB" and thumb.size == (256, 128)
        low, high = thumb.convert("L").getextrema()
        assert high - low > 100  # 16-bit data was scaled, not clipped to white


def test_animated_gif_and_multipage_tiff_use_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (80, 40), c) for c in ((250, 0, 0), (0, 250, 0), (0, 0, 250))]
    gif, tif = tmp_path / "anim.gif", tmp_path / "pages.tif"
    frames[0].save(gif, save_all=True, append_images=frames[1:], duration=100)
    frames[0].save(tif, save_all=True, append_images=frames[1:])
    for path in (gif, tif):
        result = probe_file(path)
        with Image.open(io.BytesIO(result.thumbnail or b"")) as thumb:
            r, g, b = thumb.convert("RGB").getpixel((10, 10))
            assert r > 200 and g < 60 and b < 60
    assert probe_file(tif).info.page_count == 3


def test_sidecar_beats_embedded_xmp(tmp_path: Path) -> None:
    embedded = build_xmp(XmpFields(title={"x-default": "embedded"}, rating=2, subject=["a"]))
    path = tmp_path / "talk.jpg"
    _save_jpeg(path, (64, 48), xmp=embedded)
    info = probe_file(path).info
    assert info.title == {"x-default": "embedded"} and info.rating == 2
    assert info.sidecar_path is None

    sidecar = tmp_path / "talk.jpg.xmp"
    sidecar.write_bytes(
        build_xmp(
            XmpFields(title={"x-default": "sidecar", "fr": "à côté"}, rating=-1),
            packet_wrapper=False,
        )
    )
    info = probe_file(path).info
    assert info.title == {"x-default": "sidecar", "fr": "à côté"}
    assert info.rating == -1
    assert info.keywords == ["a"]  # still from the embedded packet
    assert info.sidecar_path == str(sidecar)


def test_name_xmp_sidecar_and_broken_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "shot.jpg"
    _save_jpeg(path, (64, 48))
    (tmp_path / "shot.xmp").write_bytes(b"<x:xmpmeta><broken")
    info = probe_file(path).info
    assert info.outcome is Outcome.OK
    assert info.sidecar_path is None
    assert any("sidecar" in p for p in info.problems)
    (tmp_path / "shot.xmp").write_bytes(build_xmp(XmpFields(label="Blue")))
    assert probe_file(path).info.color_label == "blue"


def test_large_photo_is_streamed_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    path = tmp_path / "big.jpg"
    _save_jpeg(path, (400, 300))
    monkeypatch.setattr(photo, "READ_CAP", 10)
    result = probe_file(path)
    assert result.info.outcome is Outcome.OK
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.thumbnail is not None


def test_embedded_exif_thumbnail_is_kept(probed) -> None:  # type: ignore[no-untyped-def]
    thumb = probed("heic/heif-xiaomi.heic").info.embedded_thumbnail
    assert thumb is not None and thumb.startswith(b"\xff\xd8")
    assert max(_size(thumb)) >= 64
