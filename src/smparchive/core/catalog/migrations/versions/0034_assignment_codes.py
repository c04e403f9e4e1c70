"""How an item got its session as a small integer code

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-05

``items.assignment`` held 'auto' or 'manual' as text (NULL: in no session): 5 bytes in
the row of every item the rules filed (663,691 of the 1M benchmark catalogue). It is a
closed vocabulary (``vocab.Assignment``), so it becomes a code as 0023 made the others
(``codes.ASSIGNMENT_CODES``, copied below as they stand at this revision): 'auto' is 0,
which SQLite keeps in the record header alone, 'manual' 1. ``models.VocabCode`` converts,
so Python sees the same strings; the rows read as the driver gives them
(``raw_rows.assignment``) convert the same way.

SQLite: the column is declared SMALLINT in the table's CREATE statement, in place, and one
UPDATE writes the codes (0023's ``_declare`` and ``_case``: no index or trigger names the
column). PostgreSQL: ``ALTER COLUMN ... TYPE smallint USING CASE ...``. A stored value
that is neither stops the upgrade with a sentence naming it; the catalogue stays as it
was. The file is compacted after the upgrade (schema.REWRITING).

Measured at a million items: benchmarks/README.md, "How an item got its session as a code
(0034)".
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None

# A frozen copy of codes.ASSIGNMENT_CODES at this revision (stored codes: never renumbered).
ASSIGNMENT = {"auto": 0, "manual": 1}
TEXT_TYPE = "VARCHAR(10)"


def codes_module() -> ModuleType:
    """0023's statements (the in-place declaration, the CASE, the refusal of unknown
    values), for this one column."""
    spec = importlib.util.spec_from_file_location(
        "vocabulary_codes_0023_for_0034", Path(__file__).with_name("0023_vocabulary_codes.py")
    )
    assert spec is not None and spec.loader is not None
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    # read by its functions when called
    setattr(m, "ITEM_COLUMNS", {"assignment": (ASSIGNMENT, TEXT_TYPE)})  # noqa: B010
    return m


def _convert(to_code: bool) -> None:
    m = codes_module()
    m._refuse_unknown("items", {"assignment": ASSIGNMENT}, to_code=to_code)
    if op.get_bind().dialect.name == "postgresql":
        new_type = "smallint" if to_code else TEXT_TYPE.lower()
        case = m._case("assignment", ASSIGNMENT, to_code=to_code, sqlite=False)
        op.execute(f"ALTER TABLE items ALTER COLUMN assignment TYPE {new_type} USING {case}")
        return
    m._declare(to_code)
    case = m._case("assignment", ASSIGNMENT, to_code=to_code, sqlite=True)
    # Only the rows that hold one: the others (NULL) are left as they are.
    op.execute(f"UPDATE items SET assignment = {case} WHERE assignment IS NOT NULL")


def upgrade() -> None:
    _convert(to_code=True)


def downgrade() -> None:
    """'auto' and 'manual' back as text, as 0032 had them."""
    _convert(to_code=False)
