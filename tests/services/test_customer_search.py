"""Search as you type through the name pieces and the phone index (issue 13): the same customers
as the plain LIKE conditions found, masking included, and the pieces kept in step by every
path that writes a name."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
import xlsxwriter
from sqlalchemy import ColumnElement, Table, and_, false, func, insert, or_, select
from sqlalchemy.orm import Session

from anjia_desk.core.customers import VisitForm
from anjia_desk.core.names import is_initials_query
from anjia_desk.core.phones import digits_query, parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.bulk import bulk_insert_columns
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer, customer_name_grams
from anjia_desk.db.search_index import index_new_customers, reindex_all
from anjia_desk.services import customer_profile as profile
from anjia_desk.services import customer_state as cs
from anjia_desk.services import customers as svc
from anjia_desk.services import reception
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_detail import customer_detail
from anjia_desk.services.customer_merge import merge_customers
from anjia_desk.services.customer_search import sees_all_phones
from anjia_desk.services.importing import ImportOptions, Mode, run_import
from tests.helpers import add_actor
from tests.same_engine import analyse, plan_steps, reads_whole_table

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


def like_clause(actor: Actor, text: str) -> ColumnElement[bool] | None:
    """The search as it was before issue 13: plain LIKE over the customers (names: ASCII letters
    in either case, as SQLite's LIKE always matched them — ILIKE on PostgreSQL)."""
    text = text.strip()
    if not text:
        return None
    digits = digits_query(text)
    if digits is not None:
        anywhere = Customer.phone.contains(digits, autoescape=True)
        if len(digits) == 11:
            number = or_(Customer.phone == digits, Customer.phone.startswith(digits + "转"))
            if sees_all_phones(actor):
                return number
            # Issue 14: others' customers only by what their masked number shows.
            return or_(
                and_(Customer.owner_id == actor.user_id, number),
                and_(
                    func.substr(Customer.phone, 1, 3) == digits[:3],
                    func.substr(Customer.phone, 8, 4) == digits[7:],
                ),
            )
        if sees_all_phones(actor):
            return anywhere
        shown = [
            func.substr(Customer.phone, 1, 3).contains(digits, autoescape=True),
            func.substr(Customer.phone, 8, 4).contains(digits, autoescape=True),
        ]
        if len(digits) == 7:
            shown.append(
                and_(
                    func.substr(Customer.phone, 1, 3) == digits[:3],
                    func.substr(Customer.phone, 8, 4) == digits[3:],
                )
            )
        own = (
            and_(Customer.owner_id == actor.user_id, anywhere)
            if actor.user_id is not None
            else false()
        )
        return or_(own, or_(*shown))
    if is_initials_query(text):
        return Customer.name_initials.startswith(text.lower(), autoescape=True)
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Customer.name.ilike(f"%{escaped}%", escape="\\")


def add(session: Session, name: str, phone: str, owner: Actor | None = None) -> Customer:
    customer = Customer(channel="自然到访", grade="C", created_at=NOW - timedelta(days=9))
    cs.set_name(customer, name)
    cs.set_phone(customer, parse_phone(phone))
    customer.last_contact_at = NOW - timedelta(days=len(name), minutes=len(phone))
    session.add(customer)
    session.flush()
    if owner is not None:
        rule = cs.rules(session)
        cs.set_owner(
            session, Actor.system(), customer, owner.user_id, kind="register",
            today=rule.today(NOW), rule=rule,
        )  # fmt: skip
    return customer


def pieces(session: Session) -> set[tuple[str, int]]:
    session.flush()
    return {(r.gram, r.customer_id) for r in session.execute(select(customer_name_grams))}


def expected_pieces(session: Session) -> set[tuple[str, int]]:
    """Every two-character piece of every live name, ASCII letters lowered, computed here."""
    out: set[tuple[str, int]] = set()
    for cid, name in session.execute(
        select(Customer.id, Customer.name).where(Customer.anonymised_at.is_(None))
    ):
        folded = "".join(c.lower() if c.isascii() else c for c in name or "")
        out |= {(folded[i : i + 2], cid) for i in range(len(folded) - 1)}
    return out


NAMES_AND_PHONES = [
    ("张伟", "13812345678"),
    ("张伟明", "13912340000"),
    ("王伟伟", "15000005678"),
    ("伟伟伟伟", "18600001234"),
    ("Tom李", "13700004321"),
    ("tom王", "13600009999"),
    ("ANNA", "13512121212"),
    ("欧阳娜娜", "186****4321"),
    ("张 伟", "13512345678转1234"),
    ("50%折扣", "4001234567转12"),
    ("a_b", "17712345678"),
    ("李", "18812345678"),
    ("", "19912345678"),
    ("渠道张伟", "138****5678"),
]
QUERIES = [
    "伟", "张伟", "伟明", "伟伟", "伟伟伟", "tom", "TOM李", "om李", "Om", "OM王", "anna", "NN",
    "张 伟", " 伟", "%", "0%", "50%", "_", "a_b", "A_B", "阳娜", "欧阳", "李", "渠道张伟", "zw",
    "1", "12", "123", "1234", "2345", "4321", "5678", "0000", "00001", "12345678", "1864321",
    "1385678", "1381234", "4001", "0012", "4567", "138 1234 5678", "13512345678", "13812345678",
    "1212", "121212", "9999", "123456789012",
]  # fmt: skip


def test_search_finds_exactly_what_like_found_for_every_role(session: Session) -> None:
    wang = add_actor(session, "wang", "王芳", Role.CONSULTANT)
    li = add_actor(session, "li", "李强", Role.CONSULTANT)
    boss = add_actor(session, "boss", "周经理", Role.SITE_MANAGER)
    desk = add_actor(session, "desk", "前台", Role.FRONT_DESK)
    for i, (name, phone) in enumerate(NAMES_AND_PHONES):
        add(session, name, phone, owner=(wang, li, None)[i % 3])
    gone = add(session, "张伟伟", "13300001234", owner=wang)
    cs.scrub_personal_data(session, gone, now=NOW)
    session.flush()
    assert pieces(session) == expected_pieces(session)
    for actor in (boss, wang, li, desk):
        for text in QUERIES:
            reference = like_clause(actor, text)
            assert reference is not None
            wanted = set(
                session.scalars(
                    select(Customer.id).where(Customer.anonymised_at.is_(None), reference)
                )
            )
            found = svc.search_customer_ids(session, actor, svc.CustomerQuery(text=text), now=NOW)
            assert set(found) == wanted, (actor.username, text)
            assert len(found) == len(set(found))
    # Spot checks that the comparison is not vacuous: masking still hides 李强's middle digits
    # from 王芳, and a name search through the pieces finds the names.
    assert svc.search_customer_ids(session, wang, svc.CustomerQuery(text="0000"), now=NOW)
    masked_for_wang = svc.search_customer_ids(session, wang, svc.CustomerQuery(text="3400"))
    assert masked_for_wang == []
    assert len(svc.search_customer_ids(session, boss, svc.CustomerQuery(text="3400"))) == 1
    assert len(svc.search_customer_ids(session, desk, svc.CustomerQuery(text="张伟"))) == 3


def form(phone: str, name: str, consultant: Actor) -> VisitForm:
    return VisitForm(
        phone=phone,
        name=name,
        channel="自然到访",
        awareness="路过",
        consent=True,
        consultant_id=consultant.user_id,
    )


def test_the_name_pieces_follow_every_write_of_a_name(session: Session) -> None:
    li = add_actor(session, "li", "李强", Role.CONSULTANT)
    boss = add_actor(session, "boss", "周经理", Role.SITE_MANAGER)
    desk = add_actor(session, "desk", "前台", Role.FRONT_DESK)

    def found(text: str) -> list[int]:
        return svc.search_customer_ids(session, boss, svc.CustomerQuery(text=text), now=NOW)

    # Registration at the front desk.
    first = reception.register_visit(session, desk, form("13812345678", "张伟明", li), now=NOW)
    second = reception.register_visit(session, desk, form("13900001111", "陈晓东", li), now=NOW)
    assert pieces(session) == expected_pieces(session) != set()
    assert found("伟明") == [first.customer_id]
    # The profile corrected: the old name's pieces go, the new one's come.
    customer = session.get(Customer, first.customer_id)
    assert customer is not None
    detail = customer_detail(session, boss, customer.id, now=NOW)
    corrected = replace(detail.form, name="张卫民")
    profile.update_customer(session, boss, customer.id, corrected, version=detail.version, now=NOW)
    assert pieces(session) == expected_pieces(session)
    assert found("伟明") == [] and found("卫民") == [customer.id]
    # A phone change: digits search follows the stored number (the phone needs no pieces).
    profile.change_phone(session, boss, customer.id, "13700007777", reason="换号")
    assert found("7777") == [customer.id] and found("1234") == []
    # A merge: the merged record's pieces go with it; the kept one keeps its own.
    merge_customers(
        session, boss, keep_id=customer.id, merge_id=second.customer_id, reason="同一人", now=NOW
    )
    assert pieces(session) == expected_pieces(session)
    assert found("晓东") == []
    # Deletion on request: an anonymised customer has no pieces.
    profile.erase_personal_data(session, boss, customer.id, reason="本人要求", now=NOW)
    assert pieces(session) == set() == expected_pieces(session)
    assert found("卫民") == []


def test_an_import_writes_the_pieces_of_new_and_updated_names(
    database: Database, tmp_path: Path
) -> None:
    with session_scope(database, Actor.system()) as s:
        add(s, "王小明", "13812345678")
    path = tmp_path / "customers.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("客户")
    rows = [("客户姓名", "手机号"), ("王晓明", "13812345678"), ("赵云", "13900001111")]
    rows += [(f"孙{i}号", f"137{i:08d}") for i in range(30)]
    for r, row in enumerate(rows):
        sheet.write_row(r, 0, row)
    book.close()
    result = run_import(
        database,
        Actor.system(),
        kind="customers",
        path=path,
        options=ImportOptions(mode=Mode.BOTH),
        now=NOW,
    )
    assert (result.imported, result.updated) == (31, 1)
    with session_scope(database, Actor.system()) as s:
        assert pieces(s) == expected_pieces(s)
        boss = add_actor(s, "boss", "周经理", Role.SITE_MANAGER)
        assert len(svc.search_customer_ids(s, boss, svc.CustomerQuery(text="赵云"))) == 1
        assert len(svc.search_customer_ids(s, boss, svc.CustomerQuery(text="晓明"))) == 1
        assert svc.search_customer_ids(s, boss, svc.CustomerQuery(text="小明")) == []
        assert len(svc.search_customer_ids(s, boss, svc.CustomerQuery(text="7号"))) == 3


def test_reindex_all_rebuilds_the_pieces_of_rows_written_in_bulk(session: Session) -> None:
    add(session, "张伟", "13812345678")
    session.execute(customer_name_grams.delete())
    assert pieces(session) == set()
    reindex_all(session.connection())
    assert pieces(session) == expected_pieces(session) == {("张伟", 1)}


def many_customers(session: Session, count: int) -> None:
    """`count` customers of varied names and numbers, written in bulk with their name pieces,
    and the planner's statistics: PostgreSQL's planner reads a table of a few rows whole
    whatever its indexes, so its plan is looked at over a realistic table (issue 15)."""
    rng = random.Random(5)
    surnames, given = (
        "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施",
        "子涵欣怡梓轩浩宇雨桐一诺嘉懿晨阳佳琪俊杰思远",
    )
    names = [
        rng.choice(surnames) + "".join(rng.sample(given, rng.randint(1, 2))) for _ in range(count)
    ]
    phones = [f"1{rng.randint(3, 9)}{n:09d}" for n in rng.sample(range(10**9), count)]
    columns: dict[str, list[object]] = {
        "id": list(range(1, count + 1)),
        "version": [1] * count,
        "created_at": [NOW - timedelta(days=9)] * count,
        "updated_at": [NOW] * count,
        "last_contact_at": [NOW - timedelta(minutes=i) for i in range(count)],
        "name": names,
        "name_initials": ["".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in n) for n in names],
        "phone": phones,
        "phone_key": phones,
        "phone_kind": ["mobile"] * count,
        "grade": ["C"] * count,
        "visit_count": [1] * count,
        **{
            flag: [False] * count
            for flag in ("marketing_opt_in", "do_not_disturb", "risk_monitoring")
        },
        **{
            text: [""] * count
            for text in (
                "gender", "age_band", "family_structure", "layout", "floor_preference",
                "purpose", "buyer_type", "focus", "channel", "awareness", "notes",
            )
        },
    }  # fmt: skip
    bulk_insert_columns(session, cast(Table, Customer.__table__), columns)
    index_new_customers(session, 1, count)
    analyse(session.connection())


