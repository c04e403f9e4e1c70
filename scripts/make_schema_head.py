#!/usr/bin/env python3
"""Write the SQLite head schema (``core/catalog/schema_head.py``) from the migrations.

    python scripts/make_schema_head.py [--check]

Makes a catalogue in a temporary folder by running every Alembic migration (the path an
existing catalogue's upgrade takes), then writes out, in creation order (``sqlite_master``'s
rowid), every table, index, trigger and view it holds, except SQLite's own and the shadow
tables of its virtual tables (the virtual table's CREATE makes them), then the rows the
migrations wrote (``alembic_version``), then ``PRAGMA user_version`` if one was set. A new
catalogue runs these statements instead of the migrations (``schema.create_from_head``).
Run it after adding a migration; ``--check`` only says whether the file is up to date
(``tests/core/catalog/test_schema_head.py`` does the same).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "src" / "smparchive" / "core" / "catalog" / "schema_head.py"
# What an FTS5 table's CREATE makes beside it (https://sqlite.org/fts5.html).
FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")


def migrated_catalogue(path: Path) -> None:
    """A new catalogue at ``path`` made by replaying every migration through Alembic."""
    from alembic import command

    from smparchive.core.catalog import schema
    from smparchive.core.catalog.engine import make_engine, sqlite_url

    engine = make_engine(sqlite_url(path))  # the catalogue's pragmas (WAL, foreign keys)
    try:
        cfg = schema.alembic_config()
        with schema.migrating(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def schema_statements(path: Path) -> tuple[str, list[str]]:
    """The revision of the catalogue at ``path`` and the statements that make it again."""
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"
        ).fetchall()
        virtual = {n for t, n, sql in objects if t == "table" and sql.startswith("CREATE VIRTUAL")}
        shadows = {f"{v}_{s}" for v in virtual for s in FTS5_SHADOWS}
        statements = [sql for _t, name, sql in objects if name not in shadows]
        for kind, name, _sql in objects:
            if kind != "table" or name in virtual or name in shadows:
                continue
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            values = " || ', ' || ".join(f'quote("{c}")' for c in columns)
            for (row,) in conn.execute(f'SELECT {values} FROM "{name}" ORDER BY 1'):
                statements.append(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({row})")
        (user_version,) = conn.execute("PRAGMA user_version").fetchone()
        if user_version:
            statements.append(f"PRAGMA user_version = {int(user_version)}")
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return str(revision), statements


def render() -> str:
    """The text of ``schema_head.py`` made from the migrations as they are now."""
    with tempfile.TemporaryDirectory(prefix="smparchive-schema-head-") as tmp:
        path = Path(tmp) / "head.smpcat"
        migrated_catalogue(path)
        revision, statements = schema_statements(path)
    for sql in statements:
        # Each goes out as a raw triple-quoted string, as SQLite stored it.
        assert '"""' not in sql and not sql.endswith(('"', "\\")), sql
    lines = [
        f'"""The SQLite catalogue schema at head revision {revision}: generated, do not edit.',
        "",
        "Made from the migrations by ``python scripts/make_schema_head.py`` (a test fails when",
        "it no longer matches them). A new SQLite catalogue runs these statements in one",
        "transaction (``schema.create_from_head``) instead of replaying every migration.",
        '"""',
        "",
        "# ruff: noqa: E501, W291",
        "",
        f'REVISION = "{revision}"',
        "",
        "STATEMENTS: tuple[str, ...] = (",
        *(f'    r"""{sql}""",' for sql in statements),
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    text = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if args.check:
        print("up to date" if text == current else f"out of date: run {Path(__file__).name}")
        return 0 if text == current else 1
    if text != current:
        TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.relative_to(REPO)}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
