"""erasure: the erasure log, the notes listed for review, and 已申请删除 on customers (issue 14)

`erasure_log` keeps which customers were erased, when and why (ids only), so that a restore of
an older backup erases them again; `erasure_reviews` lists other customers' notes that name an
erased person, for the site manager; `customers.erasure_requested_at` marks a buyer who asked
for erasure and whose deal and receipts the accounting rules keep. Plain ADD COLUMN: the
customers table is referenced by many others.

Revision ID: 0012_erasure
Revises: 0011_enum
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0012_erasure"
down_revision = "0011_enum"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.add_column(
        "customers",
        sa.Column(
            "erasure_requested_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True
        ),
    )
    op.create_table(
        "erasure_log",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_log")),
    )
    op.create_index(
        op.f("ix_erasure_log_customer_id"), "erasure_log", ["customer_id"], unique=False
    )
    op.create_table(
        "erasure_reviews",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_erasure_reviews_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["users.id"],
            name=op.f("fk_erasure_reviews_reviewed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_reviews")),
    )
    op.create_index(
        "ix_erasure_reviews_open", "erasure_reviews", ["reviewed_at", "customer_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_erasure_reviews_open", table_name="erasure_reviews")
    op.drop_table("erasure_reviews")
    op.drop_index(op.f("ix_erasure_log_customer_id"), table_name="erasure_log")
    op.drop_table("erasure_log")
    op.drop_column("customers", "erasure_requested_at")
