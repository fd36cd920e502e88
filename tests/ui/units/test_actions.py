"""The unit panel's buttons take their state from the unit's verdicts (`UnitDetail.actions`, from
core.units.unit_actions — whose table of roles × states is tested in tests/core/test_units.py):
shown and enabled when allowed, hidden when refused, and — with `show_refused` — a refusal for the
unit's state shown disabled with its reason as the tooltip, a refusal for the role still hidden."""

from __future__ import annotations

from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.roles import Role
from anjia_desk.core.units import UnitAction, UnitFacts, unit_actions
from anjia_desk.services.context import Actor
from anjia_desk.ui.units.panel import UnitPanel

MANAGER = Actor(1, "lijingli", "李经理", frozenset({Role.SITE_MANAGER, Role.SALES_SECRETARY}))
CONSULTANT = Actor(2, "zhangwei", "张伟", frozenset({Role.CONSULTANT}))


def test_the_panel_buttons_follow_the_verdicts(qtbot) -> None:
    panel = UnitPanel()
    qtbot.addWidget(panel)
    panel.show()
    verdicts = unit_actions(UnitFacts(status=UnitStatus.AVAILABLE), CONSULTANT)
    panel.show_actions(verdicts)
    reserve, hold, release = panel.reserve_button, panel.hold_button, panel.release_button
    assert hold.isVisible() and hold.isEnabled() and hold.toolTip() == ""
    # Refused for the role: no button, but it carries the why-not.
    assert not reserve.isVisible() and not reserve.isEnabled()
    assert reserve.toolTip() == "没有权限：保留房源"
    # Refused for the unit's state (nothing to release): hidden too, unless shown disabled.
    assert not release.isVisible()
    panel.show_refused = True
    panel.show_actions(verdicts)
    assert release.isVisible() and not release.isEnabled() and release.toolTip()
    assert not reserve.isVisible()  # a role's refusal stays hidden
    panel.show_actions(None)  # no unit selected
    assert not any(button.isVisible() for button in panel.buttons)


def test_a_held_unit_offers_what_its_holder_may_do(qtbot) -> None:
    panel = UnitPanel()
    qtbot.addWidget(panel)
    panel.show()
    facts = UnitFacts(status=UnitStatus.HELD, hold_kind=HoldKind.HOLD, hold_user_id=MANAGER.user_id)
    panel.show_actions(unit_actions(facts, MANAGER))
    shown = {action for action, button in panel.action_buttons.items() if button.isVisible()}
    assert shown == {UnitAction.SUBSCRIBE, UnitAction.RELEASE, UnitAction.EXTEND}
