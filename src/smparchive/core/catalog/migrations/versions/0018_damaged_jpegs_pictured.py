"""damaged JPEGs catalogued without a picture are pictured again (their decoded part)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

A truncated or damaged JPEG used to get no picture (thumb_state 'none', a warning "The
image data is truncated or damaged (...)"); the code now shows its decoded part, grey
below, as other viewers do. Such items go back to 'pending', so the next thumbnail job
(the scan's, or the app's repair of the items shown) pictures them; one whose data shows
nothing stays without a picture, as before. Data only: nothing else changes, nothing is
read from the files here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_UNPICTURED = sa.text(
    "UPDATE items SET thumb_state = 'pending' "
    "WHERE thumb_state = 'none' AND status = 'warning' AND format IN ('JPEG', 'MPO') "
    "AND warnings LIKE '%The image data is truncated or damaged%'"
)


def upgrade() -> None:
    op.execute(_UNPICTURED)


def downgrade() -> None:
    pass  # the pictures made meanwhile are right for the older code too
