"""Demo customers in bulk (100,000 in well under 30 s): visits and follow-ups over recent months,
grade changes, relatives, referrals with points, risk marks and warnings, today's duty list.

Each customer's life is simulated event by event with the rules the services use — set_owner's
fresh protection, record_contact's renewal and due date (core.customers.renewed_protection,
next_due, in_public_pool), name_initials, core.risk, core.rotation — and the rows are written
with bulk inserts (`session.execute(insert(Model), rows)`), a chunk of customers at a time.
Bulk inserts bypass the automatic audit; one audit entry records the whole demo.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from anjia_desk.core.rotation import TurnEvent, TurnKind, next_consultant
from anjia_desk.db.bulk import may_rebuild_indexes
from anjia_desk.db.models import (
    Customer,
    DutyRoster,
    FollowUp,
    OwnershipChange,
    Visit,
)
from anjia_desk.db.raw import DEFAULT_CACHE_KIB, set_cache_size
from anjia_desk.db.search_index import index_new_customers
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.demo_customer_life import CustomerGenerator
from anjia_desk.services.demo_days import first_visit_ages
from anjia_desk.services.demo_dice import mobile_numbers

CHUNK = 2000  # customers per round of bulk inserts


@dataclass(frozen=True)
class DemoCustomerStats:
    customers: int
    visits: int
    follow_ups: int
    grade_changes: int
    relatives: int
    referrals: int
    risk_marks: int
    warnings: int
    in_pool: int
    overdue: int


_INDEXED: tuple[Table, ...] = (
    cast(Table, Customer.__table__),
    cast(Table, Visit.__table__),
    cast(Table, FollowUp.__table__),
    cast(Table, OwnershipChange.__table__),
)


def create_demo_customers(
    session: Session,
    actor: Actor,
    *,
    count: int,
    rng: random.Random,
    now: datetime,
    consultant_ids: Sequence[int],
    senior_ids: Sequence[int] = (),
    front_desk_id: int | None = None,
    walk_in_invalid: bool = True,
) -> DemoCustomerStats:
    """Write `count` customers with their histories into an empty customer table; ids 1..count.

    Also today's duty list (every consultant, in the given order) and, for the rotation board,
    a receptions log for today's first visits, one walk-in marked invalid and one skip."""
    if not consultant_ids:
        raise ValueError("demo customers need at least one consultant")
    gen = CustomerGenerator(
        session,
        rng=rng,
        now=now,
        consultant_ids=consultant_ids,
        senior_ids=senior_ids,
        front_desk_id=front_desk_id,
    )
    today = gen.today
    # The last customers first visit on the report days (today, this Monday, the 1st).
    ages = list(reversed(first_visit_ages(today)))
    gen.first_ages = {count - i: age for i, age in enumerate(ages) if count - i >= 1}
    session.execute(
        insert(DutyRoster),
        [
            {"day": today, "user_id": uid, "position": i + 1, "created_at": now, "updated_at": now}
            for i, uid in enumerate(gen.roster)
        ],
    )
    # Index pages of 100,000 rows stay in memory while they fill (SQLite's default 2 MB cache
    # makes the inserts several times slower as the tables grow; nothing on PostgreSQL).
    set_cache_size(session, 131072)
    # Building an index once over the filled table is several times faster than keeping
    # sixteen of them up to date row by row, on either engine (PostgreSQL: 100,000 customers'
    # COPY took 22 s with the indexes in place); the transaction restores them on any error.
    # A server's everyday app role may not drop indexes: its demo keeps them (slower).
    rebuilt = [table for table in _INDEXED if may_rebuild_indexes(session, table)]
    for table in rebuilt:
        for index in table.indexes:
            index.drop(session.connection())
    phones = mobile_numbers(rng, count * 2)  # one for each customer, one for a possible relative
    for start in range(0, count, CHUNK):
        for cid in range(start + 1, min(start + CHUNK, count) + 1):
            gen.customer(cid, phones[cid - 1], phones[count + cid - 1])
        gen.rows.flush(session)
    if walk_in_invalid and len(gen.roster) > 1:
        # A walk-in received and marked invalid (同行踩盘), then the next one on turn skipped.
        at = now - timedelta(minutes=5)
        invalid_user = next_consultant(gen.roster, gen.turn_events) or gen.roster[0]
        reason = gen.opts.invalid_reasons[0] if gen.opts.invalid_reasons else "其他"
        turn = gen.turn(invalid_user, at, None)
        turn["invalid_reason"] = reason
        gen.turn_events.append(TurnEvent(invalid_user, TurnKind.SERVE, at, invalid=True))
        skipped = next_consultant(gen.roster, gen.turn_events) or gen.roster[-1]
        skip = gen.turn(skipped, now - timedelta(minutes=2), None)
        skip["kind"] = TurnKind.SKIP.value
        skip["note"] = "外出"
        gen.rows.turns.extend([turn, skip])
        gen.rows.flush(session)
    # The names' pieces for search as you type (the customers were written in bulk: 1..count),
    # while the large page cache is still on.
    index_new_customers(session, 1, count)
    for table in rebuilt:
        for index in table.indexes:
            index.create(session.connection())
    set_cache_size(session, DEFAULT_CACHE_KIB)
    stats = DemoCustomerStats(
        customers=count,
        visits=gen.counts["visits"],
        follow_ups=gen.counts["follow_ups"],
        grade_changes=gen.counts["grade_changes"],
        relatives=gen.counts["relatives"],
        referrals=gen.counts["referrals"],
        risk_marks=gen.counts["marks"],
        warnings=gen.counts["warnings"],
        in_pool=gen.counts["pool"],
        overdue=gen.counts["overdue"],
    )
    audit.record(
        session,
        actor,
        "create",
        "customers",
        None,
        f"演示数据：{count} 位客户，{stats.visits} 次来访，{stats.follow_ups} 次跟进",
    )
    return stats
