"""Receipts: numbering per project with voids and reissues, who may record and confirm money, the
installment a payment goes to and its limits, 认筹金 on a ticket and 退筹."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import (
    HoldKind,
    Nature,
    PaymentMethod,
    Stage,
    TicketStatus,
    UnitStatus,
)
from anjia_desk.core.errors import (
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    Customer,
    Deal,
    Installment,
    Project,
    QueueTicket,
    Receipt,
    Unit,
    UnitHold,
)
from anjia_desk.services import payments, receipt_lines
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

# 2026-03-10 10:00 in Shanghai.
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
TODAY = date(2026, 3, 10)

#: (nature, name, due_on, amount) of a plan.
PlanRow = tuple[Nature, str, date, Decimal]


def make_deal(
    session: Session,
    project: Project,
    unit: Unit,
    customer: Customer,
    plan: Sequence[PlanRow],
    *,
    method: PaymentMethod = PaymentMethod.FULL,
    consultant: Actor | None = None,
    buyer_name: str = "王建国",
    buyer_id_masked: str = "110101********1234",
    subscribed_at: datetime = datetime(2026, 2, 1, 2, 0, tzinfo=UTC),
    penalty_per_10k: Decimal = Decimal("5"),
    stage: Stage = Stage.SUBSCRIBED,
    paid: Sequence[Decimal] = (),
) -> Deal:
    """A deal on `unit` with installments `plan` (seq from 1) built with the models; `paid`
    sets the first installments' paid amounts directly (no receipts)."""
    price = sum((amount for *_, amount in plan), Decimal(0))
    deal = Deal(
        project_id=project.id,
        unit_id=unit.id,
        customer_id=customer.id,
        consultant_id=consultant.user_id if consultant else None,
        buyer_name=buyer_name,
        buyer_id_masked=buyer_id_masked,
        payment_method=method.value,
        list_price=unit.list_price,
        standard_discount=unit.list_price - price,
        special_discount=Decimal(0),
        price=price,
        filed_price=unit.filed_price,
        deposit=plan[0][3],
        subscribed_at=subscribed_at,
        sign_deadline=date(2026, 2, 8),
        penalty_per_10k=penalty_per_10k,
        cancel_days=90,
        stage=stage.value,
    )
    session.add(deal)
    session.flush()
    unit.status = UnitStatus.SUBSCRIBED.value
    for seq, (nature, name, due_on, amount) in enumerate(plan, start=1):
        session.add(
            Installment(
                deal_id=deal.id,
                seq=seq,
                nature=nature.value,
                name=name,
                due_on=due_on,
                amount=amount,
                paid=paid[seq - 1] if seq <= len(paid) else Decimal(0),
            )
        )
    session.flush()
    return deal


FULL_PLAN: tuple[PlanRow, ...] = (
    (Nature.DEPOSIT, "定金", date(2026, 2, 1), Decimal("50000.00")),
    (Nature.DOWN, "首付款", date(2026, 2, 8), Decimal("300000.00")),
    (Nature.PRICE, "房款", date(2026, 3, 31), Decimal("400000.00")),
    (Nature.PRICE, "尾款", date(2026, 4, 30), Decimal("200000.00")),
)


@dataclass
class Office:
    project: Project
    other_project: Project
    units: list[Unit]
    customer: Customer
    deal: Deal
    cashier: Actor
    finance: Actor


@pytest.fixture
def office(session: Session) -> Office:
    project = make_project(session)
    other = make_project(session, "安家·二期")
    units = make_building(session, project)
    make_building(session, other, "9栋")
    customer = make_customer(session)
    deal = make_deal(session, project, units[0], customer, FULL_PLAN)
    cashier = add_actor(session, "chuna", "出纳甲", Role.CASHIER)
    finance = add_actor(session, "caiwu", "财务乙", Role.FINANCE)
    return Office(project, other, units, customer, deal, cashier, finance)


def pay(
    session: Session,
    office: Office,
    amount: str,
    nature: Nature = Nature.DEPOSIT,
    *,
    actor: Actor | None = None,
    **kwargs: object,
) -> int:
    args: dict[str, object] = {"deal_id": office.deal.id, "payer": "王建国", "method": "转账"}
    args.update(kwargs)
    return payments.record_payment(
        session,
        actor or office.cashier,
        amount=Decimal(amount),
        nature=nature,
        now=NOW,
        **args,  # type: ignore[arg-type]
    )


