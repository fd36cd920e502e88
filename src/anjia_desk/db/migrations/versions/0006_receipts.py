"""receipts keep what they printed; installments can count from 签约 (issue 13)

receipts.printed_facts: the facts a receipt's paper is printed from (versioned JSON, read and
written by services/receipt_facts.py), so a reprint is the paper first printed. Every existing
receipt gets the facts it would have printed when it was issued, as far as the database still
knows them: a 认筹金 receipt reads 认筹 第 N 号 even when its number has since become a deal's
定金 (before, it reprinted as that unit's 定金), everything else as it reads today (the cashier's
name and the letterhead as they are now).

installments.due_anchor / due_days: what the due date counts from (认购 or 签约) and how many
days after. An installment counted from 签约 has no date until the contract is signed; due_on
stays NOT NULL and holds core.plans.UNDATED (9999-12-31) meanwhile. Making due_on nullable
would need SQLite's batch rebuild of installments, which receipts reference: SQLite empties a
table it drops while foreign keys are on (see 0004). The far date also keeps every existing
"due_on < today" query right by itself: such an installment is never overdue. Existing rows
count from 认购 (they all did).

Revision ID: 0006_receipts
Revises: 0005_holds
Create Date: 2026-12-06 09:30:00
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

import anjia_desk.db.types

revision = "0006_receipts"
down_revision = "0005_holds"
branch_labels = None
depends_on = None

#: The nature labels as printed at this revision (frozen here, not imported).
_NATURES = {
    "queue": "认筹金",
    "advance": "订金/诚意金",
    "deposit": "定金",
    "down": "首付款",
    "price": "房款",
    "loan": "按揭款",
    "area": "补差款",
    "fees": "代收费用",
}
_LETTERHEAD = ("company", "project", "address", "phone")

_money = anjia_desk.db.types.Money(precision=14, scale=2)
_receipts = sa.table(
    "receipts",
    sa.column("id", sa.Integer),
    sa.column("project_id", sa.Integer),
    sa.column("number", sa.Integer),
    sa.column("deal_id", sa.Integer),
    sa.column("ticket_id", sa.Integer),
    sa.column("installment_id", sa.Integer),
    sa.column("payer", sa.String),
    sa.column("nature", sa.String),
    sa.column("amount", _money),
    sa.column("method", sa.String),
    sa.column("paid_on", sa.Date),
    sa.column("cashier_id", sa.Integer),
    sa.column("note", sa.String),
    sa.column("reissue_of_id", sa.Integer),
    sa.column("printed_facts", sa.Text),
)
_projects = sa.table("projects", sa.column("id", sa.Integer), sa.column("name", sa.String))
_users = sa.table("users", sa.column("id", sa.Integer), sa.column("display_name", sa.String))
_tickets = sa.table("queue_tickets", sa.column("id", sa.Integer), sa.column("number", sa.Integer))
_deals = sa.table("deals", sa.column("id", sa.Integer), sa.column("unit_id", sa.Integer))
_units = sa.table(
    "units",
    sa.column("id", sa.Integer),
    sa.column("building_id", sa.Integer),
    sa.column("stairwell", sa.String),
    sa.column("room", sa.String),
)
_buildings = sa.table("buildings", sa.column("id", sa.Integer), sa.column("name", sa.String))
_installments = sa.table("installments", sa.column("id", sa.Integer), sa.column("name", sa.String))
_settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    op.add_column("receipts", sa.Column("printed_facts", sa.Text(), nullable=True))
    op.add_column(
        "installments",
        sa.Column("due_anchor", sa.String(length=10), nullable=False, server_default="subscribe"),
    )
    op.add_column("installments", sa.Column("due_days", sa.Integer(), nullable=True))
    _fill_printed_facts()


def _code(number: int) -> str:
    return f"SJ-{number:06d}"


def _letterhead(connection: sa.Connection) -> dict[str, str]:
    keys = [f"letterhead.{key}" for key in _LETTERHEAD]
    stored = dict(
        connection.execute(
            sa.select(_settings.c.key, _settings.c.value).where(_settings.c.key.in_(keys))
        ).all()
    )
    out: dict[str, str] = {}
    for key in _LETTERHEAD:
        raw = stored.get(f"letterhead.{key}")
        try:
            value = json.loads(raw) if raw is not None else ""
        except ValueError:
            value = ""
        out[key] = str(value or "").strip()
    return out


def _fill_printed_facts() -> None:
    connection = op.get_bind()
    letterhead = _letterhead(connection)
    projects = dict(connection.execute(sa.select(_projects.c.id, _projects.c.name)).all())
    names = dict(connection.execute(sa.select(_users.c.id, _users.c.display_name)).all())
    numbers = dict(connection.execute(sa.select(_receipts.c.id, _receipts.c.number)).all())
    ticket_numbers = dict(connection.execute(sa.select(_tickets.c.id, _tickets.c.number)).all())
    installment_names = dict(
        connection.execute(sa.select(_installments.c.id, _installments.c.name)).all()
    )
    unit_of_deal = {
        deal_id: f"{building}{stairwell or ''}{room}"
        for deal_id, building, stairwell, room in connection.execute(
            sa.select(_deals.c.id, _buildings.c.name, _units.c.stairwell, _units.c.room)
            .select_from(_deals)
            .join(_units, _units.c.id == _deals.c.unit_id)
            .join(_buildings, _buildings.c.id == _units.c.building_id)
        )
    }
    rows = connection.execute(
        sa.select(_receipts).where(_receipts.c.printed_facts.is_(None)).order_by(_receipts.c.id)
    ).all()
    for row in rows:
        facts = _facts(
            row,
            projects=projects,
            names=names,
            numbers=numbers,
            ticket_numbers=ticket_numbers,
            installment_names=installment_names,
            unit_of_deal=unit_of_deal,
            letterhead=letterhead,
        )
        connection.execute(
            sa.update(_receipts).where(_receipts.c.id == row.id).values(printed_facts=facts)
        )


def _facts(row: Any, **known: dict[Any, Any]) -> str:
    nature = _NATURES.get(row.nature, "")
    purpose = nature
    if row.nature == "queue" and row.ticket_id in known["ticket_numbers"]:
        purpose = f"认筹 第 {known['ticket_numbers'][row.ticket_id]} 号"
    elif row.deal_id is not None and row.deal_id in known["unit_of_deal"]:
        what = known["installment_names"].get(row.installment_id) or nature
        purpose = f"{known['unit_of_deal'][row.deal_id]} {what}"
    original = known["numbers"].get(row.reissue_of_id) if row.reissue_of_id else None
    amount = Decimal(row.amount).quantize(Decimal("0.01"))
    data = {
        "v": 1,
        "code": _code(row.number),
        "project": known["projects"].get(row.project_id, ""),
        "paid_on": row.paid_on.isoformat(),
        "payer": row.payer,
        "nature": nature,
        "amount": str(amount),
        "method": row.method or "",
        "cashier": known["names"].get(row.cashier_id, "") if row.cashier_id else "",
        "purpose": purpose,
        "note": row.note or "",
        "reissue_of": _code(original) if original is not None else "",
        "letterhead": known["letterhead"],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def downgrade() -> None:
    # In place (SQLite ≥ 3.35 drops a plain column without rebuilding the table, which a
    # rebuild under the receipts' and installments' foreign keys would empty: see 0004).
    op.drop_column("installments", "due_days")
    op.drop_column("installments", "due_anchor")
    op.drop_column("receipts", "printed_facts")
