"""The customer list's searches in the audit log (issue 14, DOMAIN §13): one line per settled
search — the window calls this once the typing has paused 1.5 s, or when a row is opened
before that — and only when what the list shows reveals someone's full phone (the viewer's own
customers; everyone's for the site manager). Searching only others' customers, all masked,
leaves no line; typing leaves none per keystroke.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.phones import digits_query, mask_phone
from anjia_desk.core.roles import Action
from anjia_desk.db.models import Customer
from anjia_desk.db.types import aware_utc
from anjia_desk.services import audit
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_search import sees_all_phones
from anjia_desk.services.customers import CustomerQuery, customer_ids_select
from anjia_desk.services.settings import office_zone


def _count(session: Session, statement: Select[int]) -> int:
    return int(session.scalar(select(func.count()).select_from(statement.subquery())) or 0)


def describe(actor: Actor, query: CustomerQuery) -> str:
    """The search in words: the text (a whole number masked for who may not see all), then the
    filters set."""
    parts: list[str] = []
    text = query.text.strip()
    if text:
        digits = digits_query(text)
        if digits is not None and len(digits) >= 11 and not sees_all_phones(actor):
            text = mask_phone(digits)
        parts.append(f"搜索“{text}”")
    if query.grade:
        parts.append(f"{query.grade} 级")
    if query.owner_id is not None:
        parts.append(f"顾问编号 {query.owner_id}")
    if query.channel:
        parts.append(f"渠道 {query.channel}")
    for flag, label in ((query.overdue, "逾期"), (query.pool, "公客池"), (query.mine, "我的客户")):
        if flag:
            parts.append(label)
    return "，".join(parts) if parts else "全部客户"


def record_settled_search(
    session: Session,
    actor: Actor,
    query: CustomerQuery,
    *,
    opened_id: int | None = None,
    place: str = "客户列表",
    now: datetime | None = None,
) -> bool:
    """One audit line for a settled search of the customer list when its results show anyone's
    full phone to this actor (`opened_id`: the row opened, if that settled it; `place`: where
    the search was typed). True when a line was written."""
    actor.require(Action.VIEW_CUSTOMERS)
    dated = query.overdue or query.pool
    today = aware_utc(now).astimezone(office_zone(session)).date() if dated else date.min
    statement = customer_ids_select(actor, query, today).order_by(None)
    if sees_all_phones(actor):
        total = revealed = _count(session, statement)
    elif actor.user_id is None:
        return False
    else:
        revealed = _count(session, statement.where(Customer.owner_id == actor.user_id))
        total = _count(session, statement) if revealed else 0
    if not revealed:
        return False
    opened = f"，打开编号 {opened_id}" if opened_id is not None else ""
    found = f"{total} 位，其中 {revealed} 位显示完整手机号"
    summary = f"{place}（{describe(actor, query)}）：{found}{opened}"
    audit.record(session, actor, "search", "customers", opened_id, summary)
    return True
