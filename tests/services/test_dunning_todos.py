"""工作台's dunning to-dos (issue 16): 催款致电 at the pre-notice and at each stage (not while
paused, not outside 09:00–21:00, not once a call about the stage is logged), 按揭催办 for the
mortgage officer, and 催告期限 for the site manager from a formal demand's signed-for date until
paid, cancelled or 继续履行."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Nature, PaymentMethod
from anjia_desk.core.dunning import BlockForm, CallForm, CallOutcome, Delivery, DeliveryForm
from anjia_desk.core.dunning_texts import money_cn
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer, Deal, DunningLetter
from anjia_desk.services import dunning, dunning_actions, workbench
from anjia_desk.services.context import Actor
from anjia_desk.services.workbench_base import TodoKind
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_payments import installments, make_deal

TODAY = date(2026, 3, 10)
ZONE_OFFSET = timedelta(hours=8)  # Asia/Shanghai, the office's default zone


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """`day` at hour:minute office time, as UTC."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - ZONE_OFFSET


NOW = at(TODAY, 10)


@dataclass
class Office:
    consultant: Actor
    other: Actor
    manager: Actor
    mortgage: Actor
    secretary: Actor
    late: Deal  # 首付款 due 2026-02-08: 30 days overdue today, stage 2
    coming: Deal  # 房款 due 2026-03-20: a pre-notice call
    loan: Deal  # 按揭款 due 2026-02-20, not released
    demand: Deal  # 首付款 due 2025-12-01: 99 days overdue, a formal demand


@pytest.fixture
def office(session: Session) -> Office:
    project = make_project(session)
    units = make_building(session, project)
    consultant = add_actor(session, "guwen", "顾问甲", Role.CONSULTANT)
    other = add_actor(session, "guwen2", "顾问乙", Role.CONSULTANT)
    manager = add_actor(session, "jingli", "周经理", Role.SITE_MANAGER)
    mortgage = add_actor(session, "anjie", "按揭丙", Role.MORTGAGE_OFFICER)
    secretary = add_actor(session, "mishu", "秘书丁", Role.SALES_SECRETARY)
    wang = make_customer(session, "王建国", "13800001111", owner=consultant)
    li = make_customer(session, "李小龙", "13800002222", owner=consultant)
    zhao = make_customer(session, "赵敏", "13800003333", owner=consultant)
    qian = make_customer(session, "钱多多", "13800004444", owner=consultant)
    deposit = Decimal("50000.00")
    late = make_deal(
        session, project, units[0], wang,
        (
            (Nature.DEPOSIT, "定金", date(2026, 2, 1), deposit),
            (Nature.DOWN, "首付款", date(2026, 2, 8), Decimal("300000.00")),
        ),
        consultant=consultant, buyer_name="王建国", paid=(deposit,),
    )  # fmt: skip
    coming = make_deal(
        session, project, units[1], li,
        (
            (Nature.DEPOSIT, "定金", date(2026, 2, 1), deposit),
            (Nature.PRICE, "房款", date(2026, 3, 20), Decimal("200000.00")),
        ),
        consultant=consultant, buyer_name="李小龙", paid=(deposit,),
    )  # fmt: skip
    loan = make_deal(
        session, project, units[2], zhao,
        (
            (Nature.DEPOSIT, "定金", date(2026, 2, 1), deposit),
            (Nature.DOWN, "首付款", date(2026, 2, 8), Decimal("250000.00")),
            (Nature.LOAN, "按揭款", date(2026, 2, 20), Decimal("700000.00")),
        ),
        method=PaymentMethod.COMMERCIAL, consultant=consultant, buyer_name="赵敏",
        paid=(deposit, Decimal("250000.00")),
    )  # fmt: skip
    demand = make_deal(
        session, project, units[3], qian,
        (
            (Nature.DEPOSIT, "定金", date(2025, 11, 1), deposit),
            (Nature.DOWN, "首付款", date(2025, 12, 1), Decimal("150000.00")),
        ),
        consultant=consultant, buyer_name="钱多多", paid=(deposit,),
    )  # fmt: skip
    return Office(consultant, other, manager, mortgage, secretary, late, coming, loan, demand)


