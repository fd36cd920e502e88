"""Deals: queue tickets, 认购 with its checks, special discounts, 签约, the steps to 办证, 交付's
area settlement, the lists and the deal page, and two PCs racing for one unit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import (
    DiscountStatus,
    Nature,
    PaymentMethod,
    Stage,
    Step,
    TicketStatus,
    UnitStatus,
)
from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import (
    AuditEntry,
    CareTouch,
    Customer,
    Deal,
    DealStep,
    Installment,
    Project,
    QueueTicket,
    Receipt,
    ReferralPoint,
    Unit,
    UnitHold,
)
from anjia_desk.services import deal_queries, deal_steps, deals, holds, settings, tickets, units
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

# 2026-11-20 10:00 in Shanghai.
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)


def id_number(seq: str = "123") -> str:
    first = f"11010119900307{seq}"
    return first + check_character(first)


BUYER_ID = id_number()


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return {
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "c2": add_actor(session, "c2", "李顾问", Role.CONSULTANT),
        "sec": add_actor(session, "sec", "秘书小林", Role.SALES_SECRETARY),
        "mgr": add_actor(session, "mgr", "周经理", Role.SITE_MANAGER),
        "head": add_actor(session, "head", "营销吴总", Role.MARKETING_HEAD),
        "loan": add_actor(session, "loan", "按揭小郑", Role.MORTGAGE_OFFICER),
        "cash": add_actor(session, "cash", "出纳小钱", Role.CASHIER),
        "fin": add_actor(session, "fin", "财务老孙", Role.FINANCE),
    }


@pytest.fixture
def site(session: Session, staff: dict[str, Actor]) -> dict[str, object]:
    project = make_project(session)
    units_ = make_building(session, project)
    customer = make_customer(session, owner=staff["c1"])
    return {"project": project, "units": units_, "customer": customer}


def request(
    unit: Unit,
    customer: Customer,
    *,
    method: PaymentMethod = PaymentMethod.FULL,
    deposit: str = "50000",
    special: str = "0",
    **extra: object,
) -> SubscribeRequest:
    values: dict[str, object] = {
        "unit_id": unit.id,
        "customer_id": customer.id,
        "buyer_name": "王建国",
        "buyer_id_number": BUYER_ID,
        "payment_method": method,
        "deposit": Decimal(deposit),
        "special_discount": Decimal(special),
        "discount_reason": "老客户" if Decimal(special) > 0 else "",
    }
    values.update(extra)
    return SubscribeRequest(**values)  # type: ignore[arg-type]


def add_receipt(
    session: Session,
    project: Project,
    *,
    amount: str,
    ticket: QueueTicket | None = None,
    deal: Deal | None = None,
    installment: Installment | None = None,
    nature: Nature = Nature.QUEUE,
    number: int | None = None,
) -> Receipt:
    """Money received, written with the ORM (the cashier's service is tested on its own)."""
    last = session.scalar(select(Receipt.number).order_by(Receipt.number.desc()).limit(1)) or 0
    receipt = Receipt(
        project_id=project.id,
        number=number or last + 1,
        customer_id=ticket.customer_id if ticket else (deal.customer_id if deal else None),
        ticket_id=ticket.id if ticket else None,
        deal_id=deal.id if deal else None,
        installment_id=installment.id if installment else None,
        payer="王建国",
        nature=nature.value,
        amount=Decimal(amount),
        paid_on=TODAY,
    )
    session.add(receipt)
    if installment is not None:
        installment.paid += Decimal(amount)
    session.flush()
    return receipt


def subscribed(
    session: Session, staff: dict[str, Actor], site: dict[str, object], **kw: object
) -> Deal:
    unit = site["units"][0]  # type: ignore[index]
    deal_id = deals.subscribe(session, staff["c1"], request(unit, site["customer"], **kw), now=NOW)  # type: ignore[arg-type]
    return session.get(Deal, deal_id)  # type: ignore[return-value]


def signed(
    session: Session, staff: dict[str, Actor], site: dict[str, object], **kw: object
) -> Deal:
    deal = subscribed(session, staff, site, **kw)
    deal_steps.sign_contract(
        session, staff["sec"], deal.id, contract_no="HT-001", netsign_no="WQ-001",
        version=deal.version, now=NOW + timedelta(days=1),
    )  # fmt: skip
    return deal


def step(session: Session, actor: Actor, deal: Deal, which: Step, **kw: object) -> None:
    deal_steps.complete_step(
        session,
        actor,
        deal.id,
        which,
        version=deal.version,
        now=kw.pop("now", NOW + timedelta(days=2)),
        **kw,  # type: ignore[arg-type]
    )


# --- queue tickets


def test_ticket_numbers_in_order_and_never_reused(session, staff, site):
    project, customer = site["project"], site["customer"]
    c1 = staff["c1"]
    numbers = []
    for _ in range(3):
        tid = tickets.issue_ticket(
            session, c1, project_id=project.id, customer_id=customer.id,
            amount=Decimal("20000"), now=NOW,
        )  # fmt: skip
        numbers.append(session.get(QueueTicket, tid))
    assert [t.number for t in numbers] == [1, 2, 3]
    assert numbers[0].status == TicketStatus.ACTIVE and numbers[0].issued_by_id == c1.user_id

    with pytest.raises(ValidationError) as err:
        tickets.void_ticket(session, staff["sec"], numbers[2].id, reason="  ", now=NOW)
    assert "reason" in err.value.fields
    tickets.void_ticket(session, staff["sec"], numbers[2].id, reason="客户填错项目", now=NOW)
    assert numbers[2].status == TicketStatus.VOIDED
    assert numbers[2].void_reason == "客户填错项目" and numbers[2].closed_at == NOW
    with pytest.raises(UserError, match="已作废"):
        tickets.void_ticket(session, staff["sec"], numbers[2].id, reason="再作废", now=NOW)

    # The voided number 3 stays used: the next is 4.
    tid = tickets.issue_ticket(
        session, c1, project_id=project.id, customer_id=customer.id, amount=Decimal("20000")
        , now=NOW,
    )  # fmt: skip
    assert session.get(QueueTicket, tid).number == 4
    # Another project counts on its own.
    other = make_project(session, "安家·二期")
    tid = tickets.issue_ticket(
        session, c1, project_id=other.id, customer_id=customer.id, amount=Decimal("1"), now=NOW
    )
    assert session.get(QueueTicket, tid).number == 1

    rows = tickets.list_tickets(session, staff["sec"], project.id)
    assert [r.number for r in rows] == [1, 2, 3, 4]
    assert rows[2].status == "voided" and rows[0].issued_by == "王顾问"
    assert rows[0].shown_phone == "138****1111"  # not the secretary's customer
    assert [r.number for r in tickets.list_tickets(session, c1, project.id, status="voided")] == [3]
    assert tickets.list_tickets(session, c1, project.id)[0].shown_phone == "13800001111"


def test_a_ticket_with_money_cannot_be_voided(session, staff, site):
    project, customer = site["project"], site["customer"]
    tid = tickets.issue_ticket(
        session, staff["c1"], project_id=project.id, customer_id=customer.id,
        amount=Decimal("20000"), now=NOW,
    )  # fmt: skip
    ticket = session.get(QueueTicket, tid)
    receipt = add_receipt(session, project, amount="20000", ticket=ticket)
    with pytest.raises(UserError, match="退筹"):
        tickets.void_ticket(session, staff["mgr"], tid, reason="不买了", now=NOW)
    # A voided receipt no longer holds money.
    receipt.voided_at = NOW
    session.flush()
    tickets.void_ticket(session, staff["mgr"], tid, reason="不买了", now=NOW)
    assert ticket.status == TicketStatus.VOIDED


def test_a_ticket_chosen_at_opening_cannot_be_voided(session, staff, site):
    project, customer, unit = site["project"], site["customer"], site["units"][0]
    tid = tickets.issue_ticket(
        session, staff["c1"], project_id=project.id, customer_id=customer.id,
        amount=Decimal("20000"), now=NOW,
    )  # fmt: skip
    session.add(UnitHold(unit_id=unit.id, kind="choice", customer_id=customer.id, ticket_id=tid))
    session.flush()
    with pytest.raises(UserError, match="已选房"):
        tickets.void_ticket(session, staff["sec"], tid, reason="重复", now=NOW)
    row = tickets.list_tickets(session, staff["sec"], project.id)[0]
    assert row.chosen_unit == "1栋0101" and row.choice_hold_id is not None


def test_tickets_refused_before_the_permit_date(session, staff, site):
    customer, c1 = site["customer"], staff["c1"]
    later = make_project(session, "未取证项目", permit_date=date(2026, 12, 1))
    with pytest.raises(UserError, match=r"预售许可日期（2026-12-01）之前不能认筹"):
        tickets.issue_ticket(
            session, c1, project_id=later.id, customer_id=customer.id, amount=Decimal(1), now=NOW
        )
    none = make_project(session, "无证项目", permit_date=None)
    with pytest.raises(UserError, match="尚未录入预售许可日期"):
        tickets.issue_ticket(
            session, c1, project_id=none.id, customer_id=customer.id, amount=Decimal(1), now=NOW
        )
    with pytest.raises(ValidationError) as err:
        tickets.issue_ticket(
            session, c1, project_id=site["project"].id, customer_id=customer.id,
            amount=Decimal(0), now=NOW,
        )  # fmt: skip
    assert "amount" in err.value.fields
    with pytest.raises(NotFound):
        tickets.issue_ticket(
            session, c1, project_id=999, customer_id=customer.id, amount=Decimal(1), now=NOW
        )
    with pytest.raises(PermissionDenied):
        tickets.issue_ticket(
            session, staff["cash"], project_id=site["project"].id, customer_id=customer.id,
            amount=Decimal(1), now=NOW,
        )  # fmt: skip
    tid = tickets.issue_ticket(
        session, c1, project_id=site["project"].id, customer_id=customer.id,
        amount=Decimal(1), now=NOW,
    )  # fmt: skip
    with pytest.raises(PermissionDenied):  # a consultant cannot void
        tickets.void_ticket(session, c1, tid, reason="x", now=NOW)
    with pytest.raises(NotFound):
        tickets.void_ticket(session, staff["sec"], 999, reason="x", now=NOW)
    customer.anonymised_at = NOW
    with pytest.raises(UserError, match="匿名化"):
        tickets.issue_ticket(
            session, c1, project_id=site["project"].id, customer_id=customer.id,
            amount=Decimal(1), now=NOW,
        )  # fmt: skip


# --- 认购


def test_subscribe_makes_the_deal_its_plan_and_the_first_step(session, staff, site):
    deal = subscribed(session, staff, site)
    unit = site["units"][0]
    assert deal.stage == Stage.SUBSCRIBED and unit.status == UnitStatus.SUBSCRIBED
    assert deal.list_price == Decimal("1000000.00")
    assert deal.standard_discount == Decimal("20000.00")  # 全款 2%
    assert deal.price == Decimal("980000.00") and deal.filed_price == Decimal("1100000.00")
    assert deal.discount_status == DiscountStatus.NONE
    assert deal.sign_deadline == TODAY + timedelta(days=7)
    assert deal.penalty_per_10k == Decimal("5") and deal.cancel_days == 90
    assert deal.consultant_id == staff["c1"].user_id
    assert deal.buyer_id_masked == "110101********" + BUYER_ID[-4:]
    assert BUYER_ID not in deal.buyer_id_cipher
    plan = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
    ).all()
    assert [(i.name, i.nature, i.amount, i.due_on) for i in plan] == [
        ("定金", "deposit", Decimal("50000.00"), TODAY),
        ("房款", "price", Decimal("930000.00"), TODAY + timedelta(days=30)),
    ]
    steps = session.scalars(select(DealStep).where(DealStep.deal_id == deal.id)).all()
    assert [(s.step, s.done_at, s.user_id) for s in steps] == [
        ("subscribe", NOW, staff["c1"].user_id)
    ]
    assert site["customer"].risk_monitoring is True
    assert deal_queries.deal_for_unit(session, unit.id) == deal.id
    assert deal_queries.deal_for_unit(session, site["units"][1].id) is None


