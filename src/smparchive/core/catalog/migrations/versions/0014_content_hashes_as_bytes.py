"""content hashes as 32 bytes on SQLite

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

``items.sha256`` was 64 characters of hexadecimal text on SQLite, in the row and in
``ix_items_sha256``: 32 bytes of BLOB hold the same hash (~65 bytes less per item, ~65 MB
for a million). The declared type stays VARCHAR(64); ``models.ContentHash`` converts
(hexadecimal in Python, as before). A value that is not a lowercase 64-digit hexadecimal
hash stays text. PostgreSQL keeps its text column: nothing to do there. The file is
compacted after the upgrade (``schema.migrate``).
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _hash_bytes(value: object) -> object:
    if isinstance(value, str) and len(value) == 64 and value == value.lower():
        try:
            return bytes.fromhex(value)
        except ValueError:
            return value
    return value


def _hash_text(value: object) -> object:
    return value.hex() if isinstance(value, bytes) else value


def _rewrite(function: object) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    raw = bind.connection.driver_connection
    assert raw is not None
    raw.create_function("smp_hash_0014", 1, function, deterministic=True)
    try:
        op.execute("UPDATE items SET sha256 = smp_hash_0014(sha256) WHERE sha256 IS NOT NULL")
    finally:
        raw.create_function("smp_hash_0014", 1, None)


def upgrade() -> None:
    _rewrite(_hash_bytes)


def downgrade() -> None:
    _rewrite(_hash_text)
