"""The 赔付凭证 (issue 18) read back: two copies on one page with the number, the amount in
figures and in capitals, the complaint and its unit, a contractor's liability with its proof and
both approvals; its facts frozen so a reprint is the same file (a renamed cashier does not reach
it); finance's confirmation and a void shown as they stand; who may print it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaints import Liable
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.db.models import AuditEntry, ComplaintPayment, User
from anjia_desk.pdf.fonts import cjk_font
from anjia_desk.services import complaint_money as cm
from anjia_desk.services import printing
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.pdf.pdfcheck import assert_sound, read_pdf
from tests.services import test_change_orders as deals_office
from tests.services.test_complaint_money import (
    NOW,
    PROOF,
    Office,
    approved,
    ask,
    make_complaint,
    make_staff,
    pay,
)


def flat(text: str) -> str:
    return text.replace(" ", "").replace("\n", "")


@pytest.fixture
def office(session: Session) -> Office:
    """Case TS-000012 about a sold unit, made with the models."""
    staff = make_staff(session)
    staff["sec"] = deals_office.add_actor(
        session, "sec", "秘书小林", deals_office.Role.SALES_SECRETARY
    )
    project = make_project(session)
    units = make_building(session, project)
    customer = make_customer(session, owner=staff["c1"])
    deal = deals_office.a_deal(session, deals_office.Office(units, customer, staff))
    case = make_complaint(session, project, 12, deal_id=deal.id, customer_id=customer.id)
    return Office(staff, project, case)


@pytest.fixture
def paid(session: Session, office: Office) -> int:
    """A contractor's liability above the limit, approved by both, paid."""
    payment_id = approved(session, office, "25000", liable=Liable.CONTRACTOR, **PROOF)
    pay(session, office, payment_id, note="转入客户指定账户")
    return payment_id


def test_the_voucher_reads_back(session: Session, office: Office, paid: int, tmp_path: Path):
    out = printing.print_compensation_voucher(
        session, office.staff["cash"], paid, tmp_path / "v.pdf", now=NOW
    )
    facts = read_pdf(out)
    assert_sound(facts, cjk_font())
    assert len(facts.pages) == 1
    text = flat(facts.text)
    for phrase in (
        "赔付凭证",
        "PC-000001",
        "¥25,000.00",
        "人民币贰万伍仟元整",
        "TS-000012（王建国）",
        "1栋0101",
        "赔偿（施工单位责任）",
        "监理确认：监理确认单2026-11-18",
        "客服刘经理2026-11-2010:00",
        "分管陈总2026-11-2010:00",
        "出纳小钱",
        "转入客户指定账户",
        "未确认",
    ):
        assert phrase in text, phrase
    assert text.count("PC-000001") >= 2
    assert "第一联收款人收执" in text and "第二联财务记账" in text
    assert text.count("人民币贰万伍仟元整") == 2


def test_a_reprint_is_the_same_file(session: Session, office: Office, paid: int, tmp_path: Path):
    cash = office.staff["cash"]
    first = printing.print_compensation_voucher(session, cash, paid, tmp_path / "1.pdf")
    user = session.get(User, cash.user_id)
    assert user is not None
    user.display_name = "出纳小钱（已调岗）"  # a rename does not reach a printed paper
    session.flush()
    again = printing.print_compensation_voucher(session, cash, paid, tmp_path / "2.pdf")
    assert first.read_bytes() == again.read_bytes()
    row = session.get(ComplaintPayment, paid)
    assert row is not None and row.reprints == 1
    entries = session.scalars(
        select(AuditEntry.summary).where(
            AuditEntry.action == "print", AuditEntry.entity == "compensation_voucher"
        )
    ).all()
    assert entries == ["赔付凭证 PC-000001", "赔付凭证 PC-000001（重印第 1 次）"]


def test_confirmation_and_void_show(session: Session, office: Office, paid: int, tmp_path: Path):
    s = office.staff
    cm.confirm_payment(session, s["fin"], paid, now=NOW)
    out = printing.print_compensation_voucher(session, s["fin"], paid, tmp_path / "c.pdf")
    assert "财务老孙2026-11-2010:00" in flat(read_pdf(out).text)
    cm.void_payment(session, s["cash"], paid, reason="收款账户有误", now=NOW)
    out = printing.print_compensation_voucher(session, s["cash"], paid, tmp_path / "v.pdf")
    text = flat(read_pdf(out).text)
    assert "作废" in text and "收款账户有误" in text and "PC-000001" in text


def test_who_may_print(session: Session, office: Office, tmp_path: Path):
    folder = tmp_path / "out"
    folder.mkdir()
    waiting = ask(session, office, "500")
    with pytest.raises(PermissionDenied, match="打印赔付凭证"):
        printing.print_compensation_voucher(session, office.staff["mgr"], waiting, folder / "x.pdf")
    with pytest.raises(UserError, match="尚未由出纳支付"):
        printing.print_compensation_voucher(
            session, office.staff["cash"], waiting, folder / "x.pdf"
        )
    with pytest.raises(NotFound, match="找不到赔付"):
        printing.print_compensation_voucher(session, office.staff["cash"], 4242, folder / "x.pdf")
    assert list(folder.iterdir()) == []
