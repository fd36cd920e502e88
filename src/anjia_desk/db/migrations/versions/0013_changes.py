"""changes: the change log the windows on other PCs poll to refresh their views (issue 15)

One new table, `change_log` (id, the tables a commit wrote, which open database wrote it, when);
nothing else changes. Runs the same on SQLite and PostgreSQL.

Revision ID: 0013_changes
Revises: 0012_erasure
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0013_changes"
down_revision = "0012_erasure"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tables", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )


def downgrade() -> None:
    op.drop_table("change_log")
