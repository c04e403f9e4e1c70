"""Scans take turns: a second scan of a catalogue waits or refuses with one sentence."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.reliability.helpers import TRACEBACK, cli, lock_holder, photos, release_lock

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest import ScanOptions, scan
from smparchive.core.ingest.scanlock import ScanBusy, scan_lock


def test_second_scan_refuses_with_one_sentence_and_json(tmp_path: Path) -> None:
    root, cat = tmp_path / "media", str(tmp_path / "c.smpcat")
    photos(root, 3, (64, 48))
    open_catalog(Path(cat), create=True).close()
    holder = lock_holder(tmp_path, cat)
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
        release_lock(holder)
    out, err = waiting.communicate(timeout=180)
    assert waiting.returncode == 0, err
    assert "3 new" in out


def test_the_holders_start_reads_on_this_computers_clock_with_its_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan started in Tokyo on a shared catalogue: a colleague in New York read 'since
    09:30', Tokyo's clock with no zone. Now the start is stored in UTC and read on this
    computer's clock, its zone named; an earlier version's lock names the process only."""
    import fcntl

    cat_path = str(tmp_path / "c.smpcat")
    open_catalog(Path(cat_path), create=True).close()
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        before = datetime.now(UTC)
        holder = lock_holder(tmp_path, cat_path, zone="Asia/Tokyo")
        after = datetime.now(UTC)
        cat = open_catalog(Path(cat_path))
        try:
            with pytest.raises(ScanBusy) as busy, scan_lock(cat):
                pass
        finally:
            release_lock(holder)
        ny = ZoneInfo("America/New_York")
        starts = {f"{t.astimezone(ny):%Y-%m-%d %H:%M %Z}" for t in (before, after)}
        said = str(busy.value)
        assert f"(process {holder.pid} on {os.uname().nodename}, since " in said
        assert any(f"since {start})" in said for start in starts), said
        # a lock written by an earlier version: its wall clock's zone is unknown
        fd = os.open(cat_path + ".scan-lock", os.O_RDWR | os.O_CREAT)
        os.write(fd, b"process 77 on old-pc, since 09:30")
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            with pytest.raises(ScanBusy) as old, scan_lock(cat):
                pass
        finally:
            os.close(fd)
        assert str(old.value) == (
            "Another scan of this catalogue is running (process 77 on old-pc). "
            "Try again when it has finished."
        )
        cat.close()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


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
    holder = lock_holder(tmp_path, url)  # another process (another computer) scanning
    cat = open_catalog(url)
    try:
        busy = r"^Another scan of this catalogue is running\. "
        with pytest.raises(ScanBusy, match=busy), scan_lock(cat):
            pass
    finally:
        release_lock(holder)
    with scan_lock(cat):  # released with the other session
        pass
    cat.close()
