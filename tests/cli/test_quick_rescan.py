"""A rescan that finds nothing changed is answered without SQLAlchemy (core/ingest/rescan.py),
prints what the full scan prints, and its history entry reaches the catalogue at the next
full open (core/catalog/scan_notes.py); any change runs the full scan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

# What a quick rescan never needs: the probe registry's format table, the index-row
# record, the fixity report, the cache's file records (each a few dataclasses to create).
UNNEEDED = (
    "smparchive.core.media.registry",
    "smparchive.core.catalog.indexrow",
    "smparchive.core.ingest.verify_report",
    "smparchive.core.cache_records",
)
SCRIPT = (
    "import sys, io, contextlib, json\n"
    "from smparchive.cli.main import main\n"
    "out = io.StringIO()\n"
    "with contextlib.redirect_stdout(out):\n"
    "    code = main(sys.argv[1:])\n"
    "print(json.dumps({'code': code, 'out': out.getvalue(),"
    " 'sqlalchemy': 'sqlalchemy' in sys.modules,"
    f" 'unneeded': sorted(m for m in {UNNEEDED!r} if m in sys.modules)}}))\n"
)


def scan(catalog: Path, tmp_path: Path, *args: str) -> dict[str, Any]:
    """``smparchive -c CATALOG scan ARGS`` in a fresh process (as a user runs it)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, "-c", str(catalog), "scan", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