def test_subscribe_is_refused_before_the_permit_date(session, staff, site):
    site["project"].permit_date = date(2026, 12, 1)
    session.flush()
    with pytest.raises(UserError, match=r"预售许可日期（2026-12-01）之前不能认购"):
        subscribed(session, staff, site)
    site["project"].permit_date = None
    with pytest.raises(UserError, match="尚未录入预售许可日期"):
        subscribed(session, staff, site)
    assert session.scalar(select(Deal.id)) is None


def test_queue_money_becomes_the_deposit(session, staff, site):
    project, customer = site["project"], site["customer"]
    tid = tickets.issue_ticket(
        session, staff["c1"], project_id=project.id, customer_id=customer.id,
        amount=Decimal("20000"), now=NOW,
    )  # fmt: skip
    ticket = session.get(QueueTicket, tid)
    first = add_receipt(session, project, amount="20000", ticket=ticket)
    voided = add_receipt(session, project, amount="5000", ticket=ticket)
    voided.voided_at = NOW
    session.flush()

    # The deposit may not be less than the queue money already received.
    with pytest.raises(ValidationError) as err:
        subscribed(session, staff, site, deposit="10000", ticket_id=tid)
    assert "认筹金" in err.value.fields["deposit"]

    deal = subscribed(session, staff, site, deposit="50000", ticket_id=tid)
    deposit = session.scalar(
        select(Installment).where(Installment.deal_id == deal.id, Installment.seq == 1)
    )
    assert ticket.status == TicketStatus.CONVERTED and ticket.deal_id == deal.id
    assert ticket.closed_at == NOW and deal.ticket_id == tid
    assert first.deal_id == deal.id and first.installment_id == deposit.id
    assert voided.deal_id is None and voided.installment_id is None
    assert deposit.paid == Decimal("20000.00") and deposit.settled_on is None
    assert deal_queries.deal_detail(session, staff["sec"], deal.id, now=NOW).ticket_number == 1
    # The queue list shows the unit the number turned into.
    (row,) = tickets.list_tickets(session, staff["sec"], project.id, now=NOW)
    assert row.status == TicketStatus.CONVERTED and row.chosen_unit == "1栋0101"

    # A converted ticket is no longer usable.
    with pytest.raises(UserError, match="已转定金"):
        deals.subscribe(
            session, staff["c1"],
            request(site["units"][1], customer, ticket_id=tid), now=NOW,
        )  # fmt: skip


