"""Ingest benchmark: catalogue-first speed, thumbnails, rescans and memory, against peers.

Generates a corpus of camera-like 12-24 MP JPEGs (noise + gradients + shapes, quality 92,
EXIF with an embedded thumbnail), a few videos and slide decks; ingests it into a temporary
catalogue in a fresh process (so memory figures are ingest's own) and prints files/s, MB/s,
stage times, time until searchable, time until every 256 px thumbnail exists, peak memory;
then runs sha256sum, vipsthumbnail and exiftool (2 processes, xargs -P2) over the same files
and prints the ratios; then rescans N unchanged tiny files.

    .venv/bin/python benchmarks/bench_ingest.py [--photos 80] [--tiny 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SIZES = [(4000, 3000), (4896, 3264), (6000, 4000)]  # 12, 16 and 24 MP


# -- corpus -----------------------------------------------------------------------------------
def _exif(make: str, model: str, when: str, thumbnail: bytes) -> bytes:
    """EXIF APP1 payload: IFD0 (make, model), Exif IFD (DateTimeOriginal), IFD1 thumbnail."""

    def extra(v: bytes) -> int:
        return 0 if len(v) <= 4 else len(v) + len(v) % 2

    def ifd(entries: list[tuple[int, int, int, bytes]], start: int, next_ifd: int) -> bytes:
        data_at = start + 2 + 12 * len(entries) + 4
        body, tail = b"", b""
        for tag, typ, count, value in entries:
            if len(value) <= 4:
                body += struct.pack("<HHI", tag, typ, count) + value.ljust(4, b"\x00")
            else:
                body += struct.pack("<HHII", tag, typ, count, data_at + len(tail))
                tail += value + (b"\x00" if len(value) % 2 else b"")
        return struct.pack("<H", len(entries)) + body + struct.pack("<I", next_ifd) + tail

    mk, md, dt = (s.encode() + b"\x00" for s in (make, model, when))
    exif_at = 8 + 2 + 36 + 4 + extra(mk) + extra(md)
    ifd1_at = exif_at + 2 + 12 + 4 + extra(dt)
    thumb_at = ifd1_at + 2 + 36 + 4
    ifd0 = ifd(
        [
            (0x010F, 2, len(mk), mk),
            (0x0110, 2, len(md), md),
            (0x8769, 4, 1, struct.pack("<I", exif_at)),
        ],
        8,
        ifd1_at,
    )
    exif = ifd([(0x9003, 2, len(dt), dt)], exif_at, 0)
    ifd1 = ifd(
        [
            (0x0103, 3, 1, struct.pack("<H", 6)),
            (0x0201, 4, 1, struct.pack("<I", thumb_at)),
            (0x0202, 4, 1, struct.pack("<I", len(thumbnail))),
        ],
        ifd1_at,
        0,
    )
    return b"Exif\x00\x00II*\x00" + struct.pack("<I", 8) + ifd0 + exif + ifd1 + thumbnail


_BASES: dict[tuple[int, int], Any] = {}


def _base(size: tuple[int, int]) -> Any:
    """A noisy, lit, gradient picture of ``size`` (cached per worker process)."""
    from PIL import Image, ImageChops

    if size not in _BASES:
        w, h = size
        grad = Image.linear_gradient("L").resize((w, h))
        grad2 = grad.rotate(90).resize((w, h))
        chans = []
        for i in range(3):
            noise = Image.effect_noise((w, h), 28 + 8 * i)
            light = grad if i % 2 else grad2
            chans.append(ImageChops.add(ImageChops.multiply(noise, light), light, scale=1.4))
        _BASES[size] = Image.merge("RGB", chans)
    return _BASES[size]


def write_photo(path: str, n: int) -> int:
    """One camera-like JPEG: base picture, random shapes, EXIF with an embedded thumbnail."""
    from PIL import ImageDraw

    rnd = random.Random(n)
    size = SIZES[n % len(SIZES)]
    im = _base(size).copy()
    draw = ImageDraw.Draw(im)
    w, h = size
    for _ in range(30):
        x, y = rnd.randrange(w), rnd.randrange(h)
        box = [x, y, x + rnd.randrange(80, 900), y + rnd.randrange(80, 700)]
        colour = tuple(rnd.randrange(256) for _ in range(3))
        (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=colour)
    thumb = im.resize((160, 120))
    buf = io.BytesIO()
    thumb.save(buf, "JPEG", quality=80)
    make, model = rnd.choice(
        [("Canon", "EOS R6"), ("NIKON CORPORATION", "NIKON Z 6"), ("SONY", "ILCE-7M3")]
    )
    when = f"2022:06:0{1 + n % 2} {9 + n % 8:02d}:{n % 60:02d}:{(n * 7) % 60:02d}"
    im.save(path, "JPEG", quality=92, exif=_exif(make, model, when, buf.getvalue()))
    return os.path.getsize(path)


def write_video(path: str, n: int) -> int:
    import av
    from PIL import Image

    with av.open(path, "w") as container:
        stream = container.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = 1280, 720, "yuv420p"
        for i in range(100):
            frame = Image.new("RGB", (1280, 720), ((i * 3 + n * 50) % 256, 80, 160 - i))
            for packet in stream.encode(av.VideoFrame.from_image(frame)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return os.path.getsize(path)


def write_deck(path: str, n: int) -> int:
    from smparchive.core.demo.content import DECKS
    from smparchive.core.demo.documents import write_deck_pdf, write_pptx

    deck = DECKS[n % len(DECKS)]
    created = datetime(2022, 6, 1, 9, tzinfo=UTC)
    (write_pptx if path.endswith(".pptx") else write_deck_pdf)(deck, Path(path), created)
    return os.path.getsize(path)


def write_tiny(folder: str, start: int, count: int) -> None:
    from PIL import Image

    for n in range(start, start + count):
        sub = Path(folder) / f"d{n // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (8, 8), (n % 256, (n // 256) % 256, 7)).save(sub / f"t{n:05d}.jpg")


def make_corpus(target: Path, photos: int, videos: int, decks: int) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    jobs: list[tuple[Any, str, int]] = []
    for n in range(photos):
        jobs.append((write_photo, str(target / f"DCIM/IMG_{n:04d}.JPG"), n))
    for n in range(videos):
        jobs.append((write_video, str(target / f"Video/clip_{n}.mp4"), n))
    for n in range(decks):
        ext = ".pptx" if n % 2 == 0 else ".pdf"
        jobs.append((write_deck, str(target / f"Slides/deck_{n}{ext}"), n))
    for _, p, _ in jobs:
        Path(p).parent.mkdir(parents=True, exist_ok=True)
    missing = [j for j in jobs if not os.path.exists(j[1])]
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_call, missing, chunksize=4))
    return [Path(p) for _, p, _ in jobs]


def _call(job: tuple[Any, str, int]) -> int:
    fn, path, n = job
    return int(fn(path, n))


# -- measurement (in a fresh process) ----------------------------------------------------------
def measure(corpus: Path, workdir: Path) -> dict[str, Any]:
    """Ingest ``corpus`` into a new catalogue; figures as JSON-able data."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.workers import WorkerPool

    cat = open_catalog(workdir / "bench.smpcat", create=True)
    cat.add_root(corpus)
    t0 = time.perf_counter()
    stamps: dict[str, float] = {}

    def on_batch(_changes: Any) -> None:  # the first committed batch is browsable
        stamps.setdefault("first_batch", time.perf_counter() - t0)

    options = ScanOptions(on_batch=on_batch)
    with WorkerPool.for_options(options) as pool:  # as `smparchive scan` does
        report = scan(cat, options=options, pool=pool)
        searchable = time.perf_counter() - t0
        thumbs = build_thumbnails(cat, options=options, previews=False, pool=pool)
    all_thumbs = time.perf_counter() - t0
    hits = len(cat.query_ids(ItemFilter(text="DCIM")))
    t1 = time.perf_counter()
    previews = build_thumbnails(cat, options=ScanOptions(), previews=True)
    preview_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    rescan = scan(cat, options=ScanOptions())
    rescan_s = time.perf_counter() - t2
    cat.close()
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "files": report.files_seen,
        "bytes": report.bytes_seen,
        "errors": report.errors,
        "warnings": report.warnings,
        "searchable_s": searchable,
        "first_batch_s": stamps.get("first_batch", 0.0),
        "search_hits": hits,
        "stages": report.stage_seconds,
        "thumbnails_s": all_thumbs,
        "thumbnail_job_s": thumbs.seconds,
        "thumbnails_made": thumbs.made,
        "previews_s": preview_s,
        "previews_made": previews.previews,
        "rescan_s": rescan_s,
        "rescan_probed": rescan.probed,
        "peak_self_mb": self_rss,
        "peak_child_mb": max(
            child_rss, report.worker_peak_mb, thumbs.worker_peak_mb, previews.worker_peak_mb
        ),
    }


