"""Ingest benchmark: catalogue-first speed and thumbnails against peers, in the same run.

Generates a corpus of camera-like 12-24 MP JPEGs (noise + gradients + shapes, quality 92,
EXIF with an embedded thumbnail), a few videos and slide decks. Then, over ``--rounds``
rounds (3) with the order rotating each round, interleaved:

- smparchive: ingest into a new catalogue in a fresh process (with byte-code caches, as a
  user's install): time and CPU (workers included) until everything is searchable (every
  file's row committed: the scan's ``on_searchable``, before the hash stage), until the
  scan is done (hashed: moves, missing marks and duplicates decided), until every 256 px
  thumbnail exists, then the 1600 px previews; peak memory;
- the careful Python pipeline: one read of each file for SHA-256 + EXIF + a draft-mode JPEG
  decode at the smallest DCT scale that covers 256 px, 2 processes;
- sha256sum, exiftool and vipsthumbnail -s 256 (xargs -P2, at the workers' priority).

It prints each round with the load average, the ratios per round and their median, and
each target of issue 19 as met / NOT met: searchable >= 5x sha256sum + exiftool (the
peers' hash + metadata, not their thumbnails), all thumbnails >= 1.5x the peer pipeline
(all three) and faster than the careful pipeline, peak memory < 300 MB. Finally a
first scan and an in-process rescan of N unchanged tiny files.

    .venv/bin/python benchmarks/bench_ingest.py [--photos 80] [--rounds 3] [--tiny 10000]
        [--keep DIR] [--baseline-src DIR]

``--baseline-src``: another smparchive source tree (e.g. ``git archive main src | tar -x -C
/tmp/base``) measured as a sixth contender in the same rounds: before/after in one run.
``--searchable-pairs N``: only the first scan until everything is searchable (stopped
there), N rounds of this tree and the baseline back to back: that moment's before/after
without minutes of other work between the two. ``--no-previews``: skip the 1600 px previews.

Each smparchive round also prints the CPU of each process of its tree (scanning process,
fork server, workers, resource tracker) and which ``smparchive`` its workers imported.
``SMP_BENCH_PROFILE=DIR`` (environment) writes CPU-time cProfiles of the scanning process
(``scan.prof``), of every worker (``worker-PID.prof``, through ``WorkerPool.setup``) and of
the careful pipeline's workers (``careful-PID.prof``); profiled figures are for where the
time goes, not for comparison.
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


# -- CPU accounting ------------------------------------------------------------------------------
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _processes(with_cmd: bool = False) -> dict[int, tuple[int, float, str]]:
    """Every process of the machine (Linux /proc): pid -> (parent pid, CPU seconds with
    what it reaped, command line if ``with_cmd`` else '')."""
    table: dict[int, tuple[int, float, str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            cmd = ""
            if with_cmd:
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        # field 4: ppid; utime stime cutime cstime
        table[int(entry)] = (int(fields[1]), sum(int(x) for x in fields[11:15]) / _TICK, cmd)
    return table


def _children(table: dict[int, tuple[int, float, str]]) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for pid, (ppid, _cpu, _cmd) in table.items():
        children.setdefault(ppid, []).append(pid)
    return children


def tree_cpu(root: int | None = None) -> float:
    """CPU seconds of a process and its living descendants, with what they reaped (Linux).

    Workers fork from a fork server, not from the scanning process: ``getrusage`` of the
    scanning process misses them until they are reaped by someone it waits for, so the
    whole tree is read from /proc. Elsewhere: the process's own rusage only.
    """
    root = os.getpid() if root is None else root
    if not os.path.isdir("/proc"):
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime
    table = _processes()
    children = _children(table)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += table.get(pid, (0, 0.0, ""))[1]
        todo.extend(children.get(pid, ()))
    return total


def loadavg() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def tree_parts(root: int | None = None) -> dict[str, float]:
    """CPU seconds of a process tree by role (Linux /proc): the root itself, the fork
    server, the resource tracker, the workers (everything else below the server)."""
    root = os.getpid() if root is None else root
    parts: dict[str, float] = {}
    if not os.path.isdir("/proc"):
        return parts
    info = _processes(with_cmd=True)
    children = _children(info)
    todo = [(root, "scanning process")]
    while todo:
        pid, role = todo.pop()
        _ppid, cpu, cmd = info.get(pid, (0, 0.0, ""))
        if pid != root:  # (a worker's command line is its fork server's)
            if role == "fork server":
                role = "workers"
            elif "forkserver" in cmd:
                role = "fork server"
            elif "resource_tracker" in cmd:
                role = "resource tracker"
        parts[role] = parts.get(role, 0.0) + cpu
        todo.extend((c, role) for c in children.get(pid, ()))
    return parts


# -- profiles (SMP_BENCH_PROFILE=DIR: cProfile of the scanning process and every worker) -----
PROFILE_DIR = os.environ.get("SMP_BENCH_PROFILE")


def _profile_worker(label: str = "worker") -> None:
    """A worker's set-up hook: profile everything it runs, written when it exits
    (multiprocessing's finalizers run in a worker; ``atexit`` does not)."""
    import cProfile
    from multiprocessing import util

    assert PROFILE_DIR
    prof = cProfile.Profile(time.process_time)  # CPU, not the waits of a shared machine
    path = os.path.join(PROFILE_DIR, f"{label}-{os.getpid()}.prof")

    def dump() -> None:
        prof.disable()
        prof.dump_stats(path)

    util.Finalize(None, dump, exitpriority=100)
    prof.enable()


def _smparchive_file() -> str:
    """Which smparchive a worker imported (a worktree must measure its own tree)."""
    import smparchive

    return str(smparchive.__file__)


# -- measurement (in a fresh process) ----------------------------------------------------------
def measure(corpus: Path, workdir: Path) -> dict[str, Any]:
    """Ingest ``corpus`` into a new catalogue; figures as JSON-able data."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.workers import WorkerPool

    cat = open_catalog(workdir / "bench.smpcat", create=True)
    cat.add_root(corpus)
    c0 = tree_cpu()
    parts0 = tree_parts()
    t0 = time.perf_counter()
    stamps: dict[str, float] = {}

    def on_batch(_changes: Any) -> None:  # the first committed batch is browsable
        stamps.setdefault("first_batch", time.perf_counter() - t0)

    def on_searchable() -> None:  # every file has its committed row (hash or not yet)
        stamps["searchable"] = time.perf_counter() - t0
        stamps["searchable_cpu"] = tree_cpu() - c0

    try:
        options = ScanOptions(on_batch=on_batch, on_searchable=on_searchable)
    except TypeError:  # an older tree (--baseline-src): no head pass, rows come hashed
        options = ScanOptions(on_batch=on_batch)
    pool = WorkerPool.for_options(options)  # as `smparchive scan` does
    profile = None
    if PROFILE_DIR:  # (profiled runs are for where the time goes, not for their figures)
        import cProfile

        pool.setup = _profile_worker
        profile = cProfile.Profile(time.process_time)
        profile.enable()
    with pool:
        report = scan(cat, options=options, pool=pool)
        hashed = time.perf_counter() - t0
        hashed_cpu = tree_cpu() - c0
        # Older code (--baseline-src) has no on_searchable: its rows came with the hashes.
        searchable = stamps.get("searchable", hashed)
        searchable_cpu = stamps.get("searchable_cpu", hashed_cpu)
        thumbs = build_thumbnails(cat, options=options, previews=False, pool=pool)
        all_thumbs = time.perf_counter() - t0
        thumbs_cpu = tree_cpu() - c0
        parts = {  # (before the pool is asked anything else)
            k: v - parts0.get(k, 0.0) for k, v in tree_parts().items()
        }
        if profile is not None:
            profile.disable()
            profile.dump_stats(os.path.join(str(PROFILE_DIR), "scan.prof"))
        worker_file = next(iter(pool.run([(0, _smparchive_file, ())])))[1]
    hits = len(cat.query_ids(ItemFilter(text="DCIM")))
    t1 = time.perf_counter()
    previews = None
    if not os.environ.get("SMP_BENCH_NO_PREVIEWS"):  # --no-previews
        previews = build_thumbnails(cat, options=ScanOptions(), previews=True)
    preview_s = time.perf_counter() - t1
    cat.close()
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "files": report.files_seen,
        "bytes": report.bytes_seen,
        "errors": report.errors,
        "warnings": report.warnings,
        "searchable_s": searchable,
        "searchable_cpu": searchable_cpu,
        "hashed_s": hashed,
        "hashed_cpu": hashed_cpu,
        "first_batch_s": stamps.get("first_batch", 0.0),
        "search_hits": hits,
        "stages": report.stage_seconds,
        "thumbnails_s": all_thumbs,
        "thumbnails_cpu": thumbs_cpu,
        "thumbnail_job_s": thumbs.seconds,
        "thumbnails_made": thumbs.made,
        "previews_s": preview_s,
        "previews_made": previews.previews if previews is not None else 0,
        "cpu_parts": parts,
        "self_file": __import__("smparchive").__file__,
        "worker_file": worker_file if isinstance(worker_file, str) else repr(worker_file),
        "peak_self_mb": self_rss,
        "peak_child_mb": max(
            child_rss,
            report.worker_peak_mb,
            thumbs.worker_peak_mb,
            previews.worker_peak_mb if previews is not None else 0.0,
        ),
    }


def measure_searchable(corpus: Path, workdir: Path) -> dict[str, Any]:
    """A first scan stopped the moment everything is searchable (``on_searchable``
    cancels it): that moment, and the scanning process's CPU until then (the process tree
    is not read: other sessions' fork servers share the machine's /proc)."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.ingest.workers import WorkerPool
    from smparchive.core.progress import CancelToken

    cat = open_catalog(workdir / "bench.smpcat", create=True)
    cat.add_root(corpus)
    cancel = CancelToken()
    got: dict[str, Any] = {}

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    def on_searchable() -> None:
        got["searchable_s"] = time.perf_counter() - t0
        got["searchable_cpu"] = cpu() - c0
        cancel.cancel()

    options = ScanOptions(on_searchable=on_searchable)
    with WorkerPool.for_options(options) as pool:
        c0, t0 = cpu(), time.perf_counter()
        report = scan(cat, None, None, cancel, options, pool=pool)
    got["stages"] = report.stage_seconds
    cat.close()
    return got


