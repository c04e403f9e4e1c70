"""Opening a catalogue: validation, locking check, backup, and Alembic migrations.

Opening an up-to-date catalogue costs the same at 1,000 or 1,000,000 items: a header check,
a read of the schema revision and a lock probe. Alembic is imported only when a migration is
needed (the known revisions are read from the migration files' headers; a new SQLite
catalogue is made from the head schema, see :func:`create_from_head`), and the full
integrity check runs on request (``smparchive check``) or in the app's background.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

from smparchive.core import lazylog

# Re-exported: CatalogError lived here before it had its own module.
from smparchive.core.catalog import filelocks
from smparchive.core.catalog.errors import CatalogError as CatalogError
from smparchive.core.messages import plain, problem

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUPS_KEPT = 5
OPEN_WAIT_S = 5.0  # engine.BUSY_TIMEOUT_MS (not imported: this module stays SQLAlchemy-free)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped in the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION = re.compile(r"""^revision\s*(?::[^=]+)?=\s*["']([^"']+)["']""", re.M)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]+)?=\s*(?:None|["']([^"']+)["'])""", re.M)


@functools.cache
def revision_graph() -> dict[str, str | None]:
    """Each shipped revision with the one it follows, read from the files' headers.

    Alembic's script directory gives the same answer but importing it costs a third of a
    second; every command and app start needs only this (a test keeps the two in step).
    """
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is not None and down is not None:
            graph[rev.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    """The newest schema revision this code knows."""
    graph = revision_graph()
    heads = set(graph) - set(graph.values())
    assert len(heads) == 1, f"migrations must form one chain, heads: {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    """Every schema revision this code can migrate from."""
    return set(revision_graph())


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse files that are not SQLite catalogues, and unusable locations, before touching."""
    if path.is_dir():
        raise CatalogError(problem("catalogue.is_folder", target=path))
    if not path.exists():
        if not create:
            raise CatalogError(problem("catalogue.missing", target=path))
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            why = plain(exc, folder=True)
            raise CatalogError(
                problem("catalogue.cannot_make_folder", target=parent, detail=why)
            ) from exc
        if not os.access(parent, os.W_OK):
            raise CatalogError(problem("catalogue.folder_read_only", target=parent))
        return
    try:
        head = filelocks.read_head(path, len(SQLITE_MAGIC))
    except OSError as exc:
        raise CatalogError(problem("catalogue.unreadable", target=path, detail=plain(exc))) from exc
    if path.stat().st_size == 0:
        raise CatalogError(problem("catalogue.empty", target=path))
    if head is not None and head != SQLITE_MAGIC:  # None: open here, SQLite reads it
        raise CatalogError(problem("catalogue.not_sqlite", target=path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise CatalogError(problem("catalogue.read_only", target=path))


def check_new_file(path: Path) -> None:
    """Refuse ``path`` as a new catalogue file before anything is written: it exists (a
    catalogue is never replaced), its folder is gone (a share unplugged since the file
    dialog showed it: the folder is not made again on the local disk) or cannot be reached,
    or the folder is read-only. Raises :class:`CatalogError` with one clear sentence."""
    parent = path.parent
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        pass
    except OSError as exc:  # a share that stopped answering, access denied
        raise CatalogError(problem("catalogue.unreachable", target=parent, why=plain(exc))) from exc
    else:
        raise CatalogError(problem("catalogue.exists", target=path))
    try:
        folder = parent.is_dir()
    except OSError as exc:
        raise CatalogError(problem("catalogue.unreachable", target=parent, why=plain(exc))) from exc
    if not folder:
        raise CatalogError(problem("catalogue.folder_gone", target=parent))
    if not os.access(parent, os.W_OK):
        raise CatalogError(problem("catalogue.folder_read_only", target=parent))


def check_header(path: Path) -> None:
    """Refuse a file whose SQLite header is damaged (cheap: the first 100 bytes).

    Checks what SQLite itself relies on first: the page size, the file format numbers and
    the fixed payload fractions, and that the file holds at least one whole page.
    """
    try:
        head = filelocks.read_head(path, 100)
        size = path.stat().st_size
    except OSError as exc:
        raise CatalogError(problem("catalogue.unreadable", target=path, detail=plain(exc))) from exc
    if head is None:
        return  # this process has it open: SQLite reads it already (see filelocks)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise CatalogError(problem("catalogue.header_incomplete", target=path))
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    valid_page = 512 <= page <= 65536 and page & (page - 1) == 0
    if not valid_page or head[18] not in (1, 2) or head[19] not in (1, 2):
        raise CatalogError(problem("catalogue.header_invalid", target=path))
    if head[21:24] != bytes((64, 32, 32)) or size < page:
        raise CatalogError(problem("catalogue.header_invalid", target=path))


def integrity_problems(path: Path, *, full: bool = False) -> list[str]:
    """What SQLite's integrity check finds in a catalogue file ([] = intact).

    ``PRAGMA quick_check`` (``integrity_check`` with ``full``) reads every page: seconds at a
    million items, so it runs on request or in the background, never at every open.
    """
    check_header(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def inspect_existing(path: Path, *, keep: bool = False) -> sqlite3.Connection | None:
    """Refuse damaged, foreign, newer or locked catalogues before anything writes to them.

    Uses a read-only connection: even a WAL switch would change a foreign file's bytes.
    Costs the same whatever the catalogue's size (see :func:`integrity_problems`). With
    ``keep``, returns that connection (autocommit, 5 s busy timeout) for the caller's reads
    instead of closing it: the command line's read path opens the file once, not twice.
    """
    check_header(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        raise CatalogError(problem("catalogue.cannot_open", target=path, detail=exc)) from exc
    try:
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                version = found[0] if found else None
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise CatalogError(problem("catalogue.locked", target=path)) from exc
            lazylog.logger(__name__).info("damaged catalogue %s: %s", path, exc)
            raise CatalogError(problem("catalogue.damaged", target=path)) from exc
        except sqlite3.DatabaseError as exc:
            lazylog.logger(__name__).info("damaged catalogue %s: %s", path, exc)
            raise CatalogError(problem("catalogue.damaged", target=path)) from exc
        if tables and "alembic_version" not in tables:
            raise CatalogError(problem("catalogue.foreign", target=path))
        if version is not None and version not in known_revisions():
            raise CatalogError(problem("catalogue.newer", target=path, value=version))
    except BaseException:
        conn.close()
        raise
    if not keep:
        conn.close()
    # As long as any connection waits for the write lock: another person's (or process's)
    # write in progress is not "locked by another program" (several writers take turns).
    rw = sqlite3.connect(
        f"file:{path}?mode=rw", uri=True, timeout=OPEN_WAIT_S, isolation_level=None
    )
    try:
        rw.execute("BEGIN IMMEDIATE")
        rw.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if keep:
            conn.close()
        raise CatalogError(problem("catalogue.locked", target=path)) from exc
    finally:
        rw.close()
    if not keep:
        return None
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {int(OPEN_WAIT_S * 1000)}")
    return conn


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the catalogue, or None for an empty database."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None  # an empty (or foreign) database
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row is not None else None


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
    lazylog.logger(__name__).info("backed up catalogue to %s", target)
    return target


def upgrade_failed(where: Path | None, rev: str, exc: BaseException, *, team: bool = False) -> str:
    """The sentence for an upgrade that failed and was rolled back: of the catalogue file
    ``where``, else of the (team) catalogue."""
    reason = (str(exc).splitlines() or [type(exc).__name__])[0]
    if where is not None:
        return problem("catalogue.upgrade_failed", target=where, value=rev, detail=reason)
    code = "catalogue.team_upgrade_failed" if team else "catalogue.upgrade_failed_here"
    return problem(code, value=rev, detail=reason)


def looks_like_catalogue(engine: Engine) -> bool:
    """True when the database is empty or holds smparchive's tables."""
    from sqlalchemy import inspect

    tables = set(inspect(engine).get_table_names())
    return not tables or "items" in tables or "alembic_version" in tables


UpgradeHook = Callable[[str, str], None]


@contextmanager
def migrating(engine: Engine) -> Iterator[Any]:
    """A connection in one transaction for Alembic's migrations (an upgrade is rolled back
    whole when it fails). On SQLite its foreign keys are off and its temporary store is a
    file while it runs (both can change only outside a transaction): 0033 makes the items
    table again, and dropping the old one with foreign keys on would delete every row that
    names an item; the indexes made again sort a million entries in temporary files."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        driver = conn.connection.driver_connection if sqlite else None
        if driver is not None:
            driver.execute("PRAGMA foreign_keys=OFF")
            driver.execute("PRAGMA temp_store=FILE")
        try:
            with conn.begin():
                yield conn
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")
                driver.execute("PRAGMA temp_store=MEMORY")


def migrate(engine: Engine, sqlite_path: Path | None, on_upgrade: UpgradeHook | None = None) -> str:
    """Bring the schema to head, after a backup; refuse a schema newer than the code.

    ``on_upgrade(from_revision, head)`` is called (in the calling thread) before the backup
    of a catalogue that needs an upgrade, so an app can say why opening takes long. A failed
    upgrade is rolled back (SQLite and PostgreSQL DDL is transactional): the catalogue stays
    as it was and the error says so.
    """
    if engine.dialect.name == "postgresql":
        from smparchive.core.catalog.backups import migrate_server

        # Under an advisory lock, after a pg_dump; see backups.py.
        return migrate_server(engine, head_revision(), known_revisions(), on_upgrade)
    rev = current_revision(engine)
    head = head_revision()
    if rev == head:
        return head
    if rev is None and create_from_head(engine, head):
        lazylog.logger(__name__).info("new catalogue made at schema %s", head)
        return head
    if rev is not None and rev not in known_revisions():
        raise CatalogError(problem("catalogue.newer_here", value=rev))
    if rev is None and not looks_like_catalogue(engine):
        raise CatalogError(problem("catalogue.foreign_database"))
    if rev is not None and on_upgrade is not None:
        on_upgrade(rev, head)
    if sqlite_path is not None and rev is not None:
        backup_sqlite(sqlite_path, rev)
    from alembic import command  # only here: importing Alembic costs ~0.3 s

    cfg = alembic_config()
    try:
        with migrating(engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except CatalogError:
        raise
    except Exception as exc:
        if rev is None:
            raise
        raise CatalogError(upgrade_failed(sqlite_path, rev, exc)) from exc
    lazylog.logger(__name__).info("catalogue schema upgraded from %s to %s", rev, head)
    if sqlite_path is not None and rev is not None and any(rev < r <= head for r in REWRITING):
        try:
            compact(engine)
        except (sqlite3.Error, OSError) as exc:  # busy (another reader), disk full: later
            lazylog.logger(__name__).warning(
                "catalogue upgraded but not compacted (%s); `smparchive check --compact` "
                "compacts it",
                exc,
            )
    return head


def create_from_head(engine: Engine, head: str) -> bool:
    """Make an empty SQLite database a catalogue at ``head`` from the head schema
    (``schema_head.py``, generated from the migrations by ``scripts/make_schema_head.py``),
    in one transaction; False (nothing done) when that schema is of another revision or the
    database holds anything.

    Replaying every migration through Alembic cost a new catalogue ~0.3 s of CPU (0.1 of it
    importing Alembic): a fixed cost of every first scan. Loading the current schema instead
    is Alembic's own recipe for a database built from scratch (create, then stamp head)."""
    from smparchive.core.catalog import schema_head

    if head != schema_head.REVISION:
        return False  # migrations added since it was made: they are the reference
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("BEGIN IMMEDIATE")
        try:
            # Asked under the write lock: another process may be making the same file.
            empty = driver.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None
            if empty:
                for statement in schema_head.STATEMENTS:
                    driver.execute(statement)
            driver.execute("COMMIT" if empty else "ROLLBACK")
        except BaseException:
            if driver.in_transaction:
                driver.execute("ROLLBACK")
            raise
    finally:
        raw.close()
    return empty


# Revisions that rewrite most rows (0013: item times as integers; 0014: content hashes as
# bytes; 0015: links and texts as WITHOUT ROWID tables; 0021: an index dropped, the text
# index made again; 0022: an index dropped, another made partial; 0023: closed
# vocabularies as small integer codes; 0024: the undo journal packed; 0032: the search
# texts' copy dropped; 0033: the items table made again with folder ids; 0034: how items got
# their sessions as codes; 0035: the person counts made again without a rowid; 0036: the
# status index made partial): an upgrade through one compacts the file after it (once), else
# the file keeps its old size with the freed pages inside.
REWRITING = ("0013", "0014", "0015", "0021", "0022", "0023", "0024", "0028", "0029", "0031",
             "0032", "0033", "0034", "0035", "0036")  # fmt: skip


def _rebuild_text_index(driver: Any) -> None:
    """The text index made again from the catalogue when it holds texts no longer current
    (a contentless index cannot delete them, see ``searchtext``): afterwards none."""
    from smparchive.core.catalog import searchtext
    from smparchive.core.catalog.chunks import MAX_BOUND_PARAMS

    def execute(sql: str, params: Sequence[Any]) -> Sequence[Any]:
        return list(driver.execute(sql, tuple(params)).fetchall())

    if not searchtext.has_garbage(execute):
        return
    driver.execute("BEGIN IMMEDIATE")
    try:
        searchtext.rebuild(execute, MAX_BOUND_PARAMS)
    except BaseException:
        driver.execute("ROLLBACK")
        raise
    driver.execute("COMMIT")


def compact(engine: Engine) -> None:
    """``VACUUM`` a SQLite catalogue (outside any transaction): its free pages go back to
    the file system, after the text index is made again without its texts no longer
    current (if any) and its segments are merged into one. Takes about as
    long as copying the file."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        _rebuild_text_index(driver)
        # Each write re-indexes its items' search text as new segments, merged only
        # partly as it goes: after a day's items were assigned to sessions at a million
        # items, the index took 69.9 MB where one segment holds it in 49.9 (1.2 s here).
        driver.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        # The copy VACUUM makes goes to a temporary file, not to memory (the connections'
        # temp_store=MEMORY): at a million items it is ~760 MB.
        driver.execute("PRAGMA temp_store=FILE")
        try:
            driver.execute("VACUUM")
        finally:
            driver.execute("PRAGMA temp_store=MEMORY")
        # In WAL mode the file shrinks at the checkpoint: now, not when the last one closes.
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    lazylog.logger(__name__).info("catalogue compacted")
