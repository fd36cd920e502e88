"""导出 Excel: masked by default, a reason beside the field before phones go out unmasked, the
choices checked before a file is asked for, and the export on the task runner (cancel included)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from anjia_desk.core.phones import parse_phone
from anjia_desk.core.roles import Role
from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import AuditEntry, Customer
from anjia_desk.services import customer_state as cs
from anjia_desk.services import exporting
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.export_dialog import ExportDialog
from anjia_desk.ui.importing import files
from anjia_desk.ui.tasks import TaskRunner
from tests.helpers import add_actor

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def add_customer(database: Database, name: str, phone: str) -> int:
    with session_scope(database, Actor.system()) as s:
        customer = Customer(grade="B", channel="自然到访")
        cs.set_name(customer, name)
        cs.set_phone(customer, parse_phone(phone))
        s.add(customer)
        s.flush()
        return customer.id


@pytest.fixture
def seeded(database: Database) -> None:
    add_customer(database, "张伟", "13812340001")
    add_customer(database, "李娜", "13912340002")


def type_text(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def make_dialog(qtbot, ctx: AppContext) -> ExportDialog:
    ctx.clock = lambda: NOW
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def as_role(database: Database, ctx: AppContext, role: Role) -> AppContext:
    with session_scope(database, Actor.system()) as s:
        actor = add_actor(s, role.value, role.label, role)
    ctx.set_actor(actor)
    return ctx


def sheet_values(path: Path, sheet: str) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(row) for row in book[sheet].iter_rows(values_only=True)]
    finally:
        book.close()


def audit_entries(database: Database) -> list[tuple[str, str | None]]:
    with session_scope(database) as s:
        rows = s.execute(
            select(AuditEntry.summary, AuditEntry.reason).where(AuditEntry.action == "export")
        )
        return [(summary, reason) for summary, reason in rows]


def test_a_masked_export_by_default(
    qtbot, ctx: AppContext, fake_dialogs, seeded, tmp_path: Path, database, monkeypatch
) -> None:
    dialog = make_dialog(qtbot, ctx)
    shown = [c.text() for c in dialog.kind_checks.values()]
    assert shown == ["客户", "跟进记录", "交易", "应收款", "退房", "投诉"]
    assert all(c.isChecked() for c in dialog.kind_checks.values())
    assert dialog.mask_check.isChecked() and dialog.mask_check.isEnabled()
    assert not dialog.reason_box.isVisible()
    assert dialog.from_any.isChecked() and not dialog.date_from.isEnabled()
    assert not dialog.open_folder_button.isVisible()

    fake_dialogs.save_path = tmp_path / "给总部"
    heard: list[object] = []
    dialog.exported.connect(heard.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    name, (title, suggested) = fake_dialogs.calls[-1]
    assert name == "save_file" and title == "导出 Excel"
    assert suggested.name == "安家导出-20260310.xlsx"
    out = tmp_path / "给总部.xlsx"  # the extension is added
    assert out.is_file()
    assert dialog.message.kind == "ok"
    assert dialog.message.text() == (
        "已导出 客户 2 行、跟进记录 0 行、交易 0 行、应收款 0 行、催款记录 0 行、退房 0 行、"
        f"投诉 0 行（手机号已脱敏）：{out}"
    )
    assert len(heard) == 1 and dialog.export_result is heard[0]
    assert dialog.open_folder_button.isVisible()
    assert dialog.close_button.text() == "关闭"

    rows = sheet_values(out, "客户")
    assert rows[0][:2] == ["客户姓名", "手机号"]
    assert [(r[0], r[1]) for r in rows[1:]] == [("张伟", "138****0001"), ("李娜", "139****0002")]
    assert sheet_values(out, "跟进记录")[1:] == []
    [(summary, reason)] = audit_entries(database)
    assert "手机号已脱敏" in summary and reason is None

    opened: list[Path] = []
    monkeypatch.setattr(files, "open_in_system", lambda p: opened.append(p) or True)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]


def test_unmasked_needs_a_reason_beside_the_field(
    qtbot, ctx: AppContext, database, fake_dialogs, seeded, tmp_path: Path
) -> None:
    as_role(database, ctx, Role.SITE_MANAGER)
    dialog = make_dialog(qtbot, ctx)
    assert dialog.mask_check.isEnabled()
    dialog.mask_check.click()
    assert dialog.reason_box.isVisible()

    fake_dialogs.save_path = tmp_path / "full.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("reason") == "请填写不脱敏导出的理由"
    assert "save_file" not in fake_dialogs.names()  # refused before a file is asked for
    assert not (tmp_path / "full.xlsx").exists()

    type_text(dialog.reason, "总部客服核对资料")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.message.kind == "ok", dialog.message.text()
    assert dialog.errors.message("reason") == ""
    assert "手机号未脱敏" in dialog.message.text()
    rows = sheet_values(tmp_path / "full.xlsx", "客户")
    assert [r[1] for r in rows[1:]] == ["13812340001", "13912340002"]
    [(summary, reason)] = audit_entries(database)
    assert "手机号未脱敏" in summary and reason == "总部客服核对资料"

    # Masked again: the reason is neither shown nor sent.
    dialog.mask_check.click()
    assert not dialog.reason_box.isVisible()
    assert dialog.request().reason == "" and dialog.request().mask_phones


def test_a_secretary_exports_masked_only(qtbot, ctx: AppContext, database) -> None:
    as_role(database, ctx, Role.SALES_SECRETARY)
    dialog = make_dialog(qtbot, ctx)
    assert dialog.mask_check.isChecked()
    assert not dialog.mask_check.isEnabled()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "只有管理员、案场经理、客服中心经理可以导出完整手机号。" in texts
    assert not dialog.reason_box.isVisible()


def test_choices_are_checked_before_the_file(
    qtbot, ctx: AppContext, fake_dialogs, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, ctx)
    for check in dialog.kind_checks.values():
        check.click()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("kinds") == "请至少选择一个工作表"

    dialog.kind_checks["followups"].click()
    dialog.from_any.click()
    dialog.to_any.click()
    assert dialog.date_from.isEnabled() and dialog.date_to.isEnabled()
    dialog.date_from.setDate(QDate(2026, 3, 9))
    dialog.date_to.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("kinds") == ""
    assert dialog.errors.message("date_to") == "结束日期不能早于开始日期"
    assert fake_dialogs.names() == []

    dialog.date_to.setDate(QDate(2026, 3, 10))
    fake_dialogs.save_path = tmp_path / "range.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    request = dialog.request()
    assert request.kinds == ("followups",)
    assert (request.date_from.isoformat(), request.date_to.isoformat()) == (
        "2026-03-09",
        "2026-03-10",
    )
    assert dialog.message.text().startswith("已导出 跟进记录 0 行")
    assert "日期 2026-03-09 至 2026-03-10" in audit_entries(ctx.database)[0][0]

    # Declining the file dialog exports nothing.
    fake_dialogs.save_path = None
    dialog.message.clear_message()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.message.isVisible()
    assert len(audit_entries(ctx.database)) == 1


@pytest.fixture
def runner(qtbot, ctx: AppContext, fake_dialogs):
    runner = TaskRunner(fake_dialogs, progress_delay_ms=60_000)
    ctx.tasks = runner
    yield runner
    runner.shutdown(timeout=10)


def test_export_runs_on_the_task_runner(
    qtbot, ctx: AppContext, runner, fake_dialogs, seeded, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, ctx)
    fake_dialogs.save_path = tmp_path / "bg.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.message.kind == "ok")
    assert not dialog.busy and dialog.export_button.isEnabled()
    assert (tmp_path / "bg.xlsx").is_file()


def test_cancel_while_exporting_leaves_no_file(
    qtbot, ctx: AppContext, runner, fake_dialogs, seeded, tmp_path: Path, monkeypatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real = exporting.export_workbook

    def slow(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(exporting, "export_workbook", slow)
    dialog = make_dialog(qtbot, ctx)
    fake_dialogs.save_path = tmp_path / "cancelled.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    dialog.job.cancel()  # what the progress dialog's 取消 does
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message.text() == "已取消导出，没有生成文件。"
    assert not (tmp_path / "cancelled.xlsx").exists()
    assert audit_entries(ctx.database) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_closing_while_queued_cancels_and_closes(
    qtbot, ctx: AppContext, runner, fake_dialogs, seeded, tmp_path: Path
) -> None:
    """A task cancelled before it started still ends the dialog's job (the runner's
    on_cancelled)."""
    gate = threading.Event()
    runner.run(lambda _p, _c: gate.wait(10), on_done=lambda _r: None)  # keeps the worker busy
    dialog = make_dialog(qtbot, ctx)
    fake_dialogs.save_path = tmp_path / "queued.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.busy
    dialog.reject()
    assert dialog.isVisible() and dialog.message.text() == "正在取消…"
    gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not dialog.busy
    assert not (tmp_path / "queued.xlsx").exists()
    assert audit_entries(ctx.database) == []


def test_an_unwritable_target_and_a_bug(
    qtbot, ctx: AppContext, fake_dialogs, tmp_path: Path, monkeypatch
) -> None:
    dialog = make_dialog(qtbot, ctx)
    fake_dialogs.save_path = tmp_path / "没有这个文件夹" / "out.xlsx"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.kind == "error"
    assert dialog.message.text().startswith("没有导出：无法写入文件")
    assert dialog.export_button.isEnabled() and audit_entries(ctx.database) == []

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(exporting, "export_workbook", broken)
    fake_dialogs.save_path = tmp_path / "out.xlsx"
    with qtbot.capture_exceptions() as caught:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [str(exc) for _type, exc, _tb in caught] == ["boom"]  # a bug, not a message
    assert not dialog.message.isVisible() and dialog.export_button.isEnabled()

    monkeypatch.setattr(files, "open_in_system", lambda _p: False)
    dialog.export_result = exporting.ExportResult(path=tmp_path / "x.xlsx", rows={}, masked=True)
    dialog.open_folder()
    assert dialog.message.text() == f"无法打开文件夹：{tmp_path}"


def test_an_export_is_broadcast_as_what_it_wrote_the_audit_entry(
    qtbot, ctx: AppContext, fake_dialogs, seeded, tmp_path: Path
) -> None:
    from anjia_desk.services.topics import Topic

    dialog = make_dialog(qtbot, ctx)
    fake_dialogs.save_path = tmp_path / "给总部"
    heard: list[object] = []
    ctx.changed.connect(heard.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.kind == "ok"
    [changed] = heard
    assert changed.topics == {Topic.AUDIT}  # type: ignore[attr-defined]
    assert changed.initiator is dialog  # type: ignore[attr-defined]
