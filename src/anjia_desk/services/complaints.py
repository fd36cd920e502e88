"""Complaints (DOMAIN §9, issue 18), intake and the clock: taking a complaint in (5W2H, channel,
nature, level, the customer and deal it concerns), its owner by level (一级 the vice president,
二级 the site manager, 三级 the customer-service manager), a level change with its reason (the
deadline recomputed from intake), pausing the clock while waiting on the customer and resuming
it, the response (到场 within 10 minutes / 回电 within the hour) and the first answer, and the
notes of the investigation (each with the side its evidence comes from) and of contacts.

What follows — the solution and its reviews, the execution, the money, the visits and the
closing — is services/complaint_solution.py, complaint_money.py and complaint_close.py. Every
case is numbered per project (TS-000012, services.numbering: gap-free with several writers).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_actions import ComplaintAction
from anjia_desk.core.complaint_forms import IntakeForm, validate_intake
from anjia_desk.core.complaint_kinds import (
    EVIDENCE_SIDES,
    ComplaintStatus,
    EventKind,
    NoteKind,
    Side,
    complaint_code,
)
from anjia_desk.core.complaints import Channel, Level
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.phones import normalize_phone
from anjia_desk.core.roles import PERMISSIONS, Action, Role
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import (
    Complaint,
    ComplaintNote,
    ComplaintPause,
    Customer,
    Deal,
    Project,
    User,
    UserRole,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, lookups
from anjia_desk.services.complaint_base import (
    add_event,
    audit_case,
    get_complaint,
    reason_text,
    require_action,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.numbering import next_number

NOTE_MAX = 2000


def default_owner(session: Session, level: Level) -> int | None:
    """The first active user holding the level's owner role (DOMAIN §9), or None."""
    return session.scalar(
        select(User.id)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.is_active.is_(True), UserRole.role == level.owner)
        .order_by(User.id)
        .limit(1)
    )


def _check_owner(session: Session, owner_id: int) -> None:
    handlers = PERMISSIONS[Action.HANDLE_COMPLAINTS]
    roles = set(session.scalars(select(UserRole.role).where(UserRole.user_id == owner_id)))
    user = session.get(User, owner_id)
    if user is None or not user.is_active or not roles & handlers:
        names = "、".join(r.label for r in Role if r in handlers)
        raise ValidationError({"owner_id": f"负责人须为{names}之一"})


def _project_id(session: Session, deal: Deal | None) -> int:
    if deal is not None:
        return deal.project_id
    project = session.scalar(select(Project.id).order_by(Project.id).limit(1))
    if project is None:
        raise UserError("请先在“房源”中建立项目，再受理投诉")
    return project


def _people(session: Session, form: IntakeForm) -> tuple[Customer | None, Deal | None]:
    deal = lookups.deal(session, form.deal_id) if form.deal_id is not None else None
    customer_id = form.customer_id
    if deal is not None:
        if customer_id is not None and customer_id != deal.customer_id:
            raise ValidationError({"deal_id": "所选交易不是这位客户的"})
        customer_id = deal.customer_id
    customer = lookups.get(session, Customer, customer_id) if customer_id is not None else None
    if customer is not None and customer.anonymised_at is not None:
        raise ValidationError({"customer_id": "该客户的个人信息已删除"})
    return customer, deal


def _fill(complaint: Complaint, form: IntakeForm) -> None:
    """The 5W2H and the people on the case, cleaned."""
    complaint.who = clean_name(form.who)
    complaint.contact_phone = (
        normalize_phone(form.contact_phone) if form.contact_phone.strip() else ""
    )
    complaint.happened = clean_name(form.happened)
    complaint.place = clean_name(form.place)
    complaint.what = clean_note(form.what)
    complaint.why = clean_note(form.why)
    complaint.how_much = clean_name(form.how_much)
    complaint.how_to_solve = clean_note(form.how_to_solve)
    complaint.nature = form.nature
    complaint.point = clean_name(form.point)
    complaint.media_risk = form.media_risk
    complaint.group_size = form.group_size
    complaint.engineer = clean_name(form.engineer)
    complaint.contractor = clean_name(form.contractor)
    complaint.butler = clean_name(form.butler)
    complaint.multi_department = form.multi_department
    complaint.referrer = form.referrer if form.channel is Channel.REFERRED else None
    complaint.referred_ref = clean_name(form.referred_ref)
    complaint.referred_due_at = (
        aware_utc(form.referred_due_at) if form.referred_due_at is not None else None
    )


