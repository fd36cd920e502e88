"""services.numbering.next_number (issue 15): one sequence per project and per kind of number,
the next after the highest stored (a voided one included); a project that does not exist is
refused. Parallel writers: test_races.py."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound
from anjia_desk.db.models import QueueTicket, Receipt
from anjia_desk.services.numbering import next_number
from tests.deal_fixtures import make_customer, make_project


def test_one_sequence_per_project_and_kind(session: Session) -> None:
    first, second = make_project(session), make_project(session, "安家·二期")
    customer = make_customer(session)
    assert next_number(session, QueueTicket.number, first.id) == 1
    for number in (1, 2, 5):  # 3 and 4 are not for this test to fill
        session.add(
            QueueTicket(
                project_id=first.id, number=number, customer_id=customer.id,
                amount=Decimal(1), status="voided" if number == 5 else "active",
            )
        )  # fmt: skip
    session.flush()
    assert next_number(session, QueueTicket.number, first.id) == 6  # after the voided 5
    assert next_number(session, QueueTicket.number, second.id) == 1
    assert next_number(session, Receipt.number, first.id) == 1


def test_a_project_that_does_not_exist(session: Session) -> None:
    with pytest.raises(NotFound, match="找不到编号为 999 的项目"):
        next_number(session, Receipt.number, 999)
