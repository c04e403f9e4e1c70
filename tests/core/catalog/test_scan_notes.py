"""Scans noted beside a SQLite catalogue (a quick rescan's bookkeeping) are written into it
through its own methods at the next full open; a bad notes file never stops the open."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.scan_notes import NOTES_SUFFIX, note_scan


def test_noted_scans_reach_the_history_at_the_next_open(catalog: Any, tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    root_id = catalog.add_root(folder).value
    location = str(catalog.location)
    catalog.close()
    before = datetime.now(UTC)
    counts = {"files": 3, "new": 0, "changed": 0, "moved": 0, "missing": 0}
    note_scan(location, [(root_id, str(folder))], counts, "someone")
    note_scan(location, [(root_id, str(folder))], counts, "someone")
    cat = open_catalog(location)
    try:
        scans = [h for h in cat.history() if h.action == "scan"]
        assert len(scans) == 2
        assert {h.user for h in scans} == {"someone"}
        assert all(str(folder) in h.label for h in scans)
        assert all(h.details["values"]["files"] == 3 for h in scans)
        assert all(h.at >= before for h in scans)
        (root,) = cat.roots()
        assert root.last_scan_at is not None and root.last_scan_at >= before
    finally:
        cat.close()
    assert Path(location + NOTES_SUFFIX).read_text() == ""
    again = open_catalog(location)  # nothing noted twice
    try:
        assert len([h for h in again.history() if h.action == "scan"]) == 2
    finally:
        again.close()


def test_a_damaged_notes_file_does_not_stop_the_open(catalog: Any) -> None:
    location = str(catalog.location)
    catalog.close()
    Path(location + NOTES_SUFFIX).write_text("not json\n", encoding="utf-8")
    cat = open_catalog(location)
    try:
        assert not [h for h in cat.history() if h.action == "scan"]
    finally:
        cat.close()
    assert Path(location + NOTES_SUFFIX).read_text() == "not json\n"  # kept for a look
