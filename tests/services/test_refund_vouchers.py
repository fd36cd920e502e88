"""Refund vouchers (issue 17): the cashier pays an executed refund order back against numbered
vouchers (gap-free with two writers, a void keeps its number), never more than the order still
owes; finance confirms; the paper's facts are frozen at issue; who may do what."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import AdjustForm, VoucherForm
from anjia_desk.core.changes import ChangeStatus, Fault
from anjia_desk.core.errors import ConflictError, PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ChangeOrder, RefundVoucher, User
from anjia_desk.services import change_execute as ex
from anjia_desk.services import change_money
from anjia_desk.services import change_orders as co
from anjia_desk.services import refund_vouchers as rv
from anjia_desk.services.context import Actor
from anjia_desk.services.refund_voucher_facts import VoucherFacts
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services import racing
from tests.services.test_change_orders import (
    NOW,
    Office,
    a_deal,
    order,
    refund_form,
    through_approval,
)

TODAY = date(2026, 11, 20)
DUE = Decimal("50000.00")  # the 定金, returned in full: no one is at fault


def make_office(session: Session) -> Office:
    staff = {
        "c1": add_actor(session, "c1", "王顾问", Role.CONSULTANT),
        "cs": add_actor(session, "cs", "客服刘经理", Role.CS_MANAGER),
        "mgr": add_actor(session, "mgr", "周经理", Role.SITE_MANAGER),
        "head": add_actor(session, "head", "营销吴总", Role.MARKETING_HEAD),
        "cash": add_actor(session, "cash", "钱出纳", Role.CASHIER),
        "fin": add_actor(session, "fin", "孙财务", Role.FINANCE),
    }
    project = make_project(session)
    units = make_building(session, project)
    customer = make_customer(session, owner=staff["c1"])
    return Office(units, customer, staff)


@pytest.fixture
def office(session: Session) -> Office:
    return make_office(session)


def refund_order(
    session: Session, office: Office, *, index: int = 0, execute: bool = True, adjust: str = ""
) -> int:
    """A 退定 of a deal whose 定金 (50,000) was received, no one at fault (returned in full),
    through approval and — unless told — executed: the deal cancelled, the amount frozen."""
    s = office.staff
    deal = a_deal(session, office, index=index)
    order_id = co.file_change(session, s["c1"], deal.id, refund_form(fault=Fault.NONE), now=NOW)
    through_approval(session, office, order_id, NOW)
    if adjust:
        co.adjust_refund(
            session, s["mgr"], order_id, AdjustForm(Decimal(adjust), "客户情况特殊"),
            version=order(session, order_id).version, now=NOW,
        )  # fmt: skip
        co.approve(session, s["head"], order_id, version=order(session, order_id).version, now=NOW)
    if execute:
        ex.execute(session, s["mgr"], order_id, version=order(session, order_id).version, now=NOW)
    return order_id


def form(amount: str, **kw: Any) -> VoucherForm:
    return VoucherForm(amount=Decimal(amount), payee=kw.pop("payee", "王建国"), **kw)


def test_pay_numbers_and_freezes_the_paper(session: Session, office: Office) -> None:
    order_id = refund_order(session, office)
    cashier = office.staff["cash"]
    first = rv.pay_refund(session, cashier, order_id, form("20000", note="首笔"), now=NOW)
    second = rv.pay_refund(session, cashier, order_id, form("30000", method="现金"), now=NOW)
    lines = rv.vouchers_of(session, order_id)
    assert [(line.id, line.number, line.code) for line in lines] == [
        (first, 1, "TK-000001"),
        (second, 2, "TK-000002"),
    ]
    assert lines[0].paid_on == TODAY and lines[0].cashier_name == "钱出纳"
    assert lines[1].method == "现金" and lines[0].method == "转账"
    assert change_money.refunded(session, order_id) == DUE
    voucher = session.get(RefundVoucher, first)
    assert voucher is not None and voucher.deal_id == order(session, order_id).deal_id
    facts = VoucherFacts.from_json(voucher.facts)
    assert (facts.code, facts.order_code, facts.kind, facts.payee, facts.unit) == (
        "TK-000001",
        "BG-000001",
        "退定",
        "王建国",
        "1栋0101",
    )
    assert facts.amount == Decimal("20000.00") and facts.note == "首笔"
    # A renamed cashier does not reach the printed paper.
    user = session.get(User, cashier.user_id)
    assert user is not None
    user.display_name = "钱新名"
    session.flush()
    assert json.loads(voucher.facts)["cashier"] == "钱出纳"
    assert rv.vouchers_of(session, order_id)[0].cashier_name == "钱新名"
    # Paid but not confirmed: the order stays open.
    assert order(session, order_id).status == ChangeStatus.EXECUTED


def test_never_more_than_is_still_owed(session: Session, office: Office) -> None:
    order_id = refund_order(session, office, adjust="45000")  # the adjusted figure counts
    cashier = office.staff["cash"]
    with pytest.raises(ValidationError) as refused:
        rv.pay_refund(session, cashier, order_id, form("45000.01"), now=NOW)
    assert "45,000.00" in refused.value.fields["amount"]
    rv.pay_refund(session, cashier, order_id, form("40000"), now=NOW)
    with pytest.raises(ValidationError) as refused:
        rv.pay_refund(session, cashier, order_id, form("5000.01"), now=NOW)
    assert "5,000.00" in refused.value.fields["amount"]
    rv.pay_refund(session, cashier, order_id, form("5000"), now=NOW)
    assert change_money.refunded(session, order_id) == Decimal("45000.00")
    with pytest.raises(UserError, match="已全部退还"):
        rv.pay_refund(session, cashier, order_id, form("1"), now=NOW)
    # A refused payment took no number.
    assert [line.number for line in rv.vouchers_of(session, order_id)] == [1, 2]


def test_only_an_executed_refund_order_is_paid(session: Session, office: Office) -> None:
    cashier = office.staff["cash"]
    approved = refund_order(session, office, execute=False)
    with pytest.raises(UserError, match="执行（交易解除）后才能支付退款"):
        rv.pay_refund(session, cashier, approved, form("1"), now=NOW)
    assert session.scalars(select(RefundVoucher.id)).all() == []


def test_who_may_pay_confirm_and_void(session: Session, office: Office) -> None:
    s = office.staff
    order_id = refund_order(session, office)
    for who in ("fin", "mgr", "head", "c1"):
        with pytest.raises(PermissionDenied):
            rv.pay_refund(session, s[who], order_id, form("1"), now=NOW)
    voucher_id = rv.pay_refund(session, s["cash"], order_id, form("1"), now=NOW)
    for who in ("cash", "mgr", "head"):
        with pytest.raises(PermissionDenied):
            rv.confirm_voucher(session, s[who], voucher_id, now=NOW)
    for who in ("fin", "mgr"):
        with pytest.raises(PermissionDenied):
            rv.void_voucher(session, s[who], voucher_id, reason="错", now=NOW)


def test_confirmed_vouchers_covering_the_amount_close_the_order(
    session: Session, office: Office
) -> None:
    s = office.staff
    order_id = refund_order(session, office)
    first = rv.pay_refund(session, s["cash"], order_id, form("10000"), now=NOW)
    second = rv.pay_refund(session, s["cash"], order_id, form("40000"), now=NOW)
    rv.confirm_voucher(session, s["fin"], first, now=NOW)
    line = rv.vouchers_of(session, order_id)[0]
    assert line.confirmed_at is not None and line.confirmed_by == "孙财务"
    with pytest.raises(UserError, match="TK-000001 已经确认过"):
        rv.confirm_voucher(session, s["fin"], first, now=NOW)
    assert order(session, order_id).status == ChangeStatus.EXECUTED  # 40,000 not confirmed
    rv.confirm_voucher(session, s["fin"], second, now=NOW + timedelta(hours=1))
    row = order(session, order_id)
    assert row.status == ChangeStatus.CLOSED and row.closed_at is not None
    # A void after closing opens the order again: the money is owed once more.
    rv.void_voucher(session, s["cash"], second, reason="银行退回", now=NOW + timedelta(hours=2))
    assert order(session, order_id).status == ChangeStatus.EXECUTED
    again = rv.pay_refund(session, s["cash"], order_id, form("40000"), now=NOW)
    rv.confirm_voucher(session, s["fin"], again, now=NOW + timedelta(hours=3))
    assert order(session, order_id).status == ChangeStatus.CLOSED


def test_void_keeps_the_number_and_owes_again(session: Session, office: Office) -> None:
    s = office.staff
    order_id = refund_order(session, office)
    cashier = s["cash"]
    voucher_id = rv.pay_refund(session, cashier, order_id, form("50000"), now=NOW)
    with pytest.raises(ValidationError):
        rv.void_voucher(session, cashier, voucher_id, reason="  ", now=NOW)
    rv.void_voucher(session, cashier, voucher_id, reason="金额填错", now=NOW)
    assert change_money.refunded(session, order_id) == 0
    with pytest.raises(UserError, match="已作废"):
        rv.void_voucher(session, cashier, voucher_id, reason="再来", now=NOW)
    with pytest.raises(UserError, match="已作废，不能确认"):
        rv.confirm_voucher(session, s["fin"], voucher_id, now=NOW)
    again = rv.pay_refund(session, cashier, order_id, form("50000"), now=NOW)
    lines = rv.vouchers_of(session, order_id)
    assert [(line.number, line.void_reason) for line in lines] == [(1, "金额填错"), (2, "")]
    assert lines[0].voided_at is not None and lines[1].id == again


def test_a_void_lost_to_another_cashier_is_a_conflict(database: Database) -> None:
    """Two cashiers void the same voucher at once: the second's claim finds it voided."""
    with session_scope(database, Actor.system()) as session:
        office = make_office(session)
        cashier = office.staff["cash"]
        order_id = refund_order(session, office)
        voucher_id = rv.pay_refund(session, cashier, order_id, form("100"), now=NOW)
    with session_scope(database, cashier) as first:
        stale = first.get(RefundVoucher, voucher_id)
        assert stale is not None and stale.voided_at is None
        with session_scope(database, cashier) as other:
            rv.void_voucher(other, cashier, voucher_id, reason="重复", now=NOW)
        with pytest.raises(ConflictError, match="刚被其他人作废"):
            rv.void_voucher(first, cashier, voucher_id, reason="也作废", now=NOW)
        first.rollback()


