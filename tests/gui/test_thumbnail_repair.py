"""Thumbnails missing from the cache are made again while the grid shows their items."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.core.thumbcache import THUMB


def _photo(path: Path, n: int) -> None:
    """A real JPEG with some structure (gradient and a block), different per ``n``."""
    im = Image.linear_gradient("L").resize((320, 240)).convert("RGB")
    im.paste((30 * n % 255, 120, 200 - 10 * n), (20 + 8 * n, 30, 120 + 8 * n, 150))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def _fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


@pytest.fixture
def photo_catalog(tmp_path: Path) -> Iterator[Any]:
    """Photos on two drives, catalogued with thumbnails, then the grid thumbnails deleted."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan

    cat = open_catalog(tmp_path / "photos.smpcat", create=True)
    for n in range(6):
        _photo(tmp_path / "online" / f"IMG_{n}.jpg", n)
    for n in range(6, 9):
        _photo(tmp_path / "drive" / f"DSC_{n}.jpg", n)
    cat.add_root(tmp_path / "online")
    cat.add_root(tmp_path / "drive")
    inline = ScanOptions(workers=0)
    scan(cat, options=inline)
    build_thumbnails(cat, options=inline, previews=False)
    items = cat.items(cat.query_ids())
    assert len(items) == 9 and all(cat.thumbnails.has(i.sha256, THUMB) for i in items)
    for item in items:
        cat.thumbnails.path_for(item.sha256, THUMB).unlink()  # trimmed, deleted, new cache
    try:
        yield cat
    finally:
        cat.close()


def _open(qtbot: Any, catalog: Any, runner: Any, settings: Any, **options: Any) -> Any:
    from smparchive.core.ingest import ScanOptions
    from smparchive.gui.main_window import MainWindow

    w = MainWindow(catalog, runner, settings)
    w.thumb_repair.options = ScanOptions(workers=0, **options)  # in-process in tests
    qtbot.addWidget(w)
    w.set_view_mode("grid")
    w.show()
    qtbot.waitExposed(w)
    # Every item on one screen (the first window fits the offscreen 800 px screen, where
    # the grid would show three items at the default size, and only those are asked for).
    w.grid.set_thumb_size(64)
    qtbot.wait(50)
    return w


def _by_name(w: Any) -> dict[str, tuple[int, Any]]:
    """name -> (row, record) of what the grid shows."""
    out = {}
    for row in range(len(w.store)):
        rec = w.store.record(row)
        assert rec is not None
        out[rec.name] = (row, rec)
    return out


def _thumbnail(w: Any, row: int) -> Any:
    from smparchive.gui.models.roles import THUMBNAIL_ROLE

    return w.grid_model.data(w.grid_model.index(row, 0), THUMBNAIL_ROLE)


