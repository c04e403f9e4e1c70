"""The loupe, compare and the player read cached previews on a worker, never on the UI
thread: a team's thumbnail cache sits on a share, where each photo opened waited for a
network round trip, and for the share's timeout once it had gone (the window froze).
Here the cache answers only when the test says so, as a slow share would; meanwhile the
viewer is open and answers keys, and what arrives is shown."""

from __future__ import annotations

import hashlib
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from PIL import Image
from PySide6.QtCore import Qt
from test_viewer_support import CORPUS, copy_into

from smparchive.core.thumbcache import PREVIEW, ThumbnailCache
from smparchive.gui.tasks import TaskRunner
from smparchive.gui.viewers import open_compare, open_viewer
from smparchive.gui.viewers.loupe import PhotoLoupe

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="real-world corpus not present"),
]

HOPPER = "images/orientation/pillow-hopper.jpg"  # 128 x 128
CANON = "images/camera/exiftool-Canon.jpg"


class SlowShare:
    """``ThumbnailCache.get`` held on workers until :meth:`answer`; calls from the UI thread
    are counted (and go through at once: the test then fails on them, it does not hang)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.on_ui_thread = 0
        self.hold_s = 20.0  # the share's timeout
        self.returned = 0  # reads on workers that came back (answered or timed out)
        real = ThumbnailCache.get

        def get(cache: ThumbnailCache, sha256: str | None, size: int) -> bytes | None:
            if threading.current_thread() is threading.main_thread():
                self.on_ui_thread += 1
            else:
                self.gate.wait(self.hold_s)
                self.returned += 1
            return real(cache, sha256, size)

        monkeypatch.setattr(ThumbnailCache, "get", get)

    def answer(self) -> None:
        self.gate.set()


@pytest.fixture
def share(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowShare]:
    slow = SlowShare(monkeypatch)
    yield slow
    slow.answer()  # no worker left waiting


@pytest.fixture
def offline_photos(add_items: Any, catalog: Any, tmp_path: Path) -> list[int]:
    """Two photos with an 80 px green preview cached, their drive gone: only the cache
    can show them."""
    specs = copy_into(tmp_path / "media", HOPPER, CANON)
    ids: list[int] = add_items(specs)
    preview = io.BytesIO()
    Image.new("RGB", (80, 60), "green").save(preview, "JPEG")
    for item_id in ids:
        record = catalog.item(item_id)
        catalog.thumbnails.put(record.sha256, PREVIEW, preview.getvalue())
        Path(record.path).unlink()  # the test's own copy
    return ids


def test_the_loupe_opens_without_reading_the_cache_on_the_ui_thread(
    qtbot: Any, catalog: Any, offline_photos: list[int], share: SlowShare
) -> None:
    runner = TaskRunner()  # the app's two read threads: the share holds one (one at a time)
    window = open_viewer(None, catalog, offline_photos, 0, runner=runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.viewer, PhotoLoupe))
    loupe = window.viewer
    qtbot.waitUntil(lambda: loupe.error is not None)  # the file is gone: said over the photo
    assert loupe.message.isVisible() and "missing" in loupe.message.text()
    qtbot.keyClick(loupe, Qt.Key.Key_I)  # the window answers while the share is silent
    assert loupe.overlay.isVisible()
    share.answer()
    qtbot.waitUntil(lambda: loupe.view.image_width() == 80)  # the cached preview
    assert not loupe.message.isVisible()
    assert "Showing the cached preview" in loupe.status.text()
    assert share.on_ui_thread == 0
    assert runner.shutdown()


@pytest.fixture
def local_photos(add_items: Any, catalog: Any, tmp_path: Path) -> list[int]:
    """Three local photos (128 px wide), each with an 80 px green preview cached."""
    specs = copy_into(tmp_path / "media", HOPPER, HOPPER, HOPPER)
    for n, spec in enumerate(specs):  # three photos: three previews in the cache
        spec["sha256"] = hashlib.sha256(f"photo {n}".encode()).hexdigest()
    ids: list[int] = add_items(specs)
    preview = io.BytesIO()
    Image.new("RGB", (80, 60), "green").save(preview, "JPEG")
    for item_id in ids:
        catalog.thumbnails.put(catalog.item(item_id).sha256, PREVIEW, preview.getvalue())
    return ids


def test_a_local_photo_is_shown_while_the_share_holds_its_neighbours_reads(
    qtbot: Any, catalog: Any, local_photos: list[int], share: SlowShare
) -> None:
    """The cache's share is silent (its reads wait for its timeout); the photos are local.
    Stepping on shows the next photo itself at once: before, the cached-preview reads of
    the photo and its neighbours held both read threads and its decode waited behind them
    for the share's timeout."""
    share.hold_s = 60  # longer than the test waits for a photo
    runner = TaskRunner(read_threads=2)  # the app's default
    window = open_viewer(None, catalog, local_photos, 0, runner=runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.viewer, PhotoLoupe))
    loupe = window.viewer

    def photo_shown(n: int) -> bool:
        return loupe.record.id == local_photos[n] and loupe.view.image_width() == 128

    qtbot.waitUntil(lambda: photo_shown(0), timeout=8000)  # well before the share answers
    qtbot.wait(200)  # the neighbours' prefetch has begun
    window.step(1)
    qtbot.waitUntil(lambda: photo_shown(1), timeout=8000)
    window.step(1)
    qtbot.waitUntil(lambda: photo_shown(2), timeout=8000)
    assert share.returned == 0  # all of it while the share was silent
    share.answer()
    assert runner.shutdown()


