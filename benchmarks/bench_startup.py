#!/usr/bin/env python3
"""Start-up cost of the command line, per command, as a whole process; prints figures.

    python benchmarks/bench_startup.py [--catalogue PATH] [--rounds 3] [--importtime CMD]
                                       [--other-src DIR/src [--other-catalogue PATH]]

Each command runs as its own process (``python -m smparchive ...``, and the installed
``smparchive`` entry point beside this Python, as users run it) on an up-to-date catalogue,
interleaved with ``python -c pass`` over several rounds; the CPU time (user +
system, from the child's rusage) and wall time of each are printed with the load average,
then the modules ``python -X importtime`` finds most expensive for one command.
Target: under 150 ms of CPU for --version, --help, ls, show, search and info.
``--other-src`` (e.g. ``git archive main src | tar -x -C /tmp/base``, then ``/tmp/base/src``)
runs the same commands from that source tree in the same rounds: before/after.
``--other-catalogue`` gives that tree its own catalogue (a copy of the same one at its
schema: code older than a catalogue refuses it, and opening it would upgrade it).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_MS = 150


def make_catalogue(path: Path, n: int) -> None:
    """A small up-to-date catalogue (start-up must not depend on its size anyway)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    sys.path.insert(0, str(REPO / "src"))
    from bench_gui import build_catalogue

    build_catalogue(path, n)


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(CPU ms, wall ms, exit code) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu * 1000, wall * 1000, proc.returncode


def importtime(cmd: list[str], env: dict[str, str], top: int) -> list[tuple[int, int, str]]:
    """(self us, cumulative us, module) of the slowest imports of ``cmd``."""
    proc = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cum_us, name = line[len("import time:") :].split("|", 2)
        rows.append((int(self_us), int(cum_us), name.rstrip()))
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--catalogue", type=Path, help="an existing catalogue (default: build one)")
    ap.add_argument("--items", type=int, default=2000, help="items in the built catalogue")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--importtime", default="-m ls", help="command whose imports are listed")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--other-src", type=Path, help="another tree's src, in the same rounds")
    ap.add_argument(
        "--other-catalogue", type=Path, help="the other tree's catalogue (default: the same)"
    )
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="smp-startup-"))
    cat = a.catalogue
    if cat is None:
        cat = tmp / "startup.smpcat"
        make_catalogue(cat, a.items)
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), SMPARCHIVE_CATALOGUE=str(cat))
    env["XDG_STATE_HOME"] = env["XDG_DATA_HOME"] = str(tmp)  # logs away from the user's
    # As installed: with byte-code caches (a session may set PYTHONDONTWRITEBYTECODE, which
    # would make every run compile smparchive's modules from source).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = sys.executable
    each = {
        "--version": ["--version"],
        "--help": ["--help"],
        "ls": ["ls", "--limit", "20"],
        "show 1": ["show", "1"],
        "search IMG": ["search", "IMG_00001"],
        "info": ["info"],
    }
    commands = {"python -c pass": [py, "-c", "pass"]}
    commands.update({f"-m {k}": [py, "-m", "smparchive", *v] for k, v in each.items()})
    # As a user runs it: the installed entry point (no runpy), when this environment has one.
    script = Path(py).parent / "smparchive"
    if script.exists():
        commands.update({f"smparchive {k}": [str(script), *v] for k, v in each.items()})
    envs = {name: env for name in commands}
    if a.other_src is not None:
        other = dict(env, PYTHONPATH=str(a.other_src.resolve()))
        if a.other_catalogue is not None:
            other["SMPARCHIVE_CATALOGUE"] = str(a.other_catalogue)
        for name, cmd in list(commands.items()):
            if name != "python -c pass":
                commands[f"{name} [other]"] = cmd
                envs[f"{name} [other]"] = other
    for name, cmd in commands.items():  # warm the page cache and check they work
        _cpu, _wall, code = run(cmd, envs[name])
        if code != 0:
            print(f"warning: {name!r} exited with {code}")
    cpu: dict[str, list[float]] = {n: [] for n in commands}
    wall: dict[str, list[float]] = {n: [] for n in commands}
    load = os.getloadavg()
    for _ in range(a.rounds):  # interleaved: every command once per round
        for name, cmd in commands.items():
            c, w, _code = run(cmd, envs[name])
            cpu[name].append(c)
            wall[name].append(w)
    load2 = os.getloadavg()
    print(
        f"load average {load[0]:.2f} -> {load2[0]:.2f}; {a.rounds} rounds, interleaved; "
        f"catalogue {cat} ({cat.stat().st_size / 1e6:.1f} MB)"
    )
    if a.other_catalogue is not None:
        size = a.other_catalogue.stat().st_size / 1e6
        print(f"[other]: catalogue {a.other_catalogue} ({size:.1f} MB)")
    base = statistics.median(cpu["python -c pass"])
    print(f"{'command':<30} {'CPU ms':>8} {'(- python)':>11} {'wall ms':>8}  target {TARGET_MS} ms")
    for name in commands:
        c = statistics.median(cpu[name])
        met = "" if name == "python -c pass" else ("met" if c < TARGET_MS else "NOT met")
        print(f"{name:<30} {c:8.0f} {c - base:11.0f} {statistics.median(wall[name]):8.0f}  {met}")
    cmd = commands.get(a.importtime) or [py, "-m", "smparchive", *a.importtime.split()]
    print(f"\nslowest imports of {a.importtime!r} (python -X importtime, cumulative):")
    for self_us, cum_us, name in importtime(cmd, env, a.top):
        print(f"  {cum_us / 1000:7.1f} ms cumulative {self_us / 1000:6.1f} ms self  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
