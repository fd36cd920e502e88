"""The office numbers that were in code are settings now (issue 13), each changing what it
governs: the care touches' hours, the signing reminder's window and the risk index's window."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.errors import ValidationError
from anjia_desk.core.risk import Level
from anjia_desk.db.models import Customer
from anjia_desk.services import workbench
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting, update_settings
from anjia_desk.services.workbench_base import TodoKind
from tests.deal_fixtures import make_customer
from tests.services.test_care import local, signed_deal, touches
from tests.services.test_care import staff as staff
from tests.services.test_care import units as units
from tests.services.test_risk import C, F, M, P, mark
from tests.services.test_risk import customer as customer
from tests.services.test_risk import wang as wang
from tests.services.test_workbench import NOW as WB_NOW
from tests.services.test_workbench import _deal, days_ago
from tests.services.test_workbench import office as office
from tests.services.test_workbench import team as team

SYSTEM = Actor.system()

# --- care touches ------------------------------------------------------------------------------


def test_care_hours_move_the_touches(session, staff, units) -> None:
    update_settings(
        session,
        SYSTEM,
        {
            "care.window_start": "10:00",
            "care.window_end": "20:00",
            "care.second_at": "11:30",
            "care.third_at": "19:00",
        },
    )
    early = signed_deal(
        session, staff, units[0].id, make_customer(session, owner=staff["c1"]),
        local(2026, 11, 21, 9, 30),
    )  # fmt: skip
    assert [t.due_at for t in touches(session, early)] == [
        local(2026, 11, 21, 10),  # before the window: its start (not 09:30)
        local(2026, 11, 22, 11, 30),
        local(2026, 11, 23, 19),
    ]
    late = signed_deal(
        session, staff, units[1].id,
        make_customer(session, "李四", "13800000009", owner=staff["c1"]),
        local(2026, 11, 21, 20, 30),
    )  # fmt: skip
    assert touches(session, late)[0].due_at == local(2026, 11, 22, 10)  # after 20:00: next day


def test_care_times_outside_their_window_are_refused(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        update_settings(session, SYSTEM, {"care.third_at": "21:30"})
    assert refused.value.fields == {"care.third_at": "第三次关怀：应在关怀时段 09:00–21:00 之内"}
    with pytest.raises(ValidationError) as refused:
        update_settings(session, SYSTEM, {"care.window_start": "22:00"})
    assert "care.window_end" in refused.value.fields
    assert get_setting(session, "care.window_start") == "09:00"


# --- the signing reminder ----------------------------------------------------------------------


def test_the_signing_reminder_window_is_a_setting(session, team, office) -> None:
    c1 = team["c1"]
    _deal(session, office, c1, "还早丁", at=days_ago(4))  # 3 days left

    def reminded() -> list[str]:
        todo = workbench.todo_for(session, c1, now=WB_NOW)
        return [item.customer_name for item in todo.items_of(TodoKind.SIGN_DUE)]

    assert reminded() == []  # 2 days by default
    update_settings(session, SYSTEM, {"deals.sign_remind_days": 3})
    assert reminded() == ["还早丁"]


# --- the risk index ----------------------------------------------------------------------------


def test_the_risk_index_window_is_a_setting(session, wang, customer) -> None:
    mark(session, wang, customer, 10, {C: Level.HIGH, F: Level.HIGH})
    mark(session, wang, customer, 0, {C: Level.LOW, F: Level.LOW, P: Level.LOW, M: Level.LOW})
    session.refresh(customer)
    assert customer.risk_index == 100  # the 7 days: only today's four low marks
    update_settings(session, SYSTEM, {"risk.index_days": 14})
    mark(session, wang, customer, 0, {C: Level.LOW, F: Level.LOW, P: Level.LOW, M: Level.LOW})
    stored = session.get(Customer, customer.id)
    assert stored is not None and stored.risk_index == round(100 * 4 / 6)
