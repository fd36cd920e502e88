"""The Excel export for head office (EXCEL_FORMAT.md §Writing rules): one sheet per kind, phones
masked unless a manager gives a reason, never an anonymised customer nor a risk mark (DOMAIN §4,
§13), one audit entry per export.

The 客户 sheet's first 19 columns are the import's canonical headers, so an export re-imports
as it was; the columns after them are for reading only (the importer ignores them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from anjia_desk.core.customers import UNNAMED, in_public_pool
from anjia_desk.core.deals import PAYMENT_METHOD_LABELS, STAGE_LABELS
from anjia_desk.core.errors import ValidationError
from anjia_desk.core.phones import mask_phone
from anjia_desk.core.roles import Action
from anjia_desk.db.models import (
    Building,
    Customer,
    Deal,
    FollowUp,
    Installment,
    Project,
    Unit,
    User,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import rules

if TYPE_CHECKING:  # xlsxwriter is imported on the first export, not when the app starts
    from anjia_desk.excel.writer import Column, SheetData

#: Rows fetched from the database at a time (memory stays flat; cancel is checked per chunk).
CHUNK = 5_000
WAN_AS_TEXT = Decimal(10_000)  # budgets (万元) from here on are exported as text with 万

#: What can be exported, in the order the dialog lists them; the label is the sheet's name.
KINDS: dict[str, str] = {
    "customers": "客户",
    "followups": "跟进记录",
    "deals": "交易",
    "receivables": "应收款",
}
#: Customers known only by a channel's masked or a portal's virtual number: their own sheet after
#: 客户, because an import needs the real number (EXCEL_FORMAT.md) and 客户 must import back whole.
FLAGGED_SHEET = "号码待补全客户"

#: (header, writer Kind value). The first 19 are the import's canonical headers.
CUSTOMER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("客户姓名", "text"),
    ("手机号", "phone"),
    ("性别", "text"),
    ("年龄段", "text"),
    ("家庭结构", "text"),
    ("来源渠道", "text"),
    ("意向等级", "text"),
    ("预算(万元)", "money"),
    ("意向面积(㎡)", "number"),
    ("意向户型", "text"),
    ("楼层偏好", "text"),
    ("置业目的", "text"),
    ("客户类型", "text"),
    ("关注点", "text"),
    ("认知途径", "text"),
    ("置业顾问", "text"),
    ("登记日期", "date"),
    ("推荐人手机号", "phone"),
    ("备注", "text"),
    # For reading only.
    ("来访次数", "integer"),
    ("最近联系", "date"),
    ("下次跟进", "date"),
    ("保护期至", "date"),
    ("公客池", "text"),
)

FOLLOW_UP_COLUMNS: tuple[tuple[str, str], ...] = (
    ("客户姓名", "text"),
    ("手机号", "phone"),
    ("跟进时间", "datetime"),
    ("跟进方式", "text"),
    ("内容", "text"),
    ("结果", "text"),
    ("下次跟进日期", "date"),
    ("原等级", "text"),
    ("新等级", "text"),
    ("跟进人", "text"),
)

#: 交易: one row per deal (a cancelled one too, 阶段 已取消); the buyer's ID always masked.
DEAL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("项目", "text"),
    ("房源", "text"),
    ("客户姓名", "text"),
    ("买受人", "text"),
    ("证件号码", "text"),
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
)


@dataclass(frozen=True)
class ExportRequest:
    kinds: tuple[str, ...]  # keys of export_kinds(); their order is the sheets' order
    date_from: date | None = None  # inclusive, office-local business dates
    date_to: date | None = None
    mask_phones: bool = True
    reason: str = ""  # required when mask_phones is False and the actor is a person


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int]  # sheet name → data rows
    masked: bool


#: Sheets whose data needs a permission of its own beyond exporting (the export must not show
#: what the person could not see in the window).
KIND_NEEDS: dict[str, Action] = {"deals": Action.VIEW_DEALS, "receivables": Action.VIEW_RECEIVABLES}


def export_kinds(actor: Actor | None = None) -> list[tuple[str, str]]:
    """(key, label) of everything that can be exported (by `actor`, when given), in the dialog's
    order."""
    return [
        (key, label)
        for key, label in KINDS.items()
        if actor is None or key not in KIND_NEEDS or actor.can(KIND_NEEDS[key])
    ]


@dataclass(frozen=True)
class _Scope:
    """What every sheet of one export shares."""

    session: Session
    zone: ZoneInfo
    today: date
    start: datetime | None  # UTC bounds of the date range: start <= moment < end
    end: datetime | None
    mask: bool
    cancelled: Callable[[], bool] | None
    date_from: date | None = None  # the range as business dates (应收款 filters 应付日期)
    date_to: date | None = None

    def window(self, column: InstrumentedAttribute[datetime]) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        if self.start is not None:
            where.append(column >= self.start)
        if self.end is not None:
            where.append(column < self.end)
        return where

    def chunks(self, statement: Select[*tuple[Any, ...]]) -> Iterator[Sequence[Any]]:
        """The statement's rows CHUNK at a time, checking for a cancel before each chunk."""
        # Core execution on the unit of work's connection: plain tuples, no ORM loading.
        result = self.session.connection().execute(statement.execution_options(yield_per=CHUNK))
        try:
            for chunk in result.partitions():
                if self.cancelled is not None and self.cancelled():
                    from anjia_desk.excel.writer import Cancelled

                    raise Cancelled
                yield chunk
        finally:
            result.close()