XMP = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"><rdf:Description rdf:about=""
 xmp:Rating="4"/></rdf:RDF></x:xmpmeta>"""


def _photo(path: Path, color: tuple[int, int, int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (80, 60), color).save(path, "JPEG")


@pytest.fixture
def scanned(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "media"
    _photo(root / "day1" / "a.jpg", (255, 0, 0))
    _photo(root / "day1" / "b.jpg", (0, 255, 0))
    _photo(root / "c.jpg", (0, 0, 255))
    (root / ".hidden").write_text("x")
    catalog = tmp_path / "cat.smpcat"
    first = scan(catalog, tmp_path, str(root), "--json")
    assert first["code"] == 0 and json.loads(first["out"])["scan"]["new"] == 3
    return catalog, root


def _without_times(out: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(out)
    for part in ("scan", "thumbnails"):
        if data.get(part):
            data[part] = {k: v for k, v in data[part].items() if "seconds" not in k}
    return data


def test_an_unchanged_rescan_is_quick_and_reports_as_the_full_scan(
    scanned: tuple[Path, Path], tmp_path: Path
) -> None:
    catalog, _root = scanned
    notes = Path(str(catalog) + ".scan-notes")
    full = scan(catalog, tmp_path, str(_root), "--json")  # naming a root: the full scan
    assert full["sqlalchemy"]
    quick = scan(catalog, tmp_path, "--json")
    assert not quick["sqlalchemy"], "nothing changed: answered without SQLAlchemy"
    assert quick["unneeded"] == []
    assert quick["code"] == full["code"] == 0
    assert _without_times(quick["out"]) == _without_times(full["out"])
    assert json.loads(quick["out"])["scan"]["unchanged"] == 3
    text = scan(catalog, tmp_path)
    assert not text["sqlalchemy"]
    assert "0 new, 0 changed, 0 moved, 3 unchanged, 0 missing" in text["out"]
    assert len(notes.read_text().splitlines()) == 2

    # The next full open writes both scans into the history, with the roots' scan time.
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(catalog)
    try:
        scans = [h for h in cat.history() if h.action == "scan"]
        assert len(scans) == 4  # the first scan, the full rescan, the two quick ones
        assert all(str(_root) in h.label for h in scans)
        (root,) = cat.roots()
        assert root.last_scan_at is not None
        assert root.last_scan_at >= max(h.at for h in scans[:2])
    finally:
        cat.close()
    assert notes.read_text() == ""


@pytest.mark.parametrize(
    "change", ["touched", "added", "removed", "thumbnail gone", "sidecar written"]
)
def test_any_change_runs_the_full_scan(
    scanned: tuple[Path, Path], tmp_path: Path, change: str
) -> None:
    catalog, root = scanned
    if change == "touched":
        os.utime(root / "c.jpg", ns=(1, 1))
    elif change == "added":
        _photo(root / "day2" / "d.jpg", (9, 9, 9))
    elif change == "removed":
        (root / "day1" / "b.jpg").unlink()
    elif change == "sidecar written":
        (root / "c.jpg.xmp").write_text(XMP, encoding="utf-8")
    else:
        thumbs = sorted((tmp_path / "cat.cache" / "thumbs").rglob("*-256.jpg"))
        thumbs[0].unlink()
    result = scan(catalog, tmp_path, "--json")
    assert result["sqlalchemy"], change
    report = json.loads(result["out"])
    if change == "touched":  # same bytes: read again, not "changed"
        assert report["scan"]["changed"] == 0 and report["scan"]["unchanged"] == 3
        assert report["scan"]["probed"] == 1 and report["scan"]["not_read"] == 0
    elif change == "added":
        assert report["scan"]["new"] == 1
    elif change == "removed":
        assert report["scan"]["missing"] == 1 and result["code"] == 1
    elif change == "sidecar written":
        assert report["scan"]["changed"] == 1
    else:
        assert report["thumbnails"]["made"] == 1
    assert not Path(str(catalog) + ".scan-notes").exists()


@pytest.mark.parametrize("sidecar", [False, True])
def test_duplicates_and_sidecars_report_as_the_full_scan(tmp_path: Path, sidecar: bool) -> None:
    """The quick look's duplicate count (from the hash index) and its walk (one set
    comparison, or file by file when a sidecar's time counts) agree with the full scan."""
    root = tmp_path / "media"
    _photo(root / "day1" / "a.jpg", (255, 0, 0))
    _photo(root / "day1" / "b.jpg", (0, 255, 0))
    (root / "day2").mkdir()
    (root / "day2" / "a-copy.jpg").write_bytes((root / "day1" / "a.jpg").read_bytes())
    (root / "day2" / "b-copy.jpg").write_bytes((root / "day1" / "b.jpg").read_bytes())
    _photo(root / "c.jpg", (0, 0, 255))
    if sidecar:
        (root / "c.jpg.xmp").write_text(XMP, encoding="utf-8")
    catalog = tmp_path / "cat.smpcat"
    assert scan(catalog, tmp_path, str(root), "--json")["code"] == 0
    full = scan(catalog, tmp_path, str(root), "--json")
    quick = scan(catalog, tmp_path, "--json")
    assert full["sqlalchemy"] and not quick["sqlalchemy"]
    assert _without_times(quick["out"]) == _without_times(full["out"])
    report = json.loads(quick["out"])["scan"]
    assert report["unchanged"] == 5 and report["duplicate_groups"] == 2
    assert report["skipped"] == (1 if sidecar else 0)


def test_a_record_of_an_older_reader_runs_the_full_scan_which_reads_it_again(
    tmp_path: Path,
) -> None:
    """An unchanged PDF whose record an older text reader made (``media.readers``) is read
    again, and the scan says so; once read, the rescan is quick again."""
    import sqlite3

    from smparchive.core.demo.pdf import PdfDocument

    root = tmp_path / "media"
    _photo(root / "a.jpg", (255, 0, 0))
    doc = PdfDocument()
    doc.add_page(300, 400).text(40, 300, "Read more at www.oasis-open.org", 12)
    doc.save(root / "links.pdf")
    catalog = tmp_path / "cat.smpcat"
    assert scan(catalog, tmp_path, str(root))["code"] == 0
    with sqlite3.connect(catalog) as conn:  # as the catalogue was before its reader's fix
        conn.execute("UPDATE items SET reader_version = 1")
    conn.close()
    result = scan(catalog, tmp_path)
    assert result["sqlalchemy"]
    assert (
        "0 changed, 0 moved, 2 unchanged (1 document re-read with the current reader)"
        in (result["out"])
    )
    again = scan(catalog, tmp_path)
    assert not again["sqlalchemy"] and "re-read" not in again["out"]