def test_queue_money_covering_the_deposit_settles_it(session, staff, site):
    project, customer = site["project"], site["customer"]
    tid = tickets.issue_ticket(
        session, staff["c1"], project_id=project.id, customer_id=customer.id,
        amount=Decimal("50000"), now=NOW,
    )  # fmt: skip
    add_receipt(session, project, amount="50000", ticket=session.get(QueueTicket, tid))
    deal = subscribed(session, staff, site, deposit="50000", ticket_id=tid)
    deposit = session.scalar(
        select(Installment).where(Installment.deal_id == deal.id, Installment.seq == 1)
    )
    assert deposit.paid == deposit.amount and deposit.settled_on == TODAY


def test_a_ticket_of_someone_else_is_refused(session, staff, site):
    other = make_customer(session, "李四", "13900002222", owner=staff["c1"])
    tid = tickets.issue_ticket(
        session, staff["c1"], project_id=site["project"].id, customer_id=other.id,
        amount=Decimal("1000"), now=NOW,
    )  # fmt: skip
    with pytest.raises(UserError, match="不是该客户"):
        subscribed(session, staff, site, ticket_id=tid)
    with pytest.raises(NotFound):
        subscribed(session, staff, site, ticket_id=999)


def test_deposit_is_capped_at_20_percent(session, staff, site):
    # 成交价 980,000: the cap is 196,000.00.
    with pytest.raises(ValidationError) as err:
        subscribed(session, staff, site, deposit="196000.01")
    assert "20%" in err.value.fields["deposit"]
    with pytest.raises(ValidationError) as err:
        subscribed(session, staff, site, deposit="0")
    assert "deposit" in err.value.fields
    deal = subscribed(session, staff, site, deposit="196000")
    assert deal.deposit == Decimal("196000.00")


def test_price_is_never_above_the_filed_price(session, staff, site):
    project = site["project"]
    (unit,) = make_building(
        session, project, "2栋", floors=1, rooms=("01",),
        list_price=Decimal("1200000"), filed_price=Decimal("1100000"),
    )  # fmt: skip
    customer = site["customer"]
    # 公积金贷款 has no standard discount: 1,200,000 > 1,100,000.
    with pytest.raises(ValidationError) as err:
        deals.subscribe(
            session, staff["c1"], request(unit, customer, method=PaymentMethod.FUND), now=NOW
        )
    assert "备案价" in err.value.fields["price"]
    q = deals.quote(session, staff["c1"], unit_id=unit.id, payment_method=PaymentMethod.FUND)
    assert q.price == Decimal("1200000.00") and "price" in q.problems
    assert "deposit" not in q.problems  # no deposit typed yet
    # A special discount down to the filed price makes it acceptable (pending approval).
    q = deals.quote(
        session, staff["c1"], unit_id=unit.id, payment_method=PaymentMethod.FUND,
        special_discount=Decimal("100000"), deposit=Decimal("300000"),
    )  # fmt: skip
    assert q.price == Decimal("1100000.00") and "price" not in q.problems
    assert q.deposit_cap == Decimal("220000.00") and "deposit" in q.problems
    assert q.approver_label == "营销负责人"
    deal_id = deals.subscribe(
        session, staff["c1"],
        request(unit, customer, method=PaymentMethod.FUND, special="100000"), now=NOW,
    )  # fmt: skip
    assert session.get(Deal, deal_id).price == Decimal("1100000.00")


