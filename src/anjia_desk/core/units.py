"""Pure rules about a unit (房源) that the 销控表, lists, papers and the 工作台 share.

`unit_label` is the one way a unit is named to a person: building, stairwell and room run
together ("3栋2单元1201"), the way a sales office says it. `unit_status` is a unit's place on
the board from its live deal, live hold and 不可售 mark; `hold_expired` says when a hold no
longer counts; `unit_actions` says which actions a person may take on a unit now, and why not
(`extend_verdict`: 锁定延期, the holder up to the office's count, the site manager beyond it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from anjia_desk.core.deals import HoldKind, Stage, UnitStatus
from anjia_desk.core.roles import Action, Role, is_allowed

#: Who may release anybody's hold (besides the person who placed it).
RELEASERS = frozenset({Role.SALES_SECRETARY, Role.SITE_MANAGER, Role.ADMIN})
RELEASE_REFUSED = "只有经办人、销售秘书或案场经理可以释放"
EXTEND_REFUSED = "只有经办人或案场经理可以延期"
_DIGITS = re.compile(r"(\d+)")


def unit_label(building: str, stairwell: str, room: str) -> str:
    """ "3栋", "2单元", "1201" → "3栋2单元1201"; a blank stairwell drops out."""
    return f"{building}{stairwell}{room}"


def natural_key(text: str) -> tuple[Any, ...]:
    """ "2单元" before "10单元", "3栋" before "12栋": digits compared as numbers."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _DIGITS.split(text)
        if part
    )


def column_suffix(floor: int, room: str) -> str:
    """The room's column on the board: "0801" on floor 8 → "01"; "B101" on floor -1 → "01";
    a room not starting with its floor stays whole."""
    prefixes = [f"B{-floor}"] if floor < 0 else [f"{floor:02d}", str(floor)]
    for prefix in prefixes:
        if room.startswith(prefix) and len(room) > len(prefix):
            return room[len(prefix) :]
    return room


# --- status


def unit_status(deal_stage: str | None, hold_kind: str | None, blocked: bool) -> UnitStatus:
    """A unit's status from its live deal's stage, its live hold's kind and its 不可售 mark:
    a deal wins over a hold, a hold over the mark; a cancelled deal counts as none."""
    if deal_stage is not None and deal_stage != Stage.CANCELLED:
        if deal_stage == Stage.SUBSCRIBED:
            return UnitStatus.SUBSCRIBED
        if deal_stage == Stage.SIGNED:
            return UnitStatus.SIGNED
        return UnitStatus.DELIVERED  # delivered or certified
    if hold_kind is not None:
        return UnitStatus.RESERVED if hold_kind == HoldKind.RESERVE else UnitStatus.HELD
    return UnitStatus.UNSELLABLE if blocked else UnitStatus.AVAILABLE


def hold_expired(expires_at: datetime | None, now: datetime) -> bool:
    """A hold whose time is up (at `expires_at` itself) no longer counts; no end: never."""
    return expires_at is not None and expires_at <= now


# --- what a person may do with a unit


class UnitAction(StrEnum):
    """The actions of the unit panel (and of 开盘选房 on a board cell)."""

    HOLD = "hold"  # 锁定…
    RESERVE = "reserve"  # 保留…
    RELEASE = "release"  # 释放… (the live hold)
    EXTEND = "extend"  # 锁定延期… (the live 锁定 or 选房)
    BLOCK = "block"  # 设为不可售…
    UNBLOCK = "unblock"  # 恢复可售
    EDIT = "edit"  # 修改户型、面积、价格
    SUBSCRIBE = "subscribe"  # 认购… (from 可售, or converting a 锁定 / 选房)
    CHOOSE = "choose"  # 开盘选房: the next ticket of the queue chooses it
    OPEN_DEAL = "open_deal"  # 打开交易
    PRINT_CHOICE = "print_choice"  # 打印选房确认单

    @property
    def label(self) -> str:
        return UNIT_ACTION_LABELS[self]


UNIT_ACTION_LABELS: dict[UnitAction, str] = {
    UnitAction.HOLD: "锁定",
    UnitAction.RESERVE: "保留",
    UnitAction.RELEASE: "释放",
    UnitAction.EXTEND: "锁定延期",
    UnitAction.BLOCK: "设为不可售",
    UnitAction.UNBLOCK: "恢复可售",
    UnitAction.EDIT: "修改房源",
    UnitAction.SUBSCRIBE: "认购",
    UnitAction.CHOOSE: "选房",
    UnitAction.OPEN_DEAL: "打开交易",
    UnitAction.PRINT_CHOICE: "打印选房确认单",
}


