"""The reports' days (issue 19): whatever day the demo runs — a Monday, the 1st of a month, at
any hour — every report has figures for today, this week and this month.

The report days are today, this week's Monday and the 1st of this month (one, two or three
days). On each of them:

- a first visit (services.demo_customers starts the last customers' stories on those days) and
  return visits: a customer who comes back and subscribes, and a buyer who comes to sign;
- a 认购 with its 定金 receipt, and a 签约 of a deal subscribed three days before;
- two complaints of different natures and levels (`tell_report_days`), one answered;

and two 退房 executed this month (the 1st, or today when that is the 1st; and today), one of
them asked for within 72 hours of 签约, the other after a month of the contract.

Everything goes through the services (register_visit, deals.subscribe, deal_steps via
DealLife.live_deal, change orders, file_complaint and record_answer) as the office's users, at
moments before the demo's `now`. The sales come before the demo's holds (a 认购 releases the
holds whose time is up); the 退房 and the complaints come last, after the stories of
services.demo_changes and services.demo_complaints (their numbers stay 1, 2, …).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjia_desk.core.change_actions import STEP_ACTIONS
from anjia_desk.core.change_forms import RequestForm, TalkForm
from anjia_desk.core.changes import ChangeKind, Fault, OrderStep, ReasonType, TalkOutcome
from anjia_desk.core.complaint_forms import IntakeForm
from anjia_desk.core.complaints import Channel, Level, Nature
from anjia_desk.core.customers import VisitForm, VisitKind
from anjia_desk.core.deals import Stage, UnitStatus
from anjia_desk.core.report_periods import month_start, week_start
from anjia_desk.core.roles import Action, Role
from anjia_desk.db.models import (
    Building,
    CareTouch,
    ChangeOrder,
    Complaint,
    Customer,
    Deal,
    Project,
    QueueTicket,
    Unit,
    UnitHold,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import care, change_execute, complaints, deals
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from anjia_desk.services.demo_changes import Story
from anjia_desk.services.demo_deal_life import DealLife
from anjia_desk.services.reception import register_visit

#: Days between a 认购 and its 签约 on a report day.
SIGN_AFTER = 3


def report_days(today: date) -> list[date]:
    """The 1st of the month, this week's Monday and today, without repeats, oldest first."""
    return sorted({month_start(today), week_start(today), today})


def complaints_on_report_days(today: date) -> int:
    """How many complaints `tell_report_days` takes in: two today, one on each other day."""
    return len(report_days(today)) + 1


def first_visit_ages(today: date) -> list[int]:
    """How many days ago the demo's last customers first visited: one per report day, today's
    last (services.demo_customers gives them to the customers with the highest ids)."""
    return [(today - day).days for day in report_days(today)]


class _Days:
    """The clock of the report days and the people who act on them."""

    def __init__(self, life: DealLife) -> None:
        self.life = life
        self.session = life.session
        self.days = report_days(life.today)
        self.front_desk = self._first(Role.FRONT_DESK, life.cast.secretary)
        self.cs = self._first(Role.CS_MANAGER, life.cast.manager)

    def _first(self, role: Role, default: Actor) -> Actor:
        return next((a for a in self.life.cast.by_id.values() if role in a.roles), default)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """`day` at hour:minute in the office (UTC); on today never after `now` — yet still on
        today, even when the demo runs just after midnight."""
        zone, now = self.life.zone, self.life.now
        moment = datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)
        midnight = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
        return max(min(moment, now - timedelta(minutes=1)), min(midnight, now))

    # --- who

    def customers(self, before: datetime, day: date, *, visiting: bool) -> list[Customer]:
        """Customers who could buy on `day`: named, a real mobile, first seen before `before`,
        never a buyer nor 认筹. A visitor is also owned and protected on `day` (no rotation
        turn) and last in touch before `before` (the visit is their latest contact)."""
        query = (
            select(Customer)
            .where(
                Customer.owner_id.is_not(None),
                Customer.anonymised_at.is_(None),
                Customer.name != "",
                Customer.phone_kind == "mobile",
                Customer.first_visit_at < before,
                Customer.id.not_in(select(Deal.customer_id)),
                Customer.id.not_in(select(QueueTicket.customer_id)),
            )
            .order_by(Customer.id)
        )
        if visiting:
            query = query.where(Customer.last_contact_at < before, Customer.protected_until >= day)
        return list(self.session.scalars(query))

    def customer(
        self, before: datetime, day: date, *, visiting: bool = True, unlike: str | None = None
    ) -> Customer | None:
        """One of `customers`, by the dice; of another channel than `unlike` when there is one."""
        found = self.customers(before, day, visiting=visiting)
        other = [c for c in found if c.channel != unlike]
        found = other or found
        if not found:
            return None
        return found[int(self.life.rng.random() * len(found))]

    # --- what they do

    def return_visit(self, customer: Customer, at: datetime) -> None:
        """A 复访 registered at the front desk (the customer's owner receives them)."""
        register_visit(
            self.session,
            self.front_desk,
            VisitForm(
                phone=customer.phone or "",
                kind=VisitKind.RETURN,
                party_size=self.life.rng.choice((1, 2, 2, 3)),
                channel=customer.channel,
                consent=True,
            ),
            now=at,
        )

    def subscribe(self, customer: Customer, unit_id: int, at: datetime) -> int:
        life = self.life
        return deals.subscribe(
            self.session,
            life.seller(customer),
            SubscribeRequest(
                unit_id=unit_id,
                customer_id=customer.id,
                buyer_name=customer.name or "",
                buyer_id_number=life.id_number(),
                payment_method=life.method(),
                deposit=Decimal(life.rng.choice((50000, 50000, 80000))),
            ),
            now=at,
        )

    def sign(self, customer: Customer, unit_id: int, day: date, *, hour: int = 15) -> int:
        """A deal subscribed `SIGN_AFTER` days before `day`, signed on `day` (its money paid
        as DealLife pays, as far as today); its id."""
        subscribed = day - timedelta(days=SIGN_AFTER)
        deal_id = self.subscribe(customer, unit_id, self.at(subscribed, hour, 20))
        self.life.live_deal(deal_id, subscribed, sign_after=SIGN_AFTER)
        return deal_id


