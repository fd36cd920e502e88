"""Changing a customer's record (DOMAIN §2, §13): correcting the profile and the care flags,
relatives, a change of phone with history, and deletion on request.

What the page shows is `customer_detail`, merging two records `customer_merge`, the printed record
`services.papers.customer_record`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core import text
from anjia_desk.core.customers import (
    UNNAMED,
    CustomerForm,
    Options,
    Relation,
    validate_customer,
    validate_phone_change,
)
from anjia_desk.core.errors import ConflictError, NotFound, UserError, ValidationError
from anjia_desk.core.phones import PhoneError, parse_phone
from anjia_desk.core.roles import Action
from anjia_desk.db.conflicts import conflict_message
from anjia_desk.db.models import Customer, CustomerRelative, PhoneChange
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, erasure
from anjia_desk.services import customer_state as state
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_detail import PROFILE_COLUMNS

# --- correcting the profile


def _check_version(session: Session, customer: Customer, version: int) -> None:
    """Refuse a save over a change made since the form was opened, naming who changed what."""
    if customer.version != version:
        tail = "您的修改未保存：请看过新的资料后再改"
        raise ConflictError(conflict_message(session, customer, version, tail))


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
    _check_version(session, customer, version)
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
    for column in (*PROFILE_COLUMNS, "notes", "marketing_opt_in", "do_not_disturb"):
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
    _check_version(session, customer, version)
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
    clean_name = text.clean_name(name)
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
    """Replace the customer's phone; the old number stays in the phone history (判客 still finds
    the customer by it, as 曾用号码). A number that is another customer's identity is refused
    (the two records may be one person: merge them), so is a masked one (core's rule)."""
    customer = state.get_customer(session, customer_id)
    state.require_edit(actor, customer)
    parsed, errors = validate_phone_change(customer.phone, new_phone, reason)
    if parsed is not None and parsed.key is not None:
        other = session.scalar(
            select(Customer).where(Customer.phone_key == parsed.key, Customer.id != customer.id)
        )
        if other is not None:
            errors["phone"] = (
                f"这个号码已是客户“{other.name or UNNAMED}”（编号 {other.id}"
                f"{_owner_label(session, other)}）的手机号；如是同一人，请用“合并客户…”"
            )
    if errors or parsed is None:
        raise ValidationError(errors)
    session.add(
        PhoneChange(
            customer_id=customer.id,
            user_id=actor.user_id,
            old_phone=customer.phone,
            new_phone=parsed.text,
            reason=text.clean_note(reason),  # nothing invisible (issue 14)
            created_at=aware_utc(now),  # 判客 says when a former number was given up
        )
    )
    state.set_phone(customer, parsed)
    session.flush()


# --- deletion on request (PIPL)


def erase_personal_data(
    session: Session,
    actor: Actor,
    customer_id: int,
    *,
    reason: str,
    now: datetime | None = None,
) -> erasure.ErasureResult:
    """Delete the person's data on their request (DOMAIN §13, services.erasure): name, phone,
    profile, relatives, notes, reasons and risk marks go, and the phone from other people's
    notes; channel, grade and the counts stay for the statistics; a buyer's deals and receipts
    stay (会计档案) and the person is marked 已申请删除."""
    actor.require(Action.DELETE_PERSONAL_DATA)
    if not reason.strip():
        raise ValidationError({"reason": "请填写删除原因（例如：客户本人当面提出）"})
    customer = state.get_customer(session, customer_id)
    if customer.anonymised_at is not None:
        raise UserError("这位客户的个人信息已经删除过了")
    why = erasure.clean_reason(session, customer, text.clean_note(reason))
    result = erasure.erase(session, customer, now=now, kind="request")
    summary = "应本人要求删除个人信息"
    if result.kept_for_accounts:
        summary += "；交易和收据作为会计档案保留，客户标记为已申请删除"
    audit.record(session, actor, "delete", "customers", customer.id, summary, reason=why)
    return result