def searchable_pairs(corpus: Path, contenders: dict[str, dict[str, str]], pairs: int) -> None:
    """``--searchable-pairs N``: N rounds of one stopped scan per source tree, back to back
    (order alternating), each in a fresh process: the moment everything is searchable,
    the scanning process's CPU, the head pass; medians at the end."""
    print(f"\nsearchable only, {pairs} rounds of {' / '.join(contenders)}, back to back")
    got: dict[str, list[dict[str, Any]]] = {name: [] for name in contenders}
    names = list(contenders)
    for rnd in range(pairs):
        for name in names if rnd % 2 == 0 else names[::-1]:
            load = loadavg()
            with tempfile.TemporaryDirectory() as work:
                m = _run_json(["--measure-searchable", str(corpus), work], contenders[name])
            got[name].append(m)
            stages = m["stages"]
            print(
                f"  {name:10} searchable {m['searchable_s']:6.3f} s, scanning process CPU "
                f"{m['searchable_cpu']:5.3f} s (head pass {stages.get('head pass', 0):.3f} s, "
                f"its writes {stages.get('head pass writes', 0):.3f} s)   load {load}"
            )
    for name, runs in got.items():
        print(
            f"  {name:10} median: searchable {_median([r['searchable_s'] for r in runs]):.3f} s, "
            f"CPU {_median([r['searchable_cpu'] for r in runs]):.3f} s"
        )
    if "baseline" in got:
        ratios = [
            b["searchable_s"] / a["searchable_s"]
            for a, b in zip(got["smparchive"], got["baseline"], strict=True)
        ]
        print(
            "  baseline / smparchive per round: "
            + " ".join(f"{r:.2f}" for r in ratios)
            + f"   median {_median(ratios):.2f}x"
        )


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