def sell_on_report_days(life: DealLife, units: list[int]) -> None:
    """On each report day: a customer comes back and subscribes (定金 paid that day), and a
    buyer who subscribed three days before comes back to sign. `units`: the free units, the
    buyers' favourites first (taken from the front). In a small demo short of customers who may
    visit, others buy without the visit."""
    days = _Days(life)
    for day in days.days:
        if len(units) < 2:
            return
        visit_at = days.at(day, 10, days.life.rng.randint(0, 40))
        buyer = days.customer(visit_at, day)
        if buyer is not None:
            days.return_visit(buyer, visit_at)
        else:
            buyer = days.customer(visit_at, day, visiting=False)
        if buyer is not None:
            deal_id = days.subscribe(buyer, units.pop(0), days.at(day, 11, 10))
            life.live_deal(deal_id, day, sign=False)
        before = days.at(day - timedelta(days=SIGN_AFTER), 14)
        channel = buyer.channel if buyer is not None else None
        signer = days.customer(before, day, unlike=channel)
        visits = signer is not None
        signer = signer or days.customer(before, day, visiting=False)
        if signer is not None:
            days.sign(signer, units.pop(0), day)
            if visits:  # they came to the office to sign: a 复访 that morning
                days.return_visit(signer, days.at(day, 9, 30))


@dataclass(frozen=True)
class _Case:
    """A complaint on a report day (the first answer `answer_after` later, or none)."""

    hour: int
    channel: Channel
    nature: Nature
    level: Level
    what: str
    point: str
    answer: str
    answer_after: timedelta | None


#: Today's two cases and the earlier days' (one each, natures and levels in turn).
_TODAY = (
    _Case(9, Channel.ON_SITE, Nature.QUALITY, Level.MINOR, "交房验收时发现主卧窗户密封条脱落",
          "门窗密封", "已安排施工单位明日上午更换密封条", timedelta(hours=2)),
    _Case(13, Channel.PHONE, Nature.SERVICE, Level.GENERAL,
          "按揭办理进度一周无人告知，客户多次来电未得到答复", "按揭进度", "", None),
)  # fmt: skip
_EARLIER = (
    _Case(10, Channel.ONLINE, Nature.PROMISE, Level.GENERAL,
          "宣传中的小区会所至今未开放，要求说明开放时间", "会所配套",
          "已书面说明会所预计开放时间及过渡期安排", timedelta(hours=20)),
    _Case(15, Channel.ON_SITE, Nature.SERVICE, Level.MINOR, "售楼处停车场收费与之前的说法不一致",
          "停车收费", "已致歉并退还停车费，统一对外口径", timedelta(hours=3)),
)  # fmt: skip


def tell_report_days(session: Session, rng: random.Random, now: datetime) -> None:
    """The report days' complaints and this month's two 退房 (see the module); nothing in a
    demo without a project."""
    if session.scalar(select(Project.id).limit(1)) is None:
        return
    life = DealLife(session, rng, now)
    days = _Days(life)
    today = life.today
    _cancel(days, month_start(today), early=True)
    _cancel(days, today, early=False)
    for n, day in enumerate(days.days):
        cases: Sequence[_Case] = _TODAY if day == today else (_EARLIER[n % len(_EARLIER)],)
        for case in cases:
            _complaint(days, day, case)


def _free_unit(session: Session) -> int | None:
    """An available unit nobody holds (the first by id)."""
    held = select(UnitHold.unit_id).where(UnitHold.released_at.is_(None))
    return session.scalars(
        select(Unit.id)
        .join(Building, Building.id == Unit.building_id)
        .where(Unit.status == UnitStatus.AVAILABLE.value, Unit.id.not_in(held))
        .order_by(Unit.id)
        .limit(1)
    ).first()


