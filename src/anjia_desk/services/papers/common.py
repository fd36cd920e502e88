"""What every paper takes from the office: the letterhead from settings, the print time in the
office's zone, where a unit is, and the one way a paper is written to a file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.errors import NotFound
from anjia_desk.db.models import Building, Project, Unit
from anjia_desk.db.types import aware_utc
from anjia_desk.services.publishing import commit_first
from anjia_desk.services.settings import get_settings, office_zone

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.document import Document
    from anjia_desk.pdf.page import Letterhead


def letterhead_from_settings(session: Session) -> Letterhead:
    """The office's letterhead (settings 信头); blank fields stay blank."""
    # reportlab is imported on first use, not when the app starts
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


def local_time(session: Session, moment: datetime | None) -> datetime | None:
    """A stored moment as naive office-local time; None stays None."""
    return office_time(session, moment) if moment is not None else None


def stamp(moment: datetime | None) -> str:
    """2026-03-05 16:00, or "" for none."""
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else ""


def unit_parts(session: Session, unit_id: int) -> tuple[Unit, Building, Project]:
    """A unit with its building and project (a paper names all three)."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound("找不到该房源")
    building = session.get(Building, unit.building_id)
    assert building is not None  # a foreign key
    project = session.get(Project, building.project_id)
    assert project is not None
    return unit, building, project


def write_paper(
    session: Session,
    doc: Document,
    out: Path,
    *,
    now: datetime | None,
    audited: Callable[[], object],
    letterhead: Letterhead | None = None,
) -> Path:
    """Write `doc` to `out` atomically under the office's letterhead, printed at `now`.

    `audited()` records the paper's audit entry once the PDF is written beside `out`; the entry
    is committed (with the session's work so far) before the file takes its name, so a database
    that refuses it leaves no paper (services.publishing).
    """
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.document import render
    from anjia_desk.pdf.page import write_atomic

    data = render(
        doc,
        letterhead=letterhead if letterhead is not None else letterhead_from_settings(session),
        printed_at=office_time(session, now),
    )

    def publish() -> None:
        audited()
        commit_first(session)

    return write_atomic(out, data, before_replace=publish)
