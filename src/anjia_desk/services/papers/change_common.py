"""What the change-order papers share (issue 17): the order with its deal for someone who may see
it, its code, its unit, the money table as printed (services.change_money's, frozen once the
order executed), the staff's names, and the one way these papers are written — the same bytes
for the same paper and print time (`pdf.document.render_many`), so a reprint is identical."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import ChangeAction, change_actions
from anjia_desk.core.changes import (
    ChangeKind,
    change_code,
)
from anjia_desk.core.errors import NotFound, PermissionDenied, UserError
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import ChangeOrder, Deal
from anjia_desk.db.types import aware_utc
from anjia_desk.services.change_execute import order_facts
from anjia_desk.services.change_money import amount_due, money_table
from anjia_desk.services.change_orders import require_order_access, who_of
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.papers.common import letterhead_from_settings, unit_parts
from anjia_desk.services.publishing import commit_first
from anjia_desk.services.settings import office_zone

if TYPE_CHECKING:  # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.document import Document
    from anjia_desk.pdf.page import Letterhead
    from anjia_desk.pdf.refund_lines import MoneySummary


PAPER_LABELS: dict[ChangeAction, str] = {
    ChangeAction.PRINT_FORM: "打印变更申请单",
    ChangeAction.PRINT_CONFIRMATION: "打印退款确认书",
    ChangeAction.PRINT_VOUCHER: "打印退款凭证",
    ChangeAction.PRINT_BRIEF: "打印内部简报",
    ChangeAction.PRINT_THANKS: "打印感谢卡",
    ChangeAction.PRINT_NOTICE: "打印解除合同通知书",
}


@dataclass(frozen=True)
class OrderPapers:
    """An order as its papers see it."""

    order: ChangeOrder
    deal: Deal
    kind: ChangeKind
    code: str  # BG-000123
    project: str
    unit: str  # 3栋1单元0101


def load_order(
    session: Session, actor: Actor, order_id: int, *, also: Iterable[Action] = ()
) -> OrderPapers:
    """The order for someone who may see change orders (a consultant: on their own deals only;
    `also`: further actions the paper needs)."""
    actor.require(Action.VIEW_CHANGES)
    for action in also:
        actor.require(action)
    order = session.get(ChangeOrder, order_id)
    if order is None:
        raise NotFound(f"找不到变更单（编号 {order_id}）")
    deal = session.get(Deal, order.deal_id)
    assert deal is not None  # a foreign key
    require_order_access(actor, order, deal)
    unit, building, project = unit_parts(session, order.old_unit_id or deal.unit_id)
    return OrderPapers(
        order=order,
        deal=deal,
        kind=ChangeKind(order.kind),
        code=change_code(order.number),
        project=project.name,
        unit=unit_label(building.name, unit.stairwell, unit.room),
    )


def require_paper(
    session: Session, actor: Actor, papers: OrderPapers, action: ChangeAction, *, now: datetime
) -> None:
    """The paper `action` (ChangeAction.PRINT_…) as the order's detail offers it: refused with
    PermissionDenied when the actor's roles do not include it, UserError (why not) when the
    order is not there yet."""
    today = aware_utc(now).astimezone(office_zone(session)).date()
    table = money_table(session, papers.order, papers.deal, today=today)
    facts = order_facts(session, papers.order, papers.deal, table)
    permit = change_actions(facts, who_of(actor, papers.deal))[action]
    if not permit.shown:
        what = PAPER_LABELS.get(action, "打印")
        raise PermissionDenied(f"没有权限：{what}（当前用户：{actor.display_name}）")
    if permit.why_not:
        raise UserError(permit.why_not)


def local(session: Session, moment: datetime | None) -> datetime | None:
    """A stored moment as naive office-local time."""
    if moment is None:
        return None
    return aware_utc(moment).astimezone(office_zone(session)).replace(tzinfo=None)


def when(session: Session, moment: datetime | None) -> str:
    """2026-03-08 14:20 in the office's zone; "" for none."""
    at = local(session, moment)
    return f"{at:%Y-%m-%d %H:%M}" if at is not None else ""


def names(session: Session, *ids: int | None) -> dict[int, str]:
    return staff_names(session, ids)


def order_tags(order: ChangeOrder) -> str:
    """The free reason tags, joined with 、."""
    try:
        tags = json.loads(order.tags or "[]")
    except ValueError:
        return ""
    return "、".join(str(tag) for tag in tags if str(tag).strip())


def money_summary(session: Session, papers: OrderPapers, *, now: datetime) -> MoneySummary:
    """The money table as printed: frozen on the order once executed, else as of the office's
    day of `now`; with the amount due (an adjusted figure and its reason when set)."""
    # reportlab-free: pdf.refund_lines holds plain values only
    from anjia_desk.pdf.refund_lines import summary_of

    today = aware_utc(now).astimezone(office_zone(session)).date()
    table = money_table(session, papers.order, papers.deal, today=today)
    due = amount_due(papers.order, table)
    return summary_of(table, due=due, override_reason=papers.order.override_reason)


def write_same(
    session: Session,
    doc: Document,
    out: Path,
    *,
    printed_at: datetime,
    audited: Callable[[], object],
    letterhead: Letterhead | None = None,
) -> Path:
    """Write `doc` to `out` atomically, printed at `printed_at` (naive office-local time): the
    same paper and time always give the same bytes. `audited()` records the audit entry,
    committed before the file takes its name (services.publishing)."""
    # reportlab is imported on first use, not when the app starts
    from anjia_desk.pdf.document import render_many
    from anjia_desk.pdf.page import write_atomic

    data = render_many(
        [(doc, printed_at)],
        letterhead=letterhead if letterhead is not None else letterhead_from_settings(session),
    )

    def publish() -> None:
        audited()
        commit_first(session)

    return write_atomic(out, data, before_replace=publish)


__all__ = [
    "OrderPapers",
    "load_order",
    "local",
    "money_summary",
    "names",
    "order_tags",
    "require_paper",
    "when",
    "write_same",
]
