"""One demo deal's life after 认购, through the services (payments, steps, 交付), with who does
each thing and when (services.demo_deals tells the whole project's story with it)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.deal_rules import steps_for
from anjia_desk.core.deals import (
    MORTGAGE_STEPS,
    DiscountStatus,
    Nature,
    PaymentMethod,
    Step,
)
from anjia_desk.core.identity import check_character
from anjia_desk.core.roles import Role
from anjia_desk.db.models import (
    Customer,
    Deal,
    Installment,
    Unit,
    User,
    UserRole,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import deal_steps, deals, payments
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import office_zone

METHODS = (
    (PaymentMethod.FULL, 3),
    (PaymentMethod.COMMERCIAL, 4),
    (PaymentMethod.FUND, 2),
    (PaymentMethod.COMBO, 2),
)
BANKS = ("中国工商银行", "中国建设银行", "招商银行", "杭州银行")
REGIONS = ("330106", "330108", "330110", "330102", "110105", "320102", "440305", "510104")
MANY_PAY_WAYS = ("转账", "转账", "转账", "刷卡", "POS")


def fen(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Cast:
    """The demo's users as Actors, by the job they do here."""

    by_id: dict[int, Actor]
    secretary: Actor
    cashier: Actor
    finance: Actor
    mortgage: Actor
    manager: Actor
    marketing: Actor


def cast_of(session: Session) -> Cast:
    roles: dict[int, set[Role]] = {}
    names: dict[int, tuple[str, str]] = {}
    rows = session.execute(
        select(User.id, User.username, User.display_name, UserRole.role)
        .join(UserRole, UserRole.user_id == User.id)
        .where(User.is_active.is_(True))
        .order_by(User.id)
    )
    for user_id, username, display, role in rows:
        roles.setdefault(user_id, set()).add(Role(role))
        names[user_id] = (username, display)
    by_id = {
        uid: Actor(user_id=uid, username=names[uid][0], display_name=names[uid][1],
                   roles=frozenset(r))
        for uid, r in roles.items()
    }  # fmt: skip

    def first(role: Role) -> Actor:
        for actor in by_id.values():
            if role in actor.roles:
                return actor
        raise ValueError(f"the demo needs a user with role {role.value}")

    return Cast(
        by_id=by_id,
        secretary=first(Role.SALES_SECRETARY),
        cashier=first(Role.CASHIER),
        finance=first(Role.FINANCE),
        mortgage=first(Role.MORTGAGE_OFFICER),
        manager=first(Role.SITE_MANAGER),
        marketing=first(Role.MARKETING_HEAD),
    )


