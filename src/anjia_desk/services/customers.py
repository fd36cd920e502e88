"""The customer list (search as you type over ids sorted in SQL, rows fetched a page at a time),
the public pool's claims, the site manager's bulk reassignment, and 撞单 claims and rulings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import UNNAMED, Grade, due_state, in_public_pool
from anjia_desk.core.errors import ConflictError, NotFound, UserError, ValidationError
from anjia_desk.core.phones import PhoneKind, mask_phone
from anjia_desk.core.roles import Action
from anjia_desk.core.text import clean_note
from anjia_desk.db.models import Customer, Dispute, User
from anjia_desk.db.portable import sorted_as_sqlite, unindexed
from anjia_desk.db.raw import first_column
from anjia_desk.db.types import aware_utc
from anjia_desk.services import customer_state as cs
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_search import sees_all_phones, text_clause
from anjia_desk.services.settings import office_zone

#: The columns the list can sort by (every one of them indexed, PITFALLS.md).
SORT_KEYS = (
    "name",
    "phone",
    "grade",
    "owner",
    "channel",
    "last_contact",
    "next_due",
    "visits",
    "risk",
    "created",
)


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: the search text, the filters and the sort order."""

    text: str = ""
    grade: str | None = None
    owner_id: int | None = None
    channel: str | None = None
    overdue: bool = False
    pool: bool = False
    mine: bool = False
    sort: str = "last_contact"
    descending: bool = True


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    shown_phone: str
    phone_flag: str  # "" for a real mobile number, else 渠道隐号 / 虚拟号
    grade: str
    owner_id: int | None
    owner_name: str
    channel: str
    last_contact: date | None  # office-local date
    next_due: date | None
    due_state: str  # overdue / today / later / ""
    in_pool: bool
    visits: int
    risk_index: int | None
    created: date


@dataclass(frozen=True)
class DisputeRow:
    id: int
    customer_id: int
    customer_name: str
    claimant_id: int | None
    claimant_name: str
    holder_id: int | None
    holder_name: str
    owner_name: str  # who owns the customer now
    claim_reason: str
    raised_at: datetime
    status: str  # open, ruled
    winner_id: int | None
    winner_name: str
    ruling_reason: str
    ruled_by_name: str
    ruled_at: datetime | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class FilterChoices:
    """What the list's filters offer: consultants (those who own customers too, even when no
    longer active: their customers are the ones to reassign) and channels."""

    consultants: list[cs.Staff]
    active_ids: frozenset[int]  # those who may be given customers (active consultants)
    channels: list[str]
    grades: list[str]


# --- the list


def pool_clause(today: date) -> ColumnElement[bool]:
    """In the public pool, in SQL: no owner, or the protection lapsed before today."""
    return or_(
        Customer.owner_id.is_(None),
        Customer.protected_until.is_(None),
        Customer.protected_until < today,
    )


def _unindexed(column: Any) -> ColumnElement[Any]:
    """A sort SQLite should not walk the column's index for: it sorts the matches instead of
    fetching every row through the index (measured over 100,000 customers: a sorted full scan
    90 ms, the index walk 220 ms; for a name or digits search 30 ms against 200 ms). Plain on
    PostgreSQL (db.portable.unindexed)."""
    return unindexed(column)


def _order(sort: str, descending: bool, *, filtered: bool) -> list[ColumnElement[Any]]:
    """The ORDER BY. The whole list walks the covering index (anonymised_at, column) of
    db/models.py; a filtered list scans the table once and sorts its matches."""
    columns = {
        "name": Customer.name,
        "phone": Customer.phone,
        "grade": Customer.grade,
        "owner": User.display_name,
        "channel": Customer.channel,
        "last_contact": Customer.last_contact_at,
        "next_due": Customer.next_follow_up_on,
        "visits": Customer.visit_count,
        "risk": Customer.risk_index,
        "created": Customer.created_at,
    }
    if sort not in columns:
        raise UserError(f"不能按“{sort}”排序")
    column = _unindexed(columns[sort]) if filtered or sort == "owner" else columns[sort]
    # The same order on every engine (issue 15): text by code point, no owner / no date / no
    # risk index first going up and last going down, as SQLite has always shown them.
    nullable = sort == "owner" or bool(Customer.__table__.c[columns[sort].key].nullable)
    return [
        sorted_as_sqlite(column, descending=descending, nullable=nullable),
        Customer.id.desc() if descending else Customer.id.asc(),
    ]


