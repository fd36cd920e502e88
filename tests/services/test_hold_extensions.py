"""锁定延期 (services.holds.extend_hold): by the hold hours, at most deals.hold_max_extensions
times by the holder, then only the site manager with a reason; audited; an expired hold is
gone and cannot be extended."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied, UserError, ValidationError
from anjia_desk.core.units import UnitAction
from anjia_desk.db.models import AuditEntry, UnitHold
from anjia_desk.services import holds, tickets, units
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.services.unit_helpers import NOW, SYSTEM, make_staff, make_tickets


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


def _held(session: Session, actor: Actor, n: int = 1) -> tuple[int, int]:
    project = make_project(session, f"安家·{n}号苑")
    unit = make_building(session, project)[0]
    customer = make_customer(session, f"客户{n}", f"1390000000{n}")
    return unit.id, holds.hold_unit(session, actor, unit.id, customer_id=customer.id, now=NOW)


def test_the_holder_extends_twice_then_only_the_site_manager(
    session: Session, staff: dict[str, Actor]
) -> None:
    consultant, manager = staff["consultant"], staff["manager"]
    unit_id, hold_id = _held(session, consultant)
    first_end = NOW + timedelta(hours=24)
    assert holds.extend_hold(session, consultant, hold_id, now=NOW) == first_end + timedelta(
        hours=24
    )
    detail = units.unit_detail(session, consultant, unit_id, now=NOW)
    assert detail.hold is not None and detail.hold.extensions_text == "已延期 1/2 次"
    assert detail.may(UnitAction.EXTEND)
    later = NOW + timedelta(hours=30)  # past the first end, before the new one
    holds.extend_hold(session, consultant, hold_id, reason="客户出差", now=later)
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.extensions == 2
    assert hold.expires_at == first_end + timedelta(hours=48)
    detail = units.unit_detail(session, consultant, unit_id, now=later)
    assert detail.hold is not None
    assert detail.hold.extensions_text == "已延期 2/2 次，再延期需案场经理"
    verdict = detail.actions[UnitAction.EXTEND]
    assert not verdict.allowed and verdict.why_not == "已延期 2 次，再延期需案场经理"
    with pytest.raises(PermissionDenied, match="已延期 2 次，再延期需案场经理"):
        holds.extend_hold(session, consultant, hold_id, reason="再等等", now=later)
    # the site manager may, with a reason
    assert units.unit_detail(session, manager, unit_id, now=later).may(UnitAction.EXTEND)
    with pytest.raises(ValidationError) as missing:
        holds.extend_hold(session, manager, hold_id, reason=" ", now=later)
    assert "原因" in missing.value.fields["reason"]
    new_end = holds.extend_hold(session, manager, hold_id, reason="按揭材料在途", now=later)
    assert new_end == first_end + timedelta(hours=72)
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "extend").order_by(AuditEntry.id)
    ).all()
    assert [(e.entity_id, e.actor, e.reason) for e in entries] == [
        (hold_id, "李娜", None),
        (hold_id, "李娜", "客户出差"),
        (hold_id, "周经理", "按揭材料在途"),
    ]
    assert "第 3 次，上限 2 次" in entries[-1].summary and "锁定延期" in entries[-1].summary
    # one entry per extension: no second, automatic "update" entry of the same change
    updates = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "update", AuditEntry.entity == "unit_holds")
    ).all()
    assert updates == []


def test_who_may_extend_and_what(session: Session, staff: dict[str, Actor]) -> None:
    consultant = staff["consultant"]
    unit_id, hold_id = _held(session, consultant)
    with pytest.raises(UserError, match="只有经办人或案场经理可以延期"):
        holds.extend_hold(session, staff["other"], hold_id, now=NOW)
    with pytest.raises(PermissionDenied, match="锁定延期"):
        holds.extend_hold(session, staff["cashier"], hold_id, now=NOW)
    assert not units.unit_detail(session, staff["other"], unit_id, now=NOW).may(UnitAction.EXTEND)
    holds.extend_hold(session, staff["manager"], hold_id, now=NOW)  # not at the limit: no reason
    with pytest.raises(ValidationError, match="200"):
        holds.extend_hold(session, consultant, hold_id, reason="长" * 201, now=NOW)
    # a 保留 ends on its own day
    other = make_building(session, make_project(session, "别处"), "2栋")[0]
    reserve = holds.reserve_unit(
        session, staff["manager"], other.id, until=NOW.date() + timedelta(days=3), reason="预留",
        now=NOW,
    )  # fmt: skip
    with pytest.raises(UserError, match="保留到截止日期为止"):
        holds.extend_hold(session, staff["manager"], reserve, reason="x", now=NOW)


def test_an_expired_or_released_hold_is_not_extended(
    session: Session, staff: dict[str, Actor]
) -> None:
    consultant = staff["consultant"]
    unit_id, hold_id = _held(session, consultant)
    after = NOW + timedelta(hours=24)  # its end: gone
    assert not units.unit_detail(session, consultant, unit_id, now=after).may(UnitAction.EXTEND)
    with pytest.raises(UserError, match="已到期自动释放，不能延期"):
        holds.extend_hold(session, consultant, hold_id, now=after)
    _unit2, second = _held(session, consultant, 2)
    holds.release_hold(session, consultant, second, reason="", now=NOW)
    with pytest.raises(UserError, match="已释放，不能延期"):
        holds.extend_hold(session, consultant, second, now=NOW)


def test_the_count_is_a_setting_and_choices_extend_too(
    session: Session, staff: dict[str, Actor]
) -> None:
    update_settings(session, SYSTEM, {"deals.hold_max_extensions": 0, "deals.hold_hours": 6})
    secretary = staff["secretary"]
    project = make_project(session)
    unit = make_building(session, project)[0]
    (ticket,) = make_tickets(session, project, "甲一")
    hold_id = tickets.choose_unit(session, secretary, unit.id, ticket_id=ticket.id, now=NOW)
    with pytest.raises(PermissionDenied, match="已延期 0 次，再延期需案场经理"):
        holds.extend_hold(session, secretary, hold_id, now=NOW)
    end = holds.extend_hold(session, SYSTEM, hold_id, reason="命令行", now=NOW)
    assert end == NOW + timedelta(hours=12)


def test_two_pcs_extending_at_once_count_once(session: Session, staff: dict[str, Actor]) -> None:
    """The extension is guarded on the count it read: another PC's extension meanwhile makes
    this one a conflict, not a second silent extension."""
    from sqlalchemy import update

    from anjia_desk.core.errors import ConflictError

    consultant = staff["consultant"]
    _unit_id, hold_id = _held(session, consultant)
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.extensions == 0  # read here, then changed elsewhere
    session.execute(
        update(UnitHold)
        .where(UnitHold.id == hold_id)
        .values(extensions=1)
        .execution_options(synchronize_session=False)
    )
    with pytest.raises(ConflictError, match="刚被其他人改动过"):
        holds.extend_hold(session, consultant, hold_id, now=NOW)
