"""老带新 (DOMAIN §10): who referred a customer, whom they referred, and the points ledger
(earned on a referral's visit or deal, redeemed for vouchers or services, thanked for)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED
from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.phones import PhoneError, parse_phone
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import Customer, ReferralPoint
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit, erasure
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import CustomerRef
from anjia_desk.services.referrer_lookup import find_referrer

KIND_LABELS = {"visit": "推荐到访", "deal": "推荐成交", "redeem": "兑换", "adjust": "调整"}
#: Ledger lines a referrer is thanked for (points earned by a referral).
EARNED = ("visit", "deal")
NOTE_MAX = 200


@dataclass(frozen=True)
class ReferredRow:
    id: int
    name: str
    grade: str
    first_visit: date | None


@dataclass(frozen=True)
class LedgerRow:
    id: int
    at: datetime
    kind: str
    referred_id: int | None
    referred_name: str
    points: int
    note: str
    user_name: str
    thanked_at: datetime | None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def to_thank(self) -> bool:
        return self.kind in EARNED and self.points > 0 and self.thanked_at is None


@dataclass(frozen=True)
class ReferralSummary:
    customer_id: int
    referrer: CustomerRef | None
    referred: list[ReferredRow]
    ledger: list[LedgerRow]  # newest entry first
    balance: int
    can_edit: bool  # link a referrer, thank, record a decline
    can_redeem: bool


def _name(customer: Customer) -> str:
    return customer.name or UNNAMED


def balance_of(session: Session, customer_id: int) -> int:
    """The customer's points: earned minus redeemed."""
    total = session.scalar(
        select(func.coalesce(func.sum(ReferralPoint.points), 0)).where(
            ReferralPoint.referrer_id == customer_id
        )
    )
    return int(total or 0)


def referral_summary(session: Session, actor: Actor, customer_id: int) -> ReferralSummary:
    actor.require(Action.VIEW_CUSTOMERS)
    customer = cs.get_customer(session, customer_id)
    referrer = session.get(Customer, customer.referrer_id) if customer.referrer_id else None
    referred = [
        ReferredRow(
            id=c.id,
            name=_name(c),
            grade=c.grade,
            first_visit=cs.rules(session).local_date(c.first_visit_at)
            if c.first_visit_at
            else None,
        )
        for c in session.scalars(
            select(Customer).where(Customer.referrer_id == customer.id).order_by(Customer.id)
        )
    ]
    lines = list(
        session.scalars(
            select(ReferralPoint)
            .where(ReferralPoint.referrer_id == customer.id)
            .order_by(ReferralPoint.id.desc())
        )
    )
    referred_names = {
        row.id: row.name or UNNAMED
        for row in session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_({line.referred_id for line in lines if line.referred_id})
            )
        )
    }
    users = cs.staff_names(session, (line.user_id for line in lines))
    ledger = [
        LedgerRow(
            id=line.id,
            at=line.created_at,
            kind=line.kind,
            referred_id=line.referred_id,
            referred_name=referred_names.get(line.referred_id, "")
            if line.referred_id is not None
            else "",
            points=line.points,
            note=line.note,
            user_name=users.get(line.user_id, "") if line.user_id is not None else "系统",
            thanked_at=line.thanked_at,
        )
        for line in lines
    ]
    can_edit = cs.may_edit(actor, customer)
    return ReferralSummary(
        customer_id=customer.id,
        referrer=CustomerRef(referrer.id, _name(referrer)) if referrer is not None else None,
        referred=referred,
        ledger=ledger,
        balance=sum(line.points for line in lines),
        can_edit=can_edit,
        can_redeem=actor.can(Action.REDEEM_POINTS),
    )


