"""changes: change orders (退定, 退房, 换房, 更名, 解约), the steps done on them after 签约, refund
vouchers; the deal's breach penalty, refund-interest rate, area clause, title deadline and
arbitration choice (issue 17)

Three new tables (change_orders, change_order_steps, refund_vouchers) and seven columns on deals.
Existing deals get no breach penalty (0%, base 总价款), no refund rate of their own (the admin's
setting applies), no area clause (3%), no title deadline and court for disputes: the secretary
records the contract's terms at 签约. Plain ADD COLUMN with a server default for existing rows:
runs the same on SQLite and PostgreSQL.

Revision ID: 0017_changes
Revises: 0016_dunning
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0017_changes"
down_revision = "0016_dunning"
branch_labels = None
depends_on = None

_money = anjia_desk.db.types.Money(precision=14, scale=2)
_decimal2 = anjia_desk.db.types.Decimal2(precision=14, scale=2)


def upgrade() -> None:
    op.create_table(
        "change_orders",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("stage_at_request", sa.String(length=12), nullable=False),
        sa.Column("within_72h", sa.Boolean(), nullable=False),
        sa.Column("reason_type", sa.String(length=12), nullable=True),
        sa.Column("tags", sa.String(length=200), nullable=False),
        sa.Column("fault", sa.String(length=8), nullable=False),
        sa.Column("ground", sa.String(length=16), nullable=True),
        sa.Column("ground_note", sa.String(length=300), nullable=False),
        sa.Column("ground_check", sa.String(length=300), nullable=False),
        sa.Column(
            "legal_confirmed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("legal_confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("real_reason", sa.Text(), nullable=False),
        sa.Column("filed_by_id", sa.Integer(), nullable=True),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("talk_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("talk_outcome", sa.String(length=8), nullable=True),
        sa.Column("talk_note", sa.Text(), nullable=False),
        sa.Column("reviewed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("review_note", sa.String(length=200), nullable=False),
        sa.Column("marketing_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("marketing_by_id", sa.Integer(), nullable=True),
        sa.Column("finance_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("finance_by_id", sa.Integer(), nullable=True),
        sa.Column("rejected_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("rejected_by_id", sa.Integer(), nullable=True),
        sa.Column("reject_reason", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by_id", sa.Integer(), nullable=True),
        sa.Column("withdraw_reason", sa.String(length=200), nullable=False),
        sa.Column("executed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("executed_by_id", sa.Integer(), nullable=True),
        sa.Column("closed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("refund_on", sa.Date(), nullable=True),
        sa.Column("refund_due_on", sa.Date(), nullable=True),
        sa.Column("computed", _money, nullable=True),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("override_amount", _money, nullable=True),
        sa.Column("override_reason", sa.String(length=200), nullable=False),
        sa.Column("override_by_id", sa.Integer(), nullable=True),
        sa.Column("override_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("old_unit_id", sa.Integer(), nullable=True),
        sa.Column("new_unit_id", sa.Integer(), nullable=True),
        sa.Column("new_hold_id", sa.Integer(), nullable=True),
        sa.Column("new_payment_method", sa.String(length=12), nullable=True),
        sa.Column("new_special_discount", _money, nullable=False),
        sa.Column("old_price", _money, nullable=True),
        sa.Column("new_price", _money, nullable=True),
        sa.Column("rename_mode", sa.String(length=8), nullable=True),
        sa.Column("old_buyer_name", sa.String(length=40), nullable=False),
        sa.Column("new_buyer_name", sa.String(length=40), nullable=False),
        sa.Column("new_buyer_id_masked", sa.String(length=24), nullable=False),
        sa.Column("new_buyer_id_cipher", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=10), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("qualification_note", sa.String(length=200), nullable=False),
        sa.Column("notice_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("notice_delivery", sa.String(length=12), nullable=False),
        sa.Column("notice_tracking", sa.String(length=40), nullable=False),
        sa.Column("notice_reached_on", sa.Date(), nullable=True),
        sa.Column("contract_recovered_on", sa.Date(), nullable=True),
        sa.Column("contract_recovered_by_id", sa.Integer(), nullable=True),
        sa.Column("archive_no", sa.String(length=40), nullable=False),
        sa.Column("forum", sa.String(length=12), nullable=True),
        sa.Column("disputed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("brief_ticks", sa.String(length=400), nullable=False),
        sa.Column("brief_by_id", sa.Integer(), nullable=True),
        sa.Column("brief_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("gift", sa.String(length=100), nullable=False),
        sa.Column("gift_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["brief_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_brief_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contract_recovered_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_contract_recovered_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_change_orders_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_change_orders_deal_id_deals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["executed_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_executed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["filed_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_filed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["finance_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_finance_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"],
            ["users.id"],
            name=op.f("fk_change_orders_leader_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["legal_confirmed_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_legal_confirmed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["marketing_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_marketing_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["new_hold_id"],
            ["unit_holds.id"],
            name=op.f("fk_change_orders_new_hold_id_unit_holds"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["new_unit_id"],
            ["units.id"],
            name=op.f("fk_change_orders_new_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["old_unit_id"],
            ["units.id"],
            name=op.f("fk_change_orders_old_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["override_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_override_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_change_orders_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["rejected_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_rejected_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_reviewed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["withdrawn_by_id"],
            ["users.id"],
            name=op.f("fk_change_orders_withdrawn_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_orders")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_change_orders_project_id")),
    )
    op.create_index(
        op.f("ix_change_orders_customer_id"), "change_orders", ["customer_id"], unique=False
    )
    op.create_index("ix_change_orders_deal", "change_orders", ["deal_id"], unique=False)
    op.create_index(
        "ix_change_orders_status", "change_orders", ["status", "requested_at"], unique=False
    )
    op.create_table(
        "change_order_steps",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("done_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["change_orders.id"],
            name=op.f("fk_change_order_steps_order_id_change_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_change_order_steps_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_order_steps")),
        sa.UniqueConstraint("order_id", "step", name=op.f("uq_change_order_steps_order_id")),
    )
    op.create_table(
        "refund_vouchers",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("payee", sa.String(length=40), nullable=False),
        sa.Column("amount", _money, nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("confirmed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("reprints", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cashier_id"],
            ["users.id"],
            name=op.f("fk_refund_vouchers_cashier_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"],
            ["users.id"],
            name=op.f("fk_refund_vouchers_confirmed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_refund_vouchers_deal_id_deals"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["change_orders.id"],
            name=op.f("fk_refund_vouchers_order_id_change_orders"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_refund_vouchers_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"],
            ["users.id"],
            name=op.f("fk_refund_vouchers_voided_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_vouchers")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_refund_vouchers_project_id")),
    )
    op.create_index("ix_refund_vouchers_deal", "refund_vouchers", ["deal_id"], unique=False)
    op.create_index("ix_refund_vouchers_order", "refund_vouchers", ["order_id"], unique=False)
    op.add_column(
        "deals",
        sa.Column("breach_base", sa.String(length=8), nullable=False, server_default="price"),
    )
    op.add_column("deals", sa.Column("breach_pct", _decimal2, nullable=False, server_default="0"))
    op.add_column(
        "deals",
        sa.Column("breach_clause_no", sa.String(length=20), nullable=False, server_default=""),
    )
    op.add_column("deals", sa.Column("refund_rate", _decimal2, nullable=True))
    op.add_column("deals", sa.Column("area_clause_pct", _decimal2, nullable=True))
    op.add_column("deals", sa.Column("title_due_on", sa.Date(), nullable=True))
    op.add_column(
        "deals", sa.Column("arbitration", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    for table in ("refund_vouchers", "change_order_steps", "change_orders"):
        op.drop_table(table)
    for column in (
        "arbitration",
        "title_due_on",
        "area_clause_pct",
        "refund_rate",
        "breach_clause_no",
        "breach_pct",
        "breach_base",
    ):
        op.drop_column("deals", column)
