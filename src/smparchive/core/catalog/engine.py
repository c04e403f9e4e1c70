"""Engine creation: connection pragmas and URL handling for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from smparchive.core.catalog import filelocks, interrupt, stallguard, textfold
from smparchive.core.catalog.locations import describe_location as describe_location
from smparchive.core.catalog.locations import is_url as is_url
from smparchive.core.catalog.locations import mask_url as mask_url
from smparchive.core.catalog.locations import short_name as short_name

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Server catalogues: nothing may hang forever on a frozen server or a host that accepts the
# connection and never answers. Seconds; the environment (or the URL's own
# ?connect_timeout=) overrides them.
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_S = 120
LOCK_TIMEOUT_S = 30
ENV_CONNECT_TIMEOUT = "SMPARCHIVE_CONNECT_TIMEOUT"
ENV_STATEMENT_TIMEOUT = "SMPARCHIVE_STATEMENT_TIMEOUT"
WRITE_OPTION = "smparchive_write"  # execution option marking write transactions


def sqlite_url(path: Path) -> str:
    """SQLAlchemy URL of a SQLite catalogue file."""
    return f"sqlite+pysqlite:///{path}"


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Autocommit at the driver level so SQLAlchemy controls BEGIN (needed for batch
    # migrations and to avoid pysqlite's implicit transactions).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA temp_store=MEMORY")
    # 32 MB of pages per connection (SQLite's default is 2 MB): a search reads its few
    # thousand matching rows once and its page, count and facets find them in memory
    # (allocated as used; connections are pooled).
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()
    textfold.register(dbapi_conn)


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the write lock up front: a transaction that reads, then writes, would
    # otherwise fail at once with "database is locked" if another connection wrote between.
    immediate = conn.get_execution_options().get(WRITE_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _table_hints(engine: Engine) -> None:
    """Render ``with_hint(table, "INDEXED BY ...", "sqlite")``: SQLAlchemy's SQLite
    compiler drops table hints (its base returns no hint text), SQLite reads this one."""
    base = engine.dialect.statement_compiler

    class HintingCompiler(base):  # type: ignore[valid-type,misc]
        def get_from_hint_text(self, table: Any, text: str) -> str:
            return text

    engine.dialect.statement_compiler = HintingCompiler


def make_engine(url: str) -> Engine:
    """Create an engine with the catalogue's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        database = make_url(url).database
        if database and database != ":memory:":
            filelocks.track_engine(engine, database)
        _table_hints(engine)
        interrupt.install(engine)
        return engine
    args = server_connect_args(url)
    engine = create_engine(url, pool_pre_ping=True, connect_args=args)
    event.listen(engine, "first_connect", lambda conn, _rec: _check_folding(engine, conn))
    interrupt.install(engine)
    options = args.get("options") or make_url(url).query.get("options")
    stallguard.install(
        engine,
        stallguard.statement_seconds(
            options if isinstance(options, str) else None,
            _seconds(ENV_STATEMENT_TIMEOUT, STATEMENT_TIMEOUT_S),
        ),
    )
    return engine


def _check_folding(engine: Engine, dbapi_conn: Any) -> None:
    """A database in the "C" locale lowers ASCII only: its searches would miss "ÉLODIE"
    where a laptop's catalogue finds it. Then compare under a collation that folds
    (:mod:`textfold`); checked once per engine, on its first connection."""
    try:
        collation = textfold.check_server(dbapi_conn)
    except Exception:  # a check must never cost the connection: lower() then stays as is
        log.warning("could not check how this database lowers text", exc_info=True)
        return
    if collation:
        setattr(engine.dialect, textfold.FOLD_COLLATION, collation)
    elif collation == "":
        log.warning(
            "this database lowers ASCII letters only (its locale is C) and has no UTF-8 "
            "collation: searches ignore the case of unaccented letters only"
        )


def _seconds(env: str, default: float) -> float:
    try:
        value = float(os.environ.get(env, "") or default)
    except ValueError:
        return default
    return value if value > 0 else default


def server_connect_args(url: str) -> dict[str, Any]:
    """libpq settings of a server catalogue: connect and statement timeouts, TCP keepalives
    (a dead peer is noticed), lock waits bounded so writers take turns instead of queueing."""
    query = make_url(url).query
    args: dict[str, Any] = {
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        "application_name": "smparchive",
    }
    if "connect_timeout" not in query:
        args["connect_timeout"] = max(1, round(_seconds(ENV_CONNECT_TIMEOUT, CONNECT_TIMEOUT_S)))
    if "options" not in query:
        statement_ms = round(_seconds(ENV_STATEMENT_TIMEOUT, STATEMENT_TIMEOUT_S) * 1000)
        lock_ms = min(statement_ms, LOCK_TIMEOUT_S * 1000)
        args["options"] = f"-c statement_timeout={statement_ms} -c lock_timeout={lock_ms}"
    return args


def writer(engine: Engine) -> Engine:
    """The same engine, with transactions that begin as writers (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def is_sqlite(engine: Engine) -> bool:
    """True when the catalogue lives in SQLite (FTS5, file backups)."""
    return engine.dialect.name == "sqlite"
