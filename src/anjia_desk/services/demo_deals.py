"""Demo units, deals and money: a project 安家·云栖府 with three buildings, 认筹 before opening,
开盘选房 in queue order, 认购 at opening and afterwards, 签约, the 按揭 steps, 交付 and 办证,
receipts (one voided and reissued), payments late by 1–120 days, special discounts pending and
approved, holds live and expired, care touches.

Everything goes through the services (units, deals, payments, care) with `now` set to the
moment each thing happened, acting as the office's own users (the consultant who owns the
customer, the secretary, the mortgage officer, the cashier, finance, the managers), so every row
is what the app itself would have written. Repeatable by seed (with the same `now`).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anjia_desk.core.deals import (
    DiscountStatus,
    Nature,
    PaymentMethod,
    Stage,
    TicketStatus,
)
from anjia_desk.core.money import is_overdue
from anjia_desk.db.models import (
    CareTouch,
    Customer,
    Deal,
    Installment,
    Project,
    QueueTicket,
    Receipt,
    Unit,
    UnitHold,
)
from anjia_desk.db.types import aware_utc
from anjia_desk.services import care, deals, payments
from anjia_desk.services.context import Actor
from anjia_desk.services.deal_views import SubscribeRequest
from anjia_desk.services.demo_days import sell_on_report_days
from anjia_desk.services.demo_deal_life import MANY_PAY_WAYS, DealLife
from anjia_desk.services.demo_dunning import tell_dunning
from anjia_desk.services.holds import hold_unit, reserve_unit
from anjia_desk.services.projects import generate_building, save_project
from anjia_desk.services.settings import office_zone
from anjia_desk.services.tickets import choose_unit, issue_ticket, skip_ticket, void_ticket
from anjia_desk.services.unit_views import BuildingPlan, RoomType

PROJECT = "安家·云栖府"
TICKETS = 60
#: Queue positions (0-based) voided before any money, refunded (退筹), absent at opening (过号).
VOIDED_AT = (7, 33)
REFUNDED_AT = (4, 18, 26, 41, 52)
SKIPPED_AT = (11, 29, 47)
#: Deals after opening day: the late payers (days overdue today) and the other months' ones.
LATE_DAYS = (1, 4, 9, 15, 22, 29, 37, 44, 53, 61, 75, 88, 104, 120)
MIDDLE_DEALS = 12
QUEUE_AMOUNT = Decimal("20000")


@dataclass(frozen=True)
class DealStats:
    """What the demo made, for the command line's summary."""

    buildings: int
    units: int
    tickets: int
    tickets_voided: int
    tickets_refunded: int
    deals: int
    stages: dict[str, int]  # Stage label → deals
    receipts: int
    receipts_voided: int
    overdue: int  # installments overdue today
    pending_discounts: int
    live_holds: int
    expired_holds: int
    care_touches: int
    #: Issue 16: the dunning letters issued in the demo's past (voided ones too), signed for.
    letters: int = 0
    letters_signed: int = 0

    def summary(self) -> str:
        stages = "、".join(f"{label} {n}" for label, n in self.stages.items() if n)
        return (
            f"房源 {self.units} 套（{self.buildings} 栋），认筹 {self.tickets} 个"
            f"（作废 {self.tickets_voided}，退筹 {self.tickets_refunded}），"
            f"交易 {self.deals} 笔（{stages}），收据 {self.receipts} 张"
            f"（作废 {self.receipts_voided}），逾期付款节点 {self.overdue} 个，"
            f"特批待审批 {self.pending_discounts} 笔，锁定或保留 {self.live_holds} 套"
            f"（另有 {self.expired_holds} 套锁定已到期，待释放），签约关怀 {self.care_touches} 条，"
            f"催款函 {self.letters} 封（已签收 {self.letters_signed} 封）"
        )


