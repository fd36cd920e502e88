"""Write a populated SQL dump of the current schema (run once per release that changes it):

    .venv/bin/python tests/db/make_dump.py tests/db/dumps/<revision>.sql

The migration test loads every dump in tests/db/dumps/ and upgrades it to the newest schema.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anjia_desk.db.engine import Database
    from anjia_desk.services.context import Actor


def main(out: Path) -> None:
    home = tempfile.mkdtemp()
    os.environ["ANJIA_DESK_HOME"] = home
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services import audit, calendar, settings, users
    from anjia_desk.services.context import Actor

    path = Path(home) / "dump.db"
    database = open_database(str(path))
    with session_scope(database) as s:
        users.create_first_admin(s, username="admin", display_name="管理员", password="admin-123")
    system = Actor.system()
    with session_scope(database, system) as s:
        users.add_user(
            s,
            system,
            username="guwen1",
            display_name="王浩",
            roles=[Role.CONSULTANT],
            password="guwen-123",
        )
        users.add_user(
            s,
            system,
            username="jingli",
            display_name="黄建国",
            roles=[Role.SITE_MANAGER, Role.CONSULTANT],
            password=None,
        )
        settings.update_settings(
            s,
            system,
            {"letterhead.company": "安家置业（杭州）有限公司", "security.lock_minutes": 15},
        )
        calendar.save_year(
            s,
            system,
            2027,
            [
                calendar.DayEntry(date(2027, 1, 1), False, "元旦"),
                calendar.DayEntry(date(2027, 2, 20), True, "春节调休"),
            ],
        )
        audit.record(s, system, "print", "visitor_form", None, "空白来访登记表")
    _front_desk(database, system)
    _deals(database, system)
    _skipped_ticket(database, system)
    _holds(database, system)
    _signing_plan(database, system)
    _failed_logins(database)
    _lookups(database, system)
    _erasure(database, system)
    _dunning(database, system)
    _change_orders(database, system)
    _complaints(database, system)
    _reports(database, system)
    _changes(database)
    database.close()
    connection = sqlite3.connect(path)
    out.write_text("\n".join(connection.iterdump()) + "\n", encoding="utf-8")
    connection.close()


def _front_desk(database: Database, system: Actor) -> None:
    """Customers and everything around them (issue 3), through the services a user works with."""
    from anjia_desk.core.customers import VisitForm
    from anjia_desk.core.followups import FollowUpForm
    from anjia_desk.core.risk import Dimension, Level
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import Customer, Dispute, RiskWarning, RotationTurn
    from anjia_desk.services import (
        customer_merge,
        customer_profile,
        customers,
        followups,
        reception,
        referrals,
        risk,
        rotation,
        users,
    )
    from anjia_desk.services.context import Actor

    now = datetime.now(UTC).replace(microsecond=0)
    earlier = now - timedelta(days=20)
    with session_scope(database, system) as s:
        ids = {}
        for username, name, roles in (
            ("guwen2", "陈思雨", [Role.CONSULTANT]),
            ("zishen", "赵敏", [Role.SENIOR_CONSULTANT, Role.CONSULTANT]),
            ("qiantai", "林晓雯", [Role.FRONT_DESK]),
        ):
            ids[username] = users.add_user(
                s, system, username=username, display_name=name, roles=roles, password=None
            ).id
        for row in users.list_users(s, system):
            ids.setdefault(row.username, row.id)
    g1, g2, senior = ids["guwen1"], ids["guwen2"], ids["zishen"]

    def visit(at: datetime, **fields: object) -> int:
        with session_scope(database, system) as s:
            fields = {"consent": True, "channel": "自然到访", **fields}
            form = VisitForm(**fields)  # type: ignore[arg-type]
            return reception.register_visit(s, system, form, now=at).customer_id

    with session_scope(database, system) as s:
        rotation.set_duty_list(s, system, [g1, g2, senior], now=earlier)
    zhang = visit(
        earlier,
        phone="138 1234 5678",
        name="张伟",
        party_size=2,
        awareness="路过",
        marketing_opt_in=True,
        consultant_id=g1,
    )
    zeng = visit(
        earlier + timedelta(hours=1),
        phone="13900001111",
        name="曾小贤",
        channel="老带新",
        referrer_phone="13812345678",
        consultant_id=g2,
    )
    visit(earlier + timedelta(hours=2), phone="138****9999", name="单丽", channel="渠道带看",
          consultant_id=senior)  # fmt: skip
    visit(now - timedelta(days=2), phone="13812345678", consultant_id=g1)  # a return visit
    twin = visit(now - timedelta(days=2), phone="13900004444", name="曾晓贤", consultant_id=g2)
    with session_scope(database, system) as s:
        followups.log_follow_up(
            s,
            system,
            zhang,
            FollowUpForm(
                channel="电话",
                content="客户确认预算，想看三房样板间",
                result="约定周末复访",
                next_on=(now + timedelta(days=3)).date(),
                grade="A",
                reason="预算明确，三个月内购买",
            ),
            now=now - timedelta(days=1),
        )
        customer_profile.add_relative(
            s, system, zhang, relation="spouse", name="李娜", phone="13700002222", now=now
        )
        customer_profile.change_phone(s, system, zeng, "13900003333", reason="客户换号", now=now)
        customer_merge.merge_customers(
            s, system, keep_id=zeng, merge_id=twin, reason="同一人登记了两次", now=now
        )
        # Monitoring starts at 认购 (DOMAIN §4); the dump's deals come later, so as 认购 does:
        customer = s.get(Customer, zhang)
        assert customer is not None
        customer.risk_monitoring = True
        for back, highs in ((1, 2), (0, 3)):
            marks = {d: (Level.HIGH if i < highs else Level.LOW) for i, d in enumerate(Dimension)}
            day = (now - timedelta(days=back)).date()
            risk.mark_risk(s, system, zhang, day=day, marks=marks, now=now)
    with session_scope(database, system) as s:
        warning = s.query(RiskWarning).one()
        risk.assign_warning(
            s, system, warning.id, assignee_id=senior, version=warning.version, now=now
        )
        referrals.redeem_points(s, system, zhang, points=50, note="物业费抵用券", now=now)
        rotation.set_duty_list(s, system, [g2, g1, senior], now=now)
        rotation.skip_consultant(s, system, g2, now=now)
        turn = rotation.receive_walk_in(s, system, g1, now=now)
        rotation.mark_turn_invalid(s, system, turn, "同行踩盘", now=now)
        assert s.get(RotationTurn, turn) is not None
    claimant = Actor(g2, "guwen2", "陈思雨", frozenset({Role.CONSULTANT}))
    with session_scope(database, claimant) as s:
        customers.raise_dispute(s, claimant, zhang, "上周首次接待的是我", now=now)
    with session_scope(database, system) as s:
        dispute = s.query(Dispute).one()
        customers.rule_dispute(
            s, system, dispute.id, winner_id=g1, reason="来访登记显示王浩首次接待",
            version=dispute.version, now=now,
        )  # fmt: skip


def _deals(database: Database, system: Actor) -> None:
    """Units, tickets, deals at every stage, receipts, holds and care touches (issue 5): the
    demo's own generator, through the services, with the office users it needs."""
    import random

    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import users
    from anjia_desk.services.demo_deals import create_demo_deals

    with session_scope(database, system) as s:
        for username, name, role in (
            ("mishu", "周敏", Role.SALES_SECRETARY),
            ("chuna", "吴芳", Role.CASHIER),
            ("caiwu", "郑丽", Role.FINANCE),
            ("anjie", "孙强", Role.MORTGAGE_OFFICER),
            ("yingxiao", "冯涛", Role.MARKETING_HEAD),
        ):
            users.add_user(s, system, username=username, display_name=name, roles=[role],
                           password=None)  # fmt: skip
    now = datetime.now(UTC).replace(microsecond=0)
    with session_scope(database, system) as s:
        stats = create_demo_deals(s, system, rng=random.Random(5), now=now)
        assert stats is not None, "the dump needs customers who can buy"