def test_quote_names_who_approves(session, staff, site):
    unit = site["units"][0]
    q = deals.quote(session, staff["sec"], unit_id=unit.id, payment_method=PaymentMethod.FULL)
    assert (q.list_price, q.standard_discount, q.price) == (
        Decimal("1000000.00"), Decimal("20000.00"), Decimal("980000.00"),
    )  # fmt: skip
    assert q.approver_label == "" and q.deposit_cap == Decimal("196000.00") and not q.problems
    q = deals.quote(
        session, staff["sec"], unit_id=unit.id, payment_method=PaymentMethod.COMMERCIAL,
        special_discount=Decimal("10000"),
    )  # fmt: skip
    assert q.standard_discount == Decimal("10000.00") and q.approver_label == "案场经理"
    with pytest.raises(NotFound):
        deals.quote(session, staff["sec"], unit_id=999, payment_method=PaymentMethod.FULL)


def test_subscribe_form_errors(session, staff, site):
    with pytest.raises(ValidationError) as err:
        subscribed(session, staff, site, buyer_name=" ", buyer_id_number="110101199003071234")
    assert set(err.value.fields) == {"buyer_name", "buyer_id_number"}
    assert "校验位" in err.value.fields["buyer_id_number"]
    with pytest.raises(ValidationError) as err:
        subscribed(session, staff, site, special="-1")
    assert "special_discount" in err.value.fields
    with pytest.raises(ValidationError) as err:
        subscribed(session, staff, site, special="5000", discount_reason=" ")
    assert err.value.fields == {"discount_reason": "有特批优惠时请填写理由"}
    assert session.scalar(select(Deal.id)) is None
    assert site["units"][0].status == UnitStatus.AVAILABLE


def test_who_may_subscribe_whom(session, staff, site):
    customer = site["customer"]
    # Another consultant's customer: refused; an unowned customer: the actor sells it.
    with pytest.raises(PermissionDenied, match="不归您"):
        deals.subscribe(session, staff["c2"], request(site["units"][0], customer), now=NOW)
    walk_in = make_customer(session, "散客", "13700003333")
    deal_id = deals.subscribe(session, staff["c2"], request(site["units"][0], walk_in), now=NOW)
    assert session.get(Deal, deal_id).consultant_id == staff["c2"].user_id
    # The secretary subscribes for an unowned customer: no consultant.
    other = make_customer(session, "散客二", "13700004444")
    deal_id = deals.subscribe(session, staff["sec"], request(site["units"][1], other), now=NOW)
    assert session.get(Deal, deal_id).consultant_id is None
    with pytest.raises(PermissionDenied):
        deals.subscribe(session, staff["cash"], request(site["units"][2], other), now=NOW)
    other.anonymised_at = NOW
    with pytest.raises(UserError, match="匿名化"):
        deals.subscribe(session, staff["sec"], request(site["units"][2], other), now=NOW)
    with pytest.raises(NotFound):
        deals.subscribe(session, staff["sec"], request(Unit(id=999), customer), now=NOW)


def test_a_unit_taken_or_held_for_another_is_refused(session, staff, site):
    unit, customer = site["units"][0], site["customer"]
    subscribed(session, staff, site)
    other = make_customer(session, "李四", "13900002222", owner=staff["c1"])
    with pytest.raises(UserError, match="已认购"):
        deals.subscribe(session, staff["c1"], request(unit, other), now=NOW)

    second = site["units"][1]
    holds.hold_unit(session, staff["c2"], second.id, customer_id=other.id, now=NOW)
    with pytest.raises(ConflictError, match="已被 李四 锁定"):
        deals.subscribe(session, staff["c1"], request(second, customer), now=NOW)


def test_the_customers_own_hold_turns_into_the_deal(session, staff, site):
    unit, customer = site["units"][1], site["customer"]
    # After a hold's end it cannot be used any more (another unit: its release stays).
    late = site["units"][3]
    late_hold = holds.hold_unit(session, staff["c1"], late.id, customer_id=customer.id, now=NOW)
    with pytest.raises(UserError, match="到期"):
        deals.subscribe(
            session, staff["c1"], request(late, customer, hold_id=late_hold),
            now=NOW + timedelta(hours=25),
        )  # fmt: skip
    hold_id = holds.hold_unit(session, staff["c1"], unit.id, customer_id=customer.id, now=NOW)
    assert unit.status == UnitStatus.HELD
    deal_id = deals.subscribe(
        session, staff["c1"], request(unit, customer, hold_id=hold_id), now=NOW
    )
    hold = session.get(UnitHold, hold_id)
    assert hold.released_at == NOW and hold.release_reason == "转认购"
    assert (
        unit.status == UnitStatus.SUBSCRIBED
        and deal_queries.deal_for_unit(session, unit.id) == deal_id
    )

    # Found without the id too.
    third = site["units"][2]
    holds.hold_unit(session, staff["c1"], third.id, customer_id=customer.id, now=NOW)
    deals.subscribe(session, staff["c1"], request(third, customer), now=NOW)
    assert third.status == UnitStatus.SUBSCRIBED


def test_referral_points_on_subscribe_and_sign(session, staff, site):
    referrer = make_customer(session, "老业主", "13600005555", owner=staff["c1"])
    site["customer"].referrer_id = referrer.id
    session.flush()
    deal = signed(session, staff, site)
    lines = session.scalars(
        select(ReferralPoint).where(ReferralPoint.referrer_id == referrer.id)
        .order_by(ReferralPoint.id)
    ).all()  # fmt: skip
    assert [(p.points, p.kind, p.referred_id) for p in lines] == [
        (500, "deal", site["customer"].id),
        (1000, "deal", site["customer"].id),
    ]
    assert "认购" in lines[0].note and "签约" in lines[1].note
    assert deal.stage == Stage.SIGNED

    # Zero points in the settings: no ledger line.
    settings.update_settings(session, Actor.system(), {"referral.points_subscribe": 0})
    buyer = make_customer(session, "被推荐二", "13600006666", owner=staff["c1"], referrer=referrer)
    deals.subscribe(session, staff["c1"], request(site["units"][1], buyer), now=NOW)
    assert (
        session.scalar(select(ReferralPoint.id).where(ReferralPoint.referred_id == buyer.id))
        is None
    )


# --- special discounts


