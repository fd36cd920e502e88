"""工作台 to-dos about change orders (issue 17): what waits for each role (the talk never for the
deal's seller), the orders in progress for the site manager, and the refunds due by a date,
overdue first; each item's ref_id is the order's id (target "change_order")."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind, ChangeStatus, Fault, Ground, OrderStep
from anjia_desk.core.deals import Nature, Stage, Step
from anjia_desk.core.roles import Role
from anjia_desk.db.models import ChangeOrderStep, DealStep, RefundVoucher
from anjia_desk.services import change_todos, payments, workbench
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import oversees
from anjia_desk.services.workbench_base import TODO_TARGETS, TodoContext, TodoKind
from tests.change_fixtures import add_order
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_payments import FULL_PLAN, make_deal

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
TODAY = date(2026, 3, 10)


@pytest.fixture
def orders(session: Session) -> dict[str, object]:
    project = make_project(session)
    units = make_building(session, project, floors=5)
    seller = add_actor(session, "s1", "资深甲", Role.SENIOR_CONSULTANT)
    actors = {
        "seller": seller,
        "other": add_actor(session, "s2", "资深乙", Role.SENIOR_CONSULTANT),
        "manager": add_actor(session, "jl", "经理", Role.SITE_MANAGER),
        "marketing": add_actor(session, "yx", "营销", Role.MARKETING_HEAD),
        "finance": add_actor(session, "cw", "财务", Role.FINANCE),
        "secretary": add_actor(session, "ms", "秘书", Role.SALES_SECRETARY),
        "mortgage": add_actor(session, "aj", "按揭", Role.MORTGAGE_OFFICER),
        "cashier": add_actor(session, "cn", "出纳", Role.CASHIER),
        "consultant": add_actor(session, "gw", "顾问", Role.CONSULTANT),
    }

    def deal(i: int, stage: Stage = Stage.SIGNED):  # type: ignore[no-untyped-def]
        customer = make_customer(session, f"客户{i}", f"1380000{i:04d}")
        return make_deal(
            session, project, units[i], customer, FULL_PLAN, consultant=seller, stage=stage
        )

    talk = add_order(session, deal(0, Stage.SUBSCRIBED), status=ChangeStatus.TALK)
    review = add_order(session, deal(1), ChangeKind.CANCEL, ChangeStatus.REVIEW)
    approval = add_order(
        session, deal(2), ChangeKind.CANCEL, ChangeStatus.APPROVAL,
        marketing_at=NOW, requested_at=NOW - timedelta(days=1),
    )  # fmt: skip
    loan_deal = deal(3)
    loan_deal.signed_at = NOW - timedelta(days=20)
    session.add(DealStep(deal_id=loan_deal.id, step=Step.RELEASE, done_at=NOW))
    approved = add_order(
        session, loan_deal, ChangeKind.CANCEL, ChangeStatus.APPROVED, stage_at_request=Stage.SIGNED
    )
    session.add(ChangeOrderStep(order_id=approved.id, step=OrderStep.CANCEL_CONTRACT, done_at=NOW))
    executed_deal = deal(4)
    executed = add_order(
        session, executed_deal, ChangeKind.CANCEL, ChangeStatus.EXECUTED,
        computed=Decimal("100000.00"),
    )  # fmt: skip
    for amount, voided in (("40000.00", None), ("9999.00", NOW)):
        session.add(
            RefundVoucher(
                project_id=project.id, number=1 if voided is None else 2, order_id=executed.id,
                deal_id=executed_deal.id, payee="客户4", amount=Decimal(amount), paid_on=TODAY,
                voided_at=voided,
            )
        )  # fmt: skip
    soon_deal = deal(5)
    payments.record_payment(
        session, actors["cashier"], amount=Decimal("100000"), nature=Nature.DOWN, payer="客户5",
        method="转账", paid_on=TODAY, deal_id=soon_deal.id, now=NOW,
    )  # fmt: skip
    area_soon = add_order(
        session, soon_deal, ChangeKind.CANCEL, ChangeStatus.APPROVAL, ground=Ground.AREA,
        fault=Fault.SELLER, refund_due_on=TODAY + timedelta(days=10),
    )  # fmt: skip
    area_late = add_order(
        session, deal(6), ChangeKind.CANCEL, ChangeStatus.EXECUTED, ground=Ground.AREA,
        fault=Fault.SELLER, refund_due_on=TODAY - timedelta(days=3),
        computed=Decimal("500.00"), override_amount=Decimal("800.00"),
    )  # fmt: skip
    add_order(  # far off: not yet listed as due
        session, deal(7), ChangeKind.CANCEL, ChangeStatus.REVIEW, ground=Ground.AREA,
        refund_due_on=TODAY + timedelta(days=31),
    )  # fmt: skip
    add_order(session, deal(8), ChangeKind.CANCEL, ChangeStatus.CLOSED)  # done: never listed
    session.flush()
    ids = {
        "talk": talk.id,
        "review": review.id,
        "approval": approval.id,
        "approved": approved.id,
        "executed": executed.id,
        "area_soon": area_soon.id,
        "area_late": area_late.id,
    }
    return {**actors, "ids": ids}


class Sink:
    """A plain TodoSink: the cashier and finance have no 工作台 of their own (no customer
    list), so the sources are asked directly, as the 工作台 asks them."""

    def __init__(self) -> None:
        self.items: list[tuple[TodoKind, int | None, str, date | None]] = []

    def add(
        self, kind: TodoKind, row: Any, detail: str, due: date | None, ref_id: int | None = None
    ) -> None:
        assert row.id and row.name  # the customer columns the builder needs
        self.items.append((kind, ref_id, detail, due))

    def listed(self, kind: TodoKind) -> int:
        return sum(1 for item in self.items if item[0] is kind)


def collected(
    session: Session, actor: Actor, kind: TodoKind
) -> list[tuple[int | None, str, date | None]]:
    [source] = [source for source in change_todos.SOURCES if source.kind is kind]
    context = TodoContext(
        session=session, actor=actor, team=oversees(actor), now=NOW, today=TODAY,
        rule=cs.rules(session), limit=workbench.ITEM_LIMIT, notes=[],
    )  # fmt: skip
    sink = Sink()
    count = source.collect(context, sink)
    assert count == len(sink.items)
    return [(ref_id, detail, due) for _kind, ref_id, detail, due in sink.items]


def items(session: Session, actor: Actor, kind: TodoKind) -> list[tuple[int | None, str]]:
    return [(ref_id, detail) for ref_id, detail, _due in collected(session, actor, kind)]


def waiting(session: Session, actor: object) -> dict[int, str]:
    assert isinstance(actor, Actor)
    return dict(items(session, actor, TodoKind.CHANGE_WAITING))  # type: ignore[arg-type]


def test_each_role_sees_what_waits_for_it(session: Session, orders: dict) -> None:  # type: ignore[type-arg]
    ids = orders["ids"]
    # The talk: another senior consultant leads it, never the deal's seller.
    assert list(waiting(session, orders["other"])) == [ids["talk"]]
    assert "挽留洽谈" in waiting(session, orders["other"])[ids["talk"]]
    assert waiting(session, orders["seller"]) == {}
    assert waiting(session, orders["consultant"]) == {}
    manager = waiting(session, orders["manager"])
    assert ids["talk"] in manager and "待您审核" in manager[ids["review"]]
    assert "BG-000002 退房 1栋0102" in manager[ids["review"]]
    # Approval: the marketing side of `approval` is done; finance approves both.
    assert list(waiting(session, orders["marketing"])) == [ids["area_soon"]]
    finance = waiting(session, orders["finance"])
    assert "待财务审批" in finance[ids["approval"]] and "待财务审批" in finance[ids["area_soon"]]
    # The steps after 签约: the contract is cancelled; the filing and the loan remain.
    [secretary] = waiting(session, orders["secretary"]).items()
    assert secretary[0] == ids["approved"]
    assert "待办理：撤销网签备案" in secretary[1] and "按揭" not in secretary[1]
    mortgage = waiting(session, orders["mortgage"])
    assert list(mortgage) == [ids["approved"]]
    assert "待办理：结清按揭贷款" in mortgage[ids["approved"]]
    # Money out: the cashier pays what is left (a voided voucher does not count), finance
    # confirms the voucher paid.
    cashier = waiting(session, orders["cashier"])
    assert "待支付退款 60,000.00 元" in cashier[ids["executed"]]
    assert "待支付退款 800.00 元" in cashier[ids["area_late"]]
    assert "1 张退款凭证待财务确认" in finance[ids["executed"]]


def test_orders_in_progress_are_the_site_managers(session: Session, orders: dict) -> None:  # type: ignore[type-arg]
    manager = items(session, orders["manager"], TodoKind.CHANGE_OPEN)
    assert len(manager) == 8  # every open order, the closed one not
    assert items(session, orders["finance"], TodoKind.CHANGE_OPEN) == []


def test_refunds_due_overdue_first_with_the_due_date(session: Session, orders: dict) -> None:  # type: ignore[type-arg]
    ids = orders["ids"]
    due = collected(session, orders["cashier"], TodoKind.REFUND_DUE)
    assert [ref_id for ref_id, _detail, _due in due] == [ids["area_late"], ids["area_soon"]]
    assert [day for *_rest, day in due] == [TODAY - timedelta(days=3), TODAY + timedelta(days=10)]
    assert "已逾期 3 天" in due[0][1] and "应退 800.00 元" in due[0][1]
    assert "还有 10 天" in due[1][1] and "应退 100,000.00 元" in due[1][1]
    assert items(session, orders["consultant"], TodoKind.REFUND_DUE) == []


def test_the_workbench_lists_them_and_they_open_the_order(session: Session, orders: dict) -> None:  # type: ignore[type-arg]
    todo = workbench.todo_for(session, orders["manager"], now=NOW)
    assert todo.counts[TodoKind.CHANGE_OPEN] == 8 and todo.counts[TodoKind.REFUND_DUE] == 2
    [late, _soon] = todo.items_of(TodoKind.REFUND_DUE)
    assert late.ref_id == orders["ids"]["area_late"] and late.customer_name == "客户6"
    for kind in (TodoKind.REFUND_DUE, TodoKind.CHANGE_WAITING, TodoKind.CHANGE_OPEN):
        assert TODO_TARGETS[kind] == "change_order"
