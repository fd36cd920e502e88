"""Money paid because of a complaint (issue 18, DOMAIN §9): 赔偿 (liability) or 补偿 (goodwill),
requested while the solution is executed, approved by amount and liability, paid by the cashier
against a numbered 赔付凭证 and confirmed by finance — like any money out.

Who approves is core.complaints.approvers over the limits in settings (投诉赔付审批): a
contractor's liability up to its limit (¥20,000) by the customer-service manager, above it the
vice president too, and only with the contractor's written acknowledgement or the supervising
engineer's (监理) confirmation recorded; the company's liability and any 补偿 up to the company's
limit (¥10,000) by the customer-service manager, above it the vice president too. Each approver
signs their own side (complaint_base.payment_state: `waiting`); either may reject while waiting.

The cashier pays an approved request: the voucher's number is taken per project one cashier after
the other (services.numbering: gap-free, the project's row held to the end of the unit of work,
so two cashiers cannot pay the same request twice), and the paper's facts are frozen then
(services.compensation_facts). A void keeps its number on its row, which stays as history; the
request goes back to the cashier as a new row carrying the same approvals, so the money can be
paid again under the next number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import EventKind, ProofKind, complaint_code, payment_code
from anjia_desk.core.complaint_money_forms import (
    PayForm,
    PaymentForm,
    validate_pay,
    validate_payment,
)
from anjia_desk.core.complaints import Liable, Payment, approvers, needs_contractor_proof
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.money import yuan
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import Complaint, ComplaintPayment
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, lookups
from anjia_desk.services.compensation_facts import freeze, kind_text
from anjia_desk.services.complaint_base import (
    PaymentState,
    add_event,
    get_complaint,
    limits,
    payment_state,
    payments_of,
    reason_text,
    require_action,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.numbering import next_number
from anjia_desk.services.settings import office_today

__all__ = [
    "PaymentLine",
    "approve_payment",
    "confirm_payment",
    "pay_payment",
    "payment_lines",
    "reject_payment",
    "request_payment",
    "void_payment",
    "waiting_for",
]

#: The stored reasons of a rejection and a void (ComplaintPayment: String(200)).
REASON_MAX = 200


@dataclass(frozen=True)
class PaymentLine:
    """One request as the complaint window lists it, with where it stands. `needs`: who must
    approve; `waiting`: of those, who has not yet (the window offers 审批 to a user holding one
    of them). A voided voucher is its own line (history); its money waits on a newer line."""

    id: int
    payment: Payment
    liable: Liable
    kind: str  # 赔偿（施工单位责任） / 补偿
    amount: Decimal
    reason: str
    proof: ProofKind
    proof_note: str
    requested_at: datetime
    requested_by: str
    needs: tuple[Role, ...]
    waiting: tuple[Role, ...]
    cs_at: datetime | None
    cs_by: str
    vp_at: datetime | None
    vp_by: str
    rejected_at: datetime | None
    rejected_by: str
    reject_reason: str
    number: int | None
    code: str  # "PC-000003"; "" before the cashier pays
    payee: str
    method: str
    paid_on: date | None
    cashier: str
    confirmed_at: datetime | None
    confirmed_by: str
    voided_at: datetime | None
    void_reason: str
    state: PaymentState

    @property
    def status(self) -> str:
        """Where it stands, in words: 待分管副总审批, 已支付，待财务确认…"""
        return self.state.label


def _payment(session: Session, payment_id: int) -> ComplaintPayment:
    return lookups.get(session, ComplaintPayment, payment_id)


def _state(session: Session, row: ComplaintPayment) -> PaymentState:
    return payment_state(row, *limits(session))


def _what(row: ComplaintPayment) -> str:
    """补偿 5,000.00元 / 赔偿 25,000.00元（PC-000003）."""
    code = f"（{payment_code(row.number)}）" if row.number is not None else ""
    return f"{Payment(row.payment).label} {yuan(row.amount)}元{code}"


def _sides(actor: Actor, state: PaymentState) -> tuple[Role, ...]:
    """The waiting sides the actor may sign (the system administrator signs them all)."""
    return tuple(r for r in state.waiting if actor.is_system or r in actor.roles)


def _claim(
    session: Session,
    row: ComplaintPayment,
    values: dict[str, object],
    *conditions: ColumnElement[bool],
) -> None:
    """Write `values` only if the row still meets `conditions` (of two people acting on the same
    request at once, the second finds it done: the database decides)."""
    result = session.execute(
        update(ComplaintPayment)
        .where(ComplaintPayment.id == row.id, *conditions)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if not getattr(result, "rowcount", 0):
        raise ConflictError(f"赔付 {_what(row)} 刚被其他人处理过，请刷新后再看")
    for key, value in values.items():
        setattr(row, key, value)


def _record(
    session: Session,
    actor: Actor,
    complaint: Complaint,
    row: ComplaintPayment,
    kind: EventKind,
    at: datetime,
    text: str,
    action: str = "update",
) -> None:
    """The history line and the case's audit entry (the row's own changes are audited by the
    session: db.auditing)."""
    add_event(session, complaint, kind, actor, at, text)
    summary = f"{text}（投诉 {complaint_code(complaint.number)}，赔付 #{row.id}）"
    audit.record(session, actor, action, "complaints", complaint.id, summary)


def request_payment(
    session: Session, actor: Actor, complaint_id: int, form: PaymentForm, *, now: datetime
) -> int:
    """申请赔偿/补偿 while the solution is executed (REQUEST_PAYMENT: those who handle
    complaints). A contractor's liability needs its proof (ValidationError({"proof": …})); the
    proof of anything else is not kept. Returns the request's id; it waits for the approvers
    core.complaints.approvers names under the settings' limits."""
    complaint = get_complaint(session, complaint_id)
    require_action(session, actor, complaint, ComplaintAction.REQUEST_PAYMENT)
    errors = validate_payment(form)
    if errors:
        raise ValidationError(errors)
    proof = needs_contractor_proof(form.payment, form.liable)
    moment = aware_utc(now)
    row = ComplaintPayment(
        complaint_id=complaint.id,
        project_id=complaint.project_id,
        payment=form.payment,
        liable=form.liable,
        amount=form.amount,
        reason=clean_note(form.reason),
        proof=form.proof if proof else ProofKind.NONE,
        proof_note=clean_name(form.proof_note) if proof else "",
        requested_at=moment,
        requested_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    contractor_limit, company_limit = limits(session)
    needs = approvers(
        form.payment,
        form.liable,
        form.amount,
        contractor_limit=contractor_limit,
        company_limit=company_limit,
    )
    who = "、".join(r.label for r in needs)
    what = f"{kind_text(form.payment, form.liable)} {yuan(form.amount)}元"
    text = f"申请{what}：{row.reason}；待{who}审批"
    _record(session, actor, complaint, row, EventKind.PAY_REQUESTED, moment, text)
    session.flush()
    return row.id


_SIGNED: dict[Role, tuple[InstrumentedAttribute[datetime | None], str, str]] = {
    Role.CS_MANAGER: (ComplaintPayment.cs_at, "cs_at", "cs_by_id"),
    Role.VICE_PRESIDENT: (ComplaintPayment.vp_at, "vp_at", "vp_by_id"),
}


def _for_approver(
    session: Session, actor: Actor, payment_id: int, action: ComplaintAction
) -> tuple[ComplaintPayment, Complaint, tuple[Role, ...]]:
    """The request, its complaint and the sides the actor signs; refused as the window would."""
    actor.require(Action.APPROVE_COMPENSATION)
    row = _payment(session, payment_id)
    complaint = get_complaint(session, row.complaint_id)
    require_action(session, actor, complaint, action)
    state = _state(session, row)
    if state.rejected:
        raise UserError(f"赔付 {_what(row)} 已驳回")
    if not state.waiting:
        raise UserError(f"赔付 {_what(row)} 已审批完毕")
    sides = _sides(actor, state)
    if not sides:
        who = "、".join(r.label for r in state.waiting)
        raise UserError(f"赔付 {_what(row)} 等待{who}审批，不在您的审批范围")
    return row, complaint, sides


def approve_payment(session: Session, actor: Actor, payment_id: int, *, now: datetime) -> None:
    """审批赔付 (APPROVE_COMPENSATION): the actor signs every side of the request that is
    waiting and that their roles hold — the customer-service manager theirs, the vice president
    theirs (needed above the limit); neither signs the other's."""
    row, complaint, sides = _for_approver(
        session, actor, payment_id, ComplaintAction.APPROVE_PAYMENT
    )
    moment = aware_utc(now)
    for role in sides:
        column, at_key, by_key = _SIGNED[role]
        _claim(
            session,
            row,
            {at_key: moment, by_key: actor.user_id},
            column.is_(None),
            ComplaintPayment.rejected_at.is_(None),
        )
    left = _state(session, row).waiting
    signed = "、".join(r.label for r in sides)
    then = f"，待{'、'.join(r.label for r in left)}审批" if left else "，待出纳支付"
    text = f"{signed}审批通过{_what(row)}{then}"
    _record(session, actor, complaint, row, EventKind.PAY_APPROVED, moment, text)
    session.flush()


def reject_payment(
    session: Session, actor: Actor, payment_id: int, *, reason: str, now: datetime
) -> None:
    """驳回赔付 (APPROVE_COMPENSATION) while the actor's side waits, with a reason: a rejected
    request is never paid (a new request may be made)."""
    text = reason_text(reason, "驳回原因")
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": f"驳回原因不能超过{REASON_MAX}个字"})
    row, complaint, sides = _for_approver(
        session, actor, payment_id, ComplaintAction.REJECT_PAYMENT
    )
    moment = aware_utc(now)
    column = _SIGNED[sides[0]][0]
    values: dict[str, object] = {
        "rejected_at": moment,
        "rejected_by_id": actor.user_id,
        "reject_reason": text,
    }
    _claim(session, row, values, column.is_(None), ComplaintPayment.rejected_at.is_(None))
    line = f"{'、'.join(r.label for r in sides)}驳回{_what(row)}：{text}"
    _record(session, actor, complaint, row, EventKind.PAY_REJECTED, moment, line, "reject")
    session.flush()


def pay_payment(
    session: Session, actor: Actor, payment_id: int, form: PayForm, *, now: datetime
) -> int:
    """支付赔付 (the cashier, PAY_REFUNDS): pays an approved request and issues the numbered
    赔付凭证; returns its number (PC-%06d, per project, gap-free). The paper's facts — the
    cashier's note among them — are frozen now."""
    actor.require(Action.PAY_REFUNDS)
    row = _payment(session, payment_id)
    complaint = get_complaint(session, row.complaint_id)
    require_action(session, actor, complaint, ComplaintAction.PAY)
    today = office_today(session, now)
    errors = validate_pay(form, today=today)
    if errors:
        raise ValidationError(errors)
    # The number first: it holds the project's row, so a second cashier paying this request
    # waits here and then finds it paid.
    number = next_number(session, ComplaintPayment.number, row.project_id)  # type: ignore[arg-type]
    session.refresh(row)
    state = _state(session, row)
    if state.rejected:
        raise UserError(f"赔付 {_what(row)} 已驳回，不能支付")
    if state.voided:
        raise UserError(f"赔付凭证 {_what(row)} 已作废；请支付作废时重新生成的待付赔付")
    if state.waiting:
        who = "、".join(r.label for r in state.waiting)
        raise UserError(f"赔付 {_what(row)} 还需{who}审批，不能支付")
    if row.number is not None:
        raise UserError(f"赔付 {_what(row)} 已经支付")
    moment = aware_utc(now)
    row.number = number
    row.payee = clean_name(form.payee)
    row.method = clean_name(form.method)
    row.paid_on = form.paid_on
    row.cashier_id = actor.user_id
    session.flush()
    freeze(session, row, issued=moment, note=clean_note(form.note))  # what its paper says
    text = f"出纳支付{_what(row)}，收款人 {row.payee}（{row.method}）"
    _record(session, actor, complaint, row, EventKind.PAID, moment, text)
    session.flush()
    return number


def confirm_payment(session: Session, actor: Actor, payment_id: int, *, now: datetime) -> None:
    """财务确认赔付 (CONFIRM_REFUNDS): finance checks the money went out."""
    actor.require(Action.CONFIRM_REFUNDS)
    row = _payment(session, payment_id)
    complaint = get_complaint(session, row.complaint_id)
    require_action(session, actor, complaint, ComplaintAction.CONFIRM_PAYMENT)
    if row.number is None:
        raise UserError(f"赔付 {_what(row)} 尚未支付，不能确认")
    if row.voided_at is not None:
        raise UserError(f"赔付凭证 {_what(row)} 已作废，不能确认")
    if row.confirmed_at is not None:
        raise UserError(f"赔付凭证 {_what(row)} 已经确认过")
    moment = aware_utc(now)
    values: dict[str, object] = {"confirmed_at": moment, "confirmed_by_id": actor.user_id}
    _claim(
        session,
        row,
        values,
        ComplaintPayment.confirmed_at.is_(None),
        ComplaintPayment.voided_at.is_(None),
    )
    text = f"财务确认{_what(row)}"
    _record(session, actor, complaint, row, EventKind.PAY_CONFIRMED, moment, text)
    session.flush()


def void_payment(
    session: Session, actor: Actor, payment_id: int, *, reason: str, now: datetime
) -> int:
    """作废赔付凭证 (the cashier, PAY_REFUNDS), with a reason: the voucher keeps its number and
    stays as history; the request goes back to the cashier as a new row with the same
    approvals. Returns that new row's id (pay it with pay_payment)."""
    text = reason_text(reason, "作废原因")
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": f"作废原因不能超过{REASON_MAX}个字"})
    actor.require(Action.PAY_REFUNDS)
    row = _payment(session, payment_id)
    complaint = get_complaint(session, row.complaint_id)
    require_action(session, actor, complaint, ComplaintAction.VOID_PAYMENT)
    if row.number is None:
        raise UserError(f"赔付 {_what(row)} 尚未支付，没有凭证可作废")
    if row.voided_at is not None:
        raise UserError(f"赔付凭证 {_what(row)} 已作废")
    moment = aware_utc(now)
    values: dict[str, object] = {
        "voided_at": moment,
        "voided_by_id": actor.user_id,
        "void_reason": text,
    }
    _claim(session, row, values, ComplaintPayment.voided_at.is_(None))
    again = ComplaintPayment(
        complaint_id=row.complaint_id,
        project_id=row.project_id,
        payment=row.payment,
        liable=row.liable,
        amount=row.amount,
        reason=row.reason,
        proof=row.proof,
        proof_note=row.proof_note,
        requested_at=row.requested_at,
        requested_by_id=row.requested_by_id,
        cs_at=row.cs_at,
        cs_by_id=row.cs_by_id,
        vp_at=row.vp_at,
        vp_by_id=row.vp_by_id,
    )
    session.add(again)
    session.flush()
    line = f"作废赔付凭证{_what(row)}：{text}；款项重新待出纳支付"
    _record(session, actor, complaint, row, EventKind.PAY_VOIDED, moment, line)
    session.flush()
    return again.id


def payment_lines(session: Session, complaint_id: int) -> list[PaymentLine]:
    """The complaint's requests in the order they were made (rejected and voided ones too:
    history), each with where it stands under today's limits."""
    rows = payments_of(session, complaint_id)
    contractor_limit, company_limit = limits(session)
    names = staff_names(
        session,
        [
            i
            for p in rows
            for i in (
                p.requested_by_id,
                p.cs_by_id,
                p.vp_by_id,
                p.rejected_by_id,
                p.cashier_id,
                p.confirmed_by_id,
            )
        ],
    )

    def name(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else ""

    lines = []
    for p in rows:
        state = payment_state(p, contractor_limit, company_limit)
        lines.append(
            PaymentLine(
                id=p.id,
                payment=Payment(p.payment),
                liable=Liable(p.liable),
                kind=kind_text(Payment(p.payment), Liable(p.liable)),
                amount=p.amount,
                reason=p.reason,
                proof=ProofKind(p.proof),
                proof_note=p.proof_note,
                requested_at=p.requested_at,
                requested_by=name(p.requested_by_id),
                needs=state.needs,
                waiting=() if state.rejected else state.waiting,
                cs_at=p.cs_at,
                cs_by=name(p.cs_by_id),
                vp_at=p.vp_at,
                vp_by=name(p.vp_by_id),
                rejected_at=p.rejected_at,
                rejected_by=name(p.rejected_by_id),
                reject_reason=p.reject_reason,
                number=p.number,
                code=payment_code(p.number) if p.number is not None else "",
                payee=p.payee,
                method=p.method,
                paid_on=p.paid_on,
                cashier=name(p.cashier_id),
                confirmed_at=p.confirmed_at,
                confirmed_by=name(p.confirmed_by_id),
                voided_at=p.voided_at,
                void_reason=p.void_reason,
                state=state,
            )
        )
    return lines


def waiting_for(session: Session, actor: Actor, complaint_id: int) -> list[int]:
    """The ids of the complaint's requests waiting for a side the actor signs."""
    return [
        line.id
        for line in payment_lines(session, complaint_id)
        if not line.state.rejected and not line.state.voided and _sides(actor, line.state)
    ]
