"""What a 赔付凭证 printed (issue 18, DOMAIN §9 and §11): a paper never changes afterwards.

The facts a compensation voucher is printed from — its number, the project, the complaint, the
unit, the nature (赔偿 with whose liability, or 补偿), the reason and the proof of a contractor's
liability, the approvals, the payee, the amount, the method, the day, the cashier, the note and
the letterhead — are taken once, when the cashier pays (or at the first print of a voucher that
has none), and stored with it as versioned JSON (`ComplaintPayment.facts`), as a refund voucher
keeps its own (services.refund_voucher_facts). Every reprint renders from them; finance's
confirmation and a void are printed as they stand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import ProofKind, complaint_code, payment_code
from anjia_desk.core.complaints import Liable, Payment, needs_contractor_proof
from anjia_desk.db.models import Complaint, ComplaintPayment, Deal, Project
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.settings import get_settings, office_zone

#: The layout of the stored JSON; a reader that meets a newer one refuses rather than guess.
FACTS_VERSION = 1
LETTERHEAD_FIELDS = ("company", "project", "address", "phone")


@dataclass(frozen=True)
class CompensationFacts:
    """A compensation voucher's printed facts, already in Chinese (plain values). `issued`: when
    the cashier paid, in office time (the paper is dated by it)."""

    code: str  # PC-000003
    project: str
    complaint: str  # TS-000012
    who: str  # the complainant
    unit: str  # 1栋0101, or "" for a case without a deal
    kind: str  # 赔偿（施工单位责任） / 补偿
    reason: str
    proof: str  # 施工单位书面确认：…, or ""
    amount: Decimal
    payee: str
    method: str
    paid_on: date
    cashier: str
    cs_approval: str  # 刘经理 2026-11-20 10:00
    vp_approval: str  # "" when the vice president's approval was not needed
    note: str
    issued: datetime
    letterhead: dict[str, str]

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "v": FACTS_VERSION,
            "code": self.code,
            "project": self.project,
            "complaint": self.complaint,
            "who": self.who,
            "unit": self.unit,
            "kind": self.kind,
            "reason": self.reason,
            "proof": self.proof,
            "amount": str(self.amount.quantize(Decimal("0.01"))),
            "payee": self.payee,
            "method": self.method,
            "paid_on": self.paid_on.isoformat(),
            "cashier": self.cashier,
            "cs_approval": self.cs_approval,
            "vp_approval": self.vp_approval,
            "note": self.note,
            "issued": self.issued.replace(tzinfo=None).isoformat(timespec="seconds"),
            "letterhead": {key: self.letterhead.get(key, "") for key in LETTERHEAD_FIELDS},
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CompensationFacts:
        data = json.loads(text)
        version = data.get("v")
        if version != FACTS_VERSION:
            raise ValueError(f"赔付凭证的打印内容格式（第 {version} 版）无法识别，请升级本软件")
        letterhead = data.get("letterhead") or {}
        return cls(
            code=str(data["code"]),
            project=str(data["project"]),
            complaint=str(data.get("complaint", "")),
            who=str(data.get("who", "")),
            unit=str(data.get("unit", "")),
            kind=str(data.get("kind", "")),
            reason=str(data.get("reason", "")),
            proof=str(data.get("proof", "")),
            amount=Decimal(data["amount"]),
            payee=str(data["payee"]),
            method=str(data.get("method", "")),
            paid_on=date.fromisoformat(data["paid_on"]),
            cashier=str(data.get("cashier", "")),
            cs_approval=str(data.get("cs_approval", "")),
            vp_approval=str(data.get("vp_approval", "")),
            note=str(data.get("note", "")),
            issued=datetime.fromisoformat(data["issued"]),
            letterhead={key: str(letterhead.get(key, "")) for key in LETTERHEAD_FIELDS},
        )


def kind_text(payment: Payment, liable: Liable) -> str:
    """赔偿（施工单位责任） / 赔偿（本公司责任） / 补偿."""
    if payment is Payment.LIABILITY:
        return f"{payment.label}（{liable.label}责任）"
    return payment.label


def proof_text(row: ComplaintPayment) -> str:
    """What backs a contractor's liability: 监理确认：…; "" for anything else."""
    if not needs_contractor_proof(Payment(row.payment), Liable(row.liable)):
        return ""
    if row.proof == ProofKind.NONE:
        return ProofKind.NONE.label
    label = ProofKind(row.proof).label
    return f"{label}：{row.proof_note}" if row.proof_note else label


def _stamp(session: Session, name: str, moment: datetime | None) -> str:
    if moment is None:
        return ""
    at = aware_utc(moment).astimezone(office_zone(session))
    return f"{name} {at:%Y-%m-%d %H:%M}".strip()


def current_facts(
    session: Session, row: ComplaintPayment, *, issued: datetime, note: str = ""
) -> CompensationFacts:
    """The facts as they would be printed now, from the payment and what it names. `issued`:
    the payment's moment (aware), `note`: the cashier's remark."""
    assert row.number is not None and row.paid_on is not None  # paid
    complaint = lookups.get(session, Complaint, row.complaint_id)
    project = lookups.get(session, Project, row.project_id)
    unit = ""
    if complaint.deal_id is not None:
        deal = lookups.get(session, Deal, complaint.deal_id)
        unit = lookups.unit_label(session, lookups.unit(session, deal.unit_id))
    names = staff_names(session, [row.cashier_id, row.cs_by_id, row.vp_by_id])
    values = get_settings(session)
    return CompensationFacts(
        code=payment_code(row.number),
        project=project.name,
        complaint=complaint_code(complaint.number),
        who=complaint.who,
        unit=unit,
        kind=kind_text(Payment(row.payment), Liable(row.liable)),
        reason=row.reason,
        proof=proof_text(row),
        amount=row.amount,
        payee=row.payee,
        method=row.method,
        paid_on=row.paid_on,
        cashier=names.get(row.cashier_id, "") if row.cashier_id is not None else "",
        cs_approval=_stamp(session, names.get(row.cs_by_id or 0, ""), row.cs_at),
        vp_approval=_stamp(session, names.get(row.vp_by_id or 0, ""), row.vp_at),
        note=note,
        issued=aware_utc(issued).astimezone(office_zone(session)).replace(tzinfo=None),
        letterhead={
            key: str(values.get(f"letterhead.{key}", "")).strip() for key in LETTERHEAD_FIELDS
        },
    )


def freeze(
    session: Session, row: ComplaintPayment, *, issued: datetime | None = None, note: str = ""
) -> CompensationFacts:
    """Store the voucher's facts unless already stored; return what is stored. Called when the
    cashier pays (with the moment and the remark); a voucher without facts is frozen at its
    first print, dated by its payment day."""
    if row.facts:
        return CompensationFacts.from_json(row.facts)
    if issued is None:
        assert row.paid_on is not None
        issued = datetime.combine(row.paid_on, time(), tzinfo=office_zone(session))
    facts = current_facts(session, row, issued=issued, note=note)
    row.facts = facts.to_json()
    return facts


__all__ = ["CompensationFacts", "current_facts", "freeze", "kind_text", "proof_text"]
