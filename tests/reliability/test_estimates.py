"""Export space estimates are within 25 % per preset, and the headroom is in proportion."""

from __future__ import annotations

import random
import shutil
import sys
from collections import namedtuple
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "export"))
from export_helpers import entry_for, settings

from smparchive.core.export import (
    ORIGINALS,
    SOCIAL,
    THUMBNAILS,
    WEB,
    ExportError,
    plan_export,
    run_export,
    writers,
)

SIZES = [(6000, 4000), (4000, 3000), (3000, 2000), (5472, 3648), (2400, 1600), (4032, 3024)]


def _photo(path: Path, w: int, h: int, rng: random.Random) -> None:
    """A photo-like JPEG: gradient, shapes, sensor-like noise, a camera's quality."""
    im = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    draw = ImageDraw.Draw(im)
    for _ in range(40):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.randrange(20, w // 6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in "rgb"))
    noise = Image.effect_noise((w, h), rng.choice([8, 16, 30])).convert("RGB")
    im = Image.blend(im, noise, 0.25).filter(ImageFilter.GaussianBlur(0.6))
    im.save(path, "JPEG", quality=rng.choice([88, 92, 95]))


@pytest.fixture(scope="module")
def entries(tmp_path_factory: pytest.TempPathFactory) -> list:
    root = tmp_path_factory.mktemp("estimates")
    rng = random.Random(11)
    out = []
    for i, (w, h) in enumerate(SIZES):
        p = root / f"p{i}.jpg"
        _photo(p, w, h, rng)
        out.append(entry_for(p, str(i + 1), width=w, height=h, orientation=1))
    return out


@pytest.mark.parametrize("preset", [WEB, SOCIAL, THUMBNAILS, ORIGINALS], ids=lambda p: p.name)
def test_estimate_is_within_a_quarter_of_what_is_written(
    entries: list, tmp_path: Path, preset: object
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    plan = plan_export(entries, settings(out, preset=preset))
    run_export(plan)
    written = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    assert 0.75 <= plan.estimated_bytes / written <= 1.25, (plan.estimated_bytes, written)
    shutil.rmtree(out)


Usage = namedtuple("Usage", "total used free")


def test_headroom_is_in_proportion_to_the_export(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 10 MB export on a stick with 12 MB free goes ahead (a flat 16 MB refused it) ...
    monkeypatch.setattr(writers.shutil, "disk_usage", lambda _p: Usage(0, 0, 12_000_000))
    writers.check_free_space(Path("/"), 10_000_000)
    # ... and one that would leave less than a tenth spare does not.
    with pytest.raises(ExportError, match="Not enough free space"):
        writers.check_free_space(Path("/"), 11_500_000)