def test_site_manager_approves_up_to_the_threshold(session, staff, site):
    # 1% of the list price (1,000,000) is 10,000: the site manager's limit.
    deal = subscribed(session, staff, site, special="10000")
    assert deal.discount_status == DiscountStatus.PENDING
    assert deal.price == Decimal("970000.00")
    with pytest.raises(UserError, match="特批折扣尚未审批"):
        deal_steps.sign_contract(
            session, staff["sec"], deal.id, contract_no="H", netsign_no="W",
            version=deal.version, now=NOW,
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        deals.decide_discount(session, staff["c1"], deal.id, approve=True, version=deal.version)
    deals.decide_discount(
        session, staff["mgr"], deal.id, approve=True, version=deal.version, now=NOW
    )
    assert deal.discount_status == DiscountStatus.APPROVED
    assert deal.discount_approver_id == staff["mgr"].user_id and deal.discount_decided_at == NOW
    with pytest.raises(UserError, match="没有待审批"):
        deals.decide_discount(session, staff["mgr"], deal.id, approve=True, version=deal.version)
    detail = deal_queries.deal_detail(session, staff["mgr"], deal.id, now=NOW)
    assert detail.discount_approver == "周经理" and detail.discount_status == "approved"


def test_above_the_threshold_only_the_marketing_head(session, staff, site):
    deal = subscribed(session, staff, site, special="10000.01")
    with pytest.raises(PermissionDenied, match="营销负责人"):
        deals.decide_discount(session, staff["mgr"], deal.id, approve=True, version=deal.version)
    assert deal.discount_status == DiscountStatus.PENDING
    with pytest.raises(ConflictError):
        deals.decide_discount(session, staff["head"], deal.id, approve=True, version=0)
    deals.decide_discount(
        session, staff["head"], deal.id, approve=True, version=deal.version, now=NOW
    )
    assert deal.discount_status == DiscountStatus.APPROVED


def test_marketing_head_may_approve_small_ones_too(session, staff, site):
    deal = subscribed(session, staff, site, special="500")
    deals.decide_discount(session, staff["head"], deal.id, approve=True, version=deal.version)
    assert deal.discount_status == DiscountStatus.APPROVED


def test_rejection_takes_the_discount_out_and_rebuilds_the_plan(session, staff, site):
    deal = subscribed(session, staff, site, method=PaymentMethod.COMMERCIAL, special="5000")
    # 表价 1,000,000 − 1% 10,000 − 5,000 = 985,000.
    assert deal.price == Decimal("985000.00")
    deals.decide_discount(
        session, staff["mgr"], deal.id, approve=False, reason="超出本月额度",
        version=deal.version, now=NOW,
    )  # fmt: skip
    assert deal.discount_status == DiscountStatus.REJECTED
    assert deal.special_discount == Decimal("0.00") and deal.price == Decimal("990000.00")
    assert "超出本月额度" in deal.note
    plan = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
    ).all()
    assert [(i.seq, i.name, i.amount) for i in plan] == [
        (1, "定金", Decimal("50000.00")),
        (2, "首付款", Decimal("247000.00")),  # 30% of 990,000 less the deposit
        (3, "按揭款", Decimal("693000.00")),
    ]
    assert sum(i.amount for i in plan) == deal.price
    assert session.scalar(
        select(AuditEntry.id).where(AuditEntry.action == "reject", AuditEntry.entity_id == deal.id)
    )
    # Signing is possible now.
    deal_steps.sign_contract(
        session, staff["sec"], deal.id, contract_no="H", netsign_no="W",
        version=deal.version, now=NOW,
    )  # fmt: skip


def test_rejection_refused_once_more_than_the_deposit_is_paid(session, staff, site):
    deal = subscribed(session, staff, site, method=PaymentMethod.COMMERCIAL, special="5000")
    down = session.scalar(
        select(Installment).where(Installment.deal_id == deal.id, Installment.seq == 2)
    )
    add_receipt(session, site["project"], amount="1000", deal=deal, installment=down,
                nature=Nature.DOWN)  # fmt: skip
    with pytest.raises(UserError, match="定金以外"):
        deals.decide_discount(
            session, staff["mgr"], deal.id, approve=False, version=deal.version, now=NOW
        )
    assert deal.discount_status == DiscountStatus.PENDING


# --- 签约 and the steps


def test_sign_contract(session, staff, site):
    deal = subscribed(session, staff, site)
    with pytest.raises(PermissionDenied):  # a consultant cannot sign
        deal_steps.sign_contract(
            session, staff["c1"], deal.id, contract_no="H", netsign_no="W",
            version=deal.version, now=NOW,
        )  # fmt: skip
    with pytest.raises(ValidationError) as err:
        deal_steps.sign_contract(
            session, staff["sec"], deal.id, contract_no=" ", netsign_no="",
            version=deal.version, now=NOW,
        )  # fmt: skip
    assert set(err.value.fields) == {"contract_no", "netsign_no"}
    with pytest.raises(ConflictError):
        deal_steps.sign_contract(
            session, staff["sec"], deal.id, contract_no="H", netsign_no="W", version=99, now=NOW
        )
    at = NOW + timedelta(days=1)
    deal_steps.sign_contract(
        session, staff["sec"], deal.id, contract_no=" HT-2026-001 ", netsign_no="WQ-9",
        version=deal.version, now=at,
    )  # fmt: skip
    assert (deal.stage, deal.contract_no, deal.netsign_no, deal.signed_at) == (
        Stage.SIGNED, "HT-2026-001", "WQ-9", at,
    )  # fmt: skip
    assert site["units"][0].status == UnitStatus.SIGNED
    assert session.scalar(select(DealStep.user_id).where(DealStep.step == "sign")) == (
        staff["sec"].user_id
    )
    assert len(session.scalars(select(CareTouch).where(CareTouch.deal_id == deal.id)).all()) == 3
    with pytest.raises(UserError, match="不能再签约"):
        deal_steps.sign_contract(
            session, staff["sec"], deal.id, contract_no="H", netsign_no="W",
            version=deal.version, now=at,
        )  # fmt: skip
    with pytest.raises(NotFound):
        deal_steps.sign_contract(session, staff["sec"], 999, contract_no="H", netsign_no="W",
                            version=1)  # fmt: skip


