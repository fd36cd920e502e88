"""The deal sheets of the Excel export: 交易 (one row per deal, the buyer's ID always masked, the
mailing address masked with the phones) and 应收款 (the receivables view as of the export's day,
with the stage and date of each deal's last dunning letter)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select

from anjia_desk.core.address import mask_address
from anjia_desk.core.deals import PAYMENT_METHOD_LABELS, STAGE_LABELS
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import Building, Customer, Deal, Installment, Project, Unit
from anjia_desk.excel.writer import SheetData
from anjia_desk.services.deal_views import ReceivableQuery
from anjia_desk.services.export_dunning_sheet import (
    RECEIVABLE_DUNNING_COLUMNS,
    last_letter_cells,
)
from anjia_desk.services.export_scope import (
    KINDS,
    SheetScope,
    kept_for_accounts,
    staff_names,
    writer_columns,
)
from anjia_desk.services.receivables import most_overdue_first, receivable_rows

#: 交易: one row per deal (a cancelled one too, 阶段 已取消); the buyer's ID always masked, the
#: mailing address (issue 16) masked whenever the phones are.
DEAL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("项目", "text"),
    ("房源", "text"),
    ("客户姓名", "text"),
    ("买受人", "text"),
    ("证件号码", "text"),
    ("通讯地址", "text"),
    ("邮政编码", "text"),
    ("置业顾问", "text"),
    ("付款方式", "text"),
    ("阶段", "text"),
    ("表价", "money"),
    ("优惠", "money"),
    ("成交价", "money"),
    ("定金", "money"),
    ("认购日期", "date"),
    ("签约期限", "date"),
    ("签约日期", "date"),
    ("合同编号", "text"),
    ("网签编号", "text"),
    ("备案日期", "date"),
    ("已付", "money"),
    ("未付", "money"),
)

#: 应收款: the receivables view as of the export's day, most days overdue first.
RECEIVABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("项目", "text"),
    ("房源", "text"),
    ("买受人", "text"),
    ("节点", "text"),
    ("款项性质", "text"),
    ("应付日期", "date"),
    ("应付金额", "money"),
    ("已付金额", "money"),
    ("未付金额", "money"),
    ("逾期天数", "integer"),
    ("账龄", "text"),
    ("违约金", "money"),
    ("按揭催办", "text"),
    *RECEIVABLE_DUNNING_COLUMNS,
)


def deals_sheet(scope: SheetScope) -> SheetData:
    """交易: every deal subscribed in the range, in order of 认购."""
    where = [*scope.window(Deal.subscribed_at), *scope.kept_out(Deal.customer_id)]
    total = scope.session.scalar(select(func.count(Deal.id)).where(*where)) or 0
    sums = (
        select(
            Installment.deal_id,
            func.sum(Installment.amount).label("due"),
            func.sum(Installment.paid).label("paid"),
        )
        .group_by(Installment.deal_id)
        .subquery()
    )
    statement = (
        select(
            Project.name,
            Building.name,
            Unit.stairwell,
            Unit.room,
            Customer.name,
            Deal.buyer_name,
            Deal.buyer_id_masked,
            Deal.mailing_address,
            Deal.mailing_postcode,
            Deal.consultant_id,
            Deal.payment_method,
            Deal.stage,
            Deal.cancelled_at,
            Deal.list_price,
            Deal.price,
            Deal.deposit,
            Deal.subscribed_at,
            Deal.sign_deadline,
            Deal.signed_at,
            Deal.contract_no,
            Deal.netsign_no,
            Deal.filed_on,
            sums.c.due,
            sums.c.paid,
        )
        .select_from(Deal)
        .join(Project, Project.id == Deal.project_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .outerjoin(sums, sums.c.deal_id == Deal.id)
        .where(*where)
        .order_by(Deal.subscribed_at, Deal.id)
    )
    return SheetData(
        name=KINDS["deals"],
        columns=writer_columns(DEAL_COLUMNS),
        rows=_deal_rows(scope, statement),
        total=total,
    )


def _label(labels: Mapping[Any, str], value: str) -> str:
    """The Chinese label of an enum value, or the value itself when unknown."""
    return next((label for key, label in labels.items() if key == value), value)


def _deal_rows(
    scope: SheetScope, statement: Select[*tuple[Any, ...]]
) -> Iterator[tuple[object, ...]]:
    zone = scope.zone
    staff = staff_names(scope.session)
    address_of = mask_address if scope.mask else str.strip
    for chunk in scope.chunks(statement):
        for (
            project,
            building,
            stairwell,
            room,
            customer,
            buyer,
            id_masked,
            address,
            postcode,
            consultant_id,
            method,
            stage,
            cancelled_at,
            list_price,
            price,
            deposit,
            subscribed_at,
            sign_deadline,
            signed_at,
            contract_no,
            netsign_no,
            filed_on,
            due,
            paid,
        ) in chunk:
            paid = paid if paid is not None else Decimal(0)
            # A cancelled deal owes nothing any more: its 未付 stays blank.
            unpaid = None if cancelled_at is not None or due is None else due - paid
            yield (
                project,
                unit_label(building, stairwell, room),
                customer or None,
                buyer or None,
                id_masked or None,  # stored masked; the encrypted number never leaves
                address_of(address) or None,
                postcode or None,
                staff.get(consultant_id) if consultant_id is not None else None,
                _label(PAYMENT_METHOD_LABELS, method),
                _label(STAGE_LABELS, stage),
                list_price,
                list_price - price,
                price,
                deposit,
                subscribed_at.astimezone(zone).date(),
                sign_deadline,
                signed_at.astimezone(zone).date() if signed_at else None,
                contract_no or None,
                netsign_no or None,
                filed_on,
                paid,
                unpaid,
            )


def receivables_sheet(scope: SheetScope) -> SheetData:
    """应收款: outstanding installments of live deals due in the range, as of the export's day."""

    rows = list(
        receivable_rows(
            scope.session,
            ReceivableQuery(),
            scope.today,
            due_from=scope.date_from,
            due_to=scope.date_to,
        )
    )
    if scope.hide_kept:  # 已申请删除: finance's export only (issue 14)
        kept = select(Deal.id).where(Deal.customer_id.in_(kept_for_accounts()))
        hidden = set(scope.session.scalars(kept))
        rows = [pair for pair in rows if pair[1].deal_id not in hidden]
    rows.sort(key=lambda pair: most_overdue_first(pair[1]))
    # 催款阶段 and 最近催款日期: the deal's last letter not voided (issue 16).
    letters = last_letter_cells(scope, [row.deal_id for _project, row in rows])
    no_letter: tuple[str | None, date | None] = (None, None)
    return SheetData(
        name=KINDS["receivables"],
        columns=writer_columns(RECEIVABLE_COLUMNS),
        rows=(
            (
                project,
                row.unit_label,
                row.buyer_name or None,
                row.name,
                row.nature.label,
                row.due_on if row.due_on is not None else row.due_text,  # a date, or 签约后 N 天
                row.amount,
                row.paid,
                row.outstanding,
                row.days_overdue,
                row.bucket.label if row.bucket is not None else None,
                row.penalty,
                "是" if row.loan_late else None,
                *letters.get(row.deal_id, no_letter),
            )
            for project, row in rows
        ),
        total=len(rows),
    )