def installments(session: Session, deal: Deal) -> list[Installment]:
    return list(
        session.scalars(
            select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
        )
    )


def make_ticket(
    session: Session, project: Project, customer: Customer, number: int = 1, amount: str = "20000"
) -> QueueTicket:
    ticket = QueueTicket(
        project_id=project.id, number=number, customer_id=customer.id, amount=Decimal(amount)
    )
    session.add(ticket)
    session.flush()
    return ticket


# --- numbering, voids, reissues


def test_receipt_code():
    assert receipt_lines.receipt_code(123) == "SJ-000123"
    assert receipt_lines.receipt_code(1234567) == "SJ-1234567"


def test_numbers_run_per_project_and_a_void_keeps_its_number(session: Session, office: Office):
    first = pay(session, office, "10000")
    second = pay(session, office, "10000")
    elsewhere_customer = make_customer(session, "李四", "13900002222")
    ticket = make_ticket(session, office.other_project, elsewhere_customer)
    other = payments.record_payment(
        session,
        office.cashier,
        amount=Decimal("20000"),
        nature=Nature.QUEUE,
        payer="李四",
        method="刷卡",
        ticket_id=ticket.id,
        now=NOW,
    )
    numbers = {rid: session.get(Receipt, rid).number for rid in (first, second, other)}  # type: ignore[union-attr]
    assert numbers == {first: 1, second: 2, other: 1}

    payments.void_receipt(session, office.cashier, second, reason="金额写错", now=NOW)
    voided = session.get(Receipt, second)
    assert voided is not None
    assert voided.number == 2 and voided.voided_at == NOW and voided.void_reason == "金额写错"
    assert voided.voided_by_id == office.cashier.user_id
    third = pay(session, office, "10000")
    assert session.get(Receipt, third).number == 3  # type: ignore[union-attr]

    with pytest.raises(UserError, match="SJ-000002 已作废"):
        payments.void_receipt(session, office.cashier, second, reason="再作废", now=NOW)


def test_reissue_voids_and_issues_a_new_number_with_the_same_money(
    session: Session, office: Office
):
    first = pay(session, office, "20000", paid_on=date(2026, 3, 1), note="首笔")
    pay(session, office, "30000")  # number 2; the deposit is now settled
    deposit = installments(session, office.deal)[0]
    assert deposit.paid == Decimal("50000.00") and deposit.settled_on == TODAY

    new_id = payments.reissue_receipt(session, office.cashier, first, reason="抬头写错", now=NOW)
    old, new = session.get(Receipt, first), session.get(Receipt, new_id)
    assert old is not None and new is not None
    assert old.voided_at == NOW and old.void_reason == "抬头写错"
    assert (new.number, new.reissue_of_id, new.voided_at) == (3, first, None)
    assert (new.amount, new.paid_on, new.nature, new.payer, new.method, new.note) == (
        Decimal("20000.00"),
        date(2026, 3, 1),
        "deposit",
        "王建国",
        "转账",
        "首笔",
    )
    assert (new.deal_id, new.installment_id, new.customer_id) == (
        old.deal_id,
        old.installment_id,
        old.customer_id,
    )
    # The installment is paid just as before.
    assert deposit.paid == Decimal("50000.00") and deposit.settled_on == TODAY

    line = payments.receipt_view(session, office.cashier, new_id)
    assert (line.code, line.reissue_of_number, line.installment_name) == ("SJ-000003", 1, "定金")
    with pytest.raises(UserError, match="已作废"):
        payments.reissue_receipt(session, office.cashier, first, reason="再重开", now=NOW)


@pytest.mark.parametrize("reason", ["", "   "])
def test_void_reissue_and_refund_need_a_reason(session: Session, office: Office, reason: str):
    rid = pay(session, office, "100")
    ticket = make_ticket(session, office.project, office.customer)
    for call in (
        lambda: payments.void_receipt(session, office.cashier, rid, reason=reason, now=NOW),
        lambda: payments.reissue_receipt(session, office.cashier, rid, reason=reason, now=NOW),
        lambda: payments.refund_ticket(session, office.cashier, ticket.id, reason=reason, now=NOW),
    ):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.fields == {"reason": "请填写原因"}
    with pytest.raises(ValidationError, match="不能超过200个字"):
        payments.void_receipt(session, office.cashier, rid, reason="长" * 201, now=NOW)
    assert session.get(Receipt, rid).voided_at is None  # type: ignore[union-attr]


