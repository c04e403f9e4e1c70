#!/usr/bin/env python3
"""A rescan of unchanged files as the user runs it: ``smparchive scan`` as a process.

    python benchmarks/bench_rescan.py [--files 10000] [--rounds 3] [--keep DIR]
                                      [--other-src DIR/src]

Makes ``--files`` tiny JPEGs in folders of 500, scans them once (``smparchive scan``, with
thumbnails), then runs the unchanged rescan as a whole process, interleaved over the rounds
with its peers on the same folder: ``python -c pass`` (the interpreter alone) and
``find -printf '%s %T@'`` (the same stat walk in C). Prints wall and CPU time (the command
and every process it started), the worker processes the rescan started (target: none) and
its own stage times (``--json``), with the load average. Target: under 0.5 s of wall time.
``--other-src`` (e.g. ``git archive main src | tar -x -C /tmp/base``, then ``/tmp/base/src``)
adds that source tree's rescan to the same rounds: before/after on the same files (each
tree with its own catalogue of them, made by its own first scan).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_S = 0.5


def write_tiny(folder: str, start: int, count: int) -> None:
    from PIL import Image

    for n in range(start, start + count):
        sub = Path(folder) / f"d{n // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (8, 8), (n % 256, (n // 256) % 256, 7)).save(sub / f"t{n:05d}.jpg")


def make_files(folder: Path, n: int) -> None:
    if (folder / ".done").exists() and sum(1 for _ in folder.rglob("*.jpg")) == n:
        return
    chunks = [(str(folder), s, min(1000, n - s)) for s in range(0, n, 1000)]
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(write_tiny, *zip(*chunks, strict=True)))
    (folder / ".done").touch()


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall s, CPU s of the process and its children, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        print(f"warning: {cmd[:4]} exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return wall, cpu, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="make the files (and catalogue) here, reuse them")
    ap.add_argument("--other-src", type=Path, help="another tree's src, in the same rounds")
    a = ap.parse_args()
    base = a.keep or Path(tempfile.mkdtemp(prefix="smp-rescan-"))
    folder = base / f"tiny-{a.files}"
    folder.mkdir(parents=True, exist_ok=True)
    make_files(folder, a.files)
    cat = base / f"rescan-{a.files}.smpcat"
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    env["XDG_STATE_HOME"] = env["XDG_DATA_HOME"] = env["XDG_CACHE_HOME"] = str(base)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: with byte-code caches
    py = sys.executable
    scan = [py, "-m", "smparchive", "-c", str(cat), "scan", "--json"]
    if not cat.exists():
        wall, cpu, _ = run([*scan, str(folder)], env)
        print(f"first scan of {a.files} files (with thumbnails): {wall:.1f} s, {cpu:.1f} s CPU")
    commands = {
        "python -c pass": [py, "-c", "pass"],
        f"find -printf (stat walk, {a.files} files)": [
            "find",
            str(folder),
            "-type",
            "f",
            "-printf",
            "%s %T@\\n",
        ],
        "smparchive scan (unchanged)": scan,
    }
    # As a user runs it: the installed entry point (no runpy), when this environment has one.
    script = Path(py).parent / "smparchive"
    if script.exists():
        commands["smparchive scan, entry point"] = [str(script), *scan[3:]]
    envs = {name: env for name in commands}
    if a.other_src is not None:
        other = dict(env, PYTHONPATH=str(a.other_src.resolve()))
        # Its own catalogue of the same files, made by that tree: an older tree refuses a
        # catalogue a newer schema made (and a newer one would upgrade the shared one).
        other_cat = base / f"rescan-{a.files}-other-src.smpcat"
        if not other_cat.exists():
            wall, _cpu, _ = run(
                [*scan[:3], "-c", str(other_cat), "scan", "--json", str(folder)], other
            )
            print(f"first scan by the other src: {wall:.1f} s")
        for name, cmd in list(commands.items()):
            if cmd_is_scan(name):
                theirs = [str(other_cat) if part == str(cat) else part for part in cmd]
                commands[f"{name} [other src]"] = theirs
                envs[f"{name} [other src]"] = other
        for name in commands:  # write both trees' byte-code caches before timing
            if cmd_is_scan(name):
                run(commands[name], envs[name])
    walls: dict[str, list[float]] = {n: [] for n in commands}
    cpus: dict[str, list[float]] = {n: [] for n in commands}
    report: dict[str, object] = {}
    load = os.getloadavg()
    for _ in range(a.rounds):
        for name, cmd in commands.items():
            wall, cpu, out = run(cmd, envs[name])
            walls[name].append(wall)
            cpus[name].append(cpu)
            if cmd_is_scan(name) and "[other src]" not in name:
                report = json.loads(out)
    print(
        f"load average {load[0]:.2f} -> {os.getloadavg()[0]:.2f}; {a.rounds} rounds, "
        f"interleaved; {a.files} unchanged files in {a.files // 500 + 1} folders"
    )
    print(f"{'command':<58} {'wall ms':>8} {'CPU ms':>8}")
    for name in commands:
        w, c = statistics.median(walls[name]), statistics.median(cpus[name])
        met = ""
        if cmd_is_scan(name):
            met = f"  target < {TARGET_S * 1000:.0f} ms: " + ("met" if w < TARGET_S else "NOT met")
        print(f"{name:<58} {w * 1000:8.0f} {c * 1000:8.0f}{met}")
    scan_report = report.get("scan", {}) if isinstance(report, dict) else {}
    assert isinstance(scan_report, dict)
    stages = scan_report.get("stage_seconds", {})
    started = "workers start" in stages
    print(
        f"last rescan: {scan_report.get('unchanged')} unchanged, {scan_report.get('probed')} "
        f"opened; worker processes started: {'yes' if started else 'none'} (target: none)"
    )
    print("  stages: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in stages.items()))
    return 0


def cmd_is_scan(name: str) -> bool:
    return name.startswith("smparchive")


if __name__ == "__main__":
    sys.exit(main())
