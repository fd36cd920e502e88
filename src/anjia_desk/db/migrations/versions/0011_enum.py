"""enum: 判客's tally — one row per phone lookup, kept a day (issue 14, enumeration)

A new table only (phone_lookups): who looked a phone up when, whether a 来访登记 by them
followed, and whether the lookup came beyond the limit. Nothing existing is altered.

Revision ID: 0011_enum
Revises: 0010_login
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0011_enum"
down_revision = "0010_login"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_lookups",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("looked_up_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("registered", sa.Boolean(), nullable=False),
        sa.Column("beyond", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_phone_lookups_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_lookups")),
    )
    op.create_index(
        "ix_phone_lookups_user_at", "phone_lookups", ["user_id", "looked_up_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_phone_lookups_user_at", table_name="phone_lookups")
    op.drop_table("phone_lookups")
