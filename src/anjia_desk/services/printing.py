"""Printing to PDF: the letterhead from settings, the print time in the office's zone, the audit."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.roles import Action
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_setting, get_settings, office_zone

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.page import Letterhead


def letterhead_from_settings(session: Session) -> Letterhead:
    """The office's letterhead (settings 信头); blank fields stay blank."""
    from anjia_desk.pdf.page import Letterhead

    values = get_settings(session)
    return Letterhead(
        company=str(values.get("letterhead.company", "")).strip(),
        project=str(values.get("letterhead.project", "")).strip(),
        address=str(values.get("letterhead.address", "")).strip(),
        phone=str(values.get("letterhead.phone", "")).strip(),
    )


def office_time(session: Session, now: datetime | None = None) -> datetime:
    """`now` (aware; the clock if None) as a naive time in the office's zone, for paper."""
    return aware_utc(now).astimezone(office_zone(session)).replace(tzinfo=None)


def print_visitor_form(
    session: Session, actor: Actor, out: Path, *, now: datetime | None = None
) -> Path:
    """Write the blank visitor registration form (来访客户登记表) to `out`; audited."""
    actor.require(Action.PRINT_BLANK_FORMS)
    from anjia_desk.pdf.visitor_form import build_visitor_form

    path = build_visitor_form(
        out,
        letterhead=letterhead_from_settings(session),
        printed_at=office_time(session, now),
        retention_months=int(get_setting(session, "privacy.retention_months")),
    )
    audit.record(session, actor, "print", "visitor_form", None, "空白来访登记表")
    return path
