"""A deal's receipts as plain lines (DOMAIN §5 Money): the printed number and one query joining
cashier, confirmer, installment and the receipt a reissue replaced. Read by the deal page
(services/deal_queries.py) and the cashier's lists (services/payments.py); no permission check.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from anjia_desk.core.deals import Nature
from anjia_desk.db.models import Installment, Receipt, User
from anjia_desk.services.deal_views import ReceiptLine


def receipt_code(number: int) -> str:
    """The printed receipt number: 123 → "SJ-000123"."""
    return f"SJ-{number:06d}"


def _lines_statement() -> Select[*tuple[Any, ...]]:
    cashier = aliased(User)
    confirmer = aliased(User)
    original = aliased(Receipt)
    return (
        select(
            Receipt.id,
            Receipt.number,
            Receipt.nature,
            Receipt.amount,
            Receipt.payer,
            Receipt.method,
            Receipt.paid_on,
            cashier.display_name,
            Installment.name,
            Receipt.voided_at,
            Receipt.void_reason,
            original.number,
            Receipt.confirmed_at,
            confirmer.display_name,
        )
        .select_from(Receipt)
        .outerjoin(cashier, cashier.id == Receipt.cashier_id)
        .outerjoin(confirmer, confirmer.id == Receipt.confirmed_by_id)
        .outerjoin(Installment, Installment.id == Receipt.installment_id)
        .outerjoin(original, original.id == Receipt.reissue_of_id)
    )


def receipt_lines(session: Session, *where: ColumnElement[bool]) -> list[ReceiptLine]:
    """The receipts matching `where` as ReceiptLines, newest number first (no permission check:
    for services that already checked theirs, e.g. a deal's detail)."""
    statement = _lines_statement().where(*where).order_by(Receipt.project_id, Receipt.number.desc())
    return [
        ReceiptLine(
            id=rid,
            number=number,
            code=receipt_code(number),
            nature=Nature(nature),
            amount=amount,
            payer=payer,
            method=method,
            paid_on=paid_on,
            cashier_name=cashier or "",
            installment_name=installment or ("认筹金" if nature == Nature.QUEUE else ""),
            voided_at=voided_at,
            void_reason=void_reason,
            reissue_of_number=reissue_of,
            confirmed_at=confirmed_at,
            confirmed_by=confirmed_by or "",
        )
        for (
            rid,
            number,
            nature,
            amount,
            payer,
            method,
            paid_on,
            cashier,
            installment,
            voided_at,
            void_reason,
            reissue_of,
            confirmed_at,
            confirmed_by,
        ) in session.execute(statement)
    ]
