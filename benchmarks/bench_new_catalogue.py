#!/usr/bin/env python3
"""What making a new catalogue costs a fresh process, this tree against another; prints figures.

    python benchmarks/bench_new_catalogue.py --before-src /tmp/base/src [--rounds 5]

(``git archive main src | tar -x -C /tmp/base`` makes the other tree.) Each round runs, per
tree and in alternating order, each of these as its own process on a new catalogue file:

- ``open``: ``python -c`` importing ``open_catalog`` and calling it with ``create=True``;
- ``init``: ``python -m smparchive -c NEW init``;
- ``scan``: ``python -m smparchive -c NEW scan FOLDER --workers 0`` on a folder of 3 small
  JPEGs (a first scan, thumbnails included; in one process, so its CPU is all counted);
- ``scan, workers``: the same with the default worker processes, as a user runs it (CPU:
  only what the process and the children it waited for used; workers come from a fork
  server, see bench_ingest.py).

CPU (user + system, from the children's rusage) and wall time in ms, the load average at
each round's start, then the median (range) per command and tree. Byte-code caches are
written by one unmeasured run per tree first. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "src"


def tiny_folder(folder: Path) -> None:
    """Three small JPEGs (Pillow, as the tests make them)."""
    from PIL import Image

    folder.mkdir(parents=True)
    for n in range(3):
        out = io.BytesIO()
        Image.new("RGB", (320, 240), (60 * n, 90, 200)).save(out, "JPEG", quality=90)
        (folder / f"IMG_{n:04d}.jpg").write_bytes(out.getvalue())


def commands(catalogue: Path, folder: Path) -> dict[str, list[str]]:
    py = sys.executable
    open_code = (
        "from smparchive.core.catalog.catalog import open_catalog; "
        f"open_catalog({str(catalogue)!r}, create=True).close()"
    )
    cli = [py, "-m", "smparchive", "-c", str(catalogue)]
    return {
        "open": [py, "-c", open_code],
        "init": [*cli, "init"],
        "scan": [*cli, "scan", str(folder), "--workers", "0"],
        "scan, workers": [*cli, "scan", str(folder)],
    }


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU ms, wall ms) of one process; fails loudly when it does."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu * 1000, wall * 1000


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--before-src", type=Path, required=True, help="the other tree's src")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="smp-newcat-"))
    folder = tmp / "photos"
    tiny_folder(folder)
    trees = {"before": str(a.before_src.resolve()), "after": str(HERE)}
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    base.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: with byte-code caches
    base.pop("SMPARCHIVE_CATALOGUE", None)
    for name in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        base[name] = str(tmp / name.lower())  # logs, settings and caches away from the user's
    envs = {side: dict(base, PYTHONPATH=src) for side, src in trees.items()}
    got: dict[tuple[str, str], list[tuple[float, float]]] = {}
    n = 0

    def new_catalogue() -> Path:
        nonlocal n
        n += 1
        return tmp / f"cat-{n}" / "new.smpcat"

    for side in trees:  # byte-code caches, unmeasured
        for cmd in commands(new_catalogue(), folder).values():
            run(cmd, envs[side])
    names = list(commands(tmp, folder))
    for r in range(a.rounds):
        load = os.getloadavg()
        print(f"round {r + 1}: load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        order = list(trees) if r % 2 == 0 else list(reversed(trees))
        for name in names:
            for side in order:
                cmd = commands(new_catalogue(), folder)[name]
                cpu, wall = run(cmd, envs[side])
                got.setdefault((name, side), []).append((cpu, wall))
                print(f"  {name:14} {side:6} cpu {cpu:7.1f} ms  wall {wall:7.1f} ms")
                sys.stdout.flush()

    def cell(values: list[float]) -> str:
        return f"{statistics.median(values):,.0f} ({min(values):,.0f}-{max(values):,.0f})"

    print(f"\nmedian (range) of {a.rounds} rounds, ms; load now {os.getloadavg()[0]:.2f}")
    heads = ("before CPU", "after CPU", "before wall", "after wall")
    print(" " * 16 + "".join(f"{h:>20}" for h in heads))
    for name in names:
        b, f = got[(name, "before")], got[(name, "after")]
        cols = [cell([x[0] for x in b]), cell([x[0] for x in f])]
        cols += [cell([x[1] for x in b]), cell([x[1] for x in f])]
        print(f"{name:16}" + "".join(f"{c:>20}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