def test_full_payment_has_no_mortgage_steps(session, staff, site):
    deal = signed(session, staff, site)
    with pytest.raises(UserError, match="没有“按揭资料”这一步"):
        step(session, staff["loan"], deal, Step.DOCUMENTS)
    with pytest.raises(UserError, match="请在对应的窗口"):
        step(session, staff["sec"], deal, Step.SIGN)
    with pytest.raises(UserError, match="“备案”尚未完成"):
        step(session, staff["sec"], deal, Step.CERTIFICATE)
    step(session, staff["sec"], deal, Step.FILE)
    assert deal.filed_on == TODAY + timedelta(days=2)
    with pytest.raises(UserError, match="已经完成"):
        step(session, staff["sec"], deal, Step.FILE)
    deal_steps.deliver(
        session, staff["sec"], deal.id, measured_area=Decimal("100"), fees=Decimal(0),
        version=deal.version, now=NOW + timedelta(days=3),
    )  # fmt: skip
    step(session, staff["sec"], deal, Step.CERTIFICATE, now=NOW + timedelta(days=4))
    assert deal.stage == Stage.CERTIFIED and deal.certified_at == NOW + timedelta(days=4)
    detail = deal_queries.deal_detail(session, staff["sec"], deal.id, now=NOW + timedelta(days=4))
    assert [s.step for s in detail.steps] == [
        Step.SUBSCRIBE,
        Step.SIGN,
        Step.FILE,
        Step.DELIVER,
        Step.CERTIFICATE,
    ]
    assert all(s.done_at is not None for s in detail.steps) and detail.next_step is None


def test_loan_steps_in_order_by_the_mortgage_officer(session, staff, site):
    deal = signed(session, staff, site, method=PaymentMethod.COMBO)
    step(session, staff["sec"], deal, Step.FILE)
    with pytest.raises(UserError, match="“按揭资料”尚未完成"):
        step(session, staff["loan"], deal, Step.INTERVIEW)
    for actor in (staff["sec"], staff["c1"]):  # only the mortgage officer (and the manager)
        with pytest.raises(PermissionDenied, match="办理按揭"):
            step(session, actor, deal, Step.DOCUMENTS)
    version = deal.version
    step(session, staff["loan"], deal, Step.DOCUMENTS, note="资料已齐")
    assert deal.version > version  # a step moves the deal's version on
    for which in (Step.INTERVIEW, Step.APPROVAL, Step.PRE_REGISTRATION, Step.RELEASE):
        step(session, staff["loan"], deal, which)
    done = session.scalars(
        select(DealStep).where(DealStep.deal_id == deal.id).order_by(DealStep.id)
    ).all()
    assert [d.step for d in done] == [
        "subscribe", "sign", "file", "documents", "interview", "approval",
        "pre_registration", "release",
    ]  # fmt: skip
    assert done[3].note == "资料已齐" and done[3].user_id == staff["loan"].user_id


def test_a_step_recorded_afterwards(session, staff, site):
    deal = signed(session, staff, site)
    later = NOW + timedelta(days=10)
    with pytest.raises(ValidationError) as err:
        step(session, staff["sec"], deal, Step.FILE, on=TODAY + timedelta(days=11), now=later)
    assert "on" in err.value.fields
    step(session, staff["sec"], deal, Step.FILE, on=TODAY + timedelta(days=3), now=later)
    row = session.scalar(select(DealStep).where(DealStep.step == "file"))
    # 12:00 in Shanghai on that day.
    assert row.done_at == datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    assert deal.filed_on == date(2026, 11, 23)


def test_deliver_within_3_percent(session, staff, site):
    deal = signed(session, staff, site)
    step(session, staff["sec"], deal, Step.FILE)
    with pytest.raises(PermissionDenied):
        deal_steps.deliver(
            session, staff["c1"], deal.id, measured_area=Decimal("101"), fees=Decimal(0),
            version=deal.version, now=NOW,
        )  # fmt: skip
    with pytest.raises(ValidationError) as err:
        deal_steps.deliver(
            session, staff["sec"], deal.id, measured_area=Decimal("0"), fees=Decimal("-1"),
            version=deal.version, now=NOW,
        )  # fmt: skip
    assert set(err.value.fields) == {"measured_area", "fees"}
    result = deal_steps.deliver(
        session, staff["sec"], deal.id, measured_area=Decimal("101"), fees=Decimal("15000"),
        version=deal.version, now=NOW,
    )  # fmt: skip
    # 980,000 / 100 ㎡ = 9,800 per ㎡; +1 ㎡.
    assert result.amount == Decimal("9800.00") and not result.buyer_may_cancel
    assert result.ratio == Decimal("0.0100") and result.explanation
    unit = site["units"][0]
    assert unit.measured_area == Decimal("101.00") and unit.status == UnitStatus.DELIVERED
    assert deal.stage == Stage.DELIVERED and deal.delivered_at == NOW
    assert deal.area_settlement == Decimal("9800.00") and deal.fees == Decimal("15000.00")
    extra = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id, Installment.seq > 2)
        .order_by(Installment.seq)
    ).all()  # fmt: skip
    assert [(i.seq, i.name, i.nature, i.amount, i.due_on) for i in extra] == [
        (3, "补差款", "area", Decimal("9800.00"), TODAY + timedelta(days=30)),
        (4, "代收费用", "fees", Decimal("15000.00"), TODAY),
    ]


def test_deliver_over_3_percent(session, staff, site):
    deal = signed(session, staff, site)
    with pytest.raises(UserError, match="“备案”尚未完成"):
        deal_steps.deliver(
            session, staff["sec"], deal.id, measured_area=Decimal("105"), fees=Decimal(0),
            version=deal.version, now=NOW,
        )  # fmt: skip
    step(session, staff["sec"], deal, Step.FILE)
    result = deal_steps.deliver(
        session, staff["sec"], deal.id, measured_area=Decimal("105"), fees=Decimal(0),
        version=deal.version, now=NOW,
    )  # fmt: skip
    # +5%: the buyer pays only up to +3% (3 ㎡ × 9,800), and may cancel.
    assert result.amount == Decimal("29400.00") and result.buyer_may_cancel
    assert result.ratio == Decimal("0.0500")
    natures = session.scalars(
        select(Installment.nature).where(Installment.deal_id == deal.id)
    ).all()
    assert "area" in natures and "fees" not in natures