def test_a_number_is_taken_only_by_the_work_that_stores_it(session: Session, office: Office):
    """Gap-free (issue 15): a unit of work that is rolled back leaves its number free; a void
    keeps its number, and the next receipt follows it (parallel PCs: test_races.py)."""
    pay(session, office, "100")
    attempt = session.begin_nested()
    pay(session, office, "100")  # number 2, then the work fails
    attempt.rollback()
    second = pay(session, office, "100")
    payments.void_receipt(session, office.cashier, second, reason="写错", now=NOW)
    third = pay(session, office, "100")
    numbers = [session.get(Receipt, rid).number for rid in (second, third)]  # type: ignore[union-attr]
    assert numbers == [2, 3]


def test_unknown_receipt(session: Session, office: Office):
    with pytest.raises(NotFound):
        payments.void_receipt(session, office.cashier, 999, reason="x", now=NOW)
    with pytest.raises(NotFound):
        payments.receipt_view(session, office.cashier, 999)
    with pytest.raises(NotFound):
        payments.confirm_receipt(session, office.finance, 999, now=NOW)


# --- who may


OTHERS = [role for role in Role if role is not Role.CASHIER]


@pytest.mark.parametrize("role", OTHERS)
def test_only_the_cashier_records_money(session: Session, office: Office, role: Role):
    actor = add_actor(session, "someone", "某人", role)
    rid = pay(session, office, "100")
    ticket = make_ticket(session, office.project, office.customer)
    for call in (
        lambda: pay(session, office, "100", actor=actor),
        lambda: payments.void_receipt(session, actor, rid, reason="x", now=NOW),
        lambda: payments.reissue_receipt(session, actor, rid, reason="x", now=NOW),
        lambda: payments.refund_ticket(session, actor, ticket.id, reason="x", now=NOW),
    ):
        with pytest.raises(PermissionDenied, match="收款开据"):
            call()
    assert installments(session, office.deal)[0].paid == Decimal("100.00")


@pytest.mark.parametrize("role", [role for role in Role if role is not Role.FINANCE])
def test_only_finance_confirms(session: Session, office: Office, role: Role):
    actor = add_actor(session, "someone", "某人", role)
    rid = pay(session, office, "100")
    with pytest.raises(PermissionDenied, match="财务确认收款"):
        payments.confirm_receipt(session, actor, rid, now=NOW)


def test_finance_confirms_once_and_a_confirmed_receipt_may_still_be_voided(
    session: Session, office: Office
):
    rid = pay(session, office, "100")
    payments.confirm_receipt(session, office.finance, rid, now=NOW)
    receipt = session.get(Receipt, rid)
    assert receipt is not None
    assert (receipt.confirmed_at, receipt.confirmed_by_id) == (NOW, office.finance.user_id)
    line = payments.receipt_view(session, office.finance, rid)
    assert (line.confirmed_at, line.confirmed_by, line.cashier_name) == (NOW, "财务乙", "出纳甲")
    with pytest.raises(UserError, match="已经确认过"):
        payments.confirm_receipt(session, office.finance, rid, now=NOW)

    payments.void_receipt(session, office.cashier, rid, reason="退回", now=NOW)
    line = payments.receipt_view(session, office.finance, rid)
    assert line.voided_at == NOW and line.confirmed_at == NOW  # finance sees it voided
    assert installments(session, office.deal)[0].paid == Decimal(0)
    with pytest.raises(UserError, match="已作废，不能确认"):
        payments.confirm_receipt(session, office.finance, rid, now=NOW)


def test_who_may_read_receipts(session: Session, office: Office):
    rid = pay(session, office, "100")
    desk = add_actor(session, "qiantai", "前台", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match="查看收据"):
        payments.receipt_view(session, desk, rid)
    with pytest.raises(PermissionDenied, match="查看收据"):
        payments.list_receipts(session, desk)
    legal = add_actor(session, "fawu", "法务", Role.LEGAL)  # a deal viewer
    assert payments.receipt_view(session, legal, rid).amount == Decimal("100.00")


