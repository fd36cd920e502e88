"""login: failed logins per login name, for login throttling (issue 14)

A new table `login_throttles` (one row per login name that failed, the name kept as a hash):
how many attempts failed in a row, the last one, and until when logins under the name are
paused. A new table only: nothing else is touched.

Revision ID: 0010_login
Revises: 0009_idkey
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0010_login"
down_revision: str | None = "0009_idkey"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttles",
        sa.Column("name_key", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("blocked_until", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_throttles")),
        sa.UniqueConstraint("name_key", name=op.f("uq_login_throttles_name_key")),
    )


def downgrade() -> None:
    op.drop_table("login_throttles")
