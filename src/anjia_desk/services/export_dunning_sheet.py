"""The 催款记录 sheet of the Excel export (issue 16, EXCEL_FORMAT "Writing rules": 应收款 with
催款记录 beside it): every dunning letter issued, voided ones too (状态 作废 with the reason),
with its delivery, signed-for date and the amounts it asked for; and the dunning columns the
应收款 sheet gains (the stage and date of each deal's last letter not voided)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, select

from anjia_desk.core.dunning import Delivery, letter_code, stage_label
from anjia_desk.core.units import unit_label
from anjia_desk.db.models import (
    Building,
    Deal,
    DunningLetter,
    DunningLetterItem,
    Project,
    Unit,
)
from anjia_desk.excel.writer import SheetData
from anjia_desk.services.dunning_due import last_letters
from anjia_desk.services.export_scope import SheetScope, staff_names, writer_columns

#: The sheet's name (beside 应收款).
SHEET = "催款记录"

DUNNING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("编号", "text"),
    ("项目", "text"),
    ("房号", "text"),
    ("买受人", "text"),
    ("阶段", "text"),
    ("函件日期", "date"),
    ("出具人", "text"),
    ("送达方式", "text"),
    ("单号", "text"),
    ("签收日期", "date"),
    ("未付金额", "money"),
    ("违约金", "money"),
    ("状态", "text"),
    ("重印次数", "integer"),
)

#: What the 应收款 sheet adds after its own columns.
RECEIVABLE_DUNNING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("催款阶段", "text"),
    ("最近催款日期", "date"),
)


def last_letter_cells(scope: SheetScope, deal_ids: Sequence[int]) -> dict[int, tuple[str, date]]:
    """deal id → (the stage label, the date) of its last letter not voided, as of the export's
    day (one query per few thousand deals)."""
    ids = sorted(set(deal_ids))
    if not ids:
        return {}
    return {
        deal_id: (stage_label(last.stage), last.letter_on)
        for deal_id, last in last_letters(scope.session, ids, scope.today).items()
    }


def _statement(scope: SheetScope) -> Select[*tuple[Any, ...]]:
    asked = (
        select(
            DunningLetterItem.letter_id.label("letter_id"),
            func.sum(
                case(
                    (DunningLetterItem.stage == DunningLetter.stage, DunningLetterItem.outstanding),
                    else_=0,
                )
            ).label("outstanding"),
            func.sum(DunningLetterItem.penalty).label("penalty"),
        )
        .join(DunningLetter, DunningLetter.id == DunningLetterItem.letter_id)
        .group_by(DunningLetterItem.letter_id)
        .subquery()
    )
    where = [*scope.kept_out(Deal.customer_id)]
    if scope.date_from is not None:
        where.append(DunningLetter.letter_on >= scope.date_from)
    if scope.date_to is not None:
        where.append(DunningLetter.letter_on <= scope.date_to)
    return (
        select(
            DunningLetter.number,
            Project.name,
            Building.name,
            Unit.stairwell,
            Unit.room,
            Deal.buyer_name,
            DunningLetter.stage,
            DunningLetter.letter_on,
            DunningLetter.issued_by_id,
            DunningLetter.delivery,
            DunningLetter.tracking_no,
            DunningLetter.signed_on,
            asked.c.outstanding,
            asked.c.penalty,
            DunningLetter.voided_at,
            DunningLetter.void_reason,
            DunningLetter.reprints,
        )
        .select_from(DunningLetter)
        .join(Deal, Deal.id == DunningLetter.deal_id)
        .join(Project, Project.id == DunningLetter.project_id)
        .join(Unit, Unit.id == Deal.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .outerjoin(asked, asked.c.letter_id == DunningLetter.id)
        .where(*where)
        .order_by(DunningLetter.letter_on, DunningLetter.project_id, DunningLetter.number)
    )


def dunning_sheet(scope: SheetScope) -> SheetData:
    """催款记录: every letter dated in the range (voided ones with their reason), oldest first."""
    statement = _statement(scope)
    total = scope.session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    return SheetData(
        name=SHEET,
        columns=writer_columns(DUNNING_COLUMNS),
        rows=_rows(scope, statement),
        total=int(total),
    )


def _money(value: Decimal | int | None) -> Decimal:
    """A sum of Money read back: Decimal on PostgreSQL, Decimal via the type on SQLite (0 when
    the letter has no lines)."""
    return Decimal(value or 0).quantize(Decimal("0.01"))


def _rows(scope: SheetScope, statement: Select[*tuple[Any, ...]]) -> Iterator[tuple[object, ...]]:
    staff = staff_names(scope.session)
    for chunk in scope.chunks(statement):
        for (
            number,
            project,
            building,
            stairwell,
            room,
            buyer,
            stage,
            letter_on,
            issued_by_id,
            delivery,
            tracking_no,
            signed_on,
            outstanding,
            penalty,
            voided_at,
            void_reason,
            reprints,
        ) in chunk:
            status = f"作废：{void_reason}" if voided_at is not None else "有效"
            yield (
                letter_code(number),
                project,
                unit_label(building, stairwell, room),
                buyer or None,
                stage_label(stage),
                letter_on,
                staff.get(issued_by_id) if issued_by_id is not None else None,
                Delivery(delivery).label,
                tracking_no or None,
                signed_on,
                _money(outstanding),
                _money(penalty),
                status,
                int(reprints or 0),
            )
