"""Fault scenarios shared by the fault-injection tests and ``benchmarks/soak.py``.

Each scenario builds what it needs under a work folder, injects its faults at random
points (``random.Random`` given by the caller, so a failing seed can be replayed) and
returns what went wrong as sentences: originals changed, catalogue damaged, an item
lost or degraded, a process left behind, or a failure that was not one plain sentence.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.reliability.helpers import TRACEBACK, cli, descendants, photos


@dataclass
class Outcome:
    """What one run of a scenario did: faults injected and failures found."""

    faults: int = 0
    failures: list[str] = field(default_factory=list)

    def fail(self, sentence: str) -> None:
        self.failures.append(sentence)


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (originals must never change)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def item_facts(cat_path: Path) -> dict[str, tuple[Any, ...]]:
    """rel_path -> (status, kind, capture time, camera, hash) of every item."""
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(cat_path)
    try:
        ids = [row.id for r in cat.roots() for row in cat.ingest_index(r.id).values()]
        return {
            i.rel_path: (i.status, i.kind, i.capture_local, i.camera_make, i.sha256)
            for i in cat.items(ids)
        }
    finally:
        cat.close()


def check_catalogue(cat_path: Path, out: Outcome) -> None:
    from smparchive.core.catalog.schema import integrity_problems

    problems = integrity_problems(cat_path, full=True)
    if problems:
        out.fail(f"catalogue damaged: {problems[:3]}")


def check_one_sentence(stderr: str, out: Outcome, what: str) -> None:
    """A failure a person sees is one or two plain lines, never a traceback."""
    if TRACEBACK in stderr or len([ln for ln in stderr.splitlines() if ln.strip()]) > 3:
        out.fail(f"{what}: not one plain sentence: {stderr[-600:]!r}")


def check_no_orphans(pid: int, out: Outcome, what: str) -> None:
    deadline = time.monotonic() + 2.0
    left = descendants(pid)
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = descendants(pid)
    if left:
        out.fail(f"{what}: {len(left)} process(es) left behind")
        for p in left:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass


class Library:
    """A folder of photos and its catalogue, scanned once, reused by the scenarios."""

    def __init__(self, work: Path, photos_n: int = 40, size: tuple[int, int] = (800, 600)):
        self.work = work
        self.root = work / "media"
        self.cat = work / "c.smpcat"
        if not self.cat.exists():
            photos(self.root, photos_n, size)
            proc = cli(work, "scan", str(self.root), "--workers", "2", "-c", str(self.cat))
            _, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err
        self.originals = snapshot(self.root)
        self.facts = item_facts(self.cat)

    def run(self, *args: str) -> subprocess.Popen[str]:
        return cli(self.work, *args, "-c", str(self.cat))

    def verify(self, out: Outcome, what: str) -> None:
        """Originals as they were, catalogue intact, every item as good as before."""
        if snapshot(self.root) != self.originals:
            out.fail(f"{what}: an original file changed")
        check_catalogue(self.cat, out)
        now = item_facts(self.cat)
        lost = set(self.facts) - set(now)
        if lost:
            out.fail(f"{what}: {len(lost)} item(s) lost")
        degraded = [k for k in self.facts if k in now and now[k][1:] != self.facts[k][1:]]
        if degraded:
            out.fail(f"{what}: {len(degraded)} item(s) degraded, e.g. {degraded[0]}")
        bad = [k for k, v in now.items() if v[0] not in ("ok", "offline")]
        if bad:
            out.fail(f"{what}: {len(bad)} item(s) in {now[bad[0]][0]}")

    def touch_all(self) -> None:
        for p in self.root.rglob("*.jpg"):
            st = p.stat()
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


# -- scenarios -------------------------------------------------------------------------------
def root_vanishes(lib: Library, rng: random.Random) -> Outcome:
    """The drive goes away at a random point of a rescan, comes back, is scanned again."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan, tasks

    out = Outcome()
    lib.touch_all()
    away = lib.root.with_name("media-away")
    nth = rng.randint(1, len(lib.originals))
    real = tasks.first_look
    calls = [0]

    def look(path: str, *args: Any) -> Any:
        calls[0] += 1
        if calls[0] == nth and lib.root.exists():
            lib.root.rename(away)
            out.faults += 1
        return real(path, *args)

    cat = open_catalog(lib.cat)
    tasks.first_look = look  # type: ignore[assignment]
    try:
        report = scan(cat, options=ScanOptions(workers=0))
        if report.errors:
            out.fail(f"vanishing root: {report.errors} error(s) instead of offline")
    finally:
        tasks.first_look = real  # type: ignore[assignment]
        if away.exists():
            away.rename(lib.root)
    report = scan(cat, options=ScanOptions(workers=0))
    build_thumbnails(cat, options=ScanOptions(workers=0))
    cat.close()
    if report.errors or report.problems:
        out.fail(f"vanishing root: the scan after its return found {report.problems[:2]}")
    lib.verify(out, "vanishing root")
    return out


