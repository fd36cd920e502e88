"""db/tracking.py: the tables a piece of work read and wrote, from every path a service takes."""

from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from anjia_desk.db.bulk import bulk_insert
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, Deal, Setting, Unit, User
from anjia_desk.db.tracking import mark_written, not_tracking_reads, tracking
from anjia_desk.services import users
from anjia_desk.services.context import Actor


def test_nothing_is_recorded_outside_a_tracking_block(database: Database, system: Actor) -> None:
    with session_scope(database, system) as session:
        session.scalar(select(func.count()).select_from(User))
    with tracking(reads=True) as tracked:
        pass
    assert tracked.written == set() and tracked.read == set()


def test_reads_through_joins_subqueries_and_aliases(database: Database, system: Actor) -> None:
    with tracking(reads=True) as tracked, session_scope(database, system) as session:
        session.execute(
            select(Customer.id)
            .join(User, User.id == Customer.owner_id, isouter=True)
            .where(Customer.id.in_(select(Deal.customer_id)))
        ).all()
        session.execute(select(aliased(Unit).id)).all()
    assert tracked.read == {"customers", "users", "deals", "units"}
    assert tracked.written == set()


def test_reads_are_not_recorded_unless_asked(database: Database, system: Actor) -> None:
    with tracking() as tracked, session_scope(database, system) as session:
        session.execute(select(User.id)).all()
    assert tracked.read is None


def test_orm_flush_bulk_statements_and_marks_are_writes(database: Database, system: Actor) -> None:
    with tracking(reads=True) as tracked, session_scope(database, system) as session:
        users.create_first_admin(
            session, username="admin", display_name="管理员", password="admin-pass-1"
        )
        session.flush()
        session.execute(update(Setting).where(Setting.key == "none").values(value="1"))
        mark_written("backup_files")
    # the flush wrote the user, its roles and the audit entry; the UPDATE its table
    assert tracked.written == {"users", "user_roles", "audit_log", "settings", "backup_files"}


def test_bulk_insert_on_sqlite_is_a_write(database: Database, system: Actor) -> None:
    table = Setting.__table__
    now = datetime(2026, 3, 5, 8, 0, tzinfo=UTC)
    row = {"key": "x.test", "value": "1", "created_at": now, "updated_at": now, "version": 1}
    with tracking() as tracked, session_scope(database, system) as session:
        bulk_insert(session, table, [row])  # type: ignore[arg-type]
    assert tracked.written == {"settings"}


def test_bookkeeping_reads_can_be_left_out(database: Database, system: Actor) -> None:
    with tracking(reads=True) as tracked, session_scope(database, system) as session:
        with not_tracking_reads():
            session.execute(select(User.id)).all()
        session.execute(select(Unit.id)).all()
    assert tracked.read == {"units"}