# --- two cashiers at once (separate processes, like two PCs)

PER_PC = 8


def pay_refunds(
    url: str, barrier: Any, results: Any, cashier: Actor, order_ids: list[int], amount: str
) -> None:
    """One voucher of `amount` on each order, each in its own unit of work."""

    def work(database: Any) -> list[int]:
        numbers = []
        for order_id in order_ids:
            with session_scope(database, cashier) as session:
                voucher_id = rv.pay_refund(session, cashier, order_id, form(amount), now=NOW)
                voucher = session.get(RefundVoucher, voucher_id)
                assert voucher is not None
                numbers.append(voucher.number)
        return numbers

    racing._run(url, barrier, results, work)


def _orders(database: Database, count: int) -> tuple[Actor, list[int]]:
    with session_scope(database, Actor.system()) as session:
        office = make_office(session)
        return office.staff["cash"], [refund_order(session, office, index=n) for n in range(count)]


def test_two_cashiers_at_once_number_vouchers_in_sequence(database: Database) -> None:
    cashier, ids = _orders(database, 3)
    # Both PCs pay on the first order and on one of their own.
    shares = [
        (cashier, [ids[0], ids[1]] * (PER_PC // 2), "1"),
        (cashier, [ids[0], ids[2]] * (PER_PC // 2), "1"),
    ]
    reports = racing.race(pay_refunds, database.url, *shares)
    assert [kind for kind, _ in reports] == ["done", "done"], reports
    with session_scope(database) as session:
        numbers = list(session.scalars(select(RefundVoucher.number).order_by("number")))
        assert numbers == list(range(1, 2 * PER_PC + 1))  # no gap, no twice
        assert change_money.refunded(session, ids[0]) == PER_PC
    for _, numbers in reports:
        assert numbers == sorted(numbers) and len(numbers) == PER_PC


def test_two_cashiers_paying_it_all_at_once_pay_it_once(database: Database) -> None:
    """Both PCs pay the whole amount due on one order at once: one voucher, the other refused."""
    cashier, (order_id,) = _orders(database, 1)
    share = (cashier, [order_id], "50000")
    reports = racing.race(pay_refunds, database.url, share, share)
    assert sorted(kind for kind, _ in reports) == ["done", "refused"], reports
    with session_scope(database) as session:
        assert change_money.refunded(session, order_id) == DUE
        assert session.scalars(select(RefundVoucher.number)).all() == [1]
        assert session.get(ChangeOrder, order_id) is not None
