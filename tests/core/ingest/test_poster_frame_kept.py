"""A video's chosen poster frame is kept when its pictures are made again."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.conftest import write_clip

from smparchive.core.ingest import ScanOptions, ThumbnailJob, build_thumbnails, scan
from smparchive.core.thumbcache import KEPT, PREVIEW, THUMB

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
    key = catalog.item(item.id).picture_key
    _forget_pictures(cache, item.sha256)  # a cleared cache, or pictures lost
    if remake == "rescan":
        scan(catalog, options=INLINE)
        build_thumbnails(catalog, options=INLINE)
    else:
        ThumbnailJob(catalog, item_ids=[item.id], options=INLINE).run()

    assert _red(cache, key, THUMB) > 200  # the chosen frame, not the automatic one
    assert _red(cache, key, PREVIEW) > 200
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
    key = catalog.item(item.id).picture_key
    assert remake_pictures(catalog, done.changes.pictures).renewed == {key}
    assert _red(cache, key, THUMB) > 200 and _red(cache, key, PREVIEW) > 200

    undone = catalog.undo(done.undo)
    assert undone.changes.pictures == {item.id}
    remake_pictures(catalog, undone.changes.pictures)
    assert catalog.item(item.id).picture_key == item.sha256  # no poster time: the content's
    assert _red(cache, item.sha256, THUMB) < 100  # the automatic frame

    redone = catalog.undo(undone.undo)
    assert redone.changes.pictures == {item.id}
    assert catalog.set_fields([item.id], rating=3).changes.pictures == frozenset()


def _two_copies(catalog: Any, tmp_path: Path) -> tuple[Any, Any]:
    """One recording catalogued twice (a copy on the shared drive), pictured once."""
    import shutil

    share, laptop = tmp_path / "share", tmp_path / "laptop"
    share.mkdir()
    laptop.mkdir()
    write_clip(share / "talk.mp4")
    shutil.copy2(share / "talk.mp4", laptop / "talk.mp4")
    catalog.add_root(share)
    catalog.add_root(laptop)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE)
    a, b = sorted(catalog.items(catalog.query_ids()), key=lambda r: r.root_id)  # share's first
    assert a.sha256 == b.sha256
    return a, b


def test_each_copy_of_a_recording_shows_its_own_poster_frame(catalog: Any, tmp_path: Path) -> None:
    """Identical copies shared one picture: choosing a frame for one changed the other's."""
    from smparchive.core.ingest.thumbnails import remake_pictures

    a, b = _two_copies(catalog, tmp_path)
    cache = catalog.thumbnails
    done = catalog.set_fields([a.id], poster_time_s=POSTER_S)
    remake_pictures(catalog, done.changes.pictures)
    a, b = catalog.item(a.id), catalog.item(b.id)

    # read as the grid, the inspector and the player read them: by the item's picture key
    assert _red(cache, a.picture_key, THUMB) > 200  # the frame chosen for this copy
    assert _red(cache, b.picture_key, THUMB) < 100  # the other keeps the automatic one
    assert _red(cache, b.picture_key, PREVIEW) < 100

    # the same frame chosen for the other copy: the picture made for the first serves it
    catalog.set_fields([b.id], poster_time_s=POSTER_S)
    b = catalog.item(b.id)
    assert b.picture_key == a.picture_key
    assert ThumbnailJob(catalog, item_ids=[b.id], options=INLINE).run().made == 0


def test_a_picture_made_before_poster_times_were_in_its_key_stands_in(
    catalog: Any, tmp_path: Path
) -> None:
    """An earlier version kept a chosen frame's picture under the content's hash alone: it
    is still shown, with no rebuild forced, until the thumbnail job makes the item's own."""
    a, _b = _two_copies(catalog, tmp_path)
    cache = catalog.thumbnails
    catalog.set_fields([a.id], poster_time_s=POSTER_S)
    a = catalog.item(a.id)
    old = cache.get(a.sha256, THUMB)
    assert old is not None and not cache.has(a.picture_key, THUMB)
    assert cache.get(a.picture_key, THUMB) == old  # shown meanwhile, not a blank tile
    build_thumbnails(catalog, options=INLINE)  # the next job (a rescan, the app's start)
    assert _red(cache, a.picture_key, THUMB) > 200


def test_a_picture_that_cannot_be_made_again_is_reported_and_the_old_one_kept(
    catalog: Any, tmp_path: Path
) -> None:
    """The drive went away after the frame was chosen (or before an undo): the remake was
    only logged; now it is reported with its reason, and the item keeps showing the
    picture it had, until its file can be read again."""
    from smparchive.core.ingest.thumbnails import remake_pictures

    a, _b = _two_copies(catalog, tmp_path)
    cache = catalog.thumbnails
    chosen = catalog.set_fields([a.id], poster_time_s=POSTER_S)
    remake_pictures(catalog, chosen.changes.pictures)
    a = catalog.item(a.id)
    shown = cache.get(a.picture_key, THUMB)
    assert _red(cache, a.picture_key, THUMB) > 200
    clip, away = tmp_path / "share" / "talk.mp4", tmp_path / "elsewhere.mp4"
    clip.rename(away)

    done = catalog.set_fields([a.id], poster_time_s=0.5)  # another frame, file now gone
    report = remake_pictures(catalog, done.changes.pictures, {a.id: a.picture_key})

    (failed,) = report.failed
    assert failed.item_id == a.id and failed.path.endswith("talk.mp4")
    assert failed.reason == "the file is no longer there"
    now = catalog.item(a.id).picture_key
    assert now != a.picture_key and report.renewed == {now}
    assert cache.get(now, THUMB) == shown  # the chosen frame still, not the automatic one
    assert cache.get(now, PREVIEW) == cache.get(a.picture_key, PREVIEW)

    # undone with the drive still away: the frame it goes back to is pictured already
    undone = catalog.undo(done.undo)
    assert not remake_pictures(catalog, undone.changes.pictures, {a.id: now}).failed
    catalog.undo(undone.undo)

    away.rename(clip)  # back: the next thumbnail run makes its own picture
    build_thumbnails(catalog, options=INLINE)
    assert _red(cache, now, THUMB) < 100 and cache.has(now, THUMB)
    assert not cache.path_for(now + KEPT, THUMB).exists()  # the stand-in went
