"""Export throughput (web preset and originals) against vipsthumbnail and cp + sha256sum.

Usage: python benchmarks/bench_export.py [N] [--workers 2]

Generates N camera-like 12 MP JPEGs (smooth structure + sensor-like noise, EXIF with GPS and
serial, ~4-5 MB each), then prints photos/s for each run and the ratios measured in this run.
Peers run on the same files with the same parallelism (xargs -P).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter

from smparchive.core.export import (
    ORIGINALS,
    WEB,
    ConsentStatus,
    EventInfo,
    ExportEntry,
    ExportSettings,
    Kind,
    plan_export,
    run_export,
)

SIZE = (4000, 3000)


def master_image() -> Image.Image:
    """Smooth scene-like structure plus fine noise, like a high-ISO camera frame."""
    coarse = Image.effect_noise((200, 150), 90).convert("RGB").resize(SIZE, Image.BICUBIC)
    mid = Image.effect_noise((1000, 750), 50).convert("RGB").resize(SIZE, Image.BILINEAR)
    scene = Image.blend(coarse, mid, 0.35).filter(ImageFilter.SMOOTH)
    r, g, b = scene.split()
    scene = Image.merge("RGB", (r, g.point(lambda v: v * 0.9), b.point(lambda v: 255 - v)))
    grain = Image.effect_noise(SIZE, 18).convert("RGB")
    return ImageChops.add(scene, grain, scale=1.0, offset=-110)


def make_photos(folder: Path, n: int) -> list[ExportEntry]:
    base = master_image()
    entries = []
    start = datetime(2024, 5, 14, 9, 0, tzinfo=UTC)
    for i in range(n):
        im = ImageChops.offset(base, i * 97, i * 53)
        exif = Image.Exif()
        exif[0x010F], exif[0x0110], exif[0x0112] = "Canon", "EOS R6", 1 + (i % 2) * 5
        exif[0x8769] = {0xA431: "SN123456", 0x829A: 1 / 125}
        exif[0x8825] = {1: "N", 2: (52.0, 9.0, 30.0)}
        path = folder / f"IMG_{i:04d}.JPG"
        im.save(path, "JPEG", quality=92, exif=exif.tobytes())
        data = path.read_bytes()
        entries.append(
            ExportEntry(
                item_id=f"p{i}",
                source=path,
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
                kind=Kind.PHOTO,
                mime="image/jpeg",
                original_name=path.name,
                capture=start + timedelta(minutes=i),
                title={"en": f"Photo {i}"},
                creator="Bench Photographer",
                copyright="© bench",
                event_title="Bench Conference",
                day_label="Day 1",
                session_title="Session A",
                consent=ConsentStatus.CLEARED,
                width=SIZE[0],
                height=SIZE[1],
            )
        )
    return entries


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        src = work / "src"
        src.mkdir()
        t = time.perf_counter()
        entries = make_photos(src, args.n)
        mb = sum(e.size for e in entries) / args.n / 1e6
        spent = time.perf_counter() - t
        print(f"{args.n} photos, 12 MP, {mb:.1f} MB each (generated in {spent:.0f} s)")
        event = EventInfo(title="Bench Conference")
        results: dict[str, float] = {}

        def export(name: str, preset, workers: int, page: bool) -> None:
            out = work / name
            out.mkdir()
            settings = ExportSettings(out, name, preset=preset, workers=workers, web_page=page)
            report = run_export(plan_export(entries, settings, event))
            assert not report.problems, report.problems

        for label, preset, page in (
            ("web", WEB, False),
            ("web+page", WEB, True),
            ("originals", ORIGINALS, False),
        ):
            secs = timed(lambda p=preset, g=page, lab=label: export(lab, p, args.workers, g))
            results[label] = args.n / secs
            print(f"smparchive {label:<10} {args.workers} proc: {results[label]:6.1f} photos/s")

        files = [str(e.source) for e in entries]
        xargs = ["xargs", "-0", "-n", "4", "-P", str(args.workers)]
        if shutil.which("vipsthumbnail"):
            vout = work / "vips"
            vout.mkdir()
            cmd = [*xargs, "vipsthumbnail", "-s", "2048", "-o", f"{vout}/%s.jpg[Q=85,strip]"]
            secs = timed(lambda: subprocess.run(cmd, input="\0".join(files).encode(), check=True))
            results["vips"] = args.n / secs
            print(f"vipsthumbnail -s 2048   {args.workers} proc: {results['vips']:6.1f} photos/s")
            print(f"  ratio web/vipsthumbnail: {results['web'] / results['vips']:.2f}")
        else:
            print("vipsthumbnail not installed: skipped (apt-get install libvips-tools)")
        cout = work / "cp"
        cout.mkdir()
        cp_cmd = [
            *xargs,
            "sh",
            "-c",
            f'cp "$@" {cout}/ && cd {cout} && '
            'for f in "$@"; do sha256sum "$(basename "$f")"; done >/dev/null',
            "sh",
        ]
        secs = timed(lambda: subprocess.run(cp_cmd, input="\0".join(files).encode(), check=True))
        results["cp"] = args.n / secs
        print(f"cp + sha256sum          {args.workers} proc: {results['cp']:6.1f} photos/s")
        print(f"  ratio originals/(cp+sha256sum): {results['originals'] / results['cp']:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