def redeem_points(
    session: Session,
    actor: Actor,
    customer_id: int,
    *,
    points: int,
    note: str,
    now: datetime | None = None,
) -> int:
    """Redeem `points` for a voucher or a service (the note says which); never beyond the
    balance. Returns the ledger line's id."""
    actor.require(Action.REDEEM_POINTS)
    customer = cs.get_customer(session, customer_id)
    errors: dict[str, str] = {}
    text = clean_note(note)  # printed on the ledger: nothing invisible (issue 14)
    balance = balance_of(session, customer.id)
    if points <= 0:
        errors["points"] = "兑换积分应大于 0"
    elif points > balance:
        errors["points"] = f"积分不足：当前余额 {balance}，不能兑换 {points}"
    if not text:
        errors["note"] = "请写明兑换了什么（如 物业费抵用券 500 元）"
    elif len(text) > NOTE_MAX:
        errors["note"] = f"说明最多 {NOTE_MAX} 个字"
    if errors:
        raise ValidationError(errors)
    entry = cs.award_referral_points(
        session,
        actor,
        referrer_id=customer.id,
        referred_id=None,
        points=-points,
        kind="redeem",
        note=text,
    )
    entry.created_at = aware_utc(now)
    session.flush()
    return entry.id


def mark_thanked(
    session: Session, actor: Actor, ledger_id: int, *, now: datetime | None = None
) -> None:
    """The consultant thanked the referrer for a referral's points (the to-do goes away)."""
    entry = session.get(ReferralPoint, ledger_id)
    if entry is None:
        raise UserError(f"积分记录 {ledger_id} 不存在")
    cs.require_edit(actor, cs.get_customer(session, entry.referrer_id))
    if entry.kind not in EARNED or entry.points <= 0:
        raise UserError("只有推荐所得的积分需要致谢")
    if entry.thanked_at is not None:
        raise UserError("这笔积分已经致谢过了")
    entry.thanked_at = aware_utc(now)


def link_referrer(
    session: Session,
    actor: Actor,
    customer_id: int,
    *,
    referrer_phone: str,
    now: datetime | None = None,
) -> int:
    """Link the customer to the customer who referred them, found by phone — a lookup audited
    and counted like 判客, also when the link is refused (services.referrer_lookup). A customer
    who has already visited earns the referrer the visit points now (once). Returns the
    referrer's id."""
    customer = cs.get_customer(session, customer_id)
    cs.require_edit(actor, customer)
    try:
        phone = parse_phone(referrer_phone)
    except PhoneError as exc:
        raise ValidationError({"referrer_phone": exc.message}) from exc
    if phone.key is None:
        raise ValidationError({"referrer_phone": "推荐人须为完整手机号（不能是隐号或虚拟号）"})
    referrer = find_referrer(session, actor, phone, now=now)  # audited and counted like 判客
    if referrer is None:
        raise ValidationError({"referrer_phone": "没有这个手机号的客户，请先为推荐人登记"})
    if referrer.id == customer.id:
        raise ValidationError({"referrer_phone": "客户不能推荐自己"})
    if referrer.referrer_id == customer.id:
        raise ValidationError({"referrer_phone": "对方是由本客户推荐来的，不能互为推荐人"})
    if customer.referrer_id is not None:
        if customer.referrer_id == referrer.id:
            return referrer.id
        raise UserError("该客户已有推荐人；如需更正，请联系案场经理")
    customer.referrer_id = referrer.id
    rule = cs.rules(session)
    already = session.scalar(
        select(ReferralPoint.id).where(
            ReferralPoint.referred_id == customer.id, ReferralPoint.kind == "visit"
        )
    )
    if customer.visit_count > 0 and already is None and rule.points_visit > 0:
        cs.award_referral_points(
            session,
            actor,
            referrer_id=referrer.id,
            referred_id=customer.id,
            points=rule.points_visit,
            kind="visit",
            note=f"推荐 {_name(customer)} 到访（补登推荐关系）",
        )
    session.flush()
    return referrer.id


def decline_referral(
    session: Session, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> None:
    """The referred person, told at first contact how their number was obtained, declines: their
    personal data (the number first of all) is removed (DOMAIN §10, §13)."""
    customer = cs.get_customer(session, customer_id)
    cs.require_edit(actor, customer)
    if customer.referrer_id is None:
        raise UserError("该客户不是老带新推荐来的")
    erasure.erase(session, customer, now=aware_utc(now), kind="declined")
    audit.record(
        session,
        actor,
        "delete",
        "customers",
        customer.id,
        "被推荐人拒绝联系，已删除其手机号等个人信息",
        reason="被推荐人在首次联系时拒绝",
    )
