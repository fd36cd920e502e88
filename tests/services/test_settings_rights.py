"""Who may change which topic of settings comes from the role table (issue 13): the service
refuses the others, so the command line keeps the same rule as the settings page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import PERMISSIONS, Role
from anjia_desk.core.settings import GROUP_ACTIONS, GROUPS, SPECS, group_action
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting, update_settings
from tests.helpers import add_actor

SYSTEM = Actor.system()

# --- who may change which topic ----------------------------------------------------------------

#: Topic → the roles that may change it (DOMAIN §1: the administrator the system; the site
#: manager the office's business rules; the marketing head the discounts and the site manager's
#: approval limit, which the site manager may not raise for themself).
OWNERS: dict[str, set[Role]] = {
    "信头": {Role.ADMIN},
    "系统与安全": {Role.ADMIN},
    "个人信息": {Role.ADMIN},
    "备份": {Role.ADMIN},
    "客户选项": {Role.SITE_MANAGER},
    "跟进与保护": {Role.SITE_MANAGER},
    "成交风险": {Role.SITE_MANAGER},
    "维护与老带新": {Role.SITE_MANAGER},
    "交易与收款": {Role.SITE_MANAGER},
    "付款计划": {Role.SITE_MANAGER},
    "交易步骤期限": {Role.SITE_MANAGER},
    "催款": {Role.SITE_MANAGER},
    "合同约定": {Role.SITE_MANAGER},
    "变更": {Role.SITE_MANAGER},
    "投诉与预防": {Role.SITE_MANAGER},
    "投诉赔付审批": {Role.ADMIN},
    "报表": {Role.SITE_MANAGER},
    "优惠与审批": {Role.MARKETING_HEAD},
}


def test_every_topic_has_an_owner_in_the_role_table() -> None:
    assert set(GROUPS) == set(GROUP_ACTIONS) == set(OWNERS)
    for group, roles in OWNERS.items():
        assert set(PERMISSIONS[group_action(group)]) == roles, group


def _a_change(group: str) -> dict[str, object]:
    """One valid change of a setting of `group` (its default's neighbour)."""
    spec = next(s for s in SPECS.values() if s.group == group)
    if spec.kind is bool:
        return {spec.key: not spec.default}
    if spec.kind is int:
        return {spec.key: int(str(spec.default)) + 1}
    if isinstance(spec.default, Decimal):
        return {spec.key: spec.default + 1}
    if spec.key == "office.timezone":
        return {spec.key: "Asia/Tokyo"}
    if spec.key.startswith("deals.plan."):
        return {spec.key: "房款 100% 20天"}
    if spec.key == "dunning.ladder":
        return {spec.key: (1, 3, 5, 30, 35, 60)}
    if spec.key == "changes.rename_relations":
        return {spec.key: ("配偶", "父母")}
    if spec.key == "complaints.points":
        return {spec.key: ("渗水", "空鼓")}
    if spec.key == "reports.reporter_role":
        return {spec.key: "案场经理"}
    if spec.key == "customer.channels":
        return {spec.key: f"{spec.default}、地推"}
    return {spec.key: "安家置业"}


@pytest.mark.parametrize("group", list(OWNERS))
@pytest.mark.parametrize(
    "role", [Role.ADMIN, Role.SITE_MANAGER, Role.MARKETING_HEAD, Role.CONSULTANT, Role.FINANCE]
)
def test_a_topic_is_changed_only_by_its_owners(session: Session, group: str, role: Role) -> None:
    actor = add_actor(session, "someone", "某人", role)
    change = _a_change(group)
    ((key, value),) = change.items()
    if role in OWNERS[group]:
        update_settings(session, actor, change)
        assert get_setting(session, key) == value
    else:
        with pytest.raises(PermissionDenied) as refused:
            update_settings(session, actor, change)
        owners = "、".join(r.label for r in Role if r in OWNERS[group])
        assert f"“{group}”由{owners}修改" in str(refused.value)
        assert get_setting(session, key) == SPECS[key].default


def test_one_key_not_ones_own_refuses_the_whole_save(session: Session) -> None:
    manager = add_actor(session, "mgr", "周经理", Role.SITE_MANAGER)
    with pytest.raises(PermissionDenied, match="优惠与审批"):
        update_settings(session, manager, {"followup.cadence_a": 4, "deals.site_discount_pct": "3"})
    assert get_setting(session, "followup.cadence_a") == 3
    assert get_setting(session, "deals.site_discount_pct") == Decimal("1")


def test_the_command_line_administrator_may_change_every_topic(session: Session) -> None:
    for group in OWNERS:
        update_settings(session, SYSTEM, _a_change(group))
