"""Records made by an older reader get the current reading at the next scan.

A PDF catalogued before the line-end hyphen fix kept "www.oasis▯open.org" as its text (and
'oasis-open' was never found) until the file changed: a rescan read only changed files. Each
record now keeps its reader's version (``media.readers``); a rescan reads an unchanged file
again when its reader is newer, without hashing it and without writing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from smparchive.core.catalog import fulltext
from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.core.catalog.models import ItemContent, MediaItem
from smparchive.core.ingest import ScanOptions, scan, tasks
from smparchive.core.media import probe as probe_module
from smparchive.core.media.readers import READER_VERSIONS

INLINE = ScanOptions(workers=0)  # the reads happen in this process: they can be counted
# What the PDF reader before version 2 stored: pdfium's U+0002 for the hyphen ending a
# line, and the line of a page turned upside down (/Rotate 180) read backwards.
OLD_TEXT = "Read more at www.oasis\x02open.org today\nr al uci dnepr eP"


def _pdf(path: Path, first: str, second: str, turned: str = "") -> Path:
    """A PDF of two lines, and a second page showing ``turned`` upside down (/Rotate 180)."""
    from smparchive.core.demo.pdf import PdfDocument

    doc = PdfDocument()
    page = doc.add_page(400, 300)
    page.text(50, 250, first, 14)
    page.text(50, 230, second, 14)
    if turned:
        doc.add_page(400, 300).text(50, 150, turned, 18)
    doc.save(path)
    if turned:
        import pikepdf

        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            pdf.pages[1].Rotate = 180
            pdf.save(path)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def any_catalog(request: pytest.FixtureRequest, catalog_path: Path) -> Iterator[Any]:
    from smparchive.core.catalog.catalog import open_catalog

    if request.param == "sqlite":
        cat = open_catalog(catalog_path, create=True)
    else:
        from tests.conftest import empty_pg_url

        cat = open_catalog(empty_pg_url())
    try:
        yield cat
    finally:
        cat.close()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The files each kind of read opened (in-process workers make this observable);
    hashing during a scan is refused."""
    seen: dict[str, list[str]] = {"read_again": [], "first_look": [], "hashed": []}
    for name in ("read_again", "first_look"):
        real = getattr(tasks, name)

        def spy(path: str, *args: Any, _real: Any = real, _name: str = name) -> Any:
            seen[_name].append(Path(path).name)
            return _real(path, *args)

        monkeypatch.setattr(tasks, name, spy)
    real_hash = probe_module.sha256_file

    def hashing(path: Path) -> str:
        seen["hashed"].append(Path(path).name)
        return real_hash(path)

    monkeypatch.setattr(probe_module, "sha256_file", hashing)
    return seen


def _found(cat: Any, words: str) -> list[int]:
    return list(cat.query_ids(ItemFilter(text=words)))


def _stored(cat: Any, item_id: int) -> tuple[str | None, int, str | None]:
    """The item's hash, reader version and extracted text as stored."""
    with cat._sessions() as s:
        sha, version = s.execute(
            select(MediaItem.sha256, MediaItem.reader_version).where(MediaItem.id == item_id)
        ).one()
        text = s.scalar(select(ItemContent.text).where(ItemContent.item_id == item_id))
    return sha, int(version), text


def _as_an_older_reader_left_it(cat: Any, item_id: int) -> None:
    """The record an older PDF reader made: its text with the box, version 1."""
    with cat._sessions() as s, s.begin():
        s.execute(update(MediaItem).where(MediaItem.id == item_id).values(reader_version=1))
        s.execute(update(ItemContent).where(ItemContent.item_id == item_id).values(text=OLD_TEXT))
        fulltext.reindex(s, [item_id])


