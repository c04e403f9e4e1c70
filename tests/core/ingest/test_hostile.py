"""Hostile trees: empty, truncated and lying files, odd names, unreadable entries, link loops.
Every file is catalogued with a clear reason or reported; nothing crashes or hangs."""

from __future__ import annotations

import io
import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from smparchive.core.catalog.models import MediaItem
from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
from smparchive.core.ingest import walk as walk_module

INLINE = ScanOptions(workers=0)


def _rows(catalog: Any) -> dict[str, Any]:
    with catalog._read() as s:
        return {
            r.rel_path: r
            for r in s.execute(
                select(
                    MediaItem.rel_path,
                    MediaItem.status,
                    MediaItem.status_reason,
                    MediaItem.warnings,
                    MediaItem.thumb_state,
                    MediaItem.sha256,
                    MediaItem.width,
                )
            )
        }


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _mp4() -> bytes:
    import av
    from PIL import Image

    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as container:
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for n in range(20):
            frame = av.VideoFrame.from_image(Image.new("RGB", (64, 48), (n * 10, 100, 50)))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


@pytest.fixture
def hostile(tmp_path: Path, make_jpeg: Callable[..., Path]) -> Path:
    root = tmp_path / "hostile"
    good = make_jpeg(root / "good.jpg", size=(640, 480))
    data = good.read_bytes()
    (root / "zero.jpg").write_bytes(b"")
    (root / "truncated.jpg").write_bytes(data[: len(data) // 2])
    (root / "huge-claim.png").write_bytes(_png_claiming(100_000, 100_000))
    video = _mp4()
    (root / "clip.mp4").write_bytes(video)
    (root / "truncated.mp4").write_bytes(video[: len(video) // 3])
    (root / "notes.txt").write_text("not media")
    os.mkdir(root / "deep")
    (root / "deep" / ("n" * 200 + ".jpg")).write_bytes(data)  # long, valid name
    return root


def test_hostile_files_are_catalogued_with_reasons(catalog: Any, hostile: Path) -> None:
    catalog.add_root(hostile)
    report = scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE, previews=False)
    rows = _rows(catalog)
    assert report.files_seen == len(rows) == 8
    assert rows["good.jpg"].status == "ok" and rows["good.jpg"].thumb_state == "ok"
    assert rows["clip.mp4"].status == "ok" and rows["clip.mp4"].thumb_state == "ok"
    assert rows["deep/" + "n" * 200 + ".jpg"].status == "ok"
    zero = rows["zero.jpg"]
    assert zero.status == "error" and "empty" in zero.status_reason
    truncated = rows["truncated.jpg"]  # pictured as far as it decodes, with its warning
    assert truncated.status == "warning" and truncated.thumb_state == "ok"
    assert "truncated" in truncated.warnings  # the reason, not only the fact
    bomb = rows["huge-claim.png"]
    assert bomb.status == "error" and "exhaust the memory" in bomb.status_reason
    # a text note is catalogued (a file of another type), not a problem
    assert rows["notes.txt"].status == "ok" and rows["notes.txt"].status_reason is None
    video = rows["truncated.mp4"]
    assert video.status in ("warning", "error") and (video.status_reason or video.warnings)
    assert video.thumb_state == "none"


def test_odd_names_and_unreachable_entries(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "odd"
    latin1 = os.fsdecode(b"caf\xe9.jpg")  # not UTF-8: undecodable byte
    make_jpeg(root / latin1)
    make_jpeg(root / "sub" / "far" / "away" / "deep.jpg")
    os.mkfifo(root / "pipe.jpg")
    (root / "loop").symlink_to(root)  # a symlink loop back to the root
    (root / "self.jpg").symlink_to(root / "self.jpg")  # a link to itself
    (root / "dl.jpg").symlink_to(root / "nowhere.jpg")
    make_jpeg(root / ".hidden.jpg")
    make_jpeg(root / "Thumbs.db")
    make_jpeg(root / "skip-me" / "x.jpg")
    catalog.add_root(root)
    catalog.set_root_options(catalog.roots()[0].id, ignore_patterns=["skip-*"])
    limit = len(os.fsencode(str(root.resolve() / "sub" / "far")))
    monkeypatch.setattr(walk_module, "path_limit", lambda _root: limit + 3)
    report = scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE, previews=False)
    rows = _rows(catalog)
    stored = walk_module.to_catalogue(latin1)
    assert list(rows) == [stored]
    item = rows[stored]
    assert item.status == "ok" and item.thumb_state == "ok" and "UTF-8" in item.warnings
    reasons = {Path(p.path).name: p.reason for p in report.problems}
    assert "system limit" in reasons["away"]
    assert "regular file" in reasons["pipe.jpg"]
    assert "loop" in reasons["loop"]
    assert "symbolic" in reasons["self.jpg"] or "levels" in reasons["self.jpg"]
    assert "points nowhere" in reasons["dl.jpg"]
    assert all(p.kind == "skipped" for p in report.problems)
    assert report.skipped == 3  # hidden, Thumbs.db, ignore pattern


def test_unreadable_file_is_not_read_and_retried(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "locked"
    locked = make_jpeg(root / "locked.jpg")
    make_jpeg(root / "fine.jpg", color=(0, 0, 0))
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads anything: refuse opening this one file instead
        real_open = io.open

        def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            if str(file) == str(locked) or str(file).endswith("locked.jpg"):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(io, "open", refusing_open)
        monkeypatch.setattr("builtins.open", refusing_open)
    catalog.add_root(root)
    report = scan(catalog, options=INLINE)
    rows = _rows(catalog)
    assert rows["fine.jpg"].status == "ok"
    # Access denied says nothing about the file: no error item, a "not read" problem.
    assert "locked.jpg" not in rows and report.errors == 0
    [problem] = report.problems
    assert problem.kind == "not read" and problem.reason.startswith("Access to the file was denied")
    monkeypatch.undo()
    locked.chmod(0o644)  # access granted again: the next plain scan catalogues it
    report = scan(catalog, options=INLINE)
    assert report.new == 1 and report.problems == [] and _rows(catalog)["locked.jpg"].status == "ok"


def test_catalogue_inside_its_root_is_not_catalogued(
    tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    root = tmp_path / "archive"
    make_jpeg(root / "a.jpg")
    cat = open_catalog(root / "archive.smpcat", create=True)
    try:
        cat.add_root(root)
        scan(cat, options=INLINE)
        build_thumbnails(cat, options=INLINE)
        report = scan(cat, options=INLINE)  # the cache and WAL now exist beside it
        assert list(_rows(cat)) == ["a.jpg"] and report.new == 0 and report.problems == []
    finally:
        cat.close()
