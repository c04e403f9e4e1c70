"""The undo journal's records packed on SQLite: the entries written before as JSON text

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03

Since the journal is packed (``models.PackedJSON``: zlib-compressed JSON in the JSON
column), new entries take about a quarter of the space; entries written before stayed JSON
text until they aged out (500 per person). They are packed here, so an upgraded catalogue
is as small as a new one: at a million items the benchmark catalogue's 150 entries go from
21.4 to 5.8 MB. Readers still accept JSON text (a catalogue copied back from a backup).
A build from before the packing cannot read packed entries; this revision is what tells it
the catalogue is newer than it is.

PostgreSQL keeps its JSON column (TOAST compresses large values): nothing to do there.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

_BATCH = 20  # entries per read: a bulk edit's record can be tens of MB of JSON


# The packed form as models.PackedJSON writes it (kept here: migrations do not change).
def _pack(value: Any) -> bytes:
    data = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return zlib.compress(data, 1)


def _unpack(value: bytes | str) -> Any:
    return json.loads(zlib.decompress(value) if isinstance(value, bytes) else value)


def _rewrite(pack: bool) -> None:
    """Pack the JSON text records (or unpack the packed ones), a few entries at a time."""
    conn = op.get_bind()
    want = "text" if pack else "blob"
    ids = [
        r[0]
        for r in conn.execute(
            sa.text("SELECT id FROM undo_journal WHERE typeof(payload) = :t OR typeof(redo) = :t"),
            {"t": want},
        )
    ]
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        rows = conn.execute(
            sa.text("SELECT id, payload, redo FROM undo_journal WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        ).all()
        for entry_id, payload, redo in rows:
            values: list[bytes | str | None] = []
            for value in (payload, redo):
                if value is None:
                    values.append(None)
                elif pack:
                    values.append(_pack(_unpack(value)))
                else:
                    values.append(json.dumps(_unpack(value)))
            conn.execute(
                sa.text("UPDATE undo_journal SET payload = :p, redo = :r WHERE id = :i"),
                {"p": values[0], "r": values[1], "i": entry_id},
            )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rewrite(pack=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rewrite(pack=False)
