"""The satisfaction confirmation (满意度确认单, issue 18) from the models: the work done on the
case and its acceptance standard, for the customer to sign."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import NoteKind, Solution
from anjia_desk.db.models import ComplaintNote
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import local
from anjia_desk.services.papers.complaint_common import CasePapers, load_case, write_case_paper

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.satisfaction import SatisfactionPaper


def satisfaction_paper(session: Session, papers: CasePapers) -> SatisfactionPaper:
    from anjia_desk.pdf.satisfaction import SatisfactionPaper

    c = papers.complaint
    progress = session.scalars(
        select(ComplaintNote.text)
        .where(ComplaintNote.complaint_id == c.id, ComplaintNote.kind == NoteKind.PROGRESS)
        .order_by(ComplaintNote.at, ComplaintNote.id)
    ).all()
    work = [c.solution_text] if c.solution_text else []
    work += [str(text) for text in progress]
    executed = local(session, c.executed_at)
    return SatisfactionPaper(
        code=papers.code,
        project=papers.project,
        unit=papers.unit,
        customer=c.who,
        complaint=c.what,
        solution=Solution(c.solution).label if c.solution else "",
        work=work,
        executor=c.executor,
        executed_on=executed.date().isoformat() if executed is not None else "",
        acceptance=c.acceptance,
        signed_on=c.confirmation_signed_on.isoformat() if c.confirmation_signed_on else "",
    )


def print_satisfaction(
    session: Session, actor: Actor, complaint_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The case's 满意度确认单, dated by the case's data. Audited ("print",
    complaint_satisfaction)."""
    del now  # the paper carries no clock: only what the case holds
    papers = load_case(session, actor, complaint_id)
    paper = satisfaction_paper(session, papers)
    return write_case_paper(
        session, actor, papers, paper, out, entity="complaint_satisfaction", what="满意度确认单"
    )
