"""Receivables and the deal's paid totals follow the money out (issue 17): a cancelled deal
(cancelled_at set, stage 已取消 — as a refund order's execution leaves it) owes nothing any more
— not on 应收款, not to the dunning run, not on the 工作台's deal to-dos, not on the deal list —
and its page shows what the refund vouchers paid back, and of it what finance confirmed."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from anjia_desk.core.deals import Stage
from anjia_desk.db.models import Deal
from anjia_desk.services import deal_queries, dunning_due, workbench
from anjia_desk.services import refund_vouchers as rv
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.receivables import receivables
from anjia_desk.services.workbench import TodoKind
from tests.services import test_workbench
from tests.services.test_change_orders import NOW as ORDER_NOW
from tests.services.test_change_orders import order
from tests.services.test_refund_vouchers import form, make_office, refund_order
from tests.services.test_workbench import NOW, TODAY, _deal, _sign, days_ago

team, office = test_workbench.team, test_workbench.office  # the fixtures, shared

DEAL_KINDS = (
    TodoKind.SIGN_DUE,
    TodoKind.DEPOSIT_MISSING,
    TodoKind.STEP_DUE,
    TodoKind.CARE,
    TodoKind.DISCOUNT,
    TodoKind.DUNNING_CALL,
    TodoKind.LOAN_CHASE,
    TodoKind.DEMAND_DATES,
)


def cancel(session: Session, deal: Deal, at: datetime = NOW) -> None:
    """As change_orders.execute leaves a refunded deal."""
    deal.cancelled_at = at
    deal.stage = Stage.CANCELLED.value
    session.flush()


def _todo_refs(session: Session, actor: Actor) -> dict[TodoKind, set[int | None]]:
    todo = workbench.todo_for(session, actor, now=NOW)
    return {kind: {item.ref_id for item in todo.items_of(kind)} for kind in DEAL_KINDS}


def _everything_owed(session: Session, manager: Actor, deal: Deal) -> dict[str, object]:
    summary = receivables(session, manager, ReceivableQuery(), now=NOW)
    row = next(r for r in deal_queries.list_deals(session, manager, now=NOW) if r.id == deal.id)
    detail = deal_queries.deal_detail(session, manager, deal.id, now=NOW)
    return {
        "receivable": any(r.deal_id == deal.id for r in summary.rows),
        "dunned": deal.id in dunning_due.candidates(session, TODAY, 30),
        "list": (row.outstanding, row.overdue),
        "detail": detail.outstanding,
    }


def test_a_cancelled_deal_owes_nothing_anywhere(session, team, office):
    c1, manager = team["c1"], team["manager"]
    # Before 签约: sign deadline passed, 定金 not in — a sign-due and a deposit-missing to-do.
    # A special discount still waiting for approval: a discount to-do.
    unsigned = _deal(session, office, c1, "退定甲", at=days_ago(9), special="5000")
    # Signed 31 days ago: 备案 overdue (a step due), 首付款 owed.
    signed = _deal(session, office, c1, "退房乙", at=days_ago(33))
    _sign(session, office, signed, days_ago(31))
    # Signed yesterday: care touches due.
    fresh = _deal(session, office, c1, "退房丙", at=days_ago(3))
    _sign(session, office, fresh, days_ago(1))

    before = _todo_refs(session, manager)
    assert (
        unsigned.id in before[TodoKind.SIGN_DUE] and unsigned.id in before[TodoKind.DEPOSIT_MISSING]
    )
    assert signed.id in before[TodoKind.STEP_DUE]
    assert before[TodoKind.CARE]  # fresh's touches
    assert unsigned.id in before[TodoKind.DISCOUNT]
    for deal in (unsigned, signed, fresh):
        owed = _everything_owed(session, manager, deal)
        assert owed["receivable"] and owed["detail"] > 0 and owed["list"][0] > 0
    assert _everything_owed(session, manager, signed)["dunned"]

    for deal in (unsigned, signed, fresh):
        cancel(session, deal)
    after = _todo_refs(session, manager)
    assert after == {kind: set() for kind in DEAL_KINDS}
    assert _todo_refs(session, c1) == {kind: set() for kind in DEAL_KINDS}
    zero = Decimal("0.00")
    for deal in (unsigned, signed, fresh):
        assert _everything_owed(session, manager, deal) == {
            "receivable": False,
            "dunned": False,
            "list": (zero, zero),
            "detail": zero,
        }
    summary = receivables(session, manager, ReceivableQuery(), now=NOW)
    assert summary.rows == [] and summary.total_outstanding == 0


def test_the_deal_page_shows_what_went_back(session):
    office = make_office(session)
    s = office.staff
    order_id = refund_order(session, office)  # 50,000 to pay back
    deal_id = order(session, order_id).deal_id
    detail = deal_queries.deal_detail(session, s["mgr"], deal_id, now=ORDER_NOW)
    assert (detail.paid, detail.outstanding) == (Decimal("50000.00"), 0)  # paid stays history
    assert (detail.refunded, detail.refund_confirmed) == (0, 0)

    def pay(amount: str) -> int:
        return rv.pay_refund(session, s["cash"], order_id, form(amount), now=ORDER_NOW)

    first, second, third = pay("40000"), pay("1000"), pay("5000")
    rv.confirm_voucher(session, s["fin"], first, now=ORDER_NOW)
    rv.void_voucher(session, s["cash"], second, reason="重复", now=ORDER_NOW)
    detail = deal_queries.deal_detail(session, s["mgr"], deal_id, now=ORDER_NOW)
    assert detail.refunded == Decimal("45000.00")  # the void no longer counts
    assert detail.refund_confirmed == Decimal("40000.00")
    rv.confirm_voucher(session, s["fin"], third, now=ORDER_NOW)
    detail = deal_queries.deal_detail(session, s["mgr"], deal_id, now=ORDER_NOW)
    assert detail.refund_confirmed == Decimal("45000.00") and detail.outstanding == 0
