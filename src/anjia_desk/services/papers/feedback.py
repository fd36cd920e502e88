"""The return visit's feedback form (回访表, issue 18) from the models: the rated items of
core.complaint_kinds.VISIT_ITEMS, filled with the latest visit's ratings when there is one and
blank otherwise, satisfaction = average ÷ 5 against the 80% rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import VISIT_ITEMS, Solution, VisitWay
from anjia_desk.core.complaints import SATISFIED
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.papers.change_common import when
from anjia_desk.services.papers.complaint_common import (
    CasePapers,
    load_case,
    ratings_of,
    visits_of,
    write_case_paper,
)

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.feedback_form import FeedbackPaper


def feedback_paper(session: Session, papers: CasePapers) -> FeedbackPaper:
    from anjia_desk.pdf.feedback_form import FeedbackPaper

    c = papers.complaint
    visits = visits_of(session, c.id)
    last = visits[-1] if visits else None
    blank = FeedbackPaper(
        code=papers.code,
        project=papers.project,
        unit=papers.unit,
        customer=c.who,
        complaint=c.what,
        solution=Solution(c.solution).label if c.solution else "",
        round=c.round,
        ratings=[(label, None) for _key, label in VISIT_ITEMS],
    )
    if last is None:
        return blank
    ratings = ratings_of(last)
    given = [ratings[key] for key, _label in VISIT_ITEMS if key in ratings]
    average = Decimal(sum(given)) / len(given) if given else None
    score = Decimal(last.score)
    who = staff_names(session, [last.user_id]).get(last.user_id or 0, "")
    verdict = (
        "满意（达到 80%）" if score >= SATISFIED else f"未达 80%，进入第 {last.round + 1} 轮处理"
    )
    return replace(
        blank,
        round=last.round,
        ratings=[(label, ratings.get(key)) for key, label in VISIT_ITEMS],
        visit=" · ".join(
            part for part in (VisitWay(last.way).label, who, when(session, last.visited_at)) if part
        ),
        average=(
            f"{average.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)} 分"
            if average is not None
            else ""
        ),
        score=f"{(score * 100).quantize(Decimal('1'), rounding=ROUND_HALF_UP)}%",
        verdict=verdict,
        comment=last.comment,
    )


def print_feedback(
    session: Session, actor: Actor, complaint_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The case's 回访表 (the latest visit's, or blank before one), dated by the case's data.
    Audited ("print", complaint_feedback)."""
    del now  # the paper carries no clock: only what the case holds
    papers = load_case(session, actor, complaint_id)
    paper = feedback_paper(session, papers)
    return write_case_paper(
        session, actor, papers, paper, out, entity="complaint_feedback", what="回访表"
    )
