"""Complaint rows built directly with the models, and users by role, for the tests of the
solution, the visits, the closing and the case library (the intake service is tested on its
own)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.complaint_kinds import ComplaintStatus, EventKind, Solution, VisitWay
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Complaint, ComplaintEvent, ComplaintVisit, Project
from anjia_desk.services import users
from anjia_desk.services.context import Actor

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # Monday 11:00 in the office (Asia/Shanghai)


def person(session: Session, username: str, *roles: Role) -> Actor:
    """A user with `roles`, as the acting person."""
    system = Actor.system()
    row = users.add_user(
        session, system, username=username, display_name=username, roles=list(roles), password=None
    )
    return Actor(row.id, username, username, frozenset(roles))


def project(session: Session) -> Project:
    row = Project(name="安家·投诉苑", permit_no="测预售字(2026)第009号")
    session.add(row)
    session.flush()
    return row


def complaint(
    session: Session,
    project_id: int,
    number: int = 1,
    *,
    status: ComplaintStatus = ComplaintStatus.OPEN,
    level: Level = Level.GENERAL,
    nature: Nature = Nature.QUALITY,
    intake_at: datetime = NOW,
    channel: Channel = Channel.ON_SITE,
    point: str = "",
    what: str = "主卧飘窗渗水",
    customer_id: int | None = None,
    deal_id: int | None = None,
    solution: Solution | None = None,
    answered_at: datetime | None = None,
    **more: object,
) -> Complaint:
    """A case as the intake would leave it (and moved on by hand with `status`/`more`)."""
    row = Complaint(
        project_id=project_id,
        number=number,
        status=status,
        channel=channel,
        intake_at=intake_at,
        who="王先生",
        what=what,
        nature=nature,
        level=level,
        point=point,
        customer_id=customer_id,
        deal_id=deal_id,
        solution=solution,
        answered_at=answered_at,
        **more,
    )
    session.add(row)
    session.flush()
    return row


def in_review(session: Session, project_id: int, number: int = 1, **kw: object) -> Complaint:
    return complaint(
        session,
        project_id,
        number,
        status=ComplaintStatus.REVIEW,
        solution=Solution.REPAIR,
        solution_text="更换飘窗密封胶并修复墙面",
        proposed_at=NOW,
        **kw,  # type: ignore[arg-type]
    )


def waiting_visit(session: Session, project_id: int, number: int = 1) -> Complaint:
    """Reviewed, planned and executed: waiting for its return visit."""
    return complaint(
        session,
        project_id,
        number,
        status=ComplaintStatus.VISIT,
        solution=Solution.REPAIR,
        solution_text="更换密封胶",
        legal_at=NOW,
        finance_at=NOW,
        executor="李工",
        execute_due_on=NOW.date(),
        acceptance="淋水试验无渗漏",
        executed_at=NOW,
    )


def visit_row(session: Session, c: Complaint, score: str, *, at: datetime = NOW) -> None:
    """A return visit written directly (score as a share)."""
    session.add(
        ComplaintVisit(
            complaint_id=c.id,
            round=c.round,
            visited_at=at,
            way=VisitWay.PHONE,
            ratings="{}",
            score=Decimal(score),
            comment="",
        )
    )
    session.flush()


def events(session: Session, complaint_id: int) -> list[EventKind]:
    return [
        EventKind(e.kind)
        for e in session.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.at, ComplaintEvent.id)
        )
    ]


def ratings(*values: int) -> dict[str, int]:
    """Ratings for speed, attitude, result, overall."""
    return dict(zip(("speed", "attitude", "result", "overall"), values, strict=True))
