"""工作台 sources of the 预验房 (issue 18): the invitations due — a live deal whose building is
to be delivered within complaints.inspection_months months and not yet invited (预验房待邀约) —
and the issues found at a viewing whose promised fix date has come without a fix (预验房整改到期).
For those who hold PREINSPECTION; ref_id is the deal's id (the item opens the deal). Deals of
anonymised customers never appear. One query per source.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from anjia_desk.core.calendar import cn_date
from anjia_desk.core.deals import Stage
from anjia_desk.core.dunning import add_months
from anjia_desk.core.roles import Action
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Customer, Deal, InspectionIssue, Unit
from anjia_desk.services.settings import get_setting
from anjia_desk.services.workbench_base import (
    BASE_COLUMNS,
    FunctionSource,
    TodoContext,
    TodoKind,
    TodoSink,
    TodoSource,
)

#: Deals still to be delivered: 已交付 / 已办证 no longer need an invitation.
INVITED_STAGES = (Stage.SUBSCRIBED.value, Stage.SIGNED.value)


def _deals(*columns: Any) -> Select[*tuple[Any, ...]]:
    return (
        select(
            *BASE_COLUMNS,
            Deal.id.label("deal_id"),
            Deal.buyer_name,
            Building.name.label("building"),
            Building.delivery_on,
            Unit.stairwell,
            Unit.room,
            *columns,
        )
        .select_from(Deal)
        .join(Customer, Customer.id == Deal.customer_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .where(
            Customer.anonymised_at.is_(None),
            Deal.cancelled_at.is_(None),
            Deal.stage != Stage.CANCELLED.value,
        )
    )


def _when(day: date, today: date) -> str:
    days = (day - today).days
    return f"已逾期 {-days} 天" if days < 0 else (f"还有 {days} 天" if days else "今天到期")


def invitations_due(context: TodoContext, sink: TodoSink) -> int:
    """Live deals of buildings delivered within the setting's months, not yet invited; the
    nearest delivery first."""
    if not context.actor.can(Action.PREINSPECTION):
        return 0
    session, today = context.session, context.today
    months = int(get_setting(session, "complaints.inspection_months"))
    query = _deals().where(
        Building.delivery_on.is_not(None),
        Building.delivery_on <= add_months(today, months),
        Deal.inspection_invited_at.is_(None),
        Deal.stage.in_(INVITED_STAGES),
    )
    ordered = query.order_by(Building.delivery_on, Building.name, Unit.stairwell, Unit.room)
    for row in session.execute(ordered.limit(context.limit)):
        unit = unit_label(row.building, row.stairwell, row.room)
        delivery: date = row.delivery_on
        days = (delivery - today).days
        when = f"还有 {days} 天" if days > 0 else ("今天" if days == 0 else f"已过 {-days} 天")
        detail = (
            f"{unit} {row.buyer_name}：预计{cn_date(delivery, today)}交付（{when}），"
            "请邀约业主预验房"
        )
        sink.add(TodoKind.INSPECTION_INVITE, row, detail, delivery, row.deal_id)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    return int(total or 0)


def issues_due(context: TodoContext, sink: TodoSink) -> int:
    """Issues found at a viewing, not fixed, whose promised date has come; the oldest promise
    first."""
    if not context.actor.can(Action.PREINSPECTION):
        return 0
    session, today = context.session, context.today
    query = (
        _deals(
            InspectionIssue.text,
            InspectionIssue.place,
            InspectionIssue.responsible,
            InspectionIssue.promised_on,
        )
        .join(InspectionIssue, InspectionIssue.deal_id == Deal.id)
        .where(InspectionIssue.fixed_on.is_(None), InspectionIssue.promised_on <= today)
    )
    ordered = query.order_by(InspectionIssue.promised_on, InspectionIssue.id)
    for row in session.execute(ordered.limit(context.limit)):
        unit = unit_label(row.building, row.stairwell, row.room)
        where = f"（{row.place}）" if row.place else ""
        who = f"，责任人 {row.responsible}" if row.responsible else ""
        promised: date = row.promised_on
        detail = (
            f"{unit} {row.buyer_name}：{row.text}{where}{who}；"
            f"承诺{cn_date(promised, today)}整改完成（{_when(promised, today)}）"
        )
        sink.add(TodoKind.INSPECTION_ISSUE, row, detail, promised, row.deal_id)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    return int(total or 0)


SOURCES: tuple[TodoSource, ...] = (
    FunctionSource(TodoKind.INSPECTION_INVITE, invitations_due),
    FunctionSource(TodoKind.INSPECTION_ISSUE, issues_due),
)