def _skipped_ticket(database: Database, system: Actor) -> None:
    """A 过号 ticket (issue 12's skipped state): a number issued after opening, skipped when
    called. The demo's own skips need more tickets than the dump's scale makes."""
    from decimal import Decimal

    from sqlalchemy import select

    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import Customer, Project
    from anjia_desk.services import tickets

    now = datetime.now(UTC).replace(microsecond=0)
    with session_scope(database, system) as s:
        project = s.scalars(select(Project).order_by(Project.id)).first()
        customer = s.scalars(
            select(Customer).where(Customer.anonymised_at.is_(None)).order_by(Customer.id)
        ).first()
        assert project is not None and customer is not None
        ticket_id = tickets.issue_ticket(
            s, system, project_id=project.id, customer_id=customer.id,
            amount=Decimal(20000), now=now,
        )  # fmt: skip
        tickets.skip_ticket(s, system, ticket_id, reason="叫号三次未到", now=now)


def _holds(database: Database, system: Actor) -> None:
    """A 锁定 extended once (0005's hold extensions) and a number allowed to choose without its
    认筹金 (0005's 特许选房)."""
    from decimal import Decimal

    from sqlalchemy import select

    from anjia_desk.core.deals import UnitStatus
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import Customer, Project, Unit, User
    from anjia_desk.services import holds, tickets
    from anjia_desk.services.context import Actor

    now = datetime.now(UTC).replace(microsecond=0)
    with session_scope(database, system) as s:
        project = s.scalars(select(Project).order_by(Project.id)).first()
        customer = s.scalars(
            select(Customer).where(Customer.anonymised_at.is_(None)).order_by(Customer.id)
        ).first()
        unit = s.scalars(
            select(Unit).where(Unit.status == UnitStatus.AVAILABLE.value).order_by(Unit.id)
        ).first()
        assert project is not None and customer is not None and unit is not None
        hold_id = holds.hold_unit(s, system, unit.id, customer_id=customer.id, now=now)
        holds.extend_hold(s, system, hold_id, reason="客户周末来签", now=now)
        ticket_id = tickets.issue_ticket(
            s, system, project_id=project.id, customer_id=customer.id,
            amount=Decimal(20000), now=now,
        )  # fmt: skip
        manager_id = s.scalar(select(User.id).where(User.username == "jingli"))
        assert manager_id is not None
        manager = Actor(manager_id, "jingli", "黄建国", frozenset({Role.SITE_MANAGER}))
        tickets.allow_choice(s, manager, ticket_id, reason="款项在途，经理特许", now=now)


