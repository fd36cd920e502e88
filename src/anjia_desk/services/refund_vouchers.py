"""Refund vouchers (退款凭证; issue 17, DOMAIN §8): the cashier pays a cancelled deal's money
back against numbered vouchers, finance confirms each one, and a voided voucher keeps its
number.

A voucher is paid only on an executed refund order (退定, 退房, 解约), for at most what the order
still owes the buyer (services.change_money: the amount due, less the vouchers not voided; the
one rule of core.change_actions.pay_refusal). The numbers are taken per
project one cashier after the other (services.numbering): the project's row is held from the
number to the end of the unit of work, so two cashiers paying on the same order at once cannot
both pay out the last yuan either. The paper's facts are frozen when the voucher is issued
(services.refund_voucher_facts). After each payment, confirmation or void the order is offered
to services.change_execute.maybe_close (closed once confirmed vouchers cover the amount due);
a void on a closed order opens it again (change_execute.reopen_if_owed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from anjia_desk.core.change_actions import pay_refusal
from anjia_desk.core.change_forms import VoucherForm, validate_voucher
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import ChangeOrder, RefundVoucher, User
from anjia_desk.db.types import aware_utc
from anjia_desk.services import change_execute, lookups
from anjia_desk.services.change_money import money_table
from anjia_desk.services.context import Actor
from anjia_desk.services.numbering import next_number
from anjia_desk.services.refund_voucher_facts import freeze, voucher_code
from anjia_desk.services.settings import office_today

__all__ = [
    "VoucherLine",
    "confirm_voucher",
    "pay_refund",
    "void_voucher",
    "voucher_code",
    "vouchers_of",
]

REASON_MAX = 200


@dataclass(frozen=True)
class VoucherLine:
    """One refund voucher as the order and the deal show it."""

    id: int
    number: int
    code: str  # "TK-000045"
    amount: Decimal
    payee: str
    method: str
    paid_on: date
    cashier_name: str
    note: str
    confirmed_at: datetime | None
    confirmed_by: str
    voided_at: datetime | None
    void_reason: str


def _order(session: Session, order_id: int) -> ChangeOrder:
    return lookups.get(session, ChangeOrder, order_id)


def _voucher(session: Session, voucher_id: int) -> RefundVoucher:
    return lookups.get(session, RefundVoucher, voucher_id)


def pay_refund(
    session: Session, actor: Actor, order_id: int, form: VoucherForm, *, now: datetime
) -> int:
    """退款: the cashier pays (part of) what an executed refund order owes and issues a numbered
    voucher; returns the voucher's id."""
    actor.require(Action.PAY_REFUNDS)
    order = _order(session, order_id)
    deal = lookups.deal(session, order.deal_id)
    today = office_today(session, now)
    # The number first: it holds the project's row, so a second cashier paying on this order
    # waits here and then reads this voucher in what is still to pay back.
    number = next_number(session, RefundVoucher.number, order.project_id)
    session.refresh(order)  # as it stands now that the project's row is ours
    facts = change_execute.order_facts(
        session, order, deal, money_table(session, order, deal, today=today)
    )
    why = pay_refusal(facts)
    if why:
        raise UserError(why)
    errors = validate_voucher(form, today=today, left=facts.due - facts.refunded)
    if errors:
        raise ValidationError(errors)
    voucher = RefundVoucher(
        project_id=order.project_id,
        number=number,
        order_id=order.id,
        deal_id=order.deal_id,
        payee=clean_name(form.payee),
        amount=form.amount,
        method=clean_name(form.method),
        paid_on=form.paid_on or today,
        cashier_id=actor.user_id,
        note=clean_note(form.note),
    )
    session.add(voucher)
    session.flush()
    freeze(session, voucher)  # what its paper says, now and on every reprint
    change_execute.maybe_close(session, order, aware_utc(now))
    session.flush()
    return voucher.id


def confirm_voucher(session: Session, actor: Actor, voucher_id: int, *, now: datetime) -> None:
    """财务确认: finance checks the money went out."""
    actor.require(Action.CONFIRM_REFUNDS)
    voucher = _voucher(session, voucher_id)
    code = voucher_code(voucher.number)
    if voucher.voided_at is not None:
        raise UserError(f"退款凭证 {code} 已作废，不能确认")
    if voucher.confirmed_at is not None:
        raise UserError(f"退款凭证 {code} 已经确认过")
    moment = aware_utc(now)
    voucher.confirmed_at = moment
    voucher.confirmed_by_id = actor.user_id
    change_execute.maybe_close(session, _order(session, voucher.order_id), moment)
    session.flush()


def void_voucher(
    session: Session, actor: Actor, voucher_id: int, *, reason: str, now: datetime
) -> None:
    """作废: the number stays used and the amount is owed to the buyer again (a closed order is
    open again)."""
    actor.require(Action.PAY_REFUNDS)
    text = clean_note(reason)
    if not text:
        raise ValidationError({"reason": "请填写原因"})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": f"原因不能超过{REASON_MAX}个字"})
    voucher = _voucher(session, voucher_id)
    code = voucher_code(voucher.number)
    order = _order(session, voucher.order_id)
    if voucher.voided_at is not None:
        raise UserError(f"退款凭证 {code} 已作废")
    moment = aware_utc(now)
    # Claim the row first: of two cashiers voiding the same voucher at once, the second finds
    # it voided here (the database decides).
    claimed = session.execute(
        update(RefundVoucher)
        .where(RefundVoucher.id == voucher.id, RefundVoucher.voided_at.is_(None))
        .values(voided_at=moment)
        .execution_options(synchronize_session=False)
    )
    if not getattr(claimed, "rowcount", 0):
        raise ConflictError(f"退款凭证 {code} 刚被其他人作废，请刷新后再看")
    voucher.voided_at = moment
    voucher.voided_by_id = actor.user_id
    voucher.void_reason = text
    change_execute.reopen_if_owed(session, order)
    change_execute.maybe_close(session, order, moment)
    session.flush()


def vouchers_of(session: Session, order_id: int) -> list[VoucherLine]:
    """The order's vouchers, by number (voided ones too: history)."""
    cashier, confirmer = aliased(User), aliased(User)
    rows = session.execute(
        select(RefundVoucher, cashier.display_name, confirmer.display_name)
        .outerjoin(cashier, cashier.id == RefundVoucher.cashier_id)
        .outerjoin(confirmer, confirmer.id == RefundVoucher.confirmed_by_id)
        .where(RefundVoucher.order_id == order_id)
        .order_by(RefundVoucher.number)
    )
    return [
        VoucherLine(
            id=v.id,
            number=v.number,
            code=voucher_code(v.number),
            amount=v.amount,
            payee=v.payee,
            method=v.method,
            paid_on=v.paid_on,
            cashier_name=cashier_name or "",
            note=v.note,
            confirmed_at=v.confirmed_at,
            confirmed_by=confirmed_by or "",
            voided_at=v.voided_at,
            void_reason=v.void_reason,
        )
        for v, cashier_name, confirmed_by in rows
    ]