def test_deliver_under_3_percent(session, staff, site):
    deal = signed(session, staff, site)
    step(session, staff["sec"], deal, Step.FILE)
    result = deal_steps.deliver(
        session, staff["sec"], deal.id, measured_area=Decimal("95"), fees=Decimal(0),
        version=deal.version, now=NOW,
    )  # fmt: skip
    # −5%: 3 ㎡ returned at the unit price, the other 2 ㎡ double: 29,400 + 39,200.
    assert result.amount == Decimal("-68600.00") and result.buyer_may_cancel
    assert deal.area_settlement == Decimal("-68600.00")
    # Money to return is no installment.
    assert (
        session.scalar(
            select(Installment.id).where(
                Installment.deal_id == deal.id, Installment.nature == "area"
            )
        )
        is None
    )


def test_cancelled_deals_are_closed(session, staff, site):
    deal = signed(session, staff, site)
    deal.cancelled_at = NOW
    session.flush()
    with pytest.raises(UserError, match="已取消"):
        step(session, staff["sec"], deal, Step.FILE)
    detail = deal_queries.deal_detail(session, staff["sec"], deal.id, now=NOW)
    assert detail.next_step is None and not any(s.is_next for s in detail.steps)


# --- lists and the deal page


def test_lists_and_who_sees_which_deals(session, staff, site):
    mine = subscribed(session, staff, site)
    other_customer = make_customer(session, "李四", "13900002222", owner=staff["c2"])
    theirs_id = deals.subscribe(
        session, staff["c2"], request(site["units"][1], other_customer, buyer_name="李四"),
        now=NOW - timedelta(days=6),
    )  # fmt: skip
    later = NOW + timedelta(days=1)
    assert [r.id for r in deal_queries.list_deals(session, staff["sec"], now=later)] == [
        mine.id, theirs_id,
    ]  # fmt: skip
    assert [r.id for r in deal_queries.list_deals(session, staff["c1"], now=later)] == [mine.id]
    assert [r.id for r in deal_queries.list_deals(session, staff["c2"], now=later)] == [theirs_id]
    # A consultant who is also the site manager sees all.
    both = Actor(
        staff["c1"].user_id, "c1", "王顾问", frozenset({Role.CONSULTANT, Role.SITE_MANAGER})
    )
    assert len(deal_queries.list_deals(session, both, now=later)) == 2
    with pytest.raises(PermissionDenied):
        deal_queries.list_deals(session, Actor(None, "d", "前台", frozenset({Role.FRONT_DESK})))

    assert [r.id for r in deal_queries.list_deals(session, staff["sec"], text="李四")] == [
        theirs_id
    ]
    assert [r.id for r in deal_queries.list_deals(session, staff["sec"], text="1栋0101")] == [
        mine.id
    ]
    assert deal_queries.list_deals(session, staff["sec"], project_id=999) == []
    assert len(deal_queries.list_deals(session, staff["sec"], stage=Stage.SUBSCRIBED)) == 2
    assert deal_queries.list_deals(session, staff["sec"], stage=Stage.SIGNED) == []

    row = deal_queries.list_deals(session, staff["sec"], text="王建国", now=later)[0]
    assert row.unit_label == "1栋0101" and row.consultant_name == "王顾问"
    assert row.next_step is Step.SIGN and row.next_due == TODAY + timedelta(days=7)
    assert row.outstanding == Decimal("980000.00")
    # The 定金 was due on the 认购 day and is unpaid: 定金未到 — it binds only once paid
    # (Civil Code Art. 586), so it is no overdue debt.
    assert row.overdue == Decimal(0)

    # 认购未签约: the earliest deadline first.
    assert [r.id for r in deal_queries.unsigned(session, staff["mgr"], now=later)] == [
        theirs_id, mine.id,
    ]  # fmt: skip
    deal_steps.sign_contract(
        session, staff["sec"], mine.id, contract_no="HT-7", netsign_no="W",
        version=mine.version, now=later,
    )  # fmt: skip
    assert [r.id for r in deal_queries.unsigned(session, staff["mgr"], now=later)] == [theirs_id]
    row = deal_queries.list_deals(session, staff["sec"], text="HT-7", now=later)[0]
    assert row.next_step is Step.FILE and row.next_due == TODAY + timedelta(days=31)


def test_deal_detail_masks_the_id_and_is_audited(session, staff, site):
    deal = subscribed(session, staff, site, method=PaymentMethod.COMMERCIAL)
    masked = "110101********" + BUYER_ID[-4:]
    assert (
        deal_queries.deal_detail(session, staff["c1"], deal.id, now=NOW).buyer_id_shown == BUYER_ID
    )
    assert (
        deal_queries.deal_detail(session, staff["sec"], deal.id, now=NOW).buyer_id_shown == BUYER_ID
    )
    assert (
        deal_queries.deal_detail(session, staff["fin"], deal.id, now=NOW).buyer_id_shown == BUYER_ID
    )
    assert (
        deal_queries.deal_detail(session, staff["mgr"], deal.id, now=NOW).buyer_id_shown == masked
    )
    assert (
        deal_queries.deal_detail(session, staff["cash"], deal.id, now=NOW).buyer_id_shown == masked
    )
    with pytest.raises(PermissionDenied):
        deal_queries.deal_detail(session, staff["c2"], deal.id, now=NOW)
    with pytest.raises(NotFound):
        deal_queries.deal_detail(session, staff["sec"], 999, now=NOW)
    views = session.scalars(
        select(AuditEntry.summary).where(AuditEntry.action == "view", AuditEntry.entity == "deals")
    ).all()
    assert len(views) == 5 and "含完整证件号" in views[0] and "含完整证件号" not in views[3]


