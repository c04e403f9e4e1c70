"""A truncated JPEG is pictured as other viewers show it: its decoded top part, grey below,
in the grid thumbnail, the preview and the viewer, while the item keeps its warning (how
much decoded) and an export still refuses to render it. The original is never written."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from tests.memory_peak import traced_peak

from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
from smparchive.core.media.probe import probe_file
from smparchive.core.thumbcache import PREVIEW, THUMB

INLINE = ScanOptions(workers=0)
RED = (200, 40, 40)


def cut_photo(path: Path, keep: float = 0.6) -> bytes:
    """A 1200 x 800 baseline JPEG (a red disc on a gradient) cut after ``keep`` of its bytes,
    as an interrupted copy leaves it; returns the bytes written."""
    im = Image.linear_gradient("L").resize((1200, 800)).convert("RGB")
    ImageDraw.Draw(im).ellipse((300, 100, 900, 700), fill=RED)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    data = buf.getvalue()[: int(len(buf.getvalue()) * keep)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def damaged_big_photo(path: Path, size: int = 70 * 1024 * 1024) -> Path:
    """:func:`cut_photo` whose rest was overwritten by a marker and zeros, ``size`` bytes
    in all (sparse on disk): a damaged file as large as a hostile one can be."""
    cut_photo(path)
    with open(path, "ab") as fh:
        fh.write(b"\xff\xd8")  # a picture's start inside the data: the strict decode fails
        fh.truncate(size)
    return path


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int], tol: int = 30) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(pixel, colour, strict=False))


def _looks_partial(jpeg: bytes) -> None:
    """The disc's top shows; the bottom rows are the decoder's grey."""
    im = Image.open(io.BytesIO(jpeg)).convert("RGB")
    w, h = im.size
    assert _near(im.getpixel((w // 2, int(h * 0.25))), RED)  # the disc, decoded
    assert _near(im.getpixel((w // 2, h - 2)), (128, 128, 128), 6)  # grey where data is gone


def test_probe_pictures_the_decoded_part_and_says_how_much(tmp_path: Path) -> None:
    data = cut_photo(tmp_path / "cut.jpg")
    result = probe_file(tmp_path / "cut.jpg", thumbnail_sizes=(256,))
    assert result.info.outcome.value == "warning"
    (problem,) = [p for p in result.info.problems if "truncated" in p]
    percent = int(problem.split("about ")[1].split("%")[0])
    assert 30 <= percent <= 80, problem
    _looks_partial(result.thumbnails[256])
    assert (tmp_path / "cut.jpg").read_bytes() == data  # never written


def test_scan_thumbnails_and_previews_show_the_partial_picture(
    catalog: Any, tmp_path: Path
) -> None:
    root = tmp_path / "media"
    data = cut_photo(root / "cut.jpg")
    catalog.add_root(root)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE, previews=True)
    (iid,) = catalog.query_ids()
    (rec,) = catalog.items([iid])
    assert rec.status == "warning" and rec.thumb_state == "ok"
    assert "about" in (rec.warnings or "") and "% of the picture could be decoded" in rec.warnings
    cache = catalog.thumbnails
    _looks_partial(cache.get(rec.sha256, THUMB))
    _looks_partial(cache.get(rec.sha256, PREVIEW))
    assert (root / "cut.jpg").read_bytes() == data
    # The Warnings view still lists it.
    from smparchive.core.domain.query import parse_search

    assert catalog.query_ids(parse_search("status:warning", catalog).filter) == [iid]


def test_realworld_truncated_progressive_jpeg_is_pictured(corpus: Path) -> None:
    """The corpus's truncated progressive JPEG: every scan present is shown (coarse, whole),
    so no share can be told: the warning keeps the decoder's reason."""
    result = probe_file(corpus / "images/broken/pillow-truncated_jpeg.jpg", thumbnail_sizes=(256,))
    assert result.thumbnails and result.info.outcome.value == "warning"
    assert any("cannot be decoded in full" in p for p in result.info.problems)


def test_an_export_still_refuses_to_render_the_damaged_photo(tmp_path: Path) -> None:
    """Publishing is strict: the web rendition of a truncated photo is refused with its
    reason (the partial picture is for looking at it, not for publishing it), in a person's
    words and in the interface's language: it said "(image file is truncated (3 bytes not
    processed))", in English whatever the language."""
    from tests.core.export.export_helpers import EVENT, entry_for, settings

    from smparchive.core.export import WEB, plan_export, run_export

    src = tmp_path / "src"
    cut_photo(src / "cut.jpg")
    out = tmp_path / "out"
    out.mkdir()
    entry = entry_for(src / "cut.jpg", "p1", orientation=1)
    report = run_export(plan_export([entry], settings(out, preset=WEB), EVENT))
    assert report.files == ()
    (problem,) = report.problems
    assert problem.message == (
        f"The photo cannot be rendered: {src / 'cut.jpg'} (the file is cut short, perhaps an "
        "incomplete copy or download)"
    )
    from smparchive.core import messages

    code, values = messages.identify(problem.message) or ("", {})
    assert code == "export.photo_unrenderable"  # so the app says it in French too
    assert messages.phrase_code(values["why"]) is not None


