"""Work run in separate processes against one database (issue 15): each worker opens the
database as a PC of the office would, waits for the others at a barrier, then does its share of
work, one unit of work at a time, and reports what came of it through a queue.

Started with the "spawn" method (a fresh interpreter, like a second PC), so everything a worker
gets must pickle: URLs, ids, Actors.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from anjia_desk.core.deals import Nature
from anjia_desk.core.errors import UserError
from anjia_desk.db.engine import open_database, session_scope
from anjia_desk.services import deals, payments, tickets
from anjia_desk.services.context import Actor

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in the office
WAIT = 120  # seconds: far more than any worker needs


def _run(url: str, barrier: Any, results: Any, work: Callable[[Any], list[Any]]) -> None:
    try:
        database = open_database(url, create=False)
        try:
            barrier.wait(WAIT)
            results.put(("done", work(database)))
        finally:
            database.close()
    except UserError as exc:  # what the person at this PC would see
        results.put(("refused", f"{type(exc).__name__}: {exc.message}"))
    except BaseException:
        results.put(("crashed", traceback.format_exc()))


def issue_dunning(
    url: str, barrier: Any, results: Any, secretary: Actor, deal_ids: list[int | None]
) -> None:
    """Issue the day's dunning letters for each deal in turn (None: every deal due), each in its
    own unit of work; the letters' numbers."""
    from sqlalchemy import select

    from anjia_desk.db.models import DunningLetter
    from anjia_desk.services.dunning import issue_letters

    def work(database: Any) -> list[int]:
        numbers = []
        for deal_id in deal_ids:
            with session_scope(database, secretary) as session:
                ids = issue_letters(
                    session, secretary, None if deal_id is None else [deal_id], now=NOW
                )
                numbers += list(
                    session.scalars(select(DunningLetter.number).where(DunningLetter.id.in_(ids)))
                )
        return numbers

    _run(url, barrier, results, work)


def issue_receipts(
    url: str, barrier: Any, results: Any, cashier: Actor, ticket_ids: list[int]
) -> None:
    """One receipt of 1 yuan 认筹金 on each ticket, each in its own unit of work."""

    def work(database: Any) -> list[int]:
        numbers = []
        for ticket_id in ticket_ids:
            with session_scope(database, cashier) as session:
                receipt_id = payments.record_payment(
                    session, cashier, amount=Decimal(1), nature=Nature.QUEUE, payer="交款人",
                    method="现金", ticket_id=ticket_id, now=NOW,
                )  # fmt: skip
                numbers.append(payments.receipt_view(session, cashier, receipt_id).number)
        return numbers

    _run(url, barrier, results, work)


def issue_tickets(
    url: str, barrier: Any, results: Any, secretary: Actor, project_id: int, customer_ids: list[int]
) -> None:
    """One queue ticket for each customer, each in its own unit of work."""

    def work(database: Any) -> list[int]:
        numbers = []
        for customer_id in customer_ids:
            with session_scope(database, secretary) as session:
                ticket_id = tickets.issue_ticket(
                    session, secretary, project_id=project_id, customer_id=customer_id,
                    amount=Decimal(20000), now=NOW,
                )  # fmt: skip
                rows = tickets.list_tickets(session, secretary, project_id)
                numbers.extend(row.number for row in rows if row.id == ticket_id)
        return numbers

    _run(url, barrier, results, work)


def subscribe(url: str, barrier: Any, results: Any, seller: Actor, request: Any) -> None:
    """认购 of one unit (a core.deal_forms.SubscribeRequest)."""

    def work(database: Any) -> list[int]:
        with session_scope(database, seller) as session:
            return [deals.subscribe(session, seller, request, now=NOW)]

    _run(url, barrier, results, work)


def file_changes(url: str, barrier: Any, results: Any, manager: Actor, deal_ids: list[int]) -> None:
    """A 退定 request on each deal in turn, withdrawn in the same unit of work (so the deal may
    take the next one); the change orders' numbers (issue 17)."""
    from anjia_desk.core.change_forms import RequestForm
    from anjia_desk.core.changes import ChangeKind, ReasonType
    from anjia_desk.db.models import ChangeOrder
    from anjia_desk.services import change_orders

    form = RequestForm(ChangeKind.UNSUBSCRIBE, reason_type=ReasonType.REGRET)

    def work(database: Any) -> list[int]:
        numbers = []
        for deal_id in deal_ids:
            with session_scope(database, manager) as session:
                order_id = change_orders.file_change(session, manager, deal_id, form, now=NOW)
                order = session.get(ChangeOrder, order_id)
                change_orders.withdraw(
                    session, manager, order_id, reason="撤回", version=order.version, now=NOW
                )
                numbers.append(order.number)
        return numbers

    _run(url, barrier, results, work)


def race(target: Callable[..., None], url: str, *shares: tuple[Any, ...]) -> list[tuple[str, Any]]:
    """Run `target(url, barrier, results, *share)` in one process per share, all starting
    together; their reports, in the order they came."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(shares))
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(url, barrier, results, *share)) for share in shares
    ]
    for process in processes:
        process.start()
    try:
        reports = [results.get(timeout=WAIT * 2) for _ in processes]
    finally:
        for process in processes:
            process.join(WAIT)
            if process.is_alive():
                process.kill()
                process.join()
    return reports
