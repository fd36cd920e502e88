"""The money of a change order (DOMAIN §8): the amounts received on the deal, the case for
core.refund_money, the table (live until the order executes, frozen on the order from then on
so every paper and export reads the same figures), the amount due and what has been paid back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind, Fault, Ground
from anjia_desk.core.deals import Nature
from anjia_desk.core.plans import UNDATED
from anjia_desk.core.refund_money import (
    Breach,
    BreachBase,
    LineKind,
    Paid,
    RefundCase,
    RefundLine,
    RefundTable,
    compute_refund,
)
from anjia_desk.db.models import ChangeOrder, Deal, Installment, Receipt, RefundVoucher
from anjia_desk.services.receipt_lines import receipt_code
from anjia_desk.services.settings import get_decimal

ZERO = Decimal("0.00")
#: The frozen table's format: bump when its shape changes (older ones still read).
FACTS_VERSION = 1


def paid_amounts(session: Session, deal_id: int) -> list[Paid]:
    """Every amount received on the deal (receipts not voided), oldest first, by the nature it
    has now: a receipt paid into an installment takes the installment's (a 认筹金 turned into
    定金 at 认购 is 定金), one outside the plan keeps its own (订金/诚意金)."""
    nature = func.coalesce(Installment.nature, Receipt.nature)
    rows = session.execute(
        select(nature, Receipt.amount, Receipt.paid_on, Receipt.number)
        .outerjoin(Installment, Installment.id == Receipt.installment_id)
        .where(Receipt.deal_id == deal_id, Receipt.voided_at.is_(None))
        .order_by(Receipt.paid_on, Receipt.number)
    )
    return [
        Paid(Nature(kind), amount, paid_on, receipt_code(number))
        for kind, amount, paid_on, number in rows
    ]


def due_to_date(session: Session, deal_id: int, day: date) -> Decimal:
    """What the deal's plan had due by `day` (the base 已到期应付款 of a breach penalty)."""
    total = session.scalar(
        select(func.sum(Installment.amount)).where(
            Installment.deal_id == deal_id,
            Installment.due_on <= day,
            Installment.due_on != UNDATED,
        )
    )
    return total if total is not None else Decimal("0.00")


def refund_rate(session: Session, deal: Deal) -> Decimal:
    """The deal's refund-interest rate (yearly %), else the office's (the admin's setting)."""
    if deal.refund_rate is not None:
        return deal.refund_rate
    return get_decimal(session, "deals.refund_rate")


def order_fault(order: ChangeOrder) -> Fault:
    """Who is at fault: the developer's 解约 is computed as the buyer's fault (DOMAIN §8)."""
    return Fault.BUYER if order.kind == ChangeKind.TERMINATE else Fault(order.fault)


def refund_case(session: Session, order: ChangeOrder, deal: Deal, *, today: date) -> RefundCase:
    refund_on = order.refund_on or today
    ground = Ground(order.ground) if order.ground else None
    return RefundCase(
        paid=paid_amounts(session, deal.id),
        signed=deal.signed_at is not None,
        fault=order_fault(order),
        statutory=ground is not None and ground.statutory,
        price=deal.price,
        due_to_date=due_to_date(session, deal.id, refund_on),
        breach=Breach(BreachBase(deal.breach_base), deal.breach_pct, deal.breach_clause_no),
        rate=refund_rate(session, deal),
        refund_on=refund_on,
    )


def money_table(session: Session, order: ChangeOrder, deal: Deal, *, today: date) -> RefundTable:
    """The order's money table: the frozen one once executed, else computed as of `today`."""
    if order.facts:
        return table_from_json(order.facts)
    return compute_refund(refund_case(session, order, deal, today=today))


def amount_due(order: ChangeOrder, table: RefundTable) -> Decimal:
    """What is to be paid back: the adjusted figure when there is one, else the computed."""
    if not ChangeKind(order.kind).is_refund:
        return Decimal("0.00")
    return order.override_amount if order.override_amount is not None else table.returned


def refunded_by_order(session: Session, order_ids: Sequence[int]) -> dict[int, Decimal]:
    """order id → paid back on its vouchers not voided, for many orders in one query (the
    工作台 and the 退房 sheet read it)."""
    if not order_ids:
        return {}
    rows = session.execute(
        select(RefundVoucher.order_id, func.sum(RefundVoucher.amount))
        .where(RefundVoucher.order_id.in_(order_ids), RefundVoucher.voided_at.is_(None))
        .group_by(RefundVoucher.order_id)
    )
    return {order_id: Decimal(total or 0).quantize(ZERO) for order_id, total in rows}


def refunded(session: Session, order_id: int) -> Decimal:
    """Paid back on the order: its vouchers not voided."""
    return refunded_by_order(session, [order_id]).get(order_id, ZERO)


def refunded_confirmed(session: Session, order_id: int) -> Decimal:
    """Paid back and confirmed by finance."""
    total = session.scalar(
        select(func.sum(RefundVoucher.amount)).where(
            RefundVoucher.order_id == order_id,
            RefundVoucher.voided_at.is_(None),
            RefundVoucher.confirmed_at.is_not(None),
        )
    )
    return total if total is not None else Decimal("0.00")


# -- the frozen table ----------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return str(value)


def table_json(table: RefundTable) -> str:
    """The table as JSON, to freeze on the order at execution."""
    data: dict[str, Any] = {
        "v": FACTS_VERSION,
        "lines": [
            {
                "kind": line.kind.value,
                "label": line.label,
                "nature": line.nature.value if line.nature else None,
                "paid_on": line.paid_on.isoformat() if line.paid_on else None,
                "received": _money(line.received),
                "returned": _money(line.returned),
                "kept": _money(line.kept),
                "interest": _money(line.interest),
                "rule": line.rule,
            }
            for line in table.lines
        ],
        "received": _money(table.received),
        "returned": _money(table.returned),
        "kept": _money(table.kept),
        "interest": _money(table.interest),
        "penalty": _money(table.penalty),
        "penalty_open": _money(table.penalty_open),
        "notes": list(table.notes),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def table_from_json(text: str) -> RefundTable:
    data = json.loads(text)
    return RefundTable(
        lines=tuple(
            RefundLine(
                kind=LineKind(line["kind"]),
                label=line["label"],
                nature=Nature(line["nature"]) if line["nature"] else None,
                paid_on=date.fromisoformat(line["paid_on"]) if line["paid_on"] else None,
                received=Decimal(line["received"]),
                returned=Decimal(line["returned"]),
                kept=Decimal(line["kept"]),
                interest=Decimal(line["interest"]),
                rule=line["rule"],
            )
            for line in data["lines"]
        ),
        received=Decimal(data["received"]),
        returned=Decimal(data["returned"]),
        kept=Decimal(data["kept"]),
        interest=Decimal(data["interest"]),
        penalty=Decimal(data["penalty"]),
        penalty_open=Decimal(data["penalty_open"]),
        notes=tuple(data["notes"]),
    )
