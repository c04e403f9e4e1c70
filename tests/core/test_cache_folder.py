"""The cache size limit is the whole cache folder's: decks' renditions, rendered pages and a
crash's leftovers count and are trimmed with the pictures, least recently used first, never
a deck open in a viewer, never anything outside the folder."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.cli.main import main
from smparchive.core.cache_use import holding
from smparchive.core.ingest.thumbnails import trim_cache
from smparchive.core.media.pages import PageStore
from smparchive.core.thumbcache import PREVIEW, THUMB

KB = 1000


def sha(n: int) -> str:
    return f"{n:064x}"


def aged(path: Path, when: float) -> Path:
    os.utime(path, (when, when))
    return path


def rendition(store: PageStore, n: int, when: float, nbytes: int = 10 * KB) -> Path:
    store.put_rendition(sha(n), b"%PDF" + b"r" * (nbytes - 4))
    return aged(store.rendition_path(sha(n)), when)


def test_a_cache_over_its_limit_loses_its_oldest_rendition(catalog: Any) -> None:
    store = PageStore(catalog.cache_dir)
    oldest = rendition(store, 1, 1000)
    newer = rendition(store, 2, 2000)
    thumb = aged(catalog.thumbnails.put(sha(3), THUMB, b"t" * KB), 500)  # older, but the grid's
    report = trim_cache(catalog, 15 * KB)
    assert report is not None and report.deleted == {"rendition": 1}
    assert not oldest.exists() and newer.exists() and thumb.exists()
    assert report.bytes_before == 21 * KB and report.bytes_after == 11 * KB


def test_rendered_pages_go_before_renditions_and_reads_count_as_use(catalog: Any) -> None:
    store = PageStore(catalog.cache_dir)
    rendition(store, 1, 1000)
    rendition(store, 2, 2000)
    store.put_page(sha(2), 0, 1600, Image.new("RGB", (64, 48)))
    page = aged(store.page_path(sha(2), 0, 1600), 3000)  # newest, but made again cheaply
    assert store.get_rendition(sha(1)) is not None  # opened: now the most recently used
    report = trim_cache(catalog, 10 * KB)
    assert report is not None and report.deleted == {"page": 1, "rendition": 1}
    assert not page.exists() and not store.rendition_path(sha(2)).exists()
    assert store.rendition_path(sha(1)).exists()


def test_a_rendition_in_use_is_spared(catalog: Any) -> None:
    store = PageStore(catalog.cache_dir)
    open_one = rendition(store, 1, 1000)
    other = rendition(store, 2, 2000)
    with holding([sha(1)]):  # a deck viewer has it open
        report = trim_cache(catalog, 0)
    assert report is not None and report.kept == 1 and report.deleted == {"rendition": 1}
    assert open_one.exists() and not other.exists()
    report = trim_cache(catalog, 0)  # closed since
    assert report is not None and not open_one.exists()


def test_a_crashs_leftovers_are_trimmed_first_and_originals_untouched(
    catalog: Any, tmp_path: Path
) -> None:
    store = PageStore(catalog.cache_dir)
    kept = rendition(store, 1, time.time())
    shard = kept.parent
    original = tmp_path / "media" / "talk.pptx"
    original.parent.mkdir()
    original.write_bytes(b"o" * KB)
    old = time.time() - 2 * 3600
    work = shard / "smp-soffice-abc"  # a conversion killed with the app
    (work / "profile").mkdir(parents=True)
    (work / "profile" / "registrymodifications.xcu").write_bytes(b"x" * 20 * KB)
    (work / "deck.pptx").symlink_to(original)
    aged(work, old)
    stale = shard / ".tmp-half.pdf"  # a write cut short
    stale.write_bytes(b"h" * 5 * KB)
    aged(stale, old)
    fresh = shard / ".tmp-writing.pdf"  # being written right now
    fresh.write_bytes(b"w" * 50 * KB)
    report = trim_cache(catalog, 10 * KB)
    assert report is not None and report.deleted == {"leftover": 2}
    assert not work.exists() and not stale.exists()
    assert fresh.exists() and kept.exists()
    assert original.read_bytes() == b"o" * KB


def test_cache_info_counts_every_file(
    capsys: pytest.CaptureFixture[str], catalog: Any, catalog_path: Path
) -> None:
    store = PageStore(catalog.cache_dir)
    rendition(store, 1, 1000)
    store.put_page(sha(1), 0, 1600, Image.new("RGB", (64, 48)))
    catalog.thumbnails.put(sha(1), PREVIEW, b"p" * 4 * KB)
    page_bytes = store.page_path(sha(1), 0, 1600).stat().st_size
    assert main(["-c", str(catalog_path), "cache", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["files"] == {"rendition": 1, "page": 1, "preview": 1}
    assert info["total_bytes"] == 14 * KB + page_bytes
    assert main(["-c", str(catalog_path), "cache", "trim", "--limit", "0", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["deleted"] == {
        "rendition": 1,
        "page": 1,
        "preview": 1,
    }
    assert not store.rendition_path(sha(1)).exists()
