"""The time indexes hold the rating and the flag; the session's gives the time order

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

The grid's default order (undated last, then capture time, then id) comes from
``ix_items_time`` and, per kind or day, ``ix_items_kind_time`` and ``ix_items_day_time``.
A rating or flag with them (`kind:photo rating>=4`, `rating>=3`, `day:2 -flag:reject`)
looked up every stepped-over item in the wide rows: a window in the middle of
`kind:photo rating>=4` cost 1.1-1.4 s at a million items, of `rating>=3` 1.5 s. With the id,
the rating and the flag in the index (the id written out so that it still orders ties
before the two extra columns), such a window reads the index alone: 25-30 ms. +4-5 bytes
per item and index. ``ix_items_session_capture`` gets the undated-last term of the time
order, so a session (`day:2 session:3`) is read in that order from it instead of walking
the whole day (0.5-0.8 s at a million items). Same on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_UNDATED = sa.text("(capture_utc IS NULL)")
_COVERED: list[sa.TextClause | str] = ["id", "rating", "flag"]
_BEFORE: dict[str, list[sa.TextClause | str]] = {
    "ix_items_time": [_UNDATED, "capture_utc"],
    "ix_items_kind_time": ["kind", _UNDATED, "capture_utc"],
    "ix_items_day_time": ["day_id", _UNDATED, "capture_utc"],
    "ix_items_session_capture": ["session_id", "capture_utc"],
}
_AFTER: dict[str, list[sa.TextClause | str]] = {
    "ix_items_time": [_UNDATED, "capture_utc", *_COVERED],
    "ix_items_kind_time": ["kind", _UNDATED, "capture_utc", *_COVERED],
    "ix_items_day_time": ["day_id", _UNDATED, "capture_utc", *_COVERED],
    "ix_items_session_capture": ["session_id", _UNDATED, "capture_utc"],
}


def _remake(indexes: dict[str, list[sa.TextClause | str]]) -> None:
    for name, columns in indexes.items():
        op.drop_index(name, table_name="items")
        op.create_index(name, "items", columns, unique=False)


def upgrade() -> None:
    _remake(_AFTER)


def downgrade() -> None:
    _remake(_BEFORE)