def test_missing_thumbnails_come_back_while_the_grid_shows_them(
    qtbot: Any, photo_catalog: Any, sync_runner: Any, settings: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPixmap

    before = _fingerprint(tmp_path / "online")
    w = _open(qtbot, photo_catalog, sync_runner, settings)
    shown = _by_name(w)
    online = {name: v for name, v in shown.items() if name.startswith("IMG_")}
    assert len(online) == 6
    cache = photo_catalog.thumbnails

    qtbot.waitUntil(lambda: all(cache.has(r.sha256, THUMB) for _row, r in online.values()))
    for row, _rec in online.values():
        qtbot.waitUntil(lambda row=row: _thumbnail(w, row) is not None)
        pix = _thumbnail(w, row)
        assert isinstance(pix, QPixmap) and not pix.isNull() and pix.width() > 100
    assert _fingerprint(tmp_path / "online") == before  # originals only read
    assert {r.thumb_state for r in photo_catalog.items(photo_catalog.query_ids())} == {"ok"}
    w.close()


def test_offline_items_are_never_queued(
    qtbot: Any, photo_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    drive = next(r for r in photo_catalog.roots() if r.path.endswith("drive"))
    offline = [i for i in photo_catalog.items(photo_catalog.query_ids()) if i.root_id == drive.id]
    photo_catalog.set_root_online(drive.id, False)  # as a scan records an unplugged drive
    photo_catalog.ingest_mark_missing([i.id for i in offline], status="offline")
    reported: list[str] = []

    w = _open(qtbot, photo_catalog, sync_runner, settings)
    w.thumbs.missing.connect(reported.append)
    w.refresh_visible_thumbnails()  # the grid asks again: every absent picture is reported
    cache = photo_catalog.thumbnails
    online = [r for _row, r in _by_name(w).values() if r.name.startswith("IMG_")]
    qtbot.waitUntil(lambda: all(cache.has(r.sha256, THUMB) for r in online))
    qtbot.waitUntil(lambda: {i.sha256 for i in offline} <= set(reported))

    queued = w.thumb_repair.queued()
    assert {r.id for r in online} <= queued
    assert not queued & {i.id for i in offline}
    assert not any(cache.has(i.sha256, THUMB) for i in offline)
    rows = _by_name(w)
    assert all(_thumbnail(w, rows[i.name][0]) is None for i in offline)  # placeholder
    w.close()


def test_a_file_that_fails_is_not_tried_again(
    qtbot: Any, photo_catalog: Any, sync_runner: Any, settings: Any
) -> None:
    started: list[str] = []
    sync_runner.job_started.connect(lambda h: started.append(h.label))
    w = _open(qtbot, photo_catalog, sync_runner, settings, faults={"IMG_2": "raise"})
    cache = photo_catalog.thumbnails
    others = [r for r in photo_catalog.items(photo_catalog.query_ids()) if r.name != "IMG_2.jpg"]
    qtbot.waitUntil(lambda: all(cache.has(r.sha256, THUMB) for r in others))
    qtbot.waitUntil(lambda: w.thumbs.pending() == 0)
    [failed] = [r for r in photo_catalog.items(photo_catalog.query_ids()) if r.name == "IMG_2.jpg"]
    assert failed.status == "error" and failed.thumb_state == "none"
    jobs = len(started)
    assert jobs >= 1

    for _ in range(3):  # the grid keeps asking: nothing is queued again
        w.refresh_visible_thumbnails()
        qtbot.wait(50)
        qtbot.waitUntil(lambda: w.thumbs.pending() == 0)
    assert len(started) == jobs
    assert not w.thumb_repair.running
    w.close()


def test_background_runner_fills_the_grid_and_closes_cleanly(
    qtbot: Any, photo_catalog: Any, settings: Any
) -> None:
    from smparchive.gui.tasks import TaskRunner

    runner = TaskRunner()
    w = _open(qtbot, photo_catalog, runner, settings)
    qtbot.waitUntil(lambda: len(w.store) == 9)
    qtbot.waitUntil(lambda: all(w.store.record(row) is not None for row in range(9)))
    cache = photo_catalog.thumbnails
    online = [r for _row, r in _by_name(w).values() if r.name.startswith("IMG_")]
    qtbot.waitUntil(lambda: all(cache.has(r.sha256, THUMB) for r in online), timeout=20000)
    rows = _by_name(w)
    qtbot.waitUntil(lambda: all(_thumbnail(w, rows[r.name][0]) is not None for r in online))
    w.close()
    assert runner.wait_idle(1000)


def test_closing_the_window_cancels_a_running_repair(
    qtbot: Any, photo_catalog: Any, settings: Any
) -> None:
    from smparchive.gui.tasks import TaskRunner

    runner = TaskRunner()
    w = _open(qtbot, photo_catalog, runner, settings)
    qtbot.waitUntil(lambda: w.thumb_repair.running, timeout=10000)
    w.close()  # stop + runner.shutdown: the job is cancelled and the threads end
    assert runner.wait_idle(1000)
    asked = w.thumb_repair.queued()
    late = [r for r in photo_catalog.items(photo_catalog.query_ids()) if r.id not in asked]
    w.thumb_repair.request(late)  # a decode finishing after the close starts nothing
    assert w.thumb_repair.queued() == asked and not w.thumb_repair.running


def test_an_item_whose_hash_is_pending_shows_its_camera_thumbnail(
    qtbot: Any, sync_runner: Any, settings: Any, tmp_path: Path
) -> None:
    """Catalogued from its head (the scan stopped before reading it in full): the grid
    shows the thumbnail the camera embedded, not an empty cell."""
    from PySide6.QtGui import QPixmap
    from tests.core.ingest.conftest import exif_with_thumbnail

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.progress import CancelToken

    small = io.BytesIO()
    Image.new("RGB", (160, 120), (200, 120, 0)).save(small, "JPEG")
    photo = io.BytesIO()
    exif = exif_with_thumbnail("Canon", "EOS R6", "2022:06:02 09:30:00", small.getvalue())
    Image.new("RGB", (1200, 800), (0, 90, 200)).save(photo, "JPEG", exif=exif)
    (tmp_path / "card").mkdir()
    (tmp_path / "card" / "IMG_0001.JPG").write_bytes(photo.getvalue())
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        cat.add_root(tmp_path / "card")
        cancel = CancelToken()
        scan(cat, cancel=cancel, options=ScanOptions(workers=0, on_searchable=cancel.cancel))
        [item] = cat.items(cat.query_ids())
        assert item.sha256 is None and item.has_embedded_thumb
        w = _open(qtbot, cat, sync_runner, settings)
        row, _rec = _by_name(w)["IMG_0001.JPG"]
        qtbot.waitUntil(lambda: _thumbnail(w, row) is not None)
        pix = _thumbnail(w, row)
        assert isinstance(pix, QPixmap) and not pix.isNull()
        w.close()
    finally:
        cat.close()


def test_the_grid_is_told_of_rounds_at_once_then_at_most_every_quarter_second(
    qtbot: Any, photo_catalog: Any
) -> None:
    """Each telling makes the grid read its shown rows again: a scroll whose repair ends a
    round every few passes is told at once, then at most every ROUND_TOLD_MS, and the last
    round is never left untold."""
    from smparchive.core.progress import ProgressEvent
    from smparchive.gui.controllers import thumbnails
    from smparchive.gui.tasks import SyncTaskRunner

    repair = thumbnails.ThumbnailRepair(photo_catalog, SyncTaskRunner())
    told: list[int] = []
    repair.made.connect(lambda: told.append(1))
    round_done = ProgressEvent("thumbnails", 4, 4)

    repair._progressed(round_done)
    assert len(told) == 1  # the first round: at once
    for _ in range(5):  # five more rounds within the quarter second
        repair._progressed(round_done)
    assert len(told) == 1
    qtbot.waitUntil(lambda: len(told) == 2, timeout=5000)  # then once for all of them
    qtbot.wait(thumbnails.ROUND_TOLD_MS * 2)
    assert len(told) == 2  # nothing more ended: nothing more told
    repair._progressed(ProgressEvent("thumbnails", 2, 6))  # a round under way: not its end
    qtbot.wait(thumbnails.ROUND_TOLD_MS * 2)
    assert len(told) == 2


def test_a_lingering_or_ended_repair_refreshes_nothing(
    qtbot: Any, photo_catalog: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The repair job waits a while for the next screenful's items once its own are made;
    its refresh timer went on telling the grid to read its shown rows again every 1.5 s
    meanwhile, with nothing new. Now a refresh follows thumbnails made, and an idle
    runner's progress timer does not fire either (it fired 8 times a second for good)."""
    from smparchive.gui.controllers import thumbnails
    from smparchive.gui.tasks import TaskRunner

    monkeypatch.setattr(thumbnails, "REFRESH_MS", 100)  # ten looks a second, if it looked
    monkeypatch.setattr(thumbnails, "LINGER_S", 3.0)  # and a long wait for more items
    runner = TaskRunner()
    w = _open(qtbot, photo_catalog, runner, settings)
    repair = w.thumb_repair
    told: list[int] = []
    repair.made.connect(lambda: told.append(1))
    cache = photo_catalog.thumbnails
    qtbot.waitUntil(lambda: len(w.store) == 9)
    qtbot.waitUntil(lambda: all(w.store.record(row) is not None for row in range(9)))
    online = [r for _row, r in _by_name(w).values() if r.name.startswith("IMG_")]
    qtbot.waitUntil(lambda: all(cache.has(r.sha256, THUMB) for r in online), timeout=20000)
    qtbot.waitUntil(lambda: bool(told))  # the grid was told of them
    qtbot.wait(300)  # the last look after the last thumbnail (REFRESH_MS) has come
    assert repair.running  # lingering for more items: nothing is being made
    before = len(told)
    qtbot.wait(1000)
    assert len(told) == before, "the grid was told to look again with nothing new"
    qtbot.waitUntil(lambda: not repair.running, timeout=10000)
    qtbot.waitUntil(lambda: not runner.jobs())
    ended = len(told)
    flushes: list[int] = []
    runner._timer.timeout.connect(lambda: flushes.append(1))
    qtbot.wait(500)
    assert len(told) == ended and not flushes  # idle: no timer of the runner's fires
    w.close()
    assert runner.wait_idle(1000)