def _signing_plan(database: Database, system: Actor) -> None:
    """Installments counted from 签约 (issue 13's due_anchor / due_days): one deal still waiting
    for its contract (due date UNDATED) and one signed (dated sign day + N)."""
    from decimal import Decimal

    from sqlalchemy import select

    from anjia_desk.core.deals import PaymentMethod, UnitStatus
    from anjia_desk.core.identity import check_character
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import Customer, Deal, Unit
    from anjia_desk.services import deal_steps, deals, settings
    from anjia_desk.services.deal_views import SubscribeRequest

    now = datetime.now(UTC).replace(microsecond=0)
    with session_scope(database, system) as s:
        settings.update_settings(
            s, system, {"deals.plan.full": "房款 20% 签约后0天；尾款 80% 签约后30天"}
        )
        units = s.scalars(
            select(Unit).where(Unit.status == UnitStatus.AVAILABLE.value).order_by(Unit.id)
        ).all()[:2]
        buyers = s.scalars(
            select(Customer).where(Customer.anonymised_at.is_(None)).order_by(Customer.id.desc())
        ).all()[:2]
        assert len(units) == 2 and len(buyers) == 2, "the dump needs units and buyers left"
        ids = []
        for index, (unit, buyer) in enumerate(zip(units, buyers, strict=True)):
            first = f"33010619850412{index:03d}"
            request = SubscribeRequest(
                unit_id=unit.id, customer_id=buyer.id, buyer_name=buyer.name or "买受人",
                buyer_id_number=first + check_character(first),
                payment_method=PaymentMethod.FULL, deposit=Decimal(50000),
                special_discount=Decimal(0), discount_reason="",
            )  # fmt: skip
            ids.append(deals.subscribe(s, system, request, now=now))
        signed = s.get(Deal, ids[1])
        assert signed is not None
        deal_steps.sign_contract(
            s, system, signed.id, contract_no="HT-DUMP-1", netsign_no="WQ-DUMP-1",
            version=signed.version, now=now,
        )  # fmt: skip