def items(session: Session, actor: Actor, kind: TodoKind, now: datetime = NOW) -> dict[int, str]:
    """deal id → detail of the to-dos of `kind` on `actor`'s list at `now`."""
    todo = workbench.todo_for(session, actor, now=now)
    found = {item.ref_id: item.detail for item in todo.items_of(kind)}
    assert todo.counts[kind] == len(found)
    return {k: v for k, v in found.items() if k is not None}


# --- 催款致电


def test_calls_at_the_pre_notice_and_at_each_stage(session: Session, office: Office) -> None:
    calls = items(session, office.consultant, TodoKind.DUNNING_CALL)
    # The formal demand's deal (99 days, stage 6) is called too; the loan never is.
    assert set(calls) == {office.late.id, office.coming.id, office.demand.id}
    assert "第2阶段" in calls[office.late.id]
    assert "300,000.00" in calls[office.late.id]
    assert "逾期 30 天" in calls[office.late.id]
    # The stage's phone script (core.dunning_texts), with the consultant's name.
    assert "话术：1. 问候：王建国您好" in calls[office.late.id]
    assert "置业顾问顾问甲" in calls[office.late.id]
    assert "预通知" in calls[office.coming.id]
    assert "还有 10 天" in calls[office.coming.id]
    assert "付款催告函" in calls[office.demand.id]
    # Another consultant's list has none; the site manager sees the team's.
    assert items(session, office.other, TodoKind.DUNNING_CALL) == {}
    assert set(items(session, office.manager, TodoKind.DUNNING_CALL)) == set(calls)


def test_from_stage_5_the_script_quotes_the_penalty_so_far(
    session: Session, office: Office
) -> None:
    stage5 = at(date(2026, 4, 24), 10)  # 75 days after 2026-02-08
    calls = items(session, office.consultant, TodoKind.DUNNING_CALL, stage5)
    assert "第5阶段" in calls[office.late.id]
    # 300,000 × 75 days × 5/10000, the receivables view's figure.
    assert money_cn(Decimal("11250.00")) in calls[office.late.id]


def test_no_call_before_nine_or_from_nine_in_the_evening(session: Session, office: Office) -> None:
    assert items(session, office.consultant, TodoKind.DUNNING_CALL, at(TODAY, 8, 59)) == {}
    assert items(session, office.consultant, TodoKind.DUNNING_CALL, at(TODAY, 21, 0)) == {}
    assert items(session, office.consultant, TodoKind.DUNNING_CALL, at(TODAY, 9, 0))
    assert items(session, office.consultant, TodoKind.DUNNING_CALL, at(TODAY, 20, 59))


def test_a_call_logged_for_the_stage_ends_the_to_do_until_the_next_stage(
    session: Session, office: Office
) -> None:
    # A call about stage 1 logged before stage 2 was reached (2026-03-10) does not count.
    dunning_actions.log_call(
        session, office.consultant, office.late.id,
        CallForm(CallOutcome.NO_ANSWER), stage=1, now=at(date(2026, 2, 20), 11),
    )  # fmt: skip
    assert office.late.id in items(session, office.consultant, TodoKind.DUNNING_CALL)
    dunning_actions.log_call(
        session, office.consultant, office.late.id,
        CallForm(CallOutcome.NO_ANSWER), stage=2, now=at(TODAY, 10, 30),
    )  # fmt: skip
    later = at(TODAY, 11)
    assert office.late.id not in items(session, office.consultant, TodoKind.DUNNING_CALL, later)
    # Stage 3 (45 days) brings it back.
    stage3 = at(date(2026, 3, 25), 10)
    calls = items(session, office.consultant, TodoKind.DUNNING_CALL, stage3)
    assert "第3阶段" in calls[office.late.id]


