"""Items counted per minute and camera, kept by the edits themselves

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-06

Camera Clocks' first opening at a million items read a day's 250,000 rows from all over
``items`` to count them per minute (~2.3 s of SQLite's CPU), every item's camera and time
for the cameras' first and last times (~0.6 s) and the camera's 200,000 times for its
dates (~0.3 s). ``time_cells`` keeps how many dated items there are per (minute of their
capture time, camera, kind, class), the class saying how the day's timeline reads them
(``day_lanes``): 1 held one by one (a duration over a bin, or negative), 2 never left out
(decks, manual assignments), 3 always left out (a file's date), 4 a recording of up to a
bin (left out by its span), 0 the rest (left out by its minute). Written by triggers in
the same transaction as every edit, as ``facet_cells`` (0011):

- SQLite: row triggers add +-1 to the row of the combination (``seq`` 0), a WITHOUT ROWID
  table whose primary key is the combination (a few bytes a row: the catalogue at 1M has
  a few MB left under its 500 MB target); an item with no capture time is not counted.
- PostgreSQL: statement triggers with transition tables append one row per combination a
  statement changed (``seq`` from a sequence: no row is updated in place, so writers never
  wait for each other); readers sum them, ``time_cells_compact()`` folds them.

Filled from one read of the items grouped by combination; on PostgreSQL ``items`` is
locked against writers for that count. Measured at a million items: benchmarks/README.md,
"Camera Clocks' first opening from kept counts (migration 0038)".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None

# The stored codes (``codes.py``, 0023 and 0034), written out: a migration is frozen.
_DECKS = "3, 4"  # Kind.SLIDES, Kind.DOCUMENT
_RECORDINGS = "1, 2"  # Kind.VIDEO, Kind.AUDIO
_MANUAL = "1"  # Assignment.MANUAL
_FILE_MTIME = "9"  # TimeSource.FILE_MTIME
_BIN_S = 300  # domain/timeline.py's bin
_COLUMNS = ("capture_utc", "camera_id", "kind", "duration_s", "assignment", "capture_source")
_MINUTE_US = 60_000_000


def _class(row: str) -> str:
    """How ``day_lanes`` reads the item ``row`` (a row alias or a prefix of columns)."""
    p = f"{row}." if row else ""
    return (
        f"CASE WHEN {p}duration_s > {_BIN_S} OR {p}duration_s < 0 THEN 1 "
        f"WHEN {p}kind IN ({_DECKS}) OR {p}assignment = {_MANUAL} THEN 2 "
        f"WHEN {p}capture_source = {_FILE_MTIME} THEN 3 "
        f"WHEN {p}kind IN ({_RECORDINGS}) AND {p}duration_s > 0 THEN 4 ELSE 0 END"
    )


def _bucket(row: str, sqlite: bool) -> str:
    """The minute of the capture time since 1970, floored (``day_lanes.time_bucket``)."""
    p = f"{row}." if row else ""
    if sqlite:  # microseconds since 1970 as integers; the division truncates
        return (
            f"(CASE WHEN {p}capture_utc >= 0 THEN {p}capture_utc / {_MINUTE_US} "
            f"ELSE ({p}capture_utc - {_MINUTE_US - 1}) / {_MINUTE_US} END)"
        )
    return f"CAST(floor(extract(epoch FROM {p}capture_utc) / 60) AS BIGINT)"


def _cell(row: str, sqlite: bool) -> list[str]:
    """The combination of ``row`` (a row alias, or "" for the columns): bucket, camera (0:
    none), kind, class."""
    p = f"{row}." if row else ""
    return [_bucket(row, sqlite), f"coalesce({p}camera_id, 0)", f"{p}kind", _class(row)]


def _add_cell(row: str, delta: int) -> str:
    return (
        f"INSERT INTO time_cells ({_CELL}, seq, n) "
        f"SELECT {', '.join(_cell(row, True))}, 0, {delta} WHERE {row}.capture_utc IS NOT NULL "
        f"ON CONFLICT ({_CELL}, seq) DO UPDATE SET n = n + {delta};"
    )


TRIGGERS = ("items_ai", "items_ad", "items_au")


def sqlite_triggers() -> list[str]:
    """CREATE TRIGGER statements of the SQLite side (also for later batch migrations)."""
    cols = ", ".join(_COLUMNS)
    moved = " OR ".join(
        f"{a} IS NOT {b}" for a, b in zip(_cell("OLD", True), _cell("NEW", True), strict=True)
    )
    return [
        "CREATE TRIGGER IF NOT EXISTS time_cells_items_ai AFTER INSERT ON items "
        f"WHEN NEW.capture_utc IS NOT NULL BEGIN {_add_cell('NEW', 1)} END",
        "CREATE TRIGGER IF NOT EXISTS time_cells_items_ad AFTER DELETE ON items "
        f"WHEN OLD.capture_utc IS NOT NULL BEGIN {_add_cell('OLD', -1)} END",
        f"CREATE TRIGGER IF NOT EXISTS time_cells_items_au AFTER UPDATE OF {cols} ON items "
        f"WHEN {moved} BEGIN {_add_cell('OLD', -1)} {_add_cell('NEW', 1)} END",
    ]


def _pg_cells(source: str, n: str) -> str:
    b, cam, kind, cls = _cell("", False)
    return (
        f"SELECT {b} AS bucket, {cam} AS camera_id, {kind} AS kind, {cls} AS cls, {n} AS d "
        f"FROM {source} WHERE capture_utc IS NOT NULL"
    )


_CELL = "bucket, camera_id, kind, cls"
_SEQ = "nextval('time_cells_seq')"
_PG_FUNCTIONS = {
    "insert": f"SELECT {_CELL}, {_SEQ}, sum(d) FROM ({_pg_cells('new_items', '1')}) AS c "
    f"GROUP BY {_CELL}",
    "delete": f"SELECT {_CELL}, {_SEQ}, sum(d) FROM ({_pg_cells('old_items', '-1')}) AS c "
    f"GROUP BY {_CELL}",
    "update": (
        f"SELECT {_CELL}, {_SEQ}, sum(d) FROM ({_pg_cells('old_items', '-1')} UNION ALL "
        f"{_pg_cells('new_items', '1')}) AS c GROUP BY {_CELL} HAVING sum(d) <> 0"
    ),
}
_PG_REFERENCING = {
    "insert": "NEW TABLE AS new_items",
    "delete": "OLD TABLE AS old_items",
    "update": "OLD TABLE AS old_items NEW TABLE AS new_items",
}
# as 0011's: a teammate's role may write items without any right on the bookkeeping table
_PG_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT"


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if not sqlite:
        # Writers wait until the count and the triggers are committed (an edit in between
        # would be missed).
        op.execute("LOCK TABLE items IN SHARE MODE")
    if sa.inspect(conn).has_table("time_cells"):
        # a revision set back by hand (as tests of older migrations do): counted again
        downgrade()
    op.create_table(
        "time_cells",
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.Column("camera_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.SmallInteger(), nullable=False),
        sa.Column("cls", sa.SmallInteger(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "camera_id", "kind", "cls", "seq", name="pk_time_cells"),
        sqlite_with_rowid=False,
    )
    if sqlite:
        op.execute(
            f"INSERT INTO time_cells ({_CELL}, seq, n) "
            f"SELECT {', '.join(_cell('items', True))}, 0, count(*) FROM items "
            f"WHERE capture_utc IS NOT NULL GROUP BY 1, 2, 3, 4"
        )
        for statement in sqlite_triggers():
            op.execute(statement)
        return
    op.execute("CREATE SEQUENCE time_cells_seq")
    op.execute(
        f"INSERT INTO time_cells ({_CELL}, seq, n) SELECT {_CELL}, {_SEQ}, sum(d) "
        f"FROM ({_pg_cells('items', '1')}) AS c GROUP BY {_CELL}"
    )
    for event, body in _PG_FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION time_cells_{event}() RETURNS trigger {_PG_DEFINER} AS $$ "
            f"BEGIN INSERT INTO time_cells ({_CELL}, seq, n) {body}; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER time_cells_{event} AFTER {event.upper()} ON items "
            f"REFERENCING {_PG_REFERENCING[event]} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION time_cells_{event}()"
        )
    # Fold the appended rows into one per combination (readers call it now and then).
    op.execute(
        f"CREATE FUNCTION time_cells_compact() RETURNS void {_PG_DEFINER} AS $$ "
        f"BEGIN WITH gone AS (DELETE FROM time_cells RETURNING {_CELL}, n) "
        f"INSERT INTO time_cells ({_CELL}, seq, n) SELECT {_CELL}, {_SEQ}, sum(n) FROM gone "
        f"GROUP BY {_CELL} HAVING sum(n) <> 0; END $$"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for event in _PG_FUNCTIONS:
            op.execute(f"DROP TRIGGER IF EXISTS time_cells_{event} ON items")
            op.execute(f"DROP FUNCTION IF EXISTS time_cells_{event}()")
        op.execute("DROP FUNCTION IF EXISTS time_cells_compact()")
    else:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS time_cells_{name}")
    op.drop_table("time_cells")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS time_cells_seq")
