"""Fast paths read back: previews from the rendition, grey sources, workers, background fsync."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
from export_helpers import EVENT, entry_for, settings
from PIL import Image, ImageChops, ImageDraw, ImageStat
from tests.memory_peak import traced_peak

from smparchive.core.export import WEB, ExportError, TargetKind, plan_export, run_export
from smparchive.core.export import writers as writers_mod
from smparchive.core.export.imaging import PREVIEW_EDGE, RenderJob
from smparchive.core.export.metadata import ImageMetadata
from smparchive.core.export.pipeline import worker_count
from smparchive.core.export.presets import MetadataPolicy


def scene(size: tuple[int, int]) -> Image.Image:
    """Smooth gradients with hard edges and a red marker in the stored top-left corner."""
    w, h = size
    ramp = Image.linear_gradient("L").resize(size)
    im = Image.merge("RGB", (ramp, ramp.transpose(Image.Transpose.FLIP_TOP_BOTTOM), ramp))
    draw = ImageDraw.Draw(im)
    for k in range(12):
        x, y = k * w // 14, k * h // 16
        draw.ellipse((x, y, x + w // 10, y + h // 9), (255, 255 - 20 * k, 20 * k))
    draw.rectangle((0, 0, w // 8, h // 8), (255, 0, 0))
    return im


def save_jpeg(im: Image.Image, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    im.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def mean_diff(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


def export_web(tmp_path: Path, data: bytes, page: bool = True):
    src = tmp_path / "src"
    src.mkdir()
    path = src / "IMG_0001.JPG"
    path.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir()
    entry = entry_for(path, "p1")
    return run_export(plan_export([entry], settings(out, preset=WEB, web_page=page), EVENT))


def test_web_rendition_and_page_preview_match_a_direct_lanczos_resize(tmp_path: Path) -> None:
    stored = scene((4000, 3000))
    report = export_web(tmp_path, save_jpeg(stored, 6))
    (row,) = report.files
    web = Image.open(report.payload_root / row.path)
    upright = stored.transpose(Image.Transpose.ROTATE_270)
    assert web.size == (1536, 2048) and web.info.get("progressive") == 1
    reference = upright.resize(web.size, Image.Resampling.LANCZOS)
    assert mean_diff(web, reference) < 2.0
    preview = Image.open(report.payload_root / "assets/previews/00001.jpg")
    assert preview.size == (360, PREVIEW_EDGE)
    px = preview.convert("RGB").getpixel((preview.width - 5, 5))
    assert px[0] > 200 and px[1] < 60  # upright: the stored top-left marker is top-right
    assert mean_diff(preview, upright.resize(preview.size, Image.Resampling.LANCZOS)) < 2.5


def test_grey_sources_come_out_as_srgb_rgb_of_the_same_grey(tmp_path: Path) -> None:
    grey = scene((2400, 1600)).convert("L")
    report = export_web(tmp_path, save_jpeg(grey, 1), page=False)
    (row,) = report.files
    im = Image.open(report.payload_root / row.path)
    assert im.mode == "RGB" and im.size == (2048, 1365)
    r, g, b = im.split()
    for other in (g, b):
        assert max(ImageStat.Stat(ImageChops.difference(r, other)).extrema[0]) <= 2
    assert mean_diff(im, grey.resize(im.size, Image.Resampling.LANCZOS)) < 2.0


def _job(size: int) -> RenderJob:
    return RenderJob("x.jpg", "0" * 64, size, (), ImageMetadata(MetadataPolicy.STRIP_ALL))


def test_worker_count_explicit_or_one_per_core_when_it_pays_off(monkeypatch) -> None:
    big = [_job(6 << 20) for _ in range(10)] + [None]
    small = [_job(200_000) for _ in range(10)]
    assert worker_count(big, 3) == 3 and worker_count(small, 1) == 1
    monkeypatch.setattr("smparchive.core.export.pipeline._cpu_count", lambda: 2)
    assert settings(Path(".")).workers == 0  # the default is automatic
    assert worker_count(big, 0) == 2
    assert worker_count(small, 0) == 1  # spawning would cost more than it saves
    assert worker_count(big[:2], 0) == 1


@pytest.mark.parametrize("target", [TargetKind.FOLDER, TargetKind.BAGIT])
def test_a_failing_background_fsync_leaves_nothing(
    photo_set, out_dir: Path, target: TargetKind, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    calls = {"n": 0}

    def failing(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(writers_mod.os, "fsync", failing)
    plan = plan_export(photo_set(4), settings(out_dir, target=target), EVENT)
    with pytest.raises(ExportError):
        run_export(plan)
    assert list(out_dir.iterdir()) == []


def test_a_file_changed_after_writing_is_caught_before_the_commit(photo_set, out_dir) -> None:
    real_settle = writers_mod._settle_file

    def tampered(path: Path, relpath: str, sha256: str | None) -> None:
        if relpath.endswith(".jpg"):
            path.write_bytes(b"not what was written")
        real_settle(path, relpath, sha256)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(writers_mod, "_settle_file", tampered)
        with pytest.raises(ExportError, match="does not verify"):
            run_export(plan_export(photo_set(2), settings(out_dir), EVENT))
    assert list(out_dir.iterdir()) == []


def test_cmyk_jpeg_sources_are_rendered_through_pillow_in_srgb(tmp_path: Path) -> None:
    stored = scene((3000, 2000))
    out = io.BytesIO()
    stored.convert("CMYK").save(out, "JPEG", quality=95)
    report = export_web(tmp_path, out.getvalue(), page=False)
    (row,) = report.files
    web = Image.open(report.payload_root / row.path)
    assert web.mode == "RGB" and web.size == (2048, 1365)
    source = Image.open(io.BytesIO(out.getvalue())).convert("RGB")
    assert mean_diff(web, source.resize(web.size, Image.Resampling.LANCZOS)) < 2.5


def test_a_jpeg_that_libjpeg_warns_about_still_exports(tmp_path: Path) -> None:
    """Stray bytes before the end marker: libjpeg-turbo warns, viewers show the photo."""
    stored = scene((4000, 3000))
    data = save_jpeg(stored, 1)
    assert data.endswith(b"\xff\xd9")
    damaged = data[:-2] + b"\x00" * 7 + b"\xff\xd9"
    report = export_web(tmp_path, damaged, page=False)
    assert not report.problems
    (row,) = report.files
    web = Image.open(report.payload_root / row.path)
    assert web.size == (2048, 1536)
    assert mean_diff(web, stored.resize(web.size, Image.Resampling.LANCZOS)) < 2.0


HEIC_EXPORT = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from export_helpers import EVENT, entry_for, settings
from smparchive.core.export import WEB, plan_export, run_export

src, workers = Path(sys.argv[1]), int(sys.argv[2])
entries = [entry_for(src / name, name) for name in ("a.heic", "b.heic", "c.jpg")]
out = src.parent / f"out{workers}"
out.mkdir()
report = run_export(plan_export(entries, settings(out, preset=WEB, workers=workers), EVENT))
for problem in report.problems:
    print("PROBLEM", problem)
for row in report.files:
    print("FILE", report.payload_root / row.path)
"""


