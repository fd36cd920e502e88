"""Which unit actions the panel offers, and why not (ui.units.actions, moving to core), and how
the panel's buttons take their state from that one mapping."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.roles import Role
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import HoldInfo, UnitDetail
from anjia_desk.ui.units.actions import UnitAction, allowed_actions
from anjia_desk.ui.units.panel import UnitPanel

A = UnitAction
MANAGER = Actor(1, "lijingli", "李经理", frozenset({Role.SITE_MANAGER, Role.SALES_SECRETARY}))
CONSULTANT = Actor(2, "zhangwei", "张伟", frozenset({Role.CONSULTANT}))

UNIT = UnitDetail(
    id=1,
    project_id=1,
    project_name="安家·测试苑",
    building_name="1栋",
    stairwell="",
    floor=1,
    room="0101",
    layout="三室两厅",
    area=Decimal("89.5"),
    inner_area=None,
    measured_area=None,
    measured_inner_area=None,
    filed_price=Decimal(1_500_000),
    list_price=Decimal(1_400_000),
    status=UnitStatus.AVAILABLE,
    blocked_reason="",
    version=1,
)


def held(kind: HoldKind, status: UnitStatus) -> UnitDetail:
    hold = HoldInfo(1, kind.value, 1, "王建国", "李经理", "", None, "")
    return replace(UNIT, status=status, hold=hold)


SUBSCRIBED = replace(UNIT, status=UnitStatus.SUBSCRIBED, deal_id=7)
BLOCKED = replace(UNIT, status=UnitStatus.UNSELLABLE, blocked_reason="样板间")


@pytest.mark.parametrize(
    ("detail", "actor", "allowed"),
    [
        (UNIT, MANAGER, {A.SUBSCRIBE, A.HOLD, A.RESERVE, A.BLOCK}),
        (UNIT, CONSULTANT, {A.SUBSCRIBE, A.HOLD}),
        (held(HoldKind.HOLD, UnitStatus.HELD), MANAGER, {A.SUBSCRIBE, A.RELEASE}),
        (
            held(HoldKind.CHOICE, UnitStatus.HELD),
            MANAGER,
            {A.SUBSCRIBE, A.RELEASE, A.PRINT_CHOICE},
        ),
        (held(HoldKind.RESERVE, UnitStatus.RESERVED), MANAGER, {A.RELEASE}),
        (SUBSCRIBED, MANAGER, {A.OPEN_DEAL}),
        (BLOCKED, MANAGER, {A.UNBLOCK}),
        (BLOCKED, CONSULTANT, set()),
    ],
)
def test_allowed_actions(detail: UnitDetail, actor: Actor, allowed: set[UnitAction]) -> None:
    actions = allowed_actions(detail, actor)
    assert set(actions) == set(UnitAction)
    assert {a for a, why in actions.items() if not why} == allowed


@pytest.mark.parametrize(
    ("detail", "actor", "action", "why"),
    [
        (UNIT, CONSULTANT, A.RESERVE, "没有权限：保留房源"),
        (UNIT, CONSULTANT, A.BLOCK, "没有权限：维护项目与房源"),
        (UNIT, MANAGER, A.RELEASE, "这套房源没有锁定、选房或保留"),
        (UNIT, MANAGER, A.OPEN_DEAL, "这套房源还没有交易"),
        (held(HoldKind.HOLD, UnitStatus.HELD), MANAGER, A.HOLD, "锁定的房源不能锁定"),
        (held(HoldKind.RESERVE, UnitStatus.RESERVED), MANAGER, A.SUBSCRIBE, "保留的房源不能认购"),
        (SUBSCRIBED, MANAGER, A.SUBSCRIBE, "这套房源已有交易"),
        (BLOCKED, MANAGER, A.UNBLOCK, ""),
        (BLOCKED, CONSULTANT, A.UNBLOCK, "没有权限：维护项目与房源"),
        (UNIT, MANAGER, A.UNBLOCK, "只有不可售的房源才能恢复可售"),
        (
            held(HoldKind.HOLD, UnitStatus.HELD),
            MANAGER,
            A.PRINT_CHOICE,
            "这套房源不是开盘选房选定的",
        ),
    ],
)
def test_why_not(detail: UnitDetail, actor: Actor, action: UnitAction, why: str) -> None:
    assert allowed_actions(detail, actor)[action] == why


def test_the_panel_buttons_follow_the_mapping(qtbot) -> None:
    panel = UnitPanel()
    qtbot.addWidget(panel)
    panel.show()
    actions = allowed_actions(UNIT, CONSULTANT)
    panel.show_actions(actions)
    reserve, hold = panel.reserve_button, panel.hold_button
    assert hold.isVisible() and hold.isEnabled() and hold.toolTip() == ""
    # Refused: no button (as before), but disabled with the why-not, ready to be shown.
    assert not reserve.isVisible()
    assert not reserve.isEnabled()
    assert reserve.toolTip() == "没有权限：保留房源"
    panel.show_refused = True
    panel.show_actions(actions)
    assert reserve.isVisible() and not reserve.isEnabled()
    panel.show_actions(None)  # no unit selected
    assert not any(button.isVisible() for button in panel.buttons)