def _cancel(days: _Days, day: date, *, early: bool) -> None:
    """A 退房 executed on `day`: asked for the day after 签约 (`early`, within 72 hours) or a
    month after it, talked, reviewed, approved and its steps done in the days before."""
    session, life = days.session, days.life
    executed = days.at(day, 16)
    signed_on = day - timedelta(days=6 if early else 34)
    subscribed = days.at(signed_on - timedelta(days=SIGN_AFTER), 9)
    customer = days.customer(subscribed, signed_on, visiting=False)
    unit_id = _free_unit(session)
    if customer is None or unit_id is None:
        return
    deal = session.get(Deal, days.sign(customer, unit_id, signed_on, hour=10))
    if deal is None or deal.signed_at is None or deal.stage != Stage.SIGNED.value:
        return
    signed = aware_utc(deal.signed_at)
    asked = signed + timedelta(hours=26) if early else days.at(day - timedelta(days=4), 15)
    story = Story(life)
    form = RequestForm(
        kind=ChangeKind.CANCEL,
        requested_at=asked,
        reason_type=ReasonType.REGRET if early else ReasonType.FUNDS,
        tags=("价格",) if early else ("贷款",),
        fault=Fault.BUYER,
        real_reason="签约后看到同区域新盘降价，觉得买贵了"
        if early
        else "家里生意周转困难，首付之后的房款付不上",
    )
    order_id = story.file(deal, form, asked)
    talk = "说明签约后退房的违约责任与退款计算，客户仍坚持退房"
    story.talk(order_id, deal, TalkForm(TalkOutcome.LEAVE, note=talk), asked + timedelta(hours=20))
    story.review(order_id, asked + timedelta(days=1, hours=2))
    story.approve(order_id, asked + timedelta(days=1, hours=4))
    approved = asked + timedelta(days=1, hours=6)
    order = session.get(ChangeOrder, order_id)
    assert order is not None
    steps = change_execute.needed_steps(session, order, deal)
    gap = (executed - approved) / (len(steps) + 1)
    for n, step in enumerate(steps, start=1):
        actor = story.mortgage if STEP_ACTIONS[step] is Action.MORTGAGE_STEPS else story.secretary
        assert step is not OrderStep.QUALIFICATION  # a refund's steps need no note
        change_execute.do_step(session, actor, order_id, step, now=approved + gap * n)
    story.execute(order_id, executed)
    _care(life, deal.id)


def _care(life: DealLife, deal_id: int) -> None:
    """The deal's care touches due more than a day ago were sent by their owner (as the
    demo's other deals': services.demo_deals)."""
    rows = life.session.execute(
        select(CareTouch.id, CareTouch.owner_id, CareTouch.due_at)
        .where(CareTouch.deal_id == deal_id, CareTouch.due_at < life.now - timedelta(days=1))
        .order_by(CareTouch.id)
    ).all()
    for touch_id, owner_id, due_at in rows:
        actor = life.cast.by_id.get(owner_id or 0, life.cast.manager)
        care.complete_touch(
            life.session, actor, touch_id, now=aware_utc(due_at) + timedelta(minutes=7)
        )


def _complaint(days: _Days, day: date, case: _Case) -> None:
    """A case filed on `day` about a signed deal (the buyer's), answered when the case says."""
    session, life = days.session, days.life
    intake = days.at(day, case.hour, life.rng.randint(0, 50))
    taken = select(Complaint.deal_id).where(Complaint.deal_id.is_not(None))
    found = list(
        session.scalars(
            select(Deal)
            .where(Deal.cancelled_at.is_(None), Deal.signed_at < intake, Deal.id.not_in(taken))
            .order_by(Deal.id)
        )
    )
    deal = found[int(life.rng.random() * len(found))] if found else None
    who, phone = "业主（未留姓名）", "13800571234"
    if deal is not None:
        buyer = session.get(Customer, deal.customer_id)
        who, phone = deal.buyer_name, (buyer.phone if buyer is not None else "") or phone
    complaint_id = complaints.file_complaint(
        session,
        days.cs,
        IntakeForm(
            channel=case.channel,
            who=who,
            what=case.what,
            nature=case.nature,
            level=case.level,
            intake_at=intake,
            deal_id=deal.id if deal is not None else None,
            point=case.point,
            contact_phone=phone,
        ),
        now=intake,
    )
    if case.answer_after is None:
        return
    # Answered as the case says, or on the spot when the demo runs before that.
    answered = max(min(intake + case.answer_after, life.now - timedelta(minutes=1)), intake)
    complaint = session.get(Complaint, complaint_id)
    assert complaint is not None
    owner = life.cast.by_id.get(complaint.owner_id or 0, days.cs)
    complaints.record_answer(
        session, owner, complaint_id, note=case.answer, at=answered, now=answered
    )
