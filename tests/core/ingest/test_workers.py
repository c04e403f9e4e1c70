"""Isolation: a file that crashes or hangs its worker becomes an error and the scan goes on;
cancel and kill -9 leave a consistent catalogue that the next scan completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.codes import STATUS_CODES
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.ingest import ScanOptions, build_thumbnails, scan, tasks
from smparchive.core.ingest.workers import TaskFailed, WorkerPool
from smparchive.core.progress import CancelToken
from smparchive.core.vocab import ItemStatus


@pytest.fixture
def folder(tmp_path: Path, make_jpeg: Callable[..., Path]) -> Path:
    root = tmp_path / "photos"
    for n in range(6):
        make_jpeg(root / f"IMG_{n}.jpg", color=(n * 30, 0, 0))
    return root


def _statuses(catalog: Any) -> dict[str, tuple[str, str | None]]:
    items = catalog.items(catalog.query_ids())
    return {i.name: (i.status, i.status_reason) for i in items}


def test_pool_finds_the_culprit_and_reruns_bystanders(folder: Path) -> None:
    paths = sorted(str(p) for p in folder.iterdir())
    jobs = [(p, tasks.first_look, (p, "crash" if p.endswith("IMG_2.jpg") else None)) for p in paths]
    with WorkerPool(2, timeout_s=30) as pool:
        results = dict(pool.run(jobs))
    failed = {Path(k).name: v for k, v in results.items() if isinstance(v, TaskFailed)}
    assert list(failed) == ["IMG_2.jpg"] and failed["IMG_2.jpg"].crashed
    assert sum(isinstance(v, tasks.Look) for v in results.values()) == 5
    assert pool.rebuilds >= 1


def test_a_crash_while_the_caller_works_on_a_result_is_found_too(folder: Path) -> None:
    """The caller does slow work between results (writing them to the catalogue): a
    worker that dies meanwhile breaks the pool before the next task is handed over. That
    task waits; the crash is found and its file named as for any other (before, handing
    it over raised BrokenProcessPool out of the job, a flaky thumbnail job)."""
    paths = sorted(str(p) for p in folder.iterdir())
    jobs = [(p, tasks.sha256_of, (p, "crash" if p.endswith("IMG_1.jpg") else None)) for p in paths]
    results = {}
    with WorkerPool(2, timeout_s=30) as pool:
        list(pool.run([("warm", tasks.sha256_of, (paths[0],))]))  # the workers are up
        for key, value in pool.run(jobs):
            results[key] = value
            time.sleep(0.5)  # the crash happens now, while no task is being waited for
    failed = {Path(k).name: v for k, v in results.items() if isinstance(v, TaskFailed)}
    assert list(failed) == ["IMG_1.jpg"] and failed["IMG_1.jpg"].crashed
    assert sorted(results) == paths
    hashed = [v for v in results.values() if not isinstance(v, TaskFailed)]
    assert len(hashed) == 5 and all(isinstance(v, str) and len(v) == 64 for v in hashed)


def test_crash_in_a_worker_is_an_error_and_the_scan_goes_on(
    catalog: Any, folder: Path, make_jpeg: Callable[..., Path]
) -> None:
    make_jpeg(folder / "crash-me.jpg")
    catalog.add_root(folder)
    report = scan(catalog, options=ScanOptions(workers=2, faults={"crash-me": "crash"}))
    statuses = _statuses(catalog)
    assert statuses.pop("crash-me.jpg") == ("error", "The file made its worker process crash.")
    assert {s for s, _ in statuses.values()} == {"ok"} and len(statuses) == 6
    assert report.errors == 1 and report.worker_restarts >= 1


def test_hanging_file_times_out(catalog: Any, folder: Path, make_jpeg: Callable[..., Path]) -> None:
    make_jpeg(folder / "hang-me.jpg")
    catalog.add_root(folder)
    started = time.monotonic()
    report = scan(catalog, options=ScanOptions(workers=2, timeout_s=2, faults={"hang": "hang"}))
    assert time.monotonic() - started < 20
    status, reason = _statuses(catalog)["hang-me.jpg"]
    assert status == "error" and "longer than 2 s" in str(reason)
    assert report.new == 7 and report.errors == 1
    # A rescan does not try the hanging file again (same size and date) ...
    assert scan(catalog, options=ScanOptions(workers=0)).probed == 0
    # ... unless asked to.
    again = scan(catalog, options=ScanOptions(workers=0, retry_errors=True))
    assert again.probed == 1 and _statuses(catalog)["hang-me.jpg"][0] == "ok"


def test_thumbnail_worker_crash_is_recorded(catalog: Any, folder: Path) -> None:
    catalog.add_root(folder)
    scan(catalog, options=ScanOptions(workers=0, pictures=False))  # the job makes them
    thumbs = build_thumbnails(
        catalog, options=ScanOptions(workers=2, faults={"IMG_4": "crash"}), previews=False
    )
    assert thumbs.failed == 1 and thumbs.made == 5
    assert _statuses(catalog)["IMG_4.jpg"] == ("error", "The file made its worker process crash.")


def test_cancel_keeps_what_is_done_and_the_next_scan_finishes(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "many"
    for n in range(20):
        make_jpeg(root / f"{n:02d}.jpg", color=(n, n, n))
    catalog.add_root(root)
    cancel = CancelToken()
    batches: list[int] = []

    def committed(changes: Any) -> None:  # after each atomic batch
        batches.append(len(changes.items))
        if len(batches) == 2:
            cancel.cancel()

    options = ScanOptions(workers=0, batch_size=3, on_batch=committed)
    first = scan(catalog, None, None, cancel, options)
    assert first.cancelled and first.missing == 0
    kept = catalog.count()
    assert kept == sum(batches) == 6  # two batches of rows from the files' heads
    assert kept == first.new and first.seconds_to_searchable is None
    items = catalog.items(catalog.query_ids())
    assert all(i.sha256 is None and i.status == "ok" for i in items)  # hash pending
    assert catalog.hash_pending_count() == 6 and catalog.pending_thumbnail_ids() == []
    assert catalog.roots()[0].last_scan_at is None  # the walk-to-end never completed
    second = scan(catalog, options=ScanOptions(workers=0))
    assert not second.cancelled and second.unchanged == 0 and second.changed == 0
    assert second.new == 20 - kept and catalog.count() == 20
    after = {i.id: i for i in catalog.items(catalog.query_ids())}
    assert {i.id for i in items} <= set(after)  # the same items, now hashed
    assert all(i.sha256 and i.status == "ok" for i in after.values())
    assert catalog.hash_pending_count() == 0


def test_cancel_mid_hash_resumes_hashing_next_time(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """Rows are searchable before any file is hashed; a cancel during the hash stage
    leaves the unhashed items as they were (ok, hash pending), and the next scan hashes
    exactly those, keeping their ids."""
    root = tmp_path / "many"
    for n in range(12):
        make_jpeg(root / f"{n:02d}.jpg", color=(n, 2 * n, n), when=f"2022:06:01 10:{n:02d}:00")
    catalog.add_root(root)
    cancel = CancelToken()
    seen: list[tuple[int, int, int]] = []

    def rows_in() -> None:  # every file has a row: none hashed yet, all searchable
        hashed = sum(1 for i in catalog.items(catalog.query_ids()) if i.sha256)
        seen.append((catalog.count(), hashed, len(catalog.query_ids(ItemFilter(text="EOS")))))

    def committed(changes: Any) -> None:
        if seen and catalog.hash_pending_count() < 12:
            cancel.cancel()  # the first batch of hashes is in

    options = ScanOptions(
        workers=0, batch_size=4, batch_seconds=60, on_batch=committed, on_searchable=rows_in
    )
    first = scan(catalog, None, None, cancel, options)
    assert seen == [(12, 0, 12)]  # searchable by the EXIF camera before any hash
    assert first.cancelled and first.new == 12 and first.seconds_to_searchable is not None
    pending = catalog.hash_pending_count()
    assert pending == 8
    before = {i.id: i for i in catalog.items(catalog.query_ids())}
    assert {i.status for i in before.values()} == {"ok"}
    assert all(i.camera_make for i in before.values())  # facts from the head
    second = scan(catalog, options=ScanOptions(workers=0))
    assert second.probed == pending and second.unchanged == 12 - pending
    assert second.new == 0 and second.changed == 0 and second.errors == 0
    after = {i.id: i for i in catalog.items(catalog.query_ids())}
    assert set(after) == set(before) and catalog.hash_pending_count() == 0
    assert all(i.sha256 and i.capture_utc == before[i.id].capture_utc for i in after.values())


SCRIPT = """
import sys, time
from pathlib import Path
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest import ScanOptions, scan

