"""Files of types smparchive does not read inside (a spreadsheet, a text note, a plain
archive) are part of the archive: catalogued as "other" files, status ok, with their
format, size and content hash, never counted or listed as errors (the Errors view is for
files that are damaged or unreadable). Catalogues that stored them as errors are mended by
the upgrade. The files themselves are never written."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.ingest import ScanOptions, scan

INLINE = ScanOptions(workers=0)


def _conference_folder(root: Path) -> dict[str, bytes]:
    """A concept note as text, the attendee list as a spreadsheet, a zipped press kit,
    and a damaged JPEG (the one real problem)."""
    root.mkdir(parents=True)
    (root / "concept-note.txt").write_text("Skills Mobility Partnerships: concept note\n")
    with zipfile.ZipFile(root / "attendees.xlsx", "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<Types><Override ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with zipfile.ZipFile(root / "press-kit.zip", "w") as zf:
        zf.writestr("readme.txt", "logos")
    (root / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)
    return {p.name: p.read_bytes() for p in root.iterdir()}


def _by_name(cat: Any) -> dict[str, Any]:
    return {r.name: r for r in cat.items(cat.query_ids())}


def test_other_files_are_catalogued_not_errors(catalog: Any, tmp_path: Path) -> None:
    root = tmp_path / "SMP2022"
    before = _conference_folder(root)
    catalog.add_root(root)
    report = scan(catalog, options=INLINE)

    items = _by_name(catalog)
    for name, fmt in (("concept-note.txt", "TXT"), ("attendees.xlsx", "XLSX"),
                      ("press-kit.zip", "ZIP")):  # fmt: skip
        rec = items[name]
        assert (rec.kind, rec.status, rec.format) == ("other", "ok", fmt), name
        assert rec.status_reason is None and rec.thumb_state == "none"
        assert rec.sha256 == hashlib.sha256(before[name]).hexdigest()  # fixity kept
    assert items["concept-note.txt"].mime == "text/plain"
    # The one damaged file is the only error the scan, the Errors view and its count name.
    assert items["broken.jpg"].status == "error"
    assert [Path(p.path).name for p in report.problems if p.kind == "error"] == ["broken.jpg"]
    errors = catalog.query_ids(ItemFilter(statuses=("error",)))
    assert [items["broken.jpg"].id] == errors
    facets = catalog.facets()
    assert facets.status.get("error") == 1 and facets.kind.get("other") == 3
    assert {p.name: p.read_bytes() for p in root.iterdir()} == before  # originals untouched


def test_upgrade_mends_other_files_stored_as_errors(catalog_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "SMP2022"
    _conference_folder(root)
    cat = open_catalog(catalog_path, create=True)
    try:
        cat.add_root(root)
        scan(cat, options=INLINE)
        items = _by_name(cat)
    finally:
        cat.close()
    note, sheet = items["concept-note.txt"].id, items["attendees.xlsx"].id
    conn = sqlite3.connect(catalog_path)
    # What schema 0025's code stored (status and thumb_state as codes: error 2, none 2),
    # with both lists of catalogued kinds the sentences have had.
    for iid, reason in (
        (note, "Files of this type are not catalogued (photos, videos, audio, slides and "
               "documents are)."),
        (sheet, "ZIP files are not catalogued (only photos, videos, audio and slides are)."),
    ):  # fmt: skip
        conn.execute(
            "UPDATE items SET status = 2, thumb_state = 2, status_reason = ? WHERE id = ?",
            (reason, iid),
        )
    conn.execute("UPDATE alembic_version SET version_num = '0025'")
    conn.commit()
    conn.close()
    cat = open_catalog(catalog_path)  # upgrades
    try:
        after = _by_name(cat)
        for name in ("concept-note.txt", "attendees.xlsx"):
            assert (after[name].status, after[name].status_reason) == ("ok", None), name
        # The Errors count (kept by the facet triggers) and list hold the damaged file only.
        assert cat.facets().status == {"error": 1, "ok": 3}
        assert cat.query_ids(ItemFilter(statuses=("error",))) == [after["broken.jpg"].id]
    finally:
        cat.close()