# -- the careful Python pipeline (a peer) --------------------------------------------------------
def _careful_init() -> None:
    os.nice(5)  # the workers' priority, as for the other peers
    if PROFILE_DIR:
        _profile_worker("careful")


def careful_one(path: str, out_dir: str) -> tuple[str, dict[str, Any]]:
    """One file, one read: SHA-256, EXIF, then a 256 px JPEG from a draft-mode decode.

    JPEGs are decoded by Pillow at the smallest DCT scale that still covers 256 px (1/8 for
    12-24 MP), oriented and encoded at quality 85. Other files (videos, decks) are hashed
    and pictured by smparchive's own renderers: only the photo path is the peer's.
    """
    import hashlib

    from PIL import Image, ImageOps

    data = Path(path).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    facts: dict[str, Any] = {}
    target = os.path.join(out_dir, f"{sha}.jpg")
    if path.lower().endswith((".jpg", ".jpeg")):
        with Image.open(io.BytesIO(data)) as im:
            exif = im.getexif()
            facts = {
                "make": exif.get(0x010F),
                "model": exif.get(0x0110),
                "orientation": exif.get(0x0112, 1),
                "taken": exif.get_ifd(0x8769).get(0x9003),
                "size": im.size,
            }
            im.draft("RGB", (256, 256))
            im.load()  # every entropy-coded block is read: truncation raises here
            im.thumbnail((256, 256))
            ImageOps.exif_transpose(im, in_place=True)
            im.save(target, "JPEG", quality=85)
    else:
        from smparchive.core.media.classify import classify, read_head
        from smparchive.core.media.probe import render_thumbnails

        kind = classify(Path(path), data[:4096] or read_head(Path(path)))[0]
        made = render_thumbnails(Path(path), kind, (256,))
        for picture in made.images.values():
            Path(target).write_bytes(picture)
    return sha, facts


