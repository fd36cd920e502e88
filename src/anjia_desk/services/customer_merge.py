"""Merging two records of one person (DOMAIN §2): everything of the removed record moves to the
kept one, its fields are kept as JSON, blanks are filled and contact dates combined."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import (
    CareTouch,
    Customer,
    CustomerMerge,
    CustomerRelative,
    Deal,
    Dispute,
    FollowUp,
    GradeChange,
    OwnershipChange,
    PhoneChange,
    QueueTicket,
    Receipt,
    ReferralPoint,
    RiskMark,
    RiskWarning,
    UnitHold,
    Visit,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, risk
from anjia_desk.services import customer_state as state
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_detail import PROFILE_COLUMNS

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
    follow-up, history line, risk mark and warning, referral line and relative — and every 认筹
    number, hold, deal, receipt and care touch — moves to the kept record; the removed record's
    fields are kept as JSON in CustomerMerge; its number goes into the kept record's phone
    history; contact dates and counts are combined."""
    actor.require(Action.MERGE_CUSTOMERS)
    reason = clean_note(reason)  # no control or direction characters (issue 14)
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
        # Money and deals follow the person: a duplicate that already has a 认筹 number, a
        # hold, a deal, receipts or care touches merges too (the deal keeps its buyer's name).
        QueueTicket,
        UnitHold,
        Deal,
        Receipt,
        CareTouch,
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
    for column in PROFILE_COLUMNS:
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
