"""What a 退款凭证 printed (issue 17, DOMAIN §8 and §11): a paper never changes afterwards.

The facts a refund voucher is printed from — its number, the project, the change order and its
kind, the unit, the buyer, the payee, the amount, the method, the day, the cashier, the note and
the letterhead — are taken once, when the cashier issues the voucher, and stored with it as
versioned JSON (`RefundVoucher.facts`), as a receipt keeps its own (services.receipt_facts).
Every reprint renders from them: a renamed cashier, a moved deal or a new letterhead does not
reach an old paper. What the voucher records afterwards (finance's confirmation, a void) is
printed as it stands.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from anjia_desk.core.changes import (
    ChangeKind,
    change_code,
)
from anjia_desk.db.models import ChangeOrder, Deal, Project, RefundVoucher
from anjia_desk.services import lookups
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.settings import get_settings

#: The layout of the stored JSON; a reader that meets a newer one refuses rather than guess.
FACTS_VERSION = 1
LETTERHEAD_FIELDS = ("company", "project", "address", "phone")


def voucher_code(number: int) -> str:
    """The printed voucher number: 45 → "TK-000045"."""
    return f"TK-{number:06d}"


@dataclass(frozen=True)
class VoucherFacts:
    """A refund voucher's printed facts, already in Chinese (plain values)."""

    code: str
    project: str
    order_code: str
    kind: str  # 退定 / 退房 / 解约
    unit: str
    buyer: str
    payee: str
    amount: Decimal
    method: str
    paid_on: date
    cashier: str
    note: str
    letterhead: dict[str, str]

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "v": FACTS_VERSION,
            "code": self.code,
            "project": self.project,
            "order_code": self.order_code,
            "kind": self.kind,
            "unit": self.unit,
            "buyer": self.buyer,
            "payee": self.payee,
            "amount": str(self.amount.quantize(Decimal("0.01"))),
            "method": self.method,
            "paid_on": self.paid_on.isoformat(),
            "cashier": self.cashier,
            "note": self.note,
            "letterhead": {key: self.letterhead.get(key, "") for key in LETTERHEAD_FIELDS},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> VoucherFacts:
        data = json.loads(text)
        version = data.get("v")
        if version != FACTS_VERSION:
            raise ValueError(f"退款凭证的打印内容格式（第 {version} 版）无法识别，请升级本软件")
        letterhead = data.get("letterhead") or {}
        return cls(
            code=str(data["code"]),
            project=str(data["project"]),
            order_code=str(data.get("order_code", "")),
            kind=str(data.get("kind", "")),
            unit=str(data.get("unit", "")),
            buyer=str(data.get("buyer", "")),
            payee=str(data["payee"]),
            amount=Decimal(data["amount"]),
            method=str(data.get("method", "")),
            paid_on=date.fromisoformat(data["paid_on"]),
            cashier=str(data.get("cashier", "")),
            note=str(data.get("note", "")),
            letterhead={key: str(letterhead.get(key, "")) for key in LETTERHEAD_FIELDS},
        )


def current_facts(session: Session, voucher: RefundVoucher) -> VoucherFacts:
    """The facts as they would be printed now, from the voucher and what it names."""
    project = lookups.get(session, Project, voucher.project_id)
    order = lookups.get(session, ChangeOrder, voucher.order_id)
    deal = lookups.get(session, Deal, voucher.deal_id)
    unit = lookups.unit(session, deal.unit_id)
    names = staff_names(session, [voucher.cashier_id])
    values = get_settings(session)
    return VoucherFacts(
        code=voucher_code(voucher.number),
        project=project.name,
        order_code=change_code(order.number),
        kind=ChangeKind(order.kind).label,
        unit=lookups.unit_label(session, unit),
        buyer=deal.buyer_name,
        payee=voucher.payee,
        amount=voucher.amount,
        method=voucher.method,
        paid_on=voucher.paid_on,
        cashier=names.get(voucher.cashier_id, "") if voucher.cashier_id is not None else "",
        note=voucher.note,
        letterhead={
            key: str(values.get(f"letterhead.{key}", "")).strip() for key in LETTERHEAD_FIELDS
        },
    )


def freeze(session: Session, voucher: RefundVoucher) -> VoucherFacts:
    """Store the voucher's facts unless already stored; return what is stored. Called when the
    voucher is issued (its number known); every reprint reads them back."""
    if voucher.facts:
        return VoucherFacts.from_json(voucher.facts)
    facts = current_facts(session, voucher)
    voucher.facts = facts.to_json()
    return facts
