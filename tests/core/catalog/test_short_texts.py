"""A file's MIME type and format stored as short codes on SQLite (migration 0028, issue 19:
the catalogue's size): every value reads back as it was, through the catalogue and the
command line's reader; the rows hold fewer bytes; any other value is kept as it is."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.conftest import sqlite_rows

from smparchive.core.catalog import codes
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.reader import open_reader
from smparchive.core.ingest import ScanOptions, scan
from smparchive.core.media.registry import FORMATS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"
VERSIONS = Path(codes.__file__).parent / "migrations" / "versions"
MIGRATION = VERSIONS / "0028_mime_and_format_codes.py"

# (mime, format) of the fixture's items 1-3 and of one more, as a scan wrote them: readable
# formats', values no table has, nothing.
_VALUES = {
    1: ("image/jpeg", "JPEG"),
    2: ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
    3: ("application/x-unheard-of", "XYZ"),
    4: (None, None),
}


def _migration() -> Any:
    spec = importlib.util.spec_from_file_location("short_texts_0028", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_readable_format_has_a_fixed_code_that_the_migration_agrees_with() -> None:
    frozen = _migration()
    assert {v: str(c) for c, v in enumerate(frozen.MIME)} == codes.MIME_CODES
    assert {v: str(c) for c, v in enumerate(frozen.FORMAT)} == codes.FORMAT_CODES
    assert {f.mime for f in FORMATS} <= set(codes.MIME_CODES)
    assert {f.name for f in FORMATS} <= set(codes.FORMAT_CODES)
    for table in (codes.MIME_CODES, codes.FORMAT_CODES):
        assert len(set(table.values())) == len(table)
        for value in [*table, "other/thing", "42", "=x", "", None]:
            assert codes.long_text(table, codes.short_text(table, value)) == value


def _old_catalogue(tmp_path: Path) -> Path:
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0027.smpcat", work)
    conn = sqlite3.connect(work)
    for n in (4,):
        conn.execute(
            "INSERT INTO items (id, root_id, rel_path, name, kind, size, mtime_ns, clock_shift_s, "
            "rating, flag, consent, status, thumb_state, has_embedded_thumb, first_seen_at, "
            "updated_at) VALUES (?, 1, ?, ?, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
            (n, f"x/{n}.bin", f"{n}.bin"),
        )
    conn.executemany(
        "UPDATE items SET mime = ?, format = ? WHERE id = ?",
        [(mime, fmt, i) for i, (mime, fmt) in _VALUES.items()],
    )
    conn.commit()
    conn.close()
    return work


def test_upgrade_to_0028_keeps_every_mime_and_format_in_fewer_bytes(tmp_path: Path) -> None:
    work = _old_catalogue(tmp_path)
    bytes_before = sqlite_rows(
        work, "SELECT sum(coalesce(length(mime), 0) + coalesce(length(format), 0)) FROM items"
    )[0][0]
    cat = open_catalog(work)
    try:
        got = {r.id: (r.mime, r.format) for r in cat.items(sorted(_VALUES))}
    finally:
        cat.close()
    assert got == _VALUES
    reader = open_reader(work)
    assert reader is not None
    try:
        assert {r.id: (r.mime, r.format) for r in reader.items(sorted(_VALUES))} == _VALUES
    finally:
        reader.close()
    stored = {i: (m, f) for i, m, f in sqlite_rows(work, "SELECT id, mime, format FROM items")}
    assert stored == {
        1: ("0", "0"),
        2: ("4", "4"),
        3: ("application/x-unheard-of", "XYZ"),
        4: (None, None),
    }
    bytes_after = sqlite_rows(
        work, "SELECT sum(coalesce(length(mime), 0) + coalesce(length(format), 0)) FROM items"
    )[0][0]
    assert bytes_after < bytes_before - 80
    # Upgraded again from 0027 (a revision set back by hand): nothing changes.
    conn = sqlite3.connect(work)
    conn.execute("UPDATE alembic_version SET version_num = '0027'")
    conn.commit()
    conn.close()
    open_catalog(work).close()
    again = {i: (m, f) for i, m, f in sqlite_rows(work, "SELECT id, mime, format FROM items")}
    assert again == stored


def test_any_other_value_is_kept_as_written(tmp_path: Path, item_inserter: Any) -> None:
    """Values no table has, including ones that look like codes, read back as written."""
    values = [("application/x-new", "123"), ("=odd", "7"), ("", None)]
    path = tmp_path / "new.smpcat"
    cat = open_catalog(path, create=True)
    try:
        specs = [{"name": f"{n}.bin", "mime": m, "format": f} for n, (m, f) in enumerate(values)]
        ids = item_inserter(cat, tmp_path / "media", specs)
        assert [(r.mime, r.format) for r in cat.items(ids)] == values
    finally:
        cat.close()
    reader = open_reader(path)
    assert reader is not None
    try:
        assert [(r.mime, r.format) for r in reader.items(ids)] == values
    finally:
        reader.close()
    stored = sqlite_rows(path, "SELECT mime, format FROM items ORDER BY id")
    assert stored == [("application/x-new", "=123"), ("==odd", "=7"), ("", None)]


def test_downgrade_to_0027_gives_the_text_back(tmp_path: Path) -> None:
    from alembic import command

    from smparchive.core.catalog.engine import make_engine, sqlite_url
    from smparchive.core.catalog.schema import alembic_config, migrating

    work = _old_catalogue(tmp_path)
    open_catalog(work).close()
    engine = make_engine(sqlite_url(work))
    try:
        cfg = alembic_config()
        with migrating(engine) as conn:  # (foreign keys off, 0033)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0027")
    finally:
        engine.dispose()
    stored = {i: (m, f) for i, m, f in sqlite_rows(work, "SELECT id, mime, format FROM items")}
    assert stored == _VALUES


def test_a_scanned_photo_is_stored_with_codes_and_reads_as_before(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    Image.new("RGB", (32, 24), (200, 10, 10)).save(media / "a.jpg", "JPEG")
    Image.new("RGB", (32, 24), (10, 10, 200)).save(media / "b.png", "PNG")
    path = tmp_path / "new.smpcat"
    cat = open_catalog(path, create=True)
    try:
        cat.add_root(media)
        scan(cat, options=ScanOptions(workers=0))
        got = {r.name: (r.mime, r.format) for r in cat.items(cat.query_ids())}
    finally:
        cat.close()
    assert got == {"a.jpg": ("image/jpeg", "JPEG"), "b.png": ("image/png", "PNG")}
    stored = dict(
        (n, (m, f)) for n, m, f in sqlite_rows(path, "SELECT name, mime, format FROM items")
    )
    assert stored == {"a.jpg": ("0", "0"), "b.png": ("5", "5")}


def test_a_code_this_version_does_not_know_is_an_error_not_a_guess(tmp_path: Path) -> None:
    from sqlalchemy.exc import StatementError

    work = _old_catalogue(tmp_path)
    open_catalog(work).close()
    conn = sqlite3.connect(work)
    conn.execute("UPDATE items SET mime = '999' WHERE id = 1")
    conn.commit()
    conn.close()
    cat = open_catalog(work)
    try:
        with pytest.raises((codes.UnknownCode, StatementError), match="999"):
            cat.items([1])
    finally:
        cat.close()


@pytest.mark.postgres
def test_team_catalogue_keeps_the_text(tmp_path: Path) -> None:
    """PostgreSQL keeps a MIME type and format as text; they read back as written."""
    from sqlalchemy import create_engine, text
    from tests.conftest import empty_pg_url, insert_items

    url = empty_pg_url()
    cat = open_catalog(url, create=True)
    try:
        specs = [{"mime": "image/jpeg", "format": "JPEG"}]
        [item_id] = insert_items(cat, tmp_path / "media", specs)
        assert [(r.mime, r.format) for r in cat.items([item_id])] == [("image/jpeg", "JPEG")]
    finally:
        cat.close()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT mime, format FROM items")).one()
        assert tuple(row) == ("image/jpeg", "JPEG")
    finally:
        engine.dispose()
