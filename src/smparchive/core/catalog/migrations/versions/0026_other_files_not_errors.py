"""files of other types are catalogued items, not errors

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-05

A spreadsheet, a text note or an archive in a catalogued folder was stored with status
'error' and "XLSX files are not catalogued (...)": the Errors view and count of a real
conference drive filled with good files, and hid the damaged ones among them. Such files
are now catalogued as kind 'other', status 'ok', with no picture (name, size, dates and
content hash; nothing is read inside them). The rows stored by earlier versions change
the same way here; the facet counts follow through their triggers. Data only: nothing is
read from the files.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from smparchive.core.catalog.codes import KIND_CODES, STATUS_CODES, THUMB_CODES

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

# Every sentence the earlier versions stored for it ("{fmt} files are not catalogued
# (photos, ... are)." and "Files of this type are not catalogued (...)", with either list).
_NOT_CATALOGUED = "% are not catalogued (%"


def upgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE items SET status = :ok, status_reason = NULL, thumb_state = :none "
            "WHERE kind = :other AND status = :error AND status_reason LIKE :reason"
        ).bindparams(
            ok=STATUS_CODES["ok"],
            error=STATUS_CODES["error"],
            other=KIND_CODES["other"],
            none=THUMB_CODES["none"],
            reason=_NOT_CATALOGUED,
        )
    )


def downgrade() -> None:
    pass  # the older code reads an 'ok' file of another type as it is
