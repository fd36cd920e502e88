"""The customer sheets of the Excel export: 客户 (the import's canonical columns first, so an
export re-imports as it was), 号码待补全客户 and 跟进记录."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from anjia_desk.core.customers import UNNAMED, in_public_pool
from anjia_desk.core.phones import mask_phone
from anjia_desk.db.models import Customer, FollowUp
from anjia_desk.excel.writer import SheetData
from anjia_desk.services.export_scope import (
    KINDS,
    SheetScope,
    erased_ids,
    span,
    staff_names,
    unmasked,
    writer_columns,
)

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


def customers_sheet(scope: SheetScope, *, flagged: bool = False) -> SheetData:
    """客户: customers with a real mobile number; with `flagged`, those known only by a masked
    or virtual number (FLAGGED_SHEET)."""
    real = Customer.phone_key.is_(None) if flagged else Customer.phone_key.is_not(None)
    where = [Customer.id.not_in(erased_ids()), real, *scope.window(Customer.created_at)]
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
        columns=writer_columns(CUSTOMER_COLUMNS),
        rows=_customer_rows(scope, statement),
        total=total,
    )


def _customer_rows(
    scope: SheetScope, statement: Select[*tuple[Any, ...]]
) -> Iterator[tuple[object, ...]]:
    zone, today = scope.zone, scope.today
    staff = staff_names(scope.session)
    phone = mask_phone if scope.mask else unmasked
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


def followups_sheet(scope: SheetScope) -> SheetData:
    where = [FollowUp.customer_id.not_in(erased_ids()), *scope.window(FollowUp.at)]
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
        columns=writer_columns(FOLLOW_UP_COLUMNS),
        rows=_followup_rows(scope, statement),
        total=total,
    )


def _followup_rows(
    scope: SheetScope, statement: Select[*tuple[Any, ...]]
) -> Iterator[tuple[object, ...]]:
    zone = scope.zone
    staff = staff_names(scope.session)
    phone = mask_phone if scope.mask else unmasked
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
