"""The events the sales and refund reports count (issue 19, reports_design.md), written once as
SQL conditions so every report and every drill counts the same things:

- 来访: a visit not marked invalid, on its visited_at; its channel as registered ("" → 未填写);
- 认购: a deal's subscribed_at (a deal cancelled later still counts: the 认购 happened);
- 签约: a deal's signed_at;
- 退房: a 退房 or 解约 order on a deal past 认购 (stage_at_request not 已认购), on its executed_at;
- 退定: a 退定 or 解约 order on a deal still at 认购, on its executed_at — never counted as 退房.

A consultant's own scope keeps the visits they received and the deals they sold (an order by
its deal's consultant). Counting is one GROUP BY per query (`tally`), over a subquery so that a
bucket's CASE is grouped by its column on PostgreSQL as on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.changes import ChangeKind
from anjia_desk.core.deals import Stage
from anjia_desk.core.errors import NotFound
from anjia_desk.core.report_periods import WEEKDAYS, ReportRange
from anjia_desk.db.models import ChangeOrder, Deal, Visit
from anjia_desk.services.customer_state import staff_names
from anjia_desk.services.report_base import Scope, within

#: The label of a blank channel (and the key its row and series drill by).
NO_CHANNEL = "未填写"
#: The label of a visit or deal nobody is recorded as consultant of.
NO_CONSULTANT = "未指定顾问"
#: The row key of that consultant (a user id otherwise).
NO_CONSULTANT_KEY = "none"

REFUND_KINDS = (ChangeKind.CANCEL, ChangeKind.TERMINATE)
UNSUBSCRIBE_KINDS = (ChangeKind.UNSUBSCRIBE, ChangeKind.TERMINATE)

VISITS_NOTE = "来访：有效来访登记（不含标记为无效的来访），按来访时间计入当天"
EVENTS_NOTE = (
    "各阶段按本期内发生的事件计数：认购按认购时间（之后退定的也计入），签约按签约时间，"
    "退房按退房（含解约）执行时间，不论来访或认购在哪一期"
)


def channel_label(channel: str | None) -> str:
    return channel or NO_CHANNEL


def channel_is(column: Any, key: str) -> ColumnElement[bool]:
    """`column` (a channel) is the one row or series `key` stands for ("未填写": blank)."""
    if key == NO_CHANNEL:
        return column.in_(["", NO_CHANNEL])  # type: ignore[no-any-return]
    return column == key  # type: ignore[no-any-return]


def day_label(day: date) -> str:
    """ "12-07 周一"."""
    return f"{day:%m-%d} {WEEKDAYS[day.weekday()]}"


def parse_day(key: str, rng: ReportRange) -> date:
    """A row key that is an ISO date of the range."""
    try:
        day = date.fromisoformat(key)
    except ValueError:
        day = None
    if day is None or not rng.first <= day <= rng.last:
        raise NotFound(f"报表中没有这一天：{key}")
    return day


def consultant_key(user_id: int | None) -> str:
    return NO_CONSULTANT_KEY if user_id is None else str(user_id)


def consultant_of_key(key: str) -> int | None:
    """The consultant a row key stands for (None: 未指定顾问)."""
    if key == NO_CONSULTANT_KEY:
        return None
    if not key.isdigit():
        raise NotFound(f"报表中没有这位顾问：{key}")
    return int(key)


def consultant_is(column: Any, user_id: int | None) -> ColumnElement[bool]:
    if user_id is None:
        return column.is_(None)  # type: ignore[no-any-return]
    return column == user_id  # type: ignore[no-any-return]


def names_of(session: Session, ids: Iterable[int | None]) -> dict[int | None, str]:
    """Staff display names by id in one query, None → 未指定顾问."""
    names: dict[int | None, str] = {
        user_id: name for user_id, name in staff_names(session, ids).items()
    }
    names[None] = NO_CONSULTANT
    return names


# --- the events


def visits_where(scope: Scope, rng: ReportRange) -> list[ColumnElement[bool]]:
    """The valid visits of the range in scope."""
    return [
        within(Visit.visited_at, rng),
        Visit.invalid_reason.is_(None),
        scope.only(Visit.consultant_id),
    ]


def subscribed_where(scope: Scope, rng: ReportRange) -> list[ColumnElement[bool]]:
    return [within(Deal.subscribed_at, rng), scope.only(Deal.consultant_id)]


def signed_where(scope: Scope, rng: ReportRange) -> list[ColumnElement[bool]]:
    return [
        Deal.signed_at.is_not(None),
        within(Deal.signed_at, rng),
        scope.only(Deal.consultant_id),
    ]


def refunds_where(scope: Scope, rng: ReportRange) -> list[ColumnElement[bool]]:
    """退房 orders executed in the range (join ChangeOrder to Deal for the scope)."""
    return [
        ChangeOrder.kind.in_(REFUND_KINDS),
        ChangeOrder.stage_at_request != Stage.SUBSCRIBED,
        ChangeOrder.executed_at.is_not(None),
        within(ChangeOrder.executed_at, rng),
        scope.only(Deal.consultant_id),
    ]


def unsubscribes_where(scope: Scope, rng: ReportRange) -> list[ColumnElement[bool]]:
    """退定 orders executed in the range (join ChangeOrder to Deal for the scope)."""
    return [
        ChangeOrder.kind.in_(UNSUBSCRIBE_KINDS),
        ChangeOrder.stage_at_request == Stage.SUBSCRIBED,
        ChangeOrder.executed_at.is_not(None),
        within(ChangeOrder.executed_at, rng),
        scope.only(Deal.consultant_id),
    ]


def tally(
    session: Session, inner: Select[*tuple[Any, ...]]
) -> dict[tuple[Any, ...], tuple[int, int]]:
    """`inner`'s rows counted per distinct value of its columns other than `fen` (which is
    summed: label an in_fen money column "fen"): {keys: (count, fen)}. Without key columns the
    one key is ()."""
    sub = inner.subquery()
    keys = [column for column in sub.c if column.key != "fen"]
    fen = sub.c.get("fen")
    measures: list[Any] = [func.count()]
    if fen is not None:
        measures.append(func.sum(fen))
    statement = select(*keys, *measures)
    if keys:
        statement = statement.group_by(*keys)
    figures: dict[tuple[Any, ...], tuple[int, int]] = {}
    for row in session.execute(statement):
        values = tuple(row)
        count = int(values[len(keys)] or 0)
        amount = int(values[len(keys) + 1] or 0) if fen is not None else 0
        figures[values[: len(keys)]] = (count, amount)
    return figures