# --- paying an installment


def test_payments_fill_the_installment_and_settle_it(session: Session, office: Office):
    pay(session, office, "20000", paid_on=date(2026, 2, 1))
    deposit = installments(session, office.deal)[0]
    assert (deposit.paid, deposit.settled_on) == (Decimal("20000.00"), None)
    pay(session, office, "30000", paid_on=date(2026, 2, 3))
    assert (deposit.paid, deposit.settled_on) == (Decimal("50000.00"), date(2026, 2, 3))


def test_a_payment_goes_to_the_first_outstanding_installment_of_its_nature(
    session: Session, office: Office
):
    first = pay(session, office, "400000", Nature.PRICE)
    second = pay(session, office, "1000", Nature.PRICE)
    plan = installments(session, office.deal)
    receipts = [session.get(Receipt, rid) for rid in (first, second)]
    assert [r.installment_id for r in receipts] == [plan[2].id, plan[3].id]  # type: ignore[union-attr]
    assert (plan[2].paid, plan[3].paid) == (Decimal("400000.00"), Decimal("1000.00"))
    # Given explicitly.
    pay(session, office, "5000", Nature.PRICE, installment_id=plan[3].id)
    assert plan[3].paid == Decimal("6000.00")


def test_amount_over_the_outstanding_is_refused(session: Session, office: Office):
    pay(session, office, "20000")
    with pytest.raises(ValidationError) as caught:
        pay(session, office, "30000.01")
    assert caught.value.fields == {"amount": "超过该节点未付金额 30,000.00元"}
    assert installments(session, office.deal)[0].paid == Decimal("20000.00")
    assert session.scalar(select(Receipt.id).where(Receipt.number == 2)) is None


@pytest.mark.parametrize(
    ("kwargs", "fields"),
    [
        ({"amount": "0"}, {"amount": "金额须大于0"}),
        ({"amount": "-5"}, {"amount": "金额须大于0"}),
        ({"amount": "1.005"}, {"amount": "金额最多两位小数"}),
        ({"payer": "  "}, {"payer": "请填写交款人"}),
        ({"payer": "名" * 41}, {"payer": "交款人不能超过40个字"}),
        ({"method": "一二三四五六七八九十十"}, {"method": "支付方式不能超过10个字"}),
        ({"note": "备" * 201}, {"note": "备注不能超过200个字"}),
        ({"paid_on": date(2026, 3, 11)}, {"paid_on": "交款日期不能晚于今天"}),
        ({"nature": Nature.QUEUE}, {"nature": "认筹金只能收在认筹号上"}),
        ({"nature": Nature.AREA}, {"installment": "这笔交易没有未付清的补差款节点"}),
    ],
)
def test_bad_payments_are_refused(
    session: Session, office: Office, kwargs: dict[str, object], fields: dict[str, str]
):
    kwargs = dict(kwargs)  # the parameters' dict is shared by the engines' runs: not popped
    amount = str(kwargs.pop("amount", "100"))
    nature = kwargs.pop("nature", Nature.DEPOSIT)
    with pytest.raises(ValidationError) as caught:
        pay(session, office, amount, nature, **kwargs)  # type: ignore[arg-type]
    assert caught.value.fields == fields
    assert session.scalar(select(Receipt.id)) is None


def test_a_settled_installment_takes_no_more(session: Session, office: Office):
    pay(session, office, "50000")
    with pytest.raises(ValidationError) as caught:
        pay(session, office, "1")
    assert caught.value.fields == {"installment": "这笔交易没有未付清的定金节点"}
    deposit = installments(session, office.deal)[0]
    with pytest.raises(ValidationError) as caught:
        pay(session, office, "1", installment_id=deposit.id)
    assert caught.value.fields == {"amount": "超过该节点未付金额 0.00元"}