def test_an_offline_photos_preview_is_not_read_after_a_neighbours_held_read(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three photos whose drive is gone: only their cached previews show them. The cache
    answers at once except for the second photo's preview, which the share holds. Jumping
    from the first to the third while that neighbour's prefetch waits shows the third at
    once: before, its own read waited in line behind the held one (for the share's
    timeout, where a share answers slowly: each step twice its read)."""
    specs = copy_into(tmp_path / "media", HOPPER, HOPPER, HOPPER)
    for n, spec in enumerate(specs):
        spec["sha256"] = hashlib.sha256(f"offline {n}".encode()).hexdigest()
        spec["status"] = "offline"
    ids: list[int] = add_items(specs)
    preview = io.BytesIO()
    Image.new("RGB", (80, 60), "green").save(preview, "JPEG")
    for item_id in ids:
        record = catalog.item(item_id)
        catalog.thumbnails.put(record.sha256, PREVIEW, preview.getvalue())
        Path(record.path).unlink()
    held_sha = specs[1]["sha256"]
    gate, holding = threading.Event(), threading.Event()
    real = ThumbnailCache.get

    def get(cache: ThumbnailCache, sha256: str | None, size: int) -> bytes | None:
        if sha256 == held_sha and threading.current_thread() is not threading.main_thread():
            holding.set()
            gate.wait(60)  # longer than the test waits for a photo
        return real(cache, sha256, size)

    monkeypatch.setattr(ThumbnailCache, "get", get)
    runner = TaskRunner()  # the app's two read threads
    try:
        window = open_viewer(None, catalog, ids, 0, runner=runner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: isinstance(window.viewer, PhotoLoupe))
        loupe = window.viewer
        qtbot.waitUntil(lambda: loupe.view.image_width() == 80, timeout=8000)  # the first
        assert holding.wait(8)  # the second photo's prefetch is held by the share
        window.go_to(2)  # a filmstrip click
        qtbot.waitUntil(
            lambda: loupe.record.id == ids[2] and loupe.view.image_width() == 80, timeout=8000
        )
        # said as the photo's only picture, once its decode has failed (its file is gone)
        qtbot.waitUntil(lambda: "cached preview" in loupe.status.text(), timeout=8000)
    finally:
        gate.set()
        assert runner.shutdown()


def test_compare_opens_without_reading_the_cache_on_the_ui_thread(
    qtbot: Any, catalog: Any, offline_photos: list[int], share: SlowShare
) -> None:
    runner = TaskRunner()
    compare = open_compare(None, catalog, offline_photos, runner=runner)
    qtbot.addWidget(compare)
    compare.resize(800, 400)
    compare.show()
    qtbot.waitUntil(lambda: len(compare.panes) == 2)
    assert not any(p.view.has_image() for p in compare.panes)
    share.answer()
    qtbot.waitUntil(lambda: all(p.view.image_width() == 80 for p in compare.panes))
    assert share.on_ui_thread == 0
    assert runner.shutdown()
