"""Automatic work — the daily backup, pruning old backups, the retention job — is recorded in the
audit log as the system's, not as whoever happens to be logged in on the PC that ran it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from anjia_desk.core.phones import parse_phone
from anjia_desk.db.engine import session_scope
from anjia_desk.db.models import AuditEntry, Customer
from anjia_desk.services import backup, customer_state
from anjia_desk.services.audit_view import audit_lines
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import update_settings
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.main_window import MainWindow
from anjia_desk.ui.pages import Section

NOW = datetime(2026, 3, 5, 5, 0, tzinfo=UTC)  # 13:00 in the office, after the 12:30 slot
LONG_AGO = datetime(2020, 1, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
def office(ctx: AppContext, tmp_path) -> AppContext:
    """Backups on with a passphrase, the retention job on, an old backup and a customer due."""
    admin = ctx.actor
    folder = tmp_path / "daily"
    with session_scope(ctx.database, admin) as s:
        update_settings(
            s,
            admin,
            {
                "backup.directory": str(folder),
                "backup.retention_days": 10,
                "privacy.auto_anonymise": True,
            },
        )
        backup.set_backup_passphrase(s, admin, "a long passphrase 1")
        customer = Customer(created_at=LONG_AGO)
        customer_state.set_name(customer, "很久以前")
        customer_state.set_phone(customer, parse_phone("13800000001"))
        customer_state.set_birthday(customer, date(1980, 1, 2))
        s.add(customer)
    # A daily backup from 30 days ago, due for pruning.
    backup.backup_database(ctx.database, admin, now=NOW - timedelta(days=30), scheduled=True)
    ctx.clock = lambda: NOW
    return ctx


def test_the_daily_check_writes_as_the_system(qtbot, office: AppContext, monkeypatch) -> None:
    monkeypatch.setattr(
        "anjia_desk.ui.main_window.build_sections",
        lambda ctx: [Section("workbench", "工作台", QLabel("工作台"))],
    )
    with session_scope(office.database) as s:
        before = s.scalar(select(func.max(AuditEntry.id))) or 0
    window = MainWindow(office, auto_backup=False)
    qtbot.addWidget(window)
    assert office.actor.display_name == "管理员"  # someone is logged in
    window.check_backup()
    qtbot.waitUntil(lambda: "匿名化" in window.statusBar().currentMessage(), timeout=20_000)

    with session_scope(office.database) as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()
        actions = {e.action for e in entries}
        assert {"backup", "delete", "anonymise", "update"} <= actions, actions
        assert {(e.actor, e.user_id) for e in entries} == {("system", None)}
        lines = audit_lines(s, Actor.system()).lines
    ours = [line for line in lines if line.entry_id > before]
    assert ours and {line.user for line in ours} == {"系统"}
