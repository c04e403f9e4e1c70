"""The thumbnail stage's own JPEG path (``make_thumbnails`` / ``render_thumbnails``): the
same pictures and the same verdicts as the probe, from one read and one reduced decode."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
import simplejpeg
from PIL import Image, ImageChops, ImageStat

from smparchive.core.media.info import Kind
from smparchive.core.media.probe import make_thumbnails, probe_file, render_thumbnails
from smparchive.core.media.xmp import XmpFields, build_xmp


def _photo(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """Noise over a gradient (a camera-like, large entropy-coded stream), a red top-left
    corner to tell which way is up."""
    w, h = size
    grey = Image.linear_gradient("L").resize(size)
    noise = Image.effect_noise(size, 40)
    im = Image.merge("RGB", (ImageChops.add(grey, noise, scale=2), grey, noise))
    im.paste((255, 0, 0), (0, 0, w // 4, h // 4))
    return im.convert(mode) if mode != "RGB" else im


def _save(path: Path, im: Image.Image, orientation: int = 1, **kw: object) -> Path:
    exif = Image.Exif()
    exif[0x0112] = orientation
    im.save(path, "JPEG", quality=90, exif=exif, **kw)
    return path


def _open(data: bytes | None) -> Image.Image:
    assert data is not None
    im = Image.open(io.BytesIO(data))
    im.load()
    return im.convert("RGB")


def _state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def test_truncated_jpeg_has_its_partial_picture_and_says_why(tmp_path: Path) -> None:
    whole = _save(tmp_path / "whole.jpg", _photo((1600, 1200)))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = _state(cut)
    made = render_thumbnails(cut, Kind.PHOTO, [256])
    assert _open(made.images[256]).size == (256, 192)  # the decoded part, grey below
    assert made.problem is not None and "truncated" in made.problem
    assert _state(cut) == before  # the original is never written
    assert render_thumbnails(whole, Kind.PHOTO, [256]).images  # the whole file is fine


def test_harmless_decoder_complaint_keeps_the_picture(tmp_path: Path) -> None:
    """Stray bytes before the scan: libjpeg complains, Pillow shows the picture (as viewers
    do); the stage's strict fast decoder hands such files to Pillow."""
    data = _save(tmp_path / "ok.jpg", _photo((800, 600))).read_bytes()
    sos = data.index(b"\xff\xda")
    odd = tmp_path / "stray.jpg"
    odd.write_bytes(data[:sos] + b"\x00\x00" + data[sos:])
    with pytest.raises(ValueError):  # the fast path really is declined for this file
        simplejpeg.decode_jpeg(odd.read_bytes(), "RGB", strict=True)
    made = render_thumbnails(odd, Kind.PHOTO, [256])
    assert made.problem is None
    assert _open(made.images[256]).size == (256, 192)


@pytest.mark.parametrize("size", [(4000, 3000), (3000, 4000), (1000, 300), (200, 150)])
def test_pictures_match_a_full_pillow_decode(tmp_path: Path, size: tuple[int, int]) -> None:
    """Scaled by the decoder (1/8 for 12 MP at 256 px, 5/8 for a 1600 px preview), the
    pictures still have the photo's proportions and look like the photo."""
    im = _photo(size)
    path = _save(tmp_path / "p.jpg", im)
    thumbs = make_thumbnails(path, Kind.PHOTO, [256, 1600])
    for long_edge, data in thumbs.items():
        got = _open(data)
        scale = min(1.0, long_edge / max(size))
        assert got.size == (round(size[0] * scale), round(size[1] * scale))
        with Image.open(path) as full:
            expected = full.convert("RGB").resize(got.size, Image.Resampling.BOX)
        diff = ImageStat.Stat(ImageChops.difference(got, expected).convert("L")).mean[0]
        assert diff < 12, (long_edge, diff)  # noise averages differently; the picture agrees


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_thumbnails_are_upright_as_the_probe_makes_them(tmp_path: Path, orientation: int) -> None:
    path = _save(tmp_path / f"o{orientation}.jpg", _photo((2000, 1500)), orientation)
    stage = _open(make_thumbnails(path, Kind.PHOTO, [256])[256])
    probed = _open(probe_file(path).thumbnail)
    assert stage.size == probed.size == ((256, 192) if orientation in (1, 3) else (192, 256))
    corner = {1: (5, 5), 3: (250, 186), 6: (186, 5), 8: (5, 250)}[orientation]
    for im in (stage, probed):
        r, g, _ = im.getpixel(corner)  # the red corner, wherever upright puts it
        assert r > 180 and g < 90, (orientation, im.getpixel(corner))


def test_embedded_xmp_orientation_wins_as_in_the_catalogue(tmp_path: Path) -> None:
    xmp = build_xmp(XmpFields(orientation=6))
    path = _save(tmp_path / "xmp.jpg", _photo((2000, 1500)), 1, xmp=xmp)
    assert probe_file(path).info.orientation == 6
    stage = _open(make_thumbnails(path, Kind.PHOTO, [256])[256])
    assert stage.size == (192, 256)


@pytest.mark.parametrize("mode", ["CMYK", "L"])
def test_cmyk_and_grey_jpegs_become_rgb_pictures(tmp_path: Path, mode: str) -> None:
    path = _save(tmp_path / f"{mode}.jpg", _photo((1200, 900), mode))
    got = _open(make_thumbnails(path, Kind.PHOTO, [256])[256])
    probed = _open(probe_file(path).thumbnail)
    assert got.size == probed.size == (256, 192)
    diff = ImageStat.Stat(ImageChops.difference(got, probed).convert("L")).mean[0]
    assert diff < 3, diff  # the same colours as the probe's picture
