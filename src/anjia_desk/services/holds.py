"""Holds on a unit: 锁定 (a consultant, for a customer, some hours), 保留 (the site manager,
until a day), 锁定延期 (`extend_hold`: by the hold hours again, up to the office's count, then
the site manager with a reason), their release by hand and at their end. 开盘选房's choice is
a hold too; it is placed by services.tickets.choose_unit through `place_hold`.

Every change of a hold also bumps the unit's version, so two PCs racing for one unit collide on
the version as well as on the partial unique index `uq_unit_holds_live`. A hold whose time is up
reads as gone at once (core.units.hold_expired); it is released — its row written, the unit's
status set — only by a write: `release_expired`, which every hold, reserve, choose, block and
认购 runs first.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import cast

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.deals import HoldKind, Stage, UnitStatus
from anjia_desk.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.core.units import (
    EXTEND_REFUSED,
    RELEASE_REFUSED,
    RELEASERS,
    extend_verdict,
    limit_refusal,
    over_extension_limit,
    unit_label,
    unit_status,
)
from anjia_desk.db.models import AuditEntry, Building, Customer, Deal, QueueTicket, Unit, UnitHold
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, lookups
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import SYSTEM_USERNAME, Actor
from anjia_desk.services.settings import get_setting, office_today, office_zone
from anjia_desk.services.unit_status import live_deal, mark_status, set_unit_status
from anjia_desk.services.unit_views import HoldInfo

EXPIRED_REASON = "到期自动释放"
MANUAL_REASON = "手动释放"


def hold_hours(session: Session) -> int:
    """How long a 锁定 (and a 开盘选房 choice) lasts: the deals.hold_hours setting."""
    return int(cast(int, get_setting(session, "deals.hold_hours")))


def max_extensions(session: Session) -> int:
    """How many times a hold may be extended before only the site manager may: the
    deals.hold_max_extensions setting."""
    return int(cast(int, get_setting(session, "deals.hold_max_extensions")))


def _end_of_day(session: Session, day: date) -> datetime:
    """The end of `day` in the office's zone (the next midnight), as aware UTC."""
    zone = office_zone(session)
    return aware_utc(datetime.combine(day + timedelta(days=1), time(), tzinfo=zone))


