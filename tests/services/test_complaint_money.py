"""Money paid because of a complaint (issue 18, DOMAIN §9): 赔偿/补偿 approved by amount and
liability under the settings' limits (thresholds × roles × liability), a contractor's liability
only with its proof, the cashier's gap-free numbered voucher per project, finance's confirmation,
a void that keeps its number while the money can be paid again, a rejected request never paid.
The complaints are made with the models (the intake service is written in parallel)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_kinds import ComplaintStatus, EventKind, ProofKind
from anjia_desk.core.complaint_money_forms import PayForm, PaymentForm
from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment
from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, Complaint, ComplaintEvent, ComplaintPayment, Project
from anjia_desk.services import complaint_money as cm
from anjia_desk.services import settings
from anjia_desk.services.compensation_facts import CompensationFacts
from anjia_desk.services.complaint_base import actions_of, facts_of, get_complaint
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_project
from tests.helpers import add_actor

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in the office
TODAY = date(2026, 11, 20)
PROOF = {"proof": ProofKind.SUPERVISOR, "proof_note": "监理确认单 2026-11-18"}


@dataclass
class Office:
    staff: dict[str, Actor]
    project: Project
    complaint_id: int


def make_complaint(
    session: Session,
    project: Project,
    number: int,
    *,
    status: ComplaintStatus = ComplaintStatus.EXECUTING,
    deal_id: int | None = None,
    customer_id: int | None = None,
) -> int:
    """A case already through its review, made with the models."""
    row = Complaint(
        project_id=project.id,
        number=number,
        channel=Channel.PHONE,
        intake_at=NOW - timedelta(days=3),
        who="王建国",
        what="卫生间渗水，楼下天花板受潮",
        nature=Nature.QUALITY,
        level=Level.GENERAL,
        status=status,
        deal_id=deal_id,
        customer_id=customer_id,
    )
    session.add(row)
    session.flush()
    return row.id


def make_staff(session: Session) -> dict[str, Actor]:
    return {
        key: add_actor(session, key, name, role)
        for key, name, role in (
            ("c1", "王顾问", Role.CONSULTANT),
            ("mgr", "周经理", Role.SITE_MANAGER),
            ("cs", "客服刘经理", Role.CS_MANAGER),
            ("vp", "分管陈总", Role.VICE_PRESIDENT),
            ("cash", "出纳小钱", Role.CASHIER),
            ("fin", "财务老孙", Role.FINANCE),
            ("legal", "法务老周", Role.LEGAL),
        )
    }


@pytest.fixture
def office(session: Session) -> Office:
    project = make_project(session)
    return Office(make_staff(session), project, make_complaint(session, project, 1))


def ask(
    session: Session,
    office: Office,
    amount: str,
    *,
    payment: Payment = Payment.LIABILITY,
    liable: Liable = Liable.COMPANY,
    complaint_id: int | None = None,
    **extra: object,
) -> int:
    form = PaymentForm(payment, liable, Decimal(amount), "赔偿受损地板及天花板修复", **extra)  # type: ignore[arg-type]
    return cm.request_payment(
        session, office.staff["mgr"], complaint_id or office.complaint_id, form, now=NOW
    )


def row(session: Session, payment_id: int) -> ComplaintPayment:
    found = session.get(ComplaintPayment, payment_id)
    assert found is not None
    session.refresh(found)
    return found


def line(session: Session, payment_id: int) -> cm.PaymentLine:
    found = session.get(ComplaintPayment, payment_id)
    assert found is not None
    return next(x for x in cm.payment_lines(session, found.complaint_id) if x.id == payment_id)


def pay(session: Session, office: Office, payment_id: int, **changes: object) -> int:
    values: dict[str, object] = {"payee": "王建国", "method": "转账", "paid_on": TODAY}
    values.update(changes)
    form = PayForm(**values)  # type: ignore[arg-type]
    return cm.pay_payment(session, office.staff["cash"], payment_id, form, now=NOW)


def approved(session: Session, office: Office, amount: str, **kwargs: object) -> int:
    payment_id = ask(session, office, amount, **kwargs)  # type: ignore[arg-type]
    cm.approve_payment(session, office.staff["cs"], payment_id, now=NOW)
    if line(session, payment_id).waiting:
        cm.approve_payment(session, office.staff["vp"], payment_id, now=NOW)
    return payment_id


# -- thresholds × roles × liability -------------------------------------------------------------

VP = (Role.CS_MANAGER, Role.VICE_PRESIDENT)
CS = (Role.CS_MANAGER,)


@pytest.mark.parametrize(
    ("payment", "liable", "amount", "needs"),
    [
        (Payment.LIABILITY, Liable.CONTRACTOR, "20000", CS),
        (Payment.LIABILITY, Liable.CONTRACTOR, "20000.01", VP),
        (Payment.LIABILITY, Liable.COMPANY, "10000", CS),
        (Payment.LIABILITY, Liable.COMPANY, "10000.01", VP),
        (Payment.GOODWILL, Liable.COMPANY, "10000", CS),
        (Payment.GOODWILL, Liable.COMPANY, "10000.01", VP),
        # 补偿 follows the company's limit, whoever is named
        (Payment.GOODWILL, Liable.CONTRACTOR, "15000", VP),
    ],
)
def test_who_approves(
    session: Session, office: Office, payment: Payment, liable: Liable, amount: str, needs
) -> None:
    proof = PROOF if (payment, liable) == (Payment.LIABILITY, Liable.CONTRACTOR) else {}
    payment_id = ask(session, office, amount, payment=payment, liable=liable, **proof)
    assert line(session, payment_id).needs == needs
    assert line(session, payment_id).waiting == needs
    s = office.staff
    cm.approve_payment(session, s["cs"], payment_id, now=NOW)
    state = line(session, payment_id).state
    if needs == CS:
        assert state.approved and state.label == "已审批，待出纳支付"
        return
    assert not state.approved and state.waiting == (Role.VICE_PRESIDENT,)
    assert state.label == "待分管副总审批"
    # the customer-service manager cannot sign the vice president's side
    with pytest.raises(UserError, match="没有等待您审批的赔付"):
        cm.approve_payment(session, s["cs"], payment_id, now=NOW)
    with pytest.raises(UserError, match="没有已审批待支付的赔付"):
        pay(session, office, payment_id)
    cm.approve_payment(session, s["vp"], payment_id, now=NOW + timedelta(hours=1))
    assert line(session, payment_id).state.approved
    assert line(session, payment_id).vp_by == "分管陈总"


def test_the_vice_president_signs_only_their_side(session: Session, office: Office) -> None:
    """Above the limit the vice president approves too, not instead: their signature leaves the
    customer-service manager's side waiting."""
    payment_id = ask(session, office, "30000")
    cm.approve_payment(session, office.staff["vp"], payment_id, now=NOW)
    state = line(session, payment_id).state
    assert state.waiting == (Role.CS_MANAGER,) and not state.approved
    # within the limit there is nothing for the vice president to sign
    small = ask(session, office, "500")
    with pytest.raises(UserError, match="没有等待您审批的赔付"):
        cm.approve_payment(session, office.staff["vp"], small, now=NOW)
    ask(session, office, "40000")  # now something waits for them, but not this one
    with pytest.raises(UserError, match="等待客服中心经理审批，不在您的审批范围"):
        cm.approve_payment(session, office.staff["vp"], small, now=NOW)


