"""Money received (DOMAIN §5 Money): the cashier's receipts, voids, reissues and 退筹; finance's
confirmation. Receipts are numbered in sequence per project and a void keeps its number."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.deal_forms import PaymentForm, validate_payment
from anjia_desk.core.deal_rules import is_cancelled
from anjia_desk.core.deals import HoldKind, Nature, TicketStatus
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.money import yuan
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import (
    Deal,
    Installment,
    Project,
    QueueTicket,
    Receipt,
    Unit,
    UnitHold,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import sees_own_deals_only
from anjia_desk.services.deal_views import ReceiptLine
from anjia_desk.services.numbering import next_number
from anjia_desk.services.receipt_facts import freeze
from anjia_desk.services.receipt_lines import receipt_code, receipt_lines
from anjia_desk.services.settings import office_today
from anjia_desk.services.unit_status import set_unit_status

REASON_MAX = 200


def _next_number(session: Session, project_id: int) -> int:
    """The project's next receipt number (voided receipts keep theirs): taken one cashier after
    the other however many PCs issue receipts at once (services.numbering)."""
    return next_number(session, Receipt.number, project_id)


def _reason(reason: str) -> str:
    text = clean_note(reason)  # no control or direction characters (issue 14)
    if not text:
        raise ValidationError({"reason": "请填写原因"})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": f"原因不能超过{REASON_MAX}个字"})
    return text


def _received_on_ticket(session: Session, ticket_id: int, *natures: Nature) -> Decimal:
    """What the ticket's receipts not voided add up to: of the natures given (认筹金, 订金/诚意金),
    or of every nature when none is given."""
    where = [Receipt.ticket_id == ticket_id, Receipt.voided_at.is_(None)]
    if natures:
        where.append(Receipt.nature.in_([n.value for n in natures]))
    total = session.scalar(select(func.sum(Receipt.amount)).where(*where))
    return total if total is not None else Decimal(0)


def record_payment(
    session: Session,
    actor: Actor,
    *,
    amount: Decimal,
    nature: Nature,
    payer: str,
    method: str,
    paid_on: date | None = None,
    deal_id: int | None = None,
    ticket_id: int | None = None,
    installment_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """Issue a receipt for money received on a deal's installment or on a 认筹 ticket; returns
    the receipt's id.

    订金/诚意金 (Nature.ADVANCE, issue 17) is an advance payment returned in full: taken on a
    ticket beside its 认筹金 (not counted into it, not turned into 定金 at 认购: it moves to the
    deal with its nature), or on a deal outside its plan (no installment; it does not reduce what
    the plan owes)."""
    actor.require(Action.RECORD_PAYMENTS)
    if (deal_id is None) == (ticket_id is None):
        raise UserError("收款须对应一笔交易或一个认筹号（二者选一）")
    today = office_today(session, now)
    form = PaymentForm(amount=amount, payer=payer, method=method, paid_on=paid_on, note=note)
    errors = validate_payment(form, today=today)
    if errors:
        raise ValidationError(errors)
    paid_on = paid_on or today
    payer, method, note = clean_name(payer), clean_name(method), clean_note(note)

    installment: Installment | None = None
    if ticket_id is not None:
        ticket = lookups.ticket(session, ticket_id)
        project_id, customer_id = ticket.project_id, ticket.customer_id
        _check_ticket_payment(session, ticket, nature, amount, today)
    else:
        assert deal_id is not None
        deal = lookups.deal(session, deal_id)
        if is_cancelled(deal.stage, deal.cancelled_at):
            raise UserError("该交易已取消，不能再收款")
        project_id, customer_id = deal.project_id, deal.customer_id
        if nature is Nature.ADVANCE:
            if installment_id is not None:
                raise ValidationError({"installment": "订金/诚意金不计入付款计划，不选付款节点"})
        else:
            installment = _installment_for(session, deal, nature, installment_id)
            left = installment.amount - installment.paid
            errors = validate_payment(form, today=today, left=left)
            if errors:
                raise ValidationError(errors)
            installment.paid = installment.paid + amount
            if installment.paid == installment.amount:
                installment.settled_on = paid_on

    moment = aware_utc(now)
    receipt = Receipt(
        project_id=project_id,
        number=_next_number(session, project_id),
        customer_id=customer_id,
        deal_id=deal_id,
        ticket_id=ticket_id,
        installment_id=installment.id if installment is not None else None,
        payer=payer,
        nature=nature.value,
        amount=amount,
        method=method,
        paid_on=paid_on,
        cashier_id=actor.user_id,
        note=note,
        created_at=moment,
        updated_at=moment,
    )
    session.add(receipt)
    session.flush()
    freeze(session, receipt)  # what its paper says, now and on every reprint
    session.flush()
    return receipt.id


def _check_ticket_payment(
    session: Session, ticket: QueueTicket, nature: Nature, amount: Decimal, today: date
) -> None:
    if nature not in (Nature.QUEUE, Nature.ADVANCE):
        raise ValidationError({"nature": "认筹号只能收取认筹金或订金/诚意金"})
    if ticket.status != TicketStatus.ACTIVE:
        status = TicketStatus(ticket.status).label
        raise UserError(f"第 {ticket.number} 号认筹{status}，不能再收款")
    project = session.get(Project, ticket.project_id)
    assert project is not None
    if project.permit_date is None or project.permit_date > today:
        when = f"（许可日期 {project.permit_date.isoformat()}）" if project.permit_date else ""
        raise UserError(f"项目尚未取得预售许可{when}，不能收取{nature.label}")
    if nature is Nature.ADVANCE:
        return  # beside the 认筹金, not counted into it: no cap but the form's
    left = ticket.amount - _received_on_ticket(session, ticket.id, Nature.QUEUE)
    if amount > left:
        raise ValidationError({"amount": f"超过该认筹号未收认筹金 {yuan(left)}元"})


def _installment_for(
    session: Session, deal: Deal, nature: Nature, installment_id: int | None
) -> Installment:
    """The installment a deal's payment goes to: the one given, or the first one of that nature
    still outstanding."""
    if nature is Nature.QUEUE:
        raise ValidationError({"nature": "认筹金只能收在认筹号上"})
    if installment_id is not None:
        installment = session.get(Installment, installment_id)
        if installment is None or installment.deal_id != deal.id:
            raise ValidationError({"installment": "该付款节点不属于这笔交易"})
        if installment.nature != nature:
            expected = Nature(installment.nature).label
            raise ValidationError({"nature": f"款项性质与付款节点不符（应为{expected}）"})
        return installment
    found = session.scalars(
        select(Installment)
        .where(
            Installment.deal_id == deal.id,
            Installment.nature == nature.value,
            Installment.paid < Installment.amount,
        )
        .order_by(Installment.seq)
        .limit(1)
    ).first()
    if found is None:
        raise ValidationError({"installment": f"这笔交易没有未付清的{nature.label}节点"})
    return found


def _void(session: Session, receipt: Receipt, actor: Actor, reason: str, moment: datetime) -> None:
    if receipt.voided_at is not None:
        raise UserError(f"收据 {receipt_code(receipt.number)} 已作废")
    # Claim the row first: of two cashiers voiding or reissuing the same receipt at once, the
    # second finds it voided here (the database decides) instead of issuing a second copy.
    claimed = session.execute(
        update(Receipt)
        .where(Receipt.id == receipt.id, Receipt.voided_at.is_(None))
        .values(updated_at=moment)
        .execution_options(synchronize_session=False)
    )
    if not getattr(claimed, "rowcount", 0):
        raise ConflictError(
            f"收据 {receipt_code(receipt.number)} 刚被其他人作废或重开，请刷新后再看"
        )
    receipt.voided_at = moment
    receipt.void_reason = reason
    receipt.voided_by_id = actor.user_id


def void_receipt(
    session: Session, actor: Actor, receipt_id: int, *, reason: str, now: datetime | None = None
) -> None:
    """作废: the number stays used; the installment it paid is owed again. A receipt finance has
    confirmed may be voided too (finance then sees it voided)."""
    actor.require(Action.RECORD_PAYMENTS)
    text = _reason(reason)
    receipt = lookups.receipt(session, receipt_id)
    _void(session, receipt, actor, text, aware_utc(now))
    if receipt.installment_id is not None:
        installment = session.get(Installment, receipt.installment_id)
        assert installment is not None
        installment.paid = installment.paid - receipt.amount
        installment.settled_on = None
    session.flush()


def reissue_receipt(
    session: Session, actor: Actor, receipt_id: int, *, reason: str, now: datetime | None = None
) -> int:
    """重开: void the receipt and issue a new one (new number, `reissue_of_id`) with the same money
    facts; what the installment has been paid does not change. Returns the new receipt's id."""
    actor.require(Action.RECORD_PAYMENTS)
    text = _reason(reason)
    old = lookups.receipt(session, receipt_id)
    moment = aware_utc(now)
    _void(session, old, actor, text, moment)
    new = Receipt(
        project_id=old.project_id,
        number=_next_number(session, old.project_id),
        customer_id=old.customer_id,
        deal_id=old.deal_id,
        ticket_id=old.ticket_id,
        installment_id=old.installment_id,
        payer=old.payer,
        nature=old.nature,
        amount=old.amount,
        method=old.method,
        paid_on=old.paid_on,
        cashier_id=actor.user_id,
        note=old.note,
        reissue_of_id=old.id,
        created_at=moment,
        updated_at=moment,
    )
    session.add(new)
    session.flush()
    freeze(session, new)
    session.flush()
    return new.id