@pytest.mark.parametrize("workers", [1, 2])
def test_heic_photos_export_in_a_fresh_process(tmp_path: Path, workers: int) -> None:
    """iPhone photos: the HEIF opener must be set up wherever the rendering happens (a fresh
    process, as from the command line, has not scanned anything)."""
    import subprocess
    import sys

    import pillow_heif

    pillow_heif.register_heif_opener()
    src = tmp_path / "src"
    src.mkdir()
    stored = scene((1200, 900))
    for name in ("a.heic", "b.heic"):
        stored.save(src / name, quality=90)
    stored.save(src / "c.jpg", quality=95)
    helpers = str(Path(__file__).parent)
    done = subprocess.run(
        [sys.executable, "-c", HEIC_EXPORT, str(src), str(workers), helpers],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "PROBLEM" not in done.stdout, done.stdout
    files = [Path(line[5:]) for line in done.stdout.splitlines() if line.startswith("FILE ")]
    photos = [f for f in files if f.suffix == ".jpg"]
    assert len(photos) == 3
    for path in photos:
        web = Image.open(path)
        assert web.size == (1200, 900)
        assert mean_diff(web, stored) < 3.0


def test_a_photo_whose_renderer_fails_is_a_problem_the_rest_exports(
    photo_set, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.core.export import pipeline
    from smparchive.core.ingest.workers import TaskFailed

    real = pipeline.run_in_order

    def one_crashes(pool, tasks, cancel=None, window=None):  # type: ignore[no-untyped-def]
        for n, result in enumerate(real(pool, tasks, cancel, window)):
            yield (
                TaskFailed("The file made its worker process crash.", crashed=True)
                if n == 1
                else result
            )

    monkeypatch.setattr(pipeline, "run_in_order", one_crashes)
    entries = photo_set(4)
    report = run_export(plan_export(entries, settings(out_dir, workers=2), EVENT))
    assert [p.item_id for p in report.problems] == [entries[1].item_id]
    assert "worker process crash" in report.problems[0].message
    exported = {f.item_id for f in report.files}
    assert entries[1].item_id not in exported and entries[0].item_id in exported


def test_render_workers_start_without_the_export_pipeline() -> None:
    """Every export's first photo waits for the render workers' server to import
    EXPORT_PRELOAD: the renderer, not the pipeline, writers, page and video code (the
    package used to load all of them with it: 0.13-0.17 s of CPU before the first photo)."""
    import subprocess
    import sys

    code = (
        "import importlib, sys\n"
        "from smparchive.core.processes import EXPORT_PRELOAD\n"
        "for name in EXPORT_PRELOAD:\n"
        "    importlib.import_module(name)\n"
        "heavy = ('smparchive.core.export.pipeline', 'smparchive.core.export.writers',\n"
        "         'smparchive.core.export.webpage', 'smparchive.core.export.videometa', 'av')\n"
        "print(sorted(n for n in heavy if n in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    # and the package's names still resolve for everyone else
    import smparchive.core.export as export

    assert export.run_export.__module__ == "smparchive.core.export.pipeline"
    assert set(export.__all__) <= set(dir(export))


def test_a_photo_over_the_read_cap_renders_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo was read whole to render it, whatever its size (a panorama, or a file padded
    to gigabytes). Over the read cap it is now hashed and decoded from the mapped file; a
    changed one is still refused."""
    import hashlib

    from smparchive.core.export.imaging import render_photo
    from smparchive.core.media import photo

    monkeypatch.setattr(photo, "READ_CAP", 1024 * 1024)  # the 256 MB cap, made small
    big = tmp_path / "big.jpg"
    scene((1600, 1200)).save(big, "JPEG", quality=90)
    with open(big, "ab") as fh:
        fh.truncate(70 * 1024 * 1024)  # trailing bytes after the picture (sparse on disk)
    digest = hashlib.sha256()
    with open(big, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    size = big.stat().st_size
    job = RenderJob(str(big), digest.hexdigest(), size, WEB.variants, _job(0).metadata)
    result, peak = traced_peak(lambda: render_photo(job))
    assert result.problem is None
    assert Image.open(io.BytesIO(result.outputs[0])).size == result.sizes[0] == (1600, 1200)
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held for a 70 MB photo"
    changed = render_photo(RenderJob(str(big), "0" * 64, size, WEB.variants, job.metadata))
    assert changed.problem is not None and "changed" in changed.problem


def test_a_share_that_refuses_mapping_exports_photos_or_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo over the read cap is mapped to hash and decode it; on a share that refuses
    mapping (SMB with cache=none, sshfs: ENODEV) the export said only "the device holding
    it is not available". A normal photo still exports there; a big one is left out with
    the reason (copy it to a local drive), not read whole."""
    import mmap

    from smparchive.core.media import photo

    def refuse(*_args: object, **_kwargs: object) -> mmap.mmap:
        raise OSError(errno.ENODEV, "No such device")

    monkeypatch.setattr(mmap, "mmap", refuse)
    for name in ("normal", "big"):
        (tmp_path / name).mkdir()
    report = export_web(tmp_path / "normal", save_jpeg(scene((1600, 1200)), 1), page=False)
    assert not report.problems and len(report.files) == 1

    monkeypatch.setattr(photo, "READ_CAP", 1024 * 1024)  # the 256 MB cap, made small
    big = save_jpeg(scene((1600, 1200)), 1) + bytes(8 * 1024 * 1024)  # trailing bytes
    report, peak = traced_peak(lambda: export_web(tmp_path / "big", big, page=False))
    assert not report.files
    (problem,) = report.problems
    assert "read in place" in problem.message
    assert "copy it to a local drive" in problem.message, problem.message
    # the test's own 8 MB file data is counted too; no second copy of it was read
    assert peak < 12 * 1024 * 1024, f"{peak / 2**20:.0f} MB held"
