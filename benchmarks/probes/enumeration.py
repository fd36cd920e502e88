"""Probe (issue 14, enumeration): can consultant A learn consultant B's customer's full phone by
trying the 10,000 hidden middle digits through search, 判客, or as a referrer's number (来访登记
with 推荐人手机, 补登推荐人)?

    .venv/bin/python benchmarks/probes/enumeration.py [--seed 7] [--paths search,lookup,visit,link]

Builds a throwaway office (two consultants, B's customer with a random number), then as A:
- search: every middle digit pair through the customer list's search; prints how many distinct
  answers came back (1 = the search tells nothing) and whether any answer singled the number out;
- 判客: tries the middle digits through the lookup as fast as the service lets it, the clock
  advanced by 10 ms a try and by the wait it asks for; prints the tries until the number was hit,
  the refusals to wait, the time an attacker would have needed, and the audit lines written.

Takes ~8 minutes on 2 busy cores (one committed lookup at a time, as the window does). Seed 7,
on issue 14's branch: search 1 distinct answer, hidden digits find 0; 判客 hit after 5,306
lookups, 5,286 refused as too soon, 176 minutes needed, 5,306 audit lines.
- visit / link: the same through a referrer's number — a registration of a new visitor naming it
  as 推荐人 (refused "推荐人手机号还不是本案场的客户" until the right one), and 补登推荐人 on one
  of A's own customers; each try its own unit of work, rolled back when refused. Before, neither
  left a line nor counted: 0 audit lines, no wait. Now each counts in 判客's tally (each path
  starts after the window of the one before). Seed 7 (`--paths visit,link`, ~3 minutes): each
  hit after 5,306 tries, 5,286 refused as too soon, 176 minutes needed, 5,306 audit lines each.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--paths", default="search,lookup,visit,link")
    args = parser.parse_args()
    paths = set(args.paths.split(","))
    os.environ["ANJIA_DESK_HOME"] = tempfile.mkdtemp()
    from sqlalchemy import func, select

    from anjia_desk.core.customers import VisitForm
    from anjia_desk.core.errors import ValidationError
    from anjia_desk.core.roles import Role
    from anjia_desk.db.engine import open_database, session_scope
    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import reception, referrals, users
    from anjia_desk.services.context import Actor
    from anjia_desk.services.lookup_guard import FieldWait

    rng = random.Random(args.seed)
    secret_middle = f"{rng.randrange(10000):04d}"
    secret = f"138{secret_middle}2468"
    system = Actor.system()
    database = open_database(str(Path(os.environ["ANJIA_DESK_HOME"]) / "probe.db"))
    now = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    with session_scope(database, system) as s:
        people = {}
        for username, name in (("guwena", "甲顾问"), ("guwenb", "乙顾问")):
            row = users.add_user(
                s, system, username=username, display_name=name,
                roles=[Role.CONSULTANT], password=None,
            )  # fmt: skip
            people[username] = Actor(row.id, username, name, frozenset({Role.CONSULTANT}))
        form = VisitForm(
            phone=secret, name="乙的客户", channel="自然到访", consent=True,
            consultant_id=people["guwenb"].user_id,
        )  # fmt: skip
        reception.register_visit(s, system, form, now=now)
        own = VisitForm(
            phone="13900001111", name="甲的客户", channel="自然到访", consent=True,
            consultant_id=people["guwena"].user_id,
        )  # fmt: skip
        own_id = reception.register_visit(s, system, own, now=now).customer_id
    a = people["guwena"]
    if "search" in paths:
        search(database, a, secret, secret_middle, now)
    clock = now
    if "lookup" in paths:
        clock = lookups(database, a, now)
    candidates = [f"138{middle:04d}2468" for middle in range(10000)]

    def visit(s: Any, phone: str, at: datetime) -> object:
        form = VisitForm(
            phone="13500000000", name="访客", channel="老带新", consent=True,
            consultant_id=a.user_id, referrer_phone=phone,
        )  # fmt: skip
        return reception.register_visit(s, a, form, now=at)

    def link(s: Any, phone: str, at: datetime) -> object:
        return referrals.link_referrer(s, a, own_id, referrer_phone=phone, now=at)

    for name, attempt in (("visit", visit), ("link", link)):
        if name not in paths:
            continue
        clock += timedelta(minutes=11)  # the previous path's count has left the window
        start, tries, refusals = clock, 0, 0
        found = False
        for phone in candidates:
            while True:
                try:
                    with session_scope(database, a) as s:
                        attempt(s, phone, clock)
                    found = True
                except FieldWait as wait:
                    refusals += 1
                    clock += timedelta(seconds=wait.seconds)
                    continue
                except ValidationError:
                    pass
                break
            tries += 1
            clock += timedelta(milliseconds=10)
            if found:
                break
        with session_scope(database) as s:
            query = select(func.count()).where(
                AuditEntry.action == "lookup", AuditEntry.summary.like("推荐人查询%")
            )
            lines = s.scalar(query) or 0
        spent = (clock - start).total_seconds()
        print(
            f"referrer ({name}): hit after {tries:,} tries; {refusals:,} refused as too soon; "
            f"an attacker needed {spent / 60:,.1f} minutes; {lines:,} referrer audit lines so far"
        )
    database.close()


def search(database: Any, a: Any, secret: str, secret_middle: str, now: datetime) -> None:
    from anjia_desk.db.engine import session_scope
    from anjia_desk.services.customers import CustomerQuery, search_customer_ids

    answers: set[frozenset[int]] = set()
    with session_scope(database, a) as s:
        for middle in range(10000):
            query = CustomerQuery(text=f"138{middle:04d}2468")
            answers.add(frozenset(search_customer_ids(s, a, query, now=now)))
        hidden = search_customer_ids(s, a, CustomerQuery(text=secret_middle), now=now)
    print(
        f"search: 10,000 whole numbers tried, {len(answers)} distinct answer(s); "
        f"the hidden middle digits alone find {len(hidden)} customer(s)"
    )


def lookups(database: Any, a: Any, now: datetime) -> datetime:
    from sqlalchemy import func, select

    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import reception
    from anjia_desk.services.lookup_guard import LookupWait

    tries = refusals = 0
    clock = now
    found = False
    middle = 0
    while middle < 10000 and not found:
        with session_scope(database, a) as s:
            try:
                result = reception.lookup_phone(s, a, f"138{middle:04d}2468", now=clock)
            except LookupWait as wait:
                refusals += 1
                clock += timedelta(seconds=wait.seconds)
                continue
        tries += 1
        found = result.known is not None
        middle += 1
        clock += timedelta(milliseconds=10)
    with session_scope(database) as s:
        lines = s.scalar(select(func.count()).where(AuditEntry.action == "lookup")) or 0
    spent = (clock - now).total_seconds()
    print(
        f"判客: hit after {tries:,} lookups; {refusals:,} refused as too soon; an attacker "
        f"needed {spent / 60:,.1f} minutes (was 3.9 s for 8,746); {lines:,} audit lines"
    )
    return clock


if __name__ == "__main__":
    main()
