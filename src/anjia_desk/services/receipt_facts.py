"""What a receipt printed (DOMAIN §5 Money, §11; issue 13): a paper never changes afterwards.

The facts a receipt (收款收据) is printed from — number, project, payer, nature, what it was paid
for, amount, method, date, cashier, note, the receipt it replaces, the letterhead — are taken
once, when the receipt is issued (or, for a receipt issued before they were kept, when it is
first printed), and stored with it as versioned JSON (`Receipt.printed_facts`). Every reprint
renders from them: a 认筹金 receipt converted into a deal's 定金 still reads 认筹 第 N 号, a
renamed cashier or a new letterhead does not reach an old paper.

What the receipt itself records afterwards is printed as it stands: a void (a voided receipt
must never be reprinted as good: 作废, time and reason) and finance's confirmation. The footer's
打印时间 is the time of that printing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Deal, Installment, Project, QueueTicket, Receipt
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.papers.common import unit_parts
from anjia_desk.services.receipt_lines import receipt_code
from anjia_desk.services.settings import get_settings

#: The layout of the stored JSON; a reader that meets a newer one refuses rather than guess.
FACTS_VERSION = 1
LETTERHEAD_FIELDS = ("company", "project", "address", "phone")


@dataclass(frozen=True)
class ReceiptFacts:
    """A receipt's printed facts, already in Chinese (no reportlab here: plain values)."""

    code: str
    project: str
    paid_on: date
    payer: str
    nature: str
    amount: Decimal
    method: str
    cashier: str
    purpose: str
    note: str
    reissue_of: str
    letterhead: dict[str, str]

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "v": FACTS_VERSION,
            "code": self.code,
            "project": self.project,
            "paid_on": self.paid_on.isoformat(),
            "payer": self.payer,
            "nature": self.nature,
            "amount": str(self.amount.quantize(Decimal("0.01"))),
            "method": self.method,
            "cashier": self.cashier,
            "purpose": self.purpose,
            "note": self.note,
            "reissue_of": self.reissue_of,
            "letterhead": {key: self.letterhead.get(key, "") for key in LETTERHEAD_FIELDS},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ReceiptFacts:
        data = json.loads(text)
        version = data.get("v")
        if version != FACTS_VERSION:
            raise ValueError(f"收据的打印内容格式（第 {version} 版）无法识别，请升级本软件")
        letterhead = data.get("letterhead") or {}
        return cls(
            code=str(data["code"]),
            project=str(data["project"]),
            paid_on=date.fromisoformat(data["paid_on"]),
            payer=str(data["payer"]),
            nature=str(data["nature"]),
            amount=Decimal(data["amount"]),
            method=str(data.get("method", "")),
            cashier=str(data.get("cashier", "")),
            purpose=str(data.get("purpose", "")),
            note=str(data.get("note", "")),
            reissue_of=str(data.get("reissue_of", "")),
            letterhead={key: str(letterhead.get(key, "")) for key in LETTERHEAD_FIELDS},
        )


def purpose_of(session: Session, receipt: Receipt) -> str:
    """收款事由: 认筹 第 N 号 for 认筹金 (also after the number became a deal's 定金) and
    "认筹 第 N 号 订金/诚意金" for an advance taken on the number (also after it moved to the
    deal), else the unit and the installment paid ("3栋1单元0801 首付款") or, outside the plan,
    the nature ("3栋1单元0801 订金/诚意金")."""
    nature = Nature(receipt.nature)
    if nature in (Nature.QUEUE, Nature.ADVANCE) and receipt.ticket_id is not None:
        ticket = session.get(QueueTicket, receipt.ticket_id)
        if ticket is not None:
            what = "" if nature is Nature.QUEUE else f" {nature.label}"
            return f"认筹 第 {ticket.number} 号{what}"
    if receipt.deal_id is not None:
        deal = session.get(Deal, receipt.deal_id)
        assert deal is not None  # a foreign key
        unit, building, _project = unit_parts(session, deal.unit_id)
        what = nature.label
        if receipt.installment_id is not None:
            installment = session.get(Installment, receipt.installment_id)
            what = installment.name if installment is not None else what
        return f"{unit_label(building.name, unit.stairwell, unit.room)} {what}"
    return nature.label


def current_facts(session: Session, receipt: Receipt) -> ReceiptFacts:
    """The facts as they would be printed now, from the receipt and what it names."""
    project = session.get(Project, receipt.project_id)
    assert project is not None  # a foreign key
    names = staff_names(session, [receipt.cashier_id])
    reissue_of = ""
    if receipt.reissue_of_id is not None:
        original = session.get(Receipt, receipt.reissue_of_id)
        reissue_of = receipt_code(original.number) if original is not None else ""
    values = get_settings(session)
    return ReceiptFacts(
        code=receipt_code(receipt.number),
        project=project.name,
        paid_on=receipt.paid_on,
        payer=receipt.payer,
        nature=Nature(receipt.nature).label,
        amount=receipt.amount,
        method=receipt.method,
        cashier=names.get(receipt.cashier_id, "") if receipt.cashier_id is not None else "",
        purpose=purpose_of(session, receipt),
        note=receipt.note,
        reissue_of=reissue_of,
        letterhead={
            key: str(values.get(f"letterhead.{key}", "")).strip() for key in LETTERHEAD_FIELDS
        },
    )


def freeze(session: Session, receipt: Receipt) -> ReceiptFacts:
    """Store the receipt's facts unless already stored; return what is stored. Called when a
    receipt is issued (its id and number known) and, for an older one, when first printed."""
    if receipt.printed_facts:
        return ReceiptFacts.from_json(receipt.printed_facts)
    facts = current_facts(session, receipt)
    receipt.printed_facts = facts.to_json()
    return facts
