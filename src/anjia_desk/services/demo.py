"""Demo data for trying the app and for screenshots: users of every role, settings, letterhead,
customers with their visits, follow-ups, duty lists, risk marks and referrals, and (with
customers) a project with its units, 认筹, deals, receipts and care touches (demo_deals.py),
change orders (demo_changes.py) and complaints (demo_complaints.py), and on the days the
reports show — today, this week's Monday, the 1st of the month — visits, 认购, 签约, receipts,
退房 and complaints (demo_days.py).

Later issues extend `create_demo` with their own records. It refuses a database that holds data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError
from anjia_desk.core.roles import Role
from anjia_desk.db.base import Base
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, Deal, RiskMark, RiskWarning, User, UserRole, Visit
from anjia_desk.db.types import aware_utc
from anjia_desk.services import settings as settings_service
from anjia_desk.services import users
from anjia_desk.services.backup import set_backup_passphrase
from anjia_desk.services.context import Actor
from anjia_desk.services.demo_changes import ChangeStats, change_stats, tell_changes
from anjia_desk.services.demo_complaints import ComplaintStats, complaint_stats, tell_complaints
from anjia_desk.services.demo_customer_life import MARKED_DAYS
from anjia_desk.services.demo_customers import DemoCustomerStats, create_demo_customers
from anjia_desk.services.demo_days import tell_report_days
from anjia_desk.services.demo_deal_life import DealLife
from anjia_desk.services.demo_deals import DealStats, create_demo_deals, recount_deals
from anjia_desk.services.settings import office_zone

DEFAULT_CUSTOMERS = 500

DEMO_PASSWORD = "demo1234"
DEMO_BACKUP_PASSPHRASE = "anjia-demo-backup"

#: (username, display name, roles) — one login per role, plus a small office's doubling up.
DEMO_USERS: list[tuple[str, str, tuple[Role, ...]]] = [
    ("admin", "系统管理员", (Role.ADMIN,)),
    ("qiantai", "林晓雯", (Role.FRONT_DESK,)),
    ("mishu", "周婷", (Role.SALES_SECRETARY,)),
    ("guwen1", "王浩", (Role.CONSULTANT,)),
    ("guwen2", "陈思雨", (Role.CONSULTANT,)),
    ("guwen3", "刘洋", (Role.CONSULTANT,)),
    ("guwen4", "曾志伟", (Role.CONSULTANT,)),
    ("guwen5", "单丽娟", (Role.CONSULTANT,)),
    ("zishen", "赵敏", (Role.SENIOR_CONSULTANT, Role.CONSULTANT)),
    ("qudao", "孙磊", (Role.CHANNEL_OFFICER,)),
    ("anjie", "吴佳", (Role.MORTGAGE_OFFICER,)),
    ("chuna", "郑丽", (Role.CASHIER,)),
    ("jingli", "黄建国", (Role.SITE_MANAGER,)),
    ("kefu", "何静", (Role.CS_MANAGER,)),
    ("yingxiao", "马志强", (Role.MARKETING_HEAD,)),
    ("caiwu", "许红", (Role.FINANCE,)),
    ("fawu", "邓律", (Role.LEGAL,)),
    ("fuzong", "冯卫东", (Role.VICE_PRESIDENT,)),
]

DEMO_SETTINGS = {
    "letterhead.company": "安家置业（杭州）有限公司",
    "letterhead.project": "安家·云栖府",
    "letterhead.address": "杭州市余杭区文一西路 2688 号 云栖府售楼处",
    "letterhead.phone": "0571-8888 6666",
}


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    roles: str


@dataclass(frozen=True)
class DemoResult:
    logins: list[DemoLogin]
    backup_passphrase: str
    customers: DemoCustomerStats | None = None
    deals: DealStats | None = None
    #: Issue 17: the change orders (退定, 退房, 换房, 更名 …) made through the services.
    changes: ChangeStats | None = None
    #: Issue 18: complaints at every level, nature and channel (id 1 closed after its visit).
    complaints: ComplaintStats | None = None


def database_is_empty(database: Database) -> bool:
    with database.sessions() as session:
        return _is_empty(session)


def _is_empty(session: Session) -> bool:
    for table in Base.metadata.sorted_tables:
        if session.scalar(select(func.count()).select_from(table)):
            return False
    return True


def create_demo(
    database: Database,
    *,
    seed: int = 1,
    customers: int = DEFAULT_CUSTOMERS,
    now: datetime | None = None,
) -> DemoResult:
    """Fill an empty database. `seed` makes the generated records repeatable (with the same
    `now`); the foundation's records are fixed, the customers come from `random.Random(seed)`.

    All of it is one transaction (issue 14): a demo killed or failing half-way leaves the database
    empty, so that `demo` can simply be run again."""
    if customers < 0:
        raise UserError("客户数量不能为负数")
    moment = aware_utc(now)
    actor = Actor.system()
    with session_scope(database, actor) as session:
        if not _is_empty(session):
            raise UserError(
                "数据库里已有数据，演示数据只能生成到空数据库中（请用 --db 指定一个新文件）"
            )
        return _fill(session, actor, customers=customers, seed=seed, moment=moment)


def _fill(
    session: Session, actor: Actor, *, customers: int, seed: int, moment: datetime
) -> DemoResult:
    logins: list[DemoLogin] = []
    for username, name, roles in DEMO_USERS:
        users.add_user(
            session,
            actor,
            username=username,
            display_name=name,
            roles=[r.value for r in roles],
            password=DEMO_PASSWORD,
        )
        logins.append(DemoLogin(username, DEMO_PASSWORD, "、".join(r.label for r in roles)))
    settings_service.update_settings(session, actor, DEMO_SETTINGS)
    # Demo accounts need no forced password change.
    for user in session.scalars(select(User)):
        user.must_change_password = False
    session.flush()
    set_backup_passphrase(session, actor, DEMO_BACKUP_PASSPHRASE)
    if not customers:
        return DemoResult(logins, DEMO_BACKUP_PASSPHRASE)
    session.flush()
    stats = _customers(session, actor, customers, seed=seed, now=moment)
    # The deals need buyers: a demo without customers has none.
    session.flush()
    deal_stats = create_demo_deals(session, actor, rng=random.Random(f"deals-{seed}"), now=moment)
    today = moment.astimezone(office_zone(session)).date()
    marks, warnings = _monitor_buyers_only(session, today)
    if marks or warnings:
        stats = replace(
            stats, risk_marks=stats.risk_marks - marks, warnings=stats.warnings - warnings
        )
    # Last: a refund ends a deal, and the risk marks above stay with the buyers they were on.
    tell_changes(DealLife(session, random.Random(f"changes-{seed}"), moment))
    # After the change orders: one complaint's 换房 is the demo's change order.
    tell_complaints(session, random.Random(f"complaints-{seed}"), moment)
    # Issue 19: this month's 退房 and the report days' complaints, after the stories above.
    tell_report_days(session, random.Random(f"days-{seed}"), moment)
    changes, complaints = change_stats(session), complaint_stats(session)
    if deal_stats is not None:
        deal_stats = recount_deals(session, deal_stats, now=moment)
    # The report days' return visits renewed their customers' protection and due dates.
    stats = _recount_customers(session, stats, today)
    return DemoResult(logins, DEMO_BACKUP_PASSPHRASE, stats, deal_stats, changes, complaints)


def _recount_customers(
    session: Session, stats: DemoCustomerStats, today: date
) -> DemoCustomerStats:
    """The visits, the public pool and the overdue customers counted in the database."""
    pool = Customer.owner_id.is_(None) | Customer.protected_until.is_(None)
    return replace(
        stats,
        visits=session.scalar(select(func.count()).select_from(Visit)) or 0,
        in_pool=session.scalar(
            select(func.count()).where(pool | (Customer.protected_until < today))
        )
        or 0,
        overdue=session.scalar(select(func.count()).where(Customer.next_follow_up_on < today)) or 0,
    )


def _monitor_buyers_only(session: Session, today: date) -> tuple[int, int]:
    """Risk monitoring starts at 认购 (DOMAIN §4): the marks and warnings generated for customers
    whose story did not end in a deal move to buyers who subscribed before the marks began
    (with the index they give), and those customers are no longer monitored. Returns the marks
    and warnings dropped for want of buyers (a tiny demo)."""
    zone = office_zone(session)
    subscribed = dict(
        session.execute(
            select(Deal.customer_id, func.min(Deal.subscribed_at))
            .where(Deal.cancelled_at.is_(None))
            .group_by(Deal.customer_id)
        ).all()
    )
    first_marks = dict(
        session.execute(
            select(RiskMark.customer_id, func.min(RiskMark.day)).group_by(RiskMark.customer_id)
        ).all()
    )

    def marked_before_buying(customer: Customer) -> bool:
        since = subscribed.get(customer.id)
        first = first_marks.get(customer.id)
        if since is None:
            return True
        return first is not None and aware_utc(since).astimezone(zone).date() > first

    # In id order, as `free` below: the pairs must not depend on an engine's row order.
    monitored = session.scalars(
        select(Customer).where(Customer.risk_monitoring).order_by(Customer.id)
    ).all()
    stray = [c for c in monitored if marked_before_buying(c)]
    marks_from = today - timedelta(days=MARKED_DAYS)
    free = session.scalars(
        select(Customer)
        .join(Deal, Deal.customer_id == Customer.id)
        .where(
            Deal.cancelled_at.is_(None),
            Deal.subscribed_at < datetime.combine(marks_from, time(), tzinfo=UTC),
            # A buyer is monitored from 认购 (deals.subscribe): free means no marks of its own.
            Customer.id.not_in(select(RiskMark.customer_id)),
        )
        .order_by(Customer.id)
        .distinct()
    ).all()
    for old, new in zip(stray, free, strict=False):
        session.execute(
            update(RiskMark)
            .where(RiskMark.customer_id == old.id)
            .values(customer_id=new.id, user_id=new.owner_id)
        )
        session.execute(
            update(RiskWarning).where(RiskWarning.customer_id == old.id).values(customer_id=new.id)
        )
        new.risk_monitoring, new.risk_index = True, old.risk_index
        old.risk_monitoring, old.risk_index = False, None
    dropped = [old.id for old in stray[len(free) :]]  # more than there are buyers
    marks = delete(RiskMark).where(RiskMark.customer_id.in_(dropped))
    warnings = delete(RiskWarning).where(RiskWarning.customer_id.in_(dropped))
    gone = (session.execute(marks).rowcount, session.execute(warnings).rowcount)  # type: ignore[attr-defined]
    for old in stray[len(free) :]:
        old.risk_monitoring, old.risk_index = False, None
    return gone


def _customers(
    session: Session, actor: Actor, count: int, *, seed: int, now: datetime
) -> DemoCustomerStats:
    rows = session.execute(
        select(User.id, User.username, UserRole.role).join(UserRole).order_by(User.id)
    )
    by_role: dict[str, list[int]] = {}
    for user_id, _username, role in rows:
        by_role.setdefault(role, []).append(user_id)
    sellers = sorted(set(by_role.get(Role.CONSULTANT.value, [])))
    seniors = sorted(set(by_role.get(Role.SENIOR_CONSULTANT.value, [])))
    front_desk = by_role.get(Role.FRONT_DESK.value, [None])[0]
    return create_demo_customers(
        session,
        actor,
        count=count,
        rng=random.Random(seed),
        now=now,
        consultant_ids=sellers,
        senior_ids=seniors,
        front_desk_id=front_desk,
    )