def _buyers(session: Session, zone: ZoneInfo) -> list[tuple[int, date | None]]:
    """Customers who could buy: owned, named, a real mobile number; with their first visit."""
    rows = session.execute(
        select(Customer.id, Customer.first_visit_at)
        .where(
            Customer.owner_id.is_not(None),
            Customer.anonymised_at.is_(None),
            Customer.name != "",
            Customer.phone_kind == "mobile",
        )
        .order_by(Customer.id)
    ).all()
    return [
        (cid, aware_utc(at).astimezone(zone).date() if at is not None else None) for cid, at in rows
    ]


class _DemoDeals(DealLife):
    """The whole story: the project, 认筹 and 开盘选房, the deals, holds and care touches."""

    # --- the project

    def project(self) -> tuple[int, list[int]]:
        actor = self.cast.secretary
        project_id = save_project(
            self.session,
            actor,
            project_id=None,
            name=PROJECT,
            permit_no=f"杭售许字({self.today.year - 1})第0{self.rng.randint(100, 999)}号",
            permit_date=self.today - timedelta(days=200),
            address="杭州市余杭区文一西路 2688 号",
            opening_date=self.today - timedelta(days=170),
        )

        def room(suffix: str, layout: str, area: str, inner: str, price: int) -> RoomType:
            return RoomType(
                suffix=suffix,
                layout=layout,
                area=Decimal(area),
                inner_area=Decimal(inner),
                price_per_m2=Decimal(price),
                filed_per_m2=Decimal(price) * Decimal("1.12"),
            )

        plans = [
            BuildingPlan(
                project_id=project_id, name="1栋", phase="一期", floors=18,
                room_types=(
                    room("01", "三室两厅两卫", "118.60", "95.10", 23800),
                    room("02", "两室两厅一卫", "89.30", "71.20", 23200),
                    room("03", "两室两厅一卫", "89.30", "71.20", 23200),
                    room("04", "三室两厅两卫", "118.60", "95.10", 23800),
                ),
                step_per_floor=Decimal(120),
            ),
            BuildingPlan(
                project_id=project_id, name="2栋", phase="一期", floors=26,
                stairwells=("1单元", "2单元"),
                room_types=(
                    room("01", "四室两厅两卫", "143.20", "116.40", 25600),
                    room("02", "三室两厅两卫", "125.80", "101.30", 25100),
                    room("03", "三室两厅一卫", "105.40", "84.60", 24600),
                ),
                step_per_floor=Decimal(150),
            ),
            BuildingPlan(
                project_id=project_id, name="3栋", phase="二期", floors=33,
                room_types=(
                    room("01", "三室两厅两卫", "112.50", "90.20", 21800),
                    room("02", "两室两厅一卫", "86.70", "69.10", 21200),
                    room("03", "两室一厅一卫", "78.40", "62.30", 21000),
                    room("04", "两室两厅一卫", "86.70", "69.10", 21200),
                    room("05", "三室两厅两卫", "112.50", "90.20", 21800),
                ),
                step_per_floor=Decimal(100),
            ),
        ]  # fmt: skip
        building_ids = [generate_building(self.session, actor, plan) for plan in plans]
        self.handed_over = set(building_ids[:2])  # 一期 is being handed over; 二期 is not
        return project_id, building_ids

    # --- the whole story

    def run(self, buyers: list[tuple[int, date | None]]) -> DealStats:
        session, rng, today = self.session, self.rng, self.today
        # The full story from about 300 buyers; a smaller demo gets a smaller one.
        scale = min(1.0, len(buyers) / 300)
        project_id, building_ids = self.project()
        unit_rows = session.execute(
            select(Unit.id, Unit.floor).where(Unit.building_id.in_(building_ids)).order_by(Unit.id)
        ).all()
        # Buyers like the middle and upper floors: those go first.
        floors = {row.id: row.floor for row in unit_rows}
        pool = list(floors)
        rng.shuffle(pool)
        pool.sort(key=lambda uid: 0 if 6 <= floors[uid] <= 25 else 1)

        unused = dict(buyers)

        def customer_for(day: date) -> Customer:
            """Someone who had visited by `day`, not yet buying (anyone, once all are)."""
            known = [cid for cid, first in unused.items() if first is None or first <= day]
            choice = rng.choice(known or list(unused) or [cid for cid, _ in buyers])
            unused.pop(choice, None)
            row = session.get(Customer, choice)
            assert row is not None
            return row

        # 认筹 before opening: numbers in order, 认筹金 at the cashier the same day.
        count = max(8, round(TICKETS * scale))
        voided = {n for n in VOIDED_AT if n < count}
        refunded = {n for n in REFUNDED_AT if n < count}
        skipped = {n for n in SKIPPED_AT if n < count}
        opening = today - timedelta(days=170)
        tickets: list[tuple[int, Customer]] = []
        for n in range(count):
            day = opening - timedelta(days=29 - n * 29 // count)
            customer = customer_for(day)
            seller = self.seller(customer)
            moment = self.at(day, 10 + n % 2 * 3, rng.randint(0, 59))
            ticket_id = issue_ticket(
                session, seller, project_id=project_id, customer_id=customer.id,
                amount=QUEUE_AMOUNT, now=moment,
            )  # fmt: skip
            tickets.append((ticket_id, customer))
            if n in voided:  # never paid
                void_ticket(
                    session, self.cast.secretary, ticket_id,
                    reason="客户未交认筹金" if n % 2 else "重复登记",
                    now=moment + timedelta(hours=2),
                )  # fmt: skip
                continue
            receipt_id = payments.record_payment(
                session, self.cast.cashier, amount=QUEUE_AMOUNT, nature=Nature.QUEUE,
                payer=customer.name or "", method=rng.choice(MANY_PAY_WAYS), paid_on=day,
                ticket_id=ticket_id, now=moment + timedelta(minutes=15),
            )  # fmt: skip
            self.receipt_ids.append((receipt_id, day))
        for n in sorted(refunded):
            ticket_id, _customer = tickets[n]
            payments.refund_ticket(
                session, self.cast.cashier, ticket_id, reason="客户改变购房计划",
                now=self.at(opening - timedelta(days=3), 15, n),
            )  # fmt: skip
        # 开盘选房 in queue order; some did not come (过号); the rest choose and subscribe.
        opened: list[int] = []
        minute = 0
        for n, (ticket_id, customer) in enumerate(tickets):
            if n in refunded or n in voided:
                continue
            if n in skipped:
                skipped_at = self.at(opening, 9, 0) + timedelta(minutes=minute + 3)
                skip_ticket(
                    session, self.cast.secretary, ticket_id, reason="未到场", now=skipped_at
                )
                continue
            minute += 6
            chosen_at = self.at(opening, 9, 0) + timedelta(minutes=minute)
            seller = self.seller(customer)
            unit_id = pool.pop(0)
            hold_id = choose_unit(session, seller, unit_id, ticket_id=ticket_id, now=chosen_at)
            self.backdate(hold_id, chosen_at)
            opened.append(
                self.subscribe(
                    customer, unit_id, chosen_at + timedelta(minutes=20), ticket_id=ticket_id,
                    hold_id=hold_id, special=n % 9 == 5,
                )
            )  # fmt: skip
        for deal_id in opened:
            self.live_deal(deal_id, opening, loan_late=rng.random() < 0.04)

        # Later deals through the months: the late payers, others, two past their signing
        # deadline unsigned (认购未签约), and the last week's.
        late = LATE_DAYS[: max(3, round(len(LATE_DAYS) * scale))]
        plan: list[tuple[str, int]] = [("late", d) for d in late]
        plan += [
            ("month", rng.randint(20, 160)) for _ in range(max(2, round(MIDDLE_DEALS * scale)))
        ]
        plan += [("unsigned", rng.randint(8, 12)) for _ in range(2)]
        plan += [("recent", age) for age in range(7, -1, -1)]
        for k, (kind, age) in enumerate(plan):
            method = self.method()
            if kind == "late":
                age += 30 if method is PaymentMethod.FULL else 15  # the day it fell due
            day = today - timedelta(days=age)
            customer = customer_for(day)
            moment = self.at(day, rng.randint(10, 17), rng.randint(0, 59))
            yesterday = kind == "recent" and age == 2  # signed yesterday: its care is due now
            deal_id = self.subscribe(
                customer, pool.pop(0), moment, method=method,
                special=not yesterday and (
                    (kind == "recent" and k % 2 == 0)
                    or (kind != "unsigned" and rng.random() < 0.15)
                ),
            )  # fmt: skip
            self.live_deal(
                deal_id, day,
                late_days=age if kind == "late" else None,
                sign=yesterday or (kind != "unsigned" and (kind != "recent" or rng.random() < 0.4)),
                sign_after=1 if yesterday else None,
                loan_late=kind == "month" and k % 5 == 0,
            )  # fmt: skip

        # Sales on the days the reports show (before the holds: a 认购 releases the holds whose
        # time is up).
        sell_on_report_days(self, pool)
        # One receipt written wrong, reissued; finance confirms what is older than two days.
        receipts = [rid for rid, day in self.receipt_ids]
        wrong = receipts[len(receipts) // 2]
        new_id = payments.reissue_receipt(
            session, self.cast.cashier, wrong, reason="收据污损，客户交回原件后重开",
            now=self.now - timedelta(days=3),
        )  # fmt: skip
        self.receipt_ids.append((new_id, today - timedelta(days=3)))
        for rid, day in self.receipt_ids:
            if rid != wrong and (today - day).days > 2:
                payments.confirm_receipt(
                    session, self.cast.finance, rid, now=self.at(day + timedelta(days=1), 16)
                )
        self.holds(pool, customer_for)
        self.care()
        return self.stats(project_id, len(building_ids), len(unit_rows))

    def subscribe(
        self,
        customer: Customer,
        unit_id: int,
        moment: datetime,
        *,
        method: PaymentMethod | None = None,
        ticket_id: int | None = None,
        hold_id: int | None = None,
        special: bool = False,
    ) -> int:
        rng = self.rng
        method = method or self.method()
        unit = self.session.get(Unit, unit_id)
        assert unit is not None
        special_discount = Decimal(0)
        if special:
            share = rng.choice(("0.005", "0.008", "0.015"))
            special_discount = (unit.list_price * Decimal(share) / 1000).quantize(Decimal(1)) * 1000
        deposit = Decimal(rng.choice((50000, 50000, 80000, 100000)))
        return deals.subscribe(
            self.session,
            self.seller(customer),
            SubscribeRequest(
                unit_id=unit_id,
                customer_id=customer.id,
                buyer_name=customer.name or "",
                buyer_id_number=self.id_number(),
                payment_method=method,
                deposit=deposit,
                special_discount=special_discount,
                discount_reason="老业主推荐，团购价" if special else "",
                ticket_id=ticket_id,
                hold_id=hold_id,
            ),
            now=moment,
        )

    def holds(self, pool: list[int], pick: Callable[[date], Customer]) -> None:
        """Two reserved units, three holds still running and three expired ones (the next
        销控表 releases those)."""
        session, rng = self.session, self.rng
        for reason in ("公司领导保留", "样板间，交付后再售"):
            moment = self.now - timedelta(days=2)
            hold_id = reserve_unit(
                session, self.cast.manager, pool.pop(), until=self.today + timedelta(days=30),
                reason=reason, now=moment,
            )  # fmt: skip
            self.backdate(hold_id, moment)
        # Still running, then expired but not yet released — each placed no later than the ones
        # before it, because placing a hold first releases every hold whose time is up.
        backs = [timedelta(hours=h) for h in (2, 5, 20)]
        backs += [timedelta(hours=h) for h in (30, 48, 72)]
        for back in backs:
            customer = pick(self.today)
            hold_id = hold_unit(
                session, self.seller(customer), pool.pop(rng.randrange(len(pool))),
                customer_id=customer.id, now=self.now - back,
            )  # fmt: skip
            self.backdate(hold_id, self.now - back)

    def backdate(self, hold_id: int, moment: datetime) -> None:
        """A hold's row says when it was placed (units.py stamps the clock, not `now`)."""
        hold = self.session.get(UnitHold, hold_id)
        assert hold is not None
        hold.created_at = moment

    def care(self) -> None:
        """Touches due more than a day ago were sent, by their owner."""
        session = self.session
        rows = session.execute(
            select(CareTouch.id, CareTouch.owner_id, CareTouch.due_at)
            .where(CareTouch.due_at < self.now - timedelta(days=1))
            .order_by(CareTouch.id)
        ).all()
        for touch_id, owner_id, due_at in rows:
            actor = self.cast.by_id.get(owner_id or 0, self.cast.manager)
            care.complete_touch(
                session, actor, touch_id, now=aware_utc(due_at) + timedelta(minutes=7)
            )

    def stats(self, project_id: int, buildings: int, unit_count: int) -> DealStats:
        session = self.session
        tickets = Counter(
            session.scalars(select(QueueTicket.status).where(QueueTicket.project_id == project_id))
        )
        stages = Counter(session.scalars(select(Deal.stage).where(Deal.project_id == project_id)))
        receipts = session.execute(
            select(func.count(), func.count(Receipt.voided_at)).where(
                Receipt.project_id == project_id
            )
        ).one()
        overdue = 0
        for nature, amount, paid, due_on in session.execute(
            select(Installment.nature, Installment.amount, Installment.paid, Installment.due_on)
            .join(Deal, Deal.id == Installment.deal_id)
            .where(Deal.project_id == project_id, Deal.cancelled_at.is_(None))
        ):
            overdue += is_overdue(
                nature=Nature(nature), outstanding=amount - paid, due_on=due_on, today=self.today
            )
        pending = session.scalar(
            select(func.count()).where(
                Deal.project_id == project_id,
                Deal.discount_status == DiscountStatus.PENDING.value,
            )
        )
        live = session.execute(
            select(UnitHold.expires_at).where(UnitHold.released_at.is_(None))
        ).scalars()
        expires = [aware_utc(e) for e in live if e is not None]
        touches = session.scalar(select(func.count()).select_from(CareTouch))
        return DealStats(
            buildings=buildings,
            units=unit_count,
            tickets=sum(tickets.values()),
            tickets_voided=tickets[TicketStatus.VOIDED],
            tickets_refunded=tickets[TicketStatus.REFUNDED],
            deals=sum(stages.values()),
            stages={stage.label: stages[stage] for stage in Stage},
            receipts=int(receipts[0]),
            receipts_voided=int(receipts[1]),
            overdue=overdue,
            pending_discounts=int(pending or 0),
            live_holds=sum(e > self.now for e in expires),
            expired_holds=sum(e <= self.now for e in expires),
            care_touches=int(touches or 0),
        )


def create_demo_deals(
    session: Session, actor: Actor, *, rng: random.Random, now: datetime
) -> DealStats | None:
    """The demo's project, units and deals; needs the demo users and customers (None, and
    nothing made, without a customer who could buy). `actor` is who runs the demo; the audit
    names each step's own user."""
    del actor  # each step acts as the user whose job it is
    buyers = _buyers(session, office_zone(session))
    if not buyers:
        return None
    story = _DemoDeals(session, rng, now)
    stats = story.run(buyers)
    told = tell_dunning(story)
    return replace(stats, letters=told.letters, letters_signed=told.signed)


def recount_deals(session: Session, stats: DealStats, *, now: datetime) -> DealStats:
    """The stats counted again after a later story changed deals (issue 17: a refund cancels
    its deal, a 换房 moves it); the letters told stay as they were."""
    project_id = session.scalars(select(Project.id).where(Project.name == PROJECT)).first()
    if project_id is None:
        return stats
    fresh = _DemoDeals(session, random.Random(0), now).stats(
        project_id, stats.buildings, stats.units
    )
    return replace(fresh, letters=stats.letters, letters_signed=stats.letters_signed)
