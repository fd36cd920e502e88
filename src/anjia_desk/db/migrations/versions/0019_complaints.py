"""complaints: complaints with their pauses, history, notes, files (in the database), money
paid and return visits; the issues found at a 预验房; a building's expected 交付 date; the deal's
风险告知书 and 预验房 (issue 18)

Eight new tables and five columns. Existing buildings have no expected delivery date (no 预验房
to-do until the secretary enters one); existing deals have no 风险告知书 signed and no 预验房.
Plain CREATE TABLE and ADD COLUMN (a server default for the one NOT NULL column): runs the same on
SQLite and PostgreSQL.

Revision ID: 0019_complaints
Revises: 0018_papers
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0019_complaints"
down_revision = "0018_papers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inspection_issues",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=60), nullable=False),
        sa.Column("responsible", sa.String(length=60), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("fixed_on", sa.Date(), nullable=True),
        sa.Column("fixed_by_id", sa.Integer(), nullable=True),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["users.id"],
            name=op.f("fk_inspection_issues_added_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_inspection_issues_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["fixed_by_id"],
            ["users.id"],
            name=op.f("fk_inspection_issues_fixed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_issues")),
    )
    op.create_index("ix_inspection_issues_deal", "inspection_issues", ["deal_id"], unique=False)
    op.create_table(
        "complaints",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("referrer", sa.String(length=10), nullable=True),
        sa.Column("referred_ref", sa.String(length=40), nullable=False),
        sa.Column("referred_due_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("intake_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("filed_by_id", sa.Integer(), nullable=True),
        sa.Column("who", sa.String(length=60), nullable=False),
        sa.Column("contact_phone", sa.String(length=20), nullable=False),
        sa.Column("happened", sa.String(length=60), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("how_much", sa.String(length=100), nullable=False),
        sa.Column("how_to_solve", sa.Text(), nullable=False),
        sa.Column("nature", sa.String(length=8), nullable=False),
        sa.Column("level", sa.String(length=1), nullable=False),
        sa.Column("point", sa.String(length=20), nullable=False),
        sa.Column("media_risk", sa.Boolean(), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("engineer", sa.String(length=60), nullable=False),
        sa.Column("contractor", sa.String(length=60), nullable=False),
        sa.Column("butler", sa.String(length=60), nullable=False),
        sa.Column("multi_department", sa.Boolean(), nullable=False),
        sa.Column("responded_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("responded_by_id", sa.Integer(), nullable=True),
        sa.Column("response_note", sa.String(length=200), nullable=False),
        sa.Column("answered_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answer_note", sa.Text(), nullable=False),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("liable", sa.String(length=10), nullable=True),
        sa.Column("solution", sa.String(length=8), nullable=True),
        sa.Column("solution_text", sa.Text(), nullable=False),
        sa.Column("proposed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("legal_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("legal_by_id", sa.Integer(), nullable=True),
        sa.Column("legal_note", sa.String(length=300), nullable=False),
        sa.Column("finance_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("finance_by_id", sa.Integer(), nullable=True),
        sa.Column("finance_note", sa.String(length=300), nullable=False),
        sa.Column("refuse_reason", sa.String(length=300), nullable=False),
        sa.Column("change_order_id", sa.Integer(), nullable=True),
        sa.Column("executor", sa.String(length=60), nullable=False),
        sa.Column("execute_due_on", sa.Date(), nullable=True),
        sa.Column("acceptance", sa.String(length=300), nullable=False),
        sa.Column("executed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("executed_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmation_signed_on", sa.Date(), nullable=True),
        sa.Column("visit_due_on", sa.Date(), nullable=True),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("closed_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("close_reason", sa.String(length=300), nullable=False),
        sa.Column("lesson", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_answered_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["change_order_id"],
            ["change_orders.id"],
            name=op.f("fk_complaints_change_order_id_change_orders"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_closed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_complaints_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_complaints_deal_id_deals"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["executed_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_executed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["filed_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_filed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["finance_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_finance_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["legal_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_legal_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_complaints_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_complaints_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_proposed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responded_by_id"],
            ["users.id"],
            name=op.f("fk_complaints_responded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_complaints_project_id")),
    )
    op.create_index("ix_complaints_customer", "complaints", ["customer_id"], unique=False)
    op.create_index("ix_complaints_deal", "complaints", ["deal_id"], unique=False)
    op.create_index("ix_complaints_status", "complaints", ["status", "intake_at"], unique=False)
    op.create_table(
        "complaint_events",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=14), nullable=False),
        sa.Column("at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("old_level", sa.String(length=1), nullable=True),
        sa.Column("new_level", sa.String(length=1), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_events_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_complaint_events_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
    )
    op.create_index(
        "ix_complaint_events_complaint", "complaint_events", ["complaint_id", "at"], unique=False
    )
    op.create_table(
        "complaint_notes",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=14), nullable=False),
        sa.Column("side", sa.String(length=12), nullable=True),
        sa.Column("at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_notes_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_complaint_notes_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_notes")),
    )
    op.create_index(
        "ix_complaint_notes_complaint", "complaint_notes", ["complaint_id", "at"], unique=False
    )
    op.create_table(
        "complaint_pauses",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("started_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_pauses_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_pauses_ended_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_pauses_started_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_pauses")),
    )
    op.create_index(
        "ix_complaint_pauses_complaint", "complaint_pauses", ["complaint_id"], unique=False
    )
    op.create_table(
        "complaint_payments",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("payment", sa.String(length=10), nullable=False),
        sa.Column("liable", sa.String(length=10), nullable=False),
        sa.Column("amount", anjia_desk.db.types.Money(precision=14, scale=2), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("proof", sa.String(length=10), nullable=False),
        sa.Column("proof_note", sa.String(length=200), nullable=False),
        sa.Column("requested_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=True),
        sa.Column("cs_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cs_by_id", sa.Integer(), nullable=True),
        sa.Column("vp_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("vp_by_id", sa.Integer(), nullable=True),
        sa.Column("rejected_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("rejected_by_id", sa.Integer(), nullable=True),
        sa.Column("reject_reason", sa.String(length=200), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("payee", sa.String(length=40), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("cashier_id", sa.Integer(), nullable=True),
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
            name=op.f("fk_complaint_payments_cashier_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_payments_complaint_id_complaints"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_payments_confirmed_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["cs_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_payments_cs_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_complaint_payments_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["rejected_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_payments_rejected_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_payments_requested_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_payments_voided_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["vp_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_payments_vp_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_payments")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_complaint_payments_project_id")),
    )
    op.create_index(
        "ix_complaint_payments_complaint", "complaint_payments", ["complaint_id"], unique=False
    )
    op.create_table(
        "complaint_visits",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("visited_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("way", sa.String(length=8), nullable=False),
        sa.Column("ratings", sa.String(length=200), nullable=False),
        sa.Column("score", anjia_desk.db.types.Money(precision=14, scale=2), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_visits_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_complaint_visits_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_visits")),
    )
    op.create_index(
        "ix_complaint_visits_complaint", "complaint_visits", ["complaint_id"], unique=False
    )
    op.create_table(
        "complaint_files",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("added_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["users.id"],
            name=op.f("fk_complaint_files_added_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_files_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["complaint_notes.id"],
            name=op.f("fk_complaint_files_note_id_complaint_notes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_files")),
        sa.UniqueConstraint("complaint_id", "sha256", name=op.f("uq_complaint_files_complaint_id")),
    )
    op.create_index("ix_complaint_files_note", "complaint_files", ["note_id"], unique=False)
    op.add_column("buildings", sa.Column("delivery_on", sa.Date(), nullable=True))
    op.add_column(
        "deals",
        sa.Column("risk_notice_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "deals", sa.Column("risk_notice_facts", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "deals",
        sa.Column(
            "inspection_invited_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=True
        ),
    )
    op.add_column("deals", sa.Column("inspection_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("deals", "inspection_on")
    op.drop_column("deals", "inspection_invited_at")
    op.drop_column("deals", "risk_notice_facts")
    op.drop_column("deals", "risk_notice_at")
    op.drop_column("buildings", "delivery_on")
    for table in (
        "complaint_files",
        "complaint_visits",
        "complaint_payments",
        "complaint_pauses",
        "complaint_notes",
        "complaint_events",
        "complaints",
        "inspection_issues",
    ):
        op.drop_table(table)
