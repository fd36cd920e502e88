"""A change order's papers from the models (issue 17): the form with its kind in the title, the
退款确认书, the 退款凭证 (frozen, reprinted identical, counted), the 内部简报 (de-identified, the
touchpoints in time order, the score), the 感谢卡 (never a unit or a price) and the 解除合同通知书
(its first print sets notice_at and freezes it) — read back, audited, refused when not due."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import GiftForm
from anjia_desk.core.changes import (
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    OrderStep,
    ReasonType,
)
from anjia_desk.core.customers import VisitKind
from anjia_desk.core.dunning import Delivery, DeliveryForm
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.core.risk import Dimension, Level
from anjia_desk.core.roles import Role
from anjia_desk.db.models import AuditEntry, Deal, FollowUp, RefundVoucher, RiskMark, Visit
from anjia_desk.pdf.amounts import chinese_amount
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.services import change_execute as ex
from anjia_desk.services import change_orders as co
from anjia_desk.services import printing, settings
from anjia_desk.services.change_brief import change_brief, de_identified, scrub
from anjia_desk.services.change_money import amount_due, money_table
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.thanks import DEFAULT_THANKS
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.services.test_change_orders import (
    NOW,
    Office,
    a_deal,
    order,
    refund_form,
    through_approval,
)

LATER = NOW + timedelta(days=3)


@pytest.fixture
def office(session: Session) -> Office:
    """The office of tests.services.test_change_orders: every role an order meets."""
    staff = {
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "cs": add_actor(session, "cs", "客服刘经理", Role.CS_MANAGER),
        "sec": add_actor(session, "sec", "秘书小林", Role.SALES_SECRETARY),
        "mgr": add_actor(session, "mgr", "周经理", Role.SITE_MANAGER),
        "head": add_actor(session, "head", "营销吴总", Role.MARKETING_HEAD),
        "cash": add_actor(session, "cash", "出纳小钱", Role.CASHIER),
        "fin": add_actor(session, "fin", "财务老孙", Role.FINANCE),
    }
    project = make_project(session)
    units = make_building(session, project)
    customer = make_customer(session, owner=staff["c1"])
    # This office's contract has no breach penalty (认购 copies deals.breach_pct onto the deal).
    settings.update_settings(session, Actor.system(), {"deals.breach_pct": "0"})
    return Office(units, customer, staff)


def text_of(path: Path) -> str:
    facts = read_pdf(path)
    assert_sound(facts, cjk_font())
    assert len(facts.pages) == 1
    return facts.text.replace("\n", "").replace(" ", "")


def printed(session: Session, entity: str) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "print", AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        )
    )


def approved_refund(session: Session, office: Office) -> int:
    """A 退房 filed within 72 hours of 签约, through the talk, review and both approvals."""
    s = office.staff
    deal = a_deal(session, office, signed=True)
    form = refund_form(kind=ChangeKind.CANCEL, reason_type=ReasonType.FUNDS, tags=("贷款", "价格"))
    order_id = co.file_change(session, s["c1"], deal.id, form, now=NOW + timedelta(hours=5))
    through_approval(session, office, order_id, NOW + timedelta(days=1))
    return order_id


def do_steps(session: Session, office: Office, order_id: int) -> None:
    for step in (OrderStep.CANCEL_CONTRACT, OrderStep.REVOKE_FILING):
        ex.do_step(session, office.staff["sec"], order_id, step, now=NOW + timedelta(days=1))


def test_the_refund_form_and_confirmation(session: Session, office: Office, tmp_path: Path) -> None:
    s = office.staff
    order_id = approved_refund(session, office)
    row = order(session, order_id)
    assert row.within_72h
    out = printing.print_change_form(session, s["mgr"], order_id, tmp_path / "f.pdf", now=LATER)
    text = text_of(out)
    for phrase in (
        "退房申请单", "BG-000001", "已签约", "是（签约后72小时内）", "资金压力型",
        "不得提供垫资或首付分期", "贷款、价格", "定金", "挽留洽谈客服刘经理", "审核周经理",
        "审批（营销）营销吴总", "审批（财务）财务老孙", "王建国",
    ):  # fmt: skip
        assert phrase in text, phrase
    assert [e.entity_id for e in printed(session, "change_form")] == [order_id]

    conf = printing.print_refund_confirmation(
        session, s["c1"], order_id, tmp_path / "c.pdf", now=LATER
    )
    text = text_of(conf)
    deal = session.get(Deal, row.deal_id)
    assert deal is not None
    due = amount_due(row, money_table(session, row, deal, today=LATER.date()))
    assert due == Decimal("50000.00")  # no penalty on the deal: everything paid goes back
    for phrase in ("退款确认书", "BG-000001", "HT-1", chinese_amount(due), "买受人（签字）",
                   "出卖人（盖章）", "签约后定金已抵作房款"):  # fmt: skip
        assert phrase in text, phrase
    again = printing.print_refund_confirmation(
        session, s["c1"], order_id, tmp_path / "c2.pdf", now=LATER
    )
    assert again.read_bytes() == conf.read_bytes()  # the same paper, the same bytes


def test_the_papers_are_refused_when_not_due_or_not_yours(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    deal = a_deal(session, office)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(), now=NOW)
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError, match="审批通过后"):
        printing.print_refund_confirmation(session, s["c1"], order_id, out, now=NOW)
    with pytest.raises(UserError, match="交易解除后"):
        printing.print_change_brief(session, s["mgr"], order_id, out, now=NOW)
    with pytest.raises(UserError, match="离开"):
        printing.print_thanks(session, s["c1"], order_id, out, now=NOW)
    with pytest.raises(UserError, match="不是解约"):
        printing.print_termination(session, s["sec"], order_id, out, now=NOW)
    other = add_actor(session, "c2", "李顾问", Role.CONSULTANT)
    with pytest.raises(PermissionDenied):
        printing.print_change_form(session, other, order_id, out, now=NOW)
    with pytest.raises(PermissionDenied):  # the brief is for the managers
        printing.print_change_brief(session, s["c1"], order_id, out, now=NOW)
    with pytest.raises(NotFound):
        printing.print_change_form(session, s["mgr"], 4242, out, now=NOW)
    with pytest.raises(NotFound):
        printing.print_refund_voucher(session, s["cash"], 4242, out, now=NOW)
    assert not out.exists()
    # The form prints at any stage: a 退定 before 签约 has no 72 hours to speak of.
    text = text_of(printing.print_change_form(session, s["c1"], order_id, out, now=NOW))
    assert "退定申请单" in text and "纯粹后悔型" in text and "72小时内—" in text


def test_the_refund_voucher_is_frozen_reprinted_identical_and_counted(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    order_id = approved_refund(session, office)
    do_steps(session, office, order_id)
    row = order(session, order_id)
    voucher = RefundVoucher(
        project_id=row.project_id, number=45, order_id=order_id, deal_id=row.deal_id,
        payee="王建国", amount=Decimal("50000.00"), method="转账", paid_on=date(2026, 11, 24),
        cashier_id=s["cash"].user_id, note="工行 尾号 6688",
    )  # fmt: skip
    session.add(voucher)
    session.flush()
    first = printing.print_refund_voucher(session, s["cash"], voucher.id, tmp_path / "v1.pdf")
    text = text_of(first)
    assert text.count("TK-000045") >= 3 and "第一联收款人收执" in text and "第二联财务记账" in text
    assert text.count(f"人民币{chinese_amount(Decimal('50000'))}") == 2
    assert "BG-000001（退房）" in text and "出纳小钱" in text
    assert json.loads(voucher.facts)["code"] == "TK-000045"  # frozen at the first print
    assert voucher.reprints == 0
    session.get(type(voucher), voucher.id).payee = "别人"  # type: ignore[union-attr]
    again = printing.print_refund_voucher(
        session, s["fin"], voucher.id, tmp_path / "v2.pdf", now=LATER + timedelta(days=9)
    )
    assert again.read_bytes() == first.read_bytes()  # identical, whoever prints it, whenever
    assert voucher.reprints == 1
    entries = printed(session, "refund_voucher")
    assert len(entries) == 2 and "重印第 1 次" in entries[1].summary
    voucher.voided_at = LATER
    voucher.void_reason = "金额有误"
    voided = text_of(
        printing.print_refund_voucher(session, s["cash"], voucher.id, tmp_path / "v3.pdf")
    )
    assert "作废" in voided and "金额有误" in voided and voucher.reprints == 2


def test_the_brief_is_de_identified_in_time_order_with_its_score(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    customer = office.customer
    customer.gender = "男"
    session.add_all([
        Visit(customer_id=customer.id, visited_at=NOW - timedelta(days=30), kind=VisitKind.FIRST,
              party_size=2, consultant_id=s["c1"].user_id),
        FollowUp(customer_id=customer.id, user_id=s["c1"].user_id, at=NOW - timedelta(days=20),
                 channel="电话", content="王建国说首付差一点，另一个号码 13912345678",
                 result="约周末再谈"),
        RiskMark(customer_id=customer.id, day=(NOW - timedelta(days=10)).date(),
                 dimension=Dimension.FUNDING, level=Level.HIGH),
    ])  # fmt: skip
    order_id = approved_refund(session, office)
    do_steps(session, office, order_id)
    row = order(session, order_id)
    row.real_reason = "王建国的父亲生病，首付要挪作医疗费"
    ex.execute(session, s["mgr"], order_id, version=row.version, now=LATER)
    ticks = frozenset({"recorded", "not_seller", "real_reason"})
    ex.score_brief(session, s["mgr"], order_id, ticks, now=LATER)
    with pytest.raises(PermissionDenied):  # the story is for those who lead, review, approve
        change_brief(session, s["c1"], order_id)
    brief = change_brief(session, s["mgr"], order_id)
    assert brief.customer == "王先生" and brief.score == 30
    kinds = [p.kind for p in brief.touchpoints]
    assert kinds[:3] == ["来访", "跟进", "风险标记"] and "交易" in kinds and kinds[-1] == "变更单"
    assert [p.at for p in brief.touchpoints] == sorted(p.at for p in brief.touchpoints)
    out = printing.print_change_brief(session, s["mgr"], order_id, tmp_path / "b.pdf", now=LATER)
    text = text_of(out)
    for phrase in (
        "内部简报", "仅限内部使用", "王先生", "首访", "风险标记", "资金准备：高风险", "签约/网签",
        "王先生的父亲生病", "处理评分：30分（3/10项）", "周经理",
    ):  # fmt: skip
        assert phrase in text, phrase
    assert "王建国" not in text and "13912345678" not in text and "13800001111" not in text
    assert "330" not in text  # no ID number


def test_de_identified_and_scrubbed() -> None:
    assert de_identified("欧阳晓梅", "女") == "欧阳女士"
    assert de_identified("张伟", "男") == "张先生"
    assert de_identified("张伟", "") == "客户" and de_identified("", "男") == "客户"
    assert scrub("张伟 电话 138-0000 1111 身份证 33010619900101123X", ("张伟",), "张先生") == (
        "张先生 电话 138-0000 1111 身份证 ＊＊＊"
    )


def test_the_thanks_card_in_the_office_words_never_a_unit_or_a_price(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    order_id = approved_refund(session, office)
    do_steps(session, office, order_id)
    ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=LATER)
    ex.record_gift(session, s["c1"], order_id, GiftForm("定制保温杯", LATER.date()), now=LATER)
    out = printing.print_thanks(session, s["c1"], order_id, tmp_path / "t.pdf", now=LATER)
    text = text_of(out)
    assert DEFAULT_THANKS.replace(" ", "")[:20] in text
    assert "老客户" in text and "优先通知" in text and "定制保温杯" in text
    assert "2026年11月23日" in text
    for banned in ("栋", "¥", "元", "BG-"):
        assert banned not in text, banned
    assert [e.entity for e in printed(session, "thanks_card")] == ["thanks_card"]


def test_the_termination_notice_sets_notice_at_and_reprints_identical(
    session: Session, office: Office, tmp_path: Path
) -> None:
    s = office.staff
    deal = a_deal(session, office, signed=True)
    form = refund_form(
        kind=ChangeKind.TERMINATE, reason_type=None, ground=Ground.CONTRACT_CLAUSE,
        ground_note="合同第十一条：逾期付款超过90日",
    )  # fmt: skip
    order_id = co.file_change(session, s["mgr"], deal.id, form, now=NOW)
    with pytest.raises(UserError, match="审批通过后"):
        printing.print_termination(session, s["sec"], order_id, tmp_path / "n0.pdf", now=NOW)
    through_approval(session, office, order_id, NOW)
    with pytest.raises(PermissionDenied):  # the secretary's paper
        printing.print_termination(session, s["cash"], order_id, tmp_path / "n0.pdf", now=NOW)
    first = printing.print_termination(session, s["sec"], order_id, tmp_path / "n1.pdf", now=LATER)
    row = order(session, order_id)
    assert row.notice_at == LATER and row.notice_facts
    text = text_of(first)
    for phrase in ("解除合同通知书", "BG-000001", "王建国", "HT-1", "合同约定解除条款"[:4],
                   "逾期付款超过90日", "第五百六十五条", "自本通知到达您时解除", "因您的原因解除",
                   "出具日期2026年11月23日", chinese_amount(Decimal("50000"))):  # fmt: skip
        assert phrase in text, phrase
    assert row.fault == Fault.BUYER
    # The penalty and the letterhead change: the notice issued stays the notice issued.
    deal.breach_pct = Decimal("10")
    settings.update_settings(session, Actor.system(), {"letterhead.company": "另一家公司"})
    again = printing.print_termination(
        session, s["sec"], order_id, tmp_path / "n2.pdf", now=LATER + timedelta(days=5)
    )
    assert again.read_bytes() == first.read_bytes()
    assert order(session, order_id).notice_at == LATER
    summaries = [e.summary for e in printed(session, "termination_notice")]
    assert len(summaries) == 2 and summaries[1].endswith("（重印）")
    ex.record_notice(
        session, s["sec"], order_id,
        DeliveryForm(Delivery.COURIER, "SF123", LATER.date() + timedelta(days=1)),
        now=LATER + timedelta(days=2),
    )  # fmt: skip
    assert order(session, order_id).status == ChangeStatus.APPROVED
