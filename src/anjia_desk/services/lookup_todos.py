"""The site manager's to-do when someone looks phones up (判客) beyond the limit without
registering the visitors (issue 14, enumeration; services.lookup_guard keeps the tally).

One item per person, for the office day: who, how many lookups they made today without a
registration after them, and how many of those came beyond the limit. The item is about a
person of the staff, not a customer: its customer id is 0 and its 负责人 is that person.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from anjia_desk.db.models import LookupTally
from anjia_desk.db.types import aware_utc
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.lookup_guard import limits
from anjia_desk.services.workbench_base import FunctionSource, TodoContext, TodoKind, TodoSink

#: An item of this kind names no customer (the workbench opens nothing for it).
NO_CUSTOMER = 0


def frequent_lookups(context: TodoContext, sink: TodoSink) -> int:
    """People who went beyond the 判客 limit today (the whole team's list only)."""
    if not context.team:
        return 0
    session, rule = context.session, context.rule
    start = aware_utc(datetime.combine(context.today, time(0), tzinfo=rule.zone))
    end = start + timedelta(days=1)
    today = (LookupTally.looked_up_at >= start, LookupTally.looked_up_at < end)
    beyond = dict(
        session.execute(
            select(LookupTally.user_id, func.count(LookupTally.id))
            .where(*today, LookupTally.beyond.is_(True))
            .group_by(LookupTally.user_id)
        ).all()
    )
    if not beyond:
        return 0
    pending = dict(
        session.execute(
            select(LookupTally.user_id, func.count(LookupTally.id))
            .where(
                *today,
                LookupTally.registered.is_(False),
                LookupTally.user_id.in_(list(beyond)),
            )
            .group_by(LookupTally.user_id)
        ).all()
    )
    numbers = limits(session)
    names = staff_names(session, list(beyond))
    minutes = int(numbers.window.total_seconds() // 60)
    people = sorted(beyond, key=lambda user_id: (-beyond[user_id], user_id))
    for user_id in people[: context.limit]:
        name = names.get(user_id, f"用户 {user_id}")
        detail = (
            f"{name} 今天判客查询 {pending.get(user_id, 0)} 次未登记来访，其中 "
            f"{beyond[user_id]} 次超过“{minutes} 分钟内 {numbers.limit} 次”的上限："
            "请核实是否在逐个试号码（详见审计日志）"
        )
        row = SimpleNamespace(id=NO_CUSTOMER, name="（员工）", phone=None, owner_id=user_id)
        sink.add(TodoKind.LOOKUPS, row, detail, context.today, user_id)
    return len(people)


SOURCES = (FunctionSource(TodoKind.LOOKUPS, frequent_lookups),)
