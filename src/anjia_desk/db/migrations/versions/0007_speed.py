"""speed: the name pieces behind search as you type (issue 13)

customer_name_grams holds every two-character piece of each live customer's name (ASCII letters
lowered), which the customer list's search looks up by equality instead of reading every name
(db.search_index keeps it in step from now on). The table is new, so it is created plainly; it
is filled here from the names already stored, by the same INSERT … SELECT the app uses.

Revision ID: 0007_speed
Revises: 0006_receipts
Create Date: 2026-12-06 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_speed"
down_revision = "0006_receipts"
branch_labels = None
depends_on = None

GRAM = 2

_customers = sa.table(
    "customers",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("anonymised_at", sa.DateTime),
)
_grams = sa.table("customer_name_grams", sa.column("gram", sa.String), sa.column("customer_id"))


def upgrade() -> None:
    op.create_table(
        "customer_name_grams",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "customer_id", name=op.f("pk_customer_name_grams")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        op.f("ix_customer_name_grams_customer_id"),
        "customer_name_grams",
        ["customer_id"],
        unique=False,
    )
    _fill()


def _fill() -> None:
    connection = op.get_bind()
    live = _customers.c.anonymised_at.is_(None)
    longest = connection.execute(
        sa.select(sa.func.max(sa.func.length(_customers.c.name))).where(live)
    ).scalar()
    if not longest or longest < GRAM:
        return
    positions = sa.union_all(
        *(sa.select(sa.literal_column(str(k), sa.Integer).label("k")) for k in range(1, longest))
    ).subquery("positions")
    size = sa.literal_column(str(GRAM), sa.Integer)
    piece = sa.func.substr(sa.func.lower(_customers.c.name), positions.c.k, size)
    pieces = (
        sa.select(piece, _customers.c.id)
        .select_from(_customers)
        .join(positions, positions.c.k + size <= sa.func.length(_customers.c.name) + 1)
        .where(live)
        .group_by(piece, _customers.c.id)
    )
    connection.execute(sa.insert(_grams).from_select(["gram", "customer_id"], pieces))


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_name_grams_customer_id"), table_name="customer_name_grams")
    op.drop_table("customer_name_grams")
