"""A video's chosen poster frame is kept when its pictures are made again."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.conftest import write_clip

from smparchive.core.ingest import ScanOptions, ThumbnailJob, build_thumbnails, scan
from smparchive.core.thumbcache import PREVIEW, THUMB

INLINE = ScanOptions(workers=0)
POSTER_S = 2.8  # the clip's red rises from 0 (first frame) to ~238 here


def _red(cache: Any, sha: str, size: int) -> int:
    """The red of the cached picture's centre (the clip's frames are flat colours)."""
    with Image.open(io.BytesIO(cache.path_for(sha, size).read_bytes())) as im:
        rgb = im.convert("RGB")
        return int(rgb.getpixel((rgb.width // 2, rgb.height // 2))[0])


def _forget_pictures(cache: Any, sha: str) -> None:
    for size in (THUMB, PREVIEW):
        cache.path_for(sha, size).unlink(missing_ok=True)


@pytest.mark.parametrize("remake", ["rescan", "repair"])
def test_pictures_made_again_show_the_chosen_poster_frame(
    catalog: Any, tmp_path: Path, remake: str
) -> None:
    root = tmp_path / "media"
    root.mkdir()
    clip = write_clip(root / "talk.mp4")
    before = clip.read_bytes()
    catalog.add_root(root)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE)
    (item,) = catalog.items(catalog.query_ids())
    cache = catalog.thumbnails
    assert _red(cache, item.sha256, THUMB) < 100  # the automatic poster: an early frame

    catalog.set_fields([item.id], poster_time_s=POSTER_S)
    _forget_pictures(cache, item.sha256)  # a cleared cache, or pictures lost
    if remake == "rescan":
        scan(catalog, options=INLINE)
        build_thumbnails(catalog, options=INLINE)
    else:
        ThumbnailJob(catalog, item_ids=[item.id], options=INLINE).run()

    assert _red(cache, item.sha256, THUMB) > 200  # the chosen frame, not the automatic one
    assert _red(cache, item.sha256, PREVIEW) > 200
    assert clip.read_bytes() == before  # the original is only read


def test_setting_undoing_and_redoing_a_poster_time_say_the_picture_changed(
    catalog: Any, tmp_path: Path
) -> None:
    """The summary views refresh from names the item's picture, so the app makes it again
    from the poster time then in force: the chosen frame, then (undone) the automatic one."""
    from smparchive.core.ingest.thumbnails import remake_pictures

    root = tmp_path / "media"
    root.mkdir()
    write_clip(root / "talk.mp4")
    catalog.add_root(root)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE)
    (item,) = catalog.items(catalog.query_ids())
    cache = catalog.thumbnails

    done = catalog.set_fields([item.id], poster_time_s=POSTER_S)
    assert done.changes.pictures == {item.id}
    assert remake_pictures(catalog, done.changes.pictures) == {item.sha256}
    assert _red(cache, item.sha256, THUMB) > 200 and _red(cache, item.sha256, PREVIEW) > 200

    undone = catalog.undo(done.undo)
    assert undone.changes.pictures == {item.id}
    remake_pictures(catalog, undone.changes.pictures)
    assert _red(cache, item.sha256, THUMB) < 100  # no poster time: the automatic frame

    redone = catalog.undo(undone.undo)
    assert redone.changes.pictures == {item.id}
    assert catalog.set_fields([item.id], rating=3).changes.pictures == frozenset()
