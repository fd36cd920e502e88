"""A hand-built office for the sales and refund reports (issue 19), written with the models so
each figure below can be counted by hand. The range is office days 2026-12-01 (Tue) to
2026-12-07 (Mon), Asia/Shanghai (UTC+8); the reports are run on 2026-12-08.

Customers (source channel, owner): A 张一 房产门户 c1; B 李二 自然到访 c1; C 王三 (blank) c2,
marked 已申请删除; D 赵四 老带新 c2.

Visits (office time, kind, channel, consultant):
  v1 A 12-01 10:00 首访 房产门户 c1      v2 A 12-03 15:00 复访 房产门户 c1
  v3 B 12-03 11:00 首访 自然到访 c1      v4 C 12-03 12:00 首访 (blank) c2
  v5 D 12-07 23:30 首访 老带新 c2  (the last day, late evening: still 12-07)
  out: B 12-04 10:00 marked invalid; D 11-30 23:30; D 12-08 00:10.

Deals (customer, consultant, price, 认购, 签约, what became of it):
  d1 A c1 100万 认购 12-02 10:00, 签约 12-05 10:00
  d2 B c1  90万 认购 11-20, 签约 12-04 14:00, 退房 executed 12-06 (家庭反对型, within 72 h)
  d3 C c2 120万 认购 12-07 23:30 (last day), deadline 12-14, unsigned
  d4 D c2  80万 认购 11-01, 签约 11-05, 解约 after 签约 executed 12-02 (no reason type)
  d5 A c1  95万 认购 12-03 09:00, 退定 executed 12-04 (not a 退房)
  d6 B c1 110万 认购 11-25, deadline 12-05, unsigned (overdue by 2 days on 12-07)
  d7 D c2  70万 认购 12-06 10:00, deadline 12-10, 签约 12-08 (after the range: unsigned on 12-07)
  d8 C c2  60万 认购 09-25, 签约 10-01, 退房 executed 12-08 (after the range)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind, ChangeStatus, ReasonType
from anjia_desk.core.customers import VisitKind
from anjia_desk.core.deals import PaymentMethod, Stage
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer, Deal, Visit
from anjia_desk.services.context import Actor
from tests.change_fixtures import add_order
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

FIRST = date(2026, 12, 1)
LAST = date(2026, 12, 7)
NOW = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)  # 2026-12-08 10:00 in the office
WAN = Decimal(10_000)


def office(day: date, hour: int, minute: int = 0) -> datetime:
    """Office time (UTC+8) as an aware UTC instant."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass
class Office:
    c1: Actor
    c2: Actor
    manager: Actor
    front: Actor
    customers: dict[str, Customer]
    deals: dict[str, Deal]


def build(session: Session) -> Office:
    c1 = add_actor(session, "c1", "王顾问", Role.CONSULTANT)
    c2 = add_actor(session, "c2", "李顾问", Role.CONSULTANT)
    manager = add_actor(session, "mgr", "周经理", Role.SITE_MANAGER)
    front = add_actor(session, "fd", "前台小陈", Role.FRONT_DESK)
    people = {
        "A": ("张一", "13800000001", "房产门户"),
        "B": ("李二", "13800000002", "自然到访"),
        "C": ("王三", "13800000003", ""),
        "D": ("赵四", "13800000004", "老带新"),
    }
    customers: dict[str, Customer] = {}
    for key, (name, phone, channel) in people.items():
        customer = make_customer(session, name, phone)
        customer.channel = channel
        customers[key] = customer
    customers["C"].erasure_requested_at = office(d(11, 30), 9)
    session.flush()

    def visit(
        who: str,
        at: datetime,
        kind: VisitKind,
        channel: str,
        by: Actor,
        invalid: str | None = None,
    ) -> None:
        session.add(
            Visit(
                customer_id=customers[who].id,
                visited_at=at,
                kind=kind,
                channel=channel,
                consultant_id=by.user_id,
                invalid_reason=invalid,
            )
        )

    first, again = VisitKind.FIRST, VisitKind.RETURN
    visit("A", office(d(12, 1), 10), first, "房产门户", c1)
    visit("A", office(d(12, 3), 15), again, "房产门户", c1)
    visit("B", office(d(12, 3), 11), first, "自然到访", c1)
    visit("C", office(d(12, 3), 12), first, "", c2)
    visit("D", office(d(12, 7), 23, 30), first, "老带新", c2)
    visit("B", office(d(12, 4), 10), again, "自然到访", c1, invalid="同行踩盘")
    visit("D", office(d(11, 30), 23, 30), first, "老带新", c2)
    visit("D", office(d(12, 8), 0, 10), again, "老带新", c2)
    session.flush()

    project = make_project(session)
    units = make_building(session, project, floors=4)

    def deal(
        n: int,
        who: str,
        by: Actor,
        wan: int,
        subscribed: datetime,
        deadline: date,
        signed: datetime | None = None,
    ) -> Deal:
        price = Decimal(wan) * WAN
        row = Deal(
            project_id=project.id,
            unit_id=units[n].id,
            customer_id=customers[who].id,
            consultant_id=by.user_id,
            buyer_name=customers[who].name,
            payment_method=PaymentMethod.FULL,
            list_price=price,
            price=price,
            filed_price=price + 10 * WAN,
            deposit=Decimal("50000.00"),
            subscribed_at=subscribed,
            sign_deadline=deadline,
            penalty_per_10k=Decimal("5"),
            cancel_days=90,
            stage=Stage.SUBSCRIBED if signed is None else Stage.SIGNED,
            signed_at=signed,
        )
        session.add(row)
        session.flush()
        return row

    deals = {
        "d1": deal(0, "A", c1, 100, office(d(12, 2), 10), d(12, 9), office(d(12, 5), 10)),
        "d2": deal(1, "B", c1, 90, office(d(11, 20), 10), d(11, 27), office(d(12, 4), 14)),
        "d3": deal(2, "C", c2, 120, office(d(12, 7), 23, 30), d(12, 14)),
        "d4": deal(3, "D", c2, 80, office(d(11, 1), 10), d(11, 8), office(d(11, 5), 10)),
        "d5": deal(4, "A", c1, 95, office(d(12, 3), 9), d(12, 10)),
        "d6": deal(5, "B", c1, 110, office(d(11, 25), 10), d(12, 5)),
        "d7": deal(6, "D", c2, 70, office(d(12, 6), 10), d(12, 10), office(d(12, 8), 10)),
        "d8": deal(7, "C", c2, 60, office(d(9, 25), 10), d(10, 2), office(d(10, 1), 10)),
    }

    def ended(
        key: str,
        kind: ChangeKind,
        at: datetime,
        reason: ReasonType | None,
        *,
        early: bool = False,
    ) -> None:
        row = deals[key]
        add_order(
            session,
            row,
            kind,
            ChangeStatus.EXECUTED,
            requested_at=at - timedelta(days=1),
            within_72h=early,
            reason_type=reason,
            executed_at=at,
        )
        row.stage = Stage.CANCELLED
        row.cancelled_at = at

    ended("d2", ChangeKind.CANCEL, office(d(12, 6), 10), ReasonType.FAMILY, early=True)
    ended("d4", ChangeKind.TERMINATE, office(d(12, 2), 10), None)
    ended("d5", ChangeKind.UNSUBSCRIBE, office(d(12, 4), 10), ReasonType.REGRET)
    ended("d8", ChangeKind.CANCEL, office(d(12, 8), 10), ReasonType.FUNDS)
    session.flush()
    return Office(c1, c2, manager, front, customers, deals)