def test_deal_detail_money_and_steps(session, staff, site):
    deal = subscribed(session, staff, site, method=PaymentMethod.COMMERCIAL)
    plan = session.scalars(
        select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
    ).all()
    add_receipt(session, site["project"], amount="20000", deal=deal, installment=plan[0],
                nature=Nature.DEPOSIT)  # fmt: skip
    # 100 days later: the 定金 rest, the 首付款 and the 按揭款 are all past their dates.
    later = NOW + timedelta(days=100)
    detail = deal_queries.deal_detail(session, staff["sec"], deal.id, now=later)
    assert detail.price == Decimal("990000.00") and detail.paid == Decimal("20000.00")
    assert detail.outstanding == Decimal("970000.00")
    deposit, down, loan = detail.installments
    # The rest of the 定金 is not in: 定金未到, neither overdue nor penalised.
    assert deposit.outstanding == Decimal("30000.00") and deposit.days_overdue == 0
    assert deposit.penalty == Decimal("0.00")
    assert down.days_overdue == 85 and down.penalty > 0 and not down.loan_late
    assert loan.nature is Nature.LOAN and loan.days_overdue == 0 and loan.loan_late
    assert loan.penalty == Decimal("0.00")
    assert [r.amount for r in detail.receipts] == [Decimal("20000.00")]
    assert detail.care == [] and detail.ticket_number is None
    assert detail.unit_label == "1栋0101" and detail.consultant_name == "王顾问"
    assert detail.shown_phone == "138****1111"  # the secretary does not own the customer
    next_line = [s for s in detail.steps if s.is_next]
    assert [(s.step, s.due_on) for s in next_line] == [(Step.SIGN, TODAY + timedelta(days=7))]
    assert len(detail.steps) == 10


# --- two PCs racing for one unit


def _setup(database: Database) -> dict[str, int]:
    with session_scope(database, Actor.system()) as s:
        c1 = add_actor(s, "c1", "王顾问", Role.CONSULTANT)
        c2 = add_actor(s, "c2", "李顾问", Role.CONSULTANT)
        sec = add_actor(s, "sec", "秘书", Role.SALES_SECRETARY)
        project = make_project(s)
        unit = make_building(s, project, floors=1, rooms=("01",))[0]
        a = make_customer(s, "甲", "13800000001", owner=c1)
        b = make_customer(s, "乙", "13800000002", owner=c2)
        return {
            "c1": c1.user_id, "c2": c2.user_id, "sec": sec.user_id, "unit": unit.id,
            "a": a.id, "b": b.id,
        }  # fmt: skip


def _actor(user_id: int, name: str, role: Role) -> Actor:
    return Actor(user_id, name, name, frozenset({role}))


def _req(ids: dict[str, int], who: str) -> SubscribeRequest:
    return SubscribeRequest(
        unit_id=ids["unit"], customer_id=ids[who], buyer_name=who, buyer_id_number=BUYER_ID,
        payment_method=PaymentMethod.FULL, deposit=Decimal("10000"),
    )  # fmt: skip


def test_two_pcs_subscribing_the_same_unit(database):
    ids = _setup(database)
    c1 = _actor(ids["c1"], "c1", Role.CONSULTANT)
    c2 = _actor(ids["c2"], "c2", Role.CONSULTANT)
    # PC 2 has the unit on screen (loaded) before PC 1 saves its 认购.
    pc2 = database.sessions()
    pc2.info["actor"] = c2
    try:
        on_screen = pc2.get(Unit, ids["unit"])  # kept: the identity map holds it weakly
        assert on_screen.status == UnitStatus.AVAILABLE
        with session_scope(database, c1) as pc1:
            deals.subscribe(pc1, c1, _req(ids, "a"), now=NOW)
        # The unit is locked, then read: who holds it now (issue 15).
        with pytest.raises(ConflictError, match="0101 已认购（买受人 a，置业顾问 王顾问）"):
            deals.subscribe(pc2, c2, _req(ids, "b"), now=NOW)
    finally:
        pc2.rollback()
        pc2.close()
    with session_scope(database) as s:
        assert s.scalars(select(Deal.customer_id)).all() == [ids["a"]]
        assert s.get(Unit, ids["unit"]).status == UnitStatus.SUBSCRIBED


def test_a_stale_unit_collides_on_its_version(database):
    ids = _setup(database)
    c2 = _actor(ids["c2"], "c2", Role.CONSULTANT)
    sec = _actor(ids["sec"], "sec", Role.SALES_SECRETARY)
    pc2 = database.sessions()
    pc2.info["actor"] = c2
    try:
        on_screen = pc2.get(Unit, ids["unit"])
        version = on_screen.version
        # PC 1 changes the unit's price meanwhile: PC 2's copy is stale.
        with session_scope(database, sec) as pc1:
            units.update_unit(pc1, sec, ids["unit"], version=version, list_price=Decimal("990000"))
        with pytest.raises(ConflictError):
            deals.subscribe(pc2, c2, _req(ids, "b"), now=NOW)
    finally:
        pc2.rollback()
        pc2.close()
    with session_scope(database) as s:
        assert s.scalar(select(Deal.id)) is None


def test_reveal_the_buyer_id(session, staff, site):
    deal = subscribed(session, staff, site)
    assert deal_queries.reveal_buyer_id(session, staff["sec"], deal.id) == BUYER_ID
    assert deal_queries.reveal_buyer_id(session, staff["fin"], deal.id) == BUYER_ID
    for who in ("c1", "mgr", "cash"):
        with pytest.raises(PermissionDenied, match="查看完整证件号"):
            deal_queries.reveal_buyer_id(session, staff[who], deal.id)
    with pytest.raises(NotFound):
        deal_queries.reveal_buyer_id(session, staff["sec"], 999)
    summaries = session.scalars(
        select(AuditEntry.summary).where(
            AuditEntry.entity == "deals", AuditEntry.entity_id == deal.id,
            AuditEntry.action == "view",
        )
    ).all()  # fmt: skip
    assert summaries == ["查看买受人王建国的完整证件号"] * 2
