"""The 退房 sheet of the Excel export (issue 17, EXCEL_FORMAT "Writing rules"): every change order
one row, its kind a column — the request (when it arrived, the deal's stage, within 72 hours of
签约), the reason type and tags, who is at fault and on what ground, the talk, the dates of each
step, the money by nature (what was received of each nature; what is returned, kept, the
interest and the penalty), the amount due (an adjusted figure with its reason), what has been
paid back, and the outcome. `anjia-desk export refunds` writes it alone; `export all` with the
other sheets. Filtered by the day the written request arrived.

The money is services.change_money's: the table frozen on the order once it executed, the live
one before. A 换房 or 更名 moves no money back, and an order retained, rejected or withdrawn
ended with the deal unchanged: their money columns stay blank.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select

from anjia_desk.core.changes import (
    ChangeKind,
    ChangeStatus,
    Fault,
    Ground,
    ReasonType,
    TalkOutcome,
    change_code,
)
from anjia_desk.core.deals import NATURE_LABELS, Nature, Stage
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.refund_money import LineKind, RefundTable
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    ChangeOrder,
    Customer,
    Deal,
    Project,
    Unit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.excel.writer import SheetData
from anjia_desk.services.change_money import amount_due, money_table, refunded_by_order
from anjia_desk.services.export_scope import KINDS, SheetScope, staff_names, writer_columns

#: The natures received, one column each, in the order of core.deals.Nature.
NATURE_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (f"已收{NATURE_LABELS[nature]}", "money") for nature in Nature
)

REFUND_COLUMNS: tuple[tuple[str, str], ...] = (
    ("单号", "text"),
    ("类型", "text"),
    ("状态", "text"),
    ("项目", "text"),
    ("房源", "text"),
    ("买受人", "text"),
    ("客户手机", "phone"),
    ("置业顾问", "text"),
    ("收到申请时间", "datetime"),
    ("申请时阶段", "text"),
    ("签约后72小时内", "text"),
    ("原因类型", "text"),
    ("原因标签", "text"),
    ("过错方", "text"),
    ("解除依据", "text"),
    ("洽谈主导人", "text"),
    ("洽谈结果", "text"),
    ("审核日期", "date"),
    ("营销审批日期", "date"),
    ("财务审批日期", "date"),
    ("执行日期", "date"),
    ("办结日期", "date"),
    *NATURE_COLUMNS,
    ("已收合计", "money"),
    ("退还", "money"),  # what goes back before interest and penalty (a double 定金 included)
    ("不予退还", "money"),  # the 定金 kept and the penalty deducted
    ("利息", "money"),
    ("违约金", "money"),
    ("计算应退", "money"),  # 退还 + 利息 − 违约金
    ("应退金额", "money"),  # the adjusted figure when there is one
    ("调整原因", "text"),
    ("已退金额", "money"),
    ("结果", "text"),
)

#: Orders that ended with the deal unchanged: no money moved.
_UNCHANGED = frozenset({ChangeStatus.RETAINED, ChangeStatus.REJECTED, ChangeStatus.WITHDRAWN})


def _statement(scope: SheetScope) -> Select[*tuple[Any, ...]]:
    where = [*scope.window(ChangeOrder.requested_at), *scope.kept_out(ChangeOrder.customer_id)]
    return (
        select(
            ChangeOrder.id,
            Project.name,
            Building.name,
            Unit.stairwell,
            Unit.room,
            Deal.buyer_name,
            Customer.phone,
            Deal.consultant_id,
        )
        .select_from(ChangeOrder)
        .join(Deal, Deal.id == ChangeOrder.deal_id)
        .join(Project, Project.id == ChangeOrder.project_id)
        .join(Unit, Unit.id == func.coalesce(ChangeOrder.old_unit_id, Deal.unit_id))
        .join(Building, Building.id == Unit.building_id)
        .join(Customer, Customer.id == ChangeOrder.customer_id)
        .where(*where)
        .order_by(ChangeOrder.requested_at, ChangeOrder.id)
    )


def refunds_sheet(scope: SheetScope) -> SheetData:
    """退房: every change order whose written request arrived in the range, oldest first."""
    statement = _statement(scope)
    total = scope.session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    return SheetData(
        name=KINDS["refunds"],
        columns=writer_columns(REFUND_COLUMNS),
        rows=_rows(scope, statement),
        total=int(total),
    )


def _rows(scope: SheetScope, statement: Select[*tuple[Any, ...]]) -> Iterator[tuple[object, ...]]:
    session = scope.session
    staff = staff_names(session)
    for chunk in scope.chunks(statement):
        ids = [row[0] for row in chunk]
        orders = {
            order.id: order
            for order in session.scalars(select(ChangeOrder).where(ChangeOrder.id.in_(ids)))
        }
        deals = {
            deal.id: deal
            for deal in session.scalars(
                select(Deal).where(Deal.id.in_({order.deal_id for order in orders.values()}))
            )
        }
        refunded = refunded_by_order(session, ids)
        for order_id, project, building, stairwell, room, buyer, phone, consultant_id in chunk:
            order = orders[order_id]
            shown = (mask_phone(phone) if scope.mask else phone) if phone else None
            yield (
                change_code(order.number),
                ChangeKind(order.kind).label,
                ChangeStatus(order.status).label,
                project,
                unit_label(building, stairwell, room),
                buyer or None,
                shown,
                staff.get(consultant_id) if consultant_id is not None else None,
                _local(scope, order.requested_at),
                Stage(order.stage_at_request).label,
                "是" if order.within_72h else "否",
                ReasonType(order.reason_type).label if order.reason_type else None,
                "、".join(_tags(order.tags)) or None,
                Fault(order.fault).label,
                Ground(order.ground).label if order.ground else None,
                staff.get(order.leader_id) if order.leader_id is not None else None,
                TalkOutcome(order.talk_outcome).label if order.talk_outcome else None,
                *(
                    _day(scope, moment)
                    for moment in (
                        order.reviewed_at,
                        order.marketing_at,
                        order.finance_at,
                        order.executed_at,
                        order.closed_at,
                    )
                ),
                *_money_cells(scope, order, deals[order.deal_id], refunded.get(order_id)),
                _outcome(order),
            )


def _local(scope: SheetScope, moment: datetime | None) -> datetime | None:
    """A stored moment as the office's wall-clock time (naive: Excel has no zones)."""
    if moment is None:
        return None
    return aware_utc(moment).astimezone(scope.zone).replace(tzinfo=None)


