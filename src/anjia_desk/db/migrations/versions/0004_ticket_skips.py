"""ticket skips: 过号 at 开盘选房 becomes a state of the queue ticket

Until now a skipped ticket was known only from the audit log (action "skip" on queue_tickets,
entity_id the ticket, written by services.units.skip_ticket). The ticket gains skipped_at and
skip_reason, and every such audit entry becomes that state: its time and its reason (who
skipped it stays in the audit entry). A skipped ticket stays active — it may still choose
later — so this is not a status value.

The columns are added with plain ALTER TABLE ... ADD COLUMN, no batch rebuild: queue_tickets
is referenced by deals, holds and receipts, and SQLite empties a table it drops while foreign
keys are on (firing the children's ON DELETE). For the same reason there is no foreign key
to users here: SQLite cannot add one without that rebuild.

Revision ID: 0004_ticket_skips
Revises: 0003_deals
Create Date: 2026-12-06 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0004_ticket_skips"
down_revision = "0003_deals"
branch_labels = None
depends_on = None

_tickets = sa.table(
    "queue_tickets",
    sa.column("id", sa.Integer),
    sa.column("skipped_at", anjia_desk.db.types.UTCDateTime(timezone=True)),
    sa.column("skip_reason", sa.String),
)
_audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("reason", sa.String),
    sa.column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True)),
)


def upgrade() -> None:
    op.add_column(
        "queue_tickets",
        sa.Column("skipped_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "queue_tickets",
        sa.Column("skip_reason", sa.String(length=200), nullable=False, server_default=""),
    )
    _convert_skips()


def _convert_skips() -> None:
    """Each 过号 audit entry (the first, should there be several) becomes the ticket's state."""
    connection = op.get_bind()
    first = (
        sa.select(sa.func.min(_audit.c.id))
        .where(
            _audit.c.action == "skip",
            _audit.c.entity == "queue_tickets",
            _audit.c.entity_id.is_not(None),
        )
        .group_by(_audit.c.entity_id)
    )
    entries = connection.execute(
        sa.select(_audit.c.entity_id, _audit.c.reason, _audit.c.created_at).where(
            _audit.c.id.in_(first)
        )
    ).all()
    for ticket_id, reason, at in entries:
        connection.execute(
            sa.update(_tickets)
            .where(_tickets.c.id == ticket_id)
            .values(skipped_at=at, skip_reason=(reason or "")[:200])
        )


def downgrade() -> None:
    # In place (SQLite ≥ 3.35 drops a plain column without rebuilding the table; a rebuild
    # would drop queue_tickets under the foreign keys of receipts, deals and holds).
    op.drop_column("queue_tickets", "skip_reason")
    op.drop_column("queue_tickets", "skipped_at")