def test_the_limits_come_from_settings(session: Session, office: Office, system: Actor) -> None:
    settings.update_settings(
        session,
        system,
        {"complaints.contractor_limit": Decimal("5000"), "complaints.company_limit": Decimal("0")},
    )
    contractor = ask(session, office, "5000.01", liable=Liable.CONTRACTOR, **PROOF)
    assert line(session, contractor).needs == VP
    goodwill = ask(session, office, "100", payment=Payment.GOODWILL)
    assert line(session, goodwill).needs == VP
    settings.update_settings(session, system, {"complaints.company_limit": Decimal("200")})
    assert line(session, goodwill).needs == CS


@pytest.mark.parametrize(
    "role", [r for r in Role if r not in (Role.CS_MANAGER, Role.VICE_PRESIDENT)]
)
def test_only_the_approvers_approve(session: Session, office: Office, role: Role) -> None:
    payment_id = ask(session, office, "100")
    someone = add_actor(session, "someone", "某人", role)
    with pytest.raises(PermissionDenied, match="审批投诉赔偿/补偿"):
        cm.approve_payment(session, someone, payment_id, now=NOW)
    with pytest.raises(PermissionDenied, match="审批投诉赔偿/补偿"):
        cm.reject_payment(session, someone, payment_id, reason="不同意", now=NOW)


# -- the request ---------------------------------------------------------------------------------


def test_a_contractors_liability_needs_its_proof(session: Session, office: Office) -> None:
    with pytest.raises(ValidationError) as refused:
        ask(session, office, "8000", liable=Liable.CONTRACTOR)
    assert "监理确认" in refused.value.fields["proof"]
    assert session.scalars(select(ComplaintPayment)).all() == []
    payment_id = ask(
        session, office, "8000", liable=Liable.CONTRACTOR,
        proof=ProofKind.CONTRACTOR, proof_note="施工单位盖章确认函",
    )  # fmt: skip
    stored = row(session, payment_id)
    assert (stored.proof, stored.proof_note) == (ProofKind.CONTRACTOR, "施工单位盖章确认函")
    # the company's liability keeps no proof
    other = ask(session, office, "800", proof=ProofKind.SUPERVISOR, proof_note="无关")
    assert (row(session, other).proof, row(session, other).proof_note) == (ProofKind.NONE, "")


