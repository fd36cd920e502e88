"""The customer page (DOMAIN §2, §13): the profile and its correction, relatives, a change of phone
with history, merging two records of one person, deletion on request and the printed record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.customers import (
    UNNAMED,
    CustomerForm,
    Grade,
    Options,
    Relation,
    VisitKind,
    due_state,
    format_range,
    validate_customer,
)
from anjia_desk.core.errors import ConflictError, UserError, ValidationError
from anjia_desk.core.phones import PhoneError, PhoneKind, parse_phone
from anjia_desk.core.roles import Action
from anjia_desk.db.models import (
    Customer,
    CustomerMerge,
    CustomerRelative,
    Dispute,
    FollowUp,
    GradeChange,
    OwnershipChange,
    PhoneChange,
    ReferralPoint,
    RiskMark,
    RiskWarning,
    Visit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, followups, risk
from anjia_desk.services import customer_state as state
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import CustomerRef
from anjia_desk.services.followups import GradeChangeRow

OWNERSHIP_KINDS = {
    "register": "登记",
    "visit": "来访",
    "claim": "认领",
    "reassign": "转移",
    "ruling": "撞单裁定",
    "merge": "合并",
    "import": "Excel 导入",
}
POINT_KINDS = {"visit": "推荐来访", "deal": "推荐成交", "redeem": "兑换", "adjust": "调整"}


# --- what the page shows


@dataclass(frozen=True)
class RelativeRow:
    id: int
    relation: str
    relation_label: str
    name: str
    shown_phone: str


@dataclass(frozen=True)
class VisitRow:
    id: int
    at: datetime
    kind: str
    kind_label: str
    party_size: int
    channel: str
    awareness: str
    consultant_name: str
    invalid_reason: str
    note: str


@dataclass(frozen=True)
class OwnershipRow:
    at: datetime
    from_name: str
    to_name: str
    kind_label: str
    reason: str
    by_name: str


@dataclass(frozen=True)
class PhoneRow:
    at: datetime
    old_phone: str
    new_phone: str
    reason: str
    by_name: str


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    name: str
    shown_phone: str
    phone_masked: bool  # shown masked to this user
    phone_kind: str  # core.phones.PhoneKind value
    form: CustomerForm  # the profile as the form shows it (phone as shown)
    grade: str
    owner_id: int | None
    owner_name: str
    protected_until: date | None
    in_pool: bool
    next_due: date | None
    due_state: str
    referrer: CustomerRef | None
    referrals: list[CustomerRef]
    relatives: list[RelativeRow]
    visits: list[VisitRow]
    ownership_history: list[OwnershipRow]
    phone_history: list[PhoneRow]
    grade_history: list[GradeChangeRow]
    consent_at: datetime | None
    marketing_opt_in: bool
    do_not_disturb: bool
    visit_count: int
    first_visit_at: datetime | None
    last_visit_at: datetime | None
    last_follow_up_at: datetime | None
    last_contact_at: datetime | None
    created_at: datetime
    version: int
    can_edit: bool
    anonymised: bool

    @property
    def display_name(self) -> str:
        return self.name or UNNAMED


def _form_of(customer: Customer, shown_phone: str) -> CustomerForm:
    return CustomerForm(
        name=customer.name,
        phone=shown_phone,
        gender=customer.gender,
        age_band=customer.age_band,
        family_structure=customer.family_structure,
        budget=format_range(customer.budget_min, customer.budget_max),
        area=format_range(customer.area_min, customer.area_max),
        layout=customer.layout,
        floor_preference=customer.floor_preference,
        purpose=customer.purpose,
        buyer_type=customer.buyer_type,
        focus=tuple(item for item in customer.focus.split("、") if item),
        channel=customer.channel,
        awareness=customer.awareness,
        birthday=customer.birthday,
        notes=customer.notes,
        marketing_opt_in=customer.marketing_opt_in,
        do_not_disturb=customer.do_not_disturb,
    )


def customer_detail(
    session: Session, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> CustomerDetail:
    """Everything the customer page shows; phones as this user may see them. Audited ("view")."""
    actor.require(Action.VIEW_CUSTOMERS)
    customer = state.get_customer(session, customer_id)
    rule = state.rules(session)
    today = rule.today(now)
    owner = customer.owner_id

    def phone(text: str | None) -> str:
        return state.shown_phone(actor, phone=text, owner_id=owner)

    shown = phone(customer.phone)
    relatives = list(
        session.scalars(
            select(CustomerRelative)
            .where(CustomerRelative.customer_id == customer.id)
            .order_by(CustomerRelative.id)
        )
    )
    visits = list(
        session.scalars(
            select(Visit).where(Visit.customer_id == customer.id).order_by(Visit.visited_at.desc())
        )
    )
    owners = list(
        session.scalars(
            select(OwnershipChange)
            .where(OwnershipChange.customer_id == customer.id)
            .order_by(OwnershipChange.id.desc())
        )
    )
    phones = list(
        session.scalars(
            select(PhoneChange)
            .where(PhoneChange.customer_id == customer.id)
            .order_by(PhoneChange.id.desc())
        )
    )
    names = state.staff_names(
        session,
        [owner]
        + [v.consultant_id for v in visits]
        + [o.from_user_id for o in owners]
        + [o.to_user_id for o in owners]
        + [o.user_id for o in owners]
        + [p.user_id for p in phones],
    )

    def name_of(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else ""

    referrer = None
    if customer.referrer_id is not None:
        ref = session.get(Customer, customer.referrer_id)
        if ref is not None:
            referrer = CustomerRef(ref.id, ref.name or UNNAMED)
    referrals = [
        CustomerRef(row.id, row.name or UNNAMED)
        for row in session.execute(
            select(Customer.id, Customer.name)
            .where(Customer.referrer_id == customer.id)
            .order_by(Customer.id)
        )
    ]
    due = customer.next_follow_up_on
    detail = CustomerDetail(
        id=customer.id,
        name=customer.name,
        shown_phone=shown,
        phone_masked=bool(customer.phone) and shown != customer.phone,
        phone_kind=customer.phone_kind,
        form=_form_of(customer, shown),
        grade=customer.grade,
        owner_id=owner,
        owner_name=name_of(owner),
        protected_until=customer.protected_until,
        in_pool=state.in_pool(customer, today),
        next_due=due,
        due_state=due_state(due, today),
        referrer=referrer,
        referrals=referrals,
        relatives=[
            RelativeRow(r.id, r.relation, Relation(r.relation).label, r.name, phone(r.phone))
            for r in relatives
        ],
        visits=[
            VisitRow(
                v.id,
                v.visited_at,
                v.kind,
                VisitKind(v.kind).label,
                v.party_size,
                v.channel,
                v.awareness,
                name_of(v.consultant_id),
                v.invalid_reason or "",
                v.note,
            )
            for v in visits
        ],
        ownership_history=[
            OwnershipRow(
                o.created_at,
                name_of(o.from_user_id),
                name_of(o.to_user_id),
                OWNERSHIP_KINDS.get(o.kind, o.kind),
                o.reason,
                name_of(o.user_id) or ("系统" if o.user_id is None else ""),
            )
            for o in owners
        ],
        phone_history=[
            PhoneRow(
                p.created_at,
                phone(p.old_phone),
                phone(p.new_phone),
                p.reason,
                name_of(p.user_id) or "系统",
            )
            for p in phones
        ],
        grade_history=followups.grade_history(session, actor, customer.id),
        consent_at=customer.consent_at,
        marketing_opt_in=customer.marketing_opt_in,
        do_not_disturb=customer.do_not_disturb,
        visit_count=customer.visit_count,
        first_visit_at=customer.first_visit_at,
        last_visit_at=customer.last_visit_at,
        last_follow_up_at=customer.last_follow_up_at,
        last_contact_at=customer.last_contact_at,
        created_at=customer.created_at,
        version=customer.version,
        can_edit=state.may_edit(actor, customer),
        anonymised=customer.anonymised_at is not None,
    )
    audit.record(session, actor, "view", "customers", customer.id, "查看客户档案")
    return detail


# --- correcting the profile

#: The profile's plain columns, as the form cleans them (name, birthday and phone have setters;
#: notes and the care flags are handled apart in a merge).
_PROFILE_COLUMNS = (
    "gender",
    "age_band",
    "family_structure",
    "budget_min",
    "budget_max",
    "area_min",
    "area_max",
    "layout",
    "floor_preference",
    "purpose",
    "buyer_type",
    "focus",
    "channel",
    "awareness",
)


def _check_version(customer: Customer, version: int) -> None:
    if customer.version != version:
        raise ConflictError("这位客户的资料刚被其他人修改过，您的修改未保存：请重新打开后再改")


def _with_current(options: Options, customer: Customer) -> Options:
    """The option lists plus the customer's current values: a value the settings no longer list
    stays valid on this record until someone changes it."""

    def plus(values: Any, current: str) -> list[str]:
        items = list(values)
        return [*items, current] if items and current and current not in items else items

    return Options(
        channels=plus(options.channels, customer.channel),
        awareness=plus(options.awareness, customer.awareness),
        age_bands=plus(options.age_bands, customer.age_band),
        family_structures=plus(options.family_structures, customer.family_structure),
        focus_points=options.focus_points,
        follow_up_channels=options.follow_up_channels,
        invalid_reasons=options.invalid_reasons,
    )


def update_customer(
    session: Session,
    actor: Actor,
    customer_id: int,
    form: CustomerForm,
    *,
    version: int,
    now: datetime | None = None,
) -> None:
    """Save the profile (correction on request, DOMAIN §13). The phone is the identity and changes
    only through `change_phone`: here it must be blank or the current number."""
    customer = state.get_customer(session, customer_id)
    state.require_edit(actor, customer)
    _check_version(customer, version)
    rule = state.rules(session)
    current = customer.phone or ""
    errors: dict[str, str] = {}
    if form.phone.strip():
        try:
            same = parse_phone(form.phone).text == current
        except PhoneError:
            same = False
        if not same:
            errors["phone"] = "手机号请用“更换手机号…”修改，以便保留号码历史"
    checked = CustomerForm(**{**form.__dict__, "phone": current})
    clean, problems = validate_customer(
        checked, _with_current(state.options(session), customer), today=rule.today(now)
    )
    errors.update(problems)
    if errors or clean is None:
        raise ValidationError(errors)
    state.set_name(customer, clean.name)
    state.set_birthday(customer, clean.birthday)
    for column in (*_PROFILE_COLUMNS, "notes", "marketing_opt_in", "do_not_disturb"):
        setattr(customer, column, getattr(clean, column))
    session.flush()


def set_care_flags(
    session: Session,
    actor: Actor,
    customer_id: int,
    *,
    marketing_opt_in: bool,
    do_not_disturb: bool,
    version: int,
    now: datetime | None = None,
) -> None:
    """Marketing opt-in (a separate consent) and 勿扰 (no care touches, greetings or marketing)."""
    customer = state.get_customer(session, customer_id)
    state.require_edit(actor, customer)
    _check_version(customer, version)
    customer.marketing_opt_in = marketing_opt_in
    customer.do_not_disturb = do_not_disturb
    session.flush()


# --- relatives


def add_relative(
    session: Session,
    actor: Actor,
    customer_id: int,
    *,
    relation: str,
    name: str,
    phone: str,
    now: datetime | None = None,
) -> int:
    """Link a spouse, parent, child or other relative who buys together (判客 finds them too)."""
    customer = state.get_customer(session, customer_id)
    state.require_edit(actor, customer)
    errors: dict[str, str] = {}
    try:
        Relation(relation)
    except ValueError:
        errors["relation"] = "请选择关系"
    clean_name = " ".join(name.split())
    if len(clean_name) > 40:
        errors["name"] = "姓名最多 40 个字"
    parsed = None
    if phone.strip():
        try:
            parsed = parse_phone(phone)
        except PhoneError as exc:
            errors["phone"] = exc.message
    elif not clean_name:
        errors["name"] = "请至少填写姓名或手机号"
    if parsed is not None and "phone" not in errors:
        if parsed.text == customer.phone:
            errors["phone"] = "这是客户本人的手机号"
        elif session.scalar(
            select(CustomerRelative.id).where(
                CustomerRelative.customer_id == customer.id,
                CustomerRelative.phone == parsed.text,
            )
        ):
            errors["phone"] = "这位亲属已经登记过了"
    if errors:
        raise ValidationError(errors)
    relative = CustomerRelative(
        customer_id=customer.id,
        relation=relation,
        name=clean_name,
        phone=parsed.text if parsed else None,
        phone_key=parsed.key if parsed else None,
    )
    session.add(relative)
    session.flush()
    return relative.id


def remove_relative(session: Session, actor: Actor, relative_id: int) -> None:
    relative = session.get(CustomerRelative, relative_id)
    if relative is None:
        from anjia_desk.core.errors import NotFound

        raise NotFound("这位亲属已不在客户档案中")
    state.require_edit(actor, state.get_customer(session, relative.customer_id))
    session.delete(relative)
    session.flush()


# --- the phone, the identity


def _owner_label(session: Session, customer: Customer) -> str:
    names = state.staff_names(session, [customer.owner_id])
    owner = names.get(customer.owner_id) if customer.owner_id is not None else None
    return f"，归属 {owner}" if owner else "，在公客池"


def change_phone(
    session: Session,
    actor: Actor,
    customer_id: int,
    new_phone: str,
    *,
    reason: str,
    now: datetime | None = None,
) -> None:
    """Replace the customer's phone; the old number stays in the phone history. A number that
    is another customer's identity is refused (the two records may be one person: merge them)."""
    customer = state.get_customer(session, customer_id)
    state.require_edit(actor, customer)
    errors: dict[str, str] = {}
    parsed = None
    try:
        parsed = parse_phone(new_phone)
    except PhoneError as exc:
        errors["phone"] = exc.message
    if parsed is not None and parsed.text == customer.phone:
        errors["phone"] = "新号码与现在的号码相同"
    elif parsed is not None and parsed.key is not None:
        other = session.scalar(
            select(Customer).where(Customer.phone_key == parsed.key, Customer.id != customer.id)
        )
        if other is not None:
            errors["phone"] = (
                f"这个号码已是客户“{other.name or UNNAMED}”（编号 {other.id}"
                f"{_owner_label(session, other)}）的手机号；如是同一人，请用“合并客户…”"
            )
    if not reason.strip():
        errors["reason"] = "请填写更换原因"
    if errors or parsed is None:
        raise ValidationError(errors)
    session.add(
        PhoneChange(
            customer_id=customer.id,
            user_id=actor.user_id,
            old_phone=customer.phone,
            new_phone=parsed.text,
            reason=reason.strip(),
        )
    )
    state.set_phone(customer, parsed)
    session.flush()


