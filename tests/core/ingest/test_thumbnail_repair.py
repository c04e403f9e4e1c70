"""A thumbnail job limited to given items remakes their missing grid thumbnails."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from smparchive.core.ingest import ScanOptions, ThumbnailJob, build_thumbnails, scan
from smparchive.core.progress import CancelToken
from smparchive.core.thumbcache import PREVIEW, THUMB

INLINE = ScanOptions(workers=0)


def _catalogued(catalog: Any, root: Path, make_jpeg: Callable[..., Path], n: int = 4) -> list[Any]:
    for k in range(n):
        make_jpeg(root / f"IMG_{k}.jpg", color=(40 * k, 200 - 40 * k, 90))
    catalog.add_root(root)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE, previews=False)
    items = catalog.items(catalog.query_ids())
    assert all(i.thumb_state == "ok" for i in items)
    return sorted(items, key=lambda i: i.name)


def _forget_thumbnails(catalog: Any, items: list[Any]) -> None:
    for item in items:
        catalog.thumbnails.path_for(item.sha256, THUMB).unlink()


def _fingerprint(root: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.iterdir())
    }


def test_repair_remakes_only_the_given_items(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "media"
    items = _catalogued(catalog, root, make_jpeg)
    before = _fingerprint(root)
    _forget_thumbnails(catalog, items)
    cache = catalog.thumbnails

    job = ThumbnailJob(catalog, item_ids=[items[0].id, items[2].id], options=INLINE)
    job.prioritise([items[2].id])
    report = job.run()

    assert report.made == 2 and report.failed == 0
    assert [cache.has(i.sha256, THUMB) for i in items] == [True, False, True, False]
    # previews only for what it repaired; other items' states untouched (no requeue)
    assert [cache.has(i.sha256, PREVIEW) for i in items] == [True, False, True, False]
    assert {i.thumb_state for i in catalog.items(catalog.query_ids())} == {"ok"}
    assert _fingerprint(root) == before  # sources are only read
    assert job.add([items[1].id]) is False  # finished: a new job takes further items


def test_repair_takes_items_added_while_it_runs(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    items = _catalogued(catalog, tmp_path / "media", make_jpeg)
    _forget_thumbnails(catalog, items)
    job = ThumbnailJob(catalog, item_ids=[items[0].id], options=INLINE, previews=False)
    accepted: list[bool] = []

    def progress(_event: Any) -> None:
        if not accepted:
            accepted.append(job.add([items[3].id]))

    report = job.run(progress)
    assert accepted == [True] and report.made == 2
    assert catalog.thumbnails.has(items[3].sha256, THUMB)


def _in_thread(run: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    """``run`` started on its own thread (as the app's runner does); its result lands in
    the list."""
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(run()))
    thread.start()
    return thread, out


def _until_pictured(catalog: Any, item: Any, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not catalog.thumbnails.has(item.sha256, THUMB) and time.monotonic() < deadline:
        time.sleep(0.02)


def test_a_lingering_repair_takes_the_next_screenful_then_ends(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """A repair whose items are done waits ``linger_s`` for more: items added then are made
    by the same job (its workers kept), and it ends once nothing more comes."""
    items = _catalogued(catalog, tmp_path / "media", make_jpeg)
    _forget_thumbnails(catalog, items)
    cache = catalog.thumbnails
    job = ThumbnailJob(
        catalog, item_ids=[items[0].id], options=INLINE, previews=False, linger_s=30.0
    )
    events: list[Any] = []
    runner, out = _in_thread(lambda: job.run(events.append))
    _until_pictured(catalog, items[0])
    time.sleep(0.2)  # the first round is over: the job waits for more
    assert runner.is_alive() and job.add([items[1].id, items[2].id]) is True
    _until_pictured(catalog, items[2])
    assert runner.is_alive()  # still waiting for more (30 s), not ended with its round
    job.linger_s = 0.0
    assert job.add([items[3].id]) is True  # wakes it: this round, then no more waiting
    runner.join(20)
    assert not runner.is_alive() and out[0].made == 4
    assert all(cache.has(i.sha256, THUMB) for i in items)
    # the jobs line counts the whole job, never '3/2' once a second round has begun
    shown = [(e.done, e.total) for e in events if e.stage == "thumbnails"]
    assert all(done <= total for done, total in shown), shown
    assert shown[-1] == (4, 4) and (1, 1) in shown and (3, 3) in shown
    assert job.add([items[0].id]) is False  # ended: a new job takes further items


def test_items_handed_over_pass_after_pass_are_made_in_one_round(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path], monkeypatch: Any
) -> None:
    """A grid scrolled pass after pass hands a lingering repair a few items each time: they
    wait for each other (until nothing more comes for a moment) and are made in one round,
    not a round (and its reads of rows) per hand-over. Items handed over after a pause
    start a round at once."""
    from smparchive.core.ingest import thumbnails

    monkeypatch.setattr(thumbnails, "GATHER_S", 2.0)  # (a loaded machine's sleeps stay inside)
    monkeypatch.setattr(thumbnails, "GATHER_MAX_S", 10.0)
    items = _catalogued(catalog, tmp_path / "media", make_jpeg, n=5)
    _forget_thumbnails(catalog, items)
    job = ThumbnailJob(
        catalog, item_ids=[items[0].id], options=INLINE, previews=False, linger_s=30.0
    )
    events: list[Any] = []
    cancel = CancelToken()
    runner, out = _in_thread(lambda: job.run(events.append, cancel))
    _until_pictured(catalog, items[0])
    time.sleep(0.2)  # lingering
    assert job.add([items[1].id]) is True  # the first for a while: made at once
    _until_pictured(catalog, items[1], timeout_s=1.8)
    assert catalog.thumbnails.has(items[1].sha256, THUMB)  # (not after a 2 s gathering)
    time.sleep(0.2)  # lingering again
    for item in items[2:]:  # one after the other, as a scroll hands them over
        assert job.add([item.id]) is True
        time.sleep(0.05)
    _until_pictured(catalog, items[4])
    time.sleep(0.2)  # its round is over
    cancel.cancel()  # (ends its linger)
    runner.join(20)
    assert not runner.is_alive() and out[0].made == 5
    shown = [(e.done, e.total) for e in events if e.stage == "thumbnails"]
    # rounds of 1, 1, then one round of three whose total is 5 from its start
    assert (1, 2) in shown and (2, 5) in shown and shown[-1] == (5, 5), shown
    assert (3, 3) not in shown and (4, 4) not in shown, shown


def test_cancelling_a_lingering_repair_ends_it_at_once(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    items = _catalogued(catalog, tmp_path / "media", make_jpeg)
    _forget_thumbnails(catalog, items)
    job = ThumbnailJob(
        catalog, item_ids=[items[0].id], options=INLINE, previews=False, linger_s=60.0
    )
    cancel = CancelToken()
    runner, out = _in_thread(lambda: job.run(cancel=cancel))
    _until_pictured(catalog, items[0])
    time.sleep(0.2)
    assert runner.is_alive()
    cancel.cancel()
    runner.join(5)  # not the 60 s of its linger
    assert not runner.is_alive() and out[0].made == 1
    assert job.add([items[1].id]) is False


def test_repair_skips_offline_missing_and_failed_items(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    items = _catalogued(catalog, tmp_path / "media", make_jpeg)
    _forget_thumbnails(catalog, items)
    ids = [i.id for i in items]
    catalog.ingest_mark_missing([ids[0]], status="missing")
    catalog.ingest_mark_missing([ids[1]], status="offline")
    catalog.ingest_outcomes([{"id": ids[2], "status": "error", "status_reason": "broken"}])

    report = ThumbnailJob(catalog, item_ids=ids, options=INLINE, previews=False).run()
    assert report.made == 1 and report.done == 1
    assert [catalog.thumbnails.has(i.sha256, THUMB) for i in items] == [False, False, False, True]

    [root] = catalog.roots()
    catalog.set_root_online(root.id, False)  # the whole drive is offline
    catalog.thumbnails.path_for(items[3].sha256, THUMB).unlink()
    report = ThumbnailJob(catalog, item_ids=ids, options=INLINE, previews=False).run()
    assert report.done == 0 and not catalog.thumbnails.has(items[3].sha256, THUMB)


def test_repair_records_a_failure_once_and_a_cancel_changes_nothing(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    items = _catalogued(catalog, tmp_path / "media", make_jpeg, n=2)
    _forget_thumbnails(catalog, items)
    ids = [i.id for i in items]

    cancel = CancelToken()
    cancel.cancel()
    ThumbnailJob(catalog, item_ids=ids, options=INLINE).run(cancel=cancel)
    assert {i.thumb_state for i in catalog.items(ids)} == {"ok"}  # nothing marked pending

    failing = ScanOptions(workers=0, faults={"IMG_0": "raise"})
    report = ThumbnailJob(catalog, item_ids=ids, options=failing, previews=False).run()
    assert report.failed == 1 and report.made == 1
    first = catalog.items([ids[0]])[0]
    assert first.status == "error" and first.thumb_state == "none"
    # in error now: a later repair does not try it again
    again = ThumbnailJob(catalog, item_ids=ids, options=INLINE, previews=False).run()
    assert again.done == 0 and again.failed == 0


def test_prioritise_puts_the_latest_screen_first_and_stays_bounded(catalog: Any) -> None:
    """Scrolling calls prioritise per screen: what is shown now comes first, the previous
    screens follow, and the urgent queue does not grow with everything ever scrolled past."""
    from smparchive.core.ingest.thumbnails import URGENT_KEEP

    job = ThumbnailJob(catalog, item_ids=[], options=INLINE)
    screens = URGENT_KEEP // 50
    for screen in range(screens):
        job.prioritise(range(screen * 100, screen * 100 + 100))
    job.prioritise([5, 7, 5])  # back near the top; a repeated id counts once
    urgent = list(job._urgent)
    assert urgent[:2] == [5, 7]
    assert urgent[2:102] == list(range((screens - 1) * 100, screens * 100))
    assert urgent[102:202] == list(range((screens - 2) * 100, (screens - 1) * 100))
    assert len(urgent) == URGENT_KEEP


def test_previews_of_a_new_folder_skip_urgent_items_of_other_folders(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """The app hands the ids on screen (another folder's) as urgent to the job making the
    pictures of a folder just added; the preview stage skipped them only in the grid stage
    (it raised KeyError after a scan that added nothing)."""
    shown = _catalogued(catalog, tmp_path / "day1", make_jpeg, n=2)
    empty = tmp_path / "card"
    empty.mkdir()
    root = catalog.add_root(empty).value
    report = build_thumbnails(
        catalog, priority_ids=[i.id for i in shown], root_ids=[root], options=INLINE
    )
    assert report.previews == 0 and report.problems == []
