"""The blank visitor registration form (来访客户登记表): its notice quotes the retention period
from settings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from anjia_desk.core.roles import Action
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.papers.common import write_paper
from anjia_desk.services.settings import get_setting


def print_visitor_form(
    session: Session, actor: Actor, out: Path, *, now: datetime | None = None
) -> Path:
    """Write the blank visitor registration form (来访客户登记表) to `out`; audited."""
    actor.require(Action.PRINT_BLANK_FORMS)
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.visitor_form import VisitorForm

    form = VisitorForm(retention_months=int(get_setting(session, "privacy.retention_months")))
    return write_paper(
        session,
        form,
        out,
        now=now,
        audited=lambda: audit.record(
            session, actor, "print", "visitor_form", None, "空白来访登记表"
        ),
    )
