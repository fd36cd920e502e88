"""What the user may do with the selected unit, and why not: one mapping the unit panel's buttons
take their state from (shown or not, enabled, the why-not as tooltip).

`allowed_actions` moves to core (issue 12): `UnitDetail.actions` will carry the same mapping from
a core rule, and the page will read that instead."""

from __future__ import annotations

from enum import StrEnum

from anjia_desk.core.deals import HoldKind, UnitStatus
from anjia_desk.core.roles import Action
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import UnitDetail


class UnitAction(StrEnum):
    """The unit panel's actions, in the order of its buttons."""

    SUBSCRIBE = "subscribe"  # 认购…
    HOLD = "hold"  # 锁定…
    RELEASE = "release"  # 释放…
    RESERVE = "reserve"  # 保留…
    BLOCK = "block"  # 设为不可售…
    UNBLOCK = "unblock"  # 恢复可售
    OPEN_DEAL = "open_deal"  # 打开交易
    PRINT_CHOICE = "print_choice"  # 打印选房确认单


def _no(action: Action) -> str:
    """The refusal's wording, as the services say it ("没有权限：锁定房源")."""
    return f"没有权限：{action.label}"


# moves to core (issue 12)
def allowed_actions(detail: UnitDetail, actor: Actor) -> dict[UnitAction, str]:
    """Each unit action → why `actor` may not take it on this unit ("" when allowed): first what
    the unit's state forbids, then what the actor's roles do not cover."""
    status = detail.status
    available = status is UnitStatus.AVAILABLE
    hold = detail.hold
    kind = HoldKind(hold.kind) if hold is not None else None
    own_hold = kind in (HoldKind.HOLD, HoldKind.CHOICE)
    manage = actor.can(Action.MANAGE_UNITS)
    may_release = any(
        actor.can(a) for a in (Action.HOLD_UNITS, Action.RESERVE_UNITS, Action.CHOOSE_UNITS)
    )
    may_print = actor.can(Action.CHOOSE_UNITS) or actor.can(Action.VIEW_DEALS)

    def why(state: str, role: str, *, state_ok: bool, role_ok: bool) -> str:
        return state if not state_ok else ("" if role_ok else role)

    taken = f"{status.label}的房源"
    return {
        UnitAction.SUBSCRIBE: (
            "这套房源已有交易"
            if detail.deal_id is not None
            else why(
                f"{taken}不能认购",
                _no(Action.SUBSCRIBE),
                state_ok=available or own_hold,
                role_ok=actor.can(Action.SUBSCRIBE),
            )
        ),
        UnitAction.HOLD: why(
            f"{taken}不能锁定",
            _no(Action.HOLD_UNITS),
            state_ok=available,
            role_ok=actor.can(Action.HOLD_UNITS),
        ),
        UnitAction.RELEASE: why(
            "这套房源没有锁定、选房或保留",
            "没有权限：释放房源",
            state_ok=hold is not None,
            role_ok=may_release,
        ),
        UnitAction.RESERVE: why(
            f"{taken}不能保留",
            _no(Action.RESERVE_UNITS),
            state_ok=available,
            role_ok=actor.can(Action.RESERVE_UNITS),
        ),
        UnitAction.BLOCK: why(
            f"{taken}不能设为不可售",
            _no(Action.MANAGE_UNITS),
            state_ok=available,
            role_ok=manage,
        ),
        UnitAction.UNBLOCK: why(
            "只有不可售的房源才能恢复可售",
            _no(Action.MANAGE_UNITS),
            state_ok=status is UnitStatus.UNSELLABLE,
            role_ok=manage,
        ),
        UnitAction.OPEN_DEAL: why(
            "这套房源还没有交易",
            _no(Action.VIEW_DEALS),
            state_ok=detail.deal_id is not None,
            role_ok=actor.can(Action.VIEW_DEALS),
        ),
        UnitAction.PRINT_CHOICE: why(
            "这套房源不是开盘选房选定的",
            "没有权限：打印选房确认单",
            state_ok=kind is HoldKind.CHOICE,
            role_ok=may_print,
        ),
    }
