"""Every report of the 报表 section over 100,000 customers and 20,000 deals, against its bare SQL.

    .venv/bin/python benchmarks/bench_reports.py [--customers 100000] [--deals 20000]
        [--rounds 7] [--db FILE] [--only KEY ...]

Builds a database in a temporary folder with bulk inserts — customers with their visits (首访,
复访, channels, a few marked invalid) over two years, deals subscribed over the same time (most
signed, some still waiting, past their deadline or not), their payment plans and receipts (most
paid on time, some partly or late, loans waiting for the bank; a few receipts voided), 退定 and
退房 executed (some within 72 hours of 签约) with the deals they cancelled, dunning letters on the
late payers, and complaints of every nature and level (most answered, a few paused) — then, for
each report of services.reports.REPORTS, times interleaved in the same run `spec.compute` for
the whole office (Scope(None)) over one month against the bare SQL behind it: the same
select(s), executed with the session and fetched, with no Python around them. Prints each
report's median, the bare median, the ratio and the verdict against the targets (≤ 300 ms,
≤ 1.5× the bare SQL). `--db FILE` keeps the built database in FILE (reused when it is there).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import interleaved, measure

TARGET_MS = 300.0
TARGET_RATIO = 1.5
ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 6, 30, 2, 0, tzinfo=UTC)  # 10:00 in the office
TODAY = date(2026, 6, 30)
FIRST, LAST = date(2026, 6, 1), date(2026, 6, 30)  # the month the reports cover
DAYS_BACK = 730
ROOMS_PER_BUILDING = 500
CONSULTANTS = 12
CHANNELS = ("自然到访", "网络推广", "户外广告", "老带新", "中介分销", "电话来访", "展会", "")
REASONS = ("funds", "family", "competitor", "regret", "statutory", None)
PLANS = {
    # method: (nature, name, share, days after 认购); the deposit comes first
    "full": (
        ("down", "首付款", "0.30", 30),
        ("price", "房款", "0.40", 90),
        ("price", "尾款", "", 180),
    ),
    "commercial": (("down", "首付款", "", 30), ("loan", "按揭款", "0.70", 90)),
    "fund": (("down", "首付款", "", 30), ("loan", "按揭款", "0.60", 120)),
    "combo": (("down", "首付款", "", 30), ("loan", "按揭款", "0.65", 100)),
}
STAMP = datetime(2024, 1, 1, tzinfo=UTC)
#: The customers' text columns the benchmark leaves empty.
BLANKS = dict.fromkeys(
    ("gender", "age_band", "family_structure", "layout", "floor_preference", "purpose",
     "buyer_type", "focus", "awareness", "notes"),
    "",
)  # fmt: skip


def _at(day: date, minute: int) -> datetime:
    """`minute` minutes after the office's midnight of `day`, in UTC."""
    return datetime.combine(day, time(0), tzinfo=ZONE).astimezone(UTC) + timedelta(minutes=minute)


def _office_minute(rng: random.Random) -> int:
    return rng.randint(9 * 60, 20 * 60 + 30)


