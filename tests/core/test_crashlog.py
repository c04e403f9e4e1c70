"""A crash the log cannot hold (a fatal signal in a native library) leaves a file with every
thread's stack, which the next start finds and reports; runs that are alive, or that ended
without a dump, are not reported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from smparchive.core.crashlog import DUMP_MARK, KEEP, CrashGuard

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

CHILD = textwrap.dedent(
    """
    import faulthandler, sys
    from pathlib import Path
    from smparchive.core.crashlog import CrashGuard

    guard = CrashGuard(Path(sys.argv[1]))
    guard.arm("smparchive test child")
    print("armed", flush=True)

    def decoding_a_hostile_file():
        faulthandler._sigsegv()

    action = sys.argv[2]
    if action == "crash":
        decoding_a_hostile_file()
    elif action == "wait":
        sys.stdin.read()
        guard.disarm()
    """
)


def _child(folder: Path, action: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), action],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "armed"
    return proc


def test_a_crash_is_kept_with_every_threads_stack_and_reported_once(tmp_path: Path) -> None:
    proc = _child(tmp_path, "crash")
    assert proc.wait(timeout=30) == -signal.SIGSEGV
    records = CrashGuard(tmp_path).collect()
    assert len(records) == 1
    kept = records[0].path
    assert kept.parent == tmp_path and kept.name.startswith("crash-")
    assert kept.name.endswith(f"-{proc.pid}.log") and records[0].pid == proc.pid
    text = kept.read_text()
    assert DUMP_MARK in text and "Segmentation fault" in text
    assert "decoding_a_hostile_file" in text  # where it was, by function
    assert "smparchive test child" in text  # the header written when armed
    assert not list(tmp_path.glob("running-*.crash"))
    assert CrashGuard(tmp_path).collect() == []  # reported once; the file stays
    assert kept.exists()


def test_a_running_instance_is_left_alone_and_a_clean_exit_leaves_nothing(
    tmp_path: Path,
) -> None:
    proc = _child(tmp_path, "wait")
    try:
        running = tmp_path / f"running-{proc.pid}.crash"
        assert running.exists()
        assert CrashGuard(tmp_path).collect() == []
        assert running.exists()  # another instance's file is not taken for a dead one's
    finally:
        proc.communicate("", timeout=30)
    assert proc.returncode == 0
    assert list(tmp_path.iterdir()) == []


def test_a_killed_run_without_a_dump_is_not_reported(tmp_path: Path) -> None:
    proc = _child(tmp_path, "wait")
    proc.kill()  # SIGKILL, as the OOM killer or a power loss: nothing could be written
    proc.wait(timeout=30)
    assert CrashGuard(tmp_path).collect() == []
    assert list(tmp_path.iterdir()) == []


def test_only_the_last_crash_files_are_kept(tmp_path: Path) -> None:
    for n in range(KEEP + 3):
        (tmp_path / f"crash-2020010{n}-101500-{n}.log").write_text(DUMP_MARK)
    (tmp_path / "running-999999999.crash").write_text(f"{DUMP_MARK}: Aborted\n")
    time.sleep(0.01)
    records = CrashGuard(tmp_path).collect()
    assert [r.pid for r in records] == [999999999]
    kept = sorted(p.name for p in tmp_path.glob("crash-*.log"))
    assert len(kept) == KEEP
    assert records[0].path.name in kept
    assert "crash-20200100-101500-0.log" not in kept  # the oldest went first