def file_complaint(
    session: Session, actor: Actor, form: IntakeForm, *, now: datetime | None = None
) -> int:
    """受理投诉: a new case, numbered per project, owned by the level's owner (or the one
    chosen); returns its id."""
    actor.require(Action.FILE_COMPLAINTS)
    moment = aware_utc(now)
    errors = validate_intake(form, now=moment)
    if errors:
        raise ValidationError(errors)
    customer, deal = _people(session, form)
    owner_id = form.owner_id if form.owner_id is not None else default_owner(session, form.level)
    if owner_id is not None:
        _check_owner(session, owner_id)
    project_id = _project_id(session, deal)
    complaint = Complaint(
        project_id=project_id,
        number=next_number(session, Complaint.number, project_id),
        customer_id=customer.id if customer is not None else None,
        deal_id=deal.id if deal is not None else None,
        status=ComplaintStatus.OPEN,
        channel=form.channel,
        intake_at=aware_utc(form.intake_at) if form.intake_at is not None else moment,
        filed_by_id=actor.user_id,
        level=form.level,
        owner_id=owner_id,
    )
    _fill(complaint, form)
    session.add(complaint)
    session.flush()
    add_event(
        session,
        complaint,
        EventKind.FILED,
        actor,
        moment,
        f"{form.channel.label}受理，{form.level.label}（{form.nature.label}）",
    )
    audit.record(
        session,
        actor,
        "create",
        "complaints",
        complaint.id,
        f"受理投诉 {complaint_code(complaint.number)}（{complaint.who}，{form.level.label}）",
    )
    return complaint.id


