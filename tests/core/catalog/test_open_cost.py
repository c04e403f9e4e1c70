"""Opening does no work proportional to the catalogue; damage is found on request."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smparchive.cli.main import main
from smparchive.core.catalog import schema
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.errors import CatalogError


def test_shipped_revisions_read_cheaply_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == {r.revision for r in script.walk_revisions()}
    for rev in script.walk_revisions():
        assert schema.revision_graph()[rev.revision] == rev.down_revision


def test_opening_runs_no_integrity_check(
    catalog_path: Path, add_items: Any, catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_items([{} for _ in range(20)])
    catalog.close()
    statements: list[str] = []
    real = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    cat = open_catalog(catalog_path)
    try:
        assert len(cat.query_ids()) == 20
    finally:
        cat.close()
    assert statements  # the trace saw the open
    assert not [s for s in statements if "check" in s.lower()]


def _damage_a_middle_page(path: Path) -> None:
    page = int.from_bytes(path.read_bytes()[16:18], "big")
    pages = path.stat().st_size // page
    with path.open("r+b") as fh:
        fh.seek(page * (pages // 2))
        fh.write(b"\xa5" * page)


def test_check_finds_a_damaged_page(
    catalog_path: Path,
    add_items: Any,
    catalog: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_items([{"name": f"IMG_{i:05d}.JPG"} for i in range(400)])
    catalog.close()
    assert main(["-c", str(catalog_path), "check"]) == 0
    assert "no damage found" in capsys.readouterr().out
    _damage_a_middle_page(catalog_path)
    before = catalog_path.read_bytes()
    assert main(["-c", str(catalog_path), "check"]) == 1
    out = capsys.readouterr().out
    assert "is damaged" in out and "has not been changed" in out
    assert catalog_path.read_bytes() == before  # checking changes nothing
    assert schema.integrity_problems(catalog_path, full=True)


def test_a_damaged_header_is_still_refused_at_open(catalog_path: Path, catalog: Any) -> None:
    catalog.close()
    data = bytearray(catalog_path.read_bytes())
    data[16:18] = (3000).to_bytes(2, "big")  # not a power of two: no SQLite page size
    catalog_path.write_bytes(bytes(data))
    with pytest.raises(CatalogError, match="damaged"):
        open_catalog(catalog_path)
    assert catalog_path.read_bytes() == bytes(data)


def test_version_and_help_do_not_import_the_database_layers() -> None:
    code = (
        "import sys\n"
        "from smparchive.__main__ import main\n"
        "for args in (['--version'], ['--help']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'PySide6') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "HEAVY []" in out
    assert "smparchive " in out and "usage: smparchive" in out


def test_opening_a_catalogue_leaves_clocks_assignment_and_programme_to_first_use(
    catalog_path: Path, catalog: Any
) -> None:
    """What the app opens before its first screenful (the catalogue, its event's zone and
    days) loads neither Camera Clocks' preview, the assignment's rules, the day's timeline
    nor a programme's import (~70 ms of CPU); a clock preview then still loads them."""
    catalog.close()
    code = (
        "import sys\n"
        "from smparchive.core.catalog.catalog import open_catalog\n"
        f"cat = open_catalog({str(catalog_path)!r})\n"
        "cat.event_zone(); cat.days(); cat.sessions()\n"
        "later = ('smparchive.core.catalog.clock_preview', 'smparchive.core.domain.assign',\n"
        "         'smparchive.core.domain.timeline', 'smparchive.core.catalog.day_lanes',\n"
        "         'smparchive.core.domain.programme', 'smparchive.core.domain.schedule_model')\n"
        "print('LOADED', [m for m in later if m in sys.modules])\n"
        "cat.propose_assignments()\n"
        "print('THEN', 'smparchive.core.domain.assign' in sys.modules)\n"
        "cat.close()\n"
    )
    src = str(Path(__file__).resolve().parents[3] / "src")
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=src),
    ).stdout
    assert "LOADED []" in out
    assert "THEN True" in out


def test_check_compact_gives_the_free_space_back(
    catalog_path: Path,
    add_items: Any,
    catalog: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`check --compact` VACUUMs a sound catalogue: the freed pages leave the file, the
    items stay."""
    ids = add_items([{"name": f"IMG_{i:05d}.JPG", "rel_path": f"p/{i:05d}"} for i in range(600)])
    catalog.set_fields(ids, creator="x" * 2000)  # grow the rows, then shrink them again
    catalog.set_fields(ids, creator=None)
    catalog.close()
    before = catalog_path.stat().st_size
    assert main(["-c", str(catalog_path), "check", "--compact"]) == 0
    out = capsys.readouterr().out
    assert "no damage found" in out and "Compacted:" in out
    assert catalog_path.stat().st_size < before
    cat = open_catalog(catalog_path)
    try:
        assert cat.count() == 600
    finally:
        cat.close()


def test_an_upgrade_that_cannot_compact_still_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compaction after a rewriting upgrade (0013-0015) is a bonus: when it fails
    (another program reading the file, a full disk) the upgraded catalogue still opens."""
    import shutil

    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues" / "schema-0012.smpcat"
    work = tmp_path / "old.smpcat"
    shutil.copy(fixture, work)

    def busy(engine: Any) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(schema, "compact", busy)
    cat = open_catalog(work)
    try:
        assert cat.count() >= 3 and cat.info().schema_revision == schema.head_revision()
    finally:
        cat.close()