def _failed_logins(database: Database) -> None:
    """Login throttling (issue 14): a name paused after five failures (long over by now), and an
    unknown name with two; both kept as hashes in login_throttles, the pause in the audit log."""
    from anjia_desk.core.errors import UserError
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services import users

    start = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)
    for name, tries in (("guwen1", 5), ("nobody", 2)):
        for i in range(tries):
            try:
                with session_scope(database) as s:
                    users.login(s, name, "wrong-pass", now=start + timedelta(seconds=i))
            except UserError:
                pass


def _lookups(database: Database, system: Actor) -> None:
    """判客's tally (issue 14): the front desk looks numbers up, registers one visitor, then goes
    beyond a lowered limit (rows registered, pending and beyond)."""
    from sqlalchemy import select

    from anjia_desk.core.customers import VisitForm
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import User
    from anjia_desk.services import reception, settings
    from anjia_desk.services.context import Actor

    now = datetime.now(UTC).replace(microsecond=0)
    with session_scope(database, system) as s:
        settings.update_settings(s, system, {"lookup.limit": 2})
        desk_id = s.scalar(select(User.id).where(User.username == "qiantai"))
        assert desk_id is not None
        guwen = s.scalar(select(User.id).where(User.username == "guwen1"))
        desk = Actor(desk_id, "qiantai", "林晓雯", frozenset({Role.FRONT_DESK}))
        at = now - timedelta(minutes=5)
        reception.lookup_phone(s, desk, "13566667777", now=at)
        form = VisitForm(
            phone="13566667777", name="唐宁", channel="自然到访", consent=True, consultant_id=guwen
        )
        reception.register_visit(s, desk, form, now=at)
        for seconds in range(0, 12, 3):
            reception.lookup_phone(
                s, desk, f"1357777{seconds:04d}", now=at + timedelta(seconds=seconds)
            )


def _erasure(database: Database, system: Actor) -> None:
    """Issue 14: one person erased on request (the erasure log, another customer's note listed
    for review) and one buyer erased (已申请删除, the deal kept)."""
    from sqlalchemy import exists, select

    from anjia_desk.core.phones import parse_phone
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import Customer, CustomerRelative, Deal, RiskMark
    from anjia_desk.services import customer_profile, customer_state

    now = datetime.now(UTC).replace(microsecond=0)
    with session_scope(database, system) as s:
        live = Customer.anonymised_at.is_(None)
        has_deal = exists().where(Deal.customer_id == Customer.id)
        # A buyer without relatives or risk marks: the dump keeps rows in every table.
        plain = ~exists().where(CustomerRelative.customer_id == Customer.id)
        plain &= ~exists().where(RiskMark.customer_id == Customer.id)
        buyer = s.scalars(
            select(Customer).where(live, has_deal, plain).order_by(Customer.id)
        ).first()
        other = s.scalars(select(Customer).where(live).order_by(Customer.id.desc())).first()
        assert buyer is not None and other is not None, "the dump needs a buyer"
        person = Customer(channel="自然到访", consent_at=now)
        customer_state.set_name(person, "司徒静怡")
        customer_state.set_phone(person, parse_phone("13766660001"))
        s.add(person)
        s.flush()
        other.notes = "和司徒静怡一起来的"
        for customer in (person, buyer):
            customer_profile.erase_personal_data(
                s, system, customer.id, reason="本人要求删除", now=now
            )


