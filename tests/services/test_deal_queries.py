"""Deal queries: the next step and its due date agree in the list, on the deal page, in
`deal_queries.next_steps` and on the 工作台, back-dated steps included; the deal page carries
the actions its user may take."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from anjia_desk.core.deal_actions import DealAction
from anjia_desk.core.deals import PaymentMethod, Step
from anjia_desk.services import deal_queries, deal_steps, workbench
from anjia_desk.services.context import Actor
from anjia_desk.services.workbench_base import TodoKind
from tests.services.test_deals import NOW, TODAY, signed, site, staff, step, subscribed

__all__ = ["site", "staff"]  # the fixtures, imported for pytest


def _three_ways(
    session: Session, actor: Actor, deal_id: int
) -> set[tuple[Step | None, date | None]]:
    rows = [row for row in deal_queries.list_deals(session, actor, now=NOW) if row.id == deal_id]
    detail = deal_queries.deal_detail(session, actor, deal_id, now=NOW)
    due = next((line.due_on for line in detail.steps if line.is_next), None)
    return {
        (rows[0].next_step, rows[0].next_due),
        (detail.next_step, due),
        deal_queries.next_steps(session, [deal_id])[deal_id],
    }


def test_next_step_agrees_everywhere(session, staff, site):
    deal = subscribed(session, staff, site)
    assert _three_ways(session, staff["sec"], deal.id) == {(Step.SIGN, deal.sign_deadline)}
    deal_steps.sign_contract(
        session, staff["sec"], deal.id, contract_no="HT-1", netsign_no="WQ-1",
        version=deal.version, now=NOW + timedelta(days=1),
    )  # fmt: skip
    # 备案 falls due 30 days after the 签约 day (office time).
    assert _three_ways(session, staff["sec"], deal.id) == {
        (Step.FILE, TODAY + timedelta(days=1 + 30))
    }


def test_a_back_dated_step_counts_from_its_date(session, staff, site):
    deal = signed(session, staff, site, method=PaymentMethod.COMMERCIAL)
    # 备案 recorded two days after the 签约, dated ten days before today: 按揭资料 falls due
    # 7 days after that date — not after the 签约 (the latest step done) nor after today.
    filed_on = TODAY - timedelta(days=10)
    step(session, staff["sec"], deal, Step.FILE, on=filed_on, now=NOW + timedelta(days=2))
    expected = (Step.DOCUMENTS, filed_on + timedelta(days=7))
    assert _three_ways(session, staff["loan"], deal.id) == {expected}
    # …and the 工作台 lists it as due on that day too (3 days overdue).
    todo = workbench.todo_for(session, staff["loan"], now=NOW)
    due = [i.due for i in todo.items if i.kind is TodoKind.STEP_DUE and i.ref_id == deal.id]
    assert due == [expected[1]]


def test_next_steps_of_many_and_unknown(session, staff, site):
    first = subscribed(session, staff, site)
    found = deal_queries.next_steps(session, [first.id, 999, first.id])
    assert found == {first.id: (Step.SIGN, first.sign_deadline)}
    assert deal_queries.next_steps(session, []) == {}


def test_detail_carries_the_actions(session, staff, site):
    deal = subscribed(session, staff, site, special="5000")
    seen = deal_queries.deal_detail(session, staff["sec"], deal.id, now=NOW).actions
    assert seen[DealAction.SIGN].shown and not seen[DealAction.SIGN].allowed
    assert seen[DealAction.SIGN].why_not == "特批折扣尚未审批，审批后才能签约"
    assert not seen[DealAction.RECORD_PAYMENT].shown  # the secretary is not the cashier
    assert not seen[DealAction.APPROVE_DISCOUNT].shown
    by_manager = deal_queries.deal_detail(session, staff["mgr"], deal.id, now=NOW).actions
    assert by_manager[DealAction.APPROVE_DISCOUNT].allowed
    by_cashier = deal_queries.deal_detail(session, staff["cash"], deal.id, now=NOW).actions
    assert by_cashier[DealAction.RECORD_PAYMENT].allowed
    assert by_cashier[DealAction.VOID_RECEIPT].why_not == "没有可作废的收据"
