"""The opening-day choice confirmation (选房确认单) from a 开盘选房 hold: the queue number, the
customer (phone masked), the 认筹金 actually received on the number (never its nominal amount:
nothing once refunded, 未收 when none came in), the unit and its prices, when it was chosen and
until when it is held."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.deals import HoldKind
from anjia_desk.core.errors import NotFound
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Customer, QueueTicket, UnitHold
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.papers.common import (
    local_time,
    office_time,
    stamp,
    unit_parts,
    write_paper,
)
from anjia_desk.services.tickets import received_total

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.choice import ChoicePaper


def choice_paper(session: Session, hold: UnitHold) -> ChoicePaper:
    """The confirmation's values as printed (times office-local)."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.choice import ChoicePaper

    unit, building, project = unit_parts(session, hold.unit_id)
    customer = session.get(Customer, hold.customer_id) if hold.customer_id else None
    ticket = session.get(QueueTicket, hold.ticket_id) if hold.ticket_id else None
    names = staff_names(session, [hold.user_id])
    released = ""
    if hold.released_at is not None:
        released = f"已释放（{stamp(local_time(session, hold.released_at))}"
        released += f"，{hold.release_reason}）" if hold.release_reason else "）"
    return ChoicePaper(
        queue_number=ticket.number if ticket is not None else None,
        customer_name=(customer.name or "") if customer is not None else "",
        customer_phone=mask_phone(customer.phone) if customer is not None else "",
        queue_amount=received_total(session, ticket) if ticket is not None else None,
        project=project.name,
        building=building.name,
        stairwell=unit.stairwell,
        room=unit.room,
        floor=unit.floor,
        layout=unit.layout,
        area=unit.area,
        inner_area=unit.inner_area,
        list_price=unit.list_price,
        filed_price=unit.filed_price,
        chosen_at=office_time(session, hold.created_at),
        expires_at=local_time(session, hold.expires_at),
        handled_by=names.get(hold.user_id, "") if hold.user_id else "",
        released=released,
    )


def print_choice(
    session: Session, actor: Actor, hold_id: int, out: Path, *, now: datetime | None = None
) -> Path:
    """The opening-day choice confirmation (选房确认单) of a 开盘选房 hold: queue number,
    customer (phone masked), unit and prices, time of choice and expiry, signature lines.
    Audited ("print", choice)."""
    actor.require_any(Action.CHOOSE_UNITS, Action.VIEW_DEALS)
    hold = session.get(UnitHold, hold_id)
    if hold is None or hold.kind != HoldKind.CHOICE.value:
        raise NotFound(f"找不到选房记录（编号 {hold_id}）")
    paper = choice_paper(session, hold)
    return write_paper(
        session,
        paper,
        out,
        now=now,
        audited=lambda: audit.record(
            session,
            actor,
            "print",
            "choice",
            hold.id,
            f"选房确认单 {paper.unit_label} {paper.customer_name}",
        ),
    )
