"""Scans take turns: a second scan of a catalogue waits or refuses with one sentence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.reliability.helpers import TRACEBACK, cli, cli_env, photos

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest import ScanOptions, scan
from smparchive.core.ingest.scanlock import ScanBusy, scan_lock

HOLD = """
import sys, time
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest.scanlock import scan_lock
cat = open_catalog(sys.argv[1])
with scan_lock(cat):
    print("held", flush=True)
    sys.stdin.readline()
"""


def _holder(tmp_path: Path, cat: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, cat],
        env=cli_env(tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_second_scan_refuses_with_one_sentence_and_json(tmp_path: Path) -> None:
    root, cat = tmp_path / "media", str(tmp_path / "c.smpcat")
    photos(root, 3, (64, 48))
    open_catalog(Path(cat), create=True).close()
    holder = _holder(tmp_path, cat)
    try:
        run = cli(tmp_path, "scan", str(root), "--json", "--workers", "0", "-c", cat)
        out, err = run.communicate(timeout=120)
        assert run.returncode == 2
        assert json.loads(out) == {"error": json.loads(out)["error"]}
        assert json.loads(out)["error"].startswith("Another scan of this catalogue is running")
        assert err.count("\n") == 1 and TRACEBACK not in err
        assert f"process {holder.pid}" in err

        # --wait waits (saying so once) and scans when the first one ends.
        waiting = cli(tmp_path, "scan", str(root), "--wait", "--workers", "0", "-c", cat)
        assert waiting.stderr is not None
        said = waiting.stderr.readline()  # blocks until it says it waits
        assert "Waiting for it to finish" in said and f"process {holder.pid}" in said
        time.sleep(1)
        assert waiting.poll() is None
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    out, err = waiting.communicate(timeout=180)
    assert waiting.returncode == 0, err
    assert "3 new" in out


def test_in_process_second_scan_refuses(tmp_path: Path) -> None:
    import threading

    root = tmp_path / "media"
    photos(root, 2, (32, 32))
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    cat.add_root(root)
    errors: list[BaseException] = []
    with scan_lock(cat):
        assert scan(cat, options=ScanOptions(workers=0)).new == 2  # re-entrant in this thread

        def other() -> None:
            try:
                scan(cat, options=ScanOptions(workers=0))
            except ScanBusy as exc:
                errors.append(exc)

        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert [str(e) for e in errors] == [
        "Another scan of this catalogue is running (in this program). "
        "Try again when it has finished."
    ]
    assert scan(cat, options=ScanOptions(workers=0)).unchanged == 2  # released
    cat.close()


def test_two_cli_scans_at_once_never_crash(tmp_path: Path) -> None:
    root, cat = tmp_path / "media", str(tmp_path / "c.smpcat")
    photos(root, 60, (320, 240))
    open_catalog(Path(cat), create=True).close()
    runs = [
        cli(tmp_path, "scan", str(root), "--json", "--no-thumbnails", "--workers", "1", "-c", cat)
        for _ in range(2)
    ]
    results = [(r.communicate(timeout=300), r.returncode) for r in runs]
    codes = sorted(code for _, code in results)
    for (out, err), _code in results:
        json.loads(out)  # valid JSON either way
        assert TRACEBACK not in err and "UNIQUE" not in err + out
    assert codes in ([0, 0], [0, 2])
    check = open_catalog(Path(cat))
    [r] = check.roots()
    assert len(check.ingest_index(r.id)) == 60
    check.close()


@pytest.mark.skipif(not os.environ.get("SMPARCHIVE_TEST_PG_URL"), reason="no PostgreSQL")
def test_postgres_scans_take_turns_with_an_advisory_lock(tmp_path: Path) -> None:
    url = os.environ["SMPARCHIVE_TEST_PG_URL"]
    open_catalog(url).close()
    holder = _holder(tmp_path, url)  # another process (another computer) scanning
    cat = open_catalog(url)
    try:
        busy = r"^Another scan of this catalogue is running\. "
        with pytest.raises(ScanBusy, match=busy), scan_lock(cat):
            pass
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    with scan_lock(cat):  # released with the other session
        pass
    cat.close()
