"""What a deal's page shows beside the plan (issue 17): 订金/诚意金 taken outside it, and the
money that went back by refund voucher — the vouchers not voided, and of them those finance
confirmed — so the deal's paid totals follow the money out."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature
from anjia_desk.db.models import RefundVoucher
from anjia_desk.services.deal_views import ReceiptLine

ZERO = Decimal("0.00")


def advance_of(receipts: list[ReceiptLine]) -> Decimal:
    """订金/诚意金 received on the deal (receipts not voided): outside the plan."""
    live = (r.amount for r in receipts if r.voided_at is None and r.nature is Nature.ADVANCE)
    return sum(live, ZERO)


def refunded_on_deal(session: Session, deal_id: int) -> tuple[Decimal, Decimal]:
    """(paid back, of it confirmed by finance): the deal's refund vouchers not voided."""
    refunded, confirmed = session.execute(
        select(
            func.sum(RefundVoucher.amount),
            func.sum(RefundVoucher.amount).filter(RefundVoucher.confirmed_at.is_not(None)),
        ).where(RefundVoucher.deal_id == deal_id, RefundVoucher.voided_at.is_(None))
    ).one()
    return Decimal(refunded or 0) + ZERO, Decimal(confirmed or 0) + ZERO
