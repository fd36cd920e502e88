"""A deal window's 预防 tab (issue 18): the 风险告知书 (打印风险告知书… / 登记已签署…) and the
预验房 — the building's expected 交付, the invitation, the viewing and the issues found, with
登记邀约 / 登记预验房… / 添加问题… / 整改完成…. It reads when first shown and again after a
broadcast touching what it read (services.risk_notice.notice_state, services.preinspection.
inspection_of); every write goes through ui/ops.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from anjia_desk.core.roles import Action
from anjia_desk.services.preinspection import Inspection, IssueLine, inspection_of
from anjia_desk.services.risk_notice import NoticeState, notice_state
from anjia_desk.services.topics import Topic
from anjia_desk.ui import ops
from anjia_desk.ui.context import AppContext
from anjia_desk.ui.deals.format import make_button, make_table
from anjia_desk.ui.deals.prevention_dialogs import (
    FixDialog,
    IssueDialog,
    SignedDialog,
    ViewingDialog,
)
from anjia_desk.ui.fields import MessageBar, hint_label
from anjia_desk.ui.formatting import default_zone, format_day, format_local
from anjia_desk.ui.forms import FormDialog
from anjia_desk.ui.printing import PdfPrinter
from anjia_desk.ui.tables import Column, ColumnTableModel, selected_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


@dataclass(frozen=True)
class Prevention:
    notice: NoticeState
    inspection: Inspection
    zone: ZoneInfo


def load_prevention(session: Session, actor: Actor, deal_id: int) -> Prevention:
    from anjia_desk.services.settings import office_zone

    return Prevention(
        notice_state(session, actor, deal_id),
        inspection_of(session, actor, deal_id),
        office_zone(session),
    )


class IssuesModel(ColumnTableModel[IssueLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column("text", "问题", lambda i: i.text),
                Column("place", "部位", lambda i: i.place),
                Column("responsible", "整改责任人", lambda i: i.responsible),
                Column("promised", "承诺整改日期", lambda i: format_day(i.promised_on)),
                Column("state", "状态", lambda i: i.state),
                Column("fixed", "整改完成", lambda i: format_day(i.fixed_on)),
                Column("note", "说明", lambda i: i.note),
            ],
            parent,
        )


class PreventionTab(QWidget):
    """预防: `notice_label` with `print_notice_button` and `signed_button`; `inspection_label`
    with `invite_button`, `viewing_button`, `issue_button`, `fix_button` over `issues_table`."""

    def __init__(
        self, ctx: AppContext, deal_id: int, label: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.deal_id = deal_id
        self.label = label
        self.data: Prevention | None = None
        self.zone = default_zone()
        self.sources: frozenset[Topic] = frozenset()
        self.stale = True
        self.dialog: FormDialog | None = None
        actor = ctx.actor
        layout = QVBoxLayout(self)

        notice = QGroupBox("风险告知书")
        notice_layout = QVBoxLayout(notice)
        notice_layout.addWidget(
            hint_label(
                "认购时打印，由买受人逐项确认并签字：样板间与交付标准的差异、案场不能承诺的事项。"
                "告知书不免除任何法定责任，广告中的明确承诺仍然有效；签署不作为办结投诉的依据。"
            )
        )
        row = QHBoxLayout()
        self.notice_label = QLabel()
        self.print_notice_button = make_button("打印风险告知书…", self.print_notice)
        self.signed_button = make_button(
            "登记已签署…", self.ask_signed, actor.can(Action.SUBSCRIBE)
        )
        row.addWidget(self.notice_label, 1)
        row.addWidget(self.print_notice_button)
        row.addWidget(self.signed_button)
        notice_layout.addLayout(row)
        layout.addWidget(notice)

        inspection = QGroupBox("预验房")
        box = QVBoxLayout(inspection)
        self.inspection_label = QLabel()
        self.inspection_label.setWordWrap(True)
        box.addWidget(self.inspection_label)
        self.issues_model = IssuesModel(self)
        self.issues_table = make_table(self.issues_model)
        box.addWidget(self.issues_table, 1)
        buttons = QHBoxLayout()
        edit = actor.can(Action.PREINSPECTION)
        self.invite_button = make_button("登记已邀约", self.invite, edit)
        self.viewing_button = make_button("登记预验房…", self.ask_viewing, edit)
        self.issue_button = make_button("添加问题…", self.ask_issue, edit)
        self.fix_button = make_button("整改完成…", self.ask_fix, edit)
        for button in (self.invite_button, self.viewing_button, self.issue_button, self.fix_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        layout.addWidget(inspection, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.printer = PdfPrinter(ctx, self, self.message)
        ctx.changed.connect(self._on_changed)
        self._update()

    # --- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        deal_id = self.deal_id
        ops.read(
            self.ctx,
            lambda session, actor: load_prevention(session, actor, deal_id),
            parent=self,
            done=self._loaded,
            failed=lambda exc: self.message.show_error(exc.message),
        )

    def _loaded(self, result: ops.Read) -> None:
        self.sources = result.topics
        self.data = result.value
        self.zone = self.data.zone
        self.issues_model.set_rows(self.data.inspection.issues)
        self._update()

    def _on_changed(self, changes: ops.Changed) -> None:
        if not shiboken6.isValid(self):  # pragma: no cover - the window went meanwhile
            return
        if not changes.touches(self.sources | {Topic.DEALS, Topic.COMPLAINTS}):
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def _update(self) -> None:
        d = self.data
        if d is None:
            self.notice_label.setText("读取中…")
            self.inspection_label.setText("")
            for button in (
                self.print_notice_button, self.signed_button, self.invite_button,
                self.viewing_button, self.issue_button, self.fix_button,
            ):  # fmt: skip
                button.setEnabled(False)
            return
        notice, ins = d.notice, d.inspection
        text = notice.text
        if notice.signed_at is not None:
            text += f"（{format_local(notice.signed_at, self.zone)}）"
        self.notice_label.setText(text)
        self.print_notice_button.setEnabled(True)
        self.signed_button.setEnabled(
            notice.may_record and notice.printed and notice.signed_at is None
        )
        lines = [f"预计交付：{format_day(ins.delivery_on) or '未定'}"]
        if ins.invited_at is not None:
            lines.append(f"已邀约：{format_local(ins.invited_at, self.zone)}")
        else:
            lines.append("尚未邀约")
        lines.append(f"预验房日期：{format_day(ins.inspection_on) or '未登记'}")
        open_issues = sum(1 for i in ins.issues if i.fixed_on is None)
        lines.append(f"问题 {len(ins.issues)} 个，待整改 {open_issues} 个")
        self.inspection_label.setText("；".join(lines))
        live = ins.may_edit and ins.live
        self.invite_button.setEnabled(live and ins.invited_at is None)
        self.viewing_button.setEnabled(live)
        self.issue_button.setEnabled(live and ins.inspection_on is not None)
        self.issue_button.setToolTip("" if ins.inspection_on else "先登记预验房日期")
        self.fix_button.setEnabled(live and open_issues > 0)

    # --- actions

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.message.clear_message()
        dialog.saved.connect(self.message.show_ok)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_notice(self) -> None:
        from anjia_desk.services.printing import print_risk_notice

        deal_id, now = self.deal_id, self.ctx.clock()

        def produce(session: Session, actor: Actor, out: Path) -> Path:
            return print_risk_notice(session, actor, deal_id, out, now=now)

        self.printer.run(f"风险告知书-{self.label or deal_id}", produce, "正在生成风险告知书…")

    def ask_signed(self) -> FormDialog:
        return self._open(
            SignedDialog(self.ctx, self.window(), self.deal_id, self.label, self.zone)
        )

    def invite(self) -> None:
        from anjia_desk.services.preinspection import record_invitation

        deal_id, now = self.deal_id, self.ctx.clock()
        ops.write(
            self.ctx,
            lambda session, actor: record_invitation(session, actor, deal_id, now=now),
            parent=self,
            done=lambda _result: self.message.show_ok("已登记预验房邀约。"),
            message=self.message,
        )

    def ask_viewing(self) -> FormDialog:
        return self._open(
            ViewingDialog(self.ctx, self.window(), self.deal_id, self.label, self.zone)
        )

    def ask_issue(self) -> FormDialog:
        return self._open(IssueDialog(self.ctx, self.window(), self.deal_id, self.label))

    def ask_fix(self) -> FormDialog | None:
        rows = self.issues_model.rows
        row = selected_row(self.issues_table)
        issue = rows[row] if row is not None else None
        if issue is None:
            open_ones = [i for i in rows if i.fixed_on is None]
            if len(open_ones) != 1:
                self.message.show_info("请先在问题表中选中一个待整改的问题。")
                return None
            issue = open_ones[0]
        if issue.fixed_on is not None:
            self.message.show_info("这个问题已整改完成。")
            return None
        return self._open(FixDialog(self.ctx, self.window(), issue, self.zone))
