from datetime import UTC, datetime, timedelta

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
    assert audit.count_audit(session) == 2
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
    assert "SECRET-KEY-MATERIAL" not in text and "value=***" in text
    assert "安家置业" in text
    assert "role='finance'" in text and "<Role" not in text
    assert "password_hash=***" in text