@pytest.mark.parametrize("text", ["张伟", "tom", "5678"])
def test_a_search_reads_an_index_not_the_whole_table(session: Session, text: str) -> None:
    boss = add_actor(session, "boss", "周经理", Role.SITE_MANAGER)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        many_customers(session, 20_000)
    statement = svc.customer_ids_select(boss, svc.CustomerQuery(text=text), NOW.date())
    compiled = statement.compile(bind=session.get_bind(), compile_kwargs={"literal_binds": True})
    steps = plan_steps(connection, str(compiled))
    assert not reads_whole_table(steps, "customers"), steps
    expected = {"张伟": "customer_name_grams", "tom": "ix_customers_name_initials"}
    if connection.dialect.name == "postgresql":  # digits anywhere: its trigram index (0013)
        expected["5678"] = "ix_customers_phone_trigrams"
    assert text not in expected or any(expected[text] in step for step in steps), steps


def test_a_page_of_rows_is_fetched_by_id(session: Session) -> None:
    """The page's rows come by their ids (the primary key), not by walking an anonymised_at
    index over every live customer (measured: 11 ms against 0.4 ms for 200 of 100,000)."""
    from sqlalchemy import event

    boss = add_actor(session, "boss", "周经理", Role.SITE_MANAGER)
    rows = [
        {
            "name": f"客户{i}",
            "phone": f"138{i:08d}",
            "phone_key": f"138{i:08d}",
            "grade": "C",
            "last_contact_at": NOW - timedelta(minutes=i),
            "created_at": NOW - timedelta(days=1),
            "owner_id": boss.user_id if i % 2 else None,
        }
        for i in range(250)
    ]
    session.execute(insert(Customer), rows)
    ids = svc.search_customer_ids(session, boss, svc.CustomerQuery(), now=NOW)[:200]
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        page_rows = svc.customer_rows(session, boss, ids, now=NOW)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert [r.id for r in page_rows] == ids and len(ids) == 200
    page = [(s, p) for s, p in seen if "FROM customers" in s and "IN (" in s]
    assert len(page) == 1
    statement, parameters = page[0]
    connection = session.connection()
    if connection.dialect.name == "postgresql":  # 250 rows: it would read them all
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        primary_key = "pk_customers"
    else:
        primary_key = "INTEGER PRIMARY KEY"
    text = " | ".join(plan_steps(connection, statement, parameters))
    assert primary_key in text and "ix_customers_live" not in text, text
