"""A complaint's solution and its execution (DOMAIN §9, issue 18): the solution proposed with
its options (维修 + money / 无损退房 on a statutory ground / 换房 / 解释), reviewed by **both**
legal and finance — each their own side, with who and when — before anything is executed; a
refusal sends it back; a 退房 or 换房 opens a change order on the case's deal; then the plan
(responsible person, deadline, acceptance standard), the progress notes and the execution done,
which sets the return visit's day (3 working days, office calendar).

Every step: get_complaint (with the version the user saw) → require_action (core.complaint_actions,
the one rule the window shows) → write → a history line (add_event) → audit.record.
The visits and the closing are services/complaint_close.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from anjia_desk.core.change_forms import RequestForm
from anjia_desk.core.changes import ChangeKind, ReasonType, change_code
from anjia_desk.core.complaint_actions import ComplaintAction, require
from anjia_desk.core.complaint_flow_forms import (
    TEXT_MAX,
    PlanForm,
    SolutionForm,
    validate_plan,
    validate_solution,
)
from anjia_desk.core.complaint_kinds import (
    ComplaintStatus,
    EventKind,
    NoteKind,
    Solution,
    complaint_code,
)
from anjia_desk.core.complaints import return_visit_due
from anjia_desk.core.errors import PermissionDenied, ValidationError
from anjia_desk.core.roles import Action, Role
from anjia_desk.core.text import clean_name, clean_note
from anjia_desk.db.models import ChangeOrder, Complaint, ComplaintNote
from anjia_desk.db.types import aware_utc
from anjia_desk.services import change_orders, lookups
from anjia_desk.services.calendar import office_calendar
from anjia_desk.services.complaint_base import (
    REASON_MAX,
    actions_of,
    add_event,
    audit_case,
    get_complaint,
    reason_text,
    require_access,
    require_action,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import office_today

A = ComplaintAction


def _note(text: str, field: str = "note") -> str:
    """An optional note (a review's opinion, an execution's remark), at most REASON_MAX."""
    cleaned = clean_note(text)
    if len(cleaned) > REASON_MAX:
        raise ValidationError({field: f"不能超过{REASON_MAX}个字"})
    return cleaned


def _clear_reviews(c: Complaint) -> None:
    c.legal_at, c.legal_by_id, c.legal_note = None, None, ""
    c.finance_at, c.finance_by_id, c.finance_note = None, None, ""


# -- the solution and its two reviews ----------------------------------------------------------


def propose(
    session: Session,
    actor: Actor,
    complaint_id: int,
    form: SolutionForm,
    *,
    version: int | None,
    now: datetime,
) -> None:
    """提交处理方案 (PROPOSE, a case 受理调查中): the option, its words, the finding and who is
    liable; the case goes to legal and finance (REVIEW) with both their stamps cleared and the
    last refusal's reason cleared (the history keeps it)."""
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.PROPOSE)
    errors = validate_solution(form)
    if errors:
        raise ValidationError(errors)
    moment = aware_utc(now)
    solution = Solution(form.solution)
    c.solution = solution
    c.solution_text = clean_note(form.text)
    c.finding = clean_note(form.finding)
    c.liable = form.liable
    c.proposed_at, c.proposed_by_id = moment, actor.user_id
    _clear_reviews(c)
    c.refuse_reason = ""
    c.status = ComplaintStatus.REVIEW
    add_event(session, c, EventKind.PROPOSED, actor, moment, f"{solution.label}：{c.solution_text}")
    session.flush()
    audit_case(session, actor, c, f"提交处理方案（{solution.label}）")


def _review_sides(actor: Actor) -> list[ComplaintAction]:
    """The review sides the actor's roles hold: legal → LEGAL_OK, finance → FINANCE_OK (the
    system both)."""
    sides = []
    if actor.is_system or Role.LEGAL in actor.roles:
        sides.append(A.LEGAL_OK)
    if actor.is_system or Role.FINANCE in actor.roles:
        sides.append(A.FINANCE_OK)
    return sides


def review_solution(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    note: str = "",
    version: int | None,
    now: datetime,
) -> None:
    """审核通过 by legal or finance, each only their own side (a legal user never stamps
    finance's); who and when recorded with the opinion `note`. Once both sides have passed it
    the case is 执行中 (EXECUTING); one side alone executes nothing. A person holding both roles
    stamps both sides still waiting."""
    actor.require(Action.REVIEW_SOLUTIONS)
    c = get_complaint(session, complaint_id, version)
    require_access(session, actor, c)
    permits = actions_of(session, c, actor)
    sides = [side for side in _review_sides(actor) if permits[side].shown]
    if not sides:
        raise PermissionDenied("只有法务或财务可以审核处理方案")
    todo = [side for side in sides if permits[side].allowed]
    if not todo:
        require(permits[sides[0]])  # refuses with why not (不在审核中 / 已审核)
    text = _note(note)
    moment = aware_utc(now)
    for side in todo:
        if side is A.LEGAL_OK:
            c.legal_at, c.legal_by_id, c.legal_note = moment, actor.user_id, text
            add_event(session, c, EventKind.LEGAL_OK, actor, moment, text)
        else:
            c.finance_at, c.finance_by_id, c.finance_note = moment, actor.user_id, text
            add_event(session, c, EventKind.FINANCE_OK, actor, moment, text)
    if c.legal_at is not None and c.finance_at is not None:
        c.status = ComplaintStatus.EXECUTING
    session.flush()
    words = "、".join("法务" if side is A.LEGAL_OK else "财务" for side in todo)
    audit_case(session, actor, c, f"{words}审核通过处理方案")


