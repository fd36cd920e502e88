"""dunning: letters, the installments they listed, blocks and calls; the deal's mailing address
and penalty clause (issue 16)

Four new tables (dunning_letters, dunning_letter_items, dunning_blocks, dunning_calls) and five
columns on deals: mailing_address and mailing_postcode (where letters go), penalty_clause_no and
penalty_clause_text (the contract's clause a stage-5 letter quotes; existing deals get them
empty and the letter then quotes the rate alone), demand_period_days (the buyer's period to pay
after a formal demand when the contract sets one; NULL: three months). Plain ADD COLUMN with a
server default for existing rows: runs the same on SQLite and PostgreSQL.

Revision ID: 0016_dunning
Revises: 0015_list_order
Create Date: 2026-12-06 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0016_dunning"
down_revision = "0015_list_order"
branch_labels = None
depends_on = None

_money = anjia_desk.db.types.Money(precision=14, scale=2)


def _moment(name: str, nullable: bool) -> sa.Column[object]:
    return sa.Column(name, anjia_desk.db.types.UTCDateTime(timezone=True), nullable=nullable)


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        _moment("created_at", False),
        _moment("updated_at", False),
    ]


def _user(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete="SET NULL"
    )


def _deal(table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["deal_id"], ["deals.id"], name=op.f(f"fk_{table}_deal_id_deals"), ondelete=ondelete
    )


def upgrade() -> None:
    for column in (
        sa.Column("mailing_address", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("mailing_postcode", sa.String(length=6), nullable=False, server_default=""),
        sa.Column("penalty_clause_no", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("penalty_clause_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("demand_period_days", sa.Integer(), nullable=True),
    ):
        op.add_column("deals", column)
    op.create_table(
        "dunning_letters",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("letter_on", sa.Date(), nullable=False),
        _moment("issued_at", False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("delivery", sa.String(length=12), nullable=False),
        sa.Column("tracking_no", sa.String(length=40), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        _moment("voided_at", True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("reprints", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("buyer_asked_on", sa.Date(), nullable=True),
        _moment("continued_at", True),
        sa.Column("continue_reason", sa.String(length=200), nullable=False),
        sa.Column("continued_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_dunning_letters_project_id_projects"),
            ondelete="RESTRICT",
        ),
        _deal("dunning_letters", "RESTRICT"),
        _user("issued_by_id", "dunning_letters"),
        _user("voided_by_id", "dunning_letters"),
        _user("continued_by_id", "dunning_letters"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_letters")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_dunning_letters_project_id")),
    )
    op.create_index("ix_dunning_letters_day", "dunning_letters", ["letter_on"])
    op.create_index("ix_dunning_letters_deal", "dunning_letters", ["deal_id", "letter_on"])
    op.create_table(
        "dunning_letter_items",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("installment_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("days_overdue", sa.Integer(), nullable=False),
        sa.Column("outstanding", _money, nullable=False),
        sa.Column("penalty", _money, nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["dunning_letters.id"],
            name=op.f("fk_dunning_letter_items_letter_id_dunning_letters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["installment_id"],
            ["installments.id"],
            name=op.f("fk_dunning_letter_items_installment_id_installments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_letter_items")),
        sa.UniqueConstraint(
            "letter_id", "installment_id", name=op.f("uq_dunning_letter_items_letter_id")
        ),
    )
    op.create_index(
        "ix_dunning_letter_items_installment", "dunning_letter_items", ["installment_id"]
    )
    op.create_table(
        "dunning_blocks",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.Column("lifted_on", sa.Date(), nullable=True),
        sa.Column("lifted_by_id", sa.Integer(), nullable=True),
        sa.Column("lift_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        _deal("dunning_blocks", "CASCADE"),
        _user("set_by_id", "dunning_blocks"),
        _user("lifted_by_id", "dunning_blocks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_blocks")),
    )
    op.create_index("ix_dunning_blocks_deal", "dunning_blocks", ["deal_id"])
    op.create_table(
        "dunning_calls",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        _moment("called_at", False),
        sa.Column("called_on", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        _deal("dunning_calls", "CASCADE"),
        _user("user_id", "dunning_calls"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_calls")),
    )
    op.create_index("ix_dunning_calls_deal", "dunning_calls", ["deal_id"])


def downgrade() -> None:
    for table in ("dunning_calls", "dunning_blocks", "dunning_letter_items", "dunning_letters"):
        op.drop_table(table)
    for column in (
        "demand_period_days",
        "penalty_clause_text",
        "penalty_clause_no",
        "mailing_postcode",
        "mailing_address",
    ):
        op.drop_column("deals", column)