def _dunning(database: Database, system: Actor) -> None:
    """Issue 16: a deal with a mailing address and a penalty clause, a letter at each of two
    stages (one delivered and signed for, one voided), a formal demand the buyer asked about, a
    lifted block and a call with a promised date — written with the models, so that the dump
    holds every new column whatever the demo's dates make due."""
    from datetime import timedelta
    from decimal import Decimal

    from sqlalchemy import select

    from anjia_desk.core.deals import Nature
    from anjia_desk.core.dunning import CallOutcome, Delivery
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import (
        Deal,
        DunningBlock,
        DunningCall,
        DunningLetter,
        DunningLetterItem,
        Installment,
    )

    now = datetime.now(UTC).replace(microsecond=0)
    today = now.date()
    with session_scope(database, system) as s:
        deal, installment = s.execute(
            select(Deal, Installment)
            .join(Installment, Installment.deal_id == Deal.id)
            .where(Deal.cancelled_at.is_(None), Installment.nature == Nature.DOWN.value)
            .order_by(Deal.id)
            .limit(1)
        ).one()
        deal.mailing_address = "浙江省杭州市西湖区文三路 90 号 3 幢 501 室"
        deal.mailing_postcode = "310012"
        deal.penalty_clause_no = "第九条"
        deal.penalty_clause_text = "买受人逾期付款的，按日向出卖人支付逾期应付款万分之五的违约金。"
        deal.demand_period_days = 60
        stages = ((1, Delivery.IN_PERSON, None), (4, Delivery.COURIER, "作废：打印错误"),
                  (6, Delivery.REGISTERED, None))  # fmt: skip
        for number, (stage, delivery, voided) in enumerate(stages, start=1):
            letter = DunningLetter(
                project_id=deal.project_id,
                deal_id=deal.id,
                number=900 + number,  # above any the demo's letters took
                stage=stage,
                letter_on=today - timedelta(days=10 - number),
                issued_at=now,
                issued_by_id=None,
                delivery=delivery,
                tracking_no="" if delivery is Delivery.IN_PERSON else f"XA{number:08d}",
                signed_on=today - timedelta(days=5 - number),
                voided_at=now if voided else None,
                void_reason=voided or "",
                facts='{"v": 1}',
                buyer_asked_on=today if stage == 6 else None,
            )
            s.add(letter)
            s.flush()
            s.add(
                DunningLetterItem(
                    letter_id=letter.id,
                    installment_id=installment.id,
                    stage=stage,
                    days_overdue=30 * stage,
                    outstanding=Decimal("120000.50"),
                    penalty=Decimal("1234.56"),
                )
            )
        s.add(
            DunningBlock(
                deal_id=deal.id,
                reason="客户申请分期，谈判中",
                starts_on=today - timedelta(days=20),
                ends_on=today + timedelta(days=10),
                lifted_on=today - timedelta(days=12),
                lift_reason="谈判未果",
            )
        )
        s.add(
            DunningCall(
                deal_id=deal.id,
                stage=1,
                called_at=now,
                called_on=today,
                outcome=CallOutcome.PROMISED,
                promised_on=today + timedelta(days=7),
                note="客户说月底前转账",
            )
        )