def customer_ids_select(actor: Actor, query: CustomerQuery, today: date) -> Select[int]:
    """The SELECT behind the list (ids only, sorted); the benchmark compares against it."""
    condition = text_clause(actor, query.text)
    filtered = condition is not None or bool(
        query.grade
        or query.owner_id is not None
        or query.channel
        or query.overdue
        or query.pool
        or query.mine
    )
    live = _unindexed(Customer.anonymised_at) if filtered else Customer.anonymised_at
    statement = select(Customer.id).where(live.is_(None))
    if condition is not None:
        statement = statement.where(condition)
    if query.grade:
        statement = statement.where(Customer.grade == query.grade)
    if query.owner_id is not None:
        statement = statement.where(Customer.owner_id == query.owner_id)
    if query.channel:
        statement = statement.where(Customer.channel == query.channel)
    if query.overdue:
        statement = statement.where(Customer.next_follow_up_on < today)
    if query.pool:
        statement = statement.where(pool_clause(today))
    if query.mine:
        statement = statement.where(Customer.owner_id == actor.user_id)
    if query.sort == "owner":
        statement = statement.outerjoin(User, User.id == Customer.owner_id)
    return statement.order_by(*_order(query.sort, query.descending, filtered=filtered))


def search_customer_ids(
    session: Session, actor: Actor, query: CustomerQuery, *, now: datetime | None = None
) -> list[int]:
    """The ids of the customers matching `query`, in the list's order (all sorting in SQL)."""
    actor.require(Action.VIEW_CUSTOMERS)
    # Only two filters need the office's date: no settings are read for the others.
    dated = query.overdue or query.pool
    today = aware_utc(now).astimezone(office_zone(session)).date() if dated else date.min
    return first_column(session, customer_ids_select(actor, query, today))


def customer_rows(
    session: Session, actor: Actor, ids: Sequence[int], *, now: datetime | None = None
) -> list[CustomerRow]:
    """The rows for a page of ids, in the given order (ids no longer there are left out)."""
    actor.require(Action.VIEW_CUSTOMERS)
    if not ids:
        return []
    zone = office_zone(session)  # the one setting a row needs, read once per page (autoflushes)
    today = aware_utc(now).astimezone(zone).date()
    # Plain rows from the connection (no ORM objects); anonymised ones are left out here rather
    # than in SQL, where SQLite would walk an anonymised_at index instead of fetching the ids.
    found = {
        r.id: r
        for r in session.connection().execute(
            select(
                Customer.id,
                Customer.name,
                Customer.phone,
                Customer.phone_kind,
                Customer.grade,
                Customer.owner_id,
                Customer.protected_until,
                Customer.channel,
                Customer.last_contact_at,
                Customer.next_follow_up_on,
                Customer.visit_count,
                Customer.risk_index,
                Customer.created_at,
                Customer.anonymised_at,
            ).where(Customer.id.in_(list(ids)))
        )
        if r.anonymised_at is None
    }
    names = cs.staff_names(session, (r.owner_id for r in found.values()))
    sees_all = sees_all_phones(actor)
    rows: list[CustomerRow] = []
    for customer_id in ids:
        r = found.get(customer_id)
        if r is None:
            continue
        kind = PhoneKind(r.phone_kind) if r.phone_kind else PhoneKind.MOBILE
        owner = r.owner_id
        own = owner is not None and owner == actor.user_id
        rows.append(
            CustomerRow(
                id=r.id,
                name=r.name or UNNAMED,
                shown_phone=(r.phone or "") if sees_all or own else mask_phone(r.phone),
                phone_flag="" if kind is PhoneKind.MOBILE else kind.label,
                grade=r.grade,
                owner_id=owner,
                owner_name=names.get(owner, "") if owner is not None else "",
                channel=r.channel,
                last_contact=r.last_contact_at.astimezone(zone).date()
                if r.last_contact_at
                else None,
                next_due=r.next_follow_up_on,
                due_state=due_state(r.next_follow_up_on, today),
                in_pool=in_public_pool(owner, r.protected_until, today),
                visits=r.visit_count,
                risk_index=r.risk_index,
                created=r.created_at.astimezone(zone).date(),
            )
        )
    return rows


