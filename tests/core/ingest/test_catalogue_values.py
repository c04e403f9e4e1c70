"""What a scan stores: columns, localised texts, tags with hierarchy and people, rating and
reject flag, rights, capture times (offset, event zone, assumed UTC, clock corrections),
search text, and the embedded thumbnail for the grid before real thumbnails exist."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import insert

from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.catalog.models import ClockOffset, Event
from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
from smparchive.core.thumbcache import EMBEDDED, THUMB

from .conftest import exif_with_thumbnail

INLINE = ScanOptions(workers=0)


def _one(catalog: Any, name: str) -> Any:
    [item] = [i for i in catalog.items(catalog.query_ids()) if i.name == name]
    return item


def test_metadata_lands_in_columns_texts_and_tags(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    make_jpeg(
        tmp_path / "m" / "panel.jpg",
        make="FUJIFILM",
        model="X-T4",
        serial="1234",
        offset="+02:00",
        xmp={"rating": -1, "title": "Panel"},
    )
    make_jpeg(tmp_path / "m" / "rated.jpg", xmp={"rating": 4, "title": "Rated"}, color=(0, 0, 9))
    catalog.add_root(tmp_path / "m")
    report = scan(catalog, options=INLINE)
    assert report.new == 2 and report.problems == []
    item = _one(catalog, "panel.jpg")
    assert (item.kind, item.format, item.mime) == ("photo", "JPEG", "image/jpeg")
    assert (item.width, item.height, item.orientation) == (96, 64, 1)
    assert item.camera_key == "FUJIFILM|X-T4|1234"
    assert item.flag == -1 and item.rating == 0  # xmp:Rating -1 means rejected
    assert item.titles == {"x-default": "Panel", "fr": "Titre Panel"}
    assert item.captions == {"en": "Caption Panel"}
    paths = {(t.kind, t.path) for t in item.tags}
    assert paths == {
        ("keyword", "Mobility"),
        ("keyword", "Event|Day 1|Panel"),  # the flat 'Panel' is its leaf: kept once
        ("person", "Ada Lovelace"),
    }
    hierarchy = {t.path: t for t in catalog.tags()}
    assert hierarchy["Event|Day 1"].parent_id == hierarchy["Event"].id
    assert _one(catalog, "rated.jpg").rating == 4
    # Exact time from the offset; the grid thumbnail from the read that hashed it.
    assert item.capture_utc == datetime(2022, 6, 1, 8, 0, tzinfo=UTC)
    assert (item.capture_offset_min, item.capture_source) == (120, "exif+offset")
    assert item.thumb_state == "ok" and item.status == "ok"
    for words in ("lovelace", "caption panel", "titre", "mobility", "x-t4"):
        assert item.id in catalog.query_ids(ItemFilter(text=words)), words


def test_capture_time_without_offset(catalog: Any, tmp_path: Path, make_jpeg: Callable) -> None:
    make_jpeg(tmp_path / "a" / "utc.jpg", model="A")
    catalog.add_root(tmp_path / "a")
    scan(catalog, options=INLINE)
    assumed = _one(catalog, "utc.jpg")  # no event: the wall-clock time is taken as UTC
    assert assumed.capture_utc == datetime(2022, 6, 1, 10, 0, tzinfo=UTC)
    assert assumed.capture_offset_min is None and assumed.capture_source == "exif"
    assert assumed.capture_local == datetime(2022, 6, 1, 10, 0)
    with catalog._sessions() as s, s.begin():
        s.execute(insert(Event).values(title="SMP", time_zone="Europe/Brussels"))
        s.execute(insert(ClockOffset).values(camera_key="Canon|B|", offset_s=-3600))
    make_jpeg(tmp_path / "a" / "zoned.jpg", model="A", color=(1, 1, 1))
    make_jpeg(tmp_path / "a" / "late-clock.jpg", model="B", color=(2, 2, 2))
    scan(catalog, options=INLINE)
    zoned = _one(catalog, "zoned.jpg")  # the event's zone: 10:00 in Brussels is 08:00 UTC
    assert zoned.capture_utc == datetime(2022, 6, 1, 8, 0, tzinfo=UTC)
    assert zoned.capture_offset_min is None  # still assumed: organise may re-derive it
    late = _one(catalog, "late-clock.jpg")  # camera B runs an hour fast: corrected
    assert late.clock_shift_s == -3600
    assert late.capture_utc == datetime(2022, 6, 1, 7, 0, tzinfo=UTC)


def test_files_without_a_recorded_time_use_their_mtime(
    catalog: Any, tmp_path: Path, make_jpeg: Callable
) -> None:
    path = make_jpeg(tmp_path / "t" / "no-date.jpg", when=None)
    catalog.add_root(tmp_path / "t")
    scan(catalog, options=INLINE)
    item = _one(catalog, "no-date.jpg")
    assert item.capture_source == "mtime" and item.capture_local is None
    assert item.capture_utc == datetime.fromtimestamp(path.stat().st_mtime_ns / 1e9, UTC)


def test_embedded_thumbnail_is_shown_until_ours_exists(catalog: Any, tmp_path: Path) -> None:
    small = io.BytesIO()
    Image.new("RGB", (160, 120), (0, 200, 0)).save(small, "JPEG")
    photo = io.BytesIO()
    exif = exif_with_thumbnail("Nikon", "Z 6", "2022:06:02 09:30:00", small.getvalue())
    Image.new("RGB", (1200, 800), (200, 0, 0)).save(photo, "JPEG", exif=exif)
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "DSC_0001.JPG").write_bytes(photo.getvalue())
    catalog.add_root(tmp_path / "e")
    scan(catalog, options=ScanOptions(workers=0, pictures=False))  # the job makes ours
    item = _one(catalog, "DSC_0001.JPG")
    cache = catalog.thumbnails
    assert item.has_embedded_thumb and item.thumb_state == "pending"
    assert cache.get(item.sha256, EMBEDDED) == small.getvalue()
    assert cache.best_path(item.sha256) == cache.path_for(item.sha256, EMBEDDED)
    build_thumbnails(catalog, options=INLINE, previews=False)
    assert cache.best_path(item.sha256) == cache.path_for(item.sha256, THUMB)
    with Image.open(cache.path_for(item.sha256, THUMB)) as thumb:
        assert max(thumb.size) == 256
    assert _one(catalog, "DSC_0001.JPG").thumb_state == "ok"


def test_the_scan_pictures_a_photo_from_the_read_that_hashes_it(
    catalog: Any, tmp_path: Path
) -> None:
    """No second read for the grid: after the scan alone a camera JPEG has its upright
    256 px thumbnail (EXIF orientation 6: a landscape sensor image shown portrait) and the
    thumbnail job has nothing left to make."""
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to view
    picture = Image.new("RGB", (1200, 800), (200, 0, 0))
    picture.paste((0, 0, 220), (0, 0, 600, 800))  # blue left half: the top once upright
    (tmp_path / "r").mkdir()
    picture.save(tmp_path / "r" / "IMG_0001.JPG", "JPEG", quality=90, exif=exif.tobytes())
    catalog.add_root(tmp_path / "r")
    scan(catalog, options=INLINE)
    item = _one(catalog, "IMG_0001.JPG")
    assert item.thumb_state == "ok" and item.status == "ok" and item.orientation == 6
    assert catalog.pending_thumbnail_ids() == []
    with Image.open(catalog.thumbnails.path_for(item.sha256, THUMB)) as thumb:
        assert thumb.size == (171, 256)  # portrait, long edge 256
        top, bottom = thumb.convert("RGB").getpixel((85, 10)), thumb.getpixel((85, 245))
    assert top[2] > 150 > top[0] and bottom[0] > 150 > bottom[2]
    assert build_thumbnails(catalog, options=INLINE, previews=False).made == 0


def test_embedded_thumbnail_is_shown_from_the_head_before_the_hash(
    catalog: Any, tmp_path: Path
) -> None:
    """The head pass stores the camera's thumbnail under a stand-in key while the item's
    hash is pending; the hash stage stores it under the content and drops the stand-in."""
    from smparchive.core.progress import CancelToken
    from smparchive.core.thumbcache import pending_key

    small = io.BytesIO()
    Image.new("RGB", (160, 120), (0, 0, 200)).save(small, "JPEG")
    photo = io.BytesIO()
    exif = exif_with_thumbnail("Nikon", "Z 6", "2022:06:02 09:30:00", small.getvalue())
    Image.new("RGB", (1200, 800), (0, 200, 0)).save(photo, "JPEG", exif=exif)
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "DSC_0002.JPG").write_bytes(photo.getvalue())
    catalog.add_root(tmp_path / "e")
    cancel = CancelToken()
    scan(catalog, cancel=cancel, options=ScanOptions(workers=0, on_searchable=cancel.cancel))
    item = _one(catalog, "DSC_0002.JPG")
    cache = catalog.thumbnails
    assert item.sha256 is None and item.has_embedded_thumb and item.camera_model == "Z 6"
    assert cache.get(pending_key(item.id), EMBEDDED) == small.getvalue()
    scan(catalog, options=INLINE)
    item = _one(catalog, "DSC_0002.JPG")
    assert item.sha256 and cache.get(item.sha256, EMBEDDED) == small.getvalue()
    assert not cache.has(pending_key(item.id), EMBEDDED)


def test_prioritised_items_get_thumbnails_first(
    catalog: Any, tmp_path: Path, make_jpeg: Callable
) -> None:
    from smparchive.core.ingest import ThumbnailJob, tasks

    for n in range(8):
        make_jpeg(tmp_path / "p" / f"{n}.jpg", color=(n, 0, 0))
    catalog.add_root(tmp_path / "p")
    scan(catalog, options=ScanOptions(workers=0, pictures=False))
    ids = sorted(catalog.query_ids())
    order: list[str] = []
    job = ThumbnailJob(catalog, options=INLINE, previews=False)
    real = tasks.render

    def spy(path: str, *args: Any) -> Any:
        order.append(Path(path).stem)
        if len(order) == 2:
            job.prioritise([ids[7], ids[6]])  # the user scrolled to the end
        return real(path, *args)

    job.prioritise([ids[4]])
    tasks.render = spy  # type: ignore[assignment]
    try:
        report = job.run()
    finally:
        tasks.render = real  # type: ignore[assignment]
    assert report.made == 8
    assert order[:4] == ["4", "0", "7", "6"] and sorted(order) == [str(n) for n in range(8)]


RIGHTS_XMP = b"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
 xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">
<rdf:Description rdf:about="" photoshop:Credit="EMN / Jan Peeters">
<dc:creator><rdf:Seq><rdf:li>Jan Peeters</rdf:li></rdf:Seq></dc:creator>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">(c) 2022 EMN</rdf:li></rdf:Alt></dc:rights>
<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">CC BY 4.0</rdf:li></rdf:Alt>
</xmpRights:UsageTerms>
</rdf:Description></rdf:RDF></x:xmpmeta>"""