@dataclass(frozen=True)
class Verdict:
    """May the person take the action now; if not, why (one Chinese line, "" when allowed)."""

    allowed: bool
    why_not: str = ""
    #: Refused for want of a role (the page hides such an action); otherwise the refusal
    #: names the unit's state (the page may show the action disabled, with the reason).
    lacks_role: bool = False
    #: A refusal the person must see even where refused actions are hidden: the action is
    #: theirs, but something of the office's rules stops it now (锁定延期 past the count).
    explain: bool = False


ALLOWED = Verdict(True)


class Person(Protocol):
    """Who is asking (services.context.Actor is one)."""

    @property
    def user_id(self) -> int | None: ...
    @property
    def roles(self) -> frozenset[Role]: ...
    @property
    def is_system(self) -> bool: ...


@dataclass(frozen=True)
class UnitFacts:
    """What the action rule needs to know about a unit, as it reads now (an expired hold is
    already gone: `hold_kind` None)."""

    status: UnitStatus
    hold_kind: HoldKind | None = None
    #: Who placed the live hold (the 经办人), if anyone.
    hold_user_id: int | None = None
    has_deal: bool = False
    blocked_reason: str = ""
    #: 锁定延期 so far, and how many the office allows before the site manager (a setting).
    hold_extensions: int = 0
    max_extensions: int = 2


def _can(person: Person, *actions: Action) -> bool:
    return person.is_system or any(is_allowed(person.roles, a) for a in actions)


def _denied(action: Action) -> Verdict:
    return Verdict(False, f"没有权限：{action.label}", lacks_role=True)


def _state(facts: UnitFacts) -> str:
    """Why a unit that is not 可售 cannot be taken: its state in words."""
    if facts.status is UnitStatus.UNSELLABLE:
        reason = facts.blocked_reason.strip()
        return f"房源不可售：{reason}" if reason else "房源不可售"
    if facts.hold_kind is HoldKind.CHOICE:
        return "房源已在开盘选房中被选定"
    return f"房源当前为“{facts.status.label}”"


def _needs_available(facts: UnitFacts, person: Person, action: Action, what: str) -> Verdict:
    if not _can(person, action):
        return _denied(action)
    if facts.status is not UnitStatus.AVAILABLE:
        return Verdict(False, f"{_state(facts)}，只有可售的房源能{what}")
    return ALLOWED


def _release(facts: UnitFacts, person: Person) -> Verdict:
    if not _can(person, Action.HOLD_UNITS, Action.RESERVE_UNITS, Action.CHOOSE_UNITS):
        return Verdict(False, "没有权限：释放房源", lacks_role=True)
    if facts.hold_kind is None:
        return Verdict(False, "房源没有锁定、选房或保留，无需释放")
    holder = facts.hold_user_id is not None and facts.hold_user_id == person.user_id
    if not (person.is_system or holder or person.roles & RELEASERS):
        return Verdict(False, RELEASE_REFUSED)
    return ALLOWED


def over_extension_limit(extensions: int, limit: int) -> bool:
    """Whether one more 锁定延期 is past the office's count (only the site manager, with a
    reason)."""
    return extensions >= limit


def limit_refusal(extensions: int) -> str:
    """Why the holder may not extend again: the count is used up."""
    return f"已延期 {extensions} 次，再延期需案场经理"


def extend_verdict(
    person: Person,
    *,
    hold_kind: HoldKind | None,
    hold_user_id: int | None,
    extensions: int,
    limit: int,
) -> Verdict:
    """锁定延期 of a live 锁定 or 开盘选房 choice (a 保留 ends on its own day): its holder may
    extend it up to `limit` times, the site manager (and the command line's system) at any
    time, and past the limit."""
    manager = person.is_system or is_allowed(person.roles, Action.OVERRIDE_HOLD_LIMIT)
    if not (manager or _can(person, Action.HOLD_UNITS, Action.CHOOSE_UNITS)):
        return Verdict(False, "没有权限：锁定延期", lacks_role=True)
    if hold_kind is None:
        return Verdict(False, "房源没有锁定或选房，无需延期")
    if hold_kind is HoldKind.RESERVE:
        return Verdict(False, "保留到截止日期为止，不能延期；如需更久请释放后重新保留")
    holder = hold_user_id is not None and hold_user_id == person.user_id
    if not (manager or holder):
        return Verdict(False, EXTEND_REFUSED)
    if not manager and over_extension_limit(extensions, limit):
        return Verdict(False, limit_refusal(extensions), explain=True)
    return ALLOWED


