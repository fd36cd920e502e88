from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from anjia_desk.core.errors import PermissionDenied
from anjia_desk.core.roles import Role
from anjia_desk.services import audit
from anjia_desk.services.context import Actor


def test_record_and_search(session, system):
    audit.record(session, system, "print", "visitor_form", None, "空白来访登记表")
    audit.record(session, system, "export", "customers", None, "客户 120 行", reason="总部月报")
    session.flush()
    rows = audit.search_audit(session, system)
    assert [r.action for r in rows] == ["export", "print"]
    assert rows[0].reason == "总部月报" and rows[0].action_label == "导出"
    assert rows[0].os_user == system.os_user and rows[0].at.tzinfo is not None
    assert [r.action for r in audit.search_audit(session, system, text="来访")] == ["print"]
    assert audit.search_audit(session, system, action="print")[0].entity == "visitor_form"
    now = datetime.now(UTC)
    assert audit.search_audit(session, system, since=now + timedelta(hours=1)) == []
    assert len(audit.search_audit(session, system, until=now + timedelta(hours=1))) == 2
    assert audit.AuditRow(1, now, "a", None, None, "odd", "t", None, "", None).action_label == "odd"


def test_changes_without_an_actor_are_refused(database):
    from anjia_desk.db.models import Setting

    with database.sessions() as s:
        s.add(Setting(key="k", value="1"))
        with pytest.raises(RuntimeError, match="acting user"):
            s.flush()


def test_search_needs_permission(session):
    with pytest.raises(PermissionDenied):
        audit.search_audit(session, Actor(None, "q", "前台", frozenset({Role.FRONT_DESK})))


def test_secrets_and_enums_are_written_plainly_or_hidden(session, system):
    from sqlalchemy import select

    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import settings, users

    settings.set_internal(session, "backup.wrapped_private_key", "SECRET-KEY-MATERIAL")
    settings.update_settings(session, system, {"letterhead.company": "安家置业"})
    users.add_user(
        session,
        system,
        username="cw",
        display_name="许红",
        roles=[Role.FINANCE],
        password="caiwu-123",
    )
    session.flush()
    text = " ".join(e.summary for e in session.scalars(select(AuditEntry)))
    assert "SECRET-KEY-MATERIAL" not in text and "值=***" in text
    assert "设置项='公司名称'；值='安家置业'" in text
    assert "角色='财务'" in text and "<Role" not in text
    assert "密码=***" in text and "在用=是" in text


def test_audit_text_reads_plainly(database):
    from sqlalchemy import select

    from anjia_desk.db.engine import session_scope
    from anjia_desk.db.models import AuditEntry
    from anjia_desk.services import settings, users

    system = Actor.system()
    with session_scope(database, system) as s:
        users.create_first_admin(s, username="boss", display_name="老板", password="boss-pass")
        settings.update_settings(s, system, {"letterhead.phone": "0571-8888 6666"})
    with session_scope(database) as s:
        users.login(s, "boss", "boss-pass")
    with database.sessions() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    text = " | ".join(e.summary for e in entries)
    assert "值='0571-8888 6666'" in text  # the JSON is decoded
    assert "last_login_at" not in text  # a login is one "login" entry, not an update too
    assert [e.action for e in entries][-1] == "login"


def test_values_are_formatted_for_people():
    from datetime import UTC, datetime, timedelta, timezone

    from anjia_desk.db.auditing import _fmt

    assert (
        _fmt(datetime(2026, 11, 23, 7, 11, 20, 5, tzinfo=UTC), False) == "2026-11-23 07:11:20 UTC"
    )
    beijing = datetime(2026, 11, 23, 15, 0, tzinfo=timezone(timedelta(hours=8)))
    assert _fmt(beijing, False) == "2026-11-23 15:00:00"
    assert _fmt(Role.CASHIER, False) == "'出纳'"  # an enum with a label reads as its label
    assert _fmt(True, False) == "是" and _fmt(None, False) == "（空）"
    assert _fmt("x" * 100, False).endswith("…")
    assert _fmt("anything", True) == "***"


def test_any_enum_reads_as_its_label_or_its_value():
    from enum import StrEnum

    from anjia_desk.core.deals import Stage, UnitStatus
    from anjia_desk.db.auditing import enum_label
    from anjia_desk.db.types import StrEnumType

    class Plain(StrEnum):
        X = "x"

    assert enum_label(Stage.SIGNED) == "已签约"
    assert enum_label(Plain.X) == "x"  # no label: the stored value
    column = StrEnumType(UnitStatus, 12)
    assert enum_label("held", column) == "锁定"  # the stored string of an enum column
    assert enum_label("bogus", column) == "bogus"
    assert enum_label("held") == "held"  # a plain string of a plain column stays as it is
    assert enum_label(3, column) == 3


def test_changes_to_enum_columns_are_written_with_labels(session, system):
    from sqlalchemy import select

    from anjia_desk.core.deals import UnitStatus
    from anjia_desk.db.models import AuditEntry, Building, Project, Unit

    project = Project(name="枚举花园")
    session.add(project)
    session.flush()
    building = Building(project_id=project.id, name="1栋", key="1")
    session.add(building)
    session.flush()
    unit = Unit(
        building_id=building.id,
        floor=8,
        room="0801",
        area=Decimal("89.00"),
        filed_price=Decimal("1000000"),
        list_price=Decimal("990000"),
    )
    session.add(unit)
    session.flush()
    unit.status = "held"  # a plain value is labelled as well as a member
    session.flush()
    unit.status = UnitStatus.SIGNED
    session.flush()
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "units").order_by(AuditEntry.id)
    ).all()
    assert "销控状态='可售'" in entries[0].summary
    assert [e.summary for e in entries[1:]] == [
        "销控状态：'可售' → '锁定'",
        "销控状态：'锁定' → '已签约'",
    ]
    assert all("<UnitStatus" not in e.summary for e in entries)


def test_older_entries_show_enum_values_as_labels(session, system):
    assert (
        audit.readable_summary("units", "销控状态：'available' → 'held'；房号='held'")
        == "销控状态：'可售' → '锁定'；房号='held'"
    )
    assert (
        audit.readable_summary("deals", "付款方式='full'；阶段='已认购'；特批状态='pending'")
        == "付款方式='全款'；阶段='已认购'；特批状态='待审批'"
    )
    assert audit.readable_summary("units", "销控状态='archived'") == "销控状态='archived'"
    assert audit.readable_summary("visitor_form", "空白来访登记表") == "空白来访登记表"
    audit.record(session, system, "update", "queue_tickets", 1, "状态：'active' → 'voided'")
    session.flush()
    row = audit.search_audit(session, system, text="voided")[0]
    assert row.summary == "状态：'有效' → '作废'"


def test_a_relatives_relation_reads_as_its_label_when_it_is_one(session, system):
    from sqlalchemy import select

    from anjia_desk.db.models import AuditEntry, Customer, CustomerRelative

    customer = Customer(name="张三")
    session.add(customer)
    session.flush()
    session.add(CustomerRelative(customer_id=customer.id, relation="spouse", name="李娜"))
    session.add(CustomerRelative(customer_id=customer.id, relation="表哥", name="王五"))
    session.flush()
    texts = session.scalars(
        select(AuditEntry.summary).where(AuditEntry.entity == "customer_relatives")
    ).all()
    assert any("关系='配偶'" in t for t in texts)
    assert any("关系='表哥'" in t for t in texts)  # free text stays as written