def test_the_installment_must_be_the_deals_and_of_that_nature(session: Session, office: Office):
    other_customer = make_customer(session, "赵六", "13700003333")
    other = make_deal(session, office.project, office.units[1], other_customer, FULL_PLAN)
    foreign = installments(session, other)[0]
    with pytest.raises(ValidationError) as caught:
        pay(session, office, "100", installment_id=foreign.id)
    assert caught.value.fields == {"installment": "该付款节点不属于这笔交易"}
    with pytest.raises(ValidationError) as caught:
        pay(session, office, "100", installment_id=999)
    assert caught.value.fields == {"installment": "该付款节点不属于这笔交易"}
    down = installments(session, office.deal)[1]
    with pytest.raises(ValidationError) as caught:
        pay(session, office, "100", Nature.PRICE, installment_id=down.id)
    assert caught.value.fields == {"nature": "款项性质与付款节点不符（应为首付款）"}


def test_deal_or_ticket_exactly_one(session: Session, office: Office):
    ticket = make_ticket(session, office.project, office.customer)
    with pytest.raises(UserError, match="二者选一"):
        pay(session, office, "100", ticket_id=ticket.id)
    with pytest.raises(UserError, match="二者选一"):
        pay(session, office, "100", deal_id=None)
    with pytest.raises(NotFound):
        pay(session, office, "100", deal_id=999)


def test_a_cancelled_deal_takes_no_money(session: Session, office: Office):
    office.deal.cancelled_at = NOW
    with pytest.raises(UserError, match="已取消"):
        pay(session, office, "100")


def test_void_makes_the_installment_owed_again(session: Session, office: Office):
    first = pay(session, office, "20000", paid_on=date(2026, 2, 1))
    pay(session, office, "30000", paid_on=date(2026, 2, 2))
    deposit = installments(session, office.deal)[0]
    payments.void_receipt(session, office.cashier, first, reason="重复录入", now=NOW)
    assert (deposit.paid, deposit.settled_on) == (Decimal("30000.00"), None)
    again = pay(session, office, "20000", paid_on=date(2026, 2, 5))
    assert (deposit.paid, deposit.settled_on) == (Decimal("50000.00"), date(2026, 2, 5))
    assert session.get(Receipt, again).number == 3  # type: ignore[union-attr]


# --- 认筹金 and 退筹


def ticket_pay(
    session: Session, office: Office, ticket: QueueTicket, amount: str, **kwargs: object
) -> int:
    args: dict[str, object] = {
        "amount": Decimal(amount),
        "nature": Nature.QUEUE,
        "payer": "王建国",
        "method": "刷卡",
        "ticket_id": ticket.id,
        "now": NOW,
    }
    args.update(kwargs)
    return payments.record_payment(session, office.cashier, **args)  # type: ignore[arg-type]


def test_queue_money_on_a_ticket(session: Session, office: Office):
    ticket = make_ticket(session, office.project, office.customer)
    rid = ticket_pay(session, office, ticket, "5000")
    receipt = session.get(Receipt, rid)
    assert receipt is not None
    assert (receipt.ticket_id, receipt.deal_id, receipt.installment_id) == (ticket.id, None, None)
    assert (receipt.customer_id, receipt.project_id, receipt.nature) == (
        office.customer.id,
        office.project.id,
        "queue",
    )
    assert payments.receipt_view(session, office.cashier, rid).installment_name == "认筹金"
    with pytest.raises(ValidationError) as caught:
        ticket_pay(session, office, ticket, "15000.01")
    assert caught.value.fields == {"amount": "超过该认筹号未收认筹金 15,000.00元"}
    with pytest.raises(ValidationError) as caught:
        ticket_pay(session, office, ticket, "100", nature=Nature.DEPOSIT)
    assert caught.value.fields == {"nature": "认筹号只能收取认筹金或订金/诚意金"}
    with pytest.raises(NotFound):
        ticket_pay(session, office, ticket, "100", ticket_id=999)


@pytest.mark.parametrize(
    ("permit", "message"),
    [
        (None, "项目尚未取得预售许可，不能收取认筹金"),
        (date(2026, 3, 11), "项目尚未取得预售许可（许可日期 2026-03-11），不能收取认筹金"),
    ],
)
def test_no_queue_money_before_the_permit(
    session: Session, office: Office, permit: date | None, message: str
):
    office.project.permit_date = permit
    ticket = make_ticket(session, office.project, office.customer)
    with pytest.raises(UserError) as caught:
        ticket_pay(session, office, ticket, "100")
    assert caught.value.message == message
    office.project.permit_date = TODAY  # the permit day itself is enough
    ticket_pay(session, office, ticket, "100")


