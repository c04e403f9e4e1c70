"""Two item indexes that cost space for what others answer: the day/rating one, the flags

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03

Measured at a million items (benchmarks/README.md, "What each index costs"):

- ``ix_items_day_rating_kind_session`` (18 MB): a day with a rating, a kind or a session
  is read through ``ix_items_day_time`` (day, time, rating, flag), ``ix_items_facets`` or
  ``ix_items_session_capture``. The one query the sweep found slower, the count of
  ``reunion kind:photo day:2 rating>=3``, went from 23 to 62-91 ms of CPU; no query of the
  sweep takes over a second.
- ``ix_items_flag_time`` (19 MB) held every item, unflagged ones (nearly all) included;
  it is made again holding only the picks and rejects (``WHERE flag != 0``). The flag
  filters name that condition (``filters.py``), so SQLite still reads their first page
  from it.

The file is compacted after the upgrade (schema.REWRITING): the pages freed go back.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

_FLAG_COLUMNS: list[str | sa.TextClause] = ["flag", sa.text("(capture_utc IS NULL)"), "capture_utc"]


def upgrade() -> None:
    op.drop_index("ix_items_day_rating_kind_session", table_name="items", if_exists=True)
    op.drop_index("ix_items_flag_time", table_name="items", if_exists=True)
    op.create_index(
        "ix_items_flag_time",
        "items",
        _FLAG_COLUMNS,
        unique=False,
        sqlite_where=sa.text("flag != 0"),
        postgresql_where=sa.text("flag != 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_items_flag_time", table_name="items", if_exists=True)
    op.create_index("ix_items_flag_time", "items", _FLAG_COLUMNS, unique=False)
    op.create_index(
        "ix_items_day_rating_kind_session",
        "items",
        ["day_id", "rating", "kind", "session_id"],
        unique=False,
    )
