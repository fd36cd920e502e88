"""import speed: three indexes of customers that no query reads are dropped (issue 13)

An import of 100,000 customers rebuilds every index of the table; these three cost it time and
serve no query: ix_customers_name (searches match inside names — LIKE '%…%' and the name
pieces — and the list sorts by ix_customers_live_name), ix_customers_owner_id (the first column
of ix_customers_owner_next, which serves every lookup by owner and the foreign key) and
ix_customers_visit_count (the list sorts by ix_customers_live_visit_count). Plain DROP INDEX:
no table is rebuilt.

Revision ID: 0008_import_speed
Revises: 0007_speed
Create Date: 2026-12-06 10:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0008_import_speed"
down_revision = "0007_speed"
branch_labels = None
depends_on = None

DROPPED = {
    "ix_customers_name": ["name"],
    "ix_customers_owner_id": ["owner_id"],
    "ix_customers_visit_count": ["visit_count"],
}


def upgrade() -> None:
    for name in DROPPED:
        op.drop_index(name, table_name="customers")


def downgrade() -> None:
    for name, columns in DROPPED.items():
        op.create_index(name, "customers", columns, unique=False)
