"""换房 (issue 17): the new unit held first (a 保留 for the customer, no end while the order is
open), its permit and 备案价, the new price by payment method, the deal moved at execution with
the old unit 可售 again, a new plan with the money received carried over by nature, the 认购书
printing the new unit; the hold freed when the order is rejected or withdrawn."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeStatus, OrderStep
from anjia_desk.core.deals import (
    DiscountStatus,
    HoldKind,
    Nature,
    PaymentMethod,
    Stage,
    Step,
    UnitStatus,
)
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.db.models import DealStep, DunningLetter, DunningLetterItem, UnitHold
from anjia_desk.services import change_execute, change_orders, change_swap, deal_steps, holds
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.subscription import subscription_paper
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.services.change_helpers import (
    LATER,
    NOW,
    TODAY,
    Site,
    approve,
    live_receipts,
    make_order,
    make_staff,
    pay,
    plan_rows,
    subscribe,
    swap_form,
)


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


@pytest.fixture
def site(session: Session, staff: dict[str, Actor]) -> Site:
    return Site(session, staff)


def test_a_swap_before_signing_holds_the_new_unit_then_moves_the_deal(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    old, new = site.units[0], site.cheaper[0]
    deal = subscribe(session, staff["c1"], old, site.customer)
    deposit = pay(session, site.project, deal, 1, "50000")
    order = make_order(session, deal)

    change_swap.prepare(
        session, staff["c1"], order, swap_form(new, new_payment_method=PaymentMethod.FULL), NOW
    )
    hold = session.get(UnitHold, order.new_hold_id)
    assert hold is not None and hold.unit_id == new.id
    # A 保留 for the customer that never runs out while the order is open.
    assert hold.kind == HoldKind.RESERVE and hold.expires_at is None
    assert hold.customer_id == site.customer.id and "BG-000001" in hold.reason
    assert new.status == UnitStatus.RESERVED
    assert holds.release_expired(session, now=NOW + timedelta(days=60)) == 0
    assert hold.released_at is None
    # 900,000 − 2% (全款) = 882,000; the old price kept beside it.
    assert order.old_unit_id == old.id and order.new_unit_id == new.id
    assert order.old_price == Decimal("980000.00")
    assert order.new_price == Decimal("882000.00")
    assert order.new_payment_method == PaymentMethod.FULL
    assert deal.unit_id == old.id  # nothing moves before execution

    approve(order, staff)
    change_swap.execute(session, staff["mgr"], order, LATER)
    session.refresh(old)
    session.refresh(new)
    assert old.status == UnitStatus.AVAILABLE
    assert new.status == UnitStatus.SUBSCRIBED
    assert deal.unit_id == new.id and deal.stage == Stage.SUBSCRIBED
    assert (deal.list_price, deal.standard_discount, deal.price, deal.filed_price) == (
        Decimal("900000.00"),
        Decimal("18000.00"),
        Decimal("882000.00"),
        Decimal("950000.00"),
    )
    assert hold.released_at is not None and hold.release_reason == "转换房"
    rows = plan_rows(session, deal)
    assert sum(r.amount for r in rows) == deal.price
    assert rows[0].nature == Nature.DEPOSIT and rows[0].paid == Decimal("50000.00")
    assert deposit.installment_id == rows[0].id
    assert "换房 BG-000001" in deal.note
    # The 认购书 reads the deal: it prints the new unit, price and plan.
    paper = subscription_paper(session, deal, seller="安家地产")
    assert (paper.building, paper.room) == ("2栋", new.room)
    assert paper.price == Decimal("882000.00")
    assert sum(line.amount for line in paper.plan) == Decimal("882000.00")


def test_a_swap_after_signing_carries_the_money_over_by_nature(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    old, new = site.units[1], site.cheaper[1]
    deal = subscribe(session, staff["c1"], old, site.customer, PaymentMethod.COMMERCIAL)
    deal_steps.sign_contract(
        session,
        staff["sec"],
        deal.id,
        contract_no="HT-1",
        netsign_no="WQ-1",
        version=deal.version,
        now=NOW,
    )
    # 定金 50,000 and the whole 首付 (30% of 990,000 − 50,000 = 247,000) in two receipts.
    pay(session, site.project, deal, 1, "50000")
    pay(session, site.project, deal, 2, "200000", TODAY - timedelta(days=1))
    pay(session, site.project, deal, 2, "47000")
    before = {r.id: (r.nature, r.amount) for r in live_receipts(session, deal)}
    paid_before = sum(r.paid for r in plan_rows(session, deal))
    assert paid_before == Decimal("297000.00")

    order = make_order(session, deal)
    change_swap.prepare(session, staff["sec"], order, swap_form(new), NOW)
    # The payment method stays; 900,000 − 1% (商业贷款) = 891,000.
    assert order.new_payment_method == PaymentMethod.COMMERCIAL
    assert order.new_price == Decimal("891000.00")
    approve(order, staff)
    change_swap.execute(session, staff["mgr"], order, LATER)

    session.refresh(old)
    session.refresh(new)
    assert old.status == UnitStatus.AVAILABLE and new.status == UnitStatus.SIGNED
    rows = plan_rows(session, deal)
    # The plan adds up to the new price; the money paid is the same, by nature.
    assert sum(r.amount for r in rows) == Decimal("891000.00")
    assert sum(r.paid for r in rows) == paid_before
    by_id = {r.id: r for r in rows}
    for receipt in live_receipts(session, deal):
        assert (receipt.nature, receipt.amount) == before[receipt.id]
        row = by_id[receipt.installment_id or 0]
        assert row.nature == receipt.nature
        assert row.paid <= row.amount
    down = next(r for r in rows if r.nature == Nature.DOWN)
    # The new 首付 (30% of 891,000 − 定金 = 217,300) grew to hold the 247,000 already paid:
    # money received is never pushed onto another nature; the 按揭款 is that much less.
    assert down.paid == down.amount == Decimal("247000.00")
    loan = next(r for r in rows if r.nature == Nature.LOAN)
    assert loan.amount == Decimal("891000.00") - Decimal("50000.00") - Decimal("247000.00")
    assert loan.due_on == TODAY + timedelta(days=3 + 60)  # counted from the change


def test_a_special_discount_is_approved_by_the_orders_approval(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[2], site.customer)
    order = make_order(session, deal)
    change_swap.prepare(
        session,
        staff["c1"],
        order,
        swap_form(site.units[3], new_special_discount=Decimal("30000")),
        NOW,
    )
    assert order.new_special_discount == Decimal("30000.00")
    assert order.new_price == Decimal("950000.00")  # 1,000,000 − 20,000 − 30,000
    order.status = ChangeStatus.APPROVED
    with pytest.raises(UserError, match="营销负责人"):
        change_swap.execute(session, staff["mgr"], order, LATER)
    approve(order, staff)
    change_swap.execute(session, staff["mgr"], order, LATER)
    assert deal.special_discount == Decimal("30000.00")
    assert deal.discount_status == DiscountStatus.APPROVED
    assert deal.discount_approver_id == staff["head"].user_id


def test_the_customers_own_hold_of_the_new_unit_becomes_the_swaps(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    mine = holds.hold_unit(
        session, staff["c1"], site.units[1].id, customer_id=site.customer.id, now=NOW
    )
    order = make_order(session, deal)
    change_swap.prepare(session, staff["c1"], order, swap_form(site.units[1]), NOW)
    first = session.get(UnitHold, mine)
    assert first is not None and first.released_at is not None
    assert order.new_hold_id != mine


def test_an_unavailable_unit_is_refused(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    other = make_customer(session, "李四", "13800002222", owner=staff["c2"])
    holds.hold_unit(session, staff["c2"], site.units[1].id, customer_id=other.id, now=NOW)
    subscribe(session, staff["c2"], site.units[2], other)
    site.units[3].blocked_reason = "样板间"
    site.units[3].status = UnitStatus.UNSELLABLE
    session.flush()
    order = make_order(session, deal)
    with pytest.raises(ConflictError, match="李四 锁定"):
        change_swap.prepare(session, staff["c1"], order, swap_form(site.units[1]), NOW)
    with pytest.raises(ConflictError, match="已认购"):
        change_swap.prepare(session, staff["c1"], order, swap_form(site.units[2]), NOW)
    with pytest.raises(ValidationError) as blocked:
        change_swap.prepare(session, staff["c1"], order, swap_form(site.units[3]), NOW)
    assert "不可售" in blocked.value.fields["new_unit"]
    with pytest.raises(ValidationError) as same:
        change_swap.prepare(session, staff["c1"], order, swap_form(site.units[0]), NOW)
    assert "原房源" in same.value.fields["new_unit"]
    elsewhere = make_building(session, make_project(session, "另一个盘"), "9栋")
    with pytest.raises(ValidationError) as foreign:
        change_swap.prepare(session, staff["c1"], order, swap_form(elsewhere[0]), NOW)
    assert "本项目" in foreign.value.fields["new_unit"]
    assert order.new_hold_id is None


def test_a_price_above_the_filed_price_is_refused(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    order = make_order(session, deal)
    with pytest.raises(ValidationError) as refused:
        change_swap.prepare(session, staff["c1"], order, swap_form(site.over[0]), NOW)
    assert "高于备案价" in refused.value.fields["new_unit"]
    session.refresh(site.over[0])
    assert site.over[0].status == UnitStatus.AVAILABLE


def test_a_project_without_its_permit_is_refused(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    site.project.permit_date = TODAY + timedelta(days=1)
    session.flush()
    order = make_order(session, deal)
    with pytest.raises(UserError, match="预售许可"):
        change_swap.prepare(session, staff["c1"], order, swap_form(site.units[1]), NOW)


def test_a_rejected_swap_frees_the_new_unit(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    order = make_order(session, deal)
    change_swap.prepare(session, staff["c1"], order, swap_form(site.units[1]), NOW)
    order.status = ChangeStatus.REJECTED
    change_swap.release(session, order, LATER)
    hold = session.get(UnitHold, order.new_hold_id)
    assert hold is not None and hold.release_reason == "换房申请被驳回"
    session.refresh(site.units[1])
    assert site.units[1].status == UnitStatus.AVAILABLE
    change_swap.release(session, order, LATER)  # twice: nothing more to do


def test_a_hold_released_by_hand_stops_the_execution(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    order = make_order(session, deal)
    change_swap.prepare(session, staff["c1"], order, swap_form(site.units[1]), NOW)
    assert order.new_hold_id is not None
    holds.release_hold(session, staff["mgr"], order.new_hold_id, reason="误操作", now=NOW)
    approve(order, staff)
    with pytest.raises(UserError, match="保留已被释放"):
        change_swap.execute(session, staff["mgr"], order, LATER)
    assert deal.unit_id == site.units[0].id


# --- through the change order's own services (services.change_orders / change_execute)


def test_a_signed_swap_end_to_end_through_the_order(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    old, new = site.units[4], site.cheaper[4]
    deal = subscribe(session, staff["c1"], old, site.customer)
    pay(session, site.project, deal, 1, "50000")
    deal_steps.sign_contract(
        session,
        staff["sec"],
        deal.id,
        contract_no="HT-9",
        netsign_no="WQ-9",
        version=deal.version,
        now=NOW,
    )
    pay(session, site.project, deal, 2, "100000")
    paid_before = sum(r.paid for r in plan_rows(session, deal))
    order_id = change_orders.file_change(session, staff["c1"], deal.id, swap_form(new), now=NOW)
    order = change_orders.get_order(session, order_id)
    assert order.status == ChangeStatus.REVIEW and order.new_hold_id is not None
    session.refresh(new)
    assert new.status == UnitStatus.RESERVED
    change_orders.review(session, staff["mgr"], order_id, version=order.version, now=NOW)
    change_orders.approve(session, staff["head"], order_id, version=order.version, now=NOW)
    change_orders.approve(session, staff["fin"], order_id, version=order.version, now=NOW)
    assert order.status == ChangeStatus.APPROVED
    with pytest.raises(UserError):  # after 签约: the 网签 is cancelled and signed again first
        change_execute.execute(session, staff["mgr"], order_id, version=order.version, now=LATER)
    for step in (OrderStep.REVOKE_FILING, OrderStep.RESIGN):
        change_execute.do_step(session, staff["sec"], order_id, step, now=LATER)
    change_execute.execute(session, staff["mgr"], order_id, version=order.version, now=LATER)

    assert order.status in (ChangeStatus.EXECUTED, ChangeStatus.CLOSED)
    session.refresh(old)
    session.refresh(new)
    assert old.status == UnitStatus.AVAILABLE and new.status == UnitStatus.SIGNED
    assert deal.unit_id == new.id and deal.price == order.new_price == Decimal("882000.00")
    rows = plan_rows(session, deal)
    assert sum(r.paid for r in rows) == paid_before
    assert sum(r.amount for r in rows) == deal.price


def test_a_rejected_order_frees_the_new_unit_on_the_sales_board(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer)
    order_id = change_orders.file_change(
        session, staff["c1"], deal.id, swap_form(site.units[1]), now=NOW
    )
    order = change_orders.get_order(session, order_id)
    change_orders.reject(
        session, staff["mgr"], order_id, reason="客户未补齐材料", version=order.version, now=NOW
    )
    session.refresh(site.units[1])
    assert site.units[1].status == UnitStatus.AVAILABLE
    # The unit is free for anyone again.
    other = make_customer(session, "李四", "13800002222", owner=staff["c2"])
    holds.hold_unit(session, staff["c2"], site.units[1].id, customer_id=other.id, now=NOW)


def test_a_deal_whose_loan_is_secured_on_its_unit_cannot_swap(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    deal = subscribe(session, staff["c1"], site.units[0], site.customer, PaymentMethod.COMMERCIAL)
    session.add(DealStep(deal_id=deal.id, step=Step.PRE_REGISTRATION, done_at=NOW))
    session.flush()
    order = make_order(session, deal)
    with pytest.raises(UserError, match="抵押预告登记"):
        change_swap.prepare(session, staff["c1"], order, swap_form(site.units[1]), NOW)


def test_a_swap_to_a_shorter_plan_keeps_what_letters_and_receipts_point_at(
    session: Session, staff: dict[str, Actor], site: Site
) -> None:
    """商业贷款 (定金, 首付, 按揭) → 全款 (定金, 房款): the 首付 paid lands on the 房款 and keeps
    its nature on the receipt; the 按揭 row a 催款函 listed stays, owing nothing."""
    deal = subscribe(session, staff["c1"], site.units[0], site.customer, PaymentMethod.COMMERCIAL)
    pay(session, site.project, deal, 1, "50000")
    down = pay(session, site.project, deal, 2, "100000")
    loan_row = plan_rows(session, deal)[2]
    assert loan_row.nature == Nature.LOAN
    letter = DunningLetter(
        project_id=site.project.id,
        deal_id=deal.id,
        number=1,
        stage=0,
        letter_on=TODAY,
        issued_at=NOW,
    )
    session.add(letter)
    session.flush()
    session.add(
        DunningLetterItem(
            letter_id=letter.id,
            installment_id=loan_row.id,
            stage=0,
            days_overdue=0,
            outstanding=loan_row.amount,
        )
    )
    session.flush()
    order = make_order(session, deal)
    change_swap.prepare(
        session,
        staff["c1"],
        order,
        swap_form(site.units[1], new_payment_method=PaymentMethod.FULL),
        NOW,
    )
    approve(order, staff)
    change_swap.execute(session, staff["mgr"], order, LATER)
    rows = plan_rows(session, deal)
    assert [r.nature for r in rows] == [Nature.DEPOSIT, Nature.PRICE, Nature.LOAN]
    assert sum(r.amount for r in rows) == deal.price == Decimal("980000.00")
    assert rows[2].id == loan_row.id and rows[2].amount == 0 and rows[2].settled_on is not None
    assert down.installment_id == rows[1].id and down.nature == Nature.DOWN
    assert rows[1].paid == Decimal("100000.00")
    assert sum(r.paid for r in rows) == Decimal("150000.00")