# --- merging two records of one person

_SNAPSHOT_SKIP = {"name_initials", "phone_key", "birthday_md"}


def _snapshot(customer: Customer) -> str:
    values: dict[str, Any] = {}
    for column in Customer.__table__.columns:
        if column.key in _SNAPSHOT_SKIP:
            continue
        value = getattr(customer, column.key)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        values[column.key] = value
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return min(x for x in (a, b) if x is not None) if a or b else None


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max(x for x in (a, b) if x is not None) if a or b else None


def merge_customers(
    session: Session,
    actor: Actor,
    *,
    keep_id: int,
    merge_id: int,
    reason: str,
    now: datetime | None = None,
) -> None:
    """Merge record `merge_id` into `keep_id` (two records of one person). Every visit,
    follow-up, history line, risk mark and warning, referral line and relative moves to the kept
    record; the removed record's fields are kept as JSON in CustomerMerge; its number goes into the
    kept record's phone history; contact dates and counts are combined."""
    actor.require(Action.MERGE_CUSTOMERS)
    errors: dict[str, str] = {}
    if keep_id == merge_id:
        errors["merge_id"] = "不能把客户与自己合并"
    if not reason.strip():
        errors["reason"] = "请填写合并原因"
    if errors:
        raise ValidationError(errors)
    keep = state.get_customer(session, keep_id)
    merge = state.get_customer(session, merge_id)
    if keep.anonymised_at is not None or merge.anonymised_at is not None:
        raise UserError("已删除个人信息（匿名化）的客户不能合并")
    rule = state.rules(session)
    moment = aware_utc(now)
    reason = reason.strip()
    note = f"合并客户 {merge.id}：{reason}"

    session.add(
        CustomerMerge(
            kept_id=keep.id,
            merged_id=merge.id,
            snapshot=_snapshot(merge),
            reason=reason,
            user_id=actor.user_id,
        )
    )
    # The identity: the kept record takes the real number if it only had a masked/virtual one.
    merged_phone = merge.phone
    take_number = keep.phone_key is None and merge.phone_key is not None
    merge.phone_key = None
    session.flush()  # frees the unique phone key before the kept record may take it
    if take_number and merged_phone is not None:
        session.add(
            PhoneChange(
                customer_id=keep.id,
                user_id=actor.user_id,
                old_phone=keep.phone,
                new_phone=merged_phone,
                reason=note,
            )
        )
        state.set_phone(keep, parse_phone(merged_phone))
    elif merged_phone:
        session.add(
            PhoneChange(
                customer_id=keep.id,
                user_id=actor.user_id,
                old_phone=merged_phone,
                new_phone=keep.phone,
                reason=note,
            )
        )

    # Risk marks: one per day and dimension; the kept record's own mark wins.
    kept_marks = set(
        (row.day, row.dimension)
        for row in session.execute(
            select(RiskMark.day, RiskMark.dimension).where(RiskMark.customer_id == keep.id)
        )
    )
    for mark in session.scalars(select(RiskMark).where(RiskMark.customer_id == merge.id)):
        if (mark.day, mark.dimension) in kept_marks:
            session.delete(mark)
    session.flush()
    for model in (
        Visit,
        FollowUp,
        GradeChange,
        PhoneChange,
        OwnershipChange,
        RiskMark,
        RiskWarning,
        CustomerRelative,
        Dispute,
    ):
        session.execute(
            update(model).where(model.customer_id == merge.id).values(customer_id=keep.id)
        )
    session.execute(
        update(CustomerMerge).where(CustomerMerge.kept_id == merge.id).values(kept_id=keep.id)
    )
    session.execute(
        update(ReferralPoint)
        .where(ReferralPoint.referrer_id == merge.id)
        .values(referrer_id=keep.id)
    )
    session.execute(
        update(ReferralPoint)
        .where(ReferralPoint.referred_id == merge.id)
        .values(referred_id=keep.id)
    )
    session.execute(
        update(Customer)
        .where(Customer.referrer_id == merge.id, Customer.id != keep.id)
        .values(referrer_id=keep.id)
    )

    # Profile: blanks of the kept record are filled from the merged one.
    if not keep.name and merge.name:
        state.set_name(keep, merge.name)
    if keep.birthday is None and merge.birthday is not None:
        state.set_birthday(keep, merge.birthday)
    for column in _PROFILE_COLUMNS:
        if getattr(keep, column) in (None, "") and getattr(merge, column) not in (None, ""):
            setattr(keep, column, getattr(merge, column))
    if merge.notes:
        keep.notes = f"{keep.notes}\n{merge.notes}".strip() if keep.notes else merge.notes
    if keep.referrer_id is None and merge.referrer_id not in (None, keep.id):
        keep.referrer_id = merge.referrer_id
    elif keep.referrer_id == merge.id:
        keep.referrer_id = None
    keep.consent_at = _earliest(keep.consent_at, merge.consent_at)
    keep.do_not_disturb = keep.do_not_disturb or merge.do_not_disturb
    keep.risk_monitoring = keep.risk_monitoring or merge.risk_monitoring

    # Contact dates and counts, as record_contact would have kept them.
    keep.visit_count = (keep.visit_count or 0) + (merge.visit_count or 0)
    keep.first_visit_at = _earliest(keep.first_visit_at, merge.first_visit_at)
    keep.last_visit_at = _latest(keep.last_visit_at, merge.last_visit_at)
    keep.last_follow_up_at = _latest(keep.last_follow_up_at, merge.last_follow_up_at)
    keep.last_contact_at = _latest(keep.last_contact_at, merge.last_contact_at)
    if merge.planned_follow_up_on is not None and (
        keep.planned_follow_up_on is None or merge.planned_follow_up_on > keep.planned_follow_up_on
    ):
        keep.planned_follow_up_on = merge.planned_follow_up_on

    # Ownership: the kept record's owner stays; a kept record in the pool goes to the other's.
    today = rule.today(moment)
    if state.in_pool(keep, today) and not state.in_pool(merge, today):
        state.set_owner(
            session, actor, keep, merge.owner_id, kind="merge", reason=note, today=today, rule=rule
        )
    # The index and the warnings over the joined marks (one warning per streak, as ever).
    risk.refresh_risk(session, keep, today=today)
    state.refresh_due(keep, rule)
    session.delete(merge)
    session.flush()
    audit.record(
        session,
        actor,
        "update",
        "customers",
        keep.id,
        f"合并客户：编号 {merge_id} 并入 {keep.id}",
        reason=reason,
    )


