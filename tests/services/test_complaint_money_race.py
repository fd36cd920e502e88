"""Two cashiers at two PCs paying complaints' money at once (issue 18): the 赔付凭证 numbers of a
project stay in sequence with no gap and none twice, and one request is paid once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from anjia_desk.core.complaint_money_forms import PayForm
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import ComplaintPayment
from anjia_desk.services import complaint_money as cm
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_project
from tests.services import racing
from tests.services.test_complaint_money import (
    NOW,
    TODAY,
    Office,
    approved,
    make_complaint,
    make_staff,
)

PER_PC = 5


def pay_all(url: str, barrier: Any, results: Any, cashier: Actor, payment_ids: list[int]) -> None:
    """Pay each request in turn, each in its own unit of work; the vouchers' numbers."""

    def work(database: Any) -> list[int]:
        numbers = []
        for payment_id in payment_ids:
            with session_scope(database, cashier) as session:
                form = PayForm("王建国", "转账", TODAY)
                numbers.append(cm.pay_payment(session, cashier, payment_id, form, now=NOW))
        return numbers

    racing._run(url, barrier, results, work)


def _approved(database: Database, count: int) -> tuple[Actor, list[int]]:
    with session_scope(database, Actor.system()) as session:
        project = make_project(session)
        office = Office(make_staff(session), project, make_complaint(session, project, 1))
        ids = [approved(session, office, str(100 + n)) for n in range(count)]
        return office.staff["cash"], ids


def test_two_cashiers_at_once_number_in_sequence(database: Database) -> None:
    cashier, ids = _approved(database, 2 * PER_PC)
    reports = racing.race(pay_all, database.url, (cashier, ids[:PER_PC]), (cashier, ids[PER_PC:]))
    assert [kind for kind, _ in reports] == ["done", "done"], reports
    with session_scope(database) as session:
        numbers = list(session.scalars(select(ComplaintPayment.number).order_by("number")))
        assert numbers == list(range(1, 2 * PER_PC + 1))  # no gap, no twice
    for _, numbers in reports:
        assert numbers == sorted(numbers) and len(numbers) == PER_PC


def test_two_cashiers_paying_one_request_pay_it_once(database: Database) -> None:
    cashier, (payment_id,) = _approved(database, 1)
    share = (cashier, [payment_id])
    reports = racing.race(pay_all, database.url, share, share)
    assert sorted(kind for kind, _ in reports) == ["done", "refused"], reports
    with session_scope(database) as session:
        assert session.scalars(select(ComplaintPayment.number)).all() == [1]
