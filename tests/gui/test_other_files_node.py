"""The Library lists "Other files" (spreadsheets, text notes, archives: catalogued, not
read inside) when the catalogue has some, with a tooltip saying what they are; the
Errors node counts none of them."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from smparchive.core.ingest import ScanOptions, scan


def _library_and_problems(cat: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    from smparchive.gui.models.sidebar_model import build_sidebar

    sections = {s.key: s for s in build_sidebar(cat)}
    lib = {n.key: n for n in sections["sec:library"].children}
    problems = {n.key: n for n in sections["sec:problems"].children}
    return lib, problems


def test_other_files_have_a_library_node_and_are_not_errors(
    catalog: Any, tmp_path: Path, qapp: Any
) -> None:
    root = tmp_path / "media"
    root.mkdir()
    lib, _ = _library_and_problems(catalog)
    assert "kind:other" not in lib  # none yet: not listed, as Audio
    (root / "notes.txt").write_text("Roundtable notes")
    with zipfile.ZipFile(root / "attendees.xlsx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    catalog.add_root(root)
    scan(catalog, options=ScanOptions(workers=0))

    lib, problems = _library_and_problems(catalog)
    node = lib["kind:other"]
    assert (node.label, node.count) == ("Other files", 2)
    assert "does not read inside" in node.tooltip
    assert sorted(catalog.query_ids(node.filter)) == sorted(catalog.query_ids())
    assert problems["status:error"].count == 0


def test_the_inspector_says_why_another_file_has_no_preview(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """A spreadsheet's inspector said only "No preview", as for a file whose picture failed."""
    root = tmp_path / "notes"
    root.mkdir()
    (root / "attendees.csv").write_text("name,organisation\n")
    cat = window.catalog
    cat.add_root(root)
    scan(cat, options=ScanOptions(workers=0))
    (sheet,) = [r for r in cat.items(cat.query_ids()) if r.name == "attendees.csv"]
    window.inspector.show_records([sheet])
    text = window.inspector.preview.text()
    assert "does not read inside" in text and window.inspector.preview.wordWrap()
    photo = next(r for r in cat.items(cat.query_ids()) if r.kind == "photo")
    window.inspector.show_records([photo])
    assert "does not read inside" not in window.inspector.preview.text()


def test_the_inspector_says_at_the_top_why_a_damaged_file_has_no_preview(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    """In Problems > Errors an empty HEIC's inspector said only "No preview" at the top; why
    (the file is empty) was under its Status, below the culling and texts. The top now says
    why; a photo being pictured still says nothing there."""
    root = tmp_path / "card"
    root.mkdir()
    (root / "IMG_0001.HEIC").write_bytes(b"")
    cat = window.catalog
    cat.add_root(root)
    scan(cat, options=ScanOptions(workers=0))
    (empty,) = [r for r in cat.items(cat.query_ids()) if r.name == "IMG_0001.HEIC"]
    assert empty.status == "error"
    window.inspector.show_records([empty])
    # said once, under the name (as for a damaged photo that has a preview)
    assert window.inspector.preview.text() == "No preview"
    said = window.inspector.problem_text
    assert said.text() == "The file is empty (0 bytes)." and not said.isHidden()
    column = said.parentWidget().layout()
    assert column.indexOf(said) == column.indexOf(window.inspector.summary) + 1
