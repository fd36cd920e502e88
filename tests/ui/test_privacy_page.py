"""设置 › 个人信息: the dry-run count, the confirmation, and the real run."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from anjia_desk.core.errors import UserError
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Customer
from anjia_desk.services import settings
from anjia_desk.services.context import Actor
from anjia_desk.services.customer_state import ANONYMISED_NAME
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.pages.privacy_page import PrivacyPage
from tests.services.test_privacy import CUTOFF, NOW, add


@pytest.fixture
def seeded(database: Database) -> None:
    with session_scope(database, Actor.system()) as s:
        add(s, "老客户", "13800000001", contact=CUTOFF - timedelta(days=1))
        add(s, "老客户二", "13800000002", contact=CUTOFF - timedelta(days=30))
        add(s, "近期", "13800000003", contact=NOW - timedelta(days=1))


@pytest.fixture
def page(qtbot, database: Database, admin_actor: Actor, fake_dialogs) -> PrivacyPage:
    ctx = AppContext(database, admin_actor, dialogs=fake_dialogs, clock=lambda: NOW)
    widget = PrivacyPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def customer_names(database: Database) -> list[str]:
    with session_scope(database) as s:
        return list(s.scalars(select(Customer.name).order_by(Customer.id)))


def test_dry_run_count_then_confirmed_run(qtbot, page, seeded, database, fake_dialogs):
    page.reload()
    assert page.months_label.text() == "24 个月"
    assert page.cutoff_label.text() == "最后联系早于 2024年3月5日"
    assert page.due_label.text() == "2 位客户"
    assert page.auto_label.text() == "已开启（上次：尚未执行）"  # on by default (issue 14)
    assert page.run_button.isEnabled()

    fake_dialogs.confirm_answer = False
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.names() == ["confirm"]
    assert "2 位" in fake_dialogs.calls[0][1][1]
    assert customer_names(database) == ["老客户", "老客户二", "近期"]  # declined: untouched

    heard: list[ops.Changed] = []
    page.ctx.changed.connect(heard.append)
    fake_dialogs.confirm_answer = True
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert customer_names(database) == [ANONYMISED_NAME, ANONYMISED_NAME, "近期"]
    assert heard and Topic.CUSTOMERS in heard[0].topics
    assert page.message.kind == "ok" and page.message.text() == "已匿名化 2 位客户。"
    assert page.due_label.text() == "没有需要匿名化的客户"
    assert not page.run_button.isEnabled()


def test_nothing_due_and_the_schedule_shown(qtbot, page, database):
    ops.write(
        page.ctx,
        lambda s, a: settings.update_settings(s, a, {"privacy.auto_anonymise": True}),
        parent=None,
    )
    assert page.due_label.text() == "没有需要匿名化的客户"
    assert page.auto_label.text() == "已开启（上次：尚未执行）"
    assert not page.run_button.isEnabled()

    from anjia_desk.services.privacy import run_scheduled_anonymisation

    assert run_scheduled_anonymisation(database, now=NOW) == 0
    page.reload()
    assert page.auto_label.text() == "已开启（上次：2026年3月5日）"


def test_a_refused_or_failed_run_is_reported(qtbot, page, seeded, monkeypatch):
    from anjia_desk.services import privacy

    page.reload()

    def busy(*_args, **_kwargs):
        raise UserError("数据库正忙，请稍后再试")

    monkeypatch.setattr(privacy, "anonymise_due", busy)
    monkeypatch.setattr(privacy, "retention_status", busy)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error" and page.message.text() == "数据库正忙，请稍后再试"
    assert not page.run_button.isEnabled()
    assert "confirm" not in page.ctx.dialogs.names()  # never asked: the count is unknown


def test_a_bug_in_the_run_goes_to_the_task_runner(qtbot, page, seeded, monkeypatch):
    from anjia_desk.services import privacy

    page.reload()
    reported: list[BaseException] = []

    class Tasks:
        def run(self, job, *, on_done, on_error, label="", **_how):
            try:
                on_done(job(lambda *_: None, lambda: False))
            except Exception as exc:
                on_error(exc)

        def report_error(self, exc: BaseException) -> None:
            reported.append(exc)

    real = privacy.anonymise_due

    def broken(session, actor, *, now=None, dry_run):
        if dry_run:
            return real(session, actor, now=now, dry_run=True)
        raise RuntimeError("boom")

    monkeypatch.setattr(privacy, "anonymise_due", broken)
    page.ctx.tasks = Tasks()  # type: ignore[assignment]
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert [str(e) for e in reported] == ["boom"]
    assert page.due_label.text() == "2 位客户"  # nothing was anonymised


def test_a_user_error_inside_the_task(qtbot, page, seeded, monkeypatch):
    from anjia_desk.services import privacy

    page.reload()

    real = privacy.anonymise_due

    def locked(session, actor, *, now=None, dry_run):
        if dry_run:
            return real(session, actor, now=now, dry_run=True)
        raise UserError("数据库被锁定")

    monkeypatch.setattr(privacy, "anonymise_due", locked)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error" and page.message.text() == "没有匿名化：数据库被锁定"


def test_reloads_on_a_customers_write_and_not_on_an_unrelated_one(qtbot, page, seeded, monkeypatch):
    from anjia_desk.services.calendar import save_year

    page.reload()
    assert {Topic.CUSTOMERS, Topic.SETTINGS} <= page.sources
    assert Topic.CALENDAR not in page.sources
    fills: list[int] = []
    original = page._fill
    monkeypatch.setattr(page, "_fill", lambda *args: (fills.append(1), original(*args)))
    ops.write(page.ctx, lambda s, a: add(s, "新客户", "13800000009", contact=NOW), parent=None)
    assert fills == [1]
    ops.write(page.ctx, lambda s, a: save_year(s, a, 2031, []), parent=None)
    assert fills == [1]