def test_a_request_waits_for_execution_and_a_handler(session: Session, office: Office) -> None:
    open_case = make_complaint(session, office.project, 2, status=ComplaintStatus.OPEN)
    with pytest.raises(UserError, match="审核后才能申请赔付"):
        ask(session, office, "100", complaint_id=open_case)
    form = PaymentForm(Payment.GOODWILL, Liable.COMPANY, Decimal("100"), "致歉礼品")
    with pytest.raises(PermissionDenied):
        cm.request_payment(session, office.staff["cash"], office.complaint_id, form, now=NOW)


def test_the_request_is_on_the_history_and_audited(session: Session, office: Office) -> None:
    payment_id = ask(session, office, "25000", liable=Liable.CONTRACTOR, **PROOF)
    event = session.scalars(select(ComplaintEvent)).one()
    assert event.kind == EventKind.PAY_REQUESTED
    assert "赔偿（施工单位责任） 25,000.00元" in event.text
    assert "待客服中心经理、分管副总审批" in event.text
    entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "complaint_payments"))
    assert [(e.action, e.entity_id) for e in entries] == [("create", payment_id)]  # the row
    on_case = select(AuditEntry).where(
        AuditEntry.entity == "complaints", AuditEntry.action == "update"
    )
    case = session.scalars(on_case).one()
    assert case.entity_id == office.complaint_id and "TS-000001" in case.summary
    assert "申请赔偿（施工单位责任） 25,000.00元" in case.summary


# -- reject ---------------------------------------------------------------------------------------


def test_a_rejected_request_is_never_paid(session: Session, office: Office) -> None:
    s = office.staff
    payment_id = ask(session, office, "30000")
    cm.approve_payment(session, s["cs"], payment_id, now=NOW)
    with pytest.raises(ValidationError):
        cm.reject_payment(session, s["vp"], payment_id, reason=" ", now=NOW)
    cm.reject_payment(session, s["vp"], payment_id, reason="金额过高，请与客户再协商", now=NOW)
    found = line(session, payment_id)
    assert found.state.rejected and found.status == "已驳回" and found.rejected_by == "分管陈总"
    assert found.reject_reason == "金额过高，请与客户再协商"
    with pytest.raises(UserError):
        pay(session, office, payment_id)
    with pytest.raises(UserError):
        cm.approve_payment(session, s["vp"], payment_id, now=NOW)
    # nothing of it waits any more: the case may be marked executed
    complaint = get_complaint(session, office.complaint_id)
    permit = actions_of(session, complaint, s["mgr"])[ComplaintAction.EXECUTED]
    assert permit.why_not != "还有赔付未审批"


def test_a_pending_request_holds_the_execution(session: Session, office: Office) -> None:
    ask(session, office, "100")
    complaint = get_complaint(session, office.complaint_id)
    permit = actions_of(session, complaint, office.staff["mgr"])[ComplaintAction.EXECUTED]
    assert permit.why_not in ("还有赔付未审批", "请先安排执行：责任人、期限和验收标准")


# -- the cashier, finance, a void -----------------------------------------------------------------


def test_the_cashier_pays_with_gap_free_numbers_per_project(
    session: Session, office: Office
) -> None:
    first = approved(session, office, "1000")
    second = approved(session, office, "25000", liable=Liable.CONTRACTOR, **PROOF)
    other_project = make_project(session, "安家·二期")
    case = make_complaint(session, other_project, 1)
    elsewhere = approved(session, office, "300", complaint_id=case)
    assert pay(session, office, second) == 1
    assert pay(session, office, elsewhere) == 1  # its own project's sequence
    assert pay(session, office, first) == 2
    paid = line(session, second)
    assert (paid.code, paid.payee, paid.method, paid.cashier) == (
        "PC-000001",
        "王建国",
        "转账",
        "出纳小钱",
    )
    assert paid.status == "已支付，待财务确认"
    with pytest.raises(UserError, match="没有已审批待支付的赔付"):
        pay(session, office, second)