def killed_commands(lib: Library, rng: random.Random) -> Outcome:
    """SIGKILL a CLI scan, export or undo at a random moment."""
    out = Outcome()
    kind = rng.choice(["scan", "export", "undo"])
    target = lib.work / "out"
    target.mkdir(exist_ok=True)
    delay = rng.uniform(0.3, 4.0)
    # A command that finished before the kill injected no fault: start it again with a
    # shorter delay, so a fast machine (or a fast command such as undo) still gets killed.
    for _attempt in range(6):
        lib.touch_all()
        if kind == "scan":
            args = ["scan", "--workers", "2"]
        elif kind == "export":
            args = ["export", "--query", "kind:photo", "--audience", "internal",
                    "--include-unknown-consent", "--preset", "web", "--to", str(target),
                    "--workers", "2"]  # fmt: skip
        else:
            edit = lib.run("set", "1", "2", "3", "--rating", str(rng.randint(1, 5)))
            edit.communicate(timeout=120)
            args = ["undo"]
        proc = lib.run(*args)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            out.faults += 1
            proc.communicate(timeout=120)
            break
        proc.communicate(timeout=120)
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(exist_ok=True)
        delay /= 3
    check_no_orphans(proc.pid, out, f"killed {kind}")
    shutil.rmtree(target, ignore_errors=True)
    check_catalogue(lib.cat, out)
    again = lib.run("scan", "--workers", "2")
    _, err = again.communicate(timeout=600)
    if again.returncode != 0:
        out.fail(f"killed {kind}: the next scan failed: {err[-300:]!r}")
    lib.verify(out, f"killed {kind}")
    return out


def concurrent_work(lib: Library, rng: random.Random) -> Outcome:
    """Two scans and two editors at the same time."""
    out = Outcome()
    lib.touch_all()
    procs = [lib.run("scan", "--wait", "--workers", "1") for _ in range(2)]
    for n in range(2):
        ids = [str(rng.randint(1, len(lib.originals))) for _ in range(3)]
        procs.append(lib.run("set", *ids, "--rating", str(rng.randint(0, 5))))
        procs.append(lib.run("tag", *ids, "--add", f"soak{n}"))
    out.faults += 1
    for p in procs:
        _, err = p.communicate(timeout=600)
        if p.returncode not in (0, 1):
            out.fail(f"concurrent: {' '.join(p.args[3:6])} exited {p.returncode}: {err[-300:]!r}")
        check_one_sentence(err, out, "concurrent")
    lib.verify(out, "concurrent")
    return out


def disk_full_export(lib: Library, rng: random.Random) -> Outcome:
    """The export target fills up while the export runs (another program writes to it)."""
    out = Outcome()
    mount = lib.work / "small-disk"
    mount.mkdir(exist_ok=True)
    if not _mount_tmpfs(mount, "24m"):
        return _disk_full_patched(lib, rng, out)
    try:
        proc = lib.run("export", "--query", "kind:photo", "--audience", "internal",
                       "--include-unknown-consent", "--preset", "thumbnails", "--to",
                       str(mount), "--workers", "2")  # fmt: skip
        time.sleep(rng.uniform(0.2, 1.5))
        _fill(mount)
        out.faults += 1
        _, err = proc.communicate(timeout=600)
        check_one_sentence(err, out, "disk full")
        if proc.returncode not in (0, 2):
            out.fail(f"disk full: export exited {proc.returncode}")
        if proc.returncode == 2 and "full" not in err and "space" not in err:
            out.fail(f"disk full: the message does not say so: {err!r}")
        leftovers = [p.name for p in mount.iterdir() if p.name != "filler"]
        if proc.returncode == 2 and leftovers:
            out.fail(f"disk full: a failed export left {leftovers[:3]} behind")
        check_no_orphans(proc.pid, out, "disk full")
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)
    lib.verify(out, "disk full")
    return out


def _mount_tmpfs(where: Path, size: str) -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _fill(folder: Path) -> None:
    try:
        with open(folder / "filler", "wb") as fh:
            while True:
                fh.write(b"\0" * (1 << 20))
    except OSError:
        pass


def _disk_full_patched(lib: Library, rng: random.Random, out: Outcome) -> Outcome:
    """Without a tmpfs: the export's writes fail with ENOSPC after a random budget."""
    import builtins
    import errno
    import io

    from smparchive.cli.main import main

    target = lib.work / "out-patched"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    budget = [rng.randint(10_000, 2_000_000)]
    real_open = builtins.open

    class Full(io.BufferedWriter):
        def write(self, data: Any) -> int:
            budget[0] -= len(data)
            if budget[0] < 0:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    def open_(file: Any, mode: str = "r", *a: Any, **kw: Any) -> Any:
        fh = real_open(file, mode, *a, **kw)
        if "w" in mode and "b" in mode and str(target) in str(file):
            return Full(fh.raw) if isinstance(fh, io.BufferedWriter) else fh
        return fh

    err = io.StringIO()
    builtins.open = open_  # type: ignore[assignment]
    try:
        from contextlib import redirect_stderr, redirect_stdout

        with redirect_stderr(err), redirect_stdout(io.StringIO()):
            code = main(["export", "--query", "kind:photo", "--audience", "internal",
                         "--include-unknown-consent", "--preset", "thumbnails", "--to",
                         str(target), "--workers", "0", "-c", str(lib.cat)])  # fmt: skip
    finally:
        builtins.open = real_open  # type: ignore[assignment]
    out.faults += 1
    check_one_sentence(err.getvalue(), out, "disk full")
    if code not in (0, 2):
        out.fail(f"disk full: export exited {code}")
    lib.verify(out, "disk full")
    return out


SCENARIOS: dict[str, Callable[[Library, random.Random], Outcome]] = {
    "root vanishes": root_vanishes,
    "killed commands": killed_commands,
    "concurrent work": concurrent_work,
    "disk full export": disk_full_export,
}


def run_all(lib: Library, rng: random.Random, names: list[str] | None = None) -> dict[str, Outcome]:
    """Each scenario once (``names``: a subset), in a random order."""
    chosen = list(names or SCENARIOS)
    rng.shuffle(chosen)
    results = {}
    for name in chosen:
        results[name] = SCENARIOS[name](lib, rng)
    _settle(threading.enumerate())
    return results


def _settle(_threads: list[threading.Thread]) -> None:
    """Give killed processes' parents time to reap (keeps the next run's counts clean)."""
    time.sleep(0.1)
