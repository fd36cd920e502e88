"""services/holds.py: 锁定, 保留, release by hand and at the hold's end, two PCs racing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.roles import Role
from anjia_desk.core.units import UnitAction
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import AuditEntry, Unit, UnitHold
from anjia_desk.services import holds, units
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services.unit_helpers import NOW, SYSTEM, make_staff


@pytest.fixture
def staff(session: Session) -> dict[str, Actor]:
    return make_staff(session)


# --- holds


def test_hold_unit_and_its_refusals(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    customer = make_customer(session)
    other = make_customer(session, "陈小红", "13900002222")
    update_settings(session, SYSTEM, {"deals.hold_hours": 2})
    hold_id = holds.hold_unit(
        session, staff["consultant"], unit.id, customer_id=customer.id, now=NOW
    )
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.expires_at == NOW + timedelta(hours=2)
    assert hold.kind == HoldKind.HOLD and hold.user_id == staff["consultant"].user_id
    assert unit.status == UnitStatus.HELD and unit.version == 2
    with pytest.raises(ConflictError, match=r"王建国.*锁定.*李娜"):
        holds.hold_unit(session, staff["other"], unit.id, customer_id=other.id, now=NOW)
    detail = units.unit_detail(session, staff["other"], unit.id, now=NOW)
    assert detail.hold is not None and detail.hold.customer_name == "王建国"
    assert detail.hold.user_name == "李娜" and detail.status is UnitStatus.HELD
    assert detail.label == "1栋0101" and detail.deal_id is None

    second = make_building(session, project, "2栋")[0]
    custom = holds.hold_unit(
        session, staff["other"], second.id, customer_id=other.id, hours=5, now=NOW
    )
    assert units.unit_detail(session, SYSTEM, second.id, now=NOW).hold.expires_at == (
        NOW + timedelta(hours=5)
    )
    assert custom != hold_id
    with pytest.raises(ValidationError) as err:
        holds.hold_unit(session, SYSTEM, second.id, customer_id=other.id, hours=0, now=NOW)
    assert "hours" in err.value.fields
    with pytest.raises(NotFound):
        holds.hold_unit(session, SYSTEM, second.id, customer_id=999, now=NOW)
    with pytest.raises(NotFound):
        holds.hold_unit(session, SYSTEM, 999, customer_id=other.id, now=NOW)
    with pytest.raises(PermissionDenied):
        holds.hold_unit(session, staff["cashier"], second.id, customer_id=other.id, now=NOW)


def _setup_race(db_path: Path) -> tuple[int, int, int, Actor, Actor]:
    database = open_database(str(db_path))
    try:
        with session_scope(database, SYSTEM) as session:
            a = add_actor(session, "c1", "李娜", Role.CONSULTANT)
            b = add_actor(session, "c2", "赵强", Role.CONSULTANT)
            project = make_project(session)
            unit = make_building(session, project)[0]
            first = make_customer(session, "王建国", "13800001111")
            second = make_customer(session, "陈小红", "13900002222")
            return unit.id, first.id, second.id, a, b
    finally:
        database.close()


@pytest.fixture
def two_pcs(db_path: Path) -> Iterator[tuple[Database, Database]]:
    one, two = open_database(str(db_path)), open_database(str(db_path))
    yield one, two
    one.close()
    two.close()


def test_two_sessions_race_for_one_unit(db_path: Path, two_pcs: tuple[Database, Database]) -> None:
    unit_id, first, second, a, b = _setup_race(db_path)
    one, two = two_pcs
    session_b = two.sessions()
    session_b.info["actor"] = b
    try:
        # Both PCs show the unit as 可售.
        seen = session_b.get(Unit, unit_id)
        assert seen is not None and seen.status == "available"
        with session_scope(one, a) as session_a:
            assert session_a.get(Unit, unit_id).status == "available"
            holds.hold_unit(session_a, a, unit_id, customer_id=first, now=NOW)
        with pytest.raises(ConflictError, match="王建国"):
            holds.hold_unit(session_b, b, unit_id, customer_id=second, now=NOW)
        session_b.rollback()
    finally:
        session_b.close()
    with session_scope(one, SYSTEM) as session:
        live = session.scalars(select(UnitHold).where(UnitHold.released_at.is_(None))).all()
        assert [h.customer_id for h in live] == [first]


def test_two_pcs_past_the_check_at_once(
    db_path: Path, two_pcs: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both PCs pass the service's own check before either writes: the database decides."""
    unit_id, first, second, a, b = _setup_race(db_path)
    barrier = threading.Barrier(2, timeout=20)
    checked = holds.require_available

    def check_then_wait(*args: Any) -> None:
        checked(*args)
        barrier.wait()

    monkeypatch.setattr(holds, "require_available", check_then_wait)
    outcomes: dict[str, BaseException | int] = {}

    def hold(name: str, database: Database, actor: Actor, customer_id: int) -> None:
        try:
            with session_scope(database, actor) as session:
                outcomes[name] = holds.hold_unit(
                    session, actor, unit_id, customer_id=customer_id, now=NOW
                )
        except BaseException as exc:  # reported below
            outcomes[name] = exc

    threads = [
        threading.Thread(target=hold, args=("a", two_pcs[0], a, first)),
        threading.Thread(target=hold, args=("b", two_pcs[1], b, second)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    wins = [v for v in outcomes.values() if isinstance(v, int)]
    losses = [v for v in outcomes.values() if not isinstance(v, int)]
    assert len(wins) == 1 and len(losses) == 1
    assert isinstance(losses[0], ConflictError), repr(losses[0])
    assert "锁定" in losses[0].message
    with session_scope(two_pcs[0], SYSTEM) as session:
        count = session.scalar(
            select(func.count()).select_from(UnitHold).where(UnitHold.released_at.is_(None))
        )
        assert count == 1
        assert session.get(Unit, unit_id).status == "held"


def test_an_expired_hold_reads_as_gone_and_the_next_write_releases_it(
    session: Session, staff: dict[str, Actor]
) -> None:
    project = make_project(session)
    made = make_building(session, project)
    customer = make_customer(session)
    update_settings(session, SYSTEM, {"deals.hold_hours": 1})
    hold_id = holds.hold_unit(
        session, staff["consultant"], made[0].id, customer_id=customer.id, now=NOW
    )
    assert units.board(session, SYSTEM, made[0].building_id, now=NOW).counts[UnitStatus.HELD] == 1
    later = NOW + timedelta(hours=1)
    # The board and the detail read it as 可售 at its end …
    result = units.board(session, SYSTEM, made[0].building_id, now=later)
    assert result.counts[UnitStatus.HELD] == 0 and result.counts[UnitStatus.AVAILABLE] == 6
    cell = next(c for c in result.cells.values() if c.unit_id == made[0].id)
    assert cell.status is UnitStatus.AVAILABLE and cell.hold_id is None
    assert cell.customer_name == "" and cell.hold_expires_at is None
    detail = units.unit_detail(session, staff["other"], made[0].id, now=later)
    assert detail.status is UnitStatus.AVAILABLE and detail.hold is None
    assert detail.may(UnitAction.HOLD) and not detail.may(UnitAction.RELEASE)
    # … and wrote nothing.
    assert not session.new and not session.dirty
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.released_at is None
    assert session.get(Unit, made[0].id).version == 2
    # A write releases it.
    assert holds.release_expired(session, now=later + timedelta(hours=5)) == 1
    # Released at its end, whenever the write that noticed it ran.
    assert hold.released_at == later and hold.release_reason == holds.EXPIRED_REASON
    unit = session.get(Unit, made[0].id)
    # The version stays: a form opened on the unit after the hold's end still saves.
    assert unit is not None and unit.status == "available" and unit.version == 2
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.entity == "unit_holds", AuditEntry.entity_id == hold_id)
        .order_by(AuditEntry.id.desc())
    )  # fmt: skip
    assert entry is not None and "到期" in entry.summary and "1栋0101" in entry.summary
    assert holds.release_expired(session, now=later) == 0
    units.update_unit(session, staff["secretary"], unit.id, version=2, layout="两室一厅")
    assert unit.layout == "两室一厅"
    # Free again: another customer may hold it.
    holds.hold_unit(session, staff["other"], made[0].id, customer_id=customer.id, now=later)


