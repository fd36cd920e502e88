"""接待轮序 against the database: duty lists, the board, skips that keep a consultant's place,
invalid receptions that give the next one back, and the counts per consultant per day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError, ValidationError
from anjia_desk.core.roles import Role
from anjia_desk.db.models import DutyRoster, User, Visit
from anjia_desk.services import reception, rotation
from anjia_desk.services.context import Actor
from tests.helpers import add_actor

NOW = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
TODAY = date(2026, 3, 5)


@pytest.fixture
def staff(session: Session, system: Actor) -> dict[str, Actor]:
    return {
        "desk": add_actor(session, "desk", "前台小王", Role.FRONT_DESK),
        "a": add_actor(session, "ann", "安顾问", Role.CONSULTANT),
        "b": add_actor(session, "bai", "白顾问", Role.CONSULTANT),
        "c": add_actor(session, "chen", "陈顾问", Role.SENIOR_CONSULTANT),
        "boss": add_actor(session, "boss", "钱经理", Role.SITE_MANAGER),
        "cashier": add_actor(session, "cash", "孙出纳", Role.CASHIER),
    }


def on_duty(session: Session, staff: dict[str, Actor], *keys: str, now: datetime = NOW) -> None:
    ids = [staff[k].user_id for k in keys]
    rotation.set_duty_list(session, staff["boss"], [i for i in ids if i is not None], now=now)


def queue(session: Session, actor: Actor, now: datetime = NOW) -> list[str]:
    return [line.name for line in rotation.rotation_board(session, actor, now=now).lines]


def walk_in_next(session: Session, staff: dict[str, Actor], now: datetime = NOW) -> int:
    nxt = rotation.next_consultant_today(session, now=now)
    assert nxt is not None
    return rotation.receive_walk_in(session, staff["desk"], nxt.id, now=now)


def test_empty_board(session, staff):
    data = rotation.rotation_board(session, staff["desk"], now=NOW)
    assert (data.day, data.lines, data.next_id, data.next_name, data.turns) == (
        TODAY,
        [],
        None,
        "",
        [],
    )
    assert rotation.next_consultant_today(session, now=NOW) is None


def test_round_robin_while_everyone_is_present(session, staff):
    on_duty(session, staff, "a", "b", "c")
    served = []
    for minute in range(6):
        at = NOW + timedelta(minutes=minute)
        nxt = rotation.next_consultant_today(session, now=at)
        assert nxt is not None
        served.append(nxt.name)
        rotation.receive_walk_in(session, staff["desk"], nxt.id, now=at)
    assert served == ["安顾问", "白顾问", "陈顾问"] * 2
    data = rotation.rotation_board(session, staff["desk"], now=NOW)
    assert [(line.name, line.served, line.order) for line in data.lines] == [
        ("安顾问", 2, 1),
        ("白顾问", 2, 2),
        ("陈顾问", 2, 3),
    ]
    assert [t.kind_label for t in data.turns] == ["接待"] * 6
    assert data.turns[0].at == NOW + timedelta(minutes=5)  # newest first


def test_a_skipped_consultant_keeps_their_place(session, staff):
    on_duty(session, staff, "a", "b", "c")
    rotation.skip_consultant(session, staff["desk"], staff["a"].user_id, now=NOW)
    data = rotation.rotation_board(session, staff["desk"], now=NOW)
    assert data.next_name == "白顾问"
    assert queue(session, staff["desk"]) == ["白顾问", "陈顾问", "安顾问"]
    assert data.line(staff["a"].user_id).skipped_now
    with pytest.raises(UserError, match="已被跳过"):
        rotation.skip_consultant(session, staff["desk"], staff["a"].user_id, now=NOW)
    walk_in_next(session, staff)  # 白 receives; 安 is back, first again (fewest served)
    data = rotation.rotation_board(session, staff["desk"], now=NOW)
    assert data.next_name == "安顾问"
    line = data.line(staff["a"].user_id)
    assert (line.skips, line.skipped_now, line.served) == (1, False, 0)
    with pytest.raises(KeyError):
        data.line(99999)


def test_everyone_skipped_means_nobody_is_offered(session, staff):
    on_duty(session, staff, "a", "b")
    rotation.skip_consultant(session, staff["boss"], staff["a"].user_id, now=NOW)
    rotation.skip_consultant(session, staff["boss"], staff["b"].user_id, now=NOW)
    assert rotation.next_consultant_today(session, now=NOW) is None
    assert rotation.rotation_board(session, staff["desk"], now=NOW).next_name == ""


def test_an_invalid_reception_gives_the_next_one_back(session, staff):
    on_duty(session, staff, "a", "b")
    turn = walk_in_next(session, staff)  # 安
    assert rotation.next_consultant_today(session, now=NOW).name == "白顾问"  # type: ignore[union-attr]
    rotation.mark_turn_invalid(session, staff["desk"], turn, "同行踩盘", now=NOW)
    data = rotation.rotation_board(session, staff["desk"], now=NOW)
    assert data.next_name == "安顾问"
    line = data.line(staff["a"].user_id)
    assert (line.served, line.invalid) == (0, 1)
    assert data.turns[0].invalid_reason == "同行踩盘"


def test_marking_invalid_also_marks_the_visit(session, staff):
    on_duty(session, staff, "a")
    made = reception.register_visit(
        session,
        staff["desk"],
        VisitForm(
            phone="13812345678",
            name="张伟",
            channel="自然到访",
            consent=True,
            consultant_id=staff["a"].user_id,
        ),
        now=NOW,
    )
    data = rotation.rotation_board(session, staff["desk"], now=NOW)
    [turn] = data.turns
    assert (turn.customer_id, turn.customer_name, turn.user_name) == (
        made.customer_id,
        "张伟",
        "安顾问",
    )
    rotation.mark_turn_invalid(session, staff["boss"], turn.id, "问路", now=NOW)
    visit = session.get(Visit, made.visit_id)
    assert visit is not None and visit.invalid_reason == "问路"


def test_mark_invalid_refusals(session, staff):
    on_duty(session, staff, "a")
    rotation.skip_consultant(session, staff["desk"], staff["a"].user_id, now=NOW)
    skip_id = rotation.rotation_board(session, staff["desk"], now=NOW).turns[0].id
    with pytest.raises(UserError, match="只有接待记录"):
        rotation.mark_turn_invalid(session, staff["desk"], skip_id, "问路", now=NOW)
    turn = rotation.receive_walk_in(session, staff["desk"], staff["a"].user_id, now=NOW)
    with pytest.raises(ValidationError) as err:
        rotation.mark_turn_invalid(session, staff["desk"], turn, "下雨", now=NOW)
    assert "reason" in err.value.fields
    with pytest.raises(ValidationError):
        rotation.mark_turn_invalid(session, staff["desk"], turn, "  ", now=NOW)
    with pytest.raises(UserError, match="只能标记今天"):
        rotation.mark_turn_invalid(
            session, staff["desk"], turn, "问路", now=NOW + timedelta(days=1)
        )
    with pytest.raises(NotFound):
        rotation.mark_turn_invalid(session, staff["desk"], 99999, "问路", now=NOW)
    with pytest.raises(PermissionDenied):
        rotation.mark_turn_invalid(session, staff["a"], turn, "问路", now=NOW)


def test_set_duty_list_reorders_adds_and_removes_keeping_counts(session, staff):
    on_duty(session, staff, "a", "b")
    walk_in_next(session, staff)  # 安 served 1
    on_duty(session, staff, "c", "b", "a")
    rows = session.scalars(select(DutyRoster).order_by(DutyRoster.position)).all()
    assert [r.user_id for r in rows] == [staff[k].user_id for k in ("c", "b", "a")]
    assert rotation.duty_list(session, staff["desk"], now=NOW) == [r.user_id for r in rows]
    data = rotation.rotation_board(session, staff["desk"], now=NOW)
    assert [(line.name, line.position, line.served) for line in data.lines] == [
        ("陈顾问", 1, 0),
        ("白顾问", 2, 0),
        ("安顾问", 3, 1),
    ]
    on_duty(session, staff, "b")
    assert queue(session, staff["desk"]) == ["白顾问"]
    # Someone taken off the list: their turns stay in the log, not on the board.
    assert len(rotation.rotation_board(session, staff["desk"], now=NOW).turns) == 1
    on_duty(session, staff)
    assert queue(session, staff["desk"]) == []


def test_duty_lists_are_per_day(session, staff):
    on_duty(session, staff, "a", "b")
    tomorrow = NOW + timedelta(days=1)
    assert queue(session, staff["desk"], tomorrow) == []
    on_duty(session, staff, "b", now=tomorrow)
    assert queue(session, staff["desk"], tomorrow) == ["白顾问"]
    assert queue(session, staff["desk"]) == ["安顾问", "白顾问"]


def test_set_duty_list_refusals(session, staff):
    with pytest.raises(ValidationError):
        rotation.set_duty_list(
            session, staff["boss"], [staff["a"].user_id, staff["a"].user_id], now=NOW
        )  # type: ignore[list-item]
    with pytest.raises(PermissionDenied):  # the front desk is not a consultant
        rotation.set_duty_list(session, staff["boss"], [staff["desk"].user_id], now=NOW)  # type: ignore[list-item]
    with pytest.raises(NotFound):
        rotation.set_duty_list(session, staff["boss"], [99999], now=NOW)
    with pytest.raises(PermissionDenied):
        rotation.set_duty_list(session, staff["desk"], [staff["a"].user_id], now=NOW)  # type: ignore[list-item]
    inactive = session.get(User, staff["b"].user_id)
    assert inactive is not None
    inactive.is_active = False
    with pytest.raises(NotFound):
        rotation.set_duty_list(session, staff["boss"], [staff["b"].user_id], now=NOW)  # type: ignore[list-item]


def test_skip_and_walk_in_need_someone_on_duty(session, staff):
    on_duty(session, staff, "a")
    with pytest.raises(UserError, match="不在今天的值班表上"):
        rotation.skip_consultant(session, staff["desk"], staff["b"].user_id, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(UserError, match="不在今天的值班表上"):
        rotation.receive_walk_in(session, staff["desk"], staff["b"].user_id, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        rotation.receive_walk_in(session, staff["desk"], 99999, now=NOW)
    with pytest.raises(PermissionDenied):
        rotation.skip_consultant(session, staff["a"], staff["a"].user_id, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        rotation.receive_walk_in(session, staff["cashier"], staff["a"].user_id, now=NOW)  # type: ignore[arg-type]


def test_who_may_see_the_board(session, staff):
    for key in ("desk", "a", "boss"):
        rotation.rotation_board(session, staff[key], now=NOW)
    with pytest.raises(PermissionDenied):
        rotation.rotation_board(session, staff["cashier"], now=NOW)
    with pytest.raises(PermissionDenied):
        rotation.duty_list(session, staff["cashier"], now=NOW)
    with pytest.raises(PermissionDenied):
        rotation.fairness(session, staff["cashier"], now=NOW)
    assert [s.name for s in rotation.duty_candidates(session, staff["boss"])] == sorted(
        ["安顾问", "白顾问", "陈顾问"]
    )
    with pytest.raises(PermissionDenied):
        rotation.duty_candidates(session, staff["desk"])


def test_fairness_counts_per_consultant_per_day(session, staff):
    yesterday = NOW - timedelta(days=1)
    on_duty(session, staff, "a", "b", now=yesterday)
    walk_in_next(session, staff, yesterday)
    walk_in_next(session, staff, yesterday)
    on_duty(session, staff, "a", "b")
    bad = walk_in_next(session, staff)  # 安
    rotation.mark_turn_invalid(session, staff["desk"], bad, "推销", now=NOW)
    rotation.skip_consultant(session, staff["desk"], staff["a"].user_id, now=NOW)
    walk_in_next(session, staff)  # 白
    walk_in_next(session, staff)  # 安 (back after a reception)
    rows = rotation.fairness(session, staff["boss"], days=2, now=NOW)
    assert [(r.day, r.name, r.served, r.invalid, r.skips) for r in rows] == [
        (TODAY, "安顾问", 1, 1, 1),
        (TODAY, "白顾问", 1, 0, 0),
        (TODAY - timedelta(days=1), "安顾问", 1, 0, 0),
        (TODAY - timedelta(days=1), "白顾问", 1, 0, 0),
    ]
    assert [r.day for r in rotation.fairness(session, staff["boss"], days=1, now=NOW)] == [
        TODAY,
        TODAY,
    ]