def test_a_block_pauses_the_call_and_lifting_it_brings_it_back(
    session: Session, office: Office
) -> None:
    block_id = dunning_actions.block_deal(
        session, office.manager, office.late.id,
        BlockForm("客户申请分期，正在协商", ends_on=date(2026, 3, 31)), now=NOW,
    )  # fmt: skip
    assert office.late.id not in items(session, office.consultant, TodoKind.DUNNING_CALL)
    # The block ends: due again the day after.
    after = at(date(2026, 4, 1), 10)
    assert office.late.id in items(session, office.consultant, TodoKind.DUNNING_CALL, after)
    dunning_actions.lift_block(session, office.manager, block_id, "协商未果", now=NOW)
    assert office.late.id in items(session, office.consultant, TodoKind.DUNNING_CALL)


def test_a_promised_date_pauses_the_call_until_it_has_passed(
    session: Session, office: Office
) -> None:
    dunning_actions.log_call(
        session, office.consultant, office.late.id,
        CallForm(CallOutcome.PROMISED, promised_on=date(2026, 3, 12)), stage=1,
        now=at(date(2026, 3, 1), 15),
    )  # fmt: skip
    assert office.late.id not in items(session, office.consultant, TodoKind.DUNNING_CALL)
    on_the_day = at(date(2026, 3, 12), 10)
    assert office.late.id not in items(
        session, office.consultant, TodoKind.DUNNING_CALL, on_the_day
    )
    passed = at(date(2026, 3, 13), 10)
    assert office.late.id in items(session, office.consultant, TodoKind.DUNNING_CALL, passed)


def test_do_not_disturb_does_not_stop_the_call(session: Session, office: Office) -> None:
    """勿扰 stops marketing, not calls about the contract's money (PIPL Art. 13(2))."""
    customer = session.get(Customer, office.late.customer_id)
    assert customer is not None
    customer.do_not_disturb = True
    session.flush()
    assert office.late.id in items(session, office.consultant, TodoKind.DUNNING_CALL)


def test_paid_in_full_no_call(session: Session, office: Office) -> None:
    first = installments(session, office.late)[1]
    first.paid = first.amount
    session.flush()
    assert office.late.id not in items(session, office.consultant, TodoKind.DUNNING_CALL)


# --- 按揭催办


def test_the_late_loan_goes_to_the_mortgage_officer_never_to_a_letter(
    session: Session, office: Office
) -> None:
    chase = items(session, office.mortgage, TodoKind.LOAN_CHASE)
    assert set(chase) == {office.loan.id}
    assert "按揭款 700,000.00 元" in chase[office.loan.id]
    assert "已过 18 天" in chase[office.loan.id]
    assert set(items(session, office.manager, TodoKind.LOAN_CHASE)) == {office.loan.id}
    assert items(session, office.consultant, TodoKind.LOAN_CHASE) == {}
    assert office.loan.id not in dunning.due_deal_ids(session, TODAY)
    assert office.loan.id not in items(session, office.consultant, TodoKind.DUNNING_CALL)
    # Released: gone.
    loan = installments(session, office.loan)[2]
    loan.paid = loan.amount
    session.flush()
    assert items(session, office.mortgage, TodoKind.LOAN_CHASE) == {}


def test_a_loan_not_yet_due_is_not_chased(session: Session, office: Office) -> None:
    before = at(date(2026, 2, 20), 10)
    assert items(session, office.mortgage, TodoKind.LOAN_CHASE, before) == {}


# --- 催告期限


def _formal_demand(session: Session, office: Office) -> DunningLetter:
    [letter_id] = dunning.issue_letters(
        session, office.secretary, [office.demand.id], day=TODAY, now=NOW
    )
    letter = session.get(DunningLetter, letter_id)
    assert letter is not None and letter.stage == 6
    return letter


