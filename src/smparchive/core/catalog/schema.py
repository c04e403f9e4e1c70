"""Opening a catalogue: validation, locking check, backup, and Alembic migrations."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

# Re-exported: CatalogError lived here before it had its own module.
from smparchive.core.catalog.errors import CatalogError as CatalogError

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUPS_KEPT = 5
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped in the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this code knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this code can migrate from."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse files that are not SQLite catalogues, and unusable locations, before touching."""
    if path.is_dir():
        raise CatalogError(f"{path} is a folder, not a catalogue file.")
    if not path.exists():
        if not create:
            raise CatalogError(f"No catalogue at {path}; create one with 'smparchive init'.")
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CatalogError(f"Cannot create the folder {parent}: {exc.strerror}.") from exc
        if not os.access(parent, os.W_OK):
            raise CatalogError(f"Cannot create a catalogue in {parent}: the folder is read-only.")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise CatalogError(f"Cannot read {path}: {exc.strerror}.") from exc
    if path.stat().st_size == 0:
        raise CatalogError(f"{path} is an empty file, not an smparchive catalogue.")
    if head != SQLITE_MAGIC:
        raise CatalogError(f"{path} is not an smparchive catalogue (not a SQLite database).")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise CatalogError(
            f"{path} is read-only (the file or its folder): smparchive needs write access "
            "to keep its catalogue."
        )


def inspect_existing(path: Path) -> None:
    """Refuse damaged, foreign, newer or locked catalogues before anything writes to them.

    Uses a read-only connection: even a WAL switch would change a foreign file's bytes.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        raise CatalogError(f"Cannot open {path}: {exc}.") from exc
    try:
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                version = found[0] if found else None
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise CatalogError(
                    f"{path} is locked by another program; close it there and try again."
                ) from exc
            raise CatalogError(f"{path} is damaged and cannot be read ({exc}).") from exc
        except sqlite3.DatabaseError as exc:
            raise CatalogError(f"{path} is damaged and cannot be read ({exc}).") from exc
        if row is None or row[0] != "ok":
            raise CatalogError(f"{path} is damaged: the integrity check reported '{row}'.")
        if tables and "alembic_version" not in tables:
            raise CatalogError(f"{path} is not an smparchive catalogue (a different database).")
        if version is not None and version not in known_revisions():
            raise CatalogError(
                f"{path} was made by a newer smparchive (schema {version}); "
                "update smparchive to open it."
            )
    finally:
        conn.close()
    rw = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=1.0, isolation_level=None)
    try:
        rw.execute("BEGIN IMMEDIATE")
        rw.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise CatalogError(
            f"{path} is locked by another program; close it there and try again."
        ) from exc
    finally:
        rw.close()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the catalogue, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, revision: str | None, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the catalogue with SQLite's online backup API into a rotating backups folder."""
    folder = path.with_name(path.name + ".backups")
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{revision or 'empty'}{path.suffix or '.sqlite'}"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    backups = sorted(folder.glob(f"{path.stem}-*"), key=lambda p: p.name)
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    log.info("backed up catalogue to %s", target)
    return target


def looks_like_catalogue(engine: Engine) -> bool:
    """True when the database is empty or holds smparchive's tables."""
    tables = set(inspect(engine).get_table_names())
    return not tables or "items" in tables or "alembic_version" in tables


def migrate(engine: Engine, sqlite_path: Path | None) -> str:
    """Bring the schema to head, after a backup; refuse a schema newer than the code."""
    rev = current_revision(engine)
    head = head_revision()
    if rev == head:
        return head
    if rev is not None and rev not in known_revisions():
        raise CatalogError(
            "This catalogue was made by a newer smparchive (schema "
            f"{rev}); update smparchive to open it."
        )
    if rev is None and not looks_like_catalogue(engine):
        raise CatalogError("This database is not an smparchive catalogue.")
    if sqlite_path is not None and rev is not None:
        backup_sqlite(sqlite_path, rev)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("catalogue schema upgraded from %s to %s", rev, head)
    return head