def refuse_solution(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    reason: str,
    version: int | None,
    now: datetime,
) -> None:
    """退回方案 by legal or finance (REFUSE), with the reason: the case goes back to 受理调查中
    (OPEN), both stamps cleared — a new proposal is reviewed by both again."""
    actor.require(Action.REVIEW_SOLUTIONS)
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.REFUSE)
    text = reason_text(reason, "退回原因")
    moment = aware_utc(now)
    c.refuse_reason = text
    _clear_reviews(c)
    c.status = ComplaintStatus.OPEN
    add_event(session, c, EventKind.REFUSED, actor, moment, text)
    session.flush()
    audit_case(session, actor, c, "退回处理方案")


# -- the change order a 退房 or 换房 opens -------------------------------------------------


def change_request(c: Complaint, signed: bool, form: RequestForm) -> RequestForm:
    """The request as the case's solution fixes it: 无损退房 is 退定 before 签约 and 退房 after,
    on the statutory ground the form names (reason type 法定解除, the ground's fault); 换房 a
    换房. The form's own kind is replaced. ValidationError({"ground": …}) without a statutory
    ground for a 退房."""
    code = complaint_code(c.number)
    note = clean_note(form.note)
    note = f"因投诉 {code} 办理" + (f"：{note}" if note else "")
    if c.solution is Solution.SWAP:
        return replace(form, kind=ChangeKind.SWAP, note=note)
    if form.ground is None or not form.ground.statutory:
        raise ValidationError({"ground": "无损退房须依据法定情形，请选择所依据的法定事由"})
    return replace(
        form,
        kind=ChangeKind.CANCEL if signed else ChangeKind.UNSUBSCRIBE,
        reason_type=ReasonType.STATUTORY,
        fault=form.ground.fault,
        note=note,
    )


def open_change(
    session: Session, actor: Actor, complaint_id: int, form: RequestForm, *, now: datetime
) -> int:
    """生成变更单 (OPEN_CHANGE, a case 执行中 whose solution is 退房 or 换房, on its deal):
    change_orders.file_change with the request `change_request` makes of `form`; the order is
    linked to the case (change_order_id) and the history says which. Returns the order's id."""
    c = get_complaint(session, complaint_id)
    require_action(session, actor, c, A.OPEN_CHANGE)
    assert c.deal_id is not None  # OPEN_CHANGE needs a deal
    deal = lookups.deal(session, c.deal_id)
    request = change_request(c, deal.signed_at is not None, form)
    order_id = change_orders.file_change(session, actor, deal.id, request, now=now)
    order = lookups.get(session, ChangeOrder, order_id)
    c.change_order_id = order_id
    moment = aware_utc(now)
    kind = ChangeKind(order.kind)
    code = change_code(order.number)
    add_event(session, c, EventKind.CHANGE_OPENED, actor, moment, f"{kind.label} {code}")
    session.flush()
    audit_case(session, actor, c, f"生成{kind.label}变更单 {code}，投诉")
    return order_id


# -- the execution -------------------------------------------------------------------------------


def plan_execution(
    session: Session,
    actor: Actor,
    complaint_id: int,
    form: PlanForm,
    *,
    version: int | None,
    now: datetime,
) -> None:
    """安排执行 (PLAN, a case 执行中): the responsible person, the deadline and the acceptance
    standard; may be changed while the work goes on (each change a history line)."""
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.PLAN)
    errors = validate_plan(form, today=office_today(session, now))
    if errors:
        raise ValidationError(errors)
    c.executor = clean_name(form.executor)
    c.execute_due_on = form.due_on
    c.acceptance = clean_note(form.acceptance)
    text = f"责任人 {c.executor}，{form.due_on.isoformat()} 前完成；验收标准：{c.acceptance}"
    add_event(session, c, EventKind.PLANNED, actor, aware_utc(now), text)
    session.flush()
    audit_case(session, actor, c, "安排执行")


def add_progress(
    session: Session, actor: Actor, complaint_id: int, text: str, *, now: datetime
) -> int:
    """登记执行进度 (PROGRESS, a case 执行中): a progress note; photos are files attached with
    its id (note_id). Returns the note's id."""
    c = get_complaint(session, complaint_id)
    require_action(session, actor, c, A.PROGRESS)
    words = clean_note(text)
    if not words:
        raise ValidationError({"text": "请填写执行进度"})
    if len(words) > TEXT_MAX:
        raise ValidationError({"text": f"不能超过{TEXT_MAX}个字"})
    note = ComplaintNote(
        complaint_id=c.id,
        kind=NoteKind.PROGRESS,
        side=None,
        at=aware_utc(now),
        user_id=actor.user_id,
        text=words,
    )
    session.add(note)
    session.flush()
    audit_case(session, actor, c, "登记执行进度")
    return note.id


def mark_executed(
    session: Session,
    actor: Actor,
    complaint_id: int,
    *,
    note: str = "",
    version: int | None,
    now: datetime,
) -> None:
    """执行完成 (EXECUTED: planned, a 退房/换房's change order opened, no money waiting for its
    approval): the case waits for its return visit (VISIT), due within 3 working days of the
    office date of `now` over the office calendar."""
    c = get_complaint(session, complaint_id, version)
    require_action(session, actor, c, A.EXECUTED)
    text = _note(note)
    moment = aware_utc(now)
    c.executed_at, c.executed_by_id = moment, actor.user_id
    c.visit_due_on = return_visit_due(office_today(session, now), office_calendar(session))
    c.status = ComplaintStatus.VISIT
    words = f"回访期限 {c.visit_due_on.isoformat()}" + (f"；{text}" if text else "")
    add_event(session, c, EventKind.EXECUTED, actor, moment, words)
    session.flush()
    audit_case(session, actor, c, "执行完成")