def slow(event):
    time.sleep(0.03)

if __name__ == "__main__":
    cat = open_catalog(Path(sys.argv[1]))
    scan(cat, None, slow, None, ScanOptions(workers=0, batch_size=2, batch_seconds=0))
"""


def test_kill_9_mid_scan_leaves_a_consistent_catalogue(
    catalog: Any, catalog_path: Path, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "killed"
    for n in range(60):
        make_jpeg(root / f"{n:02d}.jpg", color=(n, 0, n))
    catalog.add_root(root)
    script = tmp_path / "run_scan.py"
    script.write_text(textwrap.dedent(SCRIPT))
    proc = subprocess.Popen([sys.executable, str(script), str(catalog_path)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with sqlite3.connect(catalog_path, timeout=5) as db:
                n = db.execute("select count(*) from items").fetchone()[0]
            if n >= 6:
                break
            assert proc.poll() is None, "the scan ended before it could be killed"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    with sqlite3.connect(catalog_path) as db:
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        rows = db.execute("select count(*) from items").fetchone()[0]
        done = db.execute("select count(*) from items where sha256 is not null").fetchone()[0]
        # Rows without a hash are pending (catalogued from their head), never degraded.
        pending = db.execute(
            "select count(*) from items where sha256 is null and status = ? "
            "and status_reason is null",
            (STATUS_CODES[ItemStatus.OK],),  # stored as its code (schema 0023)
        ).fetchone()[0]
        assert done + pending == rows
        assert db.execute("select count(*) from search_docs").fetchone()[0] == rows
    assert 6 <= rows < 60 or done < 60
    report = scan(catalog, options=ScanOptions(workers=0))
    assert report.unchanged == done and report.new == 60 - rows and catalog.count() == 60
    assert catalog.hash_pending_count() == 0 and report.errors == 0


@pytest.mark.skipif(sys.platform != "linux", reason="address-space caps are Linux-only here")
def test_memory_guard_refuses_a_greedy_file(folder: Path) -> None:
    path = str(folder / "IMG_0.jpg")
    with WorkerPool(1, memory_limit=768 * 1024**2) as pool:
        [(_, result)] = list(pool.run([(path, tasks.first_look, (path, "memory"))]))
        [(_, fine)] = list(pool.run([(path, tasks.first_look, (path, None))]))
    assert isinstance(result, TaskFailed) and "more memory" in result.reason
    assert isinstance(fine, tasks.Look) and fine.sha256  # the worker is still usable


def test_thumbnails_alongside_a_scan(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    import threading

    from smparchive.core.ingest import ThumbnailJob

    root = tmp_path / "live"
    for n in range(30):
        make_jpeg(root / f"{n:02d}.jpg", color=(n, 2 * n, 0))
    catalog.add_root(root)
    finished = threading.Event()
    job = ThumbnailJob(catalog, options=ScanOptions(workers=0), previews=False)
    reports: list[Any] = []
    worker = threading.Thread(target=lambda: reports.append(job.run(until=finished)))
    worker.start()
    try:
        options = ScanOptions(workers=0, batch_size=5, batch_seconds=0, pictures=False)
        scan(catalog, options=options)
    finally:
        finished.set()
        worker.join(60)
    assert reports and reports[0].made == 30
    assert {i.thumb_state for i in catalog.items(catalog.query_ids())} == {"ok"}


def test_results_in_order_and_a_crash_costs_one_task() -> None:
    import operator

    from smparchive.core.ingest.workers import run_in_order

    tasks = [
        ("a", operator.add, (1, 2)),
        ("b", os._exit, (3,)),  # kills its worker
        ("c", operator.mul, (3, 4)),
        ("d", operator.sub, (9, 4)),
    ]
    with WorkerPool(2, timeout_s=20) as pool:
        got = list(run_in_order(pool, tasks, window=2))
    assert got[0] == 3 and got[2:] == [12, 5]
    assert isinstance(got[1], TaskFailed) and got[1].crashed


def test_a_slow_worker_start_is_not_the_files_time() -> None:
    """On a loaded machine starting the workers can take longer than a file may: the
    file's clock starts when the workers are up, so quick files are not called hung."""
    import functools
    import operator

    jobs = [(n, operator.add, (n, 1)) for n in range(4)]
    with WorkerPool(2, timeout_s=1, setup=functools.partial(time.sleep, 3)) as pool:
        got = dict(pool.run(jobs))
    assert got == {0: 1, 1: 2, 2: 3, 3: 4}
    assert pool.rebuilds == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork server: Linux")
