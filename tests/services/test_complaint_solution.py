"""services.complaint_solution (issue 18): the solution reviewed by both legal and finance (each
their own side, neither alone executes), a refusal sending it back, the plan, progress, the
execution setting the return visit's day; the whole path to closing through a second round; a
退房 or 换房 opening a change order on the case's deal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import RequestForm
from anjia_desk.core.changes import ChangeKind, ChangeStatus, Ground
from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_flow_forms import PlanForm, SolutionForm, VisitForm
from anjia_desk.core.complaint_kinds import (
    ComplaintStatus,
    EventKind,
    NoteKind,
    Solution,
    VisitWay,
)
from anjia_desk.core.complaints import Liable
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import ChangeOrder, Complaint, ComplaintNote, ComplaintVisit
from anjia_desk.services import complaint_close as cc
from anjia_desk.services import complaint_solution as cs
from anjia_desk.services.complaint_base import require_action
from tests.services.complaint_flow_helpers import (
    NOW,
    complaint,
    events,
    in_review,
    person,
    project,
    ratings,
)

LATER = NOW + timedelta(hours=2)
REPAIR = SolutionForm(Solution.REPAIR, "更换飘窗密封胶并修复墙面", "密封胶老化", Liable.CONTRACTOR)
PLAN = PlanForm("李工（总包）", NOW.date() + timedelta(days=5), "淋水试验 2 小时无渗漏")


def _c(session: Session, complaint_id: int) -> Complaint:
    row = session.get(Complaint, complaint_id)
    assert row is not None
    return row


def test_the_whole_path_through_a_refusal_and_a_second_round(session: Session) -> None:
    p = project(session)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    legal = person(session, "fawu", Role.LEGAL)
    finance = person(session, "caiwu", Role.FINANCE)
    service = person(session, "kefu", Role.CS_MANAGER)
    cid = complaint(session, p.id).id

    def v() -> int:
        return _c(session, cid).version

    cs.propose(session, manager, cid, REPAIR, version=v(), now=NOW)
    c = _c(session, cid)
    assert (c.status, c.solution, c.liable) == (
        ComplaintStatus.REVIEW,
        Solution.REPAIR,
        Liable.CONTRACTOR,
    )
    assert c.proposed_by_id == manager.user_id
    # Legal passes its side; the case still waits for finance.
    cs.review_solution(session, legal, cid, note="合法合规", version=v(), now=NOW)
    assert (c.status, c.legal_by_id, c.legal_note) == (
        ComplaintStatus.REVIEW,
        legal.user_id,
        "合法合规",
    )
    with pytest.raises(UserError, match="法务已审核"):
        cs.review_solution(session, legal, cid, version=v(), now=NOW)
    # Finance sends it back: open again, both stamps gone, the reason kept.
    cs.refuse_solution(session, finance, cid, reason="赔偿金额无依据", version=v(), now=NOW)
    assert (c.status, c.refuse_reason, c.legal_at, c.finance_at) == (
        ComplaintStatus.OPEN,
        "赔偿金额无依据",
        None,
        None,
    )
    with pytest.raises(UserError, match="方案不在审核中"):
        cs.review_solution(session, finance, cid, version=v(), now=NOW)
    cs.propose(session, manager, cid, REPAIR, version=v(), now=LATER)
    assert c.refuse_reason == ""
    cs.review_solution(session, finance, cid, version=v(), now=LATER)
    assert c.status is ComplaintStatus.REVIEW  # finance alone executes nothing
    with pytest.raises(UserError, match="方案经法务、财务审核后才能执行"):
        cs.plan_execution(session, manager, cid, PLAN, version=v(), now=LATER)
    cs.review_solution(session, legal, cid, version=v(), now=LATER)
    assert c.status is ComplaintStatus.EXECUTING
    assert (c.legal_by_id, c.finance_by_id) == (legal.user_id, finance.user_id)
    # Execution: not before the plan; progress notes; executed → the visit's day.
    with pytest.raises(UserError, match="请先安排执行"):
        cs.mark_executed(session, manager, cid, version=v(), now=LATER)
    cs.plan_execution(session, manager, cid, PLAN, version=v(), now=LATER)
    assert (c.executor, c.execute_due_on, c.acceptance) == (
        "李工（总包）",
        PLAN.due_on,
        "淋水试验 2 小时无渗漏",
    )
    note_id = cs.add_progress(session, manager, cid, "已更换密封胶，待淋水", now=LATER)
    note = session.get(ComplaintNote, note_id)
    assert note is not None and note.kind is NoteKind.PROGRESS
    cs.mark_executed(session, manager, cid, note="完工", version=v(), now=LATER)
    # Monday 11-23 → Thu 11-26 (three working days).
    assert (c.status, c.visit_due_on) == (ComplaintStatus.VISIT, NOW.date() + timedelta(days=3))
    # A visit at 70% opens the second round.
    low = VisitForm(VisitWay.PHONE, ratings(3, 4, 3, 4), "墙面还有水印")
    cc.record_visit(session, service, cid, low, version=v(), now=LATER + timedelta(days=1))
    assert (c.status, c.round, c.executed_at, c.visit_due_on) == (
        ComplaintStatus.EXECUTING,
        2,
        None,
        None,
    )
    with pytest.raises(UserError, match="未达 80%"):
        cc.close(session, manager, cid, version=v(), now=LATER + timedelta(days=1))
    cs.add_progress(session, manager, cid, "重新处理水印", now=LATER + timedelta(days=2))
    cs.mark_executed(session, manager, cid, version=v(), now=LATER + timedelta(days=2))
    with pytest.raises(UserError, match="回访之后才能办结"):
        cc.close(session, manager, cid, version=v(), now=LATER + timedelta(days=2))
    good = VisitForm(VisitWay.VISIT, ratings(5, 5, 4, 4), "满意")
    cc.record_visit(session, service, cid, good, version=v(), now=LATER + timedelta(days=3))
    assert (c.status, c.round) == (ComplaintStatus.VISIT, 2)
    cc.close(session, manager, cid, note="客户满意", version=v(), now=LATER + timedelta(days=3))
    assert (c.status, c.closed_by_id, c.close_reason) == (
        ComplaintStatus.CLOSED,
        manager.user_id,
        "客户满意",
    )
    visits = list(session.scalars(select(ComplaintVisit).order_by(ComplaintVisit.id)))
    assert [(x.round, str(x.score)) for x in visits] == [(1, "0.70"), (2, "0.90")]
    E = EventKind
    assert events(session, cid) == [
        E.PROPOSED, E.LEGAL_OK, E.REFUSED, E.PROPOSED, E.FINANCE_OK, E.LEGAL_OK, E.PLANNED,
        E.EXECUTED, E.VISITED, E.NEW_ROUND, E.EXECUTED, E.VISITED, E.CLOSED,
    ]  # fmt: skip


def test_legal_never_stamps_finances_side(session: Session) -> None:
    p = project(session)
    legal = person(session, "fawu", Role.LEGAL)
    c = in_review(session, p.id)
    with pytest.raises(PermissionDenied):
        require_action(session, legal, c, ComplaintAction.FINANCE_OK)
    cs.review_solution(session, legal, c.id, version=c.version, now=NOW)
    assert c.legal_at is not None and c.finance_at is None
    assert c.status is ComplaintStatus.REVIEW


def test_only_legal_or_finance_review_and_a_refusal_needs_its_reason(session: Session) -> None:
    p = project(session)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    finance = person(session, "caiwu", Role.FINANCE)
    c = in_review(session, p.id)
    with pytest.raises(PermissionDenied, match="审核投诉处理方案"):
        cs.review_solution(session, manager, c.id, version=c.version, now=NOW)
    with pytest.raises(ValidationError) as caught:
        cs.refuse_solution(session, finance, c.id, reason="  ", version=c.version, now=NOW)
    assert "reason" in caught.value.fields
    assert c.status is ComplaintStatus.REVIEW


def test_a_system_actor_stamps_both_sides(session: Session, system) -> None:
    c = in_review(session, project(session).id)
    cs.review_solution(session, system, c.id, version=c.version, now=NOW)
    assert c.status is ComplaintStatus.EXECUTING


def test_propose_validates_and_only_from_open(session: Session) -> None:
    p = project(session)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = complaint(session, p.id)
    with pytest.raises(ValidationError) as caught:
        cs.propose(session, manager, c.id, SolutionForm(Solution.REPAIR, " "), version=c.version,
                   now=NOW)  # fmt: skip
    assert "text" in caught.value.fields
    c.status = ComplaintStatus.REVIEW
    session.flush()
    with pytest.raises(UserError, match="方案已提交"):
        cs.propose(session, manager, c.id, REPAIR, version=c.version, now=NOW)


def test_progress_needs_words_and_a_case_in_execution(session: Session) -> None:
    p = project(session)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = complaint(session, p.id, status=ComplaintStatus.EXECUTING)
    with pytest.raises(ValidationError):
        cs.add_progress(session, manager, c.id, "   ", now=NOW)
    c.status = ComplaintStatus.OPEN
    session.flush()
    with pytest.raises(UserError, match="不在执行中"):
        cs.add_progress(session, manager, c.id, "进度", now=NOW)


def test_plan_refuses_a_past_deadline(session: Session) -> None:
    p = project(session)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = complaint(session, p.id, status=ComplaintStatus.EXECUTING)
    late = PlanForm("李工", NOW.date() - timedelta(days=1), "验收")
    with pytest.raises(ValidationError) as caught:
        cs.plan_execution(session, manager, c.id, late, version=c.version, now=NOW)
    assert "due_on" in caught.value.fields


# -- the change order a 退房 or 换房 opens ----------------------------------------------------


def _deal(session: Session) -> tuple[int, int, list[int]]:
    """A project with units and a 认购 deal on the first (project id, deal id, unit ids)."""
    from decimal import Decimal

    from anjia_desk.core.deals import PaymentMethod
    from anjia_desk.services import deals
    from anjia_desk.services.context import Actor
    from anjia_desk.services.deal_views import SubscribeRequest
    from tests.deal_fixtures import make_building, make_customer, make_project

    system = Actor.system()
    p = make_project(session)
    units = make_building(session, p)
    customer = make_customer(session, "钱多多", "13900003333")
    request = SubscribeRequest(
        unit_id=units[0].id,
        customer_id=customer.id,
        buyer_name="钱多多",
        buyer_id_number="11010519491231002X",
        payment_method=PaymentMethod.FULL,
        deposit=Decimal("50000"),
    )
    deal_id = deals.subscribe(session, system, request, now=NOW)
    return p.id, deal_id, [u.id for u in units]


def _executing(
    session: Session, project_id: int, deal_id: int, solution: Solution, number: int = 1
) -> Complaint:
    return complaint(
        session,
        project_id,
        number,
        status=ComplaintStatus.EXECUTING,
        deal_id=deal_id,
        solution=solution,
        legal_at=NOW,
        finance_at=NOW,
        executor="李工",
        execute_due_on=NOW.date(),
        acceptance="验收",
    )


QUALITY = RequestForm(ChangeKind.CANCEL, ground=Ground.QUALITY, ground_note="检测报告：主体不合格")


def test_a_cancellation_before_signing_opens_a_statutory_unsubscribe(session: Session) -> None:
    project_id, deal_id, _ = _deal(session)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = _executing(session, project_id, deal_id, Solution.CANCEL)
    with pytest.raises(UserError, match="请先生成变更单"):
        cs.mark_executed(session, manager, c.id, version=c.version, now=NOW)
    with pytest.raises(ValidationError) as caught:
        cs.open_change(session, manager, c.id, RequestForm(ChangeKind.CANCEL), now=NOW)
    assert "ground" in caught.value.fields
    order_id = cs.open_change(session, manager, c.id, QUALITY, now=NOW)
    order = session.get(ChangeOrder, order_id)
    assert order is not None
    assert (order.kind, order.ground, order.deal_id) == (
        ChangeKind.UNSUBSCRIBE,
        Ground.QUALITY,
        deal_id,
    )
    assert order.status is ChangeStatus.TALK and "TS-000001" in order.note
    assert c.change_order_id == order_id
    assert events(session, c.id) == [EventKind.CHANGE_OPENED]
    with pytest.raises(UserError, match="已生成变更单"):
        cs.open_change(session, manager, c.id, QUALITY, now=NOW)
    # The buyer takes the order back: it no longer counts, and the case may open another.
    from anjia_desk.services import change_orders

    change_orders.withdraw(
        session, manager, order_id, reason="客户撤回", version=order.version, now=NOW
    )
    with pytest.raises(UserError, match="请先生成变更单"):
        cs.mark_executed(session, manager, c.id, version=c.version, now=NOW)
    second = cs.open_change(session, manager, c.id, QUALITY, now=NOW)
    assert second != order_id and c.change_order_id == second
    cs.mark_executed(session, manager, c.id, version=c.version, now=NOW)
    assert c.status is ComplaintStatus.VISIT


def test_a_cancellation_after_signing_is_a_refund_order(session: Session, system) -> None:
    from anjia_desk.services import deal_steps

    project_id, deal_id, _ = _deal(session)
    from anjia_desk.db.models import Deal

    deal = session.get(Deal, deal_id)
    assert deal is not None
    deal_steps.sign_contract(
        session, system, deal_id, contract_no="HT-1", netsign_no="WQ-1", version=deal.version,
        now=NOW,
    )  # fmt: skip
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = _executing(session, project_id, deal_id, Solution.CANCEL)
    order_id = cs.open_change(session, manager, c.id, QUALITY, now=NOW)
    order = session.get(ChangeOrder, order_id)
    assert order is not None and order.kind is ChangeKind.CANCEL


def test_a_swap_opens_a_swap_order_and_a_repair_opens_none(session: Session) -> None:
    project_id, deal_id, units = _deal(session)
    manager = person(session, "jingli", Role.SITE_MANAGER)
    c = _executing(session, project_id, deal_id, Solution.SWAP)
    order_id = cs.open_change(
        session, manager, c.id, RequestForm(ChangeKind.CANCEL, new_unit_id=units[1]), now=NOW
    )
    order = session.get(ChangeOrder, order_id)
    assert order is not None and order.kind is ChangeKind.SWAP
    repair = _executing(session, project_id, deal_id, Solution.REPAIR, 2)
    with pytest.raises(UserError, match="不涉及退房或换房"):
        cs.open_change(session, manager, repair.id, QUALITY, now=NOW)
