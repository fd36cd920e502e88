"""holds: 锁定延期 counts on a hold, 特许选房 (choice without the 认筹金) on a queue ticket

A hold gains `extensions` (how many times its end was pushed back; every one is also in the
audit log as action "extend"); a queue ticket gains who allowed it to choose at 开盘选房 before
its 认筹金 was received, when and why (also in the audit log as action "allow").

Plain ALTER TABLE ... ADD COLUMN, no batch rebuild: both tables are referenced by others, and
SQLite empties a table it drops while foreign keys are on. For the same reason the allowing
user is a plain id without a foreign key: SQLite cannot add one without that rebuild.

Revision ID: 0005_holds
Revises: 0004_ticket_skips
Create Date: 2026-12-06 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0005_holds"
down_revision = "0004_ticket_skips"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "unit_holds",
        sa.Column("extensions", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column(
        "queue_tickets",
        sa.Column(
            "choice_allowed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True
        ),
    )
    op.add_column("queue_tickets", sa.Column("choice_allowed_by_id", sa.Integer(), nullable=True))
    op.add_column(
        "queue_tickets",
        sa.Column(
            "choice_allowed_reason", sa.String(length=200), nullable=False, server_default=""
        ),
    )


def downgrade() -> None:
    # In place (SQLite ≥ 3.35 drops a plain column without rebuilding the table).
    op.drop_column("queue_tickets", "choice_allowed_reason")
    op.drop_column("queue_tickets", "choice_allowed_by_id")
    op.drop_column("queue_tickets", "choice_allowed_at")
    op.drop_column("unit_holds", "extensions")