def test_the_workers_server_starts_with_the_head_pass(folder: Path, tmp_path: Path) -> None:
    """The first worker of a scan waited for the fork server to start and import the media
    code (0.1-0.2 s) after the head pass had written its rows: the server now starts
    when the head pass does and imports on another core meanwhile. In a fresh process:
    the fork server is per process."""
    code = textwrap.dedent(
        """
        import sys
        from multiprocessing import forkserver
        from pathlib import Path
        from smparchive.core.catalog.catalog import open_catalog
        from smparchive.core.ingest import ScanOptions, scan

        cat = open_catalog(Path(sys.argv[1]) / "c.smpcat", create=True)
        cat.add_root(Path(sys.argv[2]))
        at_rows = []
        def first_rows(_changes):
            if not at_rows:  # the head pass's rows, before any file is read in full
                at_rows.append(forkserver._forkserver._forkserver_pid is not None)
        report = scan(cat, options=ScanOptions(workers=1, on_batch=first_rows))
        print(at_rows[0], report.new, report.errors)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "6", "0"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork server: Linux")
def test_a_slow_fork_server_does_not_hold_up_the_head_pass(folder: Path, tmp_path: Path) -> None:
    """On a busy machine the fork server's imports take a second or more, and starting the
    workers at the head pass's first batch waited for them: the scan stood still and the
    catalogue became searchable only once they were up. Now the workers start on a helper
    thread; the files are searchable while the server is still importing. In a fresh
    process (the fork server is per process) with a preload that takes 3 s."""
    (tmp_path / "slow_preload.py").write_text(
        "import os, pathlib, time\n"
        "time.sleep(3)\n"
        "pathlib.Path(os.environ['SERVER_READY']).write_text('ready')\n"
    )
    ready = tmp_path / "ready"
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from smparchive.core.catalog.catalog import open_catalog
        from smparchive.core.ingest import ScanOptions, scan
        from smparchive.core.ingest.workers import WorkerPool
        from smparchive.core.processes import PRELOAD

        cat = open_catalog(Path(sys.argv[1]) / "c.smpcat", create=True)
        cat.add_root(Path(sys.argv[2]))
        seen = []
        def searchable():
            seen.append((Path(sys.argv[3]).exists(), len(cat.query_ids())))
        # batch_seconds=0: every head row is its own batch, the workers start at the first
        options = ScanOptions(workers=1, batch_seconds=0, on_searchable=searchable)
        with WorkerPool(1, preload=["slow_preload", *PRELOAD]) as pool:
            report = scan(cat, options=options, pool=pool)
        print(seen[0][0], seen[0][1], report.new, report.errors)
        """
    )
    env = {**os.environ, "SERVER_READY": str(ready)}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(folder), str(ready)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    # searchable (6 rows) before the server was ready; then every file read all the same
    assert done.stdout.split() == ["False", "6", "6", "0"]