def confirm_receipt(
    session: Session, actor: Actor, receipt_id: int, *, now: datetime | None = None
) -> None:
    """财务确认: finance checks the money arrived."""
    actor.require(Action.CONFIRM_RECEIPTS)
    receipt = lookups.receipt(session, receipt_id)
    code = receipt_code(receipt.number)
    if receipt.voided_at is not None:
        raise UserError(f"收据 {code} 已作废，不能确认")
    if receipt.confirmed_at is not None:
        raise UserError(f"收据 {code} 已经确认过")
    receipt.confirmed_at = aware_utc(now)
    receipt.confirmed_by_id = actor.user_id
    session.flush()


def refund_ticket(
    session: Session, actor: Actor, ticket_id: int, *, reason: str, now: datetime | None = None
) -> Decimal:
    """退筹: an active ticket is closed as refunded and the whole 认筹金 received on it — and any
    订金/诚意金 taken with it — is returned (the amount to pay back). Its receipts stay as they are
    (history); a unit chosen with it at 开盘选房 is released."""
    actor.require(Action.RECORD_PAYMENTS)
    text = _reason(reason)
    ticket = lookups.ticket(session, ticket_id)
    if ticket.status != TicketStatus.ACTIVE:
        status = TicketStatus(ticket.status).label
        raise UserError(f"第 {ticket.number} 号认筹{status}，不能退筹")
    moment = aware_utc(now)
    refund = _received_on_ticket(session, ticket.id)
    ticket.status = TicketStatus.REFUNDED
    ticket.closed_at = moment
    ticket.closed_by_id = actor.user_id
    ticket.void_reason = text
    holds = session.scalars(
        select(UnitHold).where(
            UnitHold.ticket_id == ticket.id,
            UnitHold.kind == HoldKind.CHOICE.value,
            UnitHold.released_at.is_(None),
        )
    )
    for hold in holds:
        hold.released_at = moment
        hold.release_reason = "退筹"
        unit = session.get(Unit, hold.unit_id)
        assert unit is not None
        set_unit_status(session, unit)
    session.flush()
    return refund


