"""What a complaint's three papers share (issue 18): the case for someone who may see it, its code,
project and unit, the staff's names, the return visits, and the one moment the paper is dated —
the latest moment the case's data holds, never the clock, so a reprint of an unchanged case is the
same paper."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import complaint_code
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Complaint,
    ComplaintEvent,
    ComplaintNote,
    ComplaintPause,
    ComplaintPayment,
    ComplaintVisit,
    Deal,
    Project,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.complaint_base import get_complaint, require_access
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import write_same
from anjia_desk.services.papers.common import office_time, unit_parts

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.document import Document


@dataclass(frozen=True)
class CasePapers:
    """A complaint as its papers see it."""

    complaint: Complaint
    code: str  # TS-000012
    project: str
    unit: str  # "" when the case concerns no deal


#: One audit call per paper, each naming its entity as written (the audit page's labels are
#: checked against the literal entities of audit.record calls).
_AUDITS: dict[str, Callable[[Session, Actor, int, str], object]] = {
    "complaint_form": lambda s, a, i, t: audit.record(s, a, "print", "complaint_form", i, t),
    "complaint_satisfaction": lambda s, a, i, t: audit.record(
        s, a, "print", "complaint_satisfaction", i, t
    ),
    "complaint_feedback": lambda s, a, i, t: audit.record(
        s, a, "print", "complaint_feedback", i, t
    ),
}


def load_case(session: Session, actor: Actor, complaint_id: int) -> CasePapers:
    """The case for someone who may see it (VIEW_COMPLAINTS within complaint_scope)."""
    complaint = get_complaint(session, complaint_id)
    require_access(session, actor, complaint)
    project = session.get(Project, complaint.project_id)
    assert project is not None  # a foreign key
    unit = ""
    if complaint.deal_id is not None:
        deal = session.get(Deal, complaint.deal_id)
        assert deal is not None
        row, building, _project = unit_parts(session, deal.unit_id)
        unit = unit_label(building.name, row.stairwell, row.room)
    return CasePapers(complaint, complaint_code(complaint.number), project.name, unit)


def visits_of(session: Session, complaint_id: int) -> list[ComplaintVisit]:
    return list(
        session.scalars(
            select(ComplaintVisit)
            .where(ComplaintVisit.complaint_id == complaint_id)
            .order_by(ComplaintVisit.visited_at, ComplaintVisit.id)
        )
    )


def ratings_of(visit: ComplaintVisit) -> dict[str, int]:
    """A visit's ratings {item: 1–5}; what does not read as a rating is left out."""
    try:
        raw = json.loads(visit.ratings or "{}")
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): int(v) for k, v in raw.items() if isinstance(v, int) and 1 <= v <= 5}


def data_moment(session: Session, complaint: Complaint) -> datetime:
    """The latest moment the case's data holds (intake, its steps, history, notes, pauses, money,
    visits): the date a paper carries, so an unchanged case reprints the same."""
    cid = complaint.id
    moments: list[datetime | None] = [
        complaint.intake_at, complaint.responded_at, complaint.answered_at,
        complaint.proposed_at, complaint.legal_at, complaint.finance_at,
        complaint.executed_at, complaint.closed_at,
    ]  # fmt: skip
    queries = (
        select(func.max(ComplaintEvent.at)).where(ComplaintEvent.complaint_id == cid),
        select(func.max(ComplaintNote.at)).where(ComplaintNote.complaint_id == cid),
        select(func.max(ComplaintVisit.visited_at)).where(ComplaintVisit.complaint_id == cid),
        select(func.max(ComplaintPause.started_at)).where(ComplaintPause.complaint_id == cid),
        select(func.max(ComplaintPause.ended_at)).where(ComplaintPause.complaint_id == cid),
    )
    moments += [session.scalar(q) for q in queries]
    for column in (
        ComplaintPayment.requested_at, ComplaintPayment.cs_at, ComplaintPayment.vp_at,
        ComplaintPayment.rejected_at, ComplaintPayment.confirmed_at, ComplaintPayment.voided_at,
    ):  # fmt: skip
        moments.append(session.scalar(select(func.max(column)).where(
            ComplaintPayment.complaint_id == cid)))  # fmt: skip
    return max(aware_utc(m) for m in moments if m is not None)


def write_case_paper(
    session: Session,
    actor: Actor,
    papers: CasePapers,
    doc: Document,
    out: Path,
    *,
    entity: str,
    what: str,
) -> Path:
    """Write the paper dated by the case's data, audited ("print", `entity`) before the file
    takes its name."""
    complaint = papers.complaint
    printed_at = office_time(session, data_moment(session, complaint))
    summary = f"{what} {papers.code}（{complaint.who}）"
    audited: Callable[[], object] = lambda: _AUDITS[entity](  # noqa: E731
        session, actor, complaint.id, summary
    )
    return write_same(session, doc, out, printed_at=printed_at, audited=audited)


__all__ = ["CasePapers", "data_moment", "load_case", "ratings_of", "visits_of", "write_case_paper"]
