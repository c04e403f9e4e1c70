"""Real-world photo quirks found by exporting the real-world corpus."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from export_helpers import EVENT, entry_for, settings
from PIL import Image, ImageChops, ImageStat

from smparchive.core.export import WEB, plan_export, run_export


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
    return run_export(plan_export([entry], settings(out, preset=WEB, web_page=True), EVENT))


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
