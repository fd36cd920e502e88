"""The 应收款 view over 20,000 deals, against the bare SQL behind it.

    .venv/bin/python benchmarks/receivables.py [--deals 20000] [--rounds 7]

Builds a database in a temporary folder with bulk inserts (units, customers, deals, their payment
plans and receipts: most installments paid, some partly or late, loans waiting for the bank), then
times, interleaved in the same run: `receivables()` for everything and for 只看逾期, against the
same two queries (rows + the overdue installments' receipts) through plain sqlite3 with the rows
fetched. Prints medians and the ratios; the target is ≤ 300 ms for the whole view.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import interleaved, measure, report

TARGET = 0.300
NOW = datetime(2026, 6, 30, 2, 0, tzinfo=UTC)  # 10:00 in the office
TODAY = date(2026, 6, 30)
ROOMS_PER_BUILDING = 500  # 50 floors × 10 rooms
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
ROWS_SQL = """
SELECT i.id, i.deal_id, p.name, b.name, u.stairwell, u.room, d.buyer_name, usr.display_name,
       i.name, i.nature, i.due_on, i.amount, i.paid, d.penalty_per_10k
FROM installments i
JOIN deals d ON d.id = i.deal_id
JOIN units u ON u.id = d.unit_id
JOIN buildings b ON b.id = u.building_id
JOIN projects p ON p.id = d.project_id
LEFT OUTER JOIN users usr ON usr.id = d.consultant_id
WHERE i.paid < i.amount AND d.cancelled_at IS NULL {extra}
ORDER BY i.id
"""
PAYMENTS_SQL = """
SELECT r.installment_id, r.paid_on, r.amount
FROM receipts r
WHERE r.installment_id IN ({marks}) AND r.voided_at IS NULL
"""
OVERDUE_ONLY = "AND i.nature != 'loan' AND i.due_on < '{today}'"


def build(path: Path, deals: int, seed: int = 7) -> dict[str, int]:
    """Fill the database at `path` with `deals` deals (one project); row counts by table."""
    from anjia_desk.db.bulk import bulk_insert
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.db.models import (
        Building,
        Customer,
        Deal,
        Installment,
        Project,
        Receipt,
        Unit,
    )
    from anjia_desk.services.context import Actor
    from anjia_desk.services.users import add_user

    rng = random.Random(seed)
    database = open_database(str(path))
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    counts: dict[str, int] = {}
    with session_scope(database, Actor.system()) as session:
        consultants = [
            add_user(
                session,
                Actor.system(),
                username=f"guwen{i}",
                display_name=f"顾问{i}",
                roles=["consultant"],
                password=None,
            ).id
            for i in range(12)
        ]
        project = Project(name="安家·基准苑", permit_no="基准", permit_date=date(2024, 1, 1))
        session.add(project)
        session.flush()
        n_buildings = -(-deals // ROOMS_PER_BUILDING)
        buildings = [
            Building(project_id=project.id, name=f"{i + 1}栋", key=str(i + 1))
            for i in range(n_buildings)
        ]
        session.add_all(buildings)
        session.flush()
        common = {"version": 1, "created_at": stamp, "updated_at": stamp}
        units = [
            {
                "building_id": buildings[i // ROOMS_PER_BUILDING].id,
                "stairwell": "",
                "floor": (i % ROOMS_PER_BUILDING) // 10 + 1,
                "room": f"{(i % ROOMS_PER_BUILDING) // 10 + 1:02d}{i % 10 + 1:02d}",
                "layout": "三室两厅",
                "area": Decimal("100.00"),
                "filed_price": Decimal("2000000.00"),
                "list_price": Decimal("1900000.00"),
                "status": "subscribed",
                "blocked_reason": "",
                **common,
            }
            for i in range(deals)
        ]
        bulk_insert(session, Unit.__table__, units)  # type: ignore[arg-type]
        customers = [
            {
                "name": f"客户{i}",
                "name_initials": "kh",
                "phone": f"139{i:08d}",
                "phone_kind": "mobile",
                **dict.fromkeys(
                    (
                        "gender",
                        "age_band",
                        "family_structure",
                        "layout",
                        "floor_preference",
                        "purpose",
                        "buyer_type",
                        "focus",
                        "channel",
                        "awareness",
                        "grade",
                        "notes",
                    ),
                    "",
                ),
                "marketing_opt_in": False,
                "do_not_disturb": False,
                "visit_count": 1,
                "risk_monitoring": True,
                **common,
            }
            for i in range(deals)
        ]
        bulk_insert(session, Customer.__table__, customers)  # type: ignore[arg-type]
        conn = session.connection()
        unit_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM units ORDER BY id")]
        customer_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customers ORDER BY id")]
        deal_rows: list[dict[str, Any]] = []
        plans: list[tuple[date, str, Decimal, Decimal]] = []
        for i in range(deals):
            method = rng.choice(list(PLANS))
            subscribed = TODAY - timedelta(days=rng.randint(0, 720))
            price = Decimal(rng.randrange(1_200_000, 1_900_000, 1000))
            deposit = Decimal(50_000)
            plans.append((subscribed, method, price, deposit))
            moment = datetime.combine(subscribed, datetime.min.time(), tzinfo=UTC)
            deal_rows.append(
                {
                    "project_id": project.id,
                    "unit_id": unit_ids[i],
                    "customer_id": customer_ids[i],
                    "consultant_id": rng.choice(consultants),
                    "buyer_name": f"买受人{i}",
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
                    "subscribed_at": moment,
                    "sign_deadline": subscribed + timedelta(days=7),
                    "penalty_per_10k": Decimal("5"),
                    "cancel_days": 90,
                    "stage": "signed",
                    "contract_no": "",
                    "netsign_no": "",
                    "fees": Decimal(0),
                    "note": "",
                    **common,
                }
            )
        bulk_insert(session, Deal.__table__, deal_rows)  # type: ignore[arg-type]
        deal_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM deals ORDER BY id")]
        installments: list[dict[str, Any]] = []
        receipts: list[dict[str, Any]] = []
        number = 0
        for deal_id, customer_id, (subscribed, method, price, deposit) in zip(
            deal_ids, customer_ids, plans, strict=True
        ):
            items = [("deposit", "定金", deposit, subscribed)]
            shares = {
                name: (price * Decimal(share)).quantize(Decimal(1))
                for _nature, name, share, _days in PLANS[method]
                if share
            }
            rest = price - deposit - sum(shares.values(), Decimal(0))  # the share-less item
            for nature, name, _share, days in PLANS[method]:
                due = subscribed + timedelta(days=days)
                items.append((nature, name, shares.get(name, rest), due))
            for seq, (nature, name, amount, due) in enumerate(items, start=1):
                roll = rng.random()
                payments: list[tuple[date, Decimal]] = []
                if due > TODAY and roll < 0.7:
                    pass  # not due yet
                elif nature == "loan":
                    if roll < 0.85 and due < TODAY - timedelta(days=30):
                        payments.append((due + timedelta(days=rng.randint(0, 30)), amount))
                elif roll < 0.85:
                    payments.append((due - timedelta(days=rng.randint(0, 5)), amount))
                elif roll < 0.95:  # partly, then the rest late (or not yet)
                    part = (amount * Decimal("0.4")).quantize(Decimal(1))
                    payments.append((due, part))
                    late = due + timedelta(days=rng.randint(5, 60))
                    if late <= TODAY:
                        payments.append((late, amount - part))
                payments = [(day, money) for day, money in payments if day <= TODAY]
                paid = sum((money for _, money in payments), Decimal(0))
                installments.append(
                    {
                        "deal_id": deal_id,
                        "seq": seq,
                        "nature": nature,
                        "name": name,
                        "due_on": due,
                        "amount": amount,
                        "paid": paid,
                        "settled_on": payments[-1][0] if paid == amount else None,
                        **common,
                    }
                )
                for day, money in payments:
                    number += 1
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
                            "void_reason": "",
                            "created_at": stamp,
                            "updated_at": stamp,
                        }
                    )
        bulk_insert(session, Installment.__table__, installments)  # type: ignore[arg-type]
        ids = {
            (deal_id, seq): iid
            for iid, deal_id, seq in conn.exec_driver_sql(
                "SELECT id, deal_id, seq FROM installments"
            )
        }
        for receipt in receipts:
            receipt["installment_id"] = ids[receipt["deal_id"], receipt.pop("installment_seq")]
        bulk_insert(session, Receipt.__table__, receipts)  # type: ignore[arg-type]
        counts = {"deals": deals, "installments": len(installments), "receipts": len(receipts)}
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    database.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.services.context import Actor
    from anjia_desk.services.deal_views import ReceivableQuery
    from anjia_desk.services.receivables import receivables

    with tempfile.TemporaryDirectory(prefix="anjia-bench-") as folder:
        path = Path(folder) / "bench.db"
        counts: dict[str, int] = {}
        seconds = measure(lambda: counts.update(build(path, args.deals)))
        print(
            f"built {counts['deals']:,} deals, {counts['installments']:,} installments, "
            f"{counts['receipts']:,} receipts in {seconds:.1f} s"
        )
        database = open_database(str(path))
        actor = Actor.system()
        bare = sqlite3.connect(path)
        today = TODAY.isoformat()
        overdue = OVERDUE_ONLY.format(today=today)

        def view(query: ReceivableQuery) -> Any:
            with session_scope(database, actor) as session:
                return receivables(session, actor, query, now=NOW)

        def sql(extra: str) -> Any:
            rows = bare.execute(ROWS_SQL.format(extra=extra)).fetchall()
            ids = [r[0] for r in rows if r[10] < today and r[9] != "loan" and r[12] > 0]
            marks = ", ".join("?" * len(ids))
            paid = bare.execute(PAYMENTS_SQL.format(marks=marks), ids).fetchall() if ids else []
            return rows, paid

        summary = view(ReceivableQuery())
        overdue_rows = sum(1 for r in summary.rows if r.days_overdue)
        print(
            f"the view: {len(summary.rows):,} outstanding installments, {overdue_rows:,} overdue, "
            f"penalty {summary.total_penalty:,.2f} 元"
        )
        assert len(summary.rows) == len(sql("")[0])
        samples = interleaved(
            {
                "receivables() all": lambda: view(ReceivableQuery()),
                "bare SQL all": lambda: sql(""),
                "receivables() overdue": lambda: view(ReceivableQuery(overdue_only=True)),
                "bare SQL overdue": lambda: sql(overdue),
            },
            rounds=args.rounds,
        )
        report(
            "应收款 view, all outstanding",
            {k: samples[k] for k in ("receivables() all", "bare SQL all")},
            app="receivables() all",
            bare="bare SQL all",
        )
        report(
            "应收款 view, 只看逾期",
            {k: samples[k] for k in ("receivables() overdue", "bare SQL overdue")},
            app="receivables() overdue",
            bare="bare SQL overdue",
        )
        median = statistics.median(samples["receivables() all"])
        verdict = "ok" if median <= TARGET else "OVER TARGET"
        print(f"target ≤ {TARGET * 1000:.0f} ms for the view: {median * 1000:.0f} ms ({verdict})")
        bare.close()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
