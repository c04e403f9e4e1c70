"""times read from XMP before sidecar times were told apart are read again

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-05

Before 2026-12-05 a time an XMP sidecar gave (an archival package's corrected time, an
edited capture time) was stored as 'xmp', like a time the file's own XMP gives, and took the
camera's clock correction: a package catalogued again showed its photos one correction off.
The code now stores such a time as 'xmp-sidecar' and leaves it alone. Items stored as 'xmp'
become 'xmp-legacy' (code 11), which the next scan reads again (``rescan.STALE_READINGS``:
once; a file whose XMP is its own gets 'xmp' back). Data only, both engines; nothing is read
from the files here, and every other fact of an item (texts, ratings, tags) is kept by the
re-read as by any scan.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

XMP, XMP_LEGACY = 2, 11  # frozen copies of codes.TIME_SOURCE_CODES (never renumbered)


def upgrade() -> None:
    op.execute(
        sa.text("UPDATE items SET capture_source = :legacy WHERE capture_source = :xmp").bindparams(
            legacy=XMP_LEGACY, xmp=XMP
        )
    )


def downgrade() -> None:
    op.execute(
        sa.text("UPDATE items SET capture_source = :xmp WHERE capture_source = :legacy").bindparams(
            legacy=XMP_LEGACY, xmp=XMP
        )
    )