def test_rights_from_a_sidecar_and_slide_text(catalog: Any, tmp_path: Path) -> None:
    from pptx import Presentation

    folder = tmp_path / "r"
    folder.mkdir()
    Image.new("RGB", (64, 48), (9, 9, 9)).save(folder / "credit.jpg")
    (folder / "credit.xmp").write_bytes(RIGHTS_XMP)  # a sidecar: not an item itself
    deck = Presentation()
    for title in ("Talent partnerships", "Réunion de coopération"):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text_frame.text = "Skills mobility in practice"
        slide.notes_slide.notes_text_frame.text = "Thank the ministry"
    deck.save(folder / "talk.pptx")
    catalog.add_root(folder)
    report = scan(catalog, options=INLINE)
    assert report.new == 2 and report.files_seen == 2
    photo = _one(catalog, "credit.jpg")
    assert (photo.creator, photo.credit_line) == ("Jan Peeters", "EMN / Jan Peeters")
    assert (photo.copyright, photo.licence) == ("(c) 2022 EMN", "CC BY 4.0")
    talk = _one(catalog, "talk.pptx")
    assert talk.kind == "slides" and talk.page_count == 2
    for words in ("reunion cooperation", "ministry", "skills mobility practice"):
        assert catalog.query_ids(ItemFilter(text=words)) == [talk.id], words
