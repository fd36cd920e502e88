"""search: a trigram index for phone digits on PostgreSQL (issue 15)

Search as you type finds a run of phone digits anywhere in the number (`phone LIKE '%5678%'`).
SQLite answers it from its narrow phone index; PostgreSQL would read the whole table (~40 ms
over 100,000 customers), so there the pg_trgm extension's GIN index on the phone answers it
(~1 ms, benchmarks/pg_lists.py). pg_trgm is a trusted extension: the database's owner role
installs it. Nothing changes on SQLite.

Revision ID: 0014_search
Revises: 0013_changes
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0014_search"
down_revision = "0013_changes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_index(
        "ix_customers_phone_trigrams",
        "customers",
        ["phone"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"phone": "gin_trgm_ops"},
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_customers_phone_trigrams", table_name="customers")
