"""No orphans: killing a scan or an export (SIGKILL or SIGTERM) leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from tests.reliability.helpers import cli, descendants, photos

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc (Linux)")


def _kill_when_busy(proc: subprocess.Popen[str], sig: int, workers: int = 2) -> list[int]:
    """Wait until the pool's workers run (fork server, tracker and workers), then kill."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(descendants(proc.pid)) < workers + 2:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    time.sleep(0.5)  # mid-work
    before = descendants(proc.pid)
    assert len(before) >= workers + 2 and proc.poll() is None
    os.kill(proc.pid, sig)
    proc.communicate(timeout=60)
    return before


def _orphans_after(pid: int, seconds: float = 1.5) -> list[int]:
    deadline = time.monotonic() + seconds
    left = descendants(pid)
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = descendants(pid)
    for p in left:  # do not leak them into the rest of the test run
        os.kill(p, signal.SIGKILL)
    return left


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_scan_leaves_no_process(tmp_path: Path, sig: int) -> None:
    photos(tmp_path / "media", 100, (1000, 750))
    proc = cli(
        tmp_path,
        "scan",
        str(tmp_path / "media"),
        "--workers",
        "2",
        "-c",
        str(tmp_path / "c.smpcat"),
    )
    _kill_when_busy(proc, sig)
    assert _orphans_after(proc.pid) == []


def test_killed_export_leaves_no_process(tmp_path: Path) -> None:
    photos(tmp_path / "media", 60, (2400, 1800))
    cat = str(tmp_path / "c.smpcat")
    scan = cli(
        tmp_path, "scan", str(tmp_path / "media"), "--no-thumbnails", "--workers", "1", "-c", cat
    )
    assert scan.wait(timeout=300) == 0, scan.communicate()
    (tmp_path / "out").mkdir()
    proc = cli(
        tmp_path,
        "export",
        "--query",
        "kind:photo",
        "--audience",
        "internal",
        "--include-unknown-consent",
        "--preset",
        "web",
        "--to",
        str(tmp_path / "out"),
        "--workers",
        "2",
        "-c",
        cat,
    )
    _kill_when_busy(proc, signal.SIGKILL)
    assert _orphans_after(proc.pid) == []