def _filled(table: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`rows` with every column the rows leave out that has a plain default (bulk_insert applies
    none) and the record stamps."""
    if not rows:
        return rows
    given = set(rows[0])
    extra: dict[str, Any] = {}
    for column in table.columns:
        if column.name in given or column.primary_key:
            continue
        if column.name in ("created_at", "updated_at"):
            extra[column.name] = STAMP
        elif column.default is not None and getattr(column.default, "is_scalar", False):
            extra[column.name] = column.default.arg
    return [{**extra, **row} for row in rows] if extra else rows


def build(path: Path, customers: int, deals: int, seed: int = 19) -> dict[str, int]:
    """Fill the database at `path`; row counts by table."""
    from anjia_desk.db.bulk import bulk_insert
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.db.models import (
        Building,
        ChangeOrder,
        Complaint,
        ComplaintPause,
        Customer,
        Deal,
        DunningLetter,
        Installment,
        Project,
        Receipt,
        Unit,
        Visit,
    )
    from anjia_desk.db.raw import DEFAULT_CACHE_KIB, set_cache_size
    from anjia_desk.services.context import Actor
    from anjia_desk.services.users import add_user

    rng = random.Random(seed)
    database = open_database(str(path))
    counts: dict[str, int] = {}
    with session_scope(database, Actor.system()) as session:

        def insert(model: Any, rows: list[dict[str, Any]]) -> None:
            table = model.__table__
            for start in range(0, len(rows), 20_000):
                bulk_insert(session, table, _filled(table, rows[start : start + 20_000]))
            counts[table.name] = counts.get(table.name, 0) + len(rows)

        def ids(table: str) -> list[int]:
            sql = f"SELECT id FROM {table} ORDER BY id"
            return [r[0] for r in session.connection().exec_driver_sql(sql)]

        set_cache_size(session, 131072)
        sellers = [
            add_user(
                session, Actor.system(), username=f"guwen{i}", display_name=f"顾问{i}",
                roles=["consultant"], password=None,
            ).id
            for i in range(CONSULTANTS)
        ]  # fmt: skip
        handlers = [
            add_user(
                session, Actor.system(), username=name, display_name=label, roles=[role],
                password=None,
            ).id
            for name, label, role in (
                ("kefu", "客服经理", "cs_manager"),
                ("jingli", "案场经理", "site_manager"),
                ("fuzong", "分管副总", "vice_president"),
            )
        ]  # fmt: skip
        project = Project(name="安家·基准苑", permit_no="基准", permit_date=date(2024, 1, 1))
        session.add(project)
        session.flush()
        units_needed = deals + deals // 10  # some left on sale
        buildings = [
            Building(project_id=project.id, name=f"{i + 1}栋", key=str(i + 1))
            for i in range(-(-units_needed // ROOMS_PER_BUILDING))
        ]
        session.add_all(buildings)
        session.flush()
        insert(
            Unit,
            [
                {
                    "building_id": buildings[i // ROOMS_PER_BUILDING].id,
                    "floor": (i % ROOMS_PER_BUILDING) // 10 + 1,
                    "room": f"{(i % ROOMS_PER_BUILDING) // 10 + 1:02d}{i % 10 + 1:02d}",
                    "layout": "三室两厅",
                    "area": Decimal("100.00"),
                    "filed_price": Decimal("2000000.00"),
                    "list_price": Decimal("1900000.00"),
                    "status": "subscribed" if i < deals else "available",
                    "blocked_reason": "",
                }
                for i in range(units_needed)
            ],
        )
        unit_ids = ids("units")

        # Customers and their visits: the first visit on the day they came, return visits after.
        customer_rows: list[dict[str, Any]] = []
        visit_rows: list[dict[str, Any]] = []
        first_day: list[date] = []
        for i in range(customers):
            age = rng.randint(0, DAYS_BACK)
            day0 = TODAY - timedelta(days=age)
            first_day.append(day0)
            owner = rng.choice(sellers)
            channel = rng.choice(CHANNELS)
            first_at = _at(day0, _office_minute(rng))
            moments = [first_at]
            for _ in range(rng.choices((0, 1, 2, 3), cum_weights=(50, 78, 92, 100))[0]):
                later = day0 + timedelta(days=rng.randint(1, max(1, min(age, 120))))
                if later <= TODAY:
                    moments.append(_at(later, _office_minute(rng)))
            moments.sort()
            for n, at in enumerate(moments):
                visit_rows.append(
                    {
                        "customer_id": i + 1,
                        "visited_at": at,
                        "kind": "first" if n == 0 else "return",
                        "channel": channel,
                        "consultant_id": owner,
                        "invalid_reason": "同行踩盘" if n == 0 and rng.random() < 0.01 else None,
                        "party_size": 2,
                    }
                )
            customer_rows.append(
                {
                    "id": i + 1,
                    "version": 1,
                    "name": f"客户{i}",
                    "name_initials": "kh",
                    "phone": f"139{i:08d}",
                    "phone_kind": "mobile",
                    "channel": channel,
                    "owner_id": owner,
                    "grade": rng.choice("ABC"),
                    "visit_count": len(moments),
                    "first_visit_at": moments[0],
                    "last_visit_at": moments[-1],
                    "last_contact_at": moments[-1],
                    "protected_until": moments[-1].date() + timedelta(days=30),
                    "marketing_opt_in": False,
                    "do_not_disturb": False,
                    "risk_monitoring": False,
                    **BLANKS,
                }
            )
        insert(Customer, customer_rows)
        insert(Visit, visit_rows)
        del visit_rows

        # Deals: buyers among the customers, 认购 on or after their first visit.
        buyers = rng.sample(range(customers), deals)
        deal_rows: list[dict[str, Any]] = []
        plans: list[tuple[date, str, Decimal, Decimal, date | None]] = []
        for n, index in enumerate(buyers):
            subscribed = min(first_day[index] + timedelta(days=rng.randint(0, 20)), TODAY)
            method = rng.choice(list(PLANS))
            price = Decimal(rng.randrange(1_200_000, 1_900_000, 1000))
            deposit = Decimal(50_000)
            signed: date | None = subscribed + timedelta(days=rng.randint(1, 7))
            if signed is not None and (signed > TODAY or rng.random() < 0.06):
                signed = None
            plans.append((subscribed, method, price, deposit, signed))
            sub_at = _at(subscribed, _office_minute(rng))
            deal_rows.append(
                {
                    "project_id": project.id,
                    "unit_id": unit_ids[n],
                    "customer_id": index + 1,
                    "consultant_id": customer_rows[index]["owner_id"],
                    "buyer_name": f"买受人{n}",
                    "buyer_id_masked": "110101********1234",
                    "buyer_id_cipher": "",
                    "payment_method": method,
                    "list_price": Decimal("1900000.00"),
                    "standard_discount": Decimal("1900000.00") - price,
                    "special_discount": Decimal(0),
                    "discount_status": "none",
                    "discount_reason": "",
                    "price": price,
                    "filed_price": Decimal("2000000.00"),
                    "deposit": deposit,
                    "subscribed_at": sub_at,
                    "signed_at": _at(signed, _office_minute(rng)) if signed else None,
                    "sign_deadline": subscribed + timedelta(days=7),
                    "penalty_per_10k": Decimal("5"),
                    "cancel_days": 90,
                    "stage": "signed" if signed else "subscribed",
                    "contract_no": f"HT-{n:06d}" if signed else "",
                    "netsign_no": "",
                    "fees": Decimal(0),
                    "note": "",
                    "version": 1,
                }
            )
        del customer_rows

        # 退定 and 退房, executed: the deal ended (cancelled), its unit back on sale.
        order_rows: list[dict[str, Any]] = []
        for n, row in enumerate(deal_rows):
            subscribed, _method, _price, _deposit, signed = plans[n]
            roll = rng.random()
            if signed is not None and roll < 0.05:
                signed_at = row["signed_at"]
                early = rng.random() < 0.3
                asked = signed_at + timedelta(hours=rng.randint(4, 70) if early else 24 * 20)
                kind, stage = "cancel", "signed"
            elif signed is None and roll < 0.10:
                asked = row["subscribed_at"] + timedelta(days=rng.randint(1, 5))
                kind, stage, early = "unsubscribe", "subscribed", False
            else:
                continue
            executed = asked + timedelta(days=rng.randint(3, 15))
            if executed > NOW:
                continue
            row.update(stage="cancelled", cancelled_at=executed)
            order_rows.append(
                {
                    "project_id": project.id,
                    "deal_id": n + 1,
                    "customer_id": row["customer_id"],
                    "number": len(order_rows) + 1,
                    "kind": kind,
                    "status": "closed",
                    "requested_at": asked,
                    "stage_at_request": stage,
                    "within_72h": early,
                    "reason_type": rng.choice(REASONS),
                    "executed_at": executed,
                    "closed_at": executed,
                    "version": 1,
                }
            )
        insert(Deal, deal_rows)
        deal_ids = ids("deals")
        assert deal_ids == list(range(1, deals + 1))
        insert(ChangeOrder, order_rows)

        # Payment plans and receipts; late payers get dunning letters.
        installments: list[dict[str, Any]] = []
        receipts: list[dict[str, Any]] = []
        letters: list[dict[str, Any]] = []
        number = 0
        for n, (subscribed, method, price, deposit, _signed) in enumerate(plans):
            deal_id, customer_id = n + 1, deal_rows[n]["customer_id"]
            items = [("deposit", "定金", deposit, subscribed)]
            shares = {
                name: (price * Decimal(share)).quantize(Decimal(1))
                for _nature, name, share, _days in PLANS[method]
                if share
            }
            rest = price - deposit - sum(shares.values(), Decimal(0))
            for nature, name, _share, days in PLANS[method]:
                items.append((nature, name, shares.get(name, rest), subscribed + timedelta(days)))
            late_since: date | None = None
            for seq, (nature, name, amount, due) in enumerate(items, start=1):
                roll = rng.random()
                payments: list[tuple[date, Decimal]] = []
                if due > TODAY and roll < 0.7:
                    pass
                elif nature == "loan":
                    if roll < 0.85 and due < TODAY - timedelta(days=30):
                        payments.append((due + timedelta(days=rng.randint(0, 30)), amount))
                elif roll < 0.85:
                    payments.append((due - timedelta(days=rng.randint(0, 5)), amount))
                elif roll < 0.95:
                    part = (amount * Decimal("0.4")).quantize(Decimal(1))
                    payments.append((due, part))
                    late = due + timedelta(days=rng.randint(5, 60))
                    if late <= TODAY:
                        payments.append((late, amount - part))
                payments = [(day, money) for day, money in payments if day <= TODAY]
                paid = sum((money for _, money in payments), Decimal(0))
                if nature != "loan" and paid < amount and due < TODAY and late_since is None:
                    late_since = due
                installments.append(
                    {
                        "deal_id": deal_id,
                        "seq": seq,
                        "nature": nature,
                        "name": name,
                        "due_on": due,
                        "amount": amount,
                        "paid": paid,
                        "settled_on": payments[-1][0] if payments and paid == amount else None,
                        "version": 1,
                    }
                )
                for day, money in payments:
                    number += 1
                    voided = rng.random() < 0.005
                    receipts.append(
                        {
                            "project_id": project.id,
                            "number": number,
                            "customer_id": customer_id,
                            "deal_id": deal_id,
                            "installment_seq": seq,
                            "payer": "买受人",
                            "nature": nature,
                            "amount": money,
                            "method": "转账",
                            "paid_on": day,
                            "note": "",
                            "void_reason": "开错重开" if voided else "",
                            "voided_at": _at(day, 17 * 60) if voided else None,
                        }
                    )
            if late_since is not None and deal_rows[n]["stage"] != "cancelled":
                for stage, after in enumerate((7, 30, 45, 60, 75, 90), start=1):
                    letter_on = late_since + timedelta(days=after)
                    if letter_on > TODAY or rng.random() < 0.2:
                        break
                    letters.append(
                        {
                            "project_id": project.id,
                            "deal_id": deal_id,
                            "number": len(letters) + 1,
                            "stage": stage,
                            "letter_on": letter_on,
                            "issued_at": _at(letter_on, 10 * 60),
                            "voided_at": _at(letter_on, 11 * 60) if rng.random() < 0.02 else None,
                            "version": 1,
                        }
                    )
        insert(Installment, installments)
        installment_ids = {
            (deal_id, seq): iid
            for iid, deal_id, seq in session.connection().exec_driver_sql(
                "SELECT id, deal_id, seq FROM installments"
            )
        }
        for receipt in receipts:
            receipt["installment_id"] = installment_ids[
                receipt["deal_id"], receipt.pop("installment_seq")
            ]
        insert(Receipt, receipts)
        insert(DunningLetter, letters)

        # Complaints: about one deal in ten, of every nature and level, most answered.
        complaint_rows: list[dict[str, Any]] = []
        pauses: list[dict[str, Any]] = []
        for n in range(deals // 10):
            deal_id = rng.randint(1, deals)
            day = TODAY - timedelta(days=rng.randint(0, DAYS_BACK))
            intake = _at(day, _office_minute(rng))
            level = rng.choices(("1", "2", "3"), cum_weights=(5, 35, 100))[0]
            answered = intake + timedelta(hours=rng.choice((1, 3, 8, 20, 30, 60)))
            complaint_rows.append(
                {
                    "project_id": project.id,
                    "number": n + 1,
                    "deal_id": deal_id,
                    "customer_id": deal_rows[deal_id - 1]["customer_id"],
                    "channel": rng.choice(("on_site", "phone", "online")),
                    "intake_at": intake,
                    "who": "业主",
                    "what": "渗水",
                    "nature": rng.choice(("quality", "service", "promise")),
                    "level": level,
                    "owner_id": handlers[3 - int(level)] if level != "1" else handlers[2],
                    "status": "open",
                    "answered_at": answered if answered < NOW and rng.random() < 0.9 else None,
                    "version": 1,
                }
            )
            if rng.random() < 0.03:
                pauses.append(
                    {
                        "complaint_id": n + 1,
                        "started_at": intake + timedelta(minutes=30),
                        "ended_at": intake + timedelta(hours=5),
                        "reason": "等待客户提供材料",
                    }
                )
        insert(Complaint, complaint_rows)
        insert(ComplaintPause, pauses)
        set_cache_size(session, DEFAULT_CACHE_KIB)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    database.close()
    return counts


def bare_statements(key: str, rng: Any, today: date) -> list[Any]:
    """The bare SQL of report `key` for the whole office over `rng`: the select(s) its module
    runs, written out here by hand (the same tables, conditions, buckets and groupings; the
    whole-office scope needs no consultant filter), each executed and fetched as it stands.
    The window and bucket bounds are the reports' own (plain dates, not post-processing)."""
    from sqlalchemy import and_, case, distinct, func, literal, or_, select

    from anjia_desk.core.report_periods import midnight, weeks_between
    from anjia_desk.db.models import (
        CalendarDay,
        CalendarYear,
        ChangeOrder,
        Complaint,
        ComplaintPause,
        Customer,
        Deal,
        DunningLetter,
        Installment,
        Receipt,
        User,
        Visit,
    )
    from anjia_desk.db.types import in_fen
    from anjia_desk.services.report_base import bucket_of, day_starts
    from anjia_desk.services.report_dues import windows
    from anjia_desk.services.report_money_base import aging_starts

    start, end = rng.start, rng.end
    as_of = rng.as_of(today)
    price = in_fen(Deal.price)
    valid_visits = (
        Visit.visited_at >= start,
        Visit.visited_at < end,
        Visit.invalid_reason.is_(None),
    )
    subscribed = (Deal.subscribed_at >= start, Deal.subscribed_at < end)
    signed = (Deal.signed_at.is_not(None), Deal.signed_at >= start, Deal.signed_at < end)
    executed = (
        ChangeOrder.executed_at.is_not(None),
        ChangeOrder.executed_at >= start,
        ChangeOrder.executed_at < end,
    )
    refunded = (
        ChangeOrder.kind.in_(["cancel", "terminate"]),
        ChangeOrder.stage_at_request != "subscribed",
        *executed,
    )
    unsubscribed = (
        ChangeOrder.kind.in_(["unsubscribe", "terminate"]),
        ChangeOrder.stage_at_request == "subscribed",
        *executed,
    )
    refunds = select(ChangeOrder).join(Deal, Deal.id == ChangeOrder.deal_id)
    owing = (
        Installment.paid < Installment.amount,
        Deal.cancelled_at.is_(None),
        Installment.due_on < date.max,
    )
    may_be_late = (*owing, Installment.nature.not_in(["deposit", "loan"]))
    owed_fen = in_fen(Installment.amount - Installment.paid)

    if key == "visits":
        day = bucket_of(Visit.visited_at, day_starts(rng))
        return [
            select(day, Visit.kind, Visit.channel, func.count())
            .where(*valid_visits)
            .group_by(day, Visit.kind, Visit.channel)
        ]
    if key == "funnel":
        return [
            select(func.count()).select_from(Visit).where(*valid_visits),
            select(func.count(), func.sum(price)).where(*subscribed),
            select(func.count(), func.sum(price)).where(*signed),
            select(func.count(), func.sum(price))
            .select_from(ChangeOrder)
            .join(Deal, Deal.id == ChangeOrder.deal_id)
            .where(*refunded),
        ]
    if key in ("channels", "consultants"):
        by_visit = Visit.channel if key == "channels" else Visit.consultant_id
        by_deal = Customer.channel if key == "channels" else Deal.consultant_id

        def deals(*where: Any) -> Any:
            statement = select(by_deal, func.count(), func.sum(price)).select_from(Deal)
            if key == "channels":
                statement = statement.join(Customer, Customer.id == Deal.customer_id)
            return statement.where(*where).group_by(by_deal)

        lost = (
            select(by_deal, func.count(), func.sum(price))
            .select_from(ChangeOrder)
            .join(Deal, Deal.id == ChangeOrder.deal_id)
        )
        if key == "channels":
            lost = lost.join(Customer, Customer.id == Deal.customer_id)
        found = [
            select(by_visit, func.count()).where(*valid_visits).group_by(by_visit),
            deals(*subscribed),
            deals(*signed),
            lost.where(*refunded).group_by(by_deal),
        ]
        if key == "consultants":
            found.append(select(User.id, User.display_name))
        return found
    if key == "unsigned":
        cut = midnight(as_of + timedelta(days=1), rng.zone)
        starts = [as_of - timedelta(days=1)] + [as_of + timedelta(days=n) for n in (0, 4, 8, 16)]
        window = bucket_of(Deal.sign_deadline, starts)
        return [
            select(window, func.count(), func.sum(price))
            .where(
                Deal.subscribed_at < cut,
                or_(
                    and_(Deal.signed_at.is_(None), Deal.stage.in_(["subscribed", "cancelled"])),
                    Deal.signed_at >= cut,
                ),
                or_(Deal.cancelled_at.is_(None), Deal.cancelled_at >= cut),
            )
            .group_by(window)
        ]
    if key == "refunds":
        return [
            refunds.with_only_columns(ChangeOrder.reason_type, ChangeOrder.within_72h, func.count())
            .where(*refunded)
            .group_by(ChangeOrder.reason_type, ChangeOrder.within_72h),
            select(func.count()).where(*signed),
            refunds.with_only_columns(func.count()).where(*unsubscribed),
        ]
    if key == "collected":
        week = bucket_of(Receipt.paid_on, weeks_between(rng.first, rng.last))
        return [
            select(week, Receipt.nature, func.count(), func.sum(in_fen(Receipt.amount)))
            .where(
                Receipt.voided_at.is_(None),
                Receipt.paid_on >= rng.first,
                Receipt.paid_on <= rng.last,
            )
            .group_by(week, Receipt.nature)
        ]
    if key == "aging":
        bucket = bucket_of(Installment.due_on, aging_starts(as_of))
        owed = select(Installment).join(Deal, Deal.id == Installment.deal_id)
        return [
            owed.with_only_columns(
                bucket,
                func.count(),
                func.count(distinct(Installment.deal_id)),
                func.sum(owed_fen),
            )
            .where(*may_be_late)
            .group_by(bucket),
            owed.with_only_columns(func.count(distinct(Installment.deal_id))).where(*may_be_late),
        ]
    if key == "dunning":
        late = (
            select(Installment.deal_id.label("deal_id"), func.sum(owed_fen).label("fen"))
            .join(Deal, Deal.id == Installment.deal_id)
            .where(*may_be_late, Installment.due_on < as_of)
            .group_by(Installment.deal_id)
            .subquery()
        )
        letters = (
            select(DunningLetter.deal_id, func.max(DunningLetter.stage).label("stage"))
            .where(DunningLetter.voided_at.is_(None), DunningLetter.letter_on <= as_of)
            .group_by(DunningLetter.deal_id)
            .subquery()
        )
        stage = func.coalesce(letters.c.stage, literal(-1))
        return [
            select(stage, func.count(), func.sum(late.c.fen))
            .select_from(late)
            .outerjoin(letters, letters.c.deal_id == late.c.deal_id)
            .group_by(stage)
        ]
    if key == "forecast":
        spans = windows(as_of)
        weeks = [span for span in spans if span[0].startswith("w")]
        months = [span for span in spans if span[0].startswith("m")]
        week = bucket_of(
            Installment.due_on,
            [date.min, *(s[2] for s in weeks), weeks[-1][3] + timedelta(days=1)],
        )
        month = bucket_of(
            Installment.due_on,
            [date.min, *(s[2] for s in months), months[-1][3] + timedelta(days=1)],
        )
        loans = func.sum(case((Installment.nature == "loan", owed_fen), else_=literal(0)))
        return [
            select(week, month, func.count(), func.sum(owed_fen), loans)
            .join(Deal, Deal.id == Installment.deal_id)
            .where(*owing, Installment.due_on <= max(weeks[-1][3], months[-1][3]))
            .group_by(week, month)
        ]
    if key == "complaints":
        cases = (Complaint.intake_at >= start, Complaint.intake_at < end)
        return [
            select(
                Complaint.id,
                Complaint.number,
                Complaint.nature,
                Complaint.level,
                Complaint.intake_at,
                Complaint.answered_at,
                Complaint.who,
                Complaint.contact_phone,
            )
            .where(*cases)
            .order_by(Complaint.intake_at, Complaint.id),
            select(ComplaintPause.complaint_id, ComplaintPause.started_at, ComplaintPause.ended_at)
            .where(ComplaintPause.complaint_id.in_(select(Complaint.id).where(*cases)))
            .order_by(ComplaintPause.started_at, ComplaintPause.id),
            select(CalendarYear.year),
            select(CalendarDay),
        ]
    raise KeyError(key)


def agree(key: str, table: Any, fetched: list[list[Any]]) -> tuple[int, int]:
    """One count the report shows and the same count from its bare SQL's rows (they must agree:
    the bare SQL is the report's)."""
    total = table.total
    rows = table.rows
    if key == "visits":
        return total[3], sum(row[-1] for row in fetched[0])
    if key == "funnel":
        return sum(row[1] for row in rows), sum(rs[0][0] for rs in fetched)
    if key in ("channels", "consultants"):  # 来访 + 认购 + 签约 + 退房
        refunded = total[4] if key == "channels" else total[5]
        return sum(total[1:4]) + refunded, sum(row[1] for rs in fetched[:4] for row in rs)
    if key == "unsigned":
        return total[1], sum(row[1] for row in fetched[0])
    if key == "refunds":
        return total[1], sum(row[2] for row in fetched[0])
    if key == "collected":
        return total[1], sum(row[2] for row in fetched[0])
    if key == "aging":
        return total[1], sum(row[1] for row in fetched[0])
    if key == "dunning":
        return total[1], sum(row[1] for row in fetched[0])
    if key == "forecast":
        return rows[-1][1], sum(row[2] for row in fetched[0] if row[0] == 0)
    if key == "complaints":
        return total[4], len(fetched[0])
    raise KeyError(key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None, help="keep (or reuse) the built database")
    parser.add_argument("--only", nargs="*", default=None, help="report keys to time")
    args = parser.parse_args(argv)

    from anjia_desk.core.report_periods import ReportRange
    from anjia_desk.db.engine import open_database
    from anjia_desk.services.report_base import Scope
    from anjia_desk.services.reports import REPORTS

    with tempfile.TemporaryDirectory(prefix="anjia-bench-") as folder:
        path = args.db or Path(folder) / "bench.db"
        if not path.exists():
            counts: dict[str, int] = {}
            seconds = measure(lambda: counts.update(build(path, args.customers, args.deals)))
            print(
                f"built in {seconds:.1f} s: "
                + ", ".join(f"{name} {n:,}" for name, n in counts.items())
            )
        else:
            print(f"reusing {path}")
        database = open_database(str(path))
        rng = ReportRange(FIRST, LAST, ZONE)
        whole = Scope(None)
        rows: list[tuple[str, float, float]] = []
        with database.sessions() as session:
            for spec in REPORTS:
                if args.only and spec.key not in args.only:
                    continue
                statements = bare_statements(spec.key, rng, TODAY)

                shown, counted = agree(
                    spec.key,
                    spec.compute(session, whole, rng, TODAY),
                    [session.execute(statement).all() for statement in statements],
                )
                assert shown == counted, f"{spec.key}: the report shows {shown}, bare {counted}"

                def report(spec: Any = spec) -> object:
                    return spec.compute(session, whole, rng, TODAY)

                def plain(statements: list[Any] = statements) -> object:
                    return [session.execute(statement).all() for statement in statements]

                samples = interleaved({"report": report, "bare": plain}, rounds=args.rounds)
                app_ms = statistics.median(samples["report"]) * 1000
                bare_ms = statistics.median(samples["bare"]) * 1000
                rows.append((spec.key, app_ms, bare_ms))
        database.close()
    print(
        f"\nreports over {FIRST}..{LAST}, whole office, median of {args.rounds} interleaved runs"
        f" (targets ≤ {TARGET_MS:.0f} ms, ≤ {TARGET_RATIO}× bare)"
    )
    print(f"  {'report':<12} {'report ms':>10} {'bare ms':>9} {'ratio':>7}  verdict")
    for key, app_ms, bare_ms in rows:
        ratio = app_ms / bare_ms if bare_ms else float("inf")
        misses = [
            *(["over 300 ms"] if app_ms > TARGET_MS else []),
            *([f"over {TARGET_RATIO}×"] if ratio > TARGET_RATIO else []),
        ]
        verdict = "ok" if not misses else ", ".join(misses)
        print(f"  {key:<12} {app_ms:10.1f} {bare_ms:9.1f} {ratio:6.2f}×  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