def test_an_unchanged_pdf_read_by_an_older_reader_is_read_again(
    any_catalog: Any, tmp_path: Path, reads: dict[str, list[str]]
) -> None:
    cat = any_catalog
    root = tmp_path / "docs"
    root.mkdir()
    old = _pdf(root / "links.pdf", "Read more at www.oasis-", "open.org today", "Perpendicular")
    current = _pdf(root / "agenda.pdf", "Agenda of the day", "with breaks")
    cat.add_root(root)
    first = scan(cat, options=INLINE)
    assert first.new == 2 and first.errors == 0
    [old_id] = cat.ids_for_paths([str(old)])
    [current_id] = cat.ids_for_paths([str(current)])
    first_sha = _stored(cat, old_id)[0]
    _as_an_older_reader_left_it(cat, old_id)
    assert "\x02" in str(_stored(cat, old_id)[2])  # the defect as users saw it
    assert _found(cat, "perpendicular") == []
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (old, current)}
    for seen in reads.values():
        seen.clear()

    report = scan(cat, options=INLINE)
    # only the stale record is read again, and not hashed; the other is not opened
    assert reads == {"read_again": ["links.pdf"], "first_look": [], "hashed": []}
    assert report.reread == 1 and report.reread_kinds == {"slides": 1}  # a landscape page
    assert report.unchanged == 2 and report.changed == report.new == 0
    assert _found(cat, "oasis-open") == [old_id]
    assert _found(cat, "perpendicular") == [old_id]
    sha, version, text = _stored(cat, old_id)
    assert text is not None and "oasis-open" in text and "\x02" not in text
    assert sha == first_sha and version == READER_VERSIONS["PDF"]
    assert _found(cat, "agenda") == [current_id]
    # the originals are as they were
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (old, current)} == before

    # once read by the current reader, a rescan opens nothing
    again = scan(cat, options=INLINE)
    assert reads["read_again"] == ["links.pdf"] and reads["first_look"] == []
    assert again.reread == 0 and again.unchanged == 2 and again.probed == 0


def test_a_file_changed_since_the_walk_is_read_in_full(
    catalog: Any, tmp_path: Path, reads: dict[str, list[str]]
) -> None:
    """The worker looks at the file's size and time again: a file written between the
    walk and its read is hashed and read in full, never paired with the old hash."""
    root = tmp_path / "docs"
    root.mkdir()
    path = _pdf(root / "links.pdf", "Read more at www.oasis-", "open.org today")
    catalog.add_root(root)
    scan(catalog, options=INLINE)
    [item_id] = catalog.ids_for_paths([str(path)])
    stat = path.stat()
    look = tasks.read_again(str(path), stat.st_size, stat.st_mtime_ns)
    assert look.sha256 is None and look.info.text and "oasis-open" in look.info.text
    moved = tasks.read_again(str(path), stat.st_size, stat.st_mtime_ns - 1)
    assert moved.sha256 == _stored(catalog, item_id)[0]


def test_records_made_before_versions_were_kept_are_the_first_readers(tmp_path: Path) -> None:
    """A catalogue of an earlier release (0039) upgraded: its records are version 1, so
    its PDFs are read again by the next scan and its photos are not."""
    import shutil
    import sqlite3

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.codes import FORMAT_CODES, KIND_CODES
    from smparchive.core.ingest.rescan import read_by_older_reader

    work = tmp_path / "old.smpcat"
    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
    shutil.copy(fixtures / "schema-0039.smpcat", work)
    with sqlite3.connect(work) as conn:  # item 1 a PDF deck, the others photos
        conn.execute(
            "UPDATE items SET kind = ?, format = ? WHERE id = 1",
            (KIND_CODES["slides"], FORMAT_CODES["PDF"]),
        )
    conn.close()
    cat = open_catalog(work)
    try:
        rows = {row.id: row for row in cat.ingest_index(1).values()}
    finally:
        cat.close()
    assert {i: r.reader_version for i, r in rows.items()} == {1: 1, 2: 1, 3: 1}
    assert [i for i, r in rows.items() if read_by_older_reader(r)] == [1]
