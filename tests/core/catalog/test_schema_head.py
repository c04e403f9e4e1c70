"""A new SQLite catalogue made from the head schema (``schema_head.py``) instead of replaying
every migration: the same catalogue as the migrations make, usable as one, and Alembic still
upgrades older catalogues and stands in whenever the head schema is not of the head."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import REPO, fresh_python, sqlite_rows
from tests.core.ingest.conftest import jpeg_bytes

from smparchive.core.catalog import schema, schema_head
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.ingest import ScanOptions, scan

FIXTURES = REPO / "tests" / "fixtures" / "catalogues"
GENERATOR = REPO / "scripts" / "make_schema_head.py"


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("make_schema_head", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def alembic_upgrades(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The targets of every Alembic upgrade run from here on (they still run)."""
    import alembic.command

    targets: list[str] = []
    real = alembic.command.upgrade

    def spy(cfg: Any, target: str, *args: Any, **kwargs: Any) -> None:
        targets.append(target)
        real(cfg, target, *args, **kwargs)

    monkeypatch.setattr(alembic.command, "upgrade", spy)
    return targets


def _stored(path: Path) -> dict[str, Any]:
    """Everything a catalogue file holds that is not per connection: its schema objects
    (whitespace in their SQL collapsed), every table's rows, user_version and journal mode."""
    conn = sqlite3.connect(path)
    try:
        master = sorted(
            (kind, name, table, " ".join(sql.split()) if sql else None)
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        )
        rows = {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for kind, name, _table, sql in master
            if kind == "table" and not (sql or "").startswith("CREATE VIRTUAL")
        }
        return {
            "master": master,
            "rows": rows,
            "user_version": conn.execute("PRAGMA user_version").fetchone()[0],
            "journal_mode": conn.execute("PRAGMA journal_mode").fetchone()[0],
        }
    finally:
        conn.close()


def _revision(path: Path) -> str:
    return str(sqlite_rows(path, "SELECT version_num FROM alembic_version")[0][0])


def test_the_head_schema_is_what_the_migrations_make_now() -> None:
    made = _generator().render()
    checked_in = Path(schema_head.__file__).read_text(encoding="utf-8")
    assert made == checked_in, (
        "src/smparchive/core/catalog/schema_head.py no longer matches the migrations: "
        "run `python scripts/make_schema_head.py` and commit the file"
    )
    assert schema.head_revision() == schema_head.REVISION


def test_a_new_catalogue_from_the_head_schema_is_the_migrated_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alembic_upgrades: list[str]
) -> None:
    fast, replayed = tmp_path / "fast.smpcat", tmp_path / "replayed.smpcat"
    open_catalog(fast, create=True).close()
    assert alembic_upgrades == []  # made without Alembic
    monkeypatch.setattr(schema_head, "REVISION", "0000")  # forces the migrations
    open_catalog(replayed, create=True).close()
    assert alembic_upgrades == ["head"]

    made, migrated = _stored(fast), _stored(replayed)
    assert len(made["master"]) > 50  # tables, indexes, triggers, the text index
    assert made == migrated
    assert _revision(fast) == schema.head_revision()
    monkeypatch.undo()
    for path in (fast, replayed):  # both open as up-to-date catalogues
        cat = open_catalog(path)
        try:
            assert cat.info().schema_revision == schema.head_revision()
        finally:
            cat.close()
    assert not list(tmp_path.glob("*.backups"))  # nothing was upgraded


def test_a_catalogue_from_the_head_schema_scans_searches_and_counts(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    names = ["roundtable_1.jpg", "roundtable_2.jpg", "keynote_1.jpg"]
    for n, name in enumerate(names):
        (root / "day1").mkdir(parents=True, exist_ok=True)
        (root / "day1" / name).write_bytes(jpeg_bytes(color=(60 * n, 10, 200)))
    cat = open_catalog(tmp_path / "new.smpcat", create=True)
    try:
        cat.add_root(root)
        report = scan(cat, options=ScanOptions(workers=0))
        assert report.new == 3 and report.errors == 0
        found = cat.items(cat.query_ids(ItemFilter(text="roundtable")))
        assert sorted(r.name for r in found) == names[:2]
        info = cat.info()  # its totals are kept by the head schema's triggers
        assert info.items == 3
        assert info.total_bytes == sum(p.stat().st_size for p in root.rglob("*.jpg"))
        assert cat.query_ids(ItemFilter(text="keynote")) == cat.ids_for_paths(
            [str(root / "day1" / "keynote_1.jpg")]
        )
    finally:
        cat.close()


def test_making_a_new_catalogue_does_not_import_alembic(tmp_path: Path) -> None:
    out = fresh_python(
        "import sys; from smparchive.core.catalog.catalog import open_catalog; "
        f"open_catalog({str(tmp_path / 'new.smpcat')!r}, create=True).close(); "
        "print('alembic' in sys.modules)",
        tmp_path,
    )
    assert out.strip() == "False"
    assert _revision(tmp_path / "new.smpcat") == schema.head_revision()


def test_an_older_catalogue_is_still_upgraded_by_the_migrations(
    tmp_path: Path, alembic_upgrades: list[str]
) -> None:
    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0036.smpcat", work)
    cat = open_catalog(work)
    try:
        assert cat.info().schema_revision == schema.head_revision()
        assert cat.query_ids(ItemFilter(text="roundtable"))  # the fixture's rows are kept
    finally:
        cat.close()
    assert alembic_upgrades == ["head"]
    assert len(list((tmp_path / "old.smpcat.backups").iterdir())) == 1


def test_a_head_schema_of_another_revision_leaves_it_to_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alembic_upgrades: list[str]
) -> None:
    """As when a migration was added and the head schema not made again."""
    monkeypatch.setattr(schema_head, "REVISION", "0037")
    path = tmp_path / "new.smpcat"
    open_catalog(path, create=True).close()
    assert alembic_upgrades == ["head"]
    assert _revision(path) == schema.head_revision()


def test_the_head_schema_goes_only_into_an_empty_database(tmp_path: Path) -> None:
    from smparchive.core.catalog.engine import make_engine, sqlite_url

    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    engine = make_engine(sqlite_url(path))
    try:
        assert not schema.create_from_head(engine, schema.head_revision())
    finally:
        engine.dispose()
    left = ("table", "notes", "notes", "CREATE TABLE notes (body TEXT)")
    assert _stored(path)["master"] == [left]
    with pytest.raises(schema.CatalogError, match="not an smparchive catalogue"):
        open_catalog(path)
