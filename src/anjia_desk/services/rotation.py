"""接待轮序: today's duty list, who receives the next first-time visitor, skips and invalid
receptions, and the counts per consultant per day that show the rotation is fair."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.errors import NotFound, UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.rotation import TurnEvent, TurnKind, board, next_consultant
from anjia_desk.db.models import Customer, DutyRoster, RotationTurn, User, Visit
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor


@dataclass(frozen=True)
class BoardRow:
    user_id: int
    name: str
    position: int  # on the duty list, 1-based
    served: int
    invalid: int
    skips: int
    skipped_now: bool
    order: int  # 1 = next


@dataclass(frozen=True)
class TurnRow:
    id: int
    at: datetime
    user_id: int
    user_name: str
    kind: str  # core.rotation.TurnKind
    customer_id: int | None
    customer_name: str
    invalid_reason: str | None

    @property
    def kind_label(self) -> str:
        return TurnKind(self.kind).label


@dataclass(frozen=True)
class RotationBoardData:
    day: date
    lines: list[BoardRow]  # in queue order: the next first
    next_id: int | None
    next_name: str
    turns: list[TurnRow]  # today's log, newest first

    def line(self, user_id: int) -> BoardRow:
        for row in self.lines:
            if row.user_id == user_id:
                return row
        raise KeyError(user_id)


@dataclass(frozen=True)
class FairnessRow:
    day: date
    user_id: int
    name: str
    served: int
    invalid: int
    skips: int


def _require_view(actor: Actor) -> None:
    actor.require_any(
        Action.REGISTER_VISIT, Action.MANAGE_DUTY, Action.RUN_ROTATION, label="查看接待轮序"
    )


def _roster(session: Session, day: date) -> list[int]:
    query = select(DutyRoster.user_id).where(DutyRoster.day == day).order_by(DutyRoster.position)
    return list(session.scalars(query))


def _events(session: Session, day: date) -> list[TurnEvent]:
    query = (
        select(
            RotationTurn.user_id,
            RotationTurn.kind,
            RotationTurn.created_at,
            RotationTurn.invalid_reason,
        )
        .where(RotationTurn.day == day)
        .order_by(RotationTurn.id)
    )
    return [
        TurnEvent(
            user_id=r.user_id,
            kind=TurnKind(r.kind),
            at=r.created_at,
            invalid=r.invalid_reason is not None,
        )
        for r in session.execute(query)
    ]


def _today(session: Session, now: datetime | None) -> tuple[date, datetime]:
    at = aware_utc(now)
    return cs.rules(session).today(at), at


def rotation_board(
    session: Session, actor: Actor, *, now: datetime | None = None
) -> RotationBoardData:
    """Today's board: the queue with counts per consultant, who is next, and today's log."""
    _require_view(actor)
    day, _at = _today(session, now)
    roster = _roster(session, day)
    events = _events(session, day)
    lines = board(roster, events)
    turns_query = (
        select(RotationTurn, Customer.id, Customer.name)
        .outerjoin(Visit, Visit.id == RotationTurn.visit_id)
        .outerjoin(Customer, Customer.id == Visit.customer_id)
        .where(RotationTurn.day == day)
        .order_by(RotationTurn.id.desc())
    )
    turn_rows = list(session.execute(turns_query))
    names = cs.staff_names(session, [*roster, *(t.user_id for t, _i, _n in turn_rows)])
    nxt = next_consultant(roster, events)
    return RotationBoardData(
        day=day,
        lines=sorted(
            (
                BoardRow(
                    user_id=line.user_id,
                    name=names.get(line.user_id, ""),
                    position=line.position,
                    served=line.served,
                    invalid=line.invalid,
                    skips=line.skips,
                    skipped_now=line.skipped_now,
                    order=line.order,
                )
                for line in lines
            ),
            key=lambda row: row.order,
        ),
        next_id=nxt,
        next_name=names.get(nxt, "") if nxt is not None else "",
        turns=[
            TurnRow(
                id=turn.id,
                at=turn.created_at,
                user_id=turn.user_id,
                user_name=names.get(turn.user_id, ""),
                kind=turn.kind,
                customer_id=customer_id,
                customer_name=(customer_name or UNNAMED) if customer_id is not None else "",
                invalid_reason=turn.invalid_reason,
            )
            for turn, customer_id, customer_name in turn_rows
        ],
    )


def next_consultant_today(session: Session, *, now: datetime | None = None) -> cs.Staff | None:
    """Who the rotation offers the next first-time visitor to; None when nobody is free."""
    day, _at = _today(session, now)
    user_id = next_consultant(_roster(session, day), _events(session, day))
    if user_id is None:
        return None
    return cs.Staff(user_id, cs.staff_names(session, [user_id]).get(user_id, ""))


def duty_candidates(session: Session, actor: Actor) -> list[cs.Staff]:
    """The active consultants a duty list may name."""
    actor.require(Action.MANAGE_DUTY)
    return cs.consultants(session)


def duty_list(session: Session, actor: Actor, *, now: datetime | None = None) -> list[int]:
    """Today's duty list, in order."""
    _require_view(actor)
    day, _at = _today(session, now)
    return _roster(session, day)


def set_duty_list(
    session: Session, actor: Actor, user_ids: Sequence[int], *, now: datetime | None = None
) -> None:
    """Set today's duty list in this order (an empty list: nobody on duty). Counts already made
    today stay with each consultant."""
    actor.require(Action.MANAGE_DUTY)
    if len(set(user_ids)) != len(user_ids):
        raise ValidationError({"user_ids": "值班表里有重复的顾问"})
    for user_id in user_ids:
        cs.require_consultant(session, user_id)
    day, _at = _today(session, now)
    existing = {
        row.user_id: row for row in session.scalars(select(DutyRoster).where(DutyRoster.day == day))
    }
    for position, user_id in enumerate(user_ids, start=1):
        row = existing.pop(user_id, None)
        if row is None:
            session.add(DutyRoster(day=day, user_id=user_id, position=position))
        elif row.position != position:
            row.position = position
    for row in existing.values():
        session.delete(row)
    session.flush()


