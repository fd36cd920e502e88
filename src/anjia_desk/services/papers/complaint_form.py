"""The complaint's handling form (投诉处理单, issue 18) from the models: intake, 5W2H, level with
its owner and first-answer deadline over the office calendar, pauses, level changes, the
investigation by side, the solution and its two reviews, execution, money paid, return visits
and closing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import change_code
from anjia_desk.core.complaint_kinds import (
    ComplaintStatus,
    EventKind,
    NoteKind,
    Referrer,
    Side,
    Solution,
    VisitWay,
    payment_code,
)
from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment
from anjia_desk.core.phones import mask_phone
from anjia_desk.db.models import ChangeOrder, ComplaintEvent, ComplaintNote, ComplaintPayment
from anjia_desk.pdf.amounts import figures
from anjia_desk.services.complaint_base import first_answer_due, pauses_of, payments_of
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.papers.change_common import when
from anjia_desk.services.papers.complaint_common import (
    CasePapers,
    data_moment,
    load_case,
    visits_of,
    write_case_paper,
)

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.complaint_form import ComplaintFormPaper


def _percent(score: object) -> str:
    return f"{float(str(score)) * 100:.0f}%"


def complaint_form_paper(session: Session, papers: CasePapers) -> ComplaintFormPaper:
    """The form's values, from the case's data alone (no clock)."""
    from anjia_desk.pdf.complaint_form import ComplaintFormPaper, Review

    c = papers.complaint
    events = list(
        session.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == c.id)
            .order_by(ComplaintEvent.at, ComplaintEvent.id)
        )
    )
    notes = list(
        session.scalars(
            select(ComplaintNote)
            .where(ComplaintNote.complaint_id == c.id)
            .order_by(ComplaintNote.at, ComplaintNote.id)
        )
    )
    pauses = pauses_of(session, c.id)
    payments = payments_of(session, c.id)
    visits = visits_of(session, c.id)
    who = staff_names(
        session,
        [c.filed_by_id, c.owner_id, c.responded_by_id, c.answered_by_id, c.proposed_by_id,
         c.legal_by_id, c.finance_by_id, c.executed_by_id, c.closed_by_id,
         *(e.user_id for e in events), *(n.user_id for n in notes), *(v.user_id for v in visits),
         *(p.cs_by_id for p in payments), *(p.vp_by_id for p in payments)],
    )  # fmt: skip

    def name(user_id: int | None) -> str:
        return who.get(user_id, "") if user_id is not None else ""

    def done(user_id: int | None, at: datetime | None) -> str:
        return f"{name(user_id)} {when(session, at)}".strip() if at is not None else ""

    level = Level(c.level)
    deadline = first_answer_due(session, c, now=data_moment(session, c))
    note = "计时暂停中，恢复后顺延" if deadline.paused else ""
    note = "；".join(part for part in (note, deadline.note) if part)
    referral = ""
    if Channel(c.channel) is Channel.REFERRED:
        parts = [Referrer(c.referrer).label if c.referrer else "外部转办"]
        if c.referred_ref:
            parts.append(f"编号 {c.referred_ref}")
        if c.referred_due_at is not None:
            parts.append(f"转办单位时限 {when(session, c.referred_due_at)}")
        referral = " · ".join(parts)
    response = done(c.responded_by_id, c.responded_at)
    if response and c.response_note:
        response += f"　{c.response_note}"
    answered = done(c.answered_by_id, c.answered_at)
    if answered:
        late = c.answered_at is not None and c.answered_at > deadline.due_at
        answered += "（超时）" if late else "（按时）"
        if c.answer_note:
            answered += f"　{c.answer_note}"
    contacts = "；".join(
        f"{label} {value}"
        for label, value in (
            ("工程部", c.engineer),
            ("施工单位", c.contractor),
            ("物业管家", c.butler),
        )
        if value
    )
    if c.multi_department:
        contacts = "；".join(part for part in (contacts, "多部门协同") if part)
    change = ""
    if c.change_order_id is not None:
        order = session.get(ChangeOrder, c.change_order_id)
        change = change_code(order.number) if order is not None else ""
    owner = level.owner.label + (f"（{name(c.owner_id)}）" if c.owner_id else "")
    return ComplaintFormPaper(
        code=papers.code,
        status=ComplaintStatus(c.status).label,
        project=papers.project,
        unit=papers.unit,
        customer=c.who,
        phone=mask_phone(c.contact_phone),
        channel=Channel(c.channel).label,
        intake_at=when(session, c.intake_at),
        filed_by=name(c.filed_by_id),
        referral=referral,
        response=response,
        happened=c.happened,
        place=c.place,
        what=c.what,
        why=c.why,
        how_much=c.how_much,
        how_to_solve=c.how_to_solve,
        nature=Nature(c.nature).label,
        point=c.point,
        level=level.label
        + ("（媒体关注）" if c.media_risk else "")
        + (f"（涉及 {c.group_size} 户）" if c.group_size > 1 else ""),
        owner=owner,
        rule=level.rule_text,
        due=f"{deadline.due_at:%Y-%m-%d %H:%M}",
        due_note=note,
        answered=answered,
        contacts=contacts,
        pauses=[
            (when(session, p.started_at), when(session, p.ended_at) or "暂停中", p.reason)
            for p in pauses
        ],
        levels=[
            (
                when(session, e.at),
                f"{Level(e.old_level).label if e.old_level else '—'} → "
                f"{Level(e.new_level).label if e.new_level else '—'}",
                e.text,
                name(e.user_id),
            )
            for e in events
            if EventKind(e.kind) is EventKind.LEVEL
        ],
        notes=[
            (Side(n.side).label if n.side else "—", when(session, n.at), name(n.user_id), n.text)
            for n in notes
            if NoteKind(n.kind) in (NoteKind.INVESTIGATION, NoteKind.CONTACT)
        ],
        finding=c.finding,
        liable=Liable(c.liable).label if c.liable else "",
        solution=Solution(c.solution).label if c.solution else "",
        solution_text=c.solution_text,
        proposed=done(c.proposed_by_id, c.proposed_at),
        legal=Review(name(c.legal_by_id), when(session, c.legal_at), c.legal_note),
        finance=Review(name(c.finance_by_id), when(session, c.finance_at), c.finance_note),
        refused=c.refuse_reason,
        change_order=change,
        executor=c.executor,
        execute_due=c.execute_due_on.isoformat() if c.execute_due_on else "",
        acceptance=c.acceptance,
        executed=done(c.executed_by_id, c.executed_at),
        progress=[
            (when(session, n.at), name(n.user_id), n.text)
            for n in notes
            if NoteKind(n.kind) is NoteKind.PROGRESS
        ],
        payments=[_payment_row(session, p, name) for p in payments],
        visits=[
            (
                f"第{v.round}轮",
                when(session, v.visited_at),
                f"{VisitWay(v.way).label} · {name(v.user_id)}",
                _percent(v.score),
                v.comment,
            )
            for v in visits
        ],
        round=c.round,
        visit_due=c.visit_due_on.isoformat() if c.visit_due_on else "",
        signed_on=c.confirmation_signed_on.isoformat() if c.confirmation_signed_on else "",
        closed=done(c.closed_by_id, c.closed_at),
        close_reason=c.close_reason,
    )


def _payment_row(
    session: Session, p: ComplaintPayment, name: Callable[[int | None], str]
) -> tuple[str, str, str, str, str]:
    approvals = []
    if p.cs_at is not None:
        approvals.append(f"客服经理 {name(p.cs_by_id)} {when(session, p.cs_at)}")
    if p.vp_at is not None:
        approvals.append(f"分管副总 {name(p.vp_by_id)} {when(session, p.vp_at)}")
    if p.rejected_at is not None:
        approvals.append(f"已驳回：{p.reject_reason}")
    voucher = "未支付"
    if p.number is not None:
        voucher = payment_code(p.number)
        if p.voided_at is not None:
            voucher += "（已作废）"
        elif p.paid_on is not None:
            voucher += f" {p.paid_on.isoformat()} 已付"
    return (
        Payment(p.payment).label,
        Liable(p.liable).label,
        figures(p.amount),
        "；".join(approvals) or "待审批",
        voucher,
    )


def print_complaint_form(
    session: Session, actor: Actor, complaint_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The complaint's 投诉处理单, dated by the case's data (a reprint of an unchanged case is the
    same paper). Audited ("print", complaint_form)."""
    del now  # the paper carries no clock: only what the case holds
    papers = load_case(session, actor, complaint_id)
    paper = complaint_form_paper(session, papers)
    return write_case_paper(
        session, actor, papers, paper, out, entity="complaint_form", what="投诉处理单"
    )
