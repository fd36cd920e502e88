"""Customers' rules (DOMAIN §2–3, §13): grades and cadence, the next due date, protection and the
public pool, who sees a phone, and the profile form with its validation."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from anjia_desk.core.phones import Phone, PhoneError, PhoneKind, parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.core.text import clean_name, clean_note


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"

    @property
    def label(self) -> str:
        return {"A": "A 高意向", "B": "B 中意向", "C": "C 低意向"}[self.value]


#: Follow up every N days (DOMAIN §3); the settings hold the office's values.
DEFAULT_CADENCE: dict[Grade, int] = {Grade.A: 3, Grade.B: 7, Grade.C: 30}
DEFAULT_PROTECTION_DAYS = 30


class VisitKind(StrEnum):
    FIRST = "first"
    RETURN = "return"

    @property
    def label(self) -> str:
        return {"first": "首访", "return": "复访"}[self.value]


class Relation(StrEnum):
    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"spouse": "配偶", "parent": "父母", "child": "子女", "other": "其他亲属"}[
            self.value
        ]


GENDERS = ("男", "女")
PURPOSES = ("自住", "投资")
BUYER_TYPES = ("刚需", "改善", "投资")
UNNAMED = "未留名"


def split_options(text: str) -> list[str]:
    """An option list as the settings store it: items separated by 、 , ， ; ； or new lines."""
    items = [item.strip() for item in re.split(r"[、,，;；\n]", text)]
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def check_options(text: str) -> str | None:
    """A settings check: at least one item, none longer than 20 characters."""
    items = split_options(text)
    if not items:
        return "至少填写一项，用顿号（、）分隔"
    long = [item for item in items if len(item) > 20]
    if long:
        return f"每项最多 20 个字：{long[0]}"
    return None


# --- follow-up cadence and the next due date


def next_due(
    *,
    grade: Grade | str,
    last_contact: date | None,
    planned: date | None,
    cadence: Mapping[Grade, int] = DEFAULT_CADENCE,
) -> date | None:
    """When the next follow-up is due (DOMAIN §3): the next date entered with the latest
    follow-up, or else the last contact (follow-up or visit) plus the grade's cadence.

    A planned date already passed by a later contact no longer applies (the customer was in
    touch since); None when there has been no contact at all."""
    if planned is not None and (last_contact is None or planned >= last_contact):
        return planned
    if last_contact is None:
        return None
    return last_contact + timedelta(days=cadence[Grade(grade)])


def due_state(due: date | None, today: date) -> str:
    """ "overdue", "today", "later" or "" (nothing due)."""
    if due is None:
        return ""
    if due < today:
        return "overdue"
    return "today" if due == today else "later"


# --- ownership


def renewed_protection(
    current: date | None, contact_day: date, days: int = DEFAULT_PROTECTION_DAYS
) -> date:
    """A valid follow-up or visit on `contact_day` protects the owner until contact + days
    (never shortens a longer protection already granted)."""
    until = contact_day + timedelta(days=days)
    return until if current is None or until > current else current


def in_public_pool(owner_id: int | None, protected_until: date | None, today: date) -> bool:
    """A customer with no owner, or whose protection lapsed before today, is in the public pool."""
    return owner_id is None or protected_until is None or protected_until < today


#: Roles that see every phone on site (DOMAIN §1: the site manager sees everything; the admin
#: keeps the data). Everyone else sees the numbers of the customers they own (DOMAIN §13).
PHONE_ROLES = frozenset({Role.SITE_MANAGER, Role.ADMIN})


def may_see_phone(roles: frozenset[Role] | set[Role], *, is_owner: bool, is_system: bool) -> bool:
    return is_system or is_owner or bool(PHONE_ROLES & frozenset(roles))


# --- the profile form


def _decimal(text: str, label: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"{label}应为数字") from exc
    if not value.is_finite() or value < 0:
        raise ValueError(f"{label}应为不小于 0 的数字")
    return value.quantize(Decimal("0.01"))


def parse_range(text: str, label: str, *, limit: Decimal) -> tuple[Decimal | None, Decimal | None]:
    """ "300", "200-300", "200～300" → (min, max); blank → (None, None)."""
    cleaned = text.strip().replace("～", "-").replace("~", "-").replace("—", "-")
    cleaned = re.sub(r"(万元|万|平方米|平米|平|㎡|m2)", "", cleaned).replace(" ", "")
    if not cleaned:
        return None, None
    parts = cleaned.split("-")
    if len(parts) > 2 or not all(parts):
        raise ValueError(f"{label}请填一个数或一个范围，如 200-300")
    low = _decimal(parts[0], label)
    high = _decimal(parts[-1], label)
    if low > high:
        raise ValueError(f"{label}的下限大于上限")
    if high > limit:
        raise ValueError(f"{label}超出合理范围（最多 {limit}）")
    return low, high


def format_range(low: Decimal | None, high: Decimal | None) -> str:
    def text(value: Decimal) -> str:
        return f"{value.normalize():f}"

    if low is None and high is None:
        return ""
    if low is None or high is None or low == high:
        return text(low if low is not None else high)  # type: ignore[arg-type]
    return f"{text(low)}-{text(high)}"


@dataclass(frozen=True)
class CustomerForm:
    """What the profile dialog hands to the service: plain text as typed, checked by
    `validate_customer`."""

    name: str = ""
    phone: str = ""
    gender: str = ""
    age_band: str = ""
    family_structure: str = ""
    budget: str = ""  # 万元, a number or a range
    area: str = ""  # ㎡, a number or a range
    layout: str = ""
    floor_preference: str = ""
    purpose: str = ""
    buyer_type: str = ""
    focus: Sequence[str] = ()
    channel: str = ""
    awareness: str = ""
    birthday: date | None = None
    notes: str = ""
    marketing_opt_in: bool = False
    do_not_disturb: bool = False


@dataclass(frozen=True)
class CleanCustomer:
    name: str
    phone: str
    phone_kind: str
    phone_key: str | None
    gender: str
    age_band: str
    family_structure: str
    budget_min: Decimal | None
    budget_max: Decimal | None
    area_min: Decimal | None
    area_max: Decimal | None
    layout: str
    floor_preference: str
    purpose: str
    buyer_type: str
    focus: str  # joined with 、
    channel: str
    awareness: str
    birthday: date | None
    notes: str
    marketing_opt_in: bool
    do_not_disturb: bool


@dataclass(frozen=True)
class Options:
    """The option lists from the settings (each a list of allowed values; empty = free text)."""

    channels: Sequence[str] = ()
    awareness: Sequence[str] = ()
    age_bands: Sequence[str] = ()
    family_structures: Sequence[str] = ()
    focus_points: Sequence[str] = ()
    follow_up_channels: Sequence[str] = ()
    invalid_reasons: Sequence[str] = ()


def _choice(
    value: str, allowed: Sequence[str], label: str, errors: dict[str, str], key: str
) -> str:
    value = value.strip()
    if value and allowed and value not in allowed:
        errors[key] = f"{label}不在选项中：{value}（可在设置中增加）"
    return value


def validate_customer(
    form: CustomerForm, options: Options, *, today: date
) -> tuple[CleanCustomer | None, dict[str, str]]:
    """The clean profile, or the Chinese message per field (keys are CustomerForm's names)."""
    errors: dict[str, str] = {}
    name = clean_name(form.name)
    notes = clean_note(form.notes)
    if len(name) > 40:
        errors["name"] = "姓名最多 40 个字"
    phone_text, phone_kind, phone_key = "", "", None
    try:
        phone = parse_phone(form.phone)
        phone_text, phone_kind, phone_key = phone.text, phone.kind.value, phone.key
    except PhoneError as exc:
        errors["phone"] = exc.message
    if form.gender and form.gender not in GENDERS:
        errors["gender"] = "性别应为 男 或 女"
    if form.purpose and form.purpose not in PURPOSES:
        errors["purpose"] = "置业目的应为 自住 或 投资"
    if form.buyer_type and form.buyer_type not in BUYER_TYPES:
        errors["buyer_type"] = "客户类型应为 刚需、改善 或 投资"
    age_band = _choice(form.age_band, options.age_bands, "年龄段", errors, "age_band")
    family = _choice(
        form.family_structure, options.family_structures, "家庭结构", errors, "family_structure"
    )
    channel = _choice(form.channel, options.channels, "来源渠道", errors, "channel")
    awareness = _choice(form.awareness, options.awareness, "认知途径", errors, "awareness")
    focus = [item.strip() for item in form.focus if item.strip()]
    budget: tuple[Decimal | None, Decimal | None] = (None, None)
    area: tuple[Decimal | None, Decimal | None] = (None, None)
    try:
        budget = parse_range(form.budget, "预算", limit=Decimal("100000"))
    except ValueError as exc:
        errors["budget"] = str(exc)
    try:
        area = parse_range(form.area, "面积", limit=Decimal("10000"))
    except ValueError as exc:
        errors["area"] = str(exc)
    for key, label, value in (
        ("layout", "意向户型", form.layout),
        ("floor_preference", "楼层偏好", form.floor_preference),
    ):
        if len(value.strip()) > 20:
            errors[key] = f"{label}最多 20 个字"
    if form.birthday is not None and not (date(1900, 1, 1) <= form.birthday <= today):
        errors["birthday"] = "生日不能晚于今天"
    if len(notes) > 2000:
        errors["notes"] = "备注最多 2000 个字"
    if errors:
        return None, errors
    return (
        CleanCustomer(
            name=name,
            phone=phone_text,
            phone_kind=phone_kind,
            phone_key=phone_key,
            gender=form.gender,
            age_band=age_band,
            family_structure=family,
            budget_min=budget[0],
            budget_max=budget[1],
            area_min=area[0],
            area_max=area[1],
            layout=form.layout.strip(),
            floor_preference=form.floor_preference.strip(),
            purpose=form.purpose,
            buyer_type=form.buyer_type,
            focus="、".join(dict.fromkeys(focus)),
            channel=channel,
            awareness=awareness,
            birthday=form.birthday,
            notes=notes,
            marketing_opt_in=form.marketing_opt_in,
            do_not_disturb=form.do_not_disturb,
        ),
        {},
    )


# --- a change of phone (更换手机号)

MASKED_CHANGE = (
    "不能把手机号换成打码号码（如 138****5678）：打码号码认不出是谁，"
    "请填写客户本人完整的 11 位手机号"
)
VIRTUAL_CHANGE = "完整手机号不能换成虚拟号（带分机）：请填写客户本人完整的 11 位手机号"


def validate_phone_change(
    current: str | None, new_phone: str, reason: str
) -> tuple[Phone | None, dict[str, str]]:
    """The new phone of a customer whose phone is `current` (given whenever the phone passed),
    and the Chinese message per field ("phone", "reason"). The phone is the identity: it may
    become a real number (a masked or virtual one is completed), never a masked one, and a real
    number never a virtual one. Whether it is another customer's is the service's question."""
    errors: dict[str, str] = {}
    parsed: Phone | None = None
    try:
        parsed = parse_phone(new_phone)
    except PhoneError as exc:
        errors["phone"] = exc.message
    if parsed is not None:
        if parsed.text == current:
            errors["phone"] = "新号码与现在的号码相同"
        elif parsed.kind is PhoneKind.MASKED:
            errors["phone"] = MASKED_CHANGE
        elif parsed.kind is PhoneKind.VIRTUAL and _is_mobile(current):
            errors["phone"] = VIRTUAL_CHANGE
    if not reason.strip():
        errors["reason"] = "请填写更换原因"
    return (parsed if "phone" not in errors else None), errors


def _is_mobile(text: str | None) -> bool:
    try:
        return parse_phone(text).kind is PhoneKind.MOBILE
    except PhoneError:
        return False


# --- the registration form (来访登记)


@dataclass(frozen=True)
class VisitForm:
    phone: str = ""
    name: str = ""
    kind: VisitKind | None = None  # None: decided by the phone (known → 复访)
    party_size: int = 1
    channel: str = ""
    awareness: str = ""
    consent: bool = False
    marketing_opt_in: bool = False
    consultant_id: int | None = None  # first visit: from the rotation; return: the owner
    referrer_phone: str = ""
    note: str = ""
    #: A possible match (a masked number, a former number) the receptionist confirmed: the
    #: visit goes on this customer, whose name is kept.
    same_customer_id: int | None = None
    #: The receptionist said the possible matches are someone else: a new customer is made.
    new_customer: bool = False


def validate_visit(form: VisitForm, options: Options) -> dict[str, str]:
    """Messages per VisitForm field; empty when the form may be saved."""
    errors: dict[str, str] = {}
    try:
        parse_phone(form.phone)
    except PhoneError as exc:
        errors["phone"] = exc.message
    if len(clean_name(form.name)) > 40:
        errors["name"] = "姓名最多 40 个字"
    if not 1 <= form.party_size <= 30:
        errors["party_size"] = "来访人数应在 1 到 30 之间"
    if not form.channel.strip():
        errors["channel"] = "请选择来源渠道"
    else:
        _choice(form.channel, options.channels, "来源渠道", errors, "channel")
    _choice(form.awareness, options.awareness, "认知途径", errors, "awareness")
    if not form.consent:
        errors["consent"] = "须客户同意《个人信息告知》后才能登记手机号和姓名"
    if form.referrer_phone.strip():
        try:
            if parse_phone(form.referrer_phone).key is None:
                errors["referrer_phone"] = "推荐人须为完整手机号"
        except PhoneError as exc:
            errors["referrer_phone"] = "推荐人：" + exc.message
    if len(clean_note(form.note)) > 500:
        errors["note"] = "备注最多 500 个字"
    if form.same_customer_id is not None and form.new_customer:
        errors["same_customer_id"] = "请选择是同一人，还是登记为新客户（只能选一个）"
    return errors
