"""facet triggers: a tag's kind looked up by id

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

0011's SQLite triggers tested whether a tag is a person with ``IN (SELECT id FROM tags
WHERE kind = 'person')``, which lists every person for every row an edit touches: a bulk
edit of 100,000 items at a million took 40 s of CPU instead of 8. The triggers now look
the tag up by its id (``0011.sqlite_triggers()`` makes them so); this drops the ones a
catalogue upgraded to 0011 has and creates them again. Counts are unchanged. PostgreSQL's
statement triggers are not concerned.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_NAMES = ("items_ai", "items_bd", "items_ad", "items_au", "item_tags_ai", "item_tags_ad",
          "item_tags_au", "tags_bd", "tags_au")  # fmt: skip


def _triggers() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "facet_cells_0011", Path(__file__).with_name("0011_facet_cells.py")
    )
    assert spec is not None and spec.loader is not None
    m0011 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0011)
    triggers: list[str] = m0011.sqlite_triggers()
    return triggers


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    for name in _NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS facet_cells_{name}")
    for statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    pass  # the same counts either way