def test_paying_checks_the_form_and_the_role(session: Session, office: Office) -> None:
    payment_id = approved(session, office, "1000")
    with pytest.raises(ValidationError) as refused:
        pay(session, office, payment_id, payee="", paid_on=TODAY + timedelta(days=1))
    assert set(refused.value.fields) == {"payee", "paid_on"}
    form = PayForm("王建国", "转账", TODAY)
    with pytest.raises(PermissionDenied, match="支付退款"):
        cm.pay_payment(session, office.staff["fin"], payment_id, form, now=NOW)
    assert row(session, payment_id).number is None


def test_finance_confirms(session: Session, office: Office) -> None:
    s = office.staff
    payment_id = approved(session, office, "1000")
    with pytest.raises(UserError, match="没有待确认的赔付"):
        cm.confirm_payment(session, s["fin"], payment_id, now=NOW)
    pay(session, office, payment_id)
    with pytest.raises(PermissionDenied, match="财务确认退款"):
        cm.confirm_payment(session, s["cash"], payment_id, now=NOW)
    cm.confirm_payment(session, s["fin"], payment_id, now=NOW + timedelta(hours=2))
    found = line(session, payment_id)
    assert found.status == "已支付，财务已确认" and found.confirmed_by == "财务老孙"
    with pytest.raises(UserError):
        cm.confirm_payment(session, s["fin"], payment_id, now=NOW)


def test_a_void_keeps_its_number_and_the_money_is_paid_again(
    session: Session, office: Office
) -> None:
    s = office.staff
    payment_id = approved(session, office, "25000", liable=Liable.CONTRACTOR, **PROOF)
    assert pay(session, office, payment_id, note="首次") == 1
    with pytest.raises(ValidationError):
        cm.void_payment(session, s["cash"], payment_id, reason="", now=NOW)
    with pytest.raises(PermissionDenied):
        cm.void_payment(session, s["fin"], payment_id, reason="收款人写错", now=NOW)
    again = cm.void_payment(session, s["cash"], payment_id, reason="收款人写错", now=NOW)
    voided = row(session, payment_id)
    assert voided.number == 1 and voided.voided_at is not None
    assert voided.void_reason == "收款人写错"
    assert line(session, payment_id).status == "凭证已作废"
    with pytest.raises(UserError, match="没有可作废的赔付凭证"):
        cm.void_payment(session, s["cash"], payment_id, reason="再作废", now=NOW)
    with pytest.raises(UserError, match="没有待确认的赔付"):
        cm.confirm_payment(session, s["fin"], payment_id, now=NOW)
    # the money waits for the cashier again, with the approvals it had
    fresh = line(session, again)
    assert fresh.state.approved and fresh.status == "已审批，待出纳支付"
    assert (fresh.amount, fresh.cs_by, fresh.vp_by) == (
        Decimal("25000.00"),
        "客服刘经理",
        "分管陈总",
    )
    complaint = get_complaint(session, office.complaint_id)
    facts = facts_of(session, complaint, s["cash"])
    assert (facts.payments_to_pay, facts.live_vouchers, facts.payments_pending) == (1, 0, 0)
    with pytest.raises(UserError, match="已作废"):
        pay(session, office, payment_id)
    assert pay(session, office, again, payee="王建国之妻 李梅") == 2
    numbers = sorted(n for n in session.scalars(select(ComplaintPayment.number)) if n is not None)
    assert numbers == [1, 2]  # no gap, no number reused
    kinds = [e.kind for e in session.scalars(select(ComplaintEvent).order_by(ComplaintEvent.id))]
    assert kinds[-2:] == [EventKind.PAY_VOIDED, EventKind.PAID]


def test_the_facts_are_frozen_when_paid(session: Session, office: Office) -> None:
    payment_id = approved(session, office, "1000")
    pay(session, office, payment_id, note="现场转账")
    facts = CompensationFacts.from_json(row(session, payment_id).facts)
    assert (facts.code, facts.amount, facts.note) == ("PC-000001", Decimal("1000.00"), "现场转账")
    assert facts.cs_approval.startswith("客服刘经理 2026-11-20 10:00")
    assert facts.vp_approval == "" and facts.complaint == "TS-000001"
    assert facts.issued == datetime(2026, 11, 20, 10, 0)


def test_a_stale_approval_is_refused(session: Session, office: Office) -> None:
    """Two approvers acting on the same request at once: the second finds it done."""
    payment_id = ask(session, office, "100")
    stored = row(session, payment_id)
    session.execute(
        ComplaintPayment.__table__.update()  # type: ignore[attr-defined]
        .where(ComplaintPayment.__table__.c.id == payment_id)  # type: ignore[attr-defined]
        .values(cs_at=NOW)
    )
    set_committed_value(stored, "cs_at", None)  # as this PC still sees it
    with pytest.raises(ConflictError):
        cm.approve_payment(session, office.staff["cs"], payment_id, now=NOW)