def _local_text(session: Session, moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(office_zone(session)).strftime("%m-%d %H:%M")


def live_hold(session: Session, unit_id: int) -> UnitHold | None:
    """The unit's hold not yet released (its time may be up: see core.units.hold_expired)."""
    return session.scalar(
        select(UnitHold).where(UnitHold.unit_id == unit_id, UnitHold.released_at.is_(None))
    )


def hold_info(session: Session, hold: UnitHold) -> HoldInfo:
    """A hold as the window shows it: whose, by whom, until when."""
    staff = cs.staff_names(session, (hold.user_id, hold.approver_id))
    customer = session.get(Customer, hold.customer_id) if hold.customer_id is not None else None
    number = (
        session.scalar(select(QueueTicket.number).where(QueueTicket.id == hold.ticket_id))
        if hold.ticket_id is not None
        else None
    )
    return HoldInfo(
        id=hold.id,
        kind=hold.kind,
        customer_id=hold.customer_id,
        customer_name=(customer.name or UNNAMED) if customer is not None else "",
        user_name=staff.get(hold.user_id, "") if hold.user_id is not None else "",
        approver_name=staff.get(hold.approver_id, "") if hold.approver_id is not None else "",
        expires_at=hold.expires_at,
        reason=hold.reason,
        ticket_number=number,
        extensions=hold.extensions or 0,
        max_extensions=max_extensions(session),
    )


def taken_message(session: Session, unit_id: int, label: str) -> str:
    """Who has the unit now, in one Chinese line."""
    hold = live_hold(session, unit_id)
    if hold is not None:
        info = hold_info(session, hold)
        until = _local_text(session, info.expires_at)
        until_text = f"，至 {until}" if until else ""
        if info.kind == HoldKind.RESERVE:
            who = f"批准人 {info.approver_name}" if info.approver_name else "案场"
            return f"房源 {label} 已被保留（{who}{until_text}）"
        if info.kind == HoldKind.CHOICE:
            number = f"第 {info.ticket_number} 号 " if info.ticket_number is not None else ""
            return f"房源 {label} 已被 {number}{info.customer_name} 选定{until_text}"
        parts = [f"经办 {info.user_name}" if info.user_name else "", f"至 {until}" if until else ""]
        extra = "，".join(p for p in parts if p)
        extra = f"（{extra}）" if extra else ""
        return f"房源 {label} 已被 {info.customer_name or '其他客户'} 锁定{extra}"
    deal = live_deal(session, unit_id)
    if deal is not None:
        seller = cs.staff_names(session, (deal.consultant_id,)).get(deal.consultant_id or 0, "")
        by = f"，置业顾问 {seller}" if seller else ""
        return f"房源 {label} {Stage(deal.stage).label}（买受人 {deal.buyer_name}{by}）"
    return f"房源 {label} 刚被其他人改动过，请刷新后再操作"


def require_available(session: Session, unit: Unit, label: str) -> None:
    """Refuse unless the unit is 可售 with no live hold or deal (run release_expired first)."""
    if live_hold(session, unit.id) is not None or live_deal(session, unit.id) is not None:
        raise ConflictError(taken_message(session, unit.id, label))
    if unit.status == UnitStatus.UNSELLABLE:
        raise UserError(f"房源 {label} 不可售：{unit.blocked_reason}")
    if unit.status != UnitStatus.AVAILABLE:  # a stale status: someone is changing it right now
        raise ConflictError(taken_message(session, unit.id, label))


def place_hold(session: Session, unit: Unit, label: str, hold: UnitHold, status: UnitStatus) -> int:
    """Add `hold` and set the unit's status; a clash with another PC becomes ConflictError.

    On a clash the session is rolled back (a failed flush leaves nothing usable), then asked
    who has the unit now, for the message."""
    try:
        session.add(hold)
        mark_status(unit, status)
        session.flush()
    except (IntegrityError, StaleDataError) as exc:
        session.rollback()
        raise ConflictError(taken_message(session, unit.id, label)) from exc
    return hold.id


def hold_unit(
    session: Session,
    actor: Actor,
    unit_id: int,
    *,
    customer_id: int,
    hours: int | None = None,
    now: datetime | None = None,
) -> int:
    """锁定 a 可售 unit for a customer for `hours` (deals.hold_hours by default); hold id."""
    actor.require(Action.HOLD_UNITS)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    moment = aware_utc(now)
    unit = lookups.unit(session, unit_id)
    label = lookups.unit_label(session, unit)
    customer = session.get(Customer, customer_id)
    if customer is None or customer.anonymised_at is not None:
        raise NotFound("所选客户不存在或已匿名化")
    limit = hold_hours(session)
    if hours is None:
        hours = limit
    elif not 1 <= hours <= 240:
        raise ValidationError({"hours": "锁定时长须在 1–240 小时之间"})
    require_available(session, unit, label)
    hold = UnitHold(
        unit_id=unit.id,
        kind=HoldKind.HOLD.value,
        customer_id=customer.id,
        user_id=actor.user_id,
        expires_at=moment + timedelta(hours=hours),
        created_at=moment,
    )
    return place_hold(session, unit, label, hold, UnitStatus.HELD)


def reserve_unit(
    session: Session,
    actor: Actor,
    unit_id: int,
    *,
    until: date,
    reason: str,
    now: datetime | None = None,
) -> int:
    """保留 a 可售 unit until the end of `until` (the actor, a site manager, approves it)."""
    actor.require(Action.RESERVE_UNITS)
    release_expired(session, now=now)  # a hold whose time is up no longer blocks
    unit = lookups.unit(session, unit_id)
    label = lookups.unit_label(session, unit)
    reason = clean_note(reason)  # no control or direction characters (issue 14)
    errors: dict[str, str] = {}
    if not reason:
        errors["reason"] = "请填写保留的原因"
    elif len(reason) > 200:
        errors["reason"] = "原因最多 200 个字"
    if until < office_today(session, now):
        errors["until"] = "保留截止日期不能早于今天"
    if errors:
        raise ValidationError(errors)
    require_available(session, unit, label)
    hold = UnitHold(
        unit_id=unit.id,
        kind=HoldKind.RESERVE.value,
        user_id=actor.user_id,
        approver_id=actor.user_id,
        expires_at=_end_of_day(session, until),
        reason=reason,
        created_at=aware_utc(now),
    )
    return place_hold(session, unit, label, hold, UnitStatus.RESERVED)


def release_hold(
    session: Session, actor: Actor, hold_id: int, *, reason: str, now: datetime | None = None
) -> None:
    """释放: the holder, the secretary or the site manager; the unit is 可售 again."""
    actor.require_any(
        Action.HOLD_UNITS, Action.RESERVE_UNITS, Action.CHOOSE_UNITS, label="释放房源"
    )
    hold = lookups.hold(session, hold_id)
    if hold.released_at is not None:
        raise UserError("这条锁定已释放")
    may = (
        actor.is_system
        or (hold.user_id is not None and hold.user_id == actor.user_id)
        or bool(actor.roles & RELEASERS)
    )
    if not may:
        raise PermissionDenied(RELEASE_REFUSED)
    hold.released_at = aware_utc(now)
    hold.release_reason = (clean_note(reason) or MANUAL_REASON)[:100]
    unit = lookups.unit(session, hold.unit_id)
    try:
        set_unit_status(session, unit)
        session.flush()
    except StaleDataError as exc:
        session.rollback()
        raise ConflictError("这条锁定刚被其他人改动过，请刷新后再操作") from exc


def extend_hold(
    session: Session, actor: Actor, hold_id: int, *, reason: str = "", now: datetime | None = None
) -> datetime:
    """锁定延期: push a live 锁定 or 开盘选房 choice's end back by deals.hold_hours; the new
    end. Its holder may, up to deals.hold_max_extensions times; the site manager at any time
    and past that count, with a reason. A hold whose time is up is gone: it cannot be
    extended. Audited ("extend": until when, which time, why)."""
    release_expired(session, now=now)  # a hold whose time is up is gone
    limit = max_extensions(session)
    hold = lookups.hold(session, hold_id)
    extensions = hold.extensions or 0
    over = over_extension_limit(extensions, limit)
    if over and not actor.can(Action.OVERRIDE_HOLD_LIMIT):
        if actor.can(Action.HOLD_UNITS) or actor.can(Action.CHOOSE_UNITS):
            message = limit_refusal(extensions)
        else:
            message = "没有权限：锁定延期"
        raise PermissionDenied(f"{message}（{Action.OVERRIDE_HOLD_LIMIT.label}）")
    actor.require_any(
        Action.HOLD_UNITS, Action.CHOOSE_UNITS, Action.OVERRIDE_HOLD_LIMIT, label="锁定延期"
    )
    if hold.released_at is not None:
        if hold.release_reason == EXPIRED_REASON:
            raise UserError("这条锁定已到期自动释放，不能延期；如需要请重新锁定")
        raise UserError("这条锁定已释放，不能延期")
    verdict = extend_verdict(
        actor,
        hold_kind=HoldKind(hold.kind),
        hold_user_id=hold.user_id,
        extensions=extensions,
        limit=limit,
    )
    if not verdict.allowed:  # not the holder's, or a 保留 (the count and the role: above)
        refused = PermissionDenied if verdict.why_not == EXTEND_REFUSED else UserError
        raise refused(verdict.why_not)
    text = clean_note(reason)
    if over and not text:
        raise ValidationError({"reason": f"已延期 {extensions} 次（上限 {limit} 次），请填写原因"})
    if len(text) > 200:
        raise ValidationError({"reason": "原因最多 200 个字"})
    assert hold.expires_at is not None  # a 锁定 and a choice always end
    old_end = hold.expires_at
    new_end = old_end + timedelta(hours=hold_hours(session))
    # Guarded on what was read: two PCs extending at once do not both count.
    result = session.execute(
        update(UnitHold)
        .where(
            UnitHold.id == hold.id,
            UnitHold.released_at.is_(None),
            UnitHold.extensions == extensions,
        )
        .values(expires_at=new_end, extensions=extensions + 1, updated_at=aware_utc(now))
        .execution_options(synchronize_session=False)
    )
    if not getattr(result, "rowcount", 0):
        session.rollback()
        raise ConflictError("这条锁定刚被其他人改动过，请刷新后再操作")
    session.expire(hold)
    unit = lookups.unit(session, hold.unit_id)
    label = lookups.unit_label(session, unit)
    kind = HoldKind(hold.kind).label
    audit.record(
        session,
        actor,
        "extend",
        "unit_holds",
        hold_id,
        f"{label} 的{kind}延期：{_local_text(session, old_end)} → {_local_text(session, new_end)}"
        f"（第 {extensions + 1} 次，上限 {limit} 次）",
        text or None,
    )
    session.flush()
    return new_end


def release_expired(session: Session, *, now: datetime | None = None) -> int:
    """Release every hold whose time is up; how many. A write: no actor needed, every write
    that takes a unit runs it first (reads show an expired hold as gone without it).

    Written with guarded UPDATEs (released_at IS NULL), so two PCs releasing the same hold at
    the same moment do not collide: the second finds nothing left to do. The hold is released
    at its end (`expires_at`), whenever the write that notices it runs."""
    moment = aware_utc(now)
    expired = session.execute(
        select(UnitHold.id, UnitHold.unit_id, UnitHold.kind).where(
            UnitHold.released_at.is_(None),
            UnitHold.expires_at.is_not(None),
            UnitHold.expires_at <= moment,
        )
    ).all()
    released: list[int] = []
    units: list[int] = []
    for row in expired:
        result = session.execute(
            update(UnitHold)
            .where(UnitHold.id == row.id, UnitHold.released_at.is_(None))
            .values(
                released_at=UnitHold.expires_at, release_reason=EXPIRED_REASON, updated_at=moment
            )
            .execution_options(synchronize_session=False)
        )
        if not getattr(result, "rowcount", 0):
            continue  # pragma: no cover - another PC released it a moment ago
        released.append(row.id)
        units.append(row.unit_id)
        info = session.execute(
            select(
                Unit.blocked_reason,
                select(Deal.stage)
                .where(Deal.unit_id == Unit.id, Deal.cancelled_at.is_(None))
                .scalar_subquery(),
                select(Building.name).where(Building.id == Unit.building_id).scalar_subquery(),
                Unit.stairwell,
                Unit.room,
            ).where(Unit.id == row.unit_id)
        ).one()
        status = unit_status(info[1], None, bool(info[0]))
        # The unit's version stays: since the hold's end every read has shown the unit without
        # it, so persisting that changes nothing anyone saw, and a form opened on the unit since
        # then must not be refused as changed by someone else.
        session.execute(
            update(Unit)
            .where(Unit.id == row.unit_id)
            .values(status=status, updated_at=moment)
            .execution_options(synchronize_session=False)
        )
        _audit_expiry(session, row.id, unit_label(info[2], info[3], info[4]), HoldKind(row.kind))
    if released:
        _expire_loaded(session, UnitHold, released)
        _expire_loaded(session, Unit, units)
        session.flush()
    return len(released)


def _audit_expiry(session: Session, hold_id: int, label: str, kind: HoldKind) -> None:
    """The release is the system's automatic work, whoever's write happened to notice it: the
    entry names the system (and the PC it ran on), not the person logged in there."""
    actor = session.info.get("actor")
    session.add(
        AuditEntry(
            user_id=None,
            actor=SYSTEM_USERNAME,
            os_user=getattr(actor, "os_user", None),
            host=getattr(actor, "host", None),
            action="update",
            entity="unit_holds",
            entity_id=hold_id,
            summary=f"{label} 的{kind.label}到期，{EXPIRED_REASON}",
        )
    )


def _expire_loaded(
    session: Session, model: type[Unit] | type[UnitHold], ids: Iterable[int]
) -> None:
    """Objects of `model` with these ids already in the session are read again on next use."""
    wanted = set(ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and obj.id in wanted:
            session.expire(obj)
