"""services.change_orders / change_execute / change_views (issue 17): the written request, the
talk never led by the seller, review and the two approvals, rejection and withdrawal, the
adjusted figure needing the marketing head again, the steps after 签约 by their roles, the unit
back on the 销控表 only after the 网签备案 is revoked, the frozen money table, the 解约 notice,
closing, the brief's checklist, gap-free numbers and what waits for whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.core.change_forms import AdjustForm, ArchiveForm, GiftForm, RequestForm, TalkForm
from anjia_desk.core.changes import (
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    OrderStep,
    ReasonType,
    TalkOutcome,
)
from anjia_desk.core.deals import Nature, Stage, UnitStatus
from anjia_desk.core.dunning import Delivery, DeliveryForm
from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import ChangeOrder, Customer, Deal, RefundVoucher, Unit
from anjia_desk.services import change_execute as ex
from anjia_desk.services import change_orders as co
from anjia_desk.services import change_views as views
from anjia_desk.services import deal_steps, deals, payments
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.test_deals import request

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


@dataclass
class Office:
    units: list[Unit]
    customer: Customer
    staff: dict[str, Actor]


@pytest.fixture
def office(session: Session) -> Office:
    staff = {
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "senior": add_actor(session, "senior", "资深小赵", Role.SENIOR_CONSULTANT),
        "cs": add_actor(session, "cs", "客服刘经理", Role.CS_MANAGER),
        "sec": add_actor(session, "sec", "秘书小林", Role.SALES_SECRETARY),
        "mgr": add_actor(session, "mgr", "周经理", Role.SITE_MANAGER),
        "head": add_actor(session, "head", "营销吴总", Role.MARKETING_HEAD),
        "loan": add_actor(session, "loan", "按揭小郑", Role.MORTGAGE_OFFICER),
        "cash": add_actor(session, "cash", "出纳小钱", Role.CASHIER),
        "fin": add_actor(session, "fin", "财务老孙", Role.FINANCE),
        "legal": add_actor(session, "legal", "法务老周", Role.LEGAL),
    }
    project = make_project(session)
    units = make_building(session, project)
    customer = make_customer(session, owner=staff["c1"])
    return Office(units, customer, staff)


def a_deal(session: Session, office: Office, *, signed: bool = False, index: int = 0) -> Deal:
    """A deal sold by the consultant, its 定金 received; signed when asked."""
    s = office.staff
    unit = office.units[index]
    deal_id = deals.subscribe(
        session, s["c1"], request(unit, office.customer, deposit="50000"), now=NOW
    )
    payments.record_payment(
        session,
        s["cash"],
        amount=Decimal("50000"),
        nature=Nature.DEPOSIT,
        payer="王建国",
        method="转账",
        deal_id=deal_id,
        now=NOW,
    )
    deal = session.get(Deal, deal_id)
    assert deal is not None
    if signed:
        deal_steps.sign_contract(
            session,
            s["sec"],
            deal_id,
            contract_no="HT-1",
            netsign_no="WQ-1",
            version=deal.version,
            now=NOW + timedelta(hours=1),
        )
    return deal


def order(session: Session, order_id: int) -> ChangeOrder:
    found = session.get(ChangeOrder, order_id)
    assert found is not None
    return found


def refund_form(**kw: object) -> RequestForm:
    values: dict[str, object] = {
        "kind": ChangeKind.UNSUBSCRIBE,
        "reason_type": ReasonType.REGRET,
        "tags": ("价格",),
        "fault": Fault.BUYER,
    }
    values.update(kw)
    return RequestForm(**values)  # type: ignore[arg-type]


def through_approval(session: Session, office: Office, order_id: int, at: datetime) -> None:
    s = office.staff
    if order(session, order_id).status == ChangeStatus.TALK:
        co.record_talk(
            session,
            s["cs"],
            order_id,
            TalkForm(TalkOutcome.LEAVE, "客户坚持退"),
            version=order(session, order_id).version,
            now=at,
        )
    co.review(session, s["mgr"], order_id, version=order(session, order_id).version, now=at)
    co.approve(session, s["head"], order_id, version=order(session, order_id).version, now=at)
    co.approve(session, s["fin"], order_id, version=order(session, order_id).version, now=at)
    assert order(session, order_id).status == ChangeStatus.APPROVED


def test_a_refund_before_signing_from_request_to_closed(session: Session, office: Office) -> None:
    s = office.staff
    deal = a_deal(session, office)
    unit_id = deal.unit_id
    later = NOW + timedelta(days=2)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(), now=later)
    row = order(session, order_id)
    assert (row.number, row.status, row.stage_at_request) == (
        1,
        ChangeStatus.TALK,
        Stage.SUBSCRIBED,
    )
    assert not row.within_72h  # before 签约 the 72 hours do not apply
    # The seller may not lead the talk, however the roles read.
    with pytest.raises(PermissionDenied):
        co.record_talk(
            session,
            s["c1"],
            order_id,
            TalkForm(TalkOutcome.LEAVE, "x"),
            version=row.version,
            now=later,
        )
    through_approval(session, office, order_id, later)
    assert session.get(Unit, unit_id).status == UnitStatus.SUBSCRIBED  # type: ignore[union-attr]
    detail = views.change_detail(session, s["mgr"], order_id, now=later)
    assert detail.computed == Decimal("0.00")  # the 定金 is kept: the buyer is at fault
    assert detail.table.kept == Decimal("50000.00")
    assert detail.actions[ChangeAction.EXECUTE].allowed
    ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=later)
    row = order(session, order_id)
    assert row.status == ChangeStatus.CLOSED  # nothing to pay back, no contract to recover
    assert row.facts and row.computed == Decimal("0.00")
    deal = session.get(Deal, deal.id)  # type: ignore[assignment]
    assert deal.cancelled_at is not None and deal.stage == Stage.CANCELLED
    assert session.get(Unit, unit_id).status == UnitStatus.AVAILABLE  # type: ignore[union-attr]
    customer = session.get(Customer, office.customer.id)
    assert customer is not None and customer.owner_id == s["c1"].user_id
    assert "BG-000001" in customer.notes


def test_a_refund_after_signing_needs_its_steps_before_the_unit_is_free(
    session: Session, office: Office
) -> None:
    s = office.staff
    deal = a_deal(session, office, signed=True)
    deal.breach_pct = Decimal("1")  # 1% of the price, deducted (the 定金 is part of the price)
    within = NOW + timedelta(hours=30)
    order_id = co.file_change(
        session,
        s["sec"],
        deal.id,
        refund_form(kind=ChangeKind.CANCEL, reason_type=ReasonType.FUNDS),
        now=within,
    )
    assert order(session, order_id).within_72h
    through_approval(session, office, order_id, within)
    why = views.change_detail(session, s["mgr"], order_id, now=within).actions[ChangeAction.EXECUTE]
    assert why.why_not.startswith("请先完成：解除买卖合同、撤销网签备案")
    with pytest.raises(UserError):
        ex.execute(
            session, s["mgr"], order_id, version=order(session, order_id).version, now=within
        )
    with pytest.raises(PermissionDenied):  # the contract's paperwork is the secretary's
        ex.do_step(session, s["loan"], order_id, OrderStep.REVOKE_FILING, now=within)
    ex.do_step(session, s["sec"], order_id, OrderStep.CANCEL_CONTRACT, now=within)
    ex.do_step(session, s["sec"], order_id, OrderStep.REVOKE_FILING, note="已撤销", now=within)
    ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=within)
    assert session.get(Unit, deal.unit_id).status == UnitStatus.AVAILABLE  # type: ignore[union-attr]
    row = order(session, order_id)
    penalty = (deal.price * Decimal("0.01")).quantize(Decimal("0.01"))
    assert row.computed == Decimal("50000.00") - penalty
    assert row.status == ChangeStatus.EXECUTED  # money and the paper contract still to come
    waiting = {r.id for r in views.waiting_for_me(session, s["sec"], now=within)}
    assert order_id in waiting  # the contract to recover
    from tests.services.test_change_todos import waiting as workbench_waiting

    assert "待收回合同原件并归档" in workbench_waiting(session, s["sec"])[order_id]
    ex.archive_contract(session, s["sec"], order_id, ArchiveForm(within.date(), "GD-1"), now=within)
    assert order(session, order_id).status == ChangeStatus.EXECUTED  # not paid back yet
    session.add(
        RefundVoucher(
            project_id=row.project_id,
            number=1,
            order_id=order_id,
            deal_id=deal.id,
            payee="王建国",
            amount=row.computed,
            paid_on=within.date(),
            confirmed_at=within,
        )
    )
    session.flush()
    ex.maybe_close(session, order(session, order_id), within)
    assert order(session, order_id).status == ChangeStatus.CLOSED


def test_keep_closes_the_order_with_the_deal_unchanged(session: Session, office: Office) -> None:
    s = office.staff
    deal = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    co.record_talk(
        session,
        s["senior"],
        order_id,
        TalkForm(TalkOutcome.KEEP, "带家人再看样板间，决定继续", "家人担心学区"),
        version=order(session, order_id).version,
        now=NOW,
    )
    row = order(session, order_id)
    assert row.status == ChangeStatus.RETAINED and row.real_reason == "家人担心学区"
    assert session.get(Deal, deal.id).cancelled_at is None  # type: ignore[union-attr]
    # A new request may be filed later: the retained one is no longer open.
    co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)


def test_one_open_order_per_deal_and_kind_by_stage(session: Session, office: Office) -> None:
    s = office.staff
    deal = a_deal(session, office)
    with pytest.raises(ValidationError):
        co.file_change(session, s["c1"], deal.id, refund_form(kind=ChangeKind.CANCEL), now=NOW)
    co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    with pytest.raises(UserError, match="已有进行中的变更单 BG-000001"):
        co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    with pytest.raises(PermissionDenied):  # 解约 is the site manager's
        co.file_change(session, s["sec"], deal.id, refund_form(kind=ChangeKind.TERMINATE), now=NOW)


def test_reject_and_withdraw(session: Session, office: Office) -> None:
    s = office.staff
    first = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], first.id, refund_form(), now=NOW)
    with pytest.raises(UserError):  # still at the talk
        co.reject(
            session,
            s["mgr"],
            order_id,
            reason="x",
            version=order(session, order_id).version,
            now=NOW,
        )
    co.record_talk(
        session,
        s["cs"],
        order_id,
        TalkForm(TalkOutcome.LEAVE, "坚持"),
        version=order(session, order_id).version,
        now=NOW,
    )
    with pytest.raises(UserError, match="只有案场经理"):
        co.reject(
            session,
            s["head"],
            order_id,
            reason="x",
            version=order(session, order_id).version,
            now=NOW,
        )
    with pytest.raises(ValidationError):
        co.reject(
            session,
            s["mgr"],
            order_id,
            reason=" ",
            version=order(session, order_id).version,
            now=NOW,
        )
    co.reject(
        session,
        s["mgr"],
        order_id,
        reason="资料不全",
        version=order(session, order_id).version,
        now=NOW,
    )
    assert order(session, order_id).status == ChangeStatus.REJECTED
    second = co.file_change(session, s["c1"], first.id, refund_form(), now=NOW)
    co.withdraw(
        session,
        s["c1"],
        second,
        reason="客户改变主意",
        version=order(session, second).version,
        now=NOW,
    )
    assert order(session, second).status == ChangeStatus.WITHDRAWN
    assert order(session, second).number == 2  # numbers are never reused


def test_an_adjusted_figure_needs_the_marketing_head_again(
    session: Session, office: Office
) -> None:
    s = office.staff
    deal = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    through_approval(session, office, order_id, NOW)
    with pytest.raises(ValidationError):  # a reason is needed
        co.adjust_refund(
            session,
            s["mgr"],
            order_id,
            AdjustForm(Decimal("10000"), ""),
            version=order(session, order_id).version,
            now=NOW,
        )
    co.adjust_refund(
        session,
        s["mgr"],
        order_id,
        AdjustForm(Decimal("10000"), "客户配合，酌情退还部分定金"),
        version=order(session, order_id).version,
        now=NOW,
    )
    row = order(session, order_id)
    assert row.status == ChangeStatus.APPROVAL and row.marketing_at is None
    assert row.finance_at is not None  # finance's side stands
    with pytest.raises(UserError, match="已经审批过"):
        co.approve(session, s["fin"], order_id, version=row.version, now=NOW)
    co.approve(session, s["head"], order_id, version=row.version, now=NOW)
    ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=NOW)
    row = order(session, order_id)
    assert row.computed == Decimal("0.00") and row.override_amount == Decimal("10000.00")
    assert views.change_detail(session, s["cash"], order_id, now=NOW).row.due == Decimal("10000.00")


def test_a_statutory_ground_needs_legal_when_the_app_cannot_tell(
    session: Session, office: Office
) -> None:
    s = office.staff
    deal = a_deal(session, office, signed=True)
    form = refund_form(
        kind=ChangeKind.CANCEL,
        reason_type=ReasonType.STATUTORY,
        fault=Fault.SELLER,
        ground=Ground.QUALITY,
        ground_note="质检站 11 月 1 日认定主体结构不合格",
    )
    order_id = co.file_change(session, s["sec"], deal.id, form, now=NOW)
    assert order(session, order_id).ground_check.startswith("待核实")
    through_approval(session, office, order_id, NOW)
    for step in (OrderStep.CANCEL_CONTRACT, OrderStep.REVOKE_FILING):
        ex.do_step(session, s["sec"], order_id, step, now=NOW)
    with pytest.raises(UserError, match="法务"):
        ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=NOW)
    co.confirm_ground(
        session, s["legal"], order_id, version=order(session, order_id).version, now=NOW
    )
    later = NOW + timedelta(days=365)
    ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=later)
    row = order(session, order_id)
    interest = (Decimal("50000") * Decimal("3.00") / 100 * 365 / 365).quantize(Decimal("0.01"))
    assert row.computed == Decimal("50000.00") + interest  # nothing deducted, with interest


def test_a_terminate_ends_the_contract_when_the_notice_reaches_the_buyer(
    session: Session, office: Office
) -> None:
    s = office.staff
    deal = a_deal(session, office, signed=True)
    form = refund_form(
        kind=ChangeKind.TERMINATE,
        reason_type=None,
        ground=Ground.CONTRACT_CLAUSE,
        ground_note="合同第十一条：逾期超过90日",
    )
    order_id = co.file_change(session, s["mgr"], deal.id, form, now=NOW)
    row = order(session, order_id)
    assert row.status == ChangeStatus.REVIEW and row.fault == Fault.BUYER
    assert row.ground_check.startswith("不符合")  # nothing is overdue
    through_approval(session, office, order_id, NOW)
    with pytest.raises(UserError, match="请先打印"):
        ex.record_notice(session, s["sec"], order_id, DeliveryForm(Delivery.IN_PERSON), now=NOW)
    order(session, order_id).notice_at = NOW
    with pytest.raises(UserError, match="解除合同通知书送达"):
        ex.do_step(session, s["sec"], order_id, OrderStep.CANCEL_CONTRACT, now=NOW)
    ex.record_notice(
        session, s["sec"], order_id, DeliveryForm(Delivery.COURIER, "SF123", NOW.date()), now=NOW
    )
    assert OrderStep.CANCEL_CONTRACT in ex.steps_of(session, order_id)
    ex.do_step(session, s["sec"], order_id, OrderStep.REVOKE_FILING, now=NOW)
    with pytest.raises(UserError, match="法务"):  # the app found the clause not met
        ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=NOW)


def test_numbers_are_per_project_and_the_brief_and_gift(session: Session, office: Office) -> None:
    s = office.staff
    a = a_deal(session, office, index=0)
    b = a_deal(session, office, index=1)
    first = co.file_change(session, s["c1"], a.id, refund_form(), now=NOW)
    second = co.file_change(session, s["c1"], b.id, refund_form(), now=NOW)
    assert [order(session, i).number for i in (first, second)] == [1, 2]
    through_approval(session, office, first, NOW)
    with pytest.raises(UserError):
        ex.score_brief(session, s["mgr"], first, frozenset({"recorded"}), now=NOW)
    ex.execute(session, s["mgr"], first, version=order(session, first).version, now=NOW)
    with pytest.raises(ValidationError):
        ex.score_brief(session, s["mgr"], first, frozenset({"nonsense"}), now=NOW)
    ex.score_brief(
        session, s["mgr"], first, frozenset({"recorded", "not_seller", "real_reason"}), now=NOW
    )
    detail = views.change_detail(session, s["mgr"], first, now=NOW)
    assert detail.score == 30
    ex.record_gift(session, s["c1"], first, GiftForm("物业费抵用券", NOW.date()), now=NOW)
    assert order(session, first).gift == "物业费抵用券"
    ex.mark_dispute(session, s["mgr"], first, now=NOW)
    assert views.change_detail(session, s["mgr"], first, now=NOW).forum_label == "诉讼（法院）"


def test_who_waits_and_what_a_consultant_sees(session: Session, office: Office) -> None:
    s = office.staff
    deal = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    assert [r.id for r in views.waiting_for_me(session, s["cs"], now=NOW)] == [order_id]
    assert views.waiting_for_me(session, s["c1"], now=NOW) == []  # the seller never leads
    assert [r.waiting for r in views.list_changes(session, s["c1"], now=NOW)] == ["待挽留洽谈"]
    other = add_actor(session, "c9", "另一顾问", Role.CONSULTANT)
    assert views.list_changes(session, other, now=NOW) == []
    co.record_talk(
        session,
        s["mgr"],
        order_id,
        TalkForm(TalkOutcome.LEAVE, "坚持"),
        version=order(session, order_id).version,
        now=NOW,
    )
    assert [r.id for r in views.waiting_for_me(session, s["mgr"], now=NOW)] == [order_id]
    co.review(session, s["mgr"], order_id, version=order(session, order_id).version, now=NOW)
    assert [r.id for r in views.waiting_for_me(session, s["head"], now=NOW)] == [order_id]
    assert [r.id for r in views.waiting_for_me(session, s["fin"], now=NOW)] == [order_id]
    co.approve(session, s["fin"], order_id, version=order(session, order_id).version, now=NOW)
    assert views.waiting_for_me(session, s["fin"], now=NOW) == []
    rows = views.list_changes(session, s["mgr"], text="BG-000001", now=NOW)
    assert [r.waiting for r in rows] == ["待营销负责人审批"]
    assert [r.id for r in views.changes_of_deal(session, s["c1"], deal.id, now=NOW)] == [order_id]


def test_refusals_name_what_is_wrong(session: Session, office: Office) -> None:
    s = office.staff
    deal = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    version = order(session, order_id).version
    with pytest.raises(ValidationError):  # a talk needs its record
        co.record_talk(
            session, s["cs"], order_id, TalkForm(TalkOutcome.KEEP, ""), version=version, now=NOW
        )
    with pytest.raises(UserError, match="待挽留洽谈"):
        co.review(session, s["mgr"], order_id, version=version, now=NOW)
    with pytest.raises(UserError, match="没有需要确认"):
        co.confirm_ground(session, s["legal"], order_id, version=version, now=NOW)
    with pytest.raises(UserError, match="没有调整过"):
        co.clear_adjustment(session, s["mgr"], order_id, version=version, now=NOW)
    co.adjust_refund(
        session, s["head"], order_id, AdjustForm(Decimal("100"), "酌情"), version=version, now=NOW
    )
    co.clear_adjustment(
        session, s["mgr"], order_id, version=order(session, order_id).version, now=NOW
    )
    assert order(session, order_id).override_amount is None
    with pytest.raises(UserError, match="执行后才能"):
        ex.score_brief(session, s["mgr"], order_id, frozenset(), now=NOW)
    with pytest.raises(UserError, match="客户离开"):
        ex.record_gift(session, s["c1"], order_id, GiftForm("伞", NOW.date()), now=NOW)
    with pytest.raises(UserError, match="只有解约单"):
        ex.record_notice(session, s["sec"], order_id, DeliveryForm(Delivery.IN_PERSON), now=NOW)
    with pytest.raises(UserError, match="批准后"):
        ex.do_step(session, s["sec"], order_id, OrderStep.REVOKE_FILING, now=NOW)
    stale = version  # the order moved on since
    from anjia_desk.core.errors import ConflictError

    with pytest.raises(ConflictError):
        co.withdraw(session, s["c1"], order_id, reason="x", version=stale, now=NOW)
    other = add_actor(session, "c8", "别的顾问", Role.CONSULTANT)
    with pytest.raises(PermissionDenied):  # a consultant reaches only the deals they sold
        co.withdraw(
            session, other, order_id, reason="x", version=order(session, order_id).version, now=NOW
        )


def test_a_cancelled_deal_takes_no_order_and_an_executed_one_no_changes(
    session: Session, office: Office
) -> None:
    s = office.staff
    deal = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(fault=Fault.NONE), now=NOW)
    through_approval(session, office, order_id, NOW)
    ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=NOW)
    row = order(session, order_id)
    assert row.status == ChangeStatus.EXECUTED and row.computed == Decimal("50000.00")
    with pytest.raises(UserError, match="已取消"):
        co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    with pytest.raises(UserError, match="已执行"):
        co.adjust_refund(
            session, s["mgr"], order_id, AdjustForm(Decimal("1"), "x"), version=row.version, now=NOW
        )
    with pytest.raises(UserError, match="不能撤回"):
        co.withdraw(session, s["mgr"], order_id, reason="x", version=row.version, now=NOW)
    with pytest.raises(UserError, match="签约前的退定"):
        ex.archive_contract(session, s["sec"], order_id, ArchiveForm(NOW.date()), now=NOW)
    ex.mark_dispute(session, s["mgr"], order_id, now=NOW)
    with pytest.raises(UserError, match="已标记争议"):
        ex.mark_dispute(session, s["mgr"], order_id, now=NOW)
    # The frozen table does not move when receipts change afterwards.
    detail = views.change_detail(session, s["fin"], order_id, now=NOW + timedelta(days=30))
    assert detail.computed == Decimal("50000.00") and detail.row.waiting == "待出纳退款"


def test_an_area_refund_is_due_within_30_days_of_the_notice(
    session: Session, office: Office
) -> None:
    s = office.staff
    deal = a_deal(session, office, signed=True)
    unit = session.get(Unit, deal.unit_id)
    assert unit is not None
    unit.measured_area = (unit.area * Decimal("0.95")).quantize(Decimal("0.01"))
    form = refund_form(
        kind=ChangeKind.CANCEL,
        reason_type=ReasonType.STATUTORY,
        fault=Fault.SELLER,
        ground=Ground.AREA,
        ground_note="交付时实测面积通知 11 月 18 日",
    )
    order_id = co.file_change(session, s["sec"], deal.id, form, now=NOW)
    row = order(session, order_id)
    assert row.refund_due_on == NOW.date() + timedelta(days=30)
    assert row.ground_check.startswith("符合：")  # the app checked the area itself
    assert not ex.ground_pending(row)


def test_queue_money_turned_into_deposit_is_kept_as_deposit(
    session: Session, office: Office
) -> None:
    """A 认筹金 that became the 定金 at 认购 counts as 定金 in the money table (kept when the
    buyer is at fault), not as 认筹金 returned in full."""
    from anjia_desk.services import tickets

    s = office.staff
    from anjia_desk.db.models import Building

    building = session.get(Building, office.units[0].building_id)
    assert building is not None
    project_id = building.project_id
    ticket_id = tickets.issue_ticket(
        session,
        s["sec"],
        project_id=project_id,
        customer_id=office.customer.id,
        amount=Decimal("20000"),
        now=NOW,
    )
    payments.record_payment(
        session,
        s["cash"],
        amount=Decimal("20000"),
        nature=Nature.QUEUE,
        payer="王建国",
        method="转账",
        ticket_id=ticket_id,
        now=NOW,
    )
    deal_id = deals.subscribe(
        session,
        s["c1"],
        request(office.units[0], office.customer, deposit="20000", ticket_id=ticket_id),
        now=NOW,
    )
    order_id = co.file_change(session, s["c1"], deal_id, refund_form(), now=NOW)
    detail = views.change_detail(session, s["mgr"], order_id, now=NOW)
    assert [line.nature for line in detail.table.lines] == [Nature.DEPOSIT]
    assert detail.table.kept == Decimal("20000.00") and detail.computed == Decimal("0.00")


def test_a_senior_consultant_sees_the_talks_to_lead_on_other_deals(
    session: Session, office: Office
) -> None:
    s = office.staff
    deal = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    senior = add_actor(session, "sc2", "资深小钱", Role.SENIOR_CONSULTANT, Role.CONSULTANT)
    assert [r.id for r in views.waiting_for_me(session, senior, now=NOW)] == [order_id]
    assert (
        views.change_detail(session, senior, order_id, now=NOW).actions[ChangeAction.TALK].allowed
    )
    co.record_talk(
        session,
        senior,
        order_id,
        TalkForm(TalkOutcome.LEAVE, "坚持"),
        version=order(session, order_id).version,
        now=NOW,
    )
    # Having led it, they still see it; a plain consultant of another deal never does.
    assert [r.id for r in views.list_changes(session, senior, now=NOW)] == [order_id]
    other = add_actor(session, "c7", "别的顾问", Role.CONSULTANT)
    assert views.list_changes(session, other, now=NOW) == []
    with pytest.raises(PermissionDenied):
        views.change_detail(session, other, order_id, now=NOW)