# --- reading


def _may_read(actor: Actor) -> None:
    actor.require_any(
        Action.VIEW_DEALS, Action.RECORD_PAYMENTS, Action.CONFIRM_RECEIPTS, label="查看收据"
    )


def _own_only(actor: Actor) -> list[ColumnElement[bool]]:
    """A consultant sees the receipts of the deals they sold, nothing else."""
    if not sees_own_deals_only(actor):
        return []
    return [Receipt.deal_id.in_(select(Deal.id).where(Deal.consultant_id == actor.user_id))]


def receipt_view(session: Session, actor: Actor, receipt_id: int) -> ReceiptLine:
    _may_read(actor)
    lines = receipt_lines(session, Receipt.id == receipt_id, *_own_only(actor))
    if not lines:
        raise lookups.not_found(Receipt, receipt_id)
    return lines[0]


def list_receipts(
    session: Session,
    actor: Actor,
    *,
    project_id: int | None = None,
    text: str = "",
    day_from: date | None = None,
    day_to: date | None = None,
) -> list[ReceiptLine]:
    """Receipts, newest number first; `text` matches the payer or the number ("123", "SJ-000123");
    the days bound 交款日期 (inclusive)."""
    _may_read(actor)
    where: list[ColumnElement[bool]] = _own_only(actor)
    if project_id is not None:
        where.append(Receipt.project_id == project_id)
    if day_from is not None:
        where.append(Receipt.paid_on >= day_from)
    if day_to is not None:
        where.append(Receipt.paid_on <= day_to)
    needle = text.strip()
    if needle:
        matches: list[ColumnElement[bool]] = [Receipt.payer.contains(needle, autoescape=True)]
        digits = needle.upper().removeprefix("SJ-").removeprefix("SJ")
        if digits.isdigit():
            matches.append(Receipt.number == int(digits))
        where.append(or_(*matches))
    return receipt_lines(session, *where)