def _change_orders(database: Database, system: Actor) -> None:
    """Issue 17: a deal's contract terms (breach penalty, refund rate, area clause, title
    deadline, arbitration), a 退房 order with every column filled, one step done on it and a
    refund voucher (one voided) — written with the models, so that the dump holds every new
    column whatever the demo's dates make due."""
    from decimal import Decimal

    from sqlalchemy import select

    from anjia_desk.core.changes import (
        ChangeKind,
        ChangeStatus,
        Fault,
        Forum,
        Ground,
        OrderStep,
        ReasonType,
        RenameMode,
        TalkOutcome,
    )
    from anjia_desk.core.deals import PaymentMethod, Stage
    from anjia_desk.core.dunning import Delivery
    from anjia_desk.core.refund_money import BreachBase
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import ChangeOrder, ChangeOrderStep, Deal, RefundVoucher

    now = datetime.now(UTC).replace(microsecond=0)
    today = now.date()
    with session_scope(database, system) as s:
        deal = s.scalars(select(Deal).where(Deal.cancelled_at.is_(None)).order_by(Deal.id)).first()
        assert deal is not None
        deal.breach_base = BreachBase.DUE
        deal.breach_pct = Decimal("5.00")
        deal.breach_clause_no = "第十条"
        deal.refund_rate = Decimal("3.10")
        deal.area_clause_pct = Decimal("3.00")
        deal.title_due_on = today + timedelta(days=700)
        deal.arbitration = True
        order = ChangeOrder(
            project_id=deal.project_id,
            deal_id=deal.id,
            customer_id=deal.customer_id,
            number=1,
            kind=ChangeKind.CANCEL,
            status=ChangeStatus.EXECUTED,
            requested_at=now - timedelta(days=9),
            stage_at_request=Stage.SIGNED,
            within_72h=True,
            reason_type=ReasonType.FUNDS,
            tags='["贷款", "价格"]',
            fault=Fault.BUYER,
            ground=Ground.LOAN_REFUSED,
            ground_note="银行 11 月 3 日书面拒贷",
            ground_check="无法核对，待法务确认",
            legal_confirmed_at=now - timedelta(days=8),
            real_reason="首付来源落空",
            talk_at=now - timedelta(days=8),
            talk_outcome=TalkOutcome.LEAVE,
            talk_note="客户坚持退房",
            reviewed_at=now - timedelta(days=7),
            review_note="同意",
            marketing_at=now - timedelta(days=6),
            finance_at=now - timedelta(days=6),
            rejected_at=None,
            reject_reason="",
            withdrawn_at=None,
            withdraw_reason="",
            executed_at=now - timedelta(days=5),
            closed_at=None,
            refund_on=today,
            refund_due_on=today + timedelta(days=30),
            computed=Decimal("98765.43"),
            facts='{"v": 1}',
            override_amount=Decimal("100000.00"),
            override_reason="营销负责人特批",
            override_at=now - timedelta(days=6),
            old_unit_id=deal.unit_id,
            new_unit_id=None,
            new_payment_method=PaymentMethod.FULL,
            new_special_discount=Decimal("0.00"),
            old_price=deal.price,
            new_price=None,
            rename_mode=RenameMode.ADD,
            old_buyer_name=deal.buyer_name,
            new_buyer_name="李娜",
            new_buyer_id_masked="330106********0021",
            new_buyer_id_cipher="",
            relation="配偶",
            consent_on=today,
            qualification_note="资格审核通过",
            notice_at=now - timedelta(days=4),
            notice_delivery=Delivery.COURIER,
            notice_tracking="SF1234567890",
            notice_reached_on=today - timedelta(days=3),
            notice_facts='{"v": 1}',
            contract_recovered_on=today - timedelta(days=2),
            archive_no="GD-2026-001",
            forum=Forum.ARBITRATION,
            disputed_at=now - timedelta(days=1),
            brief_ticks='["recorded", "not_seller"]',
            brief_at=now,
            gift="物业费抵用券",
            gift_on=today,
            note="资料齐全",
        )
        s.add(order)
        s.flush()
        s.add(
            ChangeOrderStep(
                order_id=order.id, step=OrderStep.REVOKE_FILING, done_at=now, note="已撤销备案"
            )
        )
        for number, voided in ((1, "金额有误"), (2, "")):
            s.add(
                RefundVoucher(
                    project_id=deal.project_id,
                    number=number,
                    order_id=order.id,
                    deal_id=deal.id,
                    payee=deal.buyer_name,
                    amount=Decimal("100000.00"),
                    method="转账",
                    paid_on=today,
                    note="",
                    confirmed_at=None if voided else now,
                    voided_at=now if voided else None,
                    void_reason=voided,
                    facts='{"v": 1}',
                )
            )


