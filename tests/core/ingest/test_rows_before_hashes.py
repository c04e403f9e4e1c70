"""Rows before hashes (docs/DESIGN.md): what happens to a head row when something happens
between the head pass and the file's full read. ``ScanOptions.on_searchable`` fires after
the head pass and before any file is hashed, so a test can act in that window as a user,
a disk or another program would. Runs on SQLite and, with SMPARCHIVE_TEST_PG_URL, on
PostgreSQL (team catalogue)."""

from __future__ import annotations

import hashlib
import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.conftest import empty_pg_url

from smparchive.core.ingest import ScanOptions, scan


@pytest.fixture(params=["sqlite", "postgresql"])
def cat(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    from smparchive.core.catalog.catalog import open_catalog

    if request.param == "sqlite":
        c = open_catalog(tmp_path / "c.smpcat", create=True)
    else:
        c = open_catalog(empty_pg_url())
    try:
        yield c
    finally:
        c.close()


def _all(cat: Any) -> dict[str, Any]:
    return {Path(i.path).name: i for i in cat.items(cat.query_ids())}


def _scan_with(cat: Any, between: Callable[[], None]) -> Any:
    """A scan that calls ``between`` once every file has its head row, before any hash."""
    calls: list[int] = []

    def hook() -> None:
        calls.append(1)
        between()

    report = scan(cat, options=ScanOptions(workers=0, on_searchable=hook))
    assert calls == [1]
    return report


def test_a_file_whose_head_is_fine_but_whose_data_is_cut_is_recorded_as_damaged(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """The head row says ok; the image data is cut short. The scan hashes it and pictures
    the whole file from the same read, but not the cut one (its decode fails); the thumbnail
    pass then records the damage with its reason on the same item, never a stale 'ok'."""
    from smparchive.core.ingest import build_thumbnails

    root = tmp_path / "card"
    make_jpeg(root / "good.jpg", size=(640, 480), color=(1, 2, 3))
    cut = root / "cut.jpg"
    data = make_jpeg(tmp_path / "whole.jpg", size=(640, 480), color=(200, 100, 0)).read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    cat.add_root(root)
    heads: dict[str, tuple[str, str | None]] = {}

    def look() -> None:
        heads.update({n: (i.status, i.sha256) for n, i in _all(cat).items()})

    _scan_with(cat, look)
    assert heads == {"good.jpg": ("ok", None), "cut.jpg": ("ok", None)}
    assert cat.hash_pending_count() == 0
    assert cat.pending_thumbnail_ids() == [_all(cat)["cut.jpg"].id]
    report = build_thumbnails(cat, options=ScanOptions(workers=0), previews=False)
    items = _all(cat)
    assert items["good.jpg"].status == "ok" and items["good.jpg"].sha256
    damaged = items["cut.jpg"]
    assert damaged.status in ("error", "warning")
    assert damaged.status_reason or damaged.warnings  # said why
    assert damaged.sha256 == hashlib.sha256(cut.read_bytes()).hexdigest()
    assert cat.hash_pending_count() == 0
    assert any(p.item_id == damaged.id for p in report.problems)


def test_a_file_changed_between_its_head_row_and_its_hash_ends_with_its_new_facts(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "card"
    path = make_jpeg(root / "a.jpg", make="Canon", model="EOS R6", when="2022:06:01 10:00:00")
    cat.add_root(root)

    def rewrite() -> None:
        make_jpeg(path, make="Nikon", model="Z 6", when="2023:07:02 11:30:00", size=(120, 80))

    report = _scan_with(cat, rewrite)
    assert report.new == 1 and report.errors == 0
    [item] = _all(cat).values()
    assert item.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (item.camera_make, item.camera_model) == ("Nikon", "Z 6")
    assert item.capture_local is not None and item.capture_local.year == 2023
    assert (item.width, item.height) == (120, 80)
    assert cat.hash_pending_count() == 0


def test_a_drive_gone_between_head_pass_and_hash_is_completed_by_the_next_scan(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """The card is pulled after the rows were written: its items go offline with their
    hash pending (not damaged, not missing); back, the next scan hashes exactly them,
    keeping their ids, with no second row, counted as completed (not new, not changed):
    its summary's counts add up to the files it saw."""
    root = tmp_path / "card"
    for n in range(4):
        make_jpeg(root / "DCIM" / f"IMG_{n}.jpg", color=(n, 9, 9))
    cat.add_root(root)
    away = tmp_path / "away"
    first = _scan_with(cat, lambda: root.rename(away))
    assert first.new == 4 and first.missing == 0 and first.errors == 0
    before = _all(cat)
    # Offline on both; a team catalogue does not record one computer's view for everyone
    # (ingest_mark_missing): there the stored rows stay 'ok', read as offline here.
    from sqlalchemy import select

    from smparchive.core.catalog.models import MediaItem

    team = cat.engine.dialect.name != "sqlite"
    assert {i.status for i in before.values()} == {"offline"}
    with cat.engine.connect() as conn:
        stored = {str(s) for s in conn.scalars(select(MediaItem.status))}
    assert stored == ({"ok"} if team else {"offline"})
    assert all(i.sha256 is None and i.status_reason is None for i in before.values())
    assert cat.hash_pending_count() == 4 and cat.duplicate_groups() == []
    away.rename(root)
    second = scan(cat, options=ScanOptions(workers=0))
    assert second.new == 0 and second.changed == 0 and second.missing == 0
    assert second.errors == 0 and second.probed == 4
    assert second.completed == 4 and second.files_seen == 4 and second.not_read == 0
    assert sorted(second.completed_ids) == sorted(i.id for i in before.values())
    # the history's scan record says the same, and adds up too
    record = next(r for r in cat.history() if r.action == "scan")
    counts = record.details["values"]
    assert counts["files"] == 4 and counts["completed"] == 4 and counts["not_read"] == 0
    sorted_ = ("new", "completed", "changed", "moved", "unchanged", "not_read")
    assert sum(counts[k] for k in sorted_) == counts["files"]
    after = _all(cat)
    assert {n: i.id for n, i in after.items()} == {n: i.id for n, i in before.items()}
    assert cat.count() == 4 and cat.hash_pending_count() == 0
    assert all(i.status == "ok" and i.sha256 for i in after.values())


def test_a_file_deleted_between_head_pass_and_hash_is_not_read_then_missing(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "card"
    keep = make_jpeg(root / "keep.jpg", color=(5, 5, 5))
    gone = make_jpeg(root / "gone.jpg", color=(6, 6, 6))
    cat.add_root(root)
    first = _scan_with(cat, gone.unlink)
    assert first.new == 2 and first.errors == 0
    assert [p.kind for p in first.problems if p.path.endswith("gone.jpg")] == ["not read"]
    items = _all(cat)
    assert items["gone.jpg"].sha256 is None and items["gone.jpg"].status_reason is None
    assert items["keep.jpg"].sha256 == hashlib.sha256(keep.read_bytes()).hexdigest()
    second = scan(cat, options=ScanOptions(workers=0))
    assert second.missing == 1 and second.new == 0 and second.errors == 0
    assert _all(cat)["gone.jpg"].status == "missing"


def test_edits_made_while_hashing_are_kept(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """The user works on the rows the head pass wrote while the files are hashed: a new
    title, a rating taken away, a keyword of the file removed, a tag added. The full read
    of the same file must not undo any of it."""
    root = tmp_path / "card"
    make_jpeg(root / "a.jpg", xmp={"rating": 4, "title": "Opening"})
    cat.add_root(root)

    def edit() -> None:
        [item] = _all(cat).values()
        assert item.rating == 4 and item.text("title") == "Opening"  # from the head
        assert {t.path for t in item.tags} >= {"Mobility", "Event|Day 1|Panel"}
        cat.set_text([item.id], "title", "en", "Welcome")
        cat.set_fields([item.id], rating=0)
        [mobility] = [t.id for t in item.tags if t.path == "Mobility"]
        cat.remove_tags([item.id], [mobility])
        cat.tag_items([item.id], ["Chosen"])

    _scan_with(cat, edit)
    [item] = _all(cat).values()
    assert item.sha256 and cat.hash_pending_count() == 0
    assert item.text("title") == "Welcome"
    paths = {t.path for t in item.tags}
    assert "Chosen" in paths and "Event|Day 1|Panel" in paths
    assert "Mobility" not in paths
    assert item.rating == 0


def test_identical_files_of_one_import_are_grouped_once_hashed(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "card"
    a = make_jpeg(root / "a.jpg", color=(7, 7, 7))
    shutil.copy2(a, root / "b.jpg")
    (root / "sub").mkdir()
    shutil.copy2(a, root / "sub" / "c.jpg")
    make_jpeg(root / "other.jpg", color=(8, 8, 8))
    cat.add_root(root)
    pending: list[int] = []
    report = _scan_with(cat, lambda: pending.append(cat.hash_pending_count()))
    assert pending == [4]  # every file had a head row (none could be a move)
    assert report.new == 4 and report.moved == 0 and report.duplicate_groups == 1
    [group] = cat.duplicate_groups()
    assert sorted(Path(r.path).name for r in group.items) == ["a.jpg", "b.jpg", "c.jpg"]
    assert cat.count() == 4


def test_a_png_named_jpg_gets_its_real_format_from_head_to_hash(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    root = tmp_path / "card"
    root.mkdir()
    out = io.BytesIO()
    Image.new("RGB", (50, 40), (9, 90, 9)).save(out, "PNG")
    (root / "fake.jpg").write_bytes(out.getvalue())
    make_jpeg(root / "real.jpg")
    cat.add_root(root)
    formats: dict[str, str | None] = {}
    report = _scan_with(cat, lambda: formats.update({n: i.format for n, i in _all(cat).items()}))
    assert formats == {"fake.jpg": "PNG", "real.jpg": "JPEG"}  # the signature, not the name
    items = _all(cat)
    fake = items["fake.jpg"]
    assert (fake.kind, fake.format, fake.width, fake.height) == ("photo", "PNG", 50, 40)
    assert fake.sha256 and fake.camera_make is None and fake.mime == "image/png"
    assert report.errors == 0


def test_a_photo_with_a_sidecar_gets_the_sidecars_texts_after_its_hash(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    from tests.core.ingest.conftest import XMP

    root = tmp_path / "card"
    make_jpeg(root / "a.jpg", xmp={"title": "Embedded", "rating": 1})
    (root / "a.xmp").write_text(XMP.format(rating=5, title="From sidecar"))
    cat.add_root(root)
    heads: list[Any] = []
    _scan_with(cat, lambda: heads.extend(_all(cat).values()))
    [head] = heads
    assert head.camera_make is None and head.titles == {}  # the head pass did not parse it
    [item] = _all(cat).values()
    assert item.text("title") == "From sidecar" and item.rating == 5
    assert item.camera_make == "Canon" and item.sha256


def test_an_item_whose_hash_is_pending_is_not_exported_and_not_verified(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    from smparchive.core.export.catalog_bridge import unavailable_reason
    from smparchive.core.ingest import fixity
    from smparchive.core.progress import CancelToken

    root = tmp_path / "card"
    make_jpeg(root / "a.jpg")
    cat.add_root(root)
    cancel = CancelToken()
    scan(cat, None, None, cancel, ScanOptions(workers=0, on_searchable=cancel.cancel))
    [item] = _all(cat).values()
    assert item.sha256 is None
    assert "no checksum yet" in (unavailable_reason(item) or "")
    report = fixity.verify(cat, threads=1)
    assert [e.item_id for e in report.not_checked] == [item.id]
    assert "pending" in report.not_checked[0].detail
    after = _all(cat)["a.jpg"]
    assert after.last_verified_at is None and after.status == "ok" and after.sha256 is None


def _damaged_xref_pdf(path: Path, size: tuple[int, int]) -> Path:
    """A PDF whose ``startxref`` points a few bytes off: pdfium repairs it (the full read
    gives its kind), the head pass cannot follow its structure (no head row)."""
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, "PDF")
    head, _, tail = buf.getvalue().rpartition(b"startxref\n")
    offset, _, rest = tail.partition(b"\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(head + b"startxref\n%d\n" % (int(offset) + 7) + rest)
    return path


def test_a_new_pdf_is_never_counted_under_documents_before_it_becomes_slides(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """During a first scan the sidebar counted a new deck under Documents (its head row:
    a PDF's signature says 'document'), then moved it to Slides once the full read saw its
    landscape page. A PDF's head row holds its first page's kind, or there is none until
    the full read (a damaged file pdfium repairs)."""
    root = tmp_path / "card"
    make_jpeg(root / "photo.jpg", size=(64, 48), color=(1, 2, 3))
    Image.new("RGB", (1600, 900), "white").save(root / "deck.pdf", "PDF")
    Image.new("RGB", (850, 1100), "white").save(root / "paper.pdf", "PDF")
    _damaged_xref_pdf(root / "repaired_deck.pdf", (1600, 900))
    _damaged_xref_pdf(root / "repaired_paper.pdf", (850, 1100))
    cat.add_root(root)
    seen: list[dict[str, str]] = []  # the kinds as the sidebar counted them, batch after batch

    def batch(_changes: Any) -> None:
        seen.append({n: i.kind for n, i in _all(cat).items()})

    scan(cat, options=ScanOptions(workers=0, on_batch=batch, on_searchable=lambda: batch(None)))
    final = {
        "photo.jpg": "photo",
        "deck.pdf": "slides",
        "paper.pdf": "document",
        "repaired_deck.pdf": "slides",
        "repaired_paper.pdf": "document",
    }
    assert seen and seen[-1] == final
    for kinds in seen:
        assert {n: k for n, k in kinds.items() if n.endswith(".pdf")} == {
            n: final[n] for n in kinds if n.endswith(".pdf")
        }


def test_a_first_scan_with_a_pdf_is_searchable_before_its_photos_are_hashed(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """A PDF gets no head row (its kind needs the full read), and the scan said
    'searchable' only at its very end, after every photo's hash and thumbnail: on a card
    of 80 photos and two decks, 2-5 s instead of 0.1-0.2 s. The PDFs are read first, and
    once their rows are in, everything found is searchable."""
    root = tmp_path / "card"
    for n in range(4):
        make_jpeg(root / f"IMG_{n}.jpg", size=(64, 48), color=(n, 2, 3))
    Image.new("RGB", (1600, 900), "white").save(root / "deck.pdf", "PDF")
    cat.add_root(root)
    at_searchable: list[dict[str, Any]] = []

    report = _scan_with(cat, lambda: at_searchable.append(_all(cat)))

    (items,) = at_searchable
    assert set(items) == {"IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg", "deck.pdf"}
    assert items["deck.pdf"].kind == "slides"
    assert [n for n, i in items.items() if i.sha256 is None]  # photos still to hash
    assert report.seconds_to_searchable is not None
    assert report.seconds_to_searchable < report.seconds
    assert all(i.sha256 for i in _all(cat).values())  # and the scan finished them all


def test_a_card_with_decks_is_searchable_before_any_file_is_read_in_full(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """A new PDF had no row until a worker had read it (its kind comes from its first
    page's shape), so a card with decks became searchable only once a worker had started
    and opened them. Now a well-formed PDF's head row holds its kind: every file is in
    the catalogue, decks under Slides and papers under Documents, before any is hashed."""
    root = tmp_path / "card"
    for n in range(3):
        make_jpeg(root / f"IMG_{n}.jpg", size=(64, 48), color=(n, 2, 3))
    Image.new("RGB", (1600, 900), "white").save(root / "deck.pdf", "PDF")
    Image.new("RGB", (850, 1100), "white").save(root / "paper.pdf", "PDF")
    cat.add_root(root)
    at_searchable: list[dict[str, Any]] = []

    _scan_with(cat, lambda: at_searchable.append(_all(cat)))

    (items,) = at_searchable
    assert {n: i.kind for n, i in items.items() if n.endswith(".pdf")} == {
        "deck.pdf": "slides",
        "paper.pdf": "document",
    }
    assert len(items) == 5 and all(i.sha256 is None for i in items.values())  # none read yet
    after = _all(cat)
    assert after["deck.pdf"].kind == "slides" and after["paper.pdf"].kind == "document"
    assert all(i.sha256 for i in after.values())
    assert after["deck.pdf"].page_count == 1  # the full read's facts replaced the head's


def test_the_pdfs_are_read_before_the_other_files_that_wait_for_their_full_read(
    cat: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """Searchable waits for the rows the head pass could not write (here a PDF whose
    damaged cross-reference only pdfium repairs), so those files go first: a PNG found
    before the PDF (its head row waits for its full read too) is read after it, and the
    catalogue is searchable before the PNG's hash."""
    root = tmp_path / "card"
    root.mkdir()
    Image.new("RGB", (64, 48), "blue").save(root / "a_scan.png")
    _damaged_xref_pdf(root / "b_deck.pdf", (1600, 900))
    make_jpeg(root / "c_photo.jpg", size=(64, 48), color=(1, 2, 3))
    cat.add_root(root)
    at_searchable: list[dict[str, Any]] = []

    _scan_with(cat, lambda: at_searchable.append(_all(cat)))

    (items,) = at_searchable
    assert set(items) == {"a_scan.png", "b_deck.pdf", "c_photo.jpg"}
    assert items["b_deck.pdf"].sha256 and items["b_deck.pdf"].kind == "slides"
    assert items["a_scan.png"].sha256 is None  # read after the PDF
    assert all(i.sha256 for i in _all(cat).values())
