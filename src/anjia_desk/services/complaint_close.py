"""A complaint's return visit and closing (DOMAIN §9, issue 18): the 满意度确认单 signed (it
confirms the work done and waives none of the customer's legal rights), the return visit with its
ratings (satisfaction = average ÷ 5; below 80% opens another round: back to 执行中), the closing —
never before the round's return visit; at 80% or more by a handler, below by the site manager
with a reason — the reopening with a reason (the history kept) and the case library's lesson.

Every step: get_complaint → require_action (core.complaint_actions) → write → add_event →
audit.record, as in services/complaint_solution.py.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_flow_forms import (
    TEXT_MAX,
    VisitForm,
    ratings_in_order,
    validate_visit,
)
from anjia_desk.core.complaint_kinds import (
    VISIT_ITEMS,
    ComplaintStatus,
    EventKind,
    VisitWay,
)
from anjia_desk.core.complaints import SATISFIED, satisfaction
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import Complaint, ComplaintVisit
from anjia_desk.db.types import aware_utc
from anjia_desk.services.complaint_base import (
    REASON_MAX,
    add_event,
    audit_case,
    get_complaint,
    reason_text,
    require_action,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import office_today, office_zone

A = ComplaintAction


def percent(score: Decimal) -> str:
    """A satisfaction share as people read it: 0.87 → "87%"."""
    return f"{(score * 100).quantize(Decimal(1))}%"


def _clear_execution(c: Complaint) -> None:
    """A new round: the work is done again, visited again and the 确认单 signed again (the
    history keeps the earlier round's lines)."""
    c.executed_at, c.executed_by_id = None, None
    c.visit_due_on = None
    c.confirmation_signed_on = None


def record_signed(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    signed_on: date,
    version: int | None,
    now: datetime,
) -> None:
    """登记满意度确认单签字 (SIGNED, a case 待回访): the day the customer signed; not before the
    execution's office date, not after today."""
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.SIGNED)
    today = office_today(session, now)
    if signed_on > today:
        raise ValidationError({"signed_on": "签字日期不能晚于今天"})
    if c.executed_at is not None:
        executed_on = c.executed_at.astimezone(office_zone(session)).date()
        if signed_on < executed_on:
            raise ValidationError({"signed_on": f"签字日期不能早于执行完成日 {executed_on}"})
    c.confirmation_signed_on = signed_on
    add_event(session, c, EventKind.SIGNED, actor, aware_utc(now), signed_on.isoformat())
    session.flush()
    audit_case(session, actor, c, "登记满意度确认单签字")


def record_visit(
    session: Session,
    actor: Actor,
    complaint_id: int,
    form: VisitForm,
    *,
    version: int | None,
    now: datetime,
) -> int:
    """登记回访 (VISIT, a case 待回访): the ratings, satisfaction = average ÷ 5. At 80% or more
    the case may be closed; below, another round opens at once (round + 1, back to 执行中, the
    execution's day, the visit's due day and the signature cleared; a NEW_ROUND line) until 80%
    is reached or the site manager closes it with a reason. Returns the visit's id."""
    actor.require(Action.RETURN_VISITS)
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.VISIT)
    moment = aware_utc(now)
    errors = validate_visit(form, now=moment)
    visited_at = aware_utc(form.visited_at) if form.visited_at is not None else moment
    if not errors and c.executed_at is not None and visited_at < c.executed_at:
        errors["visited_at"] = "回访时间不能早于执行完成时间"
    if errors:
        raise ValidationError(errors)
    score = satisfaction(ratings_in_order(form))
    visit = ComplaintVisit(
        complaint_id=c.id,
        round=c.round,
        visited_at=visited_at,
        user_id=actor.user_id,
        way=VisitWay(form.way),
        ratings=json.dumps({key: form.ratings[key] for key, _ in VISIT_ITEMS}),
        score=score,
        comment=clean_note(form.comment),
    )
    session.add(visit)
    add_event(
        session,
        c,
        EventKind.VISITED,
        actor,
        moment,
        f"第 {c.round} 轮回访，满意度 {percent(score)}",
    )
    if score < SATISFIED:
        c.round += 1
        c.status = ComplaintStatus.EXECUTING
        _clear_execution(c)
        add_event(
            session,
            c,
            EventKind.NEW_ROUND,
            actor,
            moment,
            f"满意度 {percent(score)} 未达 {percent(SATISFIED)}，开启第 {c.round} 轮处理",
        )
    session.flush()
    audit_case(session, actor, c, f"登记回访（满意度 {percent(score)}）")
    return visit.id


def _close(c: Complaint, actor: Actor, moment: datetime, reason: str) -> None:
    c.status = ComplaintStatus.CLOSED
    c.closed_at, c.closed_by_id, c.close_reason = moment, actor.user_id, reason


def close(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    note: str = "",
    version: int | None,
    now: datetime,
) -> None:
    """办结 (CLOSE): only after this round's return visit, and only at 80% or more; below, the
    site manager's close_unsatisfied."""
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.CLOSE)
    text = clean_note(note)
    if len(text) > REASON_MAX:
        raise ValidationError({"note": f"不能超过{REASON_MAX}个字"})
    moment = aware_utc(now)
    _close(c, actor, moment, text)
    add_event(session, c, EventKind.CLOSED, actor, moment, text)
    session.flush()
    audit_case(session, actor, c, "办结投诉")


def close_unsatisfied(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    reason: str,
    version: int | None,
    now: datetime,
) -> None:
    """未达标办结 (CLOSE_UNSATISFIED, the site manager only): a case whose last return visit
    stayed below 80% is closed with the reason why no further round."""
    actor.require(Action.CLOSE_UNSATISFIED)
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.CLOSE_UNSATISFIED)
    text = reason_text(reason, "未达标办结的原因")
    moment = aware_utc(now)
    _close(c, actor, moment, text)
    add_event(session, c, EventKind.CLOSED, actor, moment, f"满意度未达标办结：{text}")
    session.flush()
    audit_case(session, actor, c, "满意度未达标办结投诉")


def reopen(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    reason: str,
    version: int | None,
    now: datetime,
) -> None:
    """重新打开 (REOPEN, a closed case) with the reason: back to 受理调查中 in a new round (round
    + 1), the closing and the last round's execution cleared; the history, the earlier visits and
    the solution's lines stay. A new solution is proposed and reviewed again."""
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.REOPEN)
    text = reason_text(reason, "重新打开的原因")
    moment = aware_utc(now)
    c.status = ComplaintStatus.OPEN
    c.round += 1
    c.closed_at, c.closed_by_id, c.close_reason = None, None, ""
    _clear_execution(c)
    add_event(session, c, EventKind.REOPENED, actor, moment, text)
    session.flush()
    audit_case(session, actor, c, "重新打开投诉")


def save_lesson(
    session: Session,
    actor: Actor,
    complaint_id: int,
    text: str,
    *,
    version: int | None,
    now: datetime,
) -> None:
    """案例总结 (LESSON, a closed case): what was learned, for the case library."""
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.LESSON)
    words = clean_note(text)
    if not words:
        raise ValidationError({"lesson": "请填写案例总结"})
    if len(words) > TEXT_MAX:
        raise ValidationError({"lesson": f"不能超过{TEXT_MAX}个字"})
    c.lesson = words
    add_event(session, c, EventKind.LESSON, actor, aware_utc(now), "")
    session.flush()
    audit_case(session, actor, c, "填写案例总结")
