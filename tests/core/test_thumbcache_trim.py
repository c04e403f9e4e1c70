"""Trimming the picture cache: previews first, least recently used first, embedded last,
nothing outside the cache, and trimmed grid thumbnails made again by the thumbnail job."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
from smparchive.core.ingest.thumbnails import trim_cache
from smparchive.core.thumbcache import EMBEDDED, PREVIEW, THUMB, ThumbnailCache

INLINE = ScanOptions(workers=0)
KB = b"x" * 1000


def sha(n: int) -> str:
    return f"{n:064x}"


def put(cache: ThumbnailCache, n: int, size: int, when: float, nbytes: int = 1000) -> Path:
    p = cache.put(sha(n), size, b"x" * nbytes)
    os.utime(p, (when, when))
    return p


def names(cache: ThumbnailCache) -> set[str]:
    return {f.path.name for f in cache.files()}


def test_previews_go_first_then_lru_thumbnails_embedded_last(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    put(cache, 1, THUMB, 100)  # oldest of all, but a thumbnail
    put(cache, 2, PREVIEW, 500)
    put(cache, 3, PREVIEW, 400)
    put(cache, 4, THUMB, 300)
    put(cache, 5, EMBEDDED, 50)  # oldest, but embedded
    assert cache.size_bytes() == 5000
    report = cache.trim(4000)  # one file: the least recently used preview
    assert report.deleted == {"preview": 1} and report.bytes_freed == 1000
    assert not cache.has(sha(3), PREVIEW) and cache.has(sha(2), PREVIEW)
    report = cache.trim(2500)  # the other preview, then the older thumbnail
    assert report.deleted == {"preview": 1, "thumbnail": 1}
    assert report.trimmed_thumbnails == [sha(1)]
    assert cache.has(sha(4), THUMB) and cache.has(sha(5), EMBEDDED)
    assert report.under_limit and report.bytes_after == cache.size_bytes() == 2000
    report = cache.trim(500)  # embedded only when nothing else is left
    assert report.deleted == {"thumbnail": 1, "embedded": 1} and cache.size_bytes() == 0


def test_limit_honoured_and_nothing_deleted_under_it(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    for n in range(10):
        put(cache, n, PREVIEW, 1000 + n, nbytes=1500)
    report = cache.trim(20_000)
    assert report.files_deleted == 0 and report.bytes_after == 15_000
    report = cache.trim(7_000)
    assert report.files_deleted == 6 and cache.size_bytes() == 6_000 <= 7_000
    # The newest ones stay.
    assert {f.sha256 for f in cache.files()} == {sha(n) for n in range(6, 10)}
    with pytest.raises(ValueError):
        cache.trim(-1)


def test_reading_marks_a_picture_as_used(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    put(cache, 1, PREVIEW, 100)
    put(cache, 2, PREVIEW, 200)
    assert cache.get(sha(1), PREVIEW) == KB  # now the most recently used
    cache.trim(1000)
    assert cache.has(sha(1), PREVIEW) and not cache.has(sha(2), PREVIEW)
    put(cache, 3, THUMB, 100)
    put(cache, 4, THUMB, 200)
    assert cache.best_path(sha(3)) is not None
    cache.trim(1000)  # the preview first, then the thumbnail not read lately
    assert cache.has(sha(3), THUMB) and not cache.has(sha(4), THUMB)
    assert not cache.has(sha(1), PREVIEW)


def test_keep_spares_content_and_temp_and_foreign_files_are_untouched(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    cache = ThumbnailCache(root)
    put(cache, 1, PREVIEW, 100)
    put(cache, 2, PREVIEW, 200)
    shard = cache.path_for(sha(1), THUMB).parent
    temp = shard / ".tmp-abc.jpg"  # being written by put()
    temp.write_bytes(b"t" * 5000)
    stray = shard / "notes.txt"
    stray.write_bytes(b"s" * 5000)
    pages = root / "pages" / "00" / f"{sha(1)}-p0001-1600.jpg"  # another store's files
    pages.parent.mkdir(parents=True)
    pages.write_bytes(b"p" * 5000)
    original = tmp_path / "media" / "IMG_0001.JPG"  # a catalogued original
    original.parent.mkdir()
    original.write_bytes(b"o" * 5000)
    outside = tmp_path / "elsewhere.jpg"
    outside.write_bytes(b"e" * 5000)
    (shard / f"{sha(9)}-256.jpg").symlink_to(outside)  # never followed, never deleted

    report = cache.trim(0, keep=lambda s: s == sha(1))
    assert report.kept == 1 and report.deleted == {"preview": 1}
    assert cache.has(sha(1), PREVIEW) and not cache.has(sha(2), PREVIEW)
    for p in (temp, stray, pages, original, outside):
        assert p.exists()
    assert (shard / f"{sha(9)}-256.jpg").is_symlink()
    assert cache.size_bytes() == 1000  # temp files and strays are not counted


def test_empty_or_absent_cache(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "nowhere")
    report = cache.trim(0)
    assert report.files_deleted == 0 and report.bytes_after == 0
    assert cache.stats().total_bytes == 0


def _jpeg(path: Path, color: tuple[int, int, int]) -> None:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, "JPEG")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def test_trimmed_thumbnails_are_made_again(catalog: Any, tmp_path: Path) -> None:
    media = tmp_path / "media"
    for n, color in enumerate([(200, 0, 0), (0, 200, 0), (0, 0, 200)]):
        _jpeg(media / f"IMG_{n}.jpg", color)
    catalog.add_root(media)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE)
    items = catalog.items(catalog.query_ids())
    cache = catalog.thumbnails
    assert all(i.thumb_state == "ok" and cache.has(i.sha256, THUMB) for i in items)
    assert all(cache.has(i.sha256, PREVIEW) for i in items)

    report = trim_cache(catalog, 0)
    assert report is not None and report.deleted.get("thumbnail") == 3
    assert not any(cache.has(i.sha256, THUMB) for i in items)
    assert originals_intact(media)

    again = build_thumbnails(catalog, options=INLINE, previews=False)
    assert again.made == 3
    items = catalog.items(catalog.query_ids())
    assert all(i.thumb_state == "ok" and cache.has(i.sha256, THUMB) for i in items)


def test_offline_items_keep_their_pictures(catalog: Any, tmp_path: Path) -> None:
    media = tmp_path / "media"
    _jpeg(media / "IMG_0.jpg", (10, 20, 30))
    catalog.add_root(media)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE, previews=False)
    [root] = catalog.roots()
    catalog.set_root_online(root.id, False)
    [item] = catalog.items(catalog.query_ids())
    report = trim_cache(catalog, 0)
    assert report is not None and report.files_deleted == 0 and report.kept >= 1
    assert catalog.thumbnails.has(item.sha256, THUMB)


def originals_intact(media: Path) -> bool:
    return sorted(p.name for p in media.iterdir()) == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]


def test_present_lists_what_has_says(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "c")
    assert cache.present(THUMB) == set()  # no cache folder yet
    shas = [f"{n:02x}" * 32 for n in (1, 2, 3)]
    cache.put(shas[0], THUMB, b"jpeg")
    cache.put(shas[1], THUMB, b"jpeg")
    cache.put(shas[1], PREVIEW, b"jpeg")
    cache.put(shas[2], EMBEDDED, b"jpeg")
    (tmp_path / "c" / "thumbs" / "stray-file").write_bytes(b"")  # not a shard folder
    for size in (THUMB, PREVIEW, EMBEDDED):
        assert cache.present(size) == {s for s in shas if cache.has(s, size)}
