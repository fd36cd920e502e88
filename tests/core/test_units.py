"""core/units.py: a unit's name, its status from deal, hold and 不可售, a hold's end, the board's
order and columns, and which unit actions a person may take — and why not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from anjia_desk.core.deals import HoldKind, Stage, UnitStatus
from anjia_desk.core.roles import Role
from anjia_desk.core.units import (
    RELEASE_REFUSED,
    UnitAction,
    UnitFacts,
    Verdict,
    allowed_actions,
    column_suffix,
    hold_expired,
    natural_key,
    unit_actions,
    unit_label,
    unit_status,
)

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
A = UnitAction


@dataclass(frozen=True)
class Who:
    user_id: int | None
    roles: frozenset[Role]
    is_system: bool = False


def who(*roles: Role, user_id: int = 7) -> Who:
    return Who(user_id, frozenset(roles))


SYSTEM = Who(None, frozenset({Role.ADMIN}), is_system=True)


def test_unit_label() -> None:
    assert unit_label("3栋", "2单元", "1201") == "3栋2单元1201"
    assert unit_label("3栋", "", "0801") == "3栋0801"


@pytest.mark.parametrize(
    ("stage", "kind", "blocked", "status"),
    [
        (None, None, False, UnitStatus.AVAILABLE),
        (None, None, True, UnitStatus.UNSELLABLE),
        (None, HoldKind.HOLD, False, UnitStatus.HELD),
        (None, HoldKind.CHOICE, False, UnitStatus.HELD),
        (None, HoldKind.RESERVE, False, UnitStatus.RESERVED),
        (None, HoldKind.HOLD, True, UnitStatus.HELD),  # a hold wins over the mark
        (Stage.SUBSCRIBED, None, False, UnitStatus.SUBSCRIBED),
        (Stage.SIGNED, None, False, UnitStatus.SIGNED),
        (Stage.DELIVERED, None, False, UnitStatus.DELIVERED),
        (Stage.CERTIFIED, None, False, UnitStatus.DELIVERED),
        (Stage.SUBSCRIBED, HoldKind.HOLD, True, UnitStatus.SUBSCRIBED),  # a deal wins over all
        ("signed", "reserve", False, UnitStatus.SIGNED),  # the stored strings work too
        (Stage.CANCELLED, None, False, UnitStatus.AVAILABLE),  # a cancelled deal is no deal
        (Stage.CANCELLED, HoldKind.HOLD, False, UnitStatus.HELD),
        (Stage.CANCELLED, None, True, UnitStatus.UNSELLABLE),
    ],
)
def test_unit_status(
    stage: str | None, kind: str | None, blocked: bool, status: UnitStatus
) -> None:
    assert unit_status(stage, kind, blocked) is status


@pytest.mark.parametrize(
    ("expires_at", "expired"),
    [
        (None, False),  # no end
        (NOW + timedelta(seconds=1), False),
        (NOW, True),  # at its end it is over
        (NOW - timedelta(hours=1), True),
    ],
)
def test_hold_expired(expires_at: datetime | None, expired: bool) -> None:
    assert hold_expired(expires_at, NOW) is expired


def test_natural_key() -> None:
    names = ["10栋", "2栋", "A座", "1栋"]
    assert sorted(names, key=natural_key) == ["1栋", "2栋", "10栋", "A座"]
    assert sorted(["10单元", "2单元"], key=natural_key) == ["2单元", "10单元"]


@pytest.mark.parametrize(
    ("floor", "room", "suffix"),
    [
        (8, "0801", "01"),
        (8, "801", "01"),
        (12, "1203", "03"),
        (-1, "B102", "02"),
        (3, "商铺A", "商铺A"),
        (3, "03", "03"),  # nothing left after the floor: the whole room
    ],
)
def test_column_suffix(floor: int, room: str, suffix: str) -> None:
    assert column_suffix(floor, room) == suffix


# --- actions

AVAILABLE = UnitFacts(UnitStatus.AVAILABLE)
HELD_BY_7 = UnitFacts(UnitStatus.HELD, HoldKind.HOLD, hold_user_id=7)
HELD_BY_8 = UnitFacts(UnitStatus.HELD, HoldKind.HOLD, hold_user_id=8)
CHOSEN = UnitFacts(UnitStatus.HELD, HoldKind.CHOICE, hold_user_id=8)
RESERVED = UnitFacts(UnitStatus.RESERVED, HoldKind.RESERVE, hold_user_id=9)
BLOCKED = UnitFacts(UnitStatus.UNSELLABLE, blocked_reason="样板间")
SOLD = UnitFacts(UnitStatus.SUBSCRIBED, has_deal=True)

#: Every role against every action, on a 可售 unit nobody holds: True = may.
ON_AVAILABLE: dict[Role, set[UnitAction]] = {
    Role.FRONT_DESK: set(),
    Role.CONSULTANT: {A.HOLD, A.SUBSCRIBE, A.CHOOSE},
    Role.SENIOR_CONSULTANT: {A.HOLD, A.SUBSCRIBE, A.CHOOSE},
    Role.SALES_SECRETARY: {A.HOLD, A.BLOCK, A.EDIT, A.SUBSCRIBE, A.CHOOSE},
    Role.SITE_MANAGER: {A.HOLD, A.RESERVE, A.BLOCK, A.EDIT, A.SUBSCRIBE, A.CHOOSE},
    Role.CASHIER: set(),
    Role.FINANCE: set(),
    Role.MORTGAGE_OFFICER: set(),
    Role.MARKETING_HEAD: set(),
    Role.ADMIN: {A.BLOCK, A.EDIT},
}


@pytest.mark.parametrize("role", list(ON_AVAILABLE), ids=lambda r: r.value)
def test_every_role_on_an_available_unit(role: Role) -> None:
    actions = unit_actions(AVAILABLE, who(role))
    assert set(actions) == set(UnitAction)
    assert allowed_actions(actions) == ON_AVAILABLE[role]
    for action, verdict in actions.items():
        if not verdict.allowed:
            assert verdict.why_not, action
    # what nobody may do on a free unit says why, without blaming the role
    if role is Role.SITE_MANAGER:
        assert actions[A.RELEASE] == Verdict(False, "房源没有锁定、选房或保留，无需释放")
        assert actions[A.UNBLOCK] == Verdict(False, "房源不是不可售状态")
        assert actions[A.OPEN_DEAL] == Verdict(False, "房源还没有交易")


def test_a_missing_role_is_marked_as_such() -> None:
    verdict = unit_actions(AVAILABLE, who(Role.CASHIER))[A.HOLD]
    assert verdict == Verdict(False, "没有权限：锁定房源", lacks_role=True)
    state = unit_actions(HELD_BY_8, who(Role.CONSULTANT))[A.HOLD]
    assert not state.allowed and not state.lacks_role


#: (unit, person) → the actions allowed.
CASES: list[tuple[str, UnitFacts, Who, set[UnitAction]]] = [
    ("own hold", HELD_BY_7, who(Role.CONSULTANT), {A.RELEASE, A.EXTEND, A.SUBSCRIBE}),
    ("someone else's hold", HELD_BY_8, who(Role.CONSULTANT), {A.SUBSCRIBE}),
    ("the secretary releases any", HELD_BY_8, who(Role.SALES_SECRETARY),
     {A.RELEASE, A.SUBSCRIBE, A.EDIT}),
    ("a choice", CHOSEN, who(Role.CONSULTANT), {A.SUBSCRIBE, A.PRINT_CHOICE}),
    ("a choice, the cashier", CHOSEN, who(Role.CASHIER), {A.PRINT_CHOICE}),
    ("reserved", RESERVED, who(Role.SITE_MANAGER), {A.RELEASE, A.EDIT}),
    ("reserved, a consultant", RESERVED, who(Role.CONSULTANT), set()),
    ("blocked", BLOCKED, who(Role.SALES_SECRETARY), {A.UNBLOCK, A.EDIT}),
    ("blocked, a consultant", BLOCKED, who(Role.CONSULTANT), set()),
    ("sold", SOLD, who(Role.CONSULTANT), {A.OPEN_DEAL}),
    ("sold, the manager", SOLD, who(Role.SITE_MANAGER), {A.OPEN_DEAL, A.EDIT}),
    ("the command line", HELD_BY_8, SYSTEM,
     {A.RELEASE, A.EXTEND, A.SUBSCRIBE, A.EDIT}),
    ("the command line, free", AVAILABLE, SYSTEM,
     {A.HOLD, A.RESERVE, A.BLOCK, A.EDIT, A.SUBSCRIBE, A.CHOOSE}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("unit", "person", "allowed"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_actions_by_state(unit: UnitFacts, person: Who, allowed: set[UnitAction]) -> None:
    assert allowed_actions(unit_actions(unit, person)) == allowed


@pytest.mark.parametrize(
    ("unit", "person", "action", "why_not"),
    [
        (HELD_BY_8, who(Role.CONSULTANT), A.RELEASE, RELEASE_REFUSED),
        (HELD_BY_8, who(Role.CONSULTANT), A.HOLD, "房源当前为“锁定”，只有可售的房源能锁定"),
        (CHOSEN, who(Role.CONSULTANT), A.CHOOSE, "房源已在开盘选房中被选定，只有可售的房源能选房"),
        (BLOCKED, who(Role.CONSULTANT), A.HOLD, "房源不可售：样板间，只有可售的房源能锁定"),
        (UnitFacts(UnitStatus.UNSELLABLE), who(Role.CONSULTANT), A.SUBSCRIBE,
         "房源不可售，不能认购"),
        (RESERVED, who(Role.CONSULTANT), A.SUBSCRIBE, "房源当前为“保留”，不能认购"),
        (SOLD, who(Role.CONSULTANT), A.SUBSCRIBE, "房源已认购，已有交易"),
        (SOLD, who(Role.SITE_MANAGER), A.BLOCK, "房源当前为“已认购”，只有可售的房源能设为不可售"),
        (HELD_BY_8, who(Role.CONSULTANT), A.PRINT_CHOICE, "房源没有开盘选房的选定记录"),
        (AVAILABLE, who(Role.FRONT_DESK), A.RELEASE, "没有权限：释放房源"),
        (AVAILABLE, who(Role.FRONT_DESK), A.PRINT_CHOICE, "没有权限：开盘选房"),
        (AVAILABLE, who(Role.FRONT_DESK), A.OPEN_DEAL, "没有权限：查看交易"),
        (AVAILABLE, who(Role.CONSULTANT), A.EDIT, "没有权限：维护项目与房源"),
        (BLOCKED, who(Role.CONSULTANT), A.UNBLOCK, "没有权限：维护项目与房源"),
    ],
)  # fmt: skip
def test_why_not(unit: UnitFacts, person: Who, action: UnitAction, why_not: str) -> None:
    verdict = unit_actions(unit, person)[action]
    assert verdict.allowed is False and verdict.why_not == why_not


def test_action_labels() -> None:
    assert [a.label for a in (A.HOLD, A.RELEASE, A.PRINT_CHOICE)] == [
        "锁定",
        "释放",
        "打印选房确认单",
    ]
