"""Backups of whole catalogues, on both engines, and safe upgrades of server catalogues.

SQLite: SQLite's online backup API (a consistent copy while others read). PostgreSQL:
``pg_dump`` in custom format and ``pg_restore``; the password goes to them through the
environment (PGPASSWORD) when the URL holds one, never on a command line others can see.

Server upgrades: openers take a PostgreSQL advisory lock, so when two people open an old
catalogue at once one upgrades and the other waits, then finds it done; the first makes a
``pg_dump`` before changing anything (or refuses, naming the command to run); a teammate
whose smparchive is too old is told which version upgraded the catalogue.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url

from smparchive import __version__
from smparchive.core import paths
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.messages import problem

log = logging.getLogger(__name__)

UPGRADE_LOCK = 0x736D7061  # advisory lock key: 'smpa'
UPGRADE_WAIT_S = 600
WRITTEN_BY = "schema_written_by"  # settings key: the smparchive that last migrated
ENV_SKIP_DUMP = "SMPARCHIVE_SKIP_PG_BACKUP"


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and the environment that carries it."""
    u: URL = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    bare = u.set(drivername="postgresql", password=None, query={})
    return bare.render_as_string(hide_password=False), env


def _tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    return None


def _run(args: list[str], env: dict[str, str], code: str) -> None:
    """Run pg_dump or pg_restore; a failure raises ``code``'s sentence with the tool's last
    words."""
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise CatalogError(problem(code, detail=first.removeprefix(Path(args[0]).name + ": ")))


def dump_server(url: str, target: Path) -> Path:
    """``pg_dump`` the catalogue database to ``target`` (custom format)."""
    tool = _tool("pg_dump")
    if tool is None:
        uri, _env = _libpq(url)
        raise CatalogError(problem("backup.no_pg_dump", target=uri))
    uri, env = _libpq(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    _run([tool, "-Fc", "-f", str(target), "-d", uri], env, "backup.dump_failed")
    log.info("backed up the team catalogue to %s", target)
    return target


def restore_server(url: str, source: Path) -> None:
    """Replace the catalogue database's contents with a ``pg_dump`` file."""
    tool = _tool("pg_restore")
    if tool is None:
        raise CatalogError(problem("backup.no_pg_restore"))
    uri, env = _libpq(url)
    args = [tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", "-d", uri]
    _run([*args, str(source)], env, "backup.restore_failed")


def backup_file(path: Path, target: Path) -> Path:
    """A consistent copy of a SQLite catalogue at ``target`` (others may keep working)."""
    if target.exists():
        raise CatalogError(problem("backup.exists", target=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def restore_file(source: Path, path: Path) -> None:
    """Replace a SQLite catalogue's contents with ``source`` (itself a catalogue)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def default_backup_name(location: str, revision: str | None) -> Path:
    """Where a backup goes when no name is given: the user data folder's backups."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if "://" in location:
        name = make_url(location).database or "catalogue"
        return Path(paths.dirs().user_data_dir) / "backups" / f"{name}-{stamp}-{revision}.dump"
    p = Path(location)
    return p.with_name(p.name + ".backups") / f"{p.stem}-{stamp}-{revision}{p.suffix}"


def migrate_server(
    engine: Engine,
    head: str,
    known: set[str],
    on_upgrade: Callable[[str, str], None] | None = None,
) -> str:
    """Bring a server catalogue to ``head`` under the upgrade lock, after a pg_dump.

    ``on_upgrade(from_revision, head)`` is called before the dump when an upgrade is due.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    from smparchive.core.catalog.schema import (
        alembic_config,
        looks_like_catalogue,
        upgrade_failed,
    )

    with engine.connect() as conn:
        # Wait (bounded) while a teammate upgrades; a session lock survives our commits.
        conn.execute(text(f"SET lock_timeout = '{UPGRADE_WAIT_S}s'"))
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": UPGRADE_LOCK})
        conn.commit()
        try:
            rev = MigrationContext.configure(conn).get_current_revision()
            conn.commit()
            if rev == head:
                return head
            if rev is not None and rev not in known:
                raise CatalogError(_newer_message(conn, rev))
            if rev is None and not looks_like_catalogue(engine):
                raise CatalogError(problem("catalogue.foreign_database"))
            if rev is not None and on_upgrade is not None:
                on_upgrade(rev, head)
            if rev is not None and not os.environ.get(ENV_SKIP_DUMP):
                url = engine.url.render_as_string(hide_password=False)
                target = default_backup_name(url, rev)
                try:
                    dump_server(url, target)
                except CatalogError as exc:
                    said = problem(
                        "catalogue.team_backup_failed",
                        value=rev,
                        other=head,
                        why=exc.args[0] if exc.args else str(exc),
                        name=ENV_SKIP_DUMP,
                    )
                    raise CatalogError(said) from exc
            cfg = alembic_config()
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    _record_writer(conn, head)
            except CatalogError:
                raise
            except Exception as exc:
                if rev is None:
                    raise
                raise CatalogError(upgrade_failed(None, rev, exc, team=True)) from exc
            log.info("team catalogue schema upgraded from %s to %s", rev, head)
            return head
        finally:
            conn.rollback()
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": UPGRADE_LOCK})
            conn.execute(text("RESET lock_timeout"))  # the pooled connection's own again
            conn.commit()


def _record_writer(conn: Any, head: str) -> None:
    from smparchive.core.catalog.models import Setting
    from smparchive.core.catalog.upsert import dialect_insert_for

    stmt = dialect_insert_for(conn.dialect.name, Setting.__table__)
    value = {"version": __version__, "revision": head}
    conn.execute(
        stmt.values(key=WRITTEN_BY, value=value).on_conflict_do_update(
            index_elements=["key"], set_={"value": value}
        )
    )


def _newer_message(conn: Any, rev: str) -> str:
    version = None
    try:
        row = conn.execute(
            text("SELECT value FROM settings WHERE key = :k"), {"k": WRITTEN_BY}
        ).first()
        if row is not None:
            value = row[0] if isinstance(row[0], dict) else __import__("json").loads(row[0])
            version = value.get("version")
    except Exception:  # an older layout: say what we know
        conn.rollback()
    if version:
        return problem("catalogue.team_newer_by", version=version, value=rev, mine=__version__)
    return problem("catalogue.team_newer", value=rev, mine=__version__)