# --- deletion on request (PIPL)


def erase_personal_data(
    session: Session,
    actor: Actor,
    customer_id: int,
    *,
    reason: str,
    now: datetime | None = None,
) -> None:
    """Delete the person's data on their request (DOMAIN §13): name, phone, profile, relatives,
    notes and risk marks go; channel, grade and the counts stay for the statistics."""
    actor.require(Action.DELETE_PERSONAL_DATA)
    if not reason.strip():
        raise ValidationError({"reason": "请填写删除原因（例如：客户本人当面提出）"})
    customer = state.get_customer(session, customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已经删除过了")
    state.scrub_personal_data(session, customer, now=aware_utc(now))
    session.flush()
    audit.record(
        session,
        actor,
        "delete",
        "customers",
        customer.id,
        "应本人要求删除个人信息",
        reason=reason.strip(),
    )


# --- the printed record


def _local(moment: datetime | None, rule: state.Rules) -> datetime | None:
    return moment.astimezone(rule.zone).replace(tzinfo=None) if moment is not None else None


def print_customer_record(
    session: Session,
    actor: Actor,
    customer_id: int,
    out: Path,
    *,
    now: datetime | None = None,
) -> Path:
    """The person's full record as a PDF (on their request, DOMAIN §13): every profile field
    unmasked, relatives, visits, follow-ups, grade and phone history, points, consent. The risk
    notes of DOMAIN §4 stay inside the office and are not printed. Audited ("print")."""
    actor.require(Action.PRINT_CUSTOMER_RECORD)
    customer = state.get_customer(session, customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已删除（匿名化），没有可打印的个人信息")
    from anjia_desk.pdf import customer_record as pdf
    from anjia_desk.services.printing import letterhead_from_settings, office_time

    rule = state.rules(session)
    visits = list(
        session.scalars(select(Visit).where(Visit.customer_id == customer.id).order_by(Visit.id))
    )
    follow_ups = list(
        session.scalars(
            select(FollowUp).where(FollowUp.customer_id == customer.id).order_by(FollowUp.at)
        )
    )
    grades = list(
        session.scalars(
            select(GradeChange)
            .where(GradeChange.customer_id == customer.id)
            .order_by(GradeChange.id)
        )
    )
    phones = list(
        session.scalars(
            select(PhoneChange)
            .where(PhoneChange.customer_id == customer.id)
            .order_by(PhoneChange.id)
        )
    )
    points = list(
        session.scalars(
            select(ReferralPoint)
            .where(ReferralPoint.referrer_id == customer.id)
            .order_by(ReferralPoint.id)
        )
    )
    relatives = list(
        session.scalars(
            select(CustomerRelative)
            .where(CustomerRelative.customer_id == customer.id)
            .order_by(CustomerRelative.id)
        )
    )
    names = state.staff_names(
        session,
        [customer.owner_id]
        + [v.consultant_id for v in visits]
        + [f.user_id for f in follow_ups]
        + [g.user_id for g in grades]
        + [p.user_id for p in phones],
    )
    referred = {
        row.id: row.name or UNNAMED
        for row in session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_([p.referred_id for p in points if p.referred_id is not None])
            )
        )
    }
    referrer_name = ""
    if customer.referrer_id is not None:
        referrer = session.get(Customer, customer.referrer_id)
        referrer_name = (referrer.name or UNNAMED) if referrer is not None else ""
    balance = session.scalar(
        select(func.coalesce(func.sum(ReferralPoint.points), 0)).where(
            ReferralPoint.referrer_id == customer.id
        )
    )

    def who(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else ""

    phone_kind = PhoneKind(customer.phone_kind).label if customer.phone_kind else ""
    record = pdf.CustomerRecord(
        number=customer.id,
        profile=[
            ("姓名", customer.name or UNNAMED),
            ("手机号", f"{customer.phone or ''}（{phone_kind}）" if phone_kind else ""),
            ("性别", customer.gender),
            ("年龄段", customer.age_band),
            ("家庭结构", customer.family_structure),
            ("生日", customer.birthday.isoformat() if customer.birthday else ""),
            ("预算（万元）", format_range(customer.budget_min, customer.budget_max)),
            ("意向面积（㎡）", format_range(customer.area_min, customer.area_max)),
            ("意向户型", customer.layout),
            ("楼层偏好", customer.floor_preference),
            ("置业目的", customer.purpose),
            ("客户类型", customer.buyer_type),
            ("关注点", customer.focus),
            ("来源渠道", customer.channel),
            ("认知途径", customer.awareness),
            ("意向等级", Grade(customer.grade).label),
            ("归属顾问", who(customer.owner_id) or "公客池"),
            ("推荐人", referrer_name),
            ("来访次数", str(customer.visit_count)),
            ("首次来访", _fmt(_local(customer.first_visit_at, rule))),
            ("备注", customer.notes),
        ],
        consent=[
            ("同意个人信息告知", _fmt(_local(customer.consent_at, rule)) or "未记录"),
            ("同意接收营销信息", "是" if customer.marketing_opt_in else "否"),
            ("勿扰", "是（不做关怀、问候和营销联系）" if customer.do_not_disturb else "否"),
            ("建档时间", _fmt(_local(customer.created_at, rule))),
        ],
        relatives=[(Relation(r.relation).label, r.name, r.phone or "") for r in relatives],
        visits=[
            (
                _fmt(_local(v.visited_at, rule)),
                VisitKind(v.kind).label,
                str(v.party_size),
                v.channel,
                who(v.consultant_id),
                "；".join(x for x in (v.invalid_reason or "", v.note) if x),
            )
            for v in visits
        ],
        follow_ups=[
            (
                _fmt(_local(f.at, rule)),
                f.channel,
                who(f.user_id),
                f.content,
                f.result,
                f.next_on.isoformat() if f.next_on else "",
            )
            for f in follow_ups
        ],
        grades=[
            (
                _fmt(_local(g.created_at, rule)),
                g.from_grade or "—",
                g.to_grade,
                who(g.user_id),
                g.reason,
            )
            for g in grades
        ],
        phones=[
            (_fmt(_local(p.created_at, rule)), p.old_phone or "", p.new_phone or "", p.reason)
            for p in phones
        ],
        points=[
            (
                _fmt(_local(p.created_at, rule)),
                POINT_KINDS.get(p.kind, p.kind),
                referred.get(p.referred_id, "") if p.referred_id is not None else "",
                str(p.points),
                p.note,
            )
            for p in points
        ],
        points_balance=int(balance or 0),
    )
    path = pdf.build_customer_record(
        out,
        record,
        letterhead=letterhead_from_settings(session),
        printed_at=office_time(session, now),
    )
    audit.record(session, actor, "print", "customers", customer.id, "打印客户个人信息")
    return path


def _fmt(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment is not None else ""
