"""Every checked-in dump of an old schema opens in this version with nothing lost."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from anjia_desk.db.base import Base
from anjia_desk.db.engine import current_revision, open_database, session_scope
from anjia_desk.db.migrate import script_revisions
from anjia_desk.db.models import AuditEntry, CalendarDay, Setting, User
from anjia_desk.db.schema import HEAD_REVISION, REVISIONS
from anjia_desk.services import users

#: The tables of issue 3 (the front desk), whose rows every later dump must keep.
FRONT_DESK_TABLES = (
    "customers",
    "customer_relatives",
    "visits",
    "follow_ups",
    "grade_changes",
    "phone_changes",
    "ownership_changes",
    "disputes",
    "customer_merges",
    "duty_roster",
    "rotation_turns",
    "risk_marks",
    "risk_warnings",
    "referral_points",
)
#: The tables of issue 5 (units, deals and money).
DEAL_TABLES = (
    "projects",
    "buildings",
    "units",
    "unit_holds",
    "queue_tickets",
    "deals",
    "deal_steps",
    "installments",
    "receipts",
    "care_touches",
)
DUMPS = sorted((Path(__file__).parent / "dumps").glob("*.sql"))


def test_known_revisions_match_the_migration_scripts():
    assert list(REVISIONS) == script_revisions()


def test_there_is_a_dump_for_every_revision():
    assert [d.stem for d in DUMPS] == list(REVISIONS)


@pytest.mark.parametrize("dump", DUMPS, ids=lambda d: d.stem)
def test_dump_upgrades_to_head_with_nothing_lost(dump, tmp_path):
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript(dump.read_text(encoding="utf-8"))
    counts = {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("users", "user_roles", "settings", "calendar_days", "audit_log")
    }
    # 0009_idkey moves the ID key out (ids.key → ids.key_check) and may give the database its id.
    key_rows = "('ids.key', 'ids.key_check', 'database.id')"
    counts["settings"] -= connection.execute(
        f"SELECT count(*) FROM settings WHERE key IN {key_rows}"
    ).fetchone()[0]
    present = {
        name
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    front_desk = {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (*FRONT_DESK_TABLES, *DEAL_TABLES)
        if table in present
    }
    connection.close()
    if dump.stem >= "0002":  # the front desk's dumps hold a row in every one of its tables
        assert set(FRONT_DESK_TABLES) <= set(front_desk)
        assert all(front_desk.values()), front_desk
    if dump.stem >= "0003":  # and the deals' dumps in every one of theirs
        assert set(DEAL_TABLES) <= set(front_desk)

    database = open_database(str(path))
    try:
        assert current_revision(database.engine) == HEAD_REVISION
        with database.sessions() as s:
            assert s.scalar(select(func.count()).select_from(User)) == counts["users"]
            kept = Setting.key.not_in(["ids.key", "ids.key_check", "database.id"])
            assert (
                s.scalar(select(func.count()).select_from(Setting).where(kept))
                == counts["settings"]
            )
            assert (
                s.scalar(select(func.count()).select_from(CalendarDay)) == counts["calendar_days"]
            )
            assert s.scalar(select(func.count()).select_from(AuditEntry)) >= counts["audit_log"]
            for table, count in front_desk.items():
                assert s.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count, table
            # Every row of every table loads: each stored enum string is a member of its enum.
            for mapper in Base.registry.mappers:
                s.scalars(select(mapper.class_)).all()
        with session_scope(database) as s:
            actor = users.login(s, "admin", "admin-123")
            assert actor.display_name == "管理员"
    finally:
        database.close()
    # The copy taken before the upgrade is not left in plaintext (issue 14).
    assert not (tmp_path / "upgrade-backups").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_migrations_build_exactly_the_models(database):
    """A model changed without a migration (or the reverse) shows up here."""
    import warnings

    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import Column

    # Indexes on expressions (0015_list_order's `name COLLATE "C"`, `… NULLS FIRST`): Alembic
    # cannot compare them, so it neither checks them nor should call the reflected ones extra.
    expressions = {
        index.name
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if any(not isinstance(part, Column) for part in index.expressions)
    }
    with database.engine.connect() as conn:
        engine = conn.dialect.name

        def on_this_engine(obj, name, type_, _reflected, _compare_to) -> bool:  # type: ignore[no-untyped-def]
            # An index made on one engine only (`.ddl_if(dialect=…)`: 0014_search's trigrams).
            if type_ == "index" and name in expressions:
                return False
            only = getattr(obj, "_ddl_if", None)
            return only is None or only.dialect in (None, engine)

        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": on_this_engine}
        )
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "autogenerate skipping .*expression-based index")
            assert compare_metadata(context, Base.metadata) == []


#: A 过号 as services.units.skip_ticket wrote it before 0004: an audit entry, nothing else.
OLD_SKIP = (
    "INSERT INTO audit_log (user_id, actor, action, entity, entity_id, summary, reason,"
    " created_at, updated_at) VALUES (NULL, 'system', 'skip', 'queue_tickets', 1,"
    " '过号：第 1 号', '未到场', '2026-06-06 01:20:00.000000', '2026-06-06 01:20:00.000000')"
)


@pytest.mark.parametrize("dump", [d for d in DUMPS if d.stem >= "0003"], ids=lambda d: d.stem)
def test_skipped_tickets_survive_the_upgrade(dump, tmp_path):
    """Before 0004 a skipped ticket was an audit entry; the upgrade turns it into the ticket's
    state (time and reason). From 0004 on, the state is kept as it is."""
    from datetime import UTC, datetime

    from anjia_desk.db.models import QueueTicket

    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript(dump.read_text(encoding="utf-8"))
    if dump.stem < "0004":
        connection.execute(OLD_SKIP)
        connection.execute(OLD_SKIP.replace("'未到场'", "'再次叫号未到'"))  # the first one counts
        connection.commit()
        expected = {1: (datetime(2026, 6, 6, 1, 20, tzinfo=UTC), "未到场")}
    else:
        expected = {
            ticket_id: (datetime.fromisoformat(at).replace(tzinfo=UTC), reason)
            for ticket_id, at, reason in connection.execute(
                "SELECT id, skipped_at, skip_reason FROM queue_tickets WHERE skipped_at IS NOT NULL"
            )
        }
        assert expected, "the dump holds a skipped ticket"
    connection.close()

    database = open_database(str(path))
    try:
        with database.sessions() as s:
            skipped = {
                t.id: (t.skipped_at, t.skip_reason)
                for t in s.scalars(select(QueueTicket).where(QueueTicket.skipped_at.is_not(None)))
            }
            assert skipped == expected
            unskipped = s.scalars(select(QueueTicket).where(QueueTicket.skipped_at.is_(None)))
            assert all(t.skip_reason == "" for t in unskipped)
    finally:
        database.close()


@pytest.mark.parametrize("dump", [d for d in DUMPS if d.stem >= "0003"], ids=lambda d: d.stem)
def test_every_receipt_keeps_what_it_printed_after_the_upgrade(dump, tmp_path):
    """From 0005 a receipt stores its printed facts; the upgrade gives every older receipt the
    facts it printed when issued — a 认筹金 receipt whose number later became a deal's 定金 (the
    ticket's SJ-000001 of issue 13) reads 认筹 第 N 号, not that unit's 定金."""
    from anjia_desk.db.models import QueueTicket, Receipt
    from anjia_desk.services.receipt_facts import ReceiptFacts

    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    connection.executescript(dump.read_text(encoding="utf-8"))
    connection.close()
    database = open_database(str(path))
    try:
        with database.sessions() as s:
            receipts = s.scalars(select(Receipt).order_by(Receipt.id)).all()
            assert receipts
            converted = 0
            for receipt in receipts:
                assert receipt.printed_facts, receipt.number
                facts = ReceiptFacts.from_json(receipt.printed_facts)
                assert facts.code == f"SJ-{receipt.number:06d}"
                assert facts.amount == receipt.amount and facts.payer == receipt.payer
                if receipt.nature == "queue":
                    ticket = s.get(QueueTicket, receipt.ticket_id)
                    assert ticket is not None
                    assert facts.purpose == f"认筹 第 {ticket.number} 号", facts.purpose
                    assert facts.nature == "认筹金"
                    converted += receipt.deal_id is not None
            assert converted, "the dump holds a 认筹金 receipt whose number bought a unit"
    finally:
        database.close()
