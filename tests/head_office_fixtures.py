"""A hand-built office for head office's workbooks (issue 19), written with the models: visits,
认购, 签约, receipts, a 退房 and a 退定, complaints and installments around Wednesday
2026-12-09 (office time UTC+8), with events at 23:30 and 00:30 office time on the edges of the
day. The figures the tests expect are worked out by hand in the comments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind, ChangeStatus, ReasonType
from anjia_desk.core.complaint_kinds import ComplaintStatus
from anjia_desk.core.complaints import Level
from anjia_desk.core.customers import VisitKind
from anjia_desk.core.deals import Nature, PaymentMethod, Stage
from anjia_desk.core.roles import Role
from anjia_desk.db.models import Customer, Deal, Installment, Receipt, Unit, Visit
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from tests.change_fixtures import add_order
from tests.complaint_fixtures import add_complaint
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor

DAY = date(2026, 12, 9)  # a Wednesday: its week started on Monday 12-07
#: 2026-12-09 23:50 office time: the workbooks are produced late that evening.
NOW = datetime(2026, 12, 9, 15, 50, tzinfo=UTC)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """`day` at hour:minute office time (UTC+8), as a UTC instant."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - timedelta(hours=8)


@dataclass
class Office:
    wang: Actor  # consultant 王浩
    li: Actor  # consultant 李娜
    secretary: Actor  # 销售秘书
    manager: Actor  # 案场经理
    deals: dict[str, int]


def _customer(session: Session, name: str, phone: str, channel: str) -> Customer:
    customer = make_customer(session, name, phone)
    customer.channel = channel
    return customer


def _deal(
    session: Session,
    unit: Unit,
    customer: Customer,
    consultant: Actor,
    price: str,
    subscribed_at: datetime,
    *,
    signed_at: datetime | None = None,
) -> Deal:
    deal = Deal(
        project_id=customer_project(session, unit),
        unit_id=unit.id,
        customer_id=customer.id,
        consultant_id=consultant.user_id,
        buyer_name=customer.name,
        payment_method=PaymentMethod.FULL.value,
        list_price=Decimal(price),
        price=Decimal(price),
        filed_price=Decimal(price),
        deposit=Decimal(50000),
        subscribed_at=subscribed_at,
        sign_deadline=subscribed_at.date() + timedelta(days=15),
        penalty_per_10k=Decimal(5),
        cancel_days=90,
        stage=(Stage.SIGNED if signed_at else Stage.SUBSCRIBED).value,
        signed_at=signed_at,
    )
    session.add(deal)
    session.flush()
    return deal


def customer_project(session: Session, unit: Unit) -> int:
    from anjia_desk.db.models import Building

    building = session.get(Building, unit.building_id)
    assert building is not None
    return building.project_id


