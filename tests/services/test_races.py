"""Two PCs at once, as two real processes against one database (issue 15): receipt and queue
numbers stay unique and gap-free with parallel writers, and of two PCs subscribing the same unit
one wins and the other is told who holds it. Runs on each engine (PostgreSQL with
$ANJIA_TEST_PG)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Deal, QueueTicket, Receipt
from anjia_desk.services import deals
from anjia_desk.services.context import Actor
from tests.deal_fixtures import make_building, make_customer, make_project
from tests.helpers import add_actor
from tests.services import racing
from tests.services.test_deals import request

PER_PC = 12


def _numbers(database: Database, model: type[Receipt] | type[QueueTicket]) -> list[int]:
    with session_scope(database) as session:
        return list(session.scalars(select(model.number).order_by(model.number)))


def _done(reports: list[tuple[str, object]]) -> list[list[int]]:
    assert [kind for kind, _ in reports] == ["done"] * len(reports), reports
    return [list(numbers) for _, numbers in reports]  # type: ignore[call-overload]


def test_two_cashiers_at_once_number_receipts_in_sequence(database: Database) -> None:
    with session_scope(database, Actor.system()) as session:
        cashier = add_actor(session, "k1", "钱出纳", Role.CASHIER)
        project = make_project(session)
        customers = [make_customer(session, f"客户{n}", f"1380000{n:04d}") for n in range(4)]
        ticket_rows = [
            QueueTicket(project_id=project.id, number=n, customer_id=c.id, amount=Decimal(20000))
            for n, c in enumerate(customers, start=1)
        ]
        session.add_all(ticket_rows)
        session.flush()
        ids = [t.id for t in ticket_rows]
    # Each PC takes receipts on two tickets, alternately: 2 × PER_PC receipts in all.
    shares = [
        (cashier, [ids[0], ids[1]] * (PER_PC // 2)),
        (cashier, [ids[2], ids[3]] * (PER_PC // 2)),
    ]
    per_pc = _done(racing.race(racing.issue_receipts, database.url, *shares))

    assert _numbers(database, Receipt) == list(range(1, 2 * PER_PC + 1))  # no gap, no twice
    for numbers in per_pc:
        assert numbers == sorted(numbers) and len(numbers) == PER_PC


def test_two_pcs_at_once_issue_queue_numbers_in_sequence(database: Database) -> None:
    with session_scope(database, Actor.system()) as session:
        secretary = add_actor(session, "s1", "孙秘书", Role.SALES_SECRETARY)
        project = make_project(session)
        customers = [make_customer(session, f"客户{n}", f"1390000{n:04d}") for n in range(4)]
        ids, project_id = [c.id for c in customers], project.id
    shares = [
        (secretary, project_id, [ids[0], ids[1]] * (PER_PC // 2)),
        (secretary, project_id, [ids[2], ids[3]] * (PER_PC // 2)),
    ]
    per_pc = _done(racing.race(racing.issue_tickets, database.url, *shares))

    assert _numbers(database, QueueTicket) == list(range(1, 2 * PER_PC + 1))
    assert sorted(n for numbers in per_pc for n in numbers) == list(range(1, 2 * PER_PC + 1))


def test_two_pcs_subscribing_one_unit_one_wins_the_other_is_told_who(database: Database) -> None:
    with session_scope(database, Actor.system()) as session:
        li = add_actor(session, "c1", "李娜", Role.CONSULTANT)
        zhao = add_actor(session, "c2", "赵强", Role.CONSULTANT)
        project = make_project(session)
        first, unit = make_building(session, project)[:2]
        wang = make_customer(session, "王建国", "13800001111", owner=li)
        chen = make_customer(session, "陈小红", "13900002222", owner=zhao)
        # An earlier sale, so that the ID-number key exists before the two PCs start.
        deals.subscribe(session, li, request(first, wang), now=racing.NOW)
        bids = {
            li.display_name: request(unit, wang, buyer_name="王建国"),
            zhao.display_name: request(unit, chen, buyer_name="陈小红"),
        }
        unit_id = unit.id
    reports = racing.race(racing.subscribe, database.url, (li, bids["李娜"]), (zhao, bids["赵强"]))

    kinds = sorted(kind for kind, _ in reports)
    assert kinds == ["done", "refused"], reports
    with session_scope(database) as session:
        live = session.scalars(
            select(Deal).where(Deal.unit_id == unit_id, Deal.cancelled_at.is_(None))
        ).all()
        assert len(live) == 1
        winner = live[0]
        seller = "李娜" if winner.customer_id == wang.id else "赵强"
    refusal = next(str(text) for kind, text in reports if kind == "refused")
    assert refusal == (
        f"ConflictError: 房源 1栋0102 已认购（买受人 {winner.buyer_name}，置业顾问 {seller}）"
    )
    with session_scope(database) as session:
        assert session.scalar(select(func.count(Deal.id))) == 2  # the earlier sale and the winner


def test_two_pcs_issuing_dunning_letters_number_them_in_sequence_once_per_deal(
    database: Database,
) -> None:
    """Issue 16: letter numbers are gap-free with two writers, and two PCs printing the same
    day's letters make one letter per deal, not two."""
    from datetime import timedelta

    from anjia_desk.core.deals import Nature
    from anjia_desk.db.models import DunningLetter
    from tests.services.test_payments import make_deal

    today = racing.NOW.date()
    with session_scope(database, Actor.system()) as session:
        secretary = add_actor(session, "s1", "孙秘书", Role.SALES_SECRETARY)
        project = make_project(session)
        units = make_building(session, project, floors=12)
        deal_ids = []
        for n in range(2 * PER_PC):
            customer = make_customer(session, f"客户{n}", f"1370000{n:04d}")
            plan = (
                (Nature.DEPOSIT, "定金", today - timedelta(days=60), Decimal("50000.00")),
                (Nature.DOWN, "首付款", today - timedelta(days=5 + n), Decimal("100000.00")),
            )
            deal = make_deal(
                session, project, units[n], customer, plan, paid=(Decimal("50000.00"),)
            )
            deal_ids.append(deal.id)
    shares = [
        (secretary, [*deal_ids[:PER_PC], None]),  # then "every deal due" from both PCs
        (secretary, [*deal_ids[PER_PC:], None]),
    ]
    _done(racing.race(racing.issue_dunning, database.url, *shares))
    with session_scope(database) as session:
        letters = session.execute(
            select(DunningLetter.number, DunningLetter.deal_id).order_by(DunningLetter.number)
        ).all()
    assert [number for number, _ in letters] == list(range(1, 2 * PER_PC + 1))
    assert sorted(deal for _, deal in letters) == sorted(deal_ids)  # one per deal


def test_two_pcs_filing_change_orders_number_them_in_sequence(database: Database) -> None:
    """Issue 17: change-order numbers stay gap-free with two writers."""
    from anjia_desk.db.models import ChangeOrder

    with session_scope(database, Actor.system()) as session:
        manager = add_actor(session, "m1", "周经理", Role.SITE_MANAGER)
        project = make_project(session)
        units = make_building(session, project)
        customer = make_customer(session, "客户甲", "13800001111")
        deal_ids = [
            deals.subscribe(session, Actor.system(), request(unit, customer), now=racing.NOW)
            for unit in units[:2]
        ]
    shares = [(manager, [deal_ids[0]] * (PER_PC // 2)), (manager, [deal_ids[1]] * (PER_PC // 2))]
    per_pc = _done(racing.race(racing.file_changes, database.url, *shares))

    with session_scope(database) as session:
        stored = list(session.scalars(select(ChangeOrder.number).order_by(ChangeOrder.number)))
    assert stored == list(range(1, PER_PC + 1))
    for numbers in per_pc:
        assert numbers == sorted(numbers) and len(numbers) == PER_PC // 2