def _extend(facts: UnitFacts, person: Person) -> Verdict:
    return extend_verdict(
        person,
        hold_kind=facts.hold_kind,
        hold_user_id=facts.hold_user_id,
        extensions=facts.hold_extensions,
        limit=facts.max_extensions,
    )


def _block(facts: UnitFacts, person: Person) -> Verdict:
    if not _can(person, Action.MANAGE_UNITS):
        return _denied(Action.MANAGE_UNITS)
    if facts.status is not UnitStatus.AVAILABLE:
        return Verdict(False, f"房源当前为“{facts.status.label}”，只有可售的房源能设为不可售")
    return ALLOWED


def _unblock(facts: UnitFacts, person: Person) -> Verdict:
    if not _can(person, Action.MANAGE_UNITS):
        return _denied(Action.MANAGE_UNITS)
    if facts.status is not UnitStatus.UNSELLABLE:
        return Verdict(False, "房源不是不可售状态")
    return ALLOWED


def _edit(person: Person) -> Verdict:
    """Editing layout, areas and prices: any state (a sold unit's prices stay: the service)."""
    return ALLOWED if _can(person, Action.MANAGE_UNITS) else _denied(Action.MANAGE_UNITS)


def _subscribe(facts: UnitFacts, person: Person) -> Verdict:
    if not _can(person, Action.SUBSCRIBE):
        return _denied(Action.SUBSCRIBE)
    if facts.has_deal:
        return Verdict(False, f"房源{facts.status.label}，已有交易")
    if facts.status is UnitStatus.AVAILABLE:
        return ALLOWED
    if facts.hold_kind in (HoldKind.HOLD, HoldKind.CHOICE):
        return ALLOWED  # the hold's own customer converts it (the service checks whose)
    return Verdict(False, f"{_state(facts)}，不能认购")


def _open_deal(facts: UnitFacts, person: Person) -> Verdict:
    if not _can(person, Action.VIEW_DEALS):
        return _denied(Action.VIEW_DEALS)
    if not facts.has_deal:
        return Verdict(False, "房源还没有交易")
    return ALLOWED


def _print_choice(facts: UnitFacts, person: Person) -> Verdict:
    if not _can(person, Action.CHOOSE_UNITS, Action.VIEW_DEALS):
        return _denied(Action.CHOOSE_UNITS)
    if facts.hold_kind is not HoldKind.CHOICE:
        return Verdict(False, "房源没有开盘选房的选定记录")
    return ALLOWED


def unit_actions(facts: UnitFacts, person: Person) -> dict[UnitAction, Verdict]:
    """Every action of UnitAction for this unit and person: allowed, or why not.

    A refusal for want of a role has `lacks_role` and reads "没有权限：…"; any other refusal
    names the unit's state. The services check the same again when the action is taken."""
    return {
        UnitAction.HOLD: _needs_available(facts, person, Action.HOLD_UNITS, "锁定"),
        UnitAction.RESERVE: _needs_available(facts, person, Action.RESERVE_UNITS, "保留"),
        UnitAction.RELEASE: _release(facts, person),
        UnitAction.EXTEND: _extend(facts, person),
        UnitAction.BLOCK: _block(facts, person),
        UnitAction.UNBLOCK: _unblock(facts, person),
        UnitAction.EDIT: _edit(person),
        UnitAction.SUBSCRIBE: _subscribe(facts, person),
        UnitAction.CHOOSE: _needs_available(facts, person, Action.CHOOSE_UNITS, "选房"),
        UnitAction.OPEN_DEAL: _open_deal(facts, person),
        UnitAction.PRINT_CHOICE: _print_choice(facts, person),
    }


def allowed_actions(actions: Mapping[UnitAction, Verdict]) -> frozenset[UnitAction]:
    """The actions of a unit_actions result that are allowed."""
    return frozenset(a for a, v in actions.items() if v.allowed)
