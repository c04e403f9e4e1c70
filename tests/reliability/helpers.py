"""Reliability test helpers: the CLI in a subprocess, photo folders, process trees."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[2]
TRACEBACK = "Traceback (most recent call last)"


def cli_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(tmp / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp / "xdg-config"),
        XDG_CACHE_HOME=str(tmp / "xdg-cache"),
        XDG_STATE_HOME=str(tmp / "xdg-state"),
        PYTHONPATH=str(REPO / "src"),
    )
    env.pop("SMPARCHIVE_CATALOGUE", None)
    return env


def cli(tmp: Path, *args: str, **kw: object) -> subprocess.Popen[str]:
    """Start ``smparchive ARGS`` in its own process group."""
    return subprocess.Popen(
        [sys.executable, "-m", "smparchive", *args],
        env=cli_env(tmp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        **kw,  # type: ignore[arg-type]
    )


def photos(root: Path, n: int, size: tuple[int, int] = (640, 480)) -> list[Path]:
    """``n`` distinct small JPEGs (with noise so each takes a moment to read)."""
    root.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        im = Image.effect_noise(size, 40 + i % 50).convert("RGB")
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Canon", "EOS R6"  # make, model
        exif[0x8769] = {0x9003: f"2024:05:{1 + i % 28:02d} 10:{i % 60:02d}:00"}  # taken
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=85, exif=exif.tobytes())
        p = root / f"IMG_{i:04d}.jpg"
        p.write_bytes(buf.getvalue())
        out.append(p)
    return out


def descendants(pid: int) -> list[int]:
    """Every live process whose ancestry includes ``pid`` or that is in its session."""
    parents: dict[int, int] = {}
    sessions: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] == "Z":
            continue
        parents[int(entry)] = int(fields[1])
        sessions[int(entry)] = int(fields[3])
    found = {p for p, sid in sessions.items() if sid == pid and p != pid}
    frontier = [pid]
    while frontier:
        cur = frontier.pop()
        for child, parent in parents.items():
            if parent == cur and child not in found:
                found.add(child)
                frontier.append(child)
    return sorted(found)


HOLD = """
import sys, time
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest.scanlock import scan_lock
cat = open_catalog(sys.argv[1])
with scan_lock(cat):
    print("held", flush=True)
    sys.stdin.readline()
"""


def lock_holder(tmp: Path, cat: str, zone: str | None = None) -> subprocess.Popen[str]:
    """A process holding the scan lock of ``cat`` (its clock in ``zone``) until a line
    comes on its stdin (another computer scanning the catalogue)."""
    env = cli_env(tmp)
    if zone is not None:
        env["TZ"] = zone
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, cat],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def release_lock(holder: subprocess.Popen[str]) -> None:
    """Tell a ``lock_holder`` process to let go, and wait for it to end."""
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.close()
    holder.wait(timeout=60)