def test_a_catalogue_from_before_pictures_its_damaged_jpegs(
    catalog_path: Path, tmp_path: Path
) -> None:
    """Upgrading (schema 0018) puts JPEGs catalogued with no picture for their damage back to
    'pending': the next thumbnail job pictures their decoded part, and the share replaces
    the failed decode's warning."""
    import sqlite3

    from smparchive.core.catalog.catalog import open_catalog

    root = tmp_path / "media"
    cut_photo(root / "cut.jpg")
    cat = open_catalog(catalog_path, create=True)
    try:
        cat.add_root(root)
        scan(cat, options=INLINE)
        (iid,) = cat.query_ids()
        (rec,) = cat.items([iid])
        cat.thumbnails.discard(rec.sha256, THUMB)  # as the code before left it: no picture
    finally:
        cat.close()
    old = (
        "The image data is truncated or damaged (the file is cut short (an incomplete copy "
        "or download?))."
    )
    conn = sqlite3.connect(catalog_path)
    conn.execute(  # what the code before stored, at schema 0017 (the format as text: 0028)
        "UPDATE items SET status = 'warning', thumb_state = 'none', warnings = ?, "
        "format = 'JPEG', mime = 'image/jpeg' WHERE id = ?",
        (old, iid),
    )
    conn.execute("UPDATE alembic_version SET version_num = '0017'")
    conn.commit()
    conn.close()
    cat = open_catalog(catalog_path)
    try:
        (rec,) = cat.items([iid])
        assert rec.thumb_state == "pending"
        build_thumbnails(cat, options=INLINE, previews=False)
        (rec,) = cat.items([iid])
        assert rec.thumb_state == "ok" and rec.status == "warning"
        assert rec.warnings.count("truncated") == 1 and "% of the picture" in rec.warnings
        _looks_partial(cat.thumbnails.get(rec.sha256, THUMB))
    finally:
        cat.close()


def test_a_copy_of_a_damaged_jpeg_is_damaged_too(catalog: Any, tmp_path: Path) -> None:
    """A byte-identical copy elsewhere (a second card reader, a backup folder) takes the
    picture the cache already holds, and with it the warning: it is not 'ok'."""
    first, second = tmp_path / "card", tmp_path / "backup"
    data = cut_photo(first / "cut.jpg")
    catalog.add_root(first)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE)
    (original,) = catalog.items(catalog.query_ids())
    (second / "sub").mkdir(parents=True)
    (second / "sub" / "copy.jpg").write_bytes(data)
    (second / "other.jpg").write_bytes(data)
    catalog.add_root(second)
    scan(catalog, options=INLINE)
    build_thumbnails(catalog, options=INLINE)
    records = catalog.items(catalog.query_ids())
    assert len(records) == 3
    for rec in records:
        assert rec.status == "warning" and rec.thumb_state == "ok", rec.path
        assert rec.warnings == original.warnings, rec.path
    from smparchive.core.domain.query import parse_search

    assert len(catalog.query_ids(parse_search("status:warning", catalog).filter)) == 3
    assert (second / "other.jpg").read_bytes() == data


@pytest.mark.parametrize("stage", ["probe", "thumbnails"])
def test_a_damaged_photo_over_the_read_cap_is_pictured_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    """A photo over the read cap is decoded from its file; a damaged one was then read
    whole for its partial picture (a hostile file padded to gigabytes held as much)."""
    from smparchive.core.media import photo
    from smparchive.core.media.info import Kind
    from smparchive.core.media.probe import render_thumbnails

    monkeypatch.setattr(photo, "READ_CAP", 1024 * 1024)  # the 256 MB cap, made small
    big = damaged_big_photo(tmp_path / "big.jpg")

    def picture_it() -> tuple[bytes, str]:
        if stage == "probe":
            result = probe_file(big, thumbnail_sizes=(256,))
            return result.thumbnails[256], " ".join(result.info.problems)
        made = render_thumbnails(big, Kind.PHOTO, [256])
        return made.images[256], made.problem or ""

    (picture, said), peak = traced_peak(picture_it)
    assert "truncated" in said
    _looks_partial(picture)
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held for a 70 MB damaged photo"
