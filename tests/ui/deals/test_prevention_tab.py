"""The deal window's 预防 tab (issue 18): 打印风险告知书… through the preview and read back, then
登记已签署…; the 预验房 — 登记已邀约, 登记预验房…, 添加问题… with its promised date, 整改完成… —
as the secretary; a consultant sees the tab without the buttons that write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from anjia_desk.db.engine import Database, session_scope
from anjia_desk.db.models import Building, Deal
from anjia_desk.services.context import Actor
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.prevention_dialogs import (
    FixDialog,
    IssueDialog,
    SignedDialog,
    ViewingDialog,
)
from tests.pdf.pdfcheck import read_pdf
from tests.ui.deals.test_deal_window import World, open_window, subscribe_deal

pytestmark = pytest.mark.usefixtures("close_windows")


def _submit(qtbot, dialog, field) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_risk_notice_and_preinspection_as_the_secretary(
    qtbot, qtmodeltester, ctx: AppContext, database: Database, world: World, fake_dialogs
) -> None:
    deal_id = subscribe_deal(database, world)
    with session_scope(database, Actor.system()) as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        s.query(Building).update({Building.delivery_on: date(2027, 2, 1)})
    window = open_window(qtbot, ctx, deal_id, world.secretary)
    tab = window.prevention_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None)
    qtmodeltester.check(tab.issues_model)
    assert tab.notice_label.text() == "风险告知书：尚未打印"
    assert not tab.signed_button.isEnabled()  # print first
    assert "预计交付：2027-02-01" in tab.inspection_label.text()
    assert "尚未邀约" in tab.inspection_label.text()
    assert not tab.issue_button.isEnabled()

    # 打印风险告知书… → the preview; the paper read back.
    qtbot.mouseClick(tab.print_notice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.printer.preview is not None, timeout=15_000)
    preview = tab.printer.preview
    assert preview is not None
    pdf: Path = preview.pdf_path
    text = "".join(read_pdf(pdf).text.split())
    assert "购房风险告知书" in text and "王建国" in text and "第三十一条" in text
    preview.close()
    qtbot.waitUntil(lambda: tab.notice_label.text() == "风险告知书：已打印，待买受人签署")

    # 登记已签署… (today at 10:00 in the office, the dialog's default).
    assert tab.signed_button.isEnabled()
    signed = tab.ask_signed()
    assert isinstance(signed, SignedDialog) and signed.day.text() == "2026-11-20"
    _submit(qtbot, signed, signed.day)
    qtbot.waitUntil(lambda: "买受人已签署" in tab.notice_label.text())
    assert not tab.signed_button.isEnabled()

    # 预验房: invited, viewed, an issue found, then fixed.
    qtbot.mouseClick(tab.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已邀约" in tab.inspection_label.text())
    assert not tab.invite_button.isEnabled()
    viewing = tab.ask_viewing()
    assert isinstance(viewing, ViewingDialog)
    viewing.day.setText("2026-11-19")
    _submit(qtbot, viewing, viewing.day)
    qtbot.waitUntil(lambda: tab.issue_button.isEnabled())
    issue = tab.ask_issue()
    assert isinstance(issue, IssueDialog)
    issue.text.setText("主卧墙面空鼓")
    issue.promised.setText("2026-11-18")  # before the viewing: refused beside the field
    qtbot.keyClick(issue.promised, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: issue.errors.message("promised_on") != "")
    assert issue.isVisible()
    issue.promised.setText("2026-11-30")
    _submit(qtbot, issue, issue.promised)
    qtbot.waitUntil(lambda: tab.issues_model.rowCount() == 1)
    assert tab.issues_model.row_at(0).state == "待整改"
    assert "待整改 1 个" in tab.inspection_label.text()
    fix = tab.ask_fix()
    assert isinstance(fix, FixDialog)
    fix.note.setText("已重新批灰")
    _submit(qtbot, fix, fix.note)
    qtbot.waitUntil(lambda: tab.issues_model.row_at(0).state == "已整改")
    assert not tab.fix_button.isEnabled()
    qtmodeltester.check(tab.issues_model)


def test_a_consultant_reads_without_writing(
    qtbot, ctx: AppContext, database: Database, world: World
) -> None:
    deal_id = subscribe_deal(database, world)
    window = open_window(qtbot, ctx, deal_id, world.consultant)
    tab = window.prevention_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None)
    assert tab.print_notice_button.isVisible() and tab.signed_button.isVisible()
    for button in (tab.invite_button, tab.viewing_button, tab.issue_button, tab.fix_button):
        assert not button.isVisible()