def measure_rescan(folder: Path, workdir: Path) -> dict[str, Any]:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan

    cat = open_catalog(workdir / "tiny.smpcat", create=True)
    cat.add_root(folder)
    t0 = time.perf_counter()
    first = scan(cat, options=ScanOptions())
    first_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    again = scan(cat, options=ScanOptions())
    again_s = time.perf_counter() - t1
    cat.close()
    return {
        "files": first.files_seen,
        "first_s": first_s,
        "rescan_s": again_s,
        "probed": again.probed,
        "unchanged": again.unchanged,
    }


# -- peers -------------------------------------------------------------------------------------
def peer(name: str, files: list[Path], argv: list[str], per_call: int) -> float | None:
    tool = shutil.which(argv[0])
    if tool is None:
        print(f"  {name}: not installed, skipped")
        return None
    data = b"\0".join(str(f).encode() for f in files) + b"\0"
    t0 = time.perf_counter()
    subprocess.run(  # at the workers' priority: a fair share on a shared machine
        ["nice", "-n", "5", "xargs", "-0", "-P2", "-n", str(per_call), *argv],
        input=data,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--photos", type=int, default=80)
    ap.add_argument("--videos", type=int, default=3)
    ap.add_argument("--decks", type=int, default=4)
    ap.add_argument("--tiny", type=int, default=10_000, help="files for the rescan measurement")
    ap.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    ap.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--measure-rescan", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    if args.measure_rescan:
        print(json.dumps(measure_rescan(*args.measure_rescan)))
        return

    base = args.keep or Path(tempfile.mkdtemp(prefix="smp-bench-"))
    corpus = base / f"corpus-{args.photos}-{args.videos}-{args.decks}"
    tiny = base / f"tiny-{args.tiny}"
    t0 = time.perf_counter()
    files = make_corpus(corpus, args.photos, args.videos, args.decks)
    if not (tiny / ".done").exists() or len(list(tiny.rglob("*.jpg"))) != args.tiny:
        shutil.rmtree(tiny, ignore_errors=True)
        chunks = [(str(tiny), s, min(1000, args.tiny - s)) for s in range(0, args.tiny, 1000)]
        with ProcessPoolExecutor(2) as pool:
            list(pool.map(write_tiny, *zip(*chunks, strict=True)))
        (tiny / ".done").touch()
    size = sum(f.stat().st_size for f in files)
    photos = [f for f in files if f.suffix == ".JPG"]
    print(
        f"Corpus: {len(files)} files, {size / 1e6:.0f} MB ({len(photos)} photos of 12-24 MP, "
        f"{sum(p.stat().st_size for p in photos) / len(photos) / 1e6:.1f} MB each), "
        f"made in {time.perf_counter() - t0:.0f} s; cpus={os.cpu_count()}"
    )

    with tempfile.TemporaryDirectory() as work:
        for f in files:  # warm page cache, as for the peers
            f.read_bytes()
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--measure",
                str(corpus),
                work,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        m = json.loads(out.stdout.strip().splitlines()[-1])
    n, mb = m["files"], m["bytes"] / 1e6
    print("\nsmparchive (2 worker processes; thumbnails after the scan):")
    print(f"  first batch browsable {m['first_batch_s']:6.2f} s")
    print(
        f"  searchable after      {m['searchable_s']:6.2f} s  {n / m['searchable_s']:6.1f} files/s "
        f"{mb / m['searchable_s']:6.0f} MB/s  (search hits {m['search_hits']})"
    )
    print(
        f"  all 256 px thumbnails {m['thumbnails_s']:6.2f} s  {n / m['thumbnails_s']:6.1f} files/s "
        f"({m['thumbnails_made']} made, job {m['thumbnail_job_s']:.2f} s)"
    )
    print(
        f"  1600 px previews      {m['previews_s']:6.2f} s  ({m['previews_made']} made, background)"
    )
    print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in m["stages"].items()))
    print(f"  rescan unchanged      {m['rescan_s']:6.2f} s  (opened {m['rescan_probed']} files)")
    print(
        f"  peak memory: ingest process {m['peak_self_mb']:.0f} MB, largest worker "
        f"{m['peak_child_mb']:.0f} MB, total < {m['peak_self_mb'] + 2 * m['peak_child_mb']:.0f} MB"
    )
    print(f"  errors {m['errors']}, warnings {m['warnings']}")

    print("\nPeers on the same files (xargs -P2):")
    with tempfile.TemporaryDirectory() as thumbs_dir:
        t_sha = peer("sha256sum", files, ["sha256sum"], 8)
        t_vips = peer(
            "vipsthumbnail",
            files,
            ["vipsthumbnail", "-s", "256", "-o", f"{thumbs_dir}/%s.jpg[Q=85]"],
            4,
        )
        t_exif = peer("exiftool", files, ["exiftool", "-json", "-q"], 50)
    times = {"sha256sum": t_sha, "vipsthumbnail -s 256": t_vips, "exiftool -json": t_exif}
    for name, t in times.items():
        if t:
            print(f"  {name:22} {t:6.2f} s  {n / t:6.1f} files/s")
    if all(times.values()):
        peer_s = sum(t for t in times.values() if t)
        print(f"  peer pipeline (all three) {peer_s:6.2f} s  {n / peer_s:6.1f} files/s")
        print("\nRatios (higher is better for smparchive):")
        print(
            f"  searchable vs peer pipeline    {peer_s / m['searchable_s']:5.1f}x  (target >= 5x)"
        )
        print(
            f"  thumbnails vs peer pipeline    {peer_s / m['thumbnails_s']:5.1f}x  (target >= 1.5x)"
        )
        vips = times["vipsthumbnail -s 256"] or 0.0
        print(f"  thumbnails vs vipsthumbnail    {vips / m['thumbnails_s']:5.1f}x")
        print(f"  searchable vs sha256sum alone  {times['sha256sum'] / m['searchable_s']:5.1f}x")
        print(
            f"  searchable vs exiftool alone   {times['exiftool -json'] / m['searchable_s']:5.1f}x"
        )

    with tempfile.TemporaryDirectory() as work:
        out = subprocess.run(
            [sys.executable, __file__, "--measure-rescan", str(tiny), work],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"\nTiny files: first scan of {r['files']} in {r['first_s']:.1f} s "
        f"({r['files'] / r['first_s']:.0f} files/s); rescan of {r['unchanged']} unchanged "
        f"files {r['rescan_s']:.2f} s, {r['probed']} opened (target < 2 s)"
    )
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