def _complaints(database: Database, system: Actor) -> None:
    """Issue 18: a complaint with every column filled, a pause, a level change, an investigation
    note with a file (bytes in the database), a contractor's compensation paid and a voided
    one, a return visit; a building's delivery date, a deal's 风险告知书 and 预验房 with one
    issue found — written with the models."""
    import hashlib
    from decimal import Decimal

    from sqlalchemy import select

    from anjia_desk.core.complaint_kinds import (
        ComplaintStatus,
        EventKind,
        NoteKind,
        ProofKind,
        Referrer,
        Side,
        Solution,
        VisitWay,
    )
    from anjia_desk.core.complaints import Channel, Level, Liable, Nature, Payment
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import (
        Building,
        Complaint,
        ComplaintEvent,
        ComplaintFile,
        ComplaintNote,
        ComplaintPause,
        ComplaintPayment,
        ComplaintVisit,
        Deal,
        InspectionIssue,
    )

    now = datetime.now(UTC).replace(microsecond=0)
    today = now.date()
    with session_scope(database, system) as s:
        deal = s.scalars(select(Deal).where(Deal.cancelled_at.is_(None)).order_by(Deal.id)).first()
        assert deal is not None
        building = s.scalars(select(Building).order_by(Building.id)).first()
        assert building is not None
        building.delivery_on = today + timedelta(days=80)
        deal.risk_notice_at = now - timedelta(days=30)
        deal.risk_notice_facts = '{"v": 1}'
        deal.inspection_invited_at = now - timedelta(days=5)
        deal.inspection_on = today - timedelta(days=1)
        s.add(
            InspectionIssue(
                deal_id=deal.id,
                found_on=today - timedelta(days=1),
                text="主卧窗框渗水",
                place="主卧",
                responsible="工程部 李工",
                promised_on=today + timedelta(days=14),
                fixed_on=today,
                note="已打胶",
            )
        )
        complaint = Complaint(
            project_id=deal.project_id,
            number=1,
            customer_id=deal.customer_id,
            deal_id=deal.id,
            status=ComplaintStatus.CLOSED,
            channel=Channel.REFERRED,
            referrer=Referrer.HOTLINE,
            referred_ref="12345-2026-0001",
            referred_due_at=now + timedelta(days=5),
            intake_at=now - timedelta(days=20),
            who=deal.buyer_name,
            contact_phone="13800001111",
            happened="交付当天",
            place="3栋1单元1201",
            what="客厅地面空鼓",
            why="施工质量",
            how_much="约 12 平方米",
            how_to_solve="返修并赔偿",
            nature=Nature.QUALITY,
            level=Level.GENERAL,
            point="地面空鼓",
            media_risk=False,
            group_size=1,
            engineer="工程部 李工",
            contractor="某建工 张经理",
            butler="物业 赵管家",
            multi_department=True,
            responded_at=now - timedelta(days=20) + timedelta(minutes=40),
            response_note="已回电",
            answered_at=now - timedelta(days=19),
            answer_note="三日内上门查看",
            finding="找平层施工不实",
            liable=Liable.CONTRACTOR,
            solution=Solution.REPAIR,
            solution_text="返修地面并赔偿",
            proposed_at=now - timedelta(days=18),
            legal_at=now - timedelta(days=17),
            legal_note="同意",
            finance_at=now - timedelta(days=17),
            finance_note="同意",
            refuse_reason="",
            executor="工程部 李工",
            execute_due_on=today - timedelta(days=10),
            acceptance="敲击无空鼓声",
            executed_at=now - timedelta(days=9),
            confirmation_signed_on=today - timedelta(days=9),
            visit_due_on=today - timedelta(days=6),
            round=1,
            closed_at=now - timedelta(days=7),
            close_reason="",
            lesson="找平层须旁站验收",
        )
        s.add(complaint)
        s.flush()
        s.add(
            ComplaintPause(
                complaint_id=complaint.id,
                started_at=now - timedelta(days=19, hours=2),
                ended_at=now - timedelta(days=19),
                reason="等客户提供照片",
            )
        )
        s.add(
            ComplaintEvent(
                complaint_id=complaint.id,
                kind=EventKind.LEVEL,
                at=now - timedelta(days=19),
                old_level=Level.MINOR,
                new_level=Level.GENERAL,
                text="涉及返修，升为二级",
            )
        )
        note = ComplaintNote(
            complaint_id=complaint.id,
            kind=NoteKind.INVESTIGATION,
            side=Side.THIRD_PARTY,
            at=now - timedelta(days=18),
            text="检测报告：空鼓面积 12 平方米",
        )
        s.add(note)
        s.flush()
        data = b"%PDF-1.4 dump"
        s.add(
            ComplaintFile(
                complaint_id=complaint.id,
                note_id=note.id,
                side=Side.THIRD_PARTY,
                name="检测报告.pdf",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                added_at=now - timedelta(days=18),
                caption="第三方检测",
            )
        )
        for number, voided in ((1, "金额有误"), (2, "")):
            s.add(
                ComplaintPayment(
                    complaint_id=complaint.id,
                    project_id=deal.project_id,
                    payment=Payment.LIABILITY,
                    liable=Liable.CONTRACTOR,
                    amount=Decimal("25000.00"),
                    reason="地面返修期间的损失",
                    proof=ProofKind.SUPERVISOR,
                    proof_note="监理 王工 确认",
                    requested_at=now - timedelta(days=12),
                    cs_at=now - timedelta(days=11),
                    vp_at=now - timedelta(days=11),
                    number=number,
                    payee=deal.buyer_name,
                    method="转账",
                    paid_on=today - timedelta(days=10),
                    confirmed_at=None if voided else now,
                    voided_at=now if voided else None,
                    void_reason=voided,
                    facts='{"v": 1}',
                )
            )
        s.add(
            ComplaintVisit(
                complaint_id=complaint.id,
                round=1,
                visited_at=now - timedelta(days=8),
                way=VisitWay.PHONE,
                ratings='{"speed": 5, "attitude": 4, "result": 4, "overall": 5}',
                score=Decimal("0.90"),
                comment="满意",
            )
        )


