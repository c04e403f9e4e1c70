"""Safe upgrades and backups (issue 16): concurrent openers of an old team catalogue wait
for one upgrade (made after a pg_dump), an old smparchive is told which version it needs,
and 'backup'/'restore' work on both engines."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.errors import CatalogError

PG_URL = os.environ.get("SMPARCHIVE_TEST_PG_URL")


def _pg_at(revision: str | None) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from smparchive.core.catalog.schema import alembic_config

    assert PG_URL is not None
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
        if revision:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.execute(text("INSERT INTO tags (name, kind, restriction) VALUES ('Old', "
                              "'keyword', 'none')"))  # fmt: skip
    engine.dispose()


@pytest.mark.parametrize("revision", ["0002", None])
def test_concurrent_openers_wait_for_one_upgrade(
    revision: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not PG_URL:
        pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _pg_at(revision)
    errors: list[BaseException] = []
    heads: list[str] = []
    start = threading.Barrier(4)

    def opener() -> None:
        try:
            start.wait()
            cat = open_catalog(PG_URL)
            heads.append(cat.info().schema_revision)
            cat.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(heads)) == 1 and len(heads) == 4
    dumps = list((tmp_path / "data").rglob("*.dump"))
    if revision is None:
        assert dumps == []  # nothing to back up in a new database
    else:
        assert [d.name.endswith(f"-{revision}.dump") for d in dumps] == [True]
        cat = open_catalog(PG_URL)
        assert [t.name for t in cat.tags()] == ["Old"]
        cat.close()


@pytest.mark.postgres
def test_old_smparchive_is_told_which_version_it_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    if not PG_URL:
        pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
    from sqlalchemy import create_engine, text

    _pg_at(None)
    open_catalog(PG_URL).close()
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
        conn.execute(
            text("UPDATE settings SET value = :v WHERE key = 'schema_written_by'"),
            {"v": '{"version": "7.2.0", "revision": "0999"}'},
        )
    engine.dispose()
    with pytest.raises(CatalogError) as err:
        open_catalog(PG_URL)
    assert "upgraded by smparchive 7.2.0 or later (schema 0999)" in str(err.value)


@pytest.mark.postgres
def test_upgrade_without_pg_dump_is_refused_with_the_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if not PG_URL:
        pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _pg_at("0002")
    from smparchive.core.catalog import backups

    monkeypatch.setattr(backups, "_tool", lambda _name: None)
    with pytest.raises(CatalogError) as err:
        open_catalog(PG_URL)
    assert "backs it up first" in str(err.value) and "pg_dump -Fc -f" in str(err.value)
    monkeypatch.setenv("SMPARCHIVE_SKIP_PG_BACKUP", "1")
    open_catalog(PG_URL).close()  # the user took the backup: the upgrade goes ahead


def _roundtrip(location: str, tmp_path: Path, item_inserter: Any, capsys: Any) -> None:
    from smparchive.cli.main import main

    cat = open_catalog(location, create=True)
    ids = item_inserter(cat, tmp_path / "share", [{}, {}])
    cat.set_fields(ids, rating=4)
    cat.close()
    c = ["-c", location]
    target = tmp_path / "saved.bak"
    assert main([*c, "backup", str(target)]) == 0
    assert target.is_file()
    cat = open_catalog(location)
    cat.set_fields(ids, rating=1)
    cat.tag_items(ids, ["After the backup"])
    cat.close()
    assert main([*c, "restore", str(target)]) == 2  # asks for --yes
    assert main([*c, "restore", str(target), "--yes"]) == 0
    assert "Restored 2 items" in capsys.readouterr().out
    cat = open_catalog(location)
    try:
        assert [r.rating for r in cat.items(ids)] == [4, 4]
        assert cat.tags() == []
    finally:
        cat.close()


def test_backup_and_restore_sqlite(tmp_path: Path, item_inserter: Any, capsys: Any) -> None:
    _roundtrip(str(tmp_path / "team.smpcat"), tmp_path, item_inserter, capsys)
    assert list((tmp_path / "team.smpcat.backups").glob("team-*.smpcat"))  # the safety copy


@pytest.mark.postgres
def test_backup_and_restore_postgres(
    tmp_path: Path, item_inserter: Any, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not PG_URL:
        pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _pg_at(None)
    _roundtrip(PG_URL, tmp_path, item_inserter, capsys)
    assert list((tmp_path / "data").rglob("*.dump"))  # the safety dump
