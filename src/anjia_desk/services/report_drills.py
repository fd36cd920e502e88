"""The lists behind the sales and refund reports' rows (issue 19): the visits' customers and the
deals an event counted, each one query (names of staff in one more), at most DRILL_LIMIT rows
with the count left out. Phones are always masked; a customer who asked for erasure (已申请删除:
the deal is kept for the accounts) is counted but not named."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ReasonType
from anjia_desk.core.customers import VisitKind
from anjia_desk.core.deals import Stage
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.report_periods import ReportRange
from anjia_desk.core.report_values import (
    DRILL_LIMIT,
    Cell,
    Column,
    ColumnKind,
    DrillList,
    DrillTarget,
)
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, ChangeOrder, Customer, Deal, Unit, Visit
from anjia_desk.db.types import from_fen, in_fen
from anjia_desk.services.report_base import Scope, within
from anjia_desk.services.report_events import (
    REFUND_KINDS,
    UNSUBSCRIBE_KINDS,
    channel_label,
    names_of,
)

HIDDEN_NAME = "（已申请删除）"
NO_REASON = "未填写"

TEXT = ColumnKind.TEXT


def capped(session: Session, statement: Select[*tuple[Any, ...]]) -> tuple[list[Any], int]:
    """The first DRILL_LIMIT rows of `statement` and how many more there are."""
    rows = list(session.execute(statement.limit(DRILL_LIMIT + 1)))
    if len(rows) <= DRILL_LIMIT:
        return rows, 0
    count = select(func.count()).select_from(statement.order_by(None).subquery())
    return rows[:DRILL_LIMIT], int(session.scalar(count) or 0) - DRILL_LIMIT


def local_time(moment: datetime | None, zone: ZoneInfo) -> str:
    return "" if moment is None else f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def person(name: str, phone: str | None, erasure_requested: datetime | None) -> tuple[str, str]:
    """The name and masked phone a list shows (neither for 已申请删除)."""
    if erasure_requested is not None:
        return HIDDEN_NAME, ""
    return name, mask_phone(phone)


# --- visits → customers

VISIT_COLUMNS = (
    Column("customer", "客户", TEXT),
    Column("phone", "手机", TEXT),
    Column("kind", "首访/复访", TEXT),
    Column("channel", "来访渠道", TEXT),
    Column("consultant", "接待顾问", TEXT),
    Column("visited_at", "来访时间", TEXT),
)


def visit_list(
    session: Session, rng: ReportRange, where: Sequence[ColumnElement[bool]], title: str
) -> DrillList:
    """The visits matching `where` (visits_where and more), oldest first, as their customers."""
    statement = (
        select(
            Visit.customer_id,
            Customer.name,
            Customer.phone,
            Customer.erasure_requested_at,
            Visit.kind,
            Visit.channel,
            Visit.consultant_id,
            Visit.visited_at,
        )
        .join(Customer, Customer.id == Visit.customer_id)
        .where(*where)
        .order_by(Visit.visited_at, Visit.id)
    )
    rows, more = capped(session, statement)
    names = names_of(session, (row.consultant_id for row in rows))
    cells: list[tuple[Cell, ...]] = []
    for row in rows:
        name, phone = person(row.name, row.phone, row.erasure_requested_at)
        kind = VisitKind(row.kind).label
        cells.append(
            (
                name,
                phone,
                kind,
                channel_label(row.channel),
                names[row.consultant_id],
                local_time(row.visited_at, rng.zone),
            )
        )
    return DrillList(
        title=title,
        target=DrillTarget.CUSTOMER,
        columns=VISIT_COLUMNS,
        rows=tuple(cells),
        ids=tuple(row.customer_id for row in rows),
        more=more,
    )


# --- events → deals


class DealEvent(StrEnum):
    SUBSCRIBED = "subscribed"  # 认购 in the range
    SIGNED = "signed"  # 签约 in the range
    REFUNDED = "refunded"  # 退房 executed in the range (one row per order)
    UNSUBSCRIBED = "unsubscribed"  # 退定 executed in the range (one row per order)
    ANY = "any"  # any of 认购, 签约, 退房 in the range (one row per deal)


DEAL_COLUMNS = (
    Column("unit", "房源", TEXT),
    Column("buyer", "买受人", TEXT),
    Column("phone", "手机", TEXT),
    Column("consultant", "顾问", TEXT),
    Column("channel", "客户渠道", TEXT),
    Column("price", "成交价", ColumnKind.MONEY),
    Column("subscribed_at", "认购时间", TEXT),
    Column("signed_at", "签约时间", TEXT),
)
STAGE_COLUMN = Column("stage", "当前阶段", TEXT)
EVENTS_COLUMN = Column("events", "本期事件", TEXT)
ORDER_COLUMNS = (
    Column("executed_at", "执行时间", TEXT),
    Column("reason", "原因类型", TEXT),
    Column("within_72h", "签约后72小时内", TEXT),
)


def _refunded_deals(rng: ReportRange) -> Any:
    """Deal ids with a 退房 executed in the range, and its time (a subquery)."""
    return (
        select(ChangeOrder.deal_id, func.max(ChangeOrder.executed_at).label("refunded_at"))
        .where(
            ChangeOrder.kind.in_(REFUND_KINDS),
            ChangeOrder.stage_at_request != Stage.SUBSCRIBED,
            ChangeOrder.executed_at.is_not(None),
            within(ChangeOrder.executed_at, rng),
        )
        .group_by(ChangeOrder.deal_id)
        .subquery()
    )


def deal_list(
    session: Session,
    scope: Scope,
    rng: ReportRange,
    event: DealEvent,
    title: str,
    where: Sequence[ColumnElement[bool]] = (),
) -> DrillList:
    """The deals `event` counted in the range (in scope, matching `where` on Deal, Customer or
    ChangeOrder), in the order the event happened."""
    deal_columns: list[Any] = [
        Deal.id,
        Building.name.label("building"),
        Unit.stairwell,
        Unit.room,
        Deal.buyer_name,
        Customer.phone,
        Customer.erasure_requested_at,
        Deal.consultant_id,
        Customer.channel,
        in_fen(Deal.price).label("fen"),
        Deal.subscribed_at,
        Deal.signed_at,
        Deal.stage,
    ]
    orders = event in (DealEvent.REFUNDED, DealEvent.UNSUBSCRIBED)
    refunded = _refunded_deals(rng) if event is DealEvent.ANY else None
    if orders:
        kinds = REFUND_KINDS if event is DealEvent.REFUNDED else UNSUBSCRIBE_KINDS
        stage = ChangeOrder.stage_at_request
        statement = (
            select(
                *deal_columns,
                ChangeOrder.executed_at,
                ChangeOrder.reason_type,
                ChangeOrder.within_72h,
            )
            .select_from(ChangeOrder)
            .join(Deal, Deal.id == ChangeOrder.deal_id)
            .where(
                ChangeOrder.kind.in_(kinds),
                stage != Stage.SUBSCRIBED
                if event is DealEvent.REFUNDED
                else stage == Stage.SUBSCRIBED,
                ChangeOrder.executed_at.is_not(None),
                within(ChangeOrder.executed_at, rng),
            )
            .order_by(ChangeOrder.executed_at, ChangeOrder.id)
        )
    elif refunded is not None:
        statement = (
            select(*deal_columns, refunded.c.refunded_at)
            .select_from(Deal)
            .outerjoin(refunded, refunded.c.deal_id == Deal.id)
            .where(
                or_(
                    within(Deal.subscribed_at, rng),
                    and_(Deal.signed_at.is_not(None), within(Deal.signed_at, rng)),
                    refunded.c.deal_id.is_not(None),
                )
            )
            .order_by(Deal.subscribed_at, Deal.id)
        )
    else:
        moment: Any = Deal.subscribed_at if event is DealEvent.SUBSCRIBED else Deal.signed_at
        statement = (
            select(*deal_columns)
            .select_from(Deal)
            .where(moment.is_not(None), within(moment, rng))
            .order_by(moment, Deal.id)
        )
    statement = (
        statement.join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(scope.only(Deal.consultant_id), *where)
    )
    rows, more = capped(session, statement)
    names = names_of(session, (row.consultant_id for row in rows))
    cells = [_deal_cells(row, names, rng, event) for row in rows]
    columns: tuple[Column, ...]
    if orders:
        columns = (*DEAL_COLUMNS, *ORDER_COLUMNS)
    elif event is DealEvent.ANY:
        columns = (*DEAL_COLUMNS, STAGE_COLUMN, EVENTS_COLUMN)
    else:
        columns = (*DEAL_COLUMNS, STAGE_COLUMN)
    return DrillList(
        title=title,
        target=DrillTarget.DEAL,
        columns=columns,
        rows=tuple(cells),
        ids=tuple(row.id for row in rows),
        more=more,
    )


def _in_range(moment: datetime | None, rng: ReportRange) -> bool:
    return moment is not None and rng.start <= moment < rng.end


def _deal_cells(
    row: Any, names: dict[int | None, str], rng: ReportRange, event: DealEvent
) -> tuple[Cell, ...]:
    buyer, phone = person(row.buyer_name, row.phone, row.erasure_requested_at)
    price: Decimal = from_fen(int(row.fen))
    cells: list[Cell] = [
        unit_label(row.building, row.stairwell, row.room),
        buyer,
        phone,
        names[row.consultant_id],
        channel_label(row.channel),
        price,
        local_time(row.subscribed_at, rng.zone),
        local_time(row.signed_at, rng.zone),
    ]
    if event in (DealEvent.REFUNDED, DealEvent.UNSUBSCRIBED):
        reason = NO_REASON if row.reason_type is None else ReasonType(row.reason_type).label
        cells += [local_time(row.executed_at, rng.zone), reason, "是" if row.within_72h else "否"]
        return tuple(cells)
    cells.append(Stage(row.stage).label)
    if event is DealEvent.ANY:
        happened = [
            label
            for label, moment in (
                ("认购", row.subscribed_at),
                ("签约", row.signed_at),
                ("退房", row.refunded_at),
            )
            if _in_range(moment, rng)
        ]
        cells.append("、".join(happened))
    return tuple(cells)