def _reports(database: Database, system: Actor) -> None:
    """Issue 19: a 日报 produced from the command line and an administrator's 周报 template
    (the shipped one's bytes, kept in the database) — written with the models."""
    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import ReportRun, ReportTemplate
    from anjia_desk.resources import resource

    now = datetime.now(UTC).replace(microsecond=0)
    with session_scope(database, system) as s:
        s.add(
            ReportRun(
                kind="daily",
                period_on=now.date(),
                produced_at=now,
                produced_by_id=None,
                via="cli",
                filename=f"销售日报_{now.date().isoformat()}.xlsx",
            )
        )
        s.add(
            ReportTemplate(
                kind="weekly",
                filename="周报模板.xlsx",
                content=resource("report_templates", "weekly.xlsx").read_bytes(),
                uploaded_by_id=None,
                uploaded_at=now,
            )
        )


def _changes(database: Database) -> None:
    """Issue 15: the change log holds a row for every commit above that wrote something (the
    session hook writes them; nothing to add by hand), each naming the tables it wrote."""
    from sqlalchemy import func, select

    from anjia_desk.db.models import change_log

    with database.sessions() as s:
        count = s.scalar(select(func.count()).select_from(change_log))
        assert count, "the change log is empty"
        tables = {name for row in s.scalars(select(change_log.c.tables)) for name in row.split(",")}
        assert {"customers", "units", "deals", "receipts"} <= tables, tables


if __name__ == "__main__":
    main(Path(sys.argv[1]))