def build(session: Session) -> Office:
    update_settings(session, Actor.system(), {"letterhead.company": "安家置业（杭州）有限公司"})
    wang = add_actor(session, "wang", "王浩", Role.CONSULTANT)
    li = add_actor(session, "li", "李娜", Role.CONSULTANT)
    secretary = add_actor(session, "mishu", "陈秘书", Role.SALES_SECRETARY)
    manager = add_actor(session, "jingli", "黄经理", Role.SITE_MANAGER)
    project = make_project(session)
    units = make_building(session, project)
    a = _customer(session, "张伟", "13800000001", "自然来访")
    b = _customer(session, "刘洋", "13800000002", "渠道分销")
    c = _customer(session, "赵敏", "13800000003", "")

    def visit(customer: Customer, at: datetime, kind: VisitKind, channel: str, who: Actor,
              invalid: str | None = None) -> None:  # fmt: skip
        session.add(
            Visit(
                customer_id=customer.id,
                visited_at=at,
                kind=kind,
                channel=channel,
                consultant_id=who.user_id,
                invalid_reason=invalid,
            )
        )

    # Day 12-09: 首访 A (自然来访), B at 23:30 (渠道分销), C at 00:30 (未填写); 复访 C → 3 + 1.
    visit(a, local(DAY, 10), VisitKind.FIRST, "自然来访", wang)
    visit(b, local(DAY, 23, 30), VisitKind.FIRST, "渠道分销", li)
    visit(c, local(DAY, 0, 30), VisitKind.FIRST, "", wang)
    visit(c, local(DAY, 11), VisitKind.RETURN, "", wang)
    visit(a, local(DAY, 12), VisitKind.FIRST, "自然来访", wang, invalid="重复登记")  # not counted
    # The week adds 12-08 (复访 A); the month adds 12-01 (首访 B); 11-30 23:30 is November's.
    visit(a, local(date(2026, 12, 8), 10), VisitKind.RETURN, "自然来访", wang)
    visit(b, local(date(2026, 12, 1), 10), VisitKind.FIRST, "渠道分销", li)
    visit(b, local(date(2026, 11, 30), 23, 30), VisitKind.FIRST, "渠道分销", li)

    # D1 认购 12-09 23:30 (1,000,000); D2 认购 12-02, 签约 12-09 (1,200,000); D3 认购 11-20,
    # 签约 12-08 (900,000), 退房 executed 12-09 within 72 h (资金压力型); D4 认购 12-03
    # (800,000), 退定 executed 12-05.
    d1 = _deal(session, units[0], a, wang, "1000000.00", local(DAY, 23, 30))
    d2 = _deal(
        session, units[1], b, li, "1200000.00", local(date(2026, 12, 2), 10),
        signed_at=local(DAY, 10),
    )  # fmt: skip
    d3 = _deal(
        session, units[2], c, wang, "900000.00", local(date(2026, 11, 20), 10),
        signed_at=local(date(2026, 12, 8), 15),
    )  # fmt: skip
    d4 = _deal(session, units[3], a, li, "800000.00", local(date(2026, 12, 3), 10))
    add_order(
        session, d3, ChangeKind.CANCEL, ChangeStatus.EXECUTED, stage_at_request=Stage.SIGNED,
        executed_at=local(DAY, 16), within_72h=True, reason_type=ReasonType.FUNDS,
    )  # fmt: skip
    d3.stage, d3.cancelled_at = Stage.CANCELLED.value, local(DAY, 16)
    add_order(
        session, d4, ChangeKind.UNSUBSCRIBE, ChangeStatus.EXECUTED,
        stage_at_request=Stage.SUBSCRIBED, executed_at=local(date(2026, 12, 5), 11),
    )  # fmt: skip
    d4.stage, d4.cancelled_at = Stage.CANCELLED.value, local(date(2026, 12, 5), 11)

    # Receipts: 200,000 on 12-09, 50,000 on 12-02, 30,000 on 12-09 voided.
    for number, (deal, amount, paid_on, voided) in enumerate(
        [
            (d2, "200000.00", DAY, None),
            (d2, "50000.00", date(2026, 12, 2), None),
            (d1, "30000.00", DAY, local(DAY, 18)),
        ],
        1,
    ):
        session.add(
            Receipt(
                project_id=project.id,
                number=number,
                customer_id=deal.customer_id,
                deal_id=deal.id,
                payer=deal.buyer_name,
                nature=Nature.PRICE.value,
                amount=Decimal(amount),
                paid_on=paid_on,
                voided_at=voided,
            )
        )

    # D2 owes: 首付 due 10-01 (50,000 of 300,000 left: 69 days overdue on 12-09 → 61–90天),
    # 房款 600,000 due 12-20, 按揭 300,000 due 2027-01-10.
    for seq, (nature, name, due_on, amount, paid) in enumerate(
        [
            (Nature.DOWN, "首付款", date(2026, 10, 1), "300000.00", "250000.00"),
            (Nature.PRICE, "房款", date(2026, 12, 20), "600000.00", "0"),
            (Nature.LOAN, "按揭款", date(2027, 1, 10), "300000.00", "0"),
        ],
        1,
    ):
        session.add(
            Installment(
                deal_id=d2.id, seq=seq, nature=nature.value, name=name, due_on=due_on,
                amount=Decimal(amount), paid=Decimal(paid),
            )
        )  # fmt: skip

    # Complaints: K1 二级 taken in 12-09 09:00, not answered (not yet due); K2 三级 taken in
    # 12-01, answered within the hour (on time), closed 12-09 15:00; K3 一级 taken in 12-05,
    # never answered (late).
    add_complaint(session, project.id, intake_at=local(DAY, 9), level=Level.GENERAL)
    add_complaint(
        session, project.id, intake_at=local(date(2026, 12, 1), 10), level=Level.MINOR,
        answered_at=local(date(2026, 12, 1), 11), closed_at=local(DAY, 15),
        status=ComplaintStatus.CLOSED,
    )  # fmt: skip
    add_complaint(session, project.id, intake_at=local(date(2026, 12, 5), 10), level=Level.MAJOR)
    session.flush()
    return Office(wang, li, secretary, manager, {"d1": d1.id, "d2": d2.id, "d3": d3.id})