def edit_complaint(
    session: Session,
    actor: Actor,
    complaint_id: int,
    form: IntakeForm,
    *,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """修改受理信息: the 5W2H, the people, the referral and the owner. The channel, the intake
    time and the level stay (a level change is `change_level`, with its reason)."""
    complaint = get_complaint(session, complaint_id, version)
    require_action(session, actor, complaint, ComplaintAction.EDIT)
    moment = aware_utc(now)
    kept = replace(
        form,
        channel=complaint.channel,
        level=Level(complaint.level),
        intake_at=None,
    )
    errors = validate_intake(kept, now=moment)
    if errors:
        raise ValidationError(errors)
    customer, deal = _people(session, kept)
    if kept.owner_id is not None and kept.owner_id != complaint.owner_id:
        _check_owner(session, kept.owner_id)
    _fill(complaint, kept)
    complaint.customer_id = customer.id if customer is not None else None
    complaint.deal_id = deal.id if deal is not None else None
    if kept.owner_id is not None:
        complaint.owner_id = kept.owner_id
    audit_case(session, actor, complaint, "修改受理信息")


def change_level(
    session: Session,
    actor: Actor,
    complaint_id: int,
    level: Level,
    *,
    reason: str,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """调整等级: the deadline is recomputed from intake by the new level's rule; the reason
    is kept in the history. The owner follows the new level when theirs does not own it."""
    complaint = get_complaint(session, complaint_id, version)
    require_action(session, actor, complaint, ComplaintAction.LEVEL)
    old = Level(complaint.level)
    if level is old:
        raise ValidationError({"level": f"已是{old.label}"})
    if complaint.media_risk and level is not Level.MAJOR:
        raise ValidationError({"level": "有媒体关注风险的投诉为一级"})
    text = reason_text(reason, "调整等级的原因")
    complaint.level = level
    if complaint.owner_id is not None:
        roles = set(
            session.scalars(select(UserRole.role).where(UserRole.user_id == complaint.owner_id))
        )
        if level.owner not in roles:
            complaint.owner_id = default_owner(session, level) or complaint.owner_id
    else:
        complaint.owner_id = default_owner(session, level)
    moment = aware_utc(now)
    add_event(
        session, complaint, EventKind.LEVEL, actor, moment, text, old_level=old, new_level=level
    )
    audit_case(session, actor, complaint, f"由{old.label}调整为{level.label}", reason=text)


def pause_clock(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    reason: str,
    now: datetime | None = None,
) -> int:
    """暂停计时 while waiting on the customer (a reason is required); returns the pause's id."""
    complaint = get_complaint(session, complaint_id)
    require_action(session, actor, complaint, ComplaintAction.PAUSE)
    text = reason_text(reason, "暂停原因")
    moment = aware_utc(now)
    pause = ComplaintPause(
        complaint_id=complaint.id,
        started_at=moment,
        reason=text[:200],
        started_by_id=actor.user_id,
    )
    session.add(pause)
    add_event(session, complaint, EventKind.PAUSED, actor, moment, text)
    session.flush()
    audit_case(session, actor, complaint, "暂停计时", reason=text)
    return pause.id


def resume_clock(
    session: Session, actor: Actor, complaint_id: int, *, now: datetime | None = None
) -> None:
    """恢复计时: the running pause ends now; the deadline moves by the paused time."""
    complaint = get_complaint(session, complaint_id)
    require_action(session, actor, complaint, ComplaintAction.RESUME)
    moment = aware_utc(now)
    running = session.scalars(
        select(ComplaintPause).where(
            ComplaintPause.complaint_id == complaint.id, ComplaintPause.ended_at.is_(None)
        )
    ).all()
    for pause in running:
        pause.ended_at = max(moment, pause.started_at)
        pause.ended_by_id = actor.user_id
    add_event(session, complaint, EventKind.RESUMED, actor, moment)
    audit_case(session, actor, complaint, "恢复计时")


def _when(at: datetime | None, moment: datetime, intake: datetime) -> datetime:
    when = aware_utc(at) if at is not None else moment
    if when > moment:
        raise ValidationError({"at": "时间不能晚于现在"})
    if when < intake:
        raise ValidationError({"at": "时间不能早于受理时间"})
    return when


def record_response(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    note: str = "",
    at: datetime | None = None,
    now: datetime | None = None,
) -> None:
    """登记到场/回电: the response clock (on site 10 minutes, by phone or online 1 hour) stops."""
    complaint = get_complaint(session, complaint_id)
    require_action(session, actor, complaint, ComplaintAction.RESPOND)
    moment = aware_utc(now)
    complaint.responded_at = _when(at, moment, complaint.intake_at)
    complaint.responded_by_id = actor.user_id
    complaint.response_note = clean_note(note)[:200]
    word = "到场" if complaint.channel is Channel.ON_SITE else "回电"
    add_event(session, complaint, EventKind.RESPONDED, actor, moment, complaint.response_note)
    audit_case(session, actor, complaint, f"已{word}")


def record_answer(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    note: str,
    at: datetime | None = None,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """登记首次答复: what the customer was told, and when — the first-answer deadline stops."""
    complaint = get_complaint(session, complaint_id, version)
    require_action(session, actor, complaint, ComplaintAction.ANSWER)
    text = clean_note(note)
    if not text:
        raise ValidationError({"note": "请填写答复内容"})
    if len(text) > NOTE_MAX:
        raise ValidationError({"note": f"答复内容不能超过{NOTE_MAX}个字"})
    moment = aware_utc(now)
    complaint.answered_at = _when(at, moment, complaint.intake_at)
    complaint.answered_by_id = actor.user_id
    complaint.answer_note = text
    add_event(session, complaint, EventKind.ANSWERED, actor, moment, text)
    audit_case(session, actor, complaint, "首次答复")


def add_note(
    session: Session,
    actor: Actor,
    complaint_id: int,
    kind: NoteKind,
    text: str,
    *,
    side: Side | None = None,
    now: datetime | None = None,
) -> int:
    """添加记录: an investigation note names the side its evidence comes from (the customer's
    papers, the office's records, a third-party inspection); a contact note none. Progress
    notes of the execution are services.complaint_solution.add_progress."""
    complaint = get_complaint(session, complaint_id)
    require_action(session, actor, complaint, ComplaintAction.NOTE)
    body = clean_note(text)
    if not body:
        raise ValidationError({"text": "请填写记录内容"})
    if len(body) > NOTE_MAX:
        raise ValidationError({"text": f"记录不能超过{NOTE_MAX}个字"})
    if kind is NoteKind.INVESTIGATION:
        if side not in EVIDENCE_SIDES:
            raise ValidationError({"side": "请选择证据来源：客户材料、案场记录或第三方检测"})
    elif kind is NoteKind.CONTACT:
        side = None
    else:
        raise ValidationError({"kind": "执行进度请用“登记执行进度”"})
    note = ComplaintNote(
        complaint_id=complaint.id,
        kind=kind,
        side=side,
        at=aware_utc(now),
        user_id=actor.user_id,
        text=body,
    )
    session.add(note)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "complaint_notes",
        note.id,
        f"投诉 {complaint_code(complaint.number)} 添加{kind.label}记录",
    )
    return note.id