@pytest.mark.parametrize(
    "status", [TicketStatus.VOIDED, TicketStatus.REFUNDED, TicketStatus.CONVERTED]
)
def test_a_closed_ticket_takes_no_money_and_no_refund(
    session: Session, office: Office, status: TicketStatus
):
    ticket = make_ticket(session, office.project, office.customer, number=7)
    ticket.status = status.value
    with pytest.raises(UserError, match=f"第 7 号认筹{status.label}，不能再收款"):
        ticket_pay(session, office, ticket, "100")
    with pytest.raises(UserError, match=f"第 7 号认筹{status.label}，不能退筹"):
        payments.refund_ticket(session, office.cashier, ticket.id, reason="x", now=NOW)


def test_refund_returns_the_whole_queue_money_received(session: Session, office: Office):
    ticket = make_ticket(session, office.project, office.customer, amount="30000")
    first = ticket_pay(session, office, ticket, "10000")
    ticket_pay(session, office, ticket, "20000")
    payments.void_receipt(session, office.cashier, first, reason="刷错卡", now=NOW)
    ticket_pay(session, office, ticket, "10000")
    # A unit chosen with this ticket at 开盘选房 is released.
    unit = office.units[3]
    unit.status = UnitStatus.HELD.value
    hold = UnitHold(
        unit_id=unit.id, kind=HoldKind.CHOICE.value, customer_id=office.customer.id,
        ticket_id=ticket.id,
    )  # fmt: skip
    session.add(hold)
    session.flush()

    refund = payments.refund_ticket(session, office.cashier, ticket.id, reason="改买别处", now=NOW)
    assert refund == Decimal("30000.00")
    assert ticket.status == "refunded" and ticket.closed_at == NOW
    assert ticket.closed_by_id == office.cashier.user_id and ticket.void_reason == "改买别处"
    assert (hold.released_at, hold.release_reason, unit.status) == (NOW, "退筹", "available")
    # The receipts stay as they were (history).
    rows = session.execute(
        select(Receipt.number, Receipt.voided_at).where(Receipt.ticket_id == ticket.id)
    ).all()
    assert sorted(rows) == [(1, NOW), (2, None), (3, None)]


def test_refund_of_a_ticket_with_no_money_returns_zero(session: Session, office: Office):
    ticket = make_ticket(session, office.project, office.customer)
    assert payments.refund_ticket(session, office.cashier, ticket.id, reason="x", now=NOW) == 0
    with pytest.raises(NotFound):
        payments.refund_ticket(session, office.cashier, 999, reason="x", now=NOW)


# --- the list


def test_list_receipts_filters(session: Session, office: Office):
    pay(session, office, "100", paid_on=date(2026, 3, 1))
    pay(session, office, "200", paid_on=date(2026, 3, 5), payer="王小明")
    other_customer = make_customer(session, "李四", "13900002222")
    ticket = make_ticket(session, office.other_project, other_customer)
    ticket_pay(session, office, ticket, "300", payer="李四")

    def numbers(**kwargs: object) -> list[tuple[str, str]]:
        lines = payments.list_receipts(session, office.finance, **kwargs)  # type: ignore[arg-type]
        return [(line.code, line.payer) for line in lines]

    assert numbers() == [("SJ-000002", "王小明"), ("SJ-000001", "王建国"), ("SJ-000001", "李四")]
    assert numbers(project_id=office.project.id) == [
        ("SJ-000002", "王小明"),
        ("SJ-000001", "王建国"),
    ]
    assert numbers(text="小明") == [("SJ-000002", "王小明")]
    assert numbers(text="sj-000002") == [("SJ-000002", "王小明")]
    assert numbers(text=" 1 ") == [("SJ-000001", "王建国"), ("SJ-000001", "李四")]
    assert numbers(text="%") == []
    assert numbers(day_from=date(2026, 3, 2), day_to=date(2026, 3, 9)) == [("SJ-000002", "王小明")]
    line = payments.list_receipts(session, office.finance, text="李四")[0]
    assert (line.nature, line.amount, line.method, line.paid_on) == (
        Nature.QUEUE,
        Decimal("300.00"),
        "刷卡",
        TODAY,
    )
    assert (line.confirmed_by, line.reissue_of_number, line.voided_at) == ("", None, None)