def _require_on_duty(session: Session, user_id: int, roster: list[int]) -> str:
    name = cs.staff_names(session, [user_id]).get(user_id)
    if name is None:
        raise NotFound("所选顾问不存在")
    if user_id not in roster:
        raise UserError(f"{name} 不在今天的值班表上")
    return name


def skip_consultant(
    session: Session, actor: Actor, user_id: int, *, now: datetime | None = None
) -> None:
    """Pass over a consultant who is out: they go to the end of the queue for the next
    reception and keep their count, so they are first again once back."""
    actor.require(Action.RUN_ROTATION)
    day, at = _today(session, now)
    roster = _roster(session, day)
    name = _require_on_duty(session, user_id, roster)
    line = next(line for line in board(roster, _events(session, day)) if line.user_id == user_id)
    if line.skipped_now:
        raise UserError(f"{name} 已被跳过，下一位接待之后自动回到队列")
    session.add(RotationTurn(day=day, user_id=user_id, kind=TurnKind.SKIP.value, created_at=at))
    session.flush()


def receive_walk_in(
    session: Session, actor: Actor, user_id: int, *, now: datetime | None = None
) -> int:
    """安排接待: a first-time visitor goes to this consultant now (a serve turn; the visit
    registered for them later completes it). Returns the turn's id."""
    actor.require(Action.RUN_ROTATION)
    day, at = _today(session, now)
    _require_on_duty(session, user_id, _roster(session, day))
    turn = RotationTurn(day=day, user_id=user_id, kind=TurnKind.SERVE.value, created_at=at)
    session.add(turn)
    session.flush()
    return turn.id


def record_reception(
    session: Session, *, user_id: int, visit: Visit, day: date, at: datetime
) -> None:
    """A registered first (or pool) visit counts for the consultant on today's rotation: it
    completes a walk-in they were given from the board (a serve turn without a visit yet), or adds
    a serve turn. Nothing when they are not on today's duty list."""
    if user_id not in _roster(session, day):
        return
    open_turn = session.scalars(
        select(RotationTurn)
        .where(
            RotationTurn.day == day,
            RotationTurn.user_id == user_id,
            RotationTurn.kind == TurnKind.SERVE.value,
            RotationTurn.visit_id.is_(None),
            RotationTurn.invalid_reason.is_(None),
        )
        .order_by(RotationTurn.id.desc())
        .limit(1)
    ).first()
    if open_turn is not None:
        open_turn.visit_id = visit.id
        return
    session.add(
        RotationTurn(
            day=day, user_id=user_id, kind=TurnKind.SERVE.value, visit_id=visit.id, created_at=at
        )
    )


def mark_turn_invalid(
    session: Session, actor: Actor, turn_id: int, reason: str, *, now: datetime | None = None
) -> None:
    """An invalid reception (同行踩盘, 问路, …) does not count: the consultant gets the next
    one back. Only today's receptions can be marked; the visit keeps the reason too."""
    actor.require(Action.RUN_ROTATION)
    turn = session.get(RotationTurn, turn_id)
    if turn is None:
        raise NotFound(f"接待记录 {turn_id} 不存在")
    day, _at = _today(session, now)
    if turn.kind != TurnKind.SERVE.value:
        raise UserError("只有接待记录可以标记无效")
    if turn.day != day:
        raise UserError("只能标记今天的接待")
    reason = reason.strip()
    allowed = cs.options(session).invalid_reasons
    if not reason:
        raise ValidationError({"reason": "请选择无效原因"})
    if allowed and reason not in allowed:
        raise ValidationError({"reason": f"无效原因不在选项中：{reason}（可在设置中增加）"})
    turn.invalid_reason = reason
    if turn.visit_id is not None:
        visit = session.get(Visit, turn.visit_id)
        if visit is not None:
            visit.invalid_reason = reason
    session.flush()


def fairness(
    session: Session, actor: Actor, *, days: int = 7, now: datetime | None = None
) -> list[FairnessRow]:
    """Counts per consultant per day over the last `days` days (today included), newest day
    first: valid receptions, invalid ones and skips."""
    _require_view(actor)
    today, _at = _today(session, now)
    start = today - timedelta(days=max(days, 1) - 1)
    invalid = RotationTurn.invalid_reason.is_not(None)
    serve = RotationTurn.kind == TurnKind.SERVE.value
    query = (
        select(
            RotationTurn.day,
            RotationTurn.user_id,
            User.display_name,
            func.sum(case((serve & ~invalid, 1), else_=0)).label("served"),
            func.sum(case((serve & invalid, 1), else_=0)).label("invalid"),
            func.sum(case((RotationTurn.kind == TurnKind.SKIP.value, 1), else_=0)).label("skips"),
        )
        .join(User, User.id == RotationTurn.user_id)
        .where(RotationTurn.day >= start, RotationTurn.day <= today)
        .group_by(RotationTurn.day, RotationTurn.user_id, User.display_name)
        .order_by(RotationTurn.day.desc(), User.display_name)
    )
    return [
        FairnessRow(
            day=r.day,
            user_id=r.user_id,
            name=r.display_name,
            served=int(r.served or 0),
            invalid=int(r.invalid or 0),
            skips=int(r.skips or 0),
        )
        for r in session.execute(query)
    ]