def test_the_formal_demands_dates_from_its_signed_for_date(
    session: Session, office: Office
) -> None:
    letter = _formal_demand(session, office)
    # Not signed for yet: nothing runs.
    assert items(session, office.manager, TodoKind.DEMAND_DATES) == {}
    dunning_actions.record_delivery(
        session, office.secretary, letter.id,
        DeliveryForm(Delivery.COURIER, "SF1234567890", date(2026, 3, 12)),
        now=at(date(2026, 3, 13), 10),
    )  # fmt: skip
    later = at(date(2026, 3, 13), 10)
    dates = items(session, office.manager, TodoKind.DEMAND_DATES, later)
    text = dates[office.demand.id]
    # (a) 2026-03-12 + 3 months; (b) 2025-12-01 + 90 days; (c) min(a, b) + 1 year.
    assert "6月12日" in text
    assert "3月1日" in text
    assert "2027年3月1日" in text
    assert "不构成法律意见" in text
    # Only the site manager's list has it.
    assert items(session, office.consultant, TodoKind.DEMAND_DATES, later) == {}
    assert items(session, office.mortgage, TodoKind.DEMAND_DATES, later) == {}
    # The buyer asks in writing for a decision: (c) becomes three months after it.
    dunning_actions.record_buyer_request(
        session, office.manager, letter.id, date(2026, 3, 13), now=later
    )
    assert (
        "6月13日前决定"
        in items(session, office.manager, TodoKind.DEMAND_DATES, later)[office.demand.id]
    )


def test_the_dates_leave_once_continued_paid_cancelled_or_voided(
    session: Session, office: Office
) -> None:
    letter = _formal_demand(session, office)
    dunning_actions.record_delivery(
        session, office.secretary, letter.id, DeliveryForm(Delivery.IN_PERSON), now=NOW
    )
    assert letter.signed_on == TODAY
    assert office.demand.id in items(session, office.manager, TodoKind.DEMAND_DATES)
    # 继续履行.
    letter.continued_at = NOW
    session.flush()
    assert items(session, office.manager, TodoKind.DEMAND_DATES) == {}
    letter.continued_at = None
    # Paid.
    owed = installments(session, office.demand)[1]
    owed.paid = owed.amount
    session.flush()
    assert items(session, office.manager, TodoKind.DEMAND_DATES) == {}
    owed.paid = Decimal(0)
    # Cancelled.
    office.demand.cancelled_at = NOW
    session.flush()
    assert items(session, office.manager, TodoKind.DEMAND_DATES) == {}
    office.demand.cancelled_at = None
    session.flush()
    assert office.demand.id in items(session, office.manager, TodoKind.DEMAND_DATES)
    dunning_actions.continue_contract(
        session, office.manager, letter.id, "客户已付部分款项", now=NOW
    )
    assert items(session, office.manager, TodoKind.DEMAND_DATES) == {}


def test_a_voided_demand_sets_nothing_running(session: Session, office: Office) -> None:
    letter = _formal_demand(session, office)
    dunning_actions.record_delivery(
        session, office.secretary, letter.id, DeliveryForm(Delivery.IN_PERSON), now=NOW
    )
    dunning_actions.void_letter(session, office.secretary, letter.id, "打印错误", now=NOW)
    assert items(session, office.manager, TodoKind.DEMAND_DATES) == {}


def test_the_deals_own_period_after_a_demand(session: Session, office: Office) -> None:
    office.demand.demand_period_days = 30
    office.demand.cancel_days = 60
    letter = _formal_demand(session, office)
    dunning_actions.record_delivery(
        session, office.secretary, letter.id, DeliveryForm(Delivery.IN_PERSON), now=NOW
    )
    text = items(session, office.manager, TodoKind.DEMAND_DATES)[office.demand.id]
    # (a) 2026-03-10 + 30 days; (b) 2025-12-01 + 60 days; (c) min(a, b) + 1 year.
    assert "付款期限至4月9日（合同约定）" in text
    assert "解除权自1月30日产生（应付日后 60 天）" in text
    assert "2027年1月30日前决定" in text
