"""The internal brief (内部简报) on paper, from services.change_brief: de-identified, the key
touchpoints in time order, the real reason and the handling score with each item ticked or not.
Audited ("print", change_brief)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import ChangeAction
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.change_brief import ChangeBrief, brief_of
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.change_common import load_order, require_paper, write_same
from anjia_desk.services.papers.common import office_time

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.change_brief import BriefPaper


def brief_paper(brief: ChangeBrief) -> BriefPaper:
    from anjia_desk.pdf.change_brief import BriefItem, BriefLine, BriefPaper

    return BriefPaper(
        code=brief.code,
        kind=brief.kind,
        status=brief.status,
        customer=brief.customer,
        unit=brief.unit,
        stage=brief.stage,
        reason_type=brief.reason_type,
        tags=brief.tags,
        fault=brief.fault,
        within_72h=brief.within_72h,
        outcome=brief.outcome,
        touchpoints=tuple(BriefLine(p.when, p.kind, p.text) for p in brief.touchpoints),
        real_reason=brief.real_reason,
        talk_note=brief.talk_note,
        checklist=tuple(BriefItem(item.text, ticked) for item, ticked in brief.checklist),
        score=brief.score,
        scored_by=brief.scored_by,
    )


def print_change_brief(
    session: Session, actor: Actor, order_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The 内部简报 of a change order."""
    moment = aware_utc(now)
    papers = load_order(session, actor, order_id)
    require_paper(session, actor, papers, ChangeAction.PRINT_BRIEF, now=moment)
    brief = brief_of(session, papers)
    return write_same(
        session,
        brief_paper(brief),
        out,
        printed_at=office_time(session, moment),
        audited=lambda: audit.record(
            session, actor, "print", "change_brief", papers.order.id,
            f"内部简报 {papers.code}（{brief.customer}）",
        ),
    )  # fmt: skip