def test_a_fork_server_that_cannot_start_early_does_not_stop_the_scan(
    catalog: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting the workers' server early is a head start, not a step of the scan: if it
    fails there, the head pass still writes its rows and the pool starts as before."""
    from smparchive.core.ingest import workers

    def refuse(_preload: Any) -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(workers, "start_server", refuse)
    catalog.add_root(folder)
    report = scan(catalog, options=ScanOptions(workers=1))
    assert (report.new, report.errors) == (6, 0)
    assert {status for status, _ in _statuses(catalog).values()} == {"ok"}


_KILLED_MID_RESULT = textwrap.dedent(
    """
    import gc, os, struct, sys, time
    from multiprocessing.queues import SimpleQueue
    from smparchive.core.ingest.workers import WorkerPool

    def half_sent(n):
        # What a worker killed while writing a large rendition leaves in the result pipe:
        # a message's length and the start of its bytes (written here by hand, then the
        # worker is killed before the rest).
        [queue] = [q for q in gc.get_objects() if isinstance(q, SimpleQueue)]
        os.write(queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"x" * 1000)
        time.sleep(600)

    if __name__ == "__main__":  # the workers import this file too
        start = time.monotonic()
        try:
            with WorkerPool(1, timeout_s=600) as pool:
                pool._pool().submit(half_sent, 0)
                time.sleep(3)  # the worker has written half a result
                raise OSError(28, "No space left on device")  # the export's disk filled up
        except OSError:
            pass
        print(f"out after {time.monotonic() - start:.1f} s")
    """
)


def test_workers_killed_while_sending_a_result_do_not_hang_the_caller(tmp_path: Path) -> None:
    """An export whose disk filled up hung for good (seen in a CI run of the reliability
    suite): leaving the pool on an error killed the workers while one was writing a large
    rendition into the result pipe, and the pool's manager thread then waited forever for
    the rest of that message. The caller now gets out in seconds."""
    script = tmp_path / "killed.py"
    script.write_text(_KILLED_MID_RESULT, "utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3] / "src")}
    try:
        done = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, timeout=60, env=env
        )
    except subprocess.TimeoutExpired:
        pytest.fail("leaving the pool hung with a worker killed mid-result")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("out after"), done.stdout


def test_fork_server_imports_no_libheif_nor_the_web_stack() -> None:
    """The workers' fork server imports what reading media needs before the first photo
    waits for it: not libheif (pillow_heif: a worker that meets a HEIC loads it) nor
    urllib.request, http.client and email (once pulled in by XMP escaping), ~50 ms of CPU
    in every scan."""
    code = (
        "import sys, importlib\n"
        "from smparchive.core.processes import PRELOAD\n"
        "for name in PRELOAD:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in ('pillow_heif', 'urllib.request', 'http.client', 'email.message')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"
