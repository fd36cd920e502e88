"""reports: head office's workbooks produced (report_runs) and the administrator's templates
for them (report_templates) (issue 19)

Two new tables, nothing else changes: plain CREATE TABLE, the same on SQLite and PostgreSQL.
An existing office has produced no workbook yet and uses the shipped templates.

Revision ID: 0020_reports
Revises: 0019_complaints
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0020_reports"
down_revision = "0019_complaints"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_runs",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("period_on", sa.Date(), nullable=False),
        sa.Column("produced_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("produced_by_id", sa.Integer(), nullable=True),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["produced_by_id"],
            ["users.id"],
            name=op.f("fk_report_runs_produced_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_runs")),
    )
    op.create_index("ix_report_runs_kind", "report_runs", ["kind", "period_on"], unique=False)
    op.create_table(
        "report_templates",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.Column("uploaded_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", anjia_desk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["users.id"],
            name=op.f("fk_report_templates_uploaded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_templates")),
        sa.UniqueConstraint("kind", name=op.f("uq_report_templates_kind")),
    )


def downgrade() -> None:
    op.drop_table("report_templates")
    op.drop_index("ix_report_runs_kind", table_name="report_runs")
    op.drop_table("report_runs")