def export_workbook(
    session: Session,
    actor: Actor,
    request: ExportRequest,
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the chosen kinds to `out` (one sheet each) and record the export in the audit log.

    A cancel raises anjia_desk.excel.writer.Cancelled: no file is left and, the caller's unit of
    work being rolled back, no audit entry either."""
    actor.require(Action.EXPORT_DATA)
    kinds = _checked(actor, request)
    from anjia_desk.excel.writer import write_workbook

    rule = rules(session)
    scope = _Scope(
        session=session,
        zone=rule.zone,
        today=rule.today(now),
        start=_midnight(request.date_from, rule.zone),
        end=_midnight(request.date_to + timedelta(days=1), rule.zone) if request.date_to else None,
        mask=request.mask_phones,
        cancelled=cancelled,
        date_from=request.date_from,
        date_to=request.date_to,
    )
    sheets: list[SheetData] = []
    for kind in kinds:
        sheets.append(_SHEETS[kind](scope))
        if kind == "customers":
            flagged = _customers_sheet(scope, flagged=True)
            if flagged.total:
                sheets.append(flagged)
    rows = write_workbook(out, sheets, progress=progress, cancelled=cancelled)
    reason = request.reason.strip()
    audit.record(
        session,
        actor,
        "export",
        "customers",
        None,
        _summary(rows, request, out),
        reason=reason or None,
    )
    return ExportResult(path=out, rows=rows, masked=request.mask_phones)


def _checked(actor: Actor, request: ExportRequest) -> list[str]:
    """The kinds to export (repeats dropped), or the refusal."""
    kinds = list(dict.fromkeys(request.kinds))
    if not kinds:
        raise ValidationError({"kinds": "请至少选择一个工作表"})
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise ValidationError({"kinds": f"无法导出“{'、'.join(unknown)}”"})
    for kind in kinds:
        if kind in KIND_NEEDS:
            actor.require(KIND_NEEDS[kind])
    if request.date_from and request.date_to and request.date_from > request.date_to:
        raise ValidationError({"date_to": "结束日期不能早于开始日期"})
    if not request.mask_phones:
        actor.require(Action.EXPORT_UNMASKED)
        if not actor.is_system and not request.reason.strip():
            raise ValidationError({"reason": "请填写不脱敏导出的理由"})
    return kinds


def _midnight(day: date | None, zone: ZoneInfo) -> datetime | None:
    """The office's midnight starting `day`, in UTC."""
    return aware_utc(datetime.combine(day, time(0), tzinfo=zone)) if day else None


def _summary(rows: dict[str, int], request: ExportRequest, out: Path) -> str:
    counts = "、".join(f"{sheet} {count:,} 行" for sheet, count in rows.items())
    parts = [f"导出 Excel：{counts}", "手机号已脱敏" if request.mask_phones else "手机号未脱敏"]
    if request.date_from or request.date_to:
        start = request.date_from.isoformat() if request.date_from else "不限"
        end = request.date_to.isoformat() if request.date_to else "不限"
        parts.append(f"日期 {start} 至 {end}")
    parts.append(f"文件 {out.name}")
    return "；".join(parts)


def _columns(spec: Sequence[tuple[str, str]]) -> list[Column]:
    from anjia_desk.excel.writer import Column, Kind

    return [Column(header, Kind(kind)) for header, kind in spec]


def _plain(value: Decimal) -> str:
    """250.50 → "250.5", 300.00 → "300" (what the importer reads back)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def span(low: Decimal | None, high: Decimal | None, *, unit: str = "") -> Decimal | str | None:
    """A budget or area as exported: one number when there is one value (or min == max), the text
    "200-300" for a range. With `unit` (万 for budgets), a value of 10,000 or more is written as
    text with the unit ("12000万"): a bare number that big reads back as yuan (EXCEL_FORMAT.md)."""
    big = bool(unit) and any(v is not None and v >= WAN_AS_TEXT for v in (low, high))
    if low is None or high is None or low == high:
        value = high if low is None else low
        return f"{_plain(value)}{unit}" if big and value is not None else value
    suffix = unit if big else ""
    return f"{_plain(low)}{suffix}-{_plain(high)}{suffix}"


def _staff(session: Session) -> dict[int, str]:
    return {row.id: row.display_name for row in session.execute(select(User.id, User.display_name))}


def _erased() -> Select[int]:
    """Ids of anonymised customers. Rows are left out by `id NOT IN` this rather than by
    `anonymised_at IS NULL`: SQLite then reads the table in id order (customers) or the index on
    `at` (follow-ups) and streams the rows, instead of sorting them all before the first one
    comes (100,000 customers: 0.2 s against 0.6 s, and memory stays flat)."""
    return select(Customer.id).where(Customer.anonymised_at.is_not(None))


def _same(phone: str | None) -> str | None:
    return phone


# --- the sheets


def _customers_sheet(scope: _Scope, *, flagged: bool = False) -> SheetData:
    """客户: customers with a real mobile number; with `flagged`, those known only by a masked
    or virtual number (FLAGGED_SHEET)."""
    from anjia_desk.excel.writer import SheetData

    real = Customer.phone_key.is_(None) if flagged else Customer.phone_key.is_not(None)
    where = [Customer.id.not_in(_erased()), real, *scope.window(Customer.created_at)]
    total = scope.session.scalar(select(func.count(Customer.id)).where(*where)) or 0
    referrer = aliased(Customer)
    statement = (
        select(
            Customer.name,
            Customer.phone,
            Customer.gender,
            Customer.age_band,
            Customer.family_structure,
            Customer.channel,
            Customer.grade,
            Customer.budget_min,
            Customer.budget_max,
            Customer.area_min,
            Customer.area_max,
            Customer.layout,
            Customer.floor_preference,
            Customer.purpose,
            Customer.buyer_type,
            Customer.focus,
            Customer.awareness,
            Customer.owner_id,
            Customer.created_at,
            referrer.phone,
            Customer.notes,
            Customer.visit_count,
            Customer.last_contact_at,
            Customer.next_follow_up_on,
            Customer.protected_until,
        )
        .outerjoin(referrer, referrer.id == Customer.referrer_id)
        .where(*where)
        .order_by(Customer.id)
    )
    return SheetData(
        name=FLAGGED_SHEET if flagged else KINDS["customers"],
        columns=_columns(CUSTOMER_COLUMNS),
        rows=_customer_rows(scope, statement),
        total=total,
    )


def _customer_rows(
    scope: _Scope, statement: Select[*tuple[Any, ...]]
) -> Iterator[tuple[object, ...]]:
    zone, today = scope.zone, scope.today
    staff = _staff(scope.session)
    phone = mask_phone if scope.mask else _same
    for chunk in scope.chunks(statement):
        for (
            name,
            own_phone,
            gender,
            age_band,
            family,
            channel,
            grade,
            budget_min,
            budget_max,
            area_min,
            area_max,
            layout,
            floor,
            purpose,
            buyer_type,
            focus,
            awareness,
            owner_id,
            created_at,
            referrer_phone,
            notes,
            visits,
            last_contact_at,
            next_due,
            protected_until,
        ) in chunk:
            # Blank text is a blank cell (None), not an empty string.
            yield (
                name or None,
                phone(own_phone) or None,
                gender or None,
                age_band or None,
                family or None,
                channel or None,
                grade or None,
                span(budget_min, budget_max, unit="万"),
                span(area_min, area_max),
                layout or None,
                floor or None,
                purpose or None,
                buyer_type or None,
                focus or None,
                awareness or None,
                staff.get(owner_id) if owner_id is not None else None,
                created_at.astimezone(zone).date(),
                phone(referrer_phone) or None,
                notes or None,
                visits,
                last_contact_at.astimezone(zone).date() if last_contact_at else None,
                next_due,
                protected_until,
                "是" if in_public_pool(owner_id, protected_until, today) else None,
            )


def _followups_sheet(scope: _Scope) -> SheetData:
    from anjia_desk.excel.writer import SheetData

    where = [FollowUp.customer_id.not_in(_erased()), *scope.window(FollowUp.at)]
    total = scope.session.scalar(select(func.count(FollowUp.id)).where(*where)) or 0
    statement = (
        select(
            Customer.name,
            Customer.phone,
            FollowUp.at,
            FollowUp.channel,
            FollowUp.content,
            FollowUp.result,
            FollowUp.next_on,
            FollowUp.grade_before,
            FollowUp.grade_after,
            FollowUp.user_id,
        )
        .select_from(FollowUp)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(*where)
        .order_by(FollowUp.at, FollowUp.id)
    )
    return SheetData(
        name=KINDS["followups"],
        columns=_columns(FOLLOW_UP_COLUMNS),
        rows=_followup_rows(scope, statement),
        total=total,
    )


def _followup_rows(
    scope: _Scope, statement: Select[*tuple[Any, ...]]
) -> Iterator[tuple[object, ...]]:
    zone = scope.zone
    staff = _staff(scope.session)
    phone = mask_phone if scope.mask else _same
    for chunk in scope.chunks(statement):
        for name, own_phone, at, channel, content, result, next_on, before, after, user in chunk:
            yield (
                name or UNNAMED,
                phone(own_phone) or None,
                at.astimezone(zone).replace(tzinfo=None),
                channel or None,
                content or None,
                result or None,
                next_on,
                before or None,
                after or None,
                staff.get(user) if user is not None else None,
            )


def _deals_sheet(scope: _Scope) -> SheetData:
    """交易: every deal subscribed in the range, in order of 认购."""
    from anjia_desk.excel.writer import SheetData

    where = scope.window(Deal.subscribed_at)
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
        columns=_columns(DEAL_COLUMNS),
        rows=_deal_rows(scope, statement),
        total=total,
    )


def _label(labels: Mapping[Any, str], value: str) -> str:
    """The Chinese label of an enum value, or the value itself when unknown."""
    return next((label for key, label in labels.items() if key == value), value)


def _deal_rows(scope: _Scope, statement: Select[*tuple[Any, ...]]) -> Iterator[tuple[object, ...]]:
    zone = scope.zone
    staff = _staff(scope.session)
    for chunk in scope.chunks(statement):
        for (
            project,
            building,
            stairwell,
            room,
            customer,
            buyer,
            id_masked,
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
                f"{building}{stairwell}{room}",
                customer or None,
                buyer or None,
                id_masked or None,  # stored masked; the encrypted number never leaves
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


def _receivables_sheet(scope: _Scope) -> SheetData:
    """应收款: outstanding installments of live deals due in the range, as of the export's day."""
    from anjia_desk.excel.writer import SheetData
    from anjia_desk.services.deal_views import ReceivableQuery
    from anjia_desk.services.receivables import most_overdue_first, receivable_rows

    rows = list(
        receivable_rows(
            scope.session,
            ReceivableQuery(),
            scope.today,
            due_from=scope.date_from,
            due_to=scope.date_to,
        )
    )
    rows.sort(key=lambda pair: most_overdue_first(pair[1]))
    return SheetData(
        name=KINDS["receivables"],
        columns=_columns(RECEIVABLE_COLUMNS),
        rows=(
            (
                project,
                row.unit_label,
                row.buyer_name or None,
                row.name,
                row.nature.label,
                row.due_on,
                row.amount,
                row.paid,
                row.outstanding,
                row.days_overdue,
                row.bucket.label if row.bucket is not None else None,
                row.penalty,
                "是" if row.loan_late else None,
            )
            for project, row in rows
        ),
        total=len(rows),
    )


_SHEETS: dict[str, Callable[[_Scope], SheetData]] = {
    "customers": _customers_sheet,
    "followups": _followups_sheet,
    "deals": _deals_sheet,
    "receivables": _receivables_sheet,
}