def filter_choices(session: Session, actor: Actor) -> FilterChoices:
    actor.require(Action.VIEW_CUSTOMERS)
    staff = {s.id: s for s in cs.consultants(session)}
    active = frozenset(staff)
    owners = set(
        session.scalars(select(Customer.owner_id).where(Customer.owner_id.is_not(None)).distinct())
    )
    missing = [i for i in owners if i not in staff]
    for user_id, name in cs.staff_names(session, missing).items():
        staff[user_id] = cs.Staff(user_id, f"{name}（已停用或非顾问）")
    return FilterChoices(
        consultants=sorted(staff.values(), key=lambda s: s.name),
        active_ids=active,
        channels=list(cs.options(session).channels),
        grades=[g.value for g in Grade],
    )


# --- the public pool


def claim_customer(
    session: Session, actor: Actor, customer_id: int, *, now: datetime | None = None
) -> date:
    """A consultant takes a customer from the public pool; returns the new protection's end."""
    actor.require(Action.CLAIM_CUSTOMERS)
    if actor.user_id is None:
        raise UserError("只有置业顾问本人可以认领客户")
    cs.require_consultant(session, actor.user_id)
    customer = _live_customer(session, customer_id)
    rule = cs.rules(session)
    today = rule.today(now)
    if not cs.in_pool(customer, today):
        owner = cs.staff_names(session, [customer.owner_id]).get(customer.owner_id or 0, "")
        raise ConflictError(
            f"客户“{customer.name or UNNAMED}”在{owner}的保护期内"
            f"（至 {customer.protected_until}），不能认领；如有争议请申请撞单裁定"
        )
    cs.set_owner(session, actor, customer, actor.user_id, kind="claim", today=today, rule=rule)
    assert customer.protected_until is not None
    return customer.protected_until


def _live_customer(session: Session, customer_id: int) -> Customer:
    customer = cs.get_customer(session, customer_id)
    if customer.anonymised_at is not None:
        raise NotFound(f"客户 {customer_id} 的个人信息已删除")
    return customer


# --- the site manager's bulk reassignment


def reassign_customers(
    session: Session,
    actor: Actor,
    *,
    from_user_id: int,
    to_user_id: int,
    customer_ids: list[int] | None,
    reason: str,
    now: datetime | None = None,
) -> int:
    """Give all (customer_ids None) or the selected customers of one consultant to another in one
    action; each keeps its history (an OwnershipChange "reassign") and the new owner gets a fresh
    protection period. Returns how many moved."""
    actor.require(Action.REASSIGN_CUSTOMERS)
    reason = clean_note(reason)  # no control or direction characters (issue 14)
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["reason"] = "请填写转移原因"
    if from_user_id == to_user_id:
        errors["to_user_id"] = "转入顾问不能与转出顾问相同"
    if errors:
        raise ValidationError(errors)
    source = session.get(User, from_user_id)
    if source is None:
        raise NotFound("转出顾问不存在")
    target = cs.require_consultant(session, to_user_id)
    statement = select(Customer).where(
        Customer.owner_id == from_user_id, Customer.anonymised_at.is_(None)
    )
    if customer_ids is not None:
        if not customer_ids:
            raise UserError("请先选择要转移的客户")
        wanted = set(customer_ids)
        statement = statement.where(Customer.id.in_(wanted))
    customers = list(session.scalars(statement.order_by(Customer.id)))
    if customer_ids is not None and len(customers) != len(wanted):
        stray = len(wanted) - len(customers)
        raise ConflictError(
            f"所选客户中有 {stray} 位不归 {source.display_name} 跟进（可能刚被转移或认领），"
            "请刷新列表后重新选择"
        )
    if not customers:
        raise UserError(f"{source.display_name} 名下没有可转移的客户")
    rule = cs.rules(session)
    today = rule.today(now)
    note = f"转给{target.display_name}：{reason.strip()}"
    for customer in customers:
        cs.set_owner(
            session,
            actor,
            customer,
            to_user_id,
            kind="reassign",
            reason=note,
            today=today,
            rule=rule,
        )
    return len(customers)


# --- 撞单