def test_reads_write_nothing(database: Database, session: Session) -> None:
    """The board and a unit's detail run no INSERT, UPDATE or DELETE, holds expired or not."""
    project = make_project(session)
    made = make_building(session, project)
    customer = make_customer(session)
    holds.hold_unit(session, SYSTEM, made[0].id, customer_id=customer.id, hours=1, now=NOW)
    session.flush()
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]).lstrip().split()[0].upper())

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        later = NOW + timedelta(hours=2)
        units.board(session, SYSTEM, made[0].building_id, now=later)
        units.unit_detail(session, SYSTEM, made[0].id, now=later)
        session.flush()
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert statements and set(statements) == {"SELECT"}


def test_an_expired_hold_does_not_stop_blocking(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    holds.hold_unit(session, SYSTEM, unit.id, customer_id=make_customer(session).id, now=NOW)
    later = NOW + timedelta(days=2)
    seen = units.unit_detail(session, staff["secretary"], unit.id, now=later)
    assert seen.status is UnitStatus.AVAILABLE and seen.may(UnitAction.BLOCK)
    units.block_unit(
        session, staff["secretary"], unit.id, reason="样板间", version=seen.version, now=later
    )
    assert unit.status == UnitStatus.UNSELLABLE


def test_expired_hold_of_a_blocked_unit_keeps_it_blocked(session: Session) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    customer = make_customer(session)
    holds.hold_unit(session, SYSTEM, unit.id, customer_id=customer.id, now=NOW)
    unit.blocked_reason = "样板间"
    session.flush()
    assert holds.release_expired(session, now=NOW + timedelta(days=2)) == 1
    session.refresh(unit)
    assert unit.status == UnitStatus.UNSELLABLE


def test_release_hold_by_whom(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    customer = make_customer(session)
    mine = holds.hold_unit(
        session, staff["consultant"], made[0].id, customer_id=customer.id, now=NOW
    )
    with pytest.raises(PermissionDenied):
        holds.release_hold(session, staff["other"], mine, reason="")
    with pytest.raises(PermissionDenied):
        holds.release_hold(session, staff["cashier"], mine, reason="")
    holds.release_hold(session, staff["consultant"], mine, reason="", now=NOW)
    hold = session.get(UnitHold, mine)
    assert hold is not None and hold.release_reason == holds.MANUAL_REASON
    assert made[0].status == UnitStatus.AVAILABLE
    with pytest.raises(UserError, match="已释放"):
        holds.release_hold(session, staff["consultant"], mine, reason="")
    theirs = holds.hold_unit(session, staff["other"], made[1].id, customer_id=customer.id, now=NOW)
    holds.release_hold(session, staff["secretary"], theirs, reason="客户改期", now=NOW)
    hold = session.get(UnitHold, theirs)
    assert hold is not None and hold.release_reason == "客户改期"
    with pytest.raises(NotFound):
        holds.release_hold(session, SYSTEM, 999, reason="")


def test_reserve_unit(session: Session, staff: dict[str, Actor]) -> None:
    project = make_project(session)
    made = make_building(session, project)
    manager = staff["manager"]
    hold_id = holds.reserve_unit(
        session, manager, made[0].id, until=date(2026, 11, 30), reason="领导留房", now=NOW
    )
    hold = session.get(UnitHold, hold_id)
    assert hold is not None and hold.kind == HoldKind.RESERVE
    assert hold.approver_id == manager.user_id
    # the end of 11-30 in Shanghai = 12-01 00:00 +08:00
    assert hold.expires_at == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    assert made[0].status == UnitStatus.RESERVED
    with pytest.raises(ConflictError, match=r"保留.*周经理"):
        holds.hold_unit(session, SYSTEM, made[0].id, customer_id=make_customer(session).id, now=NOW)
    with pytest.raises(ValidationError) as err:
        holds.reserve_unit(
            session, manager, made[1].id, until=date(2026, 11, 22), reason=" ", now=NOW
        )
    assert set(err.value.fields) == {"until", "reason"}
    with pytest.raises(ValidationError):
        holds.reserve_unit(
            session, manager, made[1].id, until=date(2026, 11, 23), reason="长" * 201, now=NOW
        )
    with pytest.raises(PermissionDenied):
        holds.reserve_unit(
            session, staff["consultant"], made[1].id, until=date(2026, 12, 1), reason="x", now=NOW
        )
    # the site manager releases any hold
    holds.release_hold(session, manager, hold_id, reason="不留了", now=NOW)
    assert made[0].status == UnitStatus.AVAILABLE


def test_anonymised_customer_cannot_hold(session: Session) -> None:
    project = make_project(session)
    unit = make_building(session, project)[0]
    customer = make_customer(session)
    customer.anonymised_at = NOW
    session.flush()
    with pytest.raises(NotFound):
        holds.hold_unit(session, SYSTEM, unit.id, customer_id=customer.id)


def test_an_expiry_is_the_systems_work_whoever_noticed_it(database: Database) -> None:
    with session_scope(database, SYSTEM) as s:
        project = make_project(s)
        made = make_building(s, project)
        customer_id = make_customer(s).id
        staff = make_staff(s)
        unit_ids = [made[0].id, made[1].id]
        hold_id = holds.hold_unit(
            s, staff["consultant"], unit_ids[0], customer_id=customer_id, hours=1, now=NOW
        )
    later = NOW + timedelta(hours=3)
    other = staff["other"]
    with session_scope(database, other) as s:  # another consultant's hold notices the expiry
        holds.hold_unit(s, other, unit_ids[1], customer_id=customer_id, now=later)
    with session_scope(database) as s:
        entry = s.scalar(
            select(AuditEntry).where(
                AuditEntry.entity == "unit_holds",
                AuditEntry.entity_id == hold_id,
                AuditEntry.summary.contains("到期"),
            )
        )
        assert entry is not None and entry.user_id is None and entry.actor == "system"
