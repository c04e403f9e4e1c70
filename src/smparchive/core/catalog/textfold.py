"""Case-insensitive text comparisons in SQL that agree between engines and with Python.

SQLite's built-in ``lower()`` folds ASCII letters only: ``lower('Salle Écluse')`` is
'salle Écluse', so ``room:"salle écluse"`` found nothing on SQLite while PostgreSQL (whose
``lower()`` follows the database's UTF-8 locale) found the session. :func:`folded` lowers
with Python's ``str.lower`` on SQLite (a deterministic function registered on every
connection) and with ``lower()`` on PostgreSQL; the value compared is lowered in Python.

The function is only ever used in queries, never in the schema (no index, view or
constraint names it), so other tools can still open the file.

A PostgreSQL database created in the "C" locale (``initdb`` with no LANG, as a service
often runs) lowers ASCII only too; :func:`check_server` notices it on the first connection
and the comparisons then lower under the "C.utf8" collation where the server has one.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

SQLITE_LOWER = "smp_lower"
LIKE_ESCAPE = "\\"
# set on a PostgreSQL dialect whose database lowers ASCII only: the collation to lower in
FOLD_COLLATION = "smparchive_fold_collation"


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def register(dbapi_conn: sqlite3.Connection) -> None:
    """Make ``smp_lower()`` known to a SQLite connection."""
    dbapi_conn.create_function(SQLITE_LOWER, 1, _lower, deterministic=True)


class folded(FunctionElement[str]):  # named like the SQL function it stands for
    """``lower(expr)`` with Unicode folding on every engine."""

    type = String()
    name = "folded"
    inherit_cache = True


@compiles(folded)
def _folded_default(element: folded, compiler: Any, **kw: Any) -> str:
    collation = getattr(compiler.dialect, FOLD_COLLATION, None)
    inner = compiler.process(element.clauses, **kw)
    return f'lower({inner} COLLATE "{collation}")' if collation else f"lower({inner})"


@compiles(folded, "sqlite")
def _folded_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_LOWER}({compiler.process(element.clauses, **kw)})"


def check_server(dbapi_conn: Any) -> str | None:
    """On a PostgreSQL connection: None when ``lower()`` folds accented capitals, else a
    collation under which it does ("C.utf8" where the server has it), else "" (none: ASCII
    only, as before)."""
    cur = dbapi_conn.cursor()
    try:
        cur.execute("SELECT lower('É') = 'é'")
        if cur.fetchone()[0]:
            return None
        cur.execute(
            "SELECT collname FROM pg_collation WHERE collname = ANY(%s)", (list(_CANDIDATES),)
        )
        present = {row[0] for row in cur.fetchall()}
        for name in (c for c in _CANDIDATES if c in present):
            cur.execute(f"SELECT lower('É' COLLATE \"{name}\") = 'é'")
            if cur.fetchone()[0]:
                return name
        return ""
    finally:
        cur.close()
        dbapi_conn.rollback()  # nothing of this stays open on the connection


_CANDIDATES = ("C.utf8", "C.UTF-8", "und-x-icu")


def contains_pattern(text: str) -> str:
    """A LIKE pattern (escape :data:`LIKE_ESCAPE`) for ``text`` anywhere, lower-cased:
    ``%`` and ``_`` typed by the user are themselves, not wildcards."""
    lowered = text.lower()
    for ch in (LIKE_ESCAPE, "%", "_"):
        lowered = lowered.replace(ch, LIKE_ESCAPE + ch)
    return f"%{lowered}%"


def folded_contains(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text``, whatever the case of either (Unicode)."""
    return folded(column).like(contains_pattern(text), escape=LIKE_ESCAPE)


def folded_equals(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` equals ``text``, whatever the case of either (Unicode)."""
    return folded(column) == text.lower()
