"""papers: the 解除合同通知书 as first printed, kept on its change order (issue 17)

One column on change_orders: notice_facts, the notice's printed facts as JSON (the parties, the
ground cited, the money as computed), stored at its first print so every reprint is the notice
that was issued. Existing orders get it empty (a notice printed before is frozen at its next
print). Plain ADD COLUMN with a server default: runs the same on SQLite and PostgreSQL.

Revision ID: 0018_papers
Revises: 0017_changes
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_papers"
down_revision = "0017_changes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "change_orders",
        sa.Column("notice_facts", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("change_orders", "notice_facts")