class DealLife:
    """The demo's clock, people and one deal's life after 认购 (money, steps, delivery), acting
    through the services as the office's users."""

    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.session = session
        self.rng = rng
        self.now = aware_utc(now)
        self.zone: ZoneInfo = office_zone(session)
        self.today = self.now.astimezone(self.zone).date()
        self.cast = cast_of(session)
        self.receipt_ids: list[tuple[int, date]] = []
        self.handed_over: set[int] = set()

    # --- time and people

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """`day` at hour:minute in the office, as UTC; never after `now`."""
        moment = datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC)
        return min(moment, self.now - timedelta(minutes=1))

    def seller(self, customer: Customer) -> Actor:
        actor = self.cast.by_id.get(customer.owner_id or 0)
        if actor is None or not actor.roles & {Role.CONSULTANT, Role.SENIOR_CONSULTANT}:
            return self.cast.secretary
        return actor

    def id_number(self) -> str:
        rng = self.rng
        born = date(1962, 1, 1) + timedelta(days=rng.randint(0, 36 * 365))
        first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randint(0, 999):03d}"
        return first17 + check_character(first17)

    def method(self) -> PaymentMethod:
        return self.rng.choices([m for m, _ in METHODS], weights=[w for _, w in METHODS])[0]

    # --- money

    def pay(
        self,
        deal_id: int,
        installment: Installment,
        amount: Decimal,
        day: date,
        payer: str,
        *,
        method: str | None = None,
    ) -> int:
        moment = self.at(day, self.rng.randint(9, 17), self.rng.randint(0, 59))
        receipt_id = payments.record_payment(
            self.session,
            self.cast.cashier,
            amount=amount,
            nature=Nature(installment.nature),
            payer=payer,
            method=method or self.rng.choice(MANY_PAY_WAYS),
            paid_on=day,
            deal_id=deal_id,
            installment_id=installment.id,
            now=moment,
        )
        self.receipt_ids.append((receipt_id, day))
        return receipt_id

    # --- a deal's life after 认购

    def live_deal(
        self,
        deal_id: int,
        subscribed: date,
        *,
        late_days: int | None = None,
        sign: bool = True,
        sign_after: int | None = None,
        loan_late: bool = False,
    ) -> None:
        """Sign, pay, the steps in order, as far as the days since 认购 allow."""
        session, rng, today = self.session, self.rng, self.today
        deal = session.get(Deal, deal_id)
        assert deal is not None
        method = PaymentMethod(deal.payment_method)
        plan = list(
            session.scalars(
                select(Installment).where(Installment.deal_id == deal.id).order_by(Installment.seq)
            )
        )
        payer = deal.buyer_name
        # 定金: what the 认筹金 did not already cover, paid on the day.
        deposit = plan[0]
        if deposit.paid < deposit.amount:
            self.pay(deal.id, deposit, deposit.amount - deposit.paid, subscribed, payer)
        if deal.discount_status == DiscountStatus.PENDING.value and (today - subscribed).days > 3:
            approver = self.cast.manager
            if deal.special_discount > deal.list_price * Decimal("0.01"):
                approver = self.cast.marketing
            deals.decide_discount(
                session, approver, deal.id, approve=True, reason="",
                version=deal.version, now=self.at(subscribed + timedelta(days=1), 11),
            )  # fmt: skip
        # The money the buyer owes directly (首付款 / 房款), on time unless a late payer.
        for item in plan[1:]:
            if item.nature == Nature.LOAN.value:
                continue
            if late_days is not None:
                partly = rng.random() < 0.35
                if partly:
                    part = fen(item.amount * Decimal(rng.choice(("0.3", "0.5", "0.6"))))
                    self.pay(deal.id, item, part, item.due_on - timedelta(days=1), payer)
                continue
            day = item.due_on - timedelta(days=rng.randint(0, 6))
            day = max(day, subscribed)
            if day <= today:
                self.pay(deal.id, item, item.amount - item.paid, day, payer)
        if not sign or deal.discount_status == DiscountStatus.PENDING.value:
            return
        signed_on = subscribed + timedelta(days=sign_after or rng.randint(1, 6))
        if signed_on > today:
            return
        deal_steps.sign_contract(
            session, self.cast.secretary, deal.id,
            contract_no=f"YQF-{signed_on:%Y}-{deal.id:04d}",
            netsign_no=f"3301{signed_on:%y%m%d}{rng.randint(10000, 99999)}",
            version=deal.version, now=self.at(signed_on, rng.randint(10, 16), rng.randint(0, 59)),
        )  # fmt: skip
        day = signed_on
        gaps = {
            Step.FILE: 6, Step.DOCUMENTS: 3, Step.INTERVIEW: 5, Step.APPROVAL: 10,
            Step.PRE_REGISTRATION: 6, Step.RELEASE: 12,
        }  # fmt: skip
        for step in steps_for(method)[2:]:
            if step is Step.DELIVER:
                # 一期 hands over from 60 days ago; only the early buyers get there.
                unit_building = session.scalar(
                    select(Unit.building_id).where(Unit.id == deal.unit_id)
                )
                if unit_building not in self.handed_over:
                    return
                day = max(day + timedelta(days=3), today - timedelta(days=rng.randint(5, 60)))
            elif step is Step.CERTIFICATE:
                day = day + timedelta(days=rng.randint(30, 80))
            else:
                day = day + timedelta(days=gaps[step] + rng.randint(0, 4))
            if day > today or (loan_late and step is Step.RELEASE):
                return
            moment = self.at(day, rng.randint(9, 17), rng.randint(0, 59))
            actor = self.cast.mortgage if step in MORTGAGE_STEPS else self.cast.secretary
            if step is Step.DELIVER:
                self.deliver(deal, moment)
            else:
                deal_steps.complete_step(session, actor, deal.id, step, version=deal.version,
                                    now=moment)  # fmt: skip
            if step is Step.RELEASE:
                for item in plan:
                    if item.nature == Nature.LOAN.value and item.paid < item.amount:
                        self.pay(deal.id, item, item.amount - item.paid, day,
                                 rng.choice(BANKS), method="转账")  # fmt: skip

    def deliver(self, deal: Deal, moment: datetime) -> None:
        unit = self.session.get(Unit, deal.unit_id)
        assert unit is not None
        roll = self.rng.random()
        if roll < 0.08:
            ratio = Decimal("0.036")  # over 3%: the buyer may cancel
        elif roll < 0.16:
            ratio = Decimal("-0.012")
        else:
            ratio = Decimal(self.rng.randint(-8, 15)) / 1000
        measured = fen(unit.area * (1 + ratio))
        fees = fen(deal.price * Decimal("0.0315"))  # 契税 3% + 维修基金
        deal_steps.deliver(
            self.session, self.cast.secretary, deal.id, measured_area=measured, fees=fees,
            version=deal.version, now=moment,
        )  # fmt: skip
        day = moment.astimezone(self.zone).date()
        plan = self.session.scalars(
            select(Installment)
            .where(
                Installment.deal_id == deal.id,
                Installment.nature.in_([Nature.FEES.value, Nature.AREA.value]),
            )
            .order_by(Installment.seq)  # each draws from the dice: a fixed order on every engine
        )
        for item in plan:
            pay_day = day + timedelta(days=self.rng.randint(0, 10))
            if pay_day <= self.today and self.rng.random() < 0.85:
                self.pay(deal.id, item, item.amount, pay_day, deal.buyer_name)