def _day(scope: SheetScope, moment: datetime | None) -> date | None:
    return aware_utc(moment).astimezone(scope.zone).date() if moment is not None else None


def _tags(text: str) -> list[str]:
    try:
        tags = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(tag) for tag in tags] if isinstance(tags, list) else []


def _money_cells(
    scope: SheetScope, order: ChangeOrder, deal: Deal, refunded: Decimal | None
) -> tuple[object, ...]:
    """已收 by nature, the totals, 应退金额 with its reason and 已退金额 (blank when no money
    moves on this order)."""
    blank = (None,) * (len(NATURE_COLUMNS) + 9)
    if not ChangeKind(order.kind).is_refund or ChangeStatus(order.status) in _UNCHANGED:
        return blank
    table = money_table(scope.session, order, deal, today=scope.today)
    by_nature = _received_by_nature(table)
    back = sum(
        (line.returned for line in table.lines if line.kind is not LineKind.PENALTY),
        Decimal("0.00"),
    )
    return (
        *(by_nature.get(nature) for nature in Nature),
        table.received,
        back,
        table.kept,
        table.interest,
        table.penalty,
        table.returned,
        amount_due(order, table),
        order.override_reason or None if order.override_amount is not None else None,
        refunded if refunded is not None else Decimal("0.00"),
    )


def _received_by_nature(table: RefundTable) -> dict[Nature, Decimal]:
    out: dict[Nature, Decimal] = {}
    for line in table.lines:
        if line.kind is LineKind.RECEIVED and line.nature is not None:
            out[line.nature] = out.get(line.nature, Decimal("0.00")) + line.received
    return out


def _outcome(order: ChangeOrder) -> str:
    """结果: how the order ended, or 办理中."""
    status = ChangeStatus(order.status)
    kind = ChangeKind(order.kind)
    if status is ChangeStatus.RETAINED:
        outcome = TalkOutcome(order.talk_outcome) if order.talk_outcome else TalkOutcome.KEEP
        return "挽留成功，转换房" if outcome is TalkOutcome.SWAP else "挽留成功，客户留下"
    if status is ChangeStatus.REJECTED:
        return f"驳回：{order.reject_reason}" if order.reject_reason else "驳回"
    if status is ChangeStatus.WITHDRAWN:
        return f"客户撤回：{order.withdraw_reason}" if order.withdraw_reason else "客户撤回"
    if status is ChangeStatus.CLOSED:
        return f"已{kind.label}，已办结"
    if status is ChangeStatus.EXECUTED:
        return f"已{kind.label}，" + ("退款或归档未完成" if kind.is_refund else "待办结")
    return "办理中"
