"""预验房 (issue 18, prevention): each building's expected 交付 date; some months before it
(the setting complaints.inspection_months) every live deal of the building is invited to view
its home; the issues found at the viewing are recorded with a promised fix date and followed
until fixed (the 工作台's 预验房整改到期, services.preinspection_todos).

Writes need PREINSPECTION (the building's date MANAGE_UNITS); reading the issues VIEW_DEALS, a
consultant only on the deals they sold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.inspection_forms import NOTE_MAX, IssueForm, validate_issue
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.conflicts import conflict_message
from anjia_desk.db.models import Building, Deal, InspectionIssue, Unit
from anjia_desk.db.types import aware_utc
from anjia_desk.services import lookups
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_queries import require_own_deal
from anjia_desk.services.settings import office_today


@dataclass(frozen=True)
class IssueLine:
    id: int
    found_on: date
    text: str
    place: str
    responsible: str
    promised_on: date
    fixed_on: date | None
    note: str

    @property
    def state(self) -> str:
        return "已整改" if self.fixed_on is not None else "待整改"


@dataclass(frozen=True)
class Inspection:
    """What the deal window's 预验房 panel shows."""

    deal_id: int
    delivery_on: date | None
    invited_at: datetime | None
    inspection_on: date | None
    issues: list[IssueLine]
    #: The person may record the invitation, the viewing and the issues.
    may_edit: bool
    #: The deal is live (not cancelled, not yet delivered): it can still be invited.
    live: bool


# --- the building's expected 交付


def set_delivery_date(
    session: Session,
    actor: Actor,
    building_id: int,
    day: date | None,
    *,
    version: int | None = None,
) -> None:
    """The building's expected 交付 date (None clears it); ConflictError when `version` is given
    and someone saved the building since."""
    actor.require(Action.MANAGE_UNITS)
    building = lookups.get(session, Building, building_id)
    if version is not None and building.version != version:
        raise ConflictError(conflict_message(session, building, version, "请刷新后再改"))
    if building.delivery_on == day:
        return
    building.delivery_on = day
    session.flush()


# --- the deal's invitation, viewing and issues


def _live(deal: Deal) -> bool:
    return deal.cancelled_at is None and deal.stage != Stage.CANCELLED


def _deal_for_work(session: Session, actor: Actor, deal_id: int) -> Deal:
    actor.require(Action.PREINSPECTION)
    deal = lookups.deal(session, deal_id)
    if not _live(deal):
        raise UserError("这笔交易已取消，不再安排预验房")
    return deal


def record_invitation(session: Session, actor: Actor, deal_id: int, *, now: datetime) -> None:
    """The buyer was invited to the 预验房 (once)."""
    deal = _deal_for_work(session, actor, deal_id)
    if deal.inspection_invited_at is not None:
        raise UserError("这笔交易已登记过预验房邀约")
    deal.inspection_invited_at = aware_utc(now)
    session.flush()


def record_viewing(
    session: Session, actor: Actor, deal_id: int, day: date, *, now: datetime
) -> None:
    """The day the buyer viewed the home (not in the future); counts as invited too."""
    deal = _deal_for_work(session, actor, deal_id)
    if day > office_today(session, now):
        raise ValidationError({"day": "预验房日期不能晚于今天"})
    deal.inspection_on = day
    if deal.inspection_invited_at is None:
        deal.inspection_invited_at = aware_utc(now)
    session.flush()


def add_issue(
    session: Session, actor: Actor, deal_id: int, form: IssueForm, *, now: datetime
) -> int:
    """An issue found at the viewing, with its promised fix date; returns its id."""
    deal = _deal_for_work(session, actor, deal_id)
    if deal.inspection_on is None:
        raise UserError("请先登记预验房日期，再记录发现的问题")
    clean, errors = validate_issue(form, deal.inspection_on)
    if clean is None:
        raise ValidationError(errors)
    assert clean.promised_on is not None
    issue = InspectionIssue(
        deal_id=deal.id,
        found_on=deal.inspection_on,
        text=clean.text,
        place=clean.place,
        responsible=clean.responsible,
        promised_on=clean.promised_on,
        added_by_id=actor.user_id,
    )
    session.add(issue)
    session.flush()
    return issue.id


def fix_issue(
    session: Session, actor: Actor, issue_id: int, *, fixed_on: date, note: str = "", now: datetime
) -> None:
    """整改完成: the day it was fixed (not before it was found, not in the future)."""
    issue = lookups.get(session, InspectionIssue, issue_id)
    _deal_for_work(session, actor, issue.deal_id)
    if issue.fixed_on is not None:
        raise UserError("这个问题已登记整改完成")
    errors: dict[str, str] = {}
    if fixed_on < issue.found_on:
        errors["fixed_on"] = "整改完成日期不能早于发现问题的日期"
    elif fixed_on > office_today(session, now):
        errors["fixed_on"] = "整改完成日期不能晚于今天"
    text = clean_note(note)
    if len(text) > NOTE_MAX:
        errors["note"] = f"说明不能超过{NOTE_MAX}个字"
    if errors:
        raise ValidationError(errors)
    issue.fixed_on = fixed_on
    issue.fixed_by_id = actor.user_id
    issue.note = text
    session.flush()


# --- reading


def _may_read(session: Session, actor: Actor, deal_id: int) -> Deal:
    actor.require(Action.VIEW_DEALS)
    deal = lookups.deal(session, deal_id)
    require_own_deal(actor, deal.consultant_id)
    return deal


def issues_of(session: Session, actor: Actor, deal_id: int) -> list[IssueLine]:
    """The deal's 预验房 issues, the open ones first, by promised date."""
    _may_read(session, actor, deal_id)
    rows = session.scalars(
        select(InspectionIssue)
        .where(InspectionIssue.deal_id == deal_id)
        .order_by(InspectionIssue.promised_on, InspectionIssue.id)
    )
    lines = [
        IssueLine(
            r.id, r.found_on, r.text, r.place, r.responsible, r.promised_on, r.fixed_on, r.note
        )
        for r in rows
    ]
    return sorted(lines, key=lambda line: line.fixed_on is not None)


def inspection_of(session: Session, actor: Actor, deal_id: int) -> Inspection:
    """The deal window's 预验房 panel. (Every write here is audited at flush, db/auditing.)"""
    deal = _may_read(session, actor, deal_id)
    delivery = session.scalar(
        select(Building.delivery_on)
        .join(Unit, Unit.building_id == Building.id)
        .where(Unit.id == deal.unit_id)
    )
    return Inspection(
        deal_id=deal.id,
        delivery_on=delivery,
        invited_at=deal.inspection_invited_at,
        inspection_on=deal.inspection_on,
        issues=issues_of(session, actor, deal_id),
        may_edit=actor.can(Action.PREINSPECTION),
        live=_live(deal),
    )