def careful(files: list[str], out_dir: str) -> dict[str, float]:
    """The careful pipeline over ``files`` in 2 processes; wall and CPU (workers included)."""
    import multiprocessing

    def cpu() -> float:
        a = resource.getrusage(resource.RUSAGE_SELF)
        b = resource.getrusage(resource.RUSAGE_CHILDREN)
        return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime

    c0, t0 = cpu(), time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(2, mp_context=ctx, initializer=_careful_init) as pool:
        list(pool.map(careful_one, files, [out_dir] * len(files), chunksize=1))
    return {"wall": time.perf_counter() - t0, "cpu": cpu() - c0}


# -- peers -------------------------------------------------------------------------------------
def peer(files: list[Path], argv: list[str], per_call: int) -> tuple[float, float] | None:
    """Wall and CPU seconds of ``argv`` over ``files`` (xargs -P2), or None if missing."""
    if shutil.which(argv[0]) is None:
        return None
    data = b"\0".join(str(f).encode() for f in files) + b"\0"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(  # at the workers' priority: a fair share on a shared machine
        ["nice", "-n", "5", "xargs", "-0", "-P2", "-n", str(per_call), *argv],
        input=data,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def _child_env(src: Path | None) -> dict[str, str]:
    """A user's install: byte-code caches written and used (this environment disables them).

    Without ``src``: this script's own tree (``../src``), not whatever the environment has
    installed (a worktree sharing another checkout's editable install measured that one)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    own = Path(__file__).resolve().parents[1] / "src"
    if src is None and (own / "smparchive").is_dir():
        src = own
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        )
    return env


def _run_json(argv: list[str], env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *argv], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode != 0:
        sys.exit(f"{argv[0]} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _verdict(ratios: list[float], target: float) -> str:
    met = sum(r >= target for r in ratios)
    word = "met" if _median(ratios) >= target else "NOT met"
    return f"{word} (median {_median(ratios):.2f}x; {met} of {len(ratios)} rounds >= {target:g}x)"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--photos", type=int, default=80)
    ap.add_argument("--videos", type=int, default=3)
    ap.add_argument("--decks", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tiny", type=int, default=10_000, help="files for the rescan measurement")
    ap.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    ap.add_argument(
        "--baseline-src",
        type=Path,
        help="also measure the smparchive package under this src folder (e.g. an export of "
        "main: git archive main src | tar -x -C /tmp/base), interleaved: before/after",
    )
    ap.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--measure-rescan", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument(
        "--searchable-pairs",
        type=int,
        metavar="N",
        help="only the first scan until searchable (stopped there), N rounds back to back "
        "with --baseline-src: a steadier before/after of that moment than the full rounds",
    )
    ap.add_argument(
        "--no-previews",
        action="store_true",
        help="skip the 1600 px previews after the thumbnails (minutes of load per round on "
        "a shared machine; not part of any target)",
    )
    ap.add_argument("--careful", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--measure-searchable", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    if args.measure_searchable:
        print(json.dumps(measure_searchable(*args.measure_searchable)))
        return
    if args.measure_rescan:
        print(json.dumps(measure_rescan(*args.measure_rescan)))
        return
    if args.careful:
        listing, out_dir = args.careful
        print(json.dumps(careful(listing.read_text().splitlines(), str(out_dir))))
        return

    if args.no_previews:  # (read by the contenders' --measure processes)
        os.environ["SMP_BENCH_NO_PREVIEWS"] = "1"
    base = args.keep or Path(tempfile.mkdtemp(prefix="smp-bench-"))
    corpus = base / f"corpus-{args.photos}-{args.videos}-{args.decks}"
    tiny = base / f"tiny-{args.tiny}"
    t0 = time.perf_counter()
    files = make_corpus(corpus, args.photos, args.videos, args.decks)
    if args.tiny and (not (tiny / ".done").exists() or len(list(tiny.rglob("*.jpg"))) != args.tiny):
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

    env = _child_env(None)
    contenders: dict[str, dict[str, str]] = {"smparchive": env}
    if args.baseline_src:
        contenders["baseline"] = _child_env(args.baseline_src.resolve())
    for cenv in contenders.values():  # byte-code caches, as in a user's install
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import smparchive, compileall, os; "
                "compileall.compile_dir(os.path.dirname(smparchive.__file__), quiet=1)",
            ],
            env=cenv,
            check=True,
        )
    for f in files:  # warm the page cache: every contender reads from memory
        f.read_bytes()
    if args.searchable_pairs:
        searchable_pairs(corpus, contenders, args.searchable_pairs)
        print(f"\nload average at the end: {loadavg()}")
        return
    listing = base / "careful-files.txt"
    listing.write_text("\n".join(str(f) for f in files))

    runs: dict[str, list[dict[str, Any]]] = {}
    names = [*contenders, "careful", "sha256sum", "exiftool", "vipsthumbnail"]
    print(
        f"\n{args.rounds} rounds, interleaved (order rotates each round), with byte-code "
        "caches; peers at nice 5 like smparchive's workers, 2 processes each"
    )
    for rnd in range(args.rounds):
        order = names[rnd % len(names) :] + names[: rnd % len(names)]
        print(f"\nround {rnd + 1} (load {loadavg()}):")
        for name in order:
            load = loadavg()
            with tempfile.TemporaryDirectory() as work:
                if name in contenders:
                    m = _run_json(["--measure", str(corpus), work], contenders[name])
                    row = {
                        "searchable": m["searchable_s"],
                        "searchable_cpu": m["searchable_cpu"],
                        "thumbnails": m["thumbnails_s"],
                        "thumbnails_cpu": m["thumbnails_cpu"],
                        "m": m,
                    }
                    print(
                        f"  {name:14} searchable {m['searchable_s']:6.2f} s "
                        f"(CPU {m['searchable_cpu']:5.2f} s), hashed {m['hashed_s']:6.2f} s "
                        f"(CPU {m['hashed_cpu']:5.2f} s), all 256 px thumbnails "
                        f"{m['thumbnails_s']:6.2f} s (CPU {m['thumbnails_cpu']:5.2f} s), "
                        f"previews {m['previews_s']:5.2f} s   load {load}"
                    )
                    print(
                        "      CPU by process: "
                        + ", ".join(f"{k} {v:.2f} s" for k, v in m["cpu_parts"].items())
                        + f"; workers imported {m['worker_file']}"
                    )
                elif name == "careful":
                    c = _run_json(["--careful", str(listing), work], env)
                    row = {"thumbnails": c["wall"], "thumbnails_cpu": c["cpu"]}
                    print(
                        f"  {'careful Python':14} hash + EXIF + 256 px thumbnails "
                        f"{c['wall']:6.2f} s (CPU {c['cpu']:5.2f} s)   load {load}"
                    )
                else:
                    argv, per_call = {
                        "sha256sum": (["sha256sum"], 8),
                        "exiftool": (["exiftool", "-json", "-q"], 50),
                        "vipsthumbnail": (
                            ["vipsthumbnail", "-s", "256", "-o", f"{work}/%s.jpg[Q=85]"],
                            4,
                        ),
                    }[name]
                    got = peer(files, argv, per_call)
                    if got is None:
                        print(f"  {name:14} not installed, skipped")
                        continue
                    row = {"wall": got[0], "cpu": got[1]}
                    print(f"  {name:14} {got[0]:6.2f} s (CPU {got[1]:5.2f} s)   load {load}")
            runs.setdefault(name, []).append(row)

    m = runs["smparchive"][-1]["m"]
    n, mb = m["files"], m["bytes"] / 1e6
    print("\nsmparchive, last round (2 worker processes; thumbnails after the scan):")
    print(f"  first batch browsable {m['first_batch_s']:6.2f} s")
    print(
        f"  searchable after      {m['searchable_s']:6.2f} s  {n / m['searchable_s']:6.1f} files/s "
        f"{mb / m['searchable_s']:6.0f} MB/s  (search hits {m['search_hits']}; every row "
        "committed, hashes pending)"
    )
    print(
        f"  hashed (scan done)    {m['hashed_s']:6.2f} s  {n / m['hashed_s']:6.1f} files/s "
        f"(moves, missing marks, duplicates decided)"
    )
    print(
        f"  all 256 px thumbnails {m['thumbnails_s']:6.2f} s  {n / m['thumbnails_s']:6.1f} files/s "
        f"({m['thumbnails_made']} made, job {m['thumbnail_job_s']:.2f} s)"
    )
    print(
        f"  1600 px previews      {m['previews_s']:6.2f} s  ({m['previews_made']} made, background)"
    )
    print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in m["stages"].items()))
    peak_total = m["peak_self_mb"] + 2 * m["peak_child_mb"]
    print(
        f"  peak memory: ingest process {m['peak_self_mb']:.0f} MB, largest worker "
        f"{m['peak_child_mb']:.0f} MB, total < {peak_total:.0f} MB (target < 300 MB: "
        f"{'met' if peak_total < 300 else 'NOT met'})"
    )
    print(f"  errors {m['errors']}, warnings {m['warnings']}")

    peers_ok = all(name in runs for name in ("sha256sum", "exiftool", "vipsthumbnail"))
    if peers_ok:
        print("\nPer round, wall (CPU) seconds; ratios are peer time / smparchive time:")
        ratios: dict[str, list[float]] = {}
        for rnd in range(args.rounds):
            sha, exi, vips = (runs[k][rnd] for k in ("sha256sum", "exiftool", "vipsthumbnail"))
            us, car = runs["smparchive"][rnd], runs["careful"][rnd]
            hash_meta = sha["wall"] + exi["wall"]
            pipeline = hash_meta + vips["wall"]
            row = {
                "searchable vs sha256sum + exiftool": hash_meta / us["searchable"],
                "thumbnails vs peer pipeline": pipeline / us["thumbnails"],
                "thumbnails vs careful Python": car["thumbnails"] / us["thumbnails"],
                "CPU: searchable vs sha256sum + exiftool": (sha["cpu"] + exi["cpu"])
                / us["searchable_cpu"],
                "CPU: thumbnails vs peer pipeline": (sha["cpu"] + exi["cpu"] + vips["cpu"])
                / us["thumbnails_cpu"],
                "CPU: thumbnails vs careful Python": car["thumbnails_cpu"] / us["thumbnails_cpu"],
            }
            if "baseline" in runs:
                old = runs["baseline"][rnd]
                row["after vs before: searchable"] = old["searchable"] / us["searchable"]
                row["after vs before: thumbnails"] = old["thumbnails"] / us["thumbnails"]
                row["after vs before: thumbnails CPU"] = (
                    old["thumbnails_cpu"] / us["thumbnails_cpu"]
                )
            for k, v in row.items():
                ratios.setdefault(k, []).append(v)
            print(
                f"  round {rnd + 1}: sha256sum + exiftool {hash_meta:5.2f} s "
                f"({sha['cpu'] + exi['cpu']:5.2f}), peer pipeline {pipeline:5.2f} s "
                f"({sha['cpu'] + exi['cpu'] + vips['cpu']:5.2f}), careful "
                f"{car['thumbnails']:5.2f} s ({car['thumbnails_cpu']:5.2f}); smparchive "
                f"searchable {us['searchable']:5.2f} s ({us['searchable_cpu']:5.2f}), "
                f"thumbnails {us['thumbnails']:5.2f} s ({us['thumbnails_cpu']:5.2f})"
            )
        print("\nRatios (higher is better for smparchive), per round, median:")
        for k, values in ratios.items():
            listed = " ".join(f"{v:5.2f}" for v in values)
            print(f"  {k:42} {listed}   median {_median(values):5.2f}x")
        print("\nTargets (issue 19, deliverable 5; wall-clock ratios, median of the rounds):")
        print(
            "  everything searchable >= 5x sha256sum + exiftool:   "
            + _verdict(ratios["searchable vs sha256sum + exiftool"], 5.0)
        )
        print(
            "  all 256 px thumbnails >= 1.5x the peer pipeline:    "
            + _verdict(ratios["thumbnails vs peer pipeline"], 1.5)
        )
        print(
            "  all 256 px thumbnails faster than careful Python:   "
            + _verdict(ratios["thumbnails vs careful Python"], 1.0)
        )
        print(
            "    ... in CPU (the process trees):                  "
            + _verdict(ratios["CPU: thumbnails vs careful Python"], 1.0)
        )
        print(
            "    (smparchive does more than the careful pipeline: a catalogue row from each "
            "file's header\n     before any hash (EXIF, XMP, IPTC), the camera's embedded "
            "thumbnail written to the cache,\n     each picture written into the cache and "
            "recorded, the facts and text of videos and decks;\n     all of it in the "
            "scanning process's CPU, printed apart above, but the videos' and decks' facts)"
        )
        print(
            f"  peak memory of the mixed scan < 300 MB:             "
            f"{'met' if peak_total < 300 else 'NOT met'} ({peak_total:.0f} MB, last round)"
        )

    if args.tiny:
        with tempfile.TemporaryDirectory() as work:
            r = _run_json(["--measure-rescan", str(tiny), work], env)
        print(
            f"\nTiny files (in-process, load {loadavg()}): first scan of {r['files']} in "
            f"{r['first_s']:.1f} s ({r['files'] / r['first_s']:.0f} files/s); rescan of "
            f"{r['unchanged']} unchanged files {r['rescan_s']:.2f} s, {r['probed']} opened "
            "(the command-line figure, target < 0.5 s, is bench_rescan.py's)"
        )
    print(f"\nload average at the end: {loadavg()}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