def raise_dispute(
    session: Session, actor: Actor, customer_id: int, reason: str, *, now: datetime | None = None
) -> int:
    """A consultant who is not the owner says the customer is theirs; the site manager rules."""
    actor.require(Action.RAISE_DISPUTE)
    reason = clean_note(reason)  # seen by the site manager: nothing invisible (issue 14)
    if actor.user_id is None:
        raise UserError("只有置业顾问本人可以申请撞单裁定")
    if not reason.strip():
        raise ValidationError({"reason": "请说明理由（如首次接待的时间、渠道报备）"})
    customer = _live_customer(session, customer_id)
    if cs.is_owner(actor, customer):
        raise UserError("这位客户已经归您跟进，无需申请")
    today = cs.rules(session).today(now)
    if cs.in_pool(customer, today):
        raise UserError("这位客户在公客池中，可以直接认领")
    pending = session.scalar(
        select(Dispute.id).where(
            Dispute.customer_id == customer.id,
            Dispute.claimant_id == actor.user_id,
            Dispute.status == "open",
        )
    )
    if pending is not None:
        raise ConflictError("您对这位客户的撞单申请还在等待裁定")
    dispute = Dispute(
        customer_id=customer.id,
        claimant_id=actor.user_id,
        holder_id=customer.owner_id,
        claim_reason=reason.strip(),
        status="open",
    )
    session.add(dispute)
    session.flush()
    return dispute.id


def rule_dispute(
    session: Session,
    actor: Actor,
    dispute_id: int,
    *,
    winner_id: int,
    reason: str,
    version: int,
    now: datetime | None = None,
) -> None:
    """The site manager's ruling, kept with its reason; the customer moves to the claimant when
    the claimant wins (OwnershipChange "ruling")."""
    actor.require(Action.RULE_DISPUTES)
    reason = clean_note(reason)  # no control or direction characters (issue 14)
    dispute = session.get(Dispute, dispute_id)
    if dispute is None:
        raise NotFound(f"撞单申请 {dispute_id} 不存在")
    if dispute.version != version:
        raise ConflictError("这条撞单申请刚被其他人处理过，请刷新后再裁定")
    if dispute.status != "open":
        raise ConflictError("这条撞单申请已经裁定过了")
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["reason"] = "请填写裁定理由"
    if winner_id not in {dispute.claimant_id, dispute.holder_id}:
        errors["winner_id"] = "只能裁定给申请顾问或原归属顾问"
    if errors:
        raise ValidationError(errors)
    customer = _live_customer(session, dispute.customer_id)
    moment = aware_utc(now)
    if customer.owner_id != winner_id:
        cs.require_consultant(session, winner_id)
        rule = cs.rules(session)
        cs.set_owner(
            session,
            actor,
            customer,
            winner_id,
            kind="ruling",
            reason=reason.strip(),
            today=rule.today(moment),
            rule=rule,
        )
    dispute.status = "ruled"
    dispute.winner_id = winner_id
    dispute.ruling_reason = reason.strip()
    dispute.ruled_by_id = actor.user_id
    dispute.ruled_at = moment


def list_disputes(session: Session, actor: Actor, *, open_only: bool = True) -> list[DisputeRow]:
    """The site manager sees every 撞单 claim; a consultant those they raised or hold."""
    actor.require(Action.VIEW_CUSTOMERS)
    statement = (
        select(Dispute, Customer.name, Customer.owner_id)
        .join(Customer, Customer.id == Dispute.customer_id)
        .where(Customer.anonymised_at.is_(None))
    )
    if open_only:
        statement = statement.where(Dispute.status == "open")
    if not actor.can(Action.RULE_DISPUTES):
        if actor.user_id is None:  # pragma: no cover - the system actor may rule
            return []
        statement = statement.where(
            or_(Dispute.claimant_id == actor.user_id, Dispute.holder_id == actor.user_id)
        )
    statement = statement.order_by((Dispute.status == "open").desc(), Dispute.id.desc())
    found = session.execute(statement).all()
    people: list[int | None] = []
    for d, _name, owner_id in found:
        people += [d.claimant_id, d.holder_id, d.winner_id, d.ruled_by_id, owner_id]
    names = cs.staff_names(session, people)

    def name(user_id: int | None) -> str:
        return names.get(user_id, "") if user_id is not None else ""

    return [
        DisputeRow(
            id=d.id,
            customer_id=d.customer_id,
            customer_name=customer_name or UNNAMED,
            claimant_id=d.claimant_id,
            claimant_name=name(d.claimant_id),
            holder_id=d.holder_id,
            holder_name=name(d.holder_id),
            owner_name=name(owner_id),
            claim_reason=d.claim_reason,
            raised_at=d.created_at,
            status=d.status,
            winner_id=d.winner_id,
            winner_name=name(d.winner_id),
            ruling_reason=d.ruling_reason,
            ruled_by_name=name(d.ruled_by_id),
            ruled_at=d.ruled_at,
            version=d.version,
        )
        for d, customer_name, owner_id in found
    ]
