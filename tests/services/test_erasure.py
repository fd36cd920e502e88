"""Erasure leaves no copy of the person (issue 14): not in any column of any table, not in the
bytes of the database file or its WAL; a buyer remains only in deal and receipt rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import String, Text, inspect, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.errors import PermissionDenied, UserError
from anjia_desk.core.followups import FollowUpForm
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, open_database, session_scope
from anjia_desk.db.models import (
    AuditEntry,
    Base,
    Customer,
    Deal,
    Dispute,
    ErasureLog,
    ErasureReview,
    FollowUp,
    ReferralPoint,
    UserRole,
    customer_name_grams,
)
from anjia_desk.services import customer_profile as profile
from anjia_desk.services import customer_state as cs
from anjia_desk.services import (
    customers,
    deal_queries,
    erasure,
    erasure_notes,
    exporting,
    followups,
    reception,
    search_audit,
)
from anjia_desk.services.context import Actor
from anjia_desk.services.customers import CustomerQuery
from anjia_desk.services.demo import create_demo
from anjia_desk.services.exporting import ExportRequest
from tests.helpers import add_actor
from tests.services import test_payments
from tests.services.test_payments import Office, pay

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
NAME = "欧阳梦琪"
PHONE = "13955501234"
NEW_PHONE = "13955509876"
FORMATTED = "139 5550 1234"


def every_text(database: Database) -> Iterator[tuple[str, str, str]]:
    """(table, column, value) of every text value in the database, the alembic table too."""
    with database.engine.connect() as connection:
        for table_name in inspect(connection).get_table_names():
            columns = [c["name"] for c in inspect(connection).get_columns(table_name)]
            quoted = ", ".join(f'"{c}"' for c in columns)
            for row in connection.exec_driver_sql(f'SELECT {quoted} FROM "{table_name}"'):
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, str):
                        yield table_name, column, value


def found_in_columns(database: Database, *secrets: str) -> list[tuple[str, str]]:
    return sorted(
        {
            (table, column)
            for table, column, value in every_text(database)
            for secret in secrets
            if secret in value
        }
    )


def found_in_bytes(path: Path, *secrets: str) -> list[str]:
    hits = []
    for file in (path, Path(f"{path}-wal")):
        if file.exists():
            data = file.read_bytes()
            hits += [f"{file.name}: {s}" for s in secrets if s.encode() in data]
    return hits


def _visit(session: Session, actor: Actor, phone: str, name: str, **fields: object) -> int:
    consultant = session.scalars(
        select(UserRole.user_id).where(UserRole.role == Role.CONSULTANT.value)
    ).first()
    form = VisitForm(
        phone=phone, name=name, channel="自然到访", consent=True, consultant_id=consultant,
        **fields,  # type: ignore[arg-type]
    )  # fmt: skip
    return reception.register_visit(session, actor, form, now=NOW).customer_id


@pytest.fixture
def office(session: Session) -> Office:
    """A deal with its payment plan (test_payments' office)."""
    return test_payments.office.__wrapped__(session)  # type: ignore[attr-defined]


@pytest.fixture
def demo_office(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "office.db"
    database = open_database(str(path))
    create_demo(database, seed=7, customers=40, now=NOW - timedelta(days=30))
    yield database, path
    database.close()


def _person(database: Database) -> tuple[int, int]:
    """The person to erase, with everything the issue found their name or phone in; and another
    customer whose notes mention them."""
    system = Actor.system()
    with session_scope(database, system) as s:
        referrer = s.scalars(
            select(Customer).where(Customer.anonymised_at.is_(None)).order_by(Customer.id)
        ).first()
        assert referrer is not None and referrer.phone
        cid = _visit(
            s, system, PHONE, NAME, referrer_phone=referrer.phone, note=f"{NAME}说周末再来"
        )
        customer = cs.get_customer(s, cid)
        customer.notes = f"{NAME}，电话 {PHONE}"
        profile.add_relative(
            s, system, cid, relation="spouse", name="欧阳先生", phone="13955507777"
        )
        form = FollowUpForm(
            channel="电话", content=f"给{NAME}打电话", grade="A", reason=f"{NAME}要买"
        )
        followups.log_follow_up(s, system, cid, form, now=NOW + timedelta(hours=1))
        profile.change_phone(s, system, cid, NEW_PHONE, reason=f"{NAME}换了号码", now=NOW)
        s.add(Dispute(customer_id=cid, claim_reason=f"{NAME}是我先接待的"))
        other = _visit(s, system, "13700001111", "路人甲", note=f"和朋友 {FORMATTED} 一起来")
        s.flush()
        # The person is also someone else's relative (by their new number).
        profile.add_relative(s, system, other, relation="spouse", name="配偶", phone=NEW_PHONE)
        followups.log_follow_up(
            s,
            system,
            other,
            FollowUpForm(
                channel="电话", content=f"朋友也想买，号码139-{PHONE[3:7]}-{PHONE[7:]}", grade="C"
            ),
            now=NOW + timedelta(hours=2),
        )
        assert any(p.note and NAME in p.note for p in s.scalars(select(ReferralPoint)))
        # Someone searched the list for the name and looked the number up at the desk: both
        # typed queries are audit lines.
        assert search_audit.record_settled_search(s, system, CustomerQuery(text=NAME), now=NOW)
        reception.lookup_phone(s, system, PHONE, now=NOW)
    return cid, other


def test_erasing_a_person_leaves_no_copy_in_any_column_nor_in_the_file(demo_office) -> None:
    database, path = demo_office
    cid, other = _person(database)
    secrets = (NAME, PHONE, NEW_PHONE, "13955507777", PHONE[3:])
    assert found_in_columns(database, *secrets)

    boss = Actor.system()
    with session_scope(database, boss) as s:
        shown = erasure.preview(s, boss, cid)
    assert (shown.visits, shown.follow_ups, shown.relatives, shown.ledger_notes) == (1, 1, 1, 1)
    assert shown.reasons >= 4 and shown.phones_elsewhere == 2 and shown.audit_lines > 5
    assert (shown.deals, shown.receipts, shown.names_elsewhere) == (0, 0, 0)
    assert any("到访 1 条" in line for line in shown.lines())
    with session_scope(database, boss) as s:
        result = profile.erase_personal_data(s, boss, cid, reason=f"{NAME}本人来电要求", now=NOW)
    assert not result.kept_for_accounts
    assert result.phones_removed >= 3 and result.to_review == 0

    assert found_in_columns(database, *secrets) == [], [
        (t, c, v) for t, c, v in every_text(database) if any(x in v for x in secrets)
    ]
    assert found_in_bytes(path, *secrets) == []
    with database.sessions() as s:
        assert (
            s.scalars(
                select(customer_name_grams.c.gram).where(customer_name_grams.c.customer_id == cid)
            ).all()
            == []
        )
        # The other customer's notes lost the phone and are listed for review (by ids only).
        notes = s.scalars(select(FollowUp.content).where(FollowUp.customer_id == other)).all()
        assert any(erasure.PHONE_GONE in n for n in notes)
        log = s.scalars(select(ErasureLog)).one()
        assert (log.customer_id, log.kind) == (cid, "request")


def test_every_text_column_of_the_schema_is_searched() -> None:
    """A new text column a user types into must be added to erasure.NOTES (or be known here)."""
    covered = {(m.__tablename__, c) for m, _who, texts in erasure_notes.NOTES for c in texts}
    known = {
        ("customers", c)
        for c in ("name", "name_initials", "phone", "phone_key", "phone_kind", "gender")
    }
    typed = set()
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        for column in table.columns:
            if isinstance(column.type, Text) or (
                isinstance(column.type, String) and (column.type.length or 0) >= 100
            ):
                typed.add((table.name, column.name))
    left = typed - covered - known
    assert left <= {
        ("audit_log", "summary"),
        ("audit_log", "reason"),
        ("settings", "value"),
        ("audit_log", "host"),
        ("projects", "address"),
        ("customer_merges", "snapshot"),
        ("customers", "focus"),
        ("deals", "buyer_id_cipher"),
        # Issue 16: the address is erased whole (erasure._forget_addresses), not searched; the
        # penalty clause is the office's contract text.
        ("deals", "mailing_address"),
        ("deals", "penalty_clause_text"),
        ("units", "blocked_reason"),
        ("receipts", "printed_facts"),
        ("calendar_years", "note"),
        ("calendar_days", "name"),
        ("users", "password_hash"),
        ("customer_relatives", "phone"),
        # Issue 16: the buyer's mailing address is erased with the person (and from the letters'
        # frozen papers); the penalty clause is the contract's words, nobody's data.
        ("deals", "mailing_address"),
        ("deals", "penalty_clause_text"),
        ("dunning_letters", "facts"),
        # Issue 17: the frozen money table and papers (figures, no one's words), and the keys
        # of the brief's checklist ticked.
        ("change_orders", "facts"),
        ("change_orders", "brief_ticks"),
        ("refund_vouchers", "facts"),
        ("change_orders", "new_buyer_id_cipher"),
        ("change_orders", "notice_facts"),
        # Issue 18: frozen papers (figures and the office's items) and the ratings' JSON.
        ("complaint_payments", "facts"),
        ("deals", "risk_notice_facts"),
        ("complaint_visits", "ratings"),
        # Issue 19: the names of workbook files and templates (the office's, no one's words).
        ("report_runs", "filename"),
        ("report_templates", "filename"),
    }, left


def test_erasing_a_buyer_leaves_them_only_in_deal_and_receipt_rows(
    database, session, office, tmp_path
) -> None:
    """Test 2: the buyer name, ID and receipts stay (会计档案); the person is marked 已申请删除
    and left out of the deal list and export for everyone but finance."""
    customer = office.customer
    followups.log_follow_up(
        session,
        Actor.system(),
        customer.id,
        FollowUpForm(channel="电话", content="王建国确认付款", grade="B"),
        now=NOW,
    )
    pay(session, office, "50000")
    manager = Actor(None, "jl", "经理", frozenset({Role.SITE_MANAGER}))
    assert [r.id for r in deal_queries.list_deals(session, manager, now=NOW)] == [office.deal.id]
    session.commit()

    with session_scope(database, Actor.system()) as s:
        result = profile.erase_personal_data(
            s, Actor.system(), customer.id, reason="本人要求", now=NOW
        )
    assert result.kept_for_accounts

    secrets = ("王建国", "13800001111", "110101********1234")
    left = found_in_columns(database, *secrets)
    assert left and {table for table, _column in left} <= {"deals", "receipts"}, left
    with session_scope(database, Actor.system()) as s:
        buyer = s.get(Customer, customer.id)
        assert buyer.erasure_requested_at == NOW and buyer.name == erasure.KEPT_NAME
        deal = s.get(Deal, office.deal.id)
        assert deal.buyer_name == "王建国" and deal.buyer_id_masked == "110101********1234"
        assert deal_queries.list_deals(s, manager, now=NOW) == []
        for text in ("王建国", "13800001111", "wjg"):  # the customer list and search
            query = customers.CustomerQuery(text=text)
            assert customers.search_customer_ids(s, manager, query, now=NOW) == []
        assert reception.lookup_phone(s, manager, "13800001111", now=NOW).matches == []
        assert deal_queries.list_deals(s, manager, text="王建国", now=NOW) == []
        seen = deal_queries.list_deals(s, office.finance, text="王建国", now=NOW)
        assert [(r.id, r.customer_name) for r in seen] == [(office.deal.id, "（已申请删除）")]
        request = ExportRequest(kinds=("deals", "receivables"), mask_phones=True)
        for actor, shown in ((manager, False), (Actor.system(), True)):  # finance: the CLI
            out = tmp_path / f"{actor.username}.xlsx"
            rows = exporting.export_workbook(s, actor, request, out, now=NOW).rows
            assert (rows["交易"] == 1, rows["应收款"] > 0) == (shown, shown), rows


def test_a_restore_does_not_bring_an_erased_person_back(database, db_path, tmp_path) -> None:
    """The erasure log of the replaced database is applied to the restored one (and kept)."""
    from anjia_desk.services import backup, backup_restore

    system = Actor.system()
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, "office-pass-1")
        add_actor(s, "gw", "王浩", Role.CONSULTANT)
        cid = _visit(s, system, PHONE, NAME, note=f"{NAME}第一次来")
        keep = _visit(s, system, "13700001111", "路人甲")
    out = backup.backup_database(database, system, tmp_path / "old.anjiabak").path
    with session_scope(database, system) as s:
        profile.erase_personal_data(s, system, cid, reason="本人要求", now=NOW)
    database.close()

    restored = backup_restore.restore_database(
        f"sqlite:///{db_path}", system, out, passphrase="office-pass-1", now=NOW
    )
    again = open_database(str(restored.restored_into))
    try:
        assert found_in_columns(again, NAME, PHONE) == []
        assert found_in_bytes(restored.restored_into, NAME, PHONE) == []
        with again.sessions() as s:
            assert s.get(Customer, cid).anonymised_at is not None
            assert s.get(Customer, keep).name == "路人甲"
            assert [(e.customer_id, e.kind) for e in s.scalars(select(ErasureLog))] == [
                (cid, "request")
            ]
            line = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
            assert "重新删除 1 位客户" in line.summary
    finally:
        again.close()


def test_a_restore_of_a_backup_older_than_the_log_erases_too(tmp_path) -> None:
    """A backup made before the erasure log existed (schema 0008) is upgraded, then erased."""
    from anjia_desk.db import backup_file
    from anjia_desk.services import backup, backup_keys, backup_restore

    snapshot = tmp_path / "old.db"
    connection = sqlite3.connect(snapshot)
    dump = Path(__file__).parents[1] / "db" / "dumps" / "0008_import_speed.sql"
    connection.executescript(dump.read_text(encoding="utf-8"))
    connection.close()
    live = tmp_path / "live.db"
    live.write_bytes(snapshot.read_bytes())
    database = open_database(str(live))  # upgraded to this app's schema
    system = Actor.system()
    with session_scope(database, system) as s:
        backup.set_backup_passphrase(s, system, "office-pass-1")
        person = s.scalars(select(Customer).where(Customer.anonymised_at.is_(None))).first()
        assert person is not None
        cid, name = person.id, person.name
        profile.erase_personal_data(s, system, cid, reason="本人要求", now=NOW)
        keys = backup_keys.stored_keys(s)
    database.close()
    out = tmp_path / "old.anjiabak"
    backup_file.write_backup(
        snapshot, out, public_key=keys.public_key, auth_key=keys.auth_key,
        wrapped=keys.wrapped, created_at=NOW, app_version="0.1.0",
        revision="0008_import_speed", db_name="live.db", scheduled=False,
    )  # fmt: skip

    backup_restore.restore_database(
        f"sqlite:///{live}", system, out, passphrase="office-pass-1", now=NOW
    )
    again = open_database(str(live))
    try:
        with again.sessions() as s:
            assert s.get(Customer, cid).anonymised_at is not None
            assert s.scalars(select(ErasureLog.customer_id)).all() == [cid]
        assert ("customers", "name") not in found_in_columns(again, name)
    finally:
        again.close()


def test_a_name_in_other_notes_is_listed_for_the_site_manager_not_replaced(session) -> None:
    from anjia_desk.services import erasure_review, workbench
    from anjia_desk.services.workbench_base import TodoKind

    system = Actor.system()
    wang = add_actor(session, "gw", "王浩", Role.CONSULTANT)
    boss = add_actor(session, "jl", "黄经理", Role.SITE_MANAGER)
    cid = _visit(session, system, PHONE, NAME)
    other = _visit(session, system, "13700001111", "路人甲")
    third = _visit(session, system, "13700002222", "路人乙")
    follow = followups.log_follow_up(
        session, system, other,
        FollowUpForm(channel="电话", content=f"说{NAME}也想买", grade="C"), now=NOW,
    )  # fmt: skip
    cs.get_customer(session, third).notes = f"{NAME}的同事"
    session.flush()

    result = profile.erase_personal_data(session, system, cid, reason="本人要求", now=NOW)
    assert result.to_review == 2
    assert NAME in session.get(FollowUp, follow).content  # listed, not changed
    todo = workbench.todo_for(session, boss, now=NOW)
    listed = sorted(todo.items_of(TodoKind.ERASURE_REVIEW), key=lambda i: i.customer_id)
    assert [i.customer_id for i in listed] == [other, third]
    assert "跟进记录" in listed[0].detail and NAME not in listed[0].detail
    assert "客户备注" in listed[1].detail
    assert workbench.todo_for(session, wang, now=NOW).counts[TodoKind.ERASURE_REVIEW] == 0
    with pytest.raises(PermissionDenied):
        erasure_review.review_note(session, wang, listed[0].ref_id)

    note = erasure_review.review_note(session, boss, listed[0].ref_id)
    assert note.where == "跟进记录" and NAME in note.text
    erasure_review.resolve_review(session, boss, listed[0].ref_id, clear=True, now=NOW)
    erasure_review.resolve_review(session, boss, listed[1].ref_id, clear=False, now=NOW)
    session.flush()
    assert session.get(FollowUp, follow).content == ""
    audit_texts = session.scalars(
        select(AuditEntry.summary).where(
            AuditEntry.entity == "follow_ups", AuditEntry.entity_id == follow
        )
    ).all()
    assert audit_texts and not any(NAME in t for t in audit_texts)
    assert cs.get_customer(session, third).notes == f"{NAME}的同事"  # kept after review
    assert workbench.todo_for(session, boss, now=NOW).counts[TodoKind.ERASURE_REVIEW] == 0
    with pytest.raises(UserError):
        erasure_review.resolve_review(session, boss, listed[1].ref_id, clear=True, now=NOW)


def test_the_retention_job_sweeps_other_notes_once_for_the_whole_batch(session) -> None:
    """Many people at once (more than the SQL prefilter takes): each note is read once and
    matched in Python; phones go, names are listed."""
    from anjia_desk.services import privacy
    from tests.services.test_privacy import CUTOFF, add
    from tests.services.test_privacy import NOW as RETENTION_NOW

    old = CUTOFF - timedelta(days=3)
    gone = [
        add(session, f"旧客{'甲乙丙丁戊己庚辛'[i]}{'子丑'[i % 2]}", f"1391234000{i}", contact=old)
        for i in range(8)
    ]
    keep = add(session, "留下", "13700001111", contact=RETENTION_NOW)
    cs.get_customer(session, keep).notes = "认识 139 1234 0003 和 139-1234-0005，也认识旧客丙子"
    session.flush()
    assert 2 * len(gone) > erasure.PREFILTER_TERMS

    assert privacy.anonymise_due(session, Actor.system(), now=RETENTION_NOW, dry_run=False) == 8
    notes = cs.get_customer(session, keep).notes
    assert notes == f"认识 {erasure.PHONE_GONE} 和 {erasure.PHONE_GONE}，也认识旧客丙子"
    review = session.scalars(select(ErasureReview)).one()
    assert (review.customer_id, review.source) == (keep, "customers")
    logged = session.scalars(select(ErasureLog.customer_id).order_by(ErasureLog.id)).all()
    assert logged == gone
    assert not any("1391234000" in (e.summary or "") for e in session.scalars(select(AuditEntry)))
